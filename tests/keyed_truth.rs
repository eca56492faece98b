//! Keyed diff against the generator's truth (issue 16): every removed,
//! added, renamed and changed key of a synthetic register pair is reported,
//! as what it is, and nothing else is.

#[path = "../benches/support/synth.rs"]
mod synth;

mod common;
use common::samdiff_in;

use std::collections::{BTreeMap, BTreeSet};

use samdiff::diff::{ChangeKind, Changelog, NoKnowledge, diff_snapshots, diff_snapshots_printed};
use samdiff::i18n::Catalog;
use samdiff::import::register::{pair_registers, read_register};
use samdiff::import::{ImportOptions, ScopeDefault, import_document};
use samdiff::matching::key::match_by_key;
use samdiff::matching::{MatchOptions, rewrite_ids};
use samdiff::model::{PartialDate, Snapshot};
use samdiff::registry::Registry;

fn import(name: &str, text: &str, year: i32) -> Snapshot {
    let opts = ImportOptions {
        key_column: Some("ID".into()), // the header says `id`: case is ignored
        date_if_undated: Some(PartialDate::Year(year)),
        // A register states no scope; a raw comparison takes every column.
        scope_default: ScopeDefault::EveryColumn,
        ..Default::default()
    };
    let report = import_document(name, text.as_bytes(), &opts).expect("the register imports");
    // The one problem allowed: the warning that every column is the scope.
    assert!(
        report
            .problems
            .iter()
            .all(|p| p.message.msg == samdiff::i18n::Msg::ImportScopeEveryColumn),
        "{:?}",
        report.problems
    );
    report.snapshot
}

#[test]
fn keyed_diff_finds_every_change_of_the_truth() {
    let (old, new, truth) = synth::register_pair(10_000);
    let a = import("old.csv", &old, 1);
    let b = import("new.csv", &new, 2);
    assert_eq!(a.arrangements.len(), 10_000);
    let m = match_by_key(&a.arrangements, &b.arrangements, &MatchOptions::default());
    let b = rewrite_ids(&a, &b, &m.by_key);
    let log = diff_snapshots(&a, &b, &NoKnowledge);

    // arrangement id -> key, on both sides (paired ids are equal)
    let mut key_of: BTreeMap<&str, &str> = BTreeMap::new();
    for x in a.arrangements.iter().chain(&b.arrangements) {
        key_of.insert(
            x.id.as_str(),
            x.key.as_deref().expect("every row has a key"),
        );
    }
    let mut kinds: BTreeMap<&str, BTreeSet<ChangeKind>> = BTreeMap::new();
    for c in &log.changes {
        let key = key_of[c.arrangement.as_str()];
        kinds.entry(key).or_default().insert(c.kind);
        // A host or form stated on one side only is reported but flagged
        // uncertain (an empty cell does not say it changed; issue 12 p7).
        let one_sided = matches!(
            c.kind,
            ChangeKind::HostChanged | ChangeKind::LegalFormChanged
        ) && (c.before.is_none() || c.after.is_none());
        assert!(
            !c.uncertain || one_sided,
            "{key}: {:?} is flagged uncertain",
            c.kind
        );
    }
    let only = |k: ChangeKind| -> BTreeSet<String> {
        kinds
            .iter()
            .filter(|(_, ks)| ks.len() == 1 && ks.contains(&k))
            .map(|(key, _)| (*key).to_owned())
            .collect()
    };
    assert_eq!(only(ChangeKind::Ended), truth.removed);
    assert_eq!(only(ChangeKind::Added), truth.added);
    assert_eq!(only(ChangeKind::Renamed), truth.renamed);
    let changed: BTreeSet<String> = kinds
        .iter()
        .filter(|(_, ks)| {
            !ks.iter().any(|k| {
                matches!(
                    k,
                    ChangeKind::Ended | ChangeKind::Added | ChangeKind::Renamed
                )
            })
        })
        .map(|(key, _)| (*key).to_owned())
        .collect();
    assert_eq!(changed, truth.changed);
    assert_eq!(
        kinds.len(),
        truth.total(),
        "no key changes beyond the truth"
    );
    // The removed and added rows have different names: nothing pairs
    // across keys.
    assert!(m.across_keys.matches.is_empty());
}

