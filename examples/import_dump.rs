//! Print an import as JSON (development aid): `cargo run --example import_dump FILE [COLS]`.
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let bytes = std::fs::read(&args[1]).expect("read");
    let opts = samdiff::import::ImportOptions {
        columns: args.get(2).map(|c| {
            c.split(',')
                .map(samdiff::model::Municipality::from)
                .collect()
        }),
        ..Default::default()
    };
    match samdiff::import::import_document(&args[1], &bytes, &opts) {
        Ok(r) => {
            eprintln!("{:?}", r.detection);
            for p in &r.problems {
                eprintln!("problem: {p}");
            }
            for a in &r.snapshot.arrangements {
                println!(
                    "{} | {} | {:?} | {:?} | {:?} | {:?} | {:?} | {:?}",
                    a.id,
                    a.name,
                    a.category,
                    a.legal_form.as_ref().and_then(|f| f.printed.clone()),
                    a.participation
                        .values()
                        .map(|p| p.as_str())
                        .collect::<Vec<_>>(),
                    a.host,
                    a.comment,
                    a.cited_lines()
                );
            }
            for s in &r.snapshot.skipped {
                println!("skipped {:?} {}", s.lines, s.reason);
            }
        }
        Err(e) => eprintln!("error: {e}"),
    }
}
