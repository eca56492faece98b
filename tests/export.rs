//! `samdiff export` (issue 16): the tables are JSON Lines whose rows add up
//! to what the other commands report, and they are written atomically.

use assert_cmd::Command;

fn samdiff(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::cargo_bin("samdiff")
        .unwrap()
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("LC_ALL", "C")
        .args(args)
        .output()
        .unwrap()
}

fn rows(path: &std::path::Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn export_reads_back_and_agrees_with_log_and_audit() {
    let tmp = tempfile::tempdir().unwrap();
    let out = samdiff(tmp.path(), &["export", "-o", "out"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty());
    let dir = tmp.path().join("out");
    let snapshots = rows(&dir.join("snapshots.jsonl"));
    let arrangements = rows(&dir.join("arrangements.jsonl"));
    let listed: u64 = snapshots
        .iter()
        .map(|s| s["arrangements"].as_u64().unwrap())
        .sum();
    assert_eq!(snapshots.len(), 5);
    assert_eq!(arrangements.len() as u64, listed);
    assert!(!rows(&dir.join("participation.jsonl")).is_empty());

    let log = samdiff(tmp.path(), &["log", "--format", "json"]);
    let log: serde_json::Value = serde_json::from_slice(&log.stdout).unwrap();
    let changes = rows(&dir.join("changes.jsonl"));
    assert_eq!(changes.len(), log["changes"].as_array().unwrap().len());
    for (row, c) in changes.iter().zip(log["changes"].as_array().unwrap()) {
        assert_eq!(row["kind"], c["kind"]);
        assert_eq!(row["arrangement"], c["arrangement"]);
    }
    let audit = samdiff(tmp.path(), &["audit", "--format", "json"]);
    let audit: serde_json::Value = serde_json::from_slice(&audit.stdout).unwrap();
    let findings = rows(&dir.join("findings.jsonl"));
    assert_eq!(findings.len(), audit["findings"].as_array().unwrap().len());

    // A second export does not overwrite without --force, and leaves the
    // tables as they were.
    let again = samdiff(tmp.path(), &["export", "-o", "out"]);
    assert_eq!(again.status.code(), Some(2));
    let forced = samdiff(tmp.path(), &["export", "-o", "out", "--force"]);
    assert!(forced.status.success());
    assert_eq!(rows(&dir.join("changes.jsonl")), changes, "deterministic");
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| !n.ends_with(".jsonl"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "no temporary files left: {leftovers:?}"
    );
}
