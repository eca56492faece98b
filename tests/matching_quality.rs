//! Issue 5: matching the raw 2019 → 2021 imports, measured against the
//! curated ids as ground truth. Target: precision 1.0, recall ≥ 0.9.

use std::collections::BTreeMap;
use std::path::PathBuf;

use samdiff::import::{ImportOptions, Layout, import_document};
use samdiff::matching::{Alias, MatchOptions, match_arrangements};
use samdiff::model::{CitationRole, Municipality, Snapshot};
use samdiff::snapshot::SnapshotSet;

fn curated(id: &str) -> Snapshot {
    SnapshotSet::embedded()
        .into_result()
        .expect("embedded data")
        .snapshots
        .into_iter()
        .find(|s| s.snapshot.id.as_str() == id)
        .expect("curated")
        .snapshot
}

/// Import the curated snapshot's raw source, and map each imported
/// arrangement to the curated id of the row it was read from.
fn raw(cur: &Snapshot, opts: ImportOptions) -> (Snapshot, Vec<Option<String>>) {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("snapshots")
        .join(&cur.source.path);
    let bytes = std::fs::read(p).unwrap();
    let s = import_document(&cur.source.path, &bytes, &opts)
        .unwrap()
        .snapshot;
    let mut by_line: BTreeMap<u32, String> = BTreeMap::new();
    for a in &cur.arrangements {
        for c in a.provenance.iter().filter(|c| c.role == CitationRole::Row) {
            for l in &c.lines {
                by_line.insert(*l, a.id.to_string());
            }
        }
    }
    let truth = s
        .arrangements
        .iter()
        .map(|a| by_line.get(&a.provenance[0].lines[0]).cloned())
        .collect();
    (s, truth)
}

/// The registry's title change (DOMAIN.md: the 2018 act renamed rådmann to
/// kommunedirektør), as the matcher takes it.
fn registry_aliases() -> Vec<Alias> {
    vec![Alias {
        old: vec!["rådmanns".into(), "rådmann".into()],
        new: "kommunedirektør".into(),
    }]
}

#[test]
fn raw_2019_to_2021_precision_and_recall() {
    let c19 = curated("region-2019");
    let c21 = curated("oyer-2021");
    let (a, ta) = raw(
        &c19,
        ImportOptions {
            layout: Layout::PdfText,
            columns: c19.table.as_ref().map(|t| t.columns.clone()),
            ..Default::default()
        },
    );
    let (b, tb) = raw(
        &c21,
        ImportOptions {
            scope: Some(vec![Municipality::from("Øyer")]),
            ..Default::default()
        },
    );
    let opts = MatchOptions {
        aliases: registry_aliases(),
        ..Default::default()
    };
    let m = match_arrangements(&a.arrangements, &b.arrangements, &opts);

    let truth_pairs: usize = ta.iter().filter(|x| x.is_some() && tb.contains(x)).count();
    let mut correct = 0;
    let mut wrong = Vec::new();
    for mt in &m.matches {
        let ok = ta[mt.a].is_some() && ta[mt.a] == tb[mt.b];
        let line = format!(
            "{:.2} {:<5} {} -> {} [{}]",
            mt.score,
            mt.basis.as_str(),
            a.arrangements[mt.a].name,
            b.arrangements[mt.b].name,
            mt.evidence
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("; ")
        );
        println!("{} {line}", if ok { "ok   " } else { "WRONG" });
        if ok {
            correct += 1;
        } else {
            wrong.push(line);
        }
    }
    for (i, t) in ta.iter().enumerate() {
        if t.is_some() && tb.contains(t) && !m.matches.iter().any(|x| x.a == i) {
            println!(
                "missed {} ({})",
                a.arrangements[i].name,
                t.as_deref().unwrap_or("")
            );
        }
    }
    let precision = if m.matches.is_empty() {
        1.0
    } else {
        correct as f64 / m.matches.len() as f64
    };
    let recall = correct as f64 / truth_pairs as f64;
    println!(
        "matching raw 2019 -> 2021: {} predicted, {correct} correct, {truth_pairs} true pairs; precision {precision:.3}, recall {recall:.3}",
        m.matches.len()
    );
    assert!(wrong.is_empty(), "false matches: {wrong:#?}");
    assert_eq!(precision, 1.0);
    assert!(recall >= 0.9, "recall {recall:.3} < 0.9");
}
