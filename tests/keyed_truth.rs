//! Keyed diff against the generator's truth (issue 16): every removed,
//! added, renamed and changed key of a synthetic register pair is reported,
//! as what it is, and nothing else is.

#[path = "../benches/support/synth.rs"]
mod synth;

use std::collections::{BTreeMap, BTreeSet};

use samdiff::diff::{ChangeKind, NoKnowledge, diff_snapshots};
use samdiff::import::{ImportOptions, ScopeDefault, import_document};
use samdiff::matching::key::match_by_key;
use samdiff::matching::{MatchOptions, rewrite_ids};
use samdiff::model::{PartialDate, Snapshot};

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
