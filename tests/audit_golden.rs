//! Golden tests of `audit` on every embedded snapshot and of `proposals`,
//! and the audit's command line: formats, `--fail-on`, `--registry`.
//! Issue 6: every finding in these files was checked against the sources.

use assert_cmd::Command;
use samdiff::audit::proposals::track_proposals;
use samdiff::audit::run_audit;
use samdiff::i18n::{Catalog, Lang};
use samdiff::registry::Registry;
use samdiff::render::audit_json::{write_audit_json, write_proposals_json};
use samdiff::render::audit_markdown::write_audit_markdown;
use samdiff::render::audit_text::write_audit_text;
use samdiff::render::proposals_text::write_proposals_text;
use samdiff::snapshot::SnapshotSet;

fn plain(bytes: Vec<u8>) -> String {
    let s = String::from_utf8(bytes).unwrap();
    anstream::adapter::strip_str(&s).to_string()
}

fn set() -> SnapshotSet {
    SnapshotSet::embedded().into_result().unwrap()
}

#[test]
fn audit_of_each_embedded_snapshot() {
    let set = set();
    let reg = Registry::embedded().unwrap();
    assert_eq!(set.snapshots.len(), 5);
    for s in &set.snapshots {
        let audit = run_audit(&[s], &reg);
        let en = Catalog::new(Lang::En);
        let mut out = Vec::new();
        write_audit_text(&audit, &en, &mut out).unwrap();
        insta::assert_snapshot!(format!("audit_{}", s.snapshot.id), plain(out));
    }
}

#[test]
fn audit_of_the_whole_embedded_set_in_every_format() {
    let set = set();
    let reg = Registry::embedded().unwrap();
    let all: Vec<_> = set.snapshots.iter().collect();
    let audit = run_audit(&all, &reg);
    let en = Catalog::new(Lang::En);
    let mut text = Vec::new();
    write_audit_text(&audit, &en, &mut text).unwrap();
    insta::assert_snapshot!("audit_all_text", plain(text));
    let mut md = Vec::new();
    write_audit_markdown(&audit, &en, &mut md).unwrap();
    insta::assert_snapshot!("audit_all_markdown", String::from_utf8(md).unwrap());
    let mut json = Vec::new();
    write_audit_json(&audit, &mut json).unwrap();
    let json = String::from_utf8(json).unwrap();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["format"], "samdiff-audit/1");
    insta::assert_snapshot!("audit_all_json", json);
}

#[test]
fn proposals_of_the_strategy() {
    let set = set();
    let all: Vec<_> = set.snapshots.iter().collect();
    let report = track_proposals(&all);
    let mut text = Vec::new();
    write_proposals_text(&report, &Catalog::new(Lang::En), &mut text).unwrap();
    insta::assert_snapshot!("proposals_text", plain(text));
    let mut json = Vec::new();
    write_proposals_json(&report, &mut json).unwrap();
    insta::assert_snapshot!("proposals_json", String::from_utf8(json).unwrap());
}

fn samdiff() -> Command {
    let mut c = Command::cargo_bin("samdiff").unwrap();
    c.env("NO_COLOR", "1").env("LC_ALL", "C");
    c
}

#[test]
fn fail_on_sets_the_exit_status() {
    // the embedded set has warnings but no errors
    samdiff()
        .args(["audit", "--fail-on", "warning"])
        .assert()
        .code(1);
    samdiff()
        .args(["audit", "--fail-on", "error"])
        .assert()
        .code(0);
    samdiff().args(["audit"]).assert().code(0);
    samdiff()
        .args(["audit", "oyer-2010", "--fail-on", "info"])
        .assert()
        .code(0);
    samdiff()
        .args(["audit", "2021", "--fail-on", "info"])
        .assert()
        .code(1);
}

#[test]
fn audit_formats_through_the_binary() {
    let out = samdiff()
        .args(["audit", "2021", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["snapshots"].as_array().unwrap().len(), 1);
    assert!(
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["code"] == "listed-twice")
    );
    let out = samdiff()
        .args(["audit", "--format", "markdown"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .starts_with("# Follow-up list for the control committee")
    );
    let out = samdiff()
        .args(["proposals", "--format", "markdown"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains("| `strategy-2019` | Barnevern | realised |")
    );
}

#[test]
fn unknown_snapshot_and_bad_registry_exit_2_with_a_located_message() {
    let out = samdiff().args(["audit", "nope"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown snapshot `nope`"));

    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("reg.json");
    let mut reg: serde_json::Value =
        serde_json::from_str(include_str!("../snapshots/registry.json")).unwrap();
    reg["spellings"][0]["form"] = "kl1992-s99".into();
    std::fs::write(&p, serde_json::to_string_pretty(&reg).unwrap()).unwrap();
    let out = samdiff()
        .args(["audit", "--registry", p.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("reg.json:") && err.contains("unknown form `kl1992-s99`"),
        "{err}"
    );
}

#[test]
fn a_registry_in_the_snapshot_directory_is_used() {
    let tmp = tempfile::tempdir().unwrap();
    let good = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/good");
    for e in std::fs::read_dir(good).unwrap() {
        let e = e.unwrap();
        if e.path().is_file() {
            std::fs::copy(e.path(), tmp.path().join(e.file_name())).unwrap();
        }
    }
    std::fs::create_dir(tmp.path().join("sources")).unwrap();
    for e in std::fs::read_dir(format!("{good}/sources")).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), tmp.path().join("sources").join(e.file_name())).unwrap();
    }
    std::fs::write(tmp.path().join("registry.json"), "{}").unwrap();
    let out = samdiff()
        .args(["--snapshots", tmp.path().to_str().unwrap(), "audit"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("missing field `format`"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
