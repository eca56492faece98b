//! Completeness of the curated snapshots (issue 3): every table row of every
//! verbatim source is represented by an arrangement or deliberately skipped
//! with a reason, and no row is silently lost or counted twice.
//!
//! The checks read the sources themselves, so they fail when a row is
//! removed from a snapshot, cited by two arrangements, or cited wrongly.

use samdiff::model::{CitationRole, Snapshot};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("snapshots")
}

fn load(id: &str) -> (Snapshot, Vec<String>) {
    let path = dir().join(format!("{id}.json"));
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let snap: Snapshot =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let src = dir().join(&snap.source.path);
    let source = fs::read_to_string(&src).unwrap_or_else(|e| panic!("{}: {e}", src.display()));
    let lines = source.lines().map(str::to_owned).collect();
    (snap, lines)
}

fn all_ids() -> Vec<String> {
    let mut ids: Vec<String> = fs::read_dir(dir())
        .expect("snapshots/ exists")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .filter(|p| p.file_name().is_some_and(|n| n != "registry.json"))
        .filter_map(|p| p.file_stem().and_then(|s| s.to_str()).map(str::to_owned))
        .collect();
    ids.sort();
    ids
}

/// Line number → ids of the arrangements whose `row` citations cover it.
fn row_citations(snap: &Snapshot) -> BTreeMap<u32, Vec<String>> {
    let mut map: BTreeMap<u32, Vec<String>> = BTreeMap::new();
    for a in &snap.arrangements {
        for c in a.provenance.iter().filter(|c| c.role == CitationRole::Row) {
            for &l in &c.lines {
                map.entry(l).or_default().push(a.id.to_string());
            }
        }
    }
    map
}

fn skipped_lines(snap: &Snapshot) -> BTreeSet<u32> {
    snap.skipped
        .iter()
        .flat_map(|s| s.lines.iter().copied())
        .collect()
}

fn is_blank(line: &str) -> bool {
    line.trim().is_empty()
}

/// Tab-separated table (the 2021 overview): every data row is cited by
/// exactly one arrangement, every other tab line (header, section heading)
/// is skipped, and a row printed twice is one arrangement with two row
/// citations.
#[test]
fn tab_separated_table_rows_are_all_represented() {
    let (snap, lines) = load("oyer-2021");
    let cited = row_citations(&snap);
    let skipped = skipped_lines(&snap);
    let tab_lines: Vec<(u32, Vec<&str>)> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.contains('\t'))
        .map(|(i, l)| (i as u32 + 1, l.split('\t').collect()))
        .collect();
    let (header, rest) = tab_lines.split_first().expect("a header row");
    assert!(
        skipped.contains(&header.0),
        "header line {} not skipped",
        header.0
    );
    let (mut data, mut headings) = (Vec::new(), Vec::new());
    for (n, cells) in rest {
        assert_eq!(
            cells.len(),
            header.1.len(),
            "line {n}: cell count differs from the header"
        );
        if cells[1..].iter().all(|c| c.trim().is_empty()) {
            headings.push(*n);
        } else {
            data.push(*n);
        }
    }
    for n in &headings {
        assert!(
            skipped.contains(n),
            "section heading on line {n} is not listed in `skipped`"
        );
        assert!(
            !cited.contains_key(n),
            "section heading on line {n} is cited as a row"
        );
    }
    for n in &data {
        match cited.get(n).map(Vec::as_slice) {
            Some([_]) => {}
            Some(more) => panic!("row on line {n} is cited by several arrangements: {more:?}"),
            None => panic!(
                "row on line {n} ({:?}) is not represented",
                lines[*n as usize - 1]
            ),
        }
    }
    let table_lines: BTreeSet<u32> = rest.iter().map(|(n, _)| *n).collect();
    for n in cited.keys() {
        assert!(
            table_lines.contains(n),
            "row citation of line {n} points outside the table"
        );
    }
    // A name printed on more than one row: one arrangement, several row citations.
    let mut by_name: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    for n in &data {
        let name = lines[*n as usize - 1]
            .split('\t')
            .next()
            .unwrap_or_default();
        by_name
            .entry(name.trim().to_lowercase())
            .or_default()
            .push(*n);
    }
    let repeated: Vec<_> = by_name.values().filter(|v| v.len() > 1).collect();
    for rows in &repeated {
        let owners: BTreeSet<&String> = rows.iter().flat_map(|n| &cited[n]).collect();
        assert_eq!(
            owners.len(),
            1,
            "rows {rows:?} print one name but map to {owners:?}"
        );
        let id = owners.into_iter().next().expect("one owner");
        let a = snap.arrangement(id).expect("owner exists");
        assert_eq!(
            a.printed_rows().count(),
            rows.len(),
            "`{id}` must cite each occurrence"
        );
    }
    println!(
        "oyer-2021: {} data rows, {} section headings, {} arrangements with row citations, {} name(s) printed twice",
        data.len(),
        headings.len(),
        snap.arrangements
            .iter()
            .filter(|a| a.printed_rows().count() > 0)
            .count(),
        repeated.len()
    );
    assert!(
        !repeated.is_empty(),
        "the 2021 overview prints Felles barnevern twice"
    );
}

