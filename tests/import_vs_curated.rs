//! Issue 5: importing the verbatim 2019 (pdf-text) and 2021 (table) sources
//! reproduces the curated snapshots' rows field by field. Every difference
//! the test tolerates is listed below with the reason; an unlisted
//! difference fails, and so does a listed one that no longer occurs.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use samdiff::import::{ImportOptions, Layout, import_document};
use samdiff::model::{Arrangement, CitationRole, Municipality, Snapshot};
use samdiff::snapshot::{SnapshotSet, SourceLookup, load_snapshot_bytes};

/// (snapshot, curated id, field, reason).
const TOLERATED: &[(&str, &str, &str, &str)] = &[
    (
        "region-2019",
        "felles-barnevern",
        "row",
        "not a table row: the curator made an arrangement under study from a sentence of the introduction (lines 49-50); the importer reads only table rows",
    ),
    (
        "region-2019",
        "ostnorsk-filmsenter",
        "participation",
        "judgement call: the layout puts the marks in columns 1 and 3; the curator leaves Gausdal/Lillehammer unknown because only weak evidence orders those two columns, while the importer applies the column order it was given",
    ),
    (
        "oyer-2021",
        "tekniske-tjenester",
        "row",
        "not a table row: a study listed in the strategy notes after the table (line 104); the importer skips text without cells",
    ),
    (
        "oyer-2021",
        "sentralbord-og-arkiv",
        "row",
        "not a table row: a study listed in the strategy notes after the table (line 105)",
    ),
    (
        "oyer-2021",
        "ppt",
        "row",
        "not a table row: a study listed in the strategy notes after the table (line 106)",
    ),
    (
        "oyer-2021",
        "boliger-med-bemanning",
        "row",
        "not a table row: a study listed in the strategy notes after the table (line 107)",
    ),
];

struct Bytes(Vec<u8>);

impl SourceLookup for Bytes {
    fn read_source(&self, _rel: &str) -> Result<Vec<u8>, samdiff::i18n::TextArg> {
        Ok(self.0.clone())
    }
}

fn curated(id: &str) -> Snapshot {
    let set = SnapshotSet::embedded()
        .into_result()
        .expect("embedded data");
    set.snapshots
        .into_iter()
        .find(|s| s.snapshot.id.as_str() == id)
        .expect("curated snapshot")
        .snapshot
}

fn source_bytes(s: &Snapshot) -> Vec<u8> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("snapshots")
        .join(&s.source.path);
    std::fs::read(p).expect("source")
}