#[test]
fn diff_key_through_the_binary_counts_as_the_truth() {
    let dir = tempfile::tempdir().unwrap();
    let (old, mut new, truth) = synth::register_pair(1_000);
    // One arrangement re-registered under a new key keeps its name: it is
    // an ending and an addition, and the note points the pair out.
    new.push_str("123456789,Samarbeid om tjeneste 0,IKS,x,x,,x,Ny nøkkel\n");
    std::fs::write(dir.path().join("old.csv"), old).unwrap();
    std::fs::write(dir.path().join("new.csv"), new).unwrap();
    let out = assert_cmd::Command::cargo_bin("samdiff")
        .unwrap()
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .env("LC_ALL", "C")
        .args([
            "diff", "old.csv", "new.csv", "--key", "id", "--format", "json", "--all",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("paired 980 of 1001 arrangements by key; 1 pairs of an ended and an added arrangement share a name across keys"),
        "{stderr}"
    );
    assert!(
        stderr.contains("old.csv prints no date: dated 0001 by its place on the command line"),
        "{stderr}"
    );
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut by_kind: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for c in log["changes"].as_array().unwrap() {
        by_kind
            .entry(c["kind"].as_str().unwrap().to_owned())
            .or_default()
            .insert(c["arrangement"].as_str().unwrap().to_owned());
    }
    let count = |k: &str| by_kind.get(k).map_or(0, BTreeSet::len);
    assert_eq!(count("ended"), truth.removed.len());
    assert_eq!(count("added"), truth.added.len() + 1);
    assert_eq!(count("renamed"), truth.renamed.len());
}

#[test]
fn key_needs_two_tables() {
    let out = assert_cmd::Command::cargo_bin("samdiff")
        .unwrap()
        .env("NO_COLOR", "1")
        .env("LC_ALL", "C")
        .args(["diff", "2019", "2021", "--key", "id"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr).trim(),
        "error: `--key` pairs rows of two register tables: `2019` is not a table file"
    );
}

fn keyed_options(year: i32) -> ImportOptions {
    ImportOptions {
        key_column: Some("id".into()),
        date_if_undated: Some(PartialDate::Year(year)),
        scope_default: ScopeDefault::EveryColumn,
        ..Default::default()
    }
}

/// The importer's way: a draft snapshot of every row, paired by key.
fn full_path(old: &[u8], new: &[u8]) -> (Changelog, Vec<String>) {
    let cat = Catalog::new(samdiff::i18n::Lang::En);
    let a = import_document("old.csv", old, &keyed_options(1)).expect("old imports");
    let b = import_document("new.csv", new, &keyed_options(2)).expect("new imports");
    let m = match_by_key(
        &a.snapshot.arrangements,
        &b.snapshot.arrangements,
        &MatchOptions::default(),
    );
    let after = rewrite_ids(&a.snapshot, &b.snapshot, &m.by_key);
    let warnings = a
        .problems
        .iter()
        .chain(&b.problems)
        .map(|p| p.render(&cat))
        .collect();
    (diff_snapshots(&a.snapshot, &after, &NoKnowledge), warnings)
}

/// The lean register path of `diff --key`.
fn lean_path(old: &[u8], new: &[u8]) -> (Changelog, Vec<String>) {
    let cat = Catalog::new(samdiff::i18n::Lang::En);
    let reg = Registry::embedded().unwrap();
    let a = read_register("old.csv", old.to_vec(), &keyed_options(1))
        .expect("old reads")
        .expect("a text table");
    let b = read_register("new.csv", new.to_vec(), &keyed_options(2))
        .expect("new reads")
        .expect("a text table");
    let pair = pair_registers(&a, &b, &MatchOptions::default(), &reg);
    let mut warnings = Vec::new();
    for (r, twice) in [(&a, &pair.problems.0), (&b, &pair.problems.1)] {
        for p in r.problems.iter().chain(twice).chain(&r.draft_problems) {
            warnings.push(p.render(&cat));
        }
    }
    let log = diff_snapshots_printed(&pair.before, &pair.after, &NoKnowledge, pair.printed);
    (log, warnings)
}

fn assert_same(old: &[u8], new: &[u8]) -> Changelog {
    let (full, wf) = full_path(old, new);
    let (lean, wl) = lean_path(old, new);
    assert_eq!(wl, wf, "warnings");
    assert_eq!(lean.snapshots, full.snapshots);
    assert_eq!(lean.changes.len(), full.changes.len());
    for (l, f) in lean.changes.iter().zip(&full.changes) {
        assert_eq!(l, f);
    }
    lean
}

#[test]
fn lean_path_reports_what_the_importer_reports_on_the_truth() {
    let (old, new, truth) = synth::register_pair(2_000);
    let log = assert_same(old.as_bytes(), new.as_bytes());
    let renamed = log
        .changes
        .iter()
        .filter(|c| c.kind == ChangeKind::Renamed)
        .count();
    assert_eq!(renamed, truth.renamed.len());
    let ended = log
        .changes
        .iter()
        .filter(|c| c.kind == ChangeKind::Ended)
        .count();
    assert_eq!(ended, truth.removed.len());
}

/// Rows that make the lean path's shortcuts hard: a key listed twice, an
/// empty key, section headings on one side, names shared by several keys
/// (numbered ids), a renamed row taking a name in use, a row moved, a bad
/// mark, a quoted cell over two lines, CRLF line endings, a host column
/// filled on one side only.
#[test]
fn lean_path_agrees_on_hostile_registers() {
    let head = "id,Navn,Organisering,Vertskommune,Alfa,Beta,Merknad\n";
    let mut old = String::from(head);
    let mut new = String::from(head);
    for i in 0..60 {
        let name = match i % 7 {
            0 => "Felles tjeneste".to_owned(),
            1 => format!("Tjeneste {}", i / 2),
            _ => format!("Tjeneste {i}"),
        };
        let host = if i % 5 == 0 { "Alfa" } else { "" };
        old.push_str(&format!("{},{name},IKS,{host},x,,Merknad {i}\n", 100 + i));
        if i == 25 {
            old.push('\n'); // a blank line: the lines below it count it
        }
    }
    new.push_str(",Helse,,,,,\n"); // a heading: every row below has a category
    for i in (0..60).rev() {
        let mut name = match i % 7 {
            0 => "Felles tjeneste".to_owned(),
            1 => format!("Tjeneste {}", i / 2),
            _ => format!("Tjeneste {i}"),
        };
        if i == 13 {
            name = "Tjeneste 12".into(); // renamed to a name in use
        }
        if i == 20 {
            continue; // ended
        }
        let host = if i % 5 == 0 || i == 8 { "Beta" } else { "" };
        let mark = if i == 9 { "kanskje" } else { "x" };
        let note = if i == 30 {
            "\"To linjer,\nmed komma\"".to_owned()
        } else {
            format!("Merknad {i}")
        };
        new.push_str(&format!("{},{name},IKS,{host},{mark},,{note}\r\n", 100 + i));
        if i == 40 {
            new.push_str("\r\n\r\n");
        }
    }
    new.push_str("100,Felles tjeneste,IKS,,x,,Igjen\r\n"); // key listed twice
    new.push_str(",Uten nøkkel,IKS,,x,,\r\n"); // no key
    new.push_str("999,Felles tjeneste,Avtale,,x,x,Ny\r\n"); // a shared name, new key
    new.push_str("998,Tjeneste 10,Avtale,,x,x,Ny\r\n");
    let log = assert_same(old.as_bytes(), new.as_bytes());
    assert!(log.changes.iter().any(|c| c.kind == ChangeKind::Added));
    // Swapped sides, and the same table against itself.
    assert_same(new.as_bytes(), old.as_bytes());
    let same = assert_same(new.as_bytes(), new.as_bytes());
    assert!(same.changes.is_empty());
}

/// Encodings and delimiters as exports write them: Windows-1252 with `;`,
/// UTF-8 with a byte-order mark and tabs, UTF-16 LE, and columns in
/// another order on the later side.
#[test]
fn lean_path_agrees_across_encodings_and_column_orders() {
    let (old, new, _) = synth::register_pair(300);
    let semi = |s: &str| s.replace(',', ";");
    let cp1252 = |s: &str| -> Vec<u8> {
        s.chars()
            .map(|c| match c {
                'ø' => 0xF8,
                'å' => 0xE5,
                'æ' => 0xE6,
                c => c as u8,
            })
            .collect()
    };
    let utf16 = |s: &str| -> Vec<u8> {
        [0xFF, 0xFE]
            .into_iter()
            .chain(s.encode_utf16().flat_map(u16::to_le_bytes))
            .collect()
    };
    let tabs_bom = |s: &str| -> Vec<u8> {
        let mut v = b"\xEF\xBB\xBF".to_vec();
        v.extend(s.replace(',', "\t").bytes());
        v
    };
    // Columns in another order: the comment column first.
    let reorder = |s: &str| -> String {
        s.lines()
            .map(|l| {
                let mut c: Vec<&str> = l.split(',').collect();
                let last = c.pop().unwrap();
                c.insert(0, last);
                c.join(",") + "\n"
            })
            .collect()
    };
    assert_same(&cp1252(&semi(&old)), &cp1252(&semi(&new)));
    assert_same(&tabs_bom(&old), &utf16(&new));
    assert_same(old.as_bytes(), reorder(&new).as_bytes());
}

#[test]
fn key_column_that_does_not_exist_names_the_headers() {
    let (old, _, _) = synth::register_pair(10);
    let mut opts = keyed_options(1);
    opts.key_column = Some("orgnr".into());
    let e = read_register("old.csv", old.clone().into_bytes(), &opts).unwrap_err();
    let full = import_document("old.csv", old.as_bytes(), &opts).unwrap_err();
    assert_eq!(e.to_string(), full.to_string());
    assert!(
        e.to_string().starts_with(
            "old.csv:1:1: no column `orgnr` in the header row (line 1): the key column must be one of `id`, `Navn`"
        ),
        "{e}"
    );
}

/// Hostile registers through the binary: a key listed twice is named with
/// both lines, an empty key cell is reported and left out, a key column
/// the header lacks is exit 2 with the closest headers.
#[test]
fn diff_key_on_hostile_registers() {
    let dir = tempfile::tempdir().unwrap();
    let head = "id,Navn,Organisering,Alfa,Beta,Merknad\n";
    std::fs::write(
        dir.path().join("old.csv"),
        format!("{head}1,Barnevern,IKS,x,x,\n2,Brann,IKS,x,,\n"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("new.csv"),
        format!("{head}1,Barnevern,IKS,x,x,\n2,Brann,IKS,x,x,\n1,Barnevern igjen,IKS,x,x,\n,Uten nøkkel,IKS,x,,\n"),
    )
    .unwrap();
    let (code, out, err) = samdiff_in(dir.path(), &["diff", "old.csv", "new.csv", "--key", "id"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains(
            "warning: new.csv:5:1: row without a value in the key column `id`; row left out"
        ),
        "{err}"
    );
    assert!(
        err.contains("warning: new.csv:4:1: \"Barnevern igjen\" is listed twice (first on line 2)"),
        "{err}"
    );
    assert!(out.contains("Beta"), "{out}");

    let (code, out, err) = samdiff_in(
        dir.path(),
        &["diff", "old.csv", "new.csv", "--key", "Navnn"],
    );
    assert_eq!((code, out.as_str()), (2, ""));
    assert_eq!(
        err,
        "error: old.csv:1:1: no column `Navnn` in the header row (line 1): the key column must be one of `id`, `Navn`, `Organisering`, `Alfa`, `Beta`, `Merknad`\n  hint: did you mean `Navn`?\n"
    );
}