/// PDF-extracted table (the 2019 overview): from the first section heading
/// to the end, every line with text is part of exactly one arrangement's row
/// or is skipped with a reason, never both.
#[test]
fn extracted_table_lines_are_all_represented() {
    let (snap, lines) = load("region-2019");
    let cited = row_citations(&snap);
    let skipped = skipped_lines(&snap);
    let categories: BTreeSet<String> = snap
        .arrangements
        .iter()
        .filter(|a| a.printed_rows().count() > 0)
        .filter_map(|a| a.category.clone())
        .collect();
    let start = lines
        .iter()
        .position(|l| categories.contains(l.trim()))
        .expect("the first section heading is in the source") as u32
        + 1;
    let (mut in_rows, mut in_skipped) = (0, 0);
    for (i, line) in lines.iter().enumerate().skip(start as usize - 1) {
        let n = i as u32 + 1;
        if is_blank(line) {
            assert!(
                !cited.contains_key(&n),
                "line {n} is blank but cited as a row"
            );
            continue;
        }
        match (cited.get(&n).map(Vec::as_slice), skipped.contains(&n)) {
            (Some([_]), false) => in_rows += 1,
            (None, true) => in_skipped += 1,
            (Some(ids), true) => panic!("line {n} is both skipped and cited by {ids:?}"),
            (Some(ids), false) => {
                panic!("line {n} is cited as a row by several arrangements: {ids:?}")
            }
            (None, false) => panic!("line {n} ({line:?}) is neither in a row nor skipped"),
        }
    }
    let rows = snap
        .arrangements
        .iter()
        .filter(|a| a.printed_rows().count() > 0)
        .count();
    println!(
        "region-2019: table from line {start}: {in_rows} lines in {rows} rows, {in_skipped} lines skipped"
    );
    assert!(start > 1 && rows > 0);
}

/// In the 2019 overview no row claims more participants than it prints
/// marks, and a row with three marks has all three municipalities.
#[test]
fn extracted_rows_agree_with_their_printed_marks() {
    let (snap, lines) = load("region-2019");
    let columns = &snap.table.as_ref().expect("a table").columns;
    for a in snap
        .arrangements
        .iter()
        .filter(|a| a.printed_rows().count() > 0)
    {
        let marks: usize = a
            .printed_rows()
            .flat_map(|c| &c.lines)
            .map(|&n| {
                lines[n as usize - 1]
                    .split_whitespace()
                    .filter(|t| *t == "x")
                    .count()
            })
            .sum();
        let yes = a.participants().count();
        let no = columns
            .iter()
            .filter(|m| a.participation_of(m).as_str() == "no")
            .count();
        assert!(
            yes <= marks,
            "`{}`: {yes} participants but {marks} marks",
            a.id
        );
        assert!(
            no <= columns.len() - marks,
            "`{}`: {no} blanks but {marks} marks",
            a.id
        );
        if marks == columns.len() {
            assert_eq!(yes, marks, "`{}`: every column is marked", a.id);
        }
        if yes + no < columns.len() {
            assert!(
                !a.notes.is_empty(),
                "`{}`: unknown participation needs a note",
                a.id
            );
        }
    }
}

/// Every snapshot accounts for every line of its source that has text: it
/// is cited by an arrangement or listed in `skipped` with a reason.
#[test]
fn every_source_line_is_accounted_for() {
    for id in all_ids() {
        let (snap, lines) = load(&id);
        let cited: BTreeSet<u32> = snap
            .arrangements
            .iter()
            .flat_map(|a| a.cited_lines())
            .collect();
        let skipped = skipped_lines(&snap);
        for s in &snap.skipped {
            assert!(
                !s.reason.trim().is_empty(),
                "{id}: skipped lines {:?} need a reason",
                s.lines
            );
        }
        let missing: Vec<u32> = lines
            .iter()
            .enumerate()
            .filter(|(_, l)| !is_blank(l))
            .map(|(i, _)| i as u32 + 1)
            .filter(|n| !cited.contains(n) && !skipped.contains(n))
            .collect();
        assert!(
            missing.is_empty(),
            "{id}: lines {missing:?} are neither cited nor skipped"
        );
        println!(
            "{id}: {} lines with text: {} cited, {} skipped",
            lines.iter().filter(|l| !is_blank(l)).count(),
            cited.len(),
            skipped.difference(&cited).count()
        );
    }
}