/// Import and check the draft passes the loader's validation.
fn import(cur: &Snapshot, opts: ImportOptions) -> Snapshot {
    let bytes = source_bytes(cur);
    let r = import_document(&cur.source.path, &bytes, &opts).expect("import");
    let json = serde_json::to_vec_pretty(&r.snapshot).unwrap();
    if let Err(issues) = load_snapshot_bytes("draft.json", &json, &Bytes(bytes)) {
        panic!(
            "draft is not valid:\n{}",
            issues
                .iter()
                .map(|i| i.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
    r.snapshot
}

fn field_diffs(c: &Arrangement, d: &Arrangement) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    let mut cmp = |f: &'static str, x: String, y: String| {
        if x != y {
            out.push((f, format!("curated {x} / imported {y}")));
        }
    };
    cmp("name", format!("{:?}", c.name), format!("{:?}", d.name));
    cmp(
        "category",
        format!("{:?}", c.category),
        format!("{:?}", d.category),
    );
    cmp(
        "legal_form",
        format!("{:?}", c.legal_form),
        format!("{:?}", d.legal_form),
    );
    cmp(
        "comment",
        format!("{:?}", c.comment),
        format!("{:?}", d.comment),
    );
    cmp(
        "participation",
        format!("{:?}", c.participation),
        format!("{:?}", d.participation),
    );
    cmp(
        "rows",
        format!("{:?}", row_lines(c)),
        format!("{:?}", row_lines(d)),
    );
    out
}

fn row_lines(a: &Arrangement) -> BTreeSet<u32> {
    a.printed_rows()
        .flat_map(|c| c.lines.iter().copied())
        .collect()
}

fn compare(id: &str, opts: ImportOptions) {
    let cur = curated(id);
    let draft = import(&cur, opts);
    // Pair by the first cited row line.
    let by_line: BTreeMap<u32, &Arrangement> = draft
        .arrangements
        .iter()
        .flat_map(|a| a.printed_rows().map(move |c| (c.lines[0], a)))
        .collect();
    let mut seen = BTreeSet::new();
    let mut diffs: BTreeSet<(String, String)> = BTreeSet::new();
    let mut report = Vec::new();
    let mut compared = 0;
    for c in &cur.arrangements {
        let rows: Vec<_> = c
            .provenance
            .iter()
            .filter(|p| p.role == CitationRole::Row)
            .collect();
        let Some(d) = rows
            .first()
            .and_then(|r| r.lines.iter().find_map(|l| by_line.get(l)))
        else {
            diffs.insert((c.id.to_string(), "row".into()));
            report.push(format!("{id} {}: no imported row", c.id));
            continue;
        };
        seen.insert(d.id.clone());
        compared += 1;
        for (f, why) in field_diffs(c, d) {
            diffs.insert((c.id.to_string(), f.into()));
            report.push(format!("{id} {} {f}: {why}", c.id));
        }
    }
    for d in &draft.arrangements {
        if !seen.contains(&d.id) {
            diffs.insert((d.id.to_string(), "extra".into()));
            report.push(format!(
                "{id} {}: imported row not in the curated snapshot",
                d.id
            ));
        }
    }
    println!("{id}: {compared} rows compared field by field; differences:");
    for r in &report {
        println!("  {r}");
    }
    let tolerated: BTreeSet<(String, String)> = TOLERATED
        .iter()
        .filter(|t| t.0 == id)
        .map(|t| (t.1.to_owned(), t.2.to_owned()))
        .collect();
    for t in TOLERATED.iter().filter(|t| t.0 == id) {
        println!("  tolerated: {} {}: {}", t.1, t.2, t.3);
    }
    let unexpected: Vec<_> = diffs.difference(&tolerated).collect();
    let stale: Vec<_> = tolerated.difference(&diffs).collect();
    assert!(
        unexpected.is_empty(),
        "untolerated differences: {unexpected:?}"
    );
    assert!(
        stale.is_empty(),
        "tolerated differences that no longer occur: {stale:?}"
    );
}

#[test]
fn region_2019_pdf_text_matches_curated() {
    let cur = curated("region-2019");
    let cols = cur.table.as_ref().unwrap().columns.clone();
    compare(
        "region-2019",
        ImportOptions {
            layout: Layout::PdfText,
            columns: Some(cols),
            ..Default::default()
        },
    );
}

#[test]
fn oyer_2021_table_matches_curated() {
    compare(
        "oyer-2021",
        ImportOptions {
            scope: Some(vec![Municipality::from("Øyer")]),
            ..Default::default()
        },
    );
}

type RowKey = (String, Option<String>, Option<String>, String);

fn row_keys(s: &Snapshot) -> Vec<RowKey> {
    let mut v: Vec<RowKey> = s
        .arrangements
        .iter()
        .map(|a| {
            (
                a.name.clone(),
                a.legal_form.as_ref().and_then(|f| f.printed.clone()),
                a.comment.clone(),
                format!("{:?}", a.participation),
            )
        })
        .collect();
    v.sort();
    v
}

fn import_text(name: &str, text: &[u8], opts: &ImportOptions) -> Snapshot {
    import_document(name, text, opts).expect("import").snapshot
}

#[test]
fn table_is_robust_to_bom_crlf_whitespace_blank_lines_and_shuffled_rows() {
    let cur = curated("oyer-2021");
    let text = String::from_utf8(source_bytes(&cur)).unwrap();
    let opts = ImportOptions::default();
    let base = row_keys(&import_text("a.txt", text.as_bytes(), &opts));
    // Shuffle the data rows deterministically (reverse, then interleave).
    let lines: Vec<&str> = text.lines().collect();
    let (head, rest) = lines.split_at(28);
    let (table, tail) = rest.split_at(67);
    let mut shuffled: Vec<&str> = table.iter().rev().copied().collect();
    shuffled.rotate_left(17);
    let mut variant = String::from("\u{feff}");
    for l in head.iter().chain(&shuffled).chain(tail) {
        variant.push_str(l);
        variant.push_str(" \t \r\n\r\n");
    }
    let got = row_keys(&import_text("b.txt", variant.as_bytes(), &opts));
    assert_eq!(base, got);
}

#[test]
fn pdf_text_is_robust_to_bom_and_crlf() {
    let cur = curated("region-2019");
    let text = String::from_utf8(source_bytes(&cur)).unwrap();
    let opts = ImportOptions {
        columns: cur.table.as_ref().map(|t| t.columns.clone()),
        ..Default::default()
    };
    let base = import_text("a.txt", text.as_bytes(), &opts);
    let variant = format!("\u{feff}{}", text.replace('\n', "\r\n"));
    let got = import_text("b.txt", variant.as_bytes(), &opts);
    assert_eq!(base.arrangements, got.arrangements);
}

/// Issue 11 item 5 (pdf-text, owned by issue 15's branch): without
/// `--columns`, the importer infers the columns from the document as the
/// curator did (line 9 lists the three municipalities; the LGE row, which
/// names Lillehammer and Gausdal and marks two columns, places them) and
/// reads every row's participation exactly as curated, including the
/// Østnorsk Filmsenter row, where Gausdal and Lillehammer stay unknown.
#[test]
fn region_2019_pdf_text_infers_the_columns_from_the_document() {
    let cur = curated("region-2019");
    let draft = import(
        &cur,
        ImportOptions {
            layout: Layout::PdfText,
            ..Default::default()
        },
    );
    let table = draft.table.as_ref().expect("inferred table");
    assert_eq!(table.columns, cur.table.as_ref().unwrap().columns);
    let note = &table.evidence[0].text;
    assert!(note.contains("Line 9 lists 3 municipalities"), "{note}");
    assert!(
        note.contains("columns 1, 2 are Gausdal, Lillehammer, in an order the document does not establish; column 3 is Øyer"),
        "{note}"
    );
    let by_line: BTreeMap<u32, &Arrangement> = draft
        .arrangements
        .iter()
        .flat_map(|a| a.printed_rows().map(move |c| (c.lines[0], a)))
        .collect();
    let mut compared = 0;
    for c in &cur.arrangements {
        let Some(d) = c
            .printed_rows()
            .next()
            .and_then(|r| r.lines.iter().find_map(|l| by_line.get(l)))
        else {
            assert_eq!(
                c.id.as_str(),
                "felles-barnevern",
                "only the prose entry has no row"
            );
            continue;
        };
        assert_eq!(c.participation, d.participation, "{}", c.id);
        compared += 1;
    }
    assert_eq!(compared, cur.arrangements.len() - 1);
}
