//! The command-line skeleton through the real binary: every subcommand,
//! colour rules, determinism, running from any directory.

use assert_cmd::Command;
use std::fs;
use std::path::Path;

const GOOD: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/good");

fn samdiff(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("samdiff").unwrap();
    c.current_dir(dir).env_remove("NO_COLOR").env("LC_ALL", "C");
    c
}

fn stdout(c: &mut Command) -> String {
    let out = c.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn list_and_show_fixture() {
    let tmp = tempfile::tempdir().unwrap();
    let list = stdout(samdiff(tmp.path()).args(["--snapshots", GOOD, "list"]));
    insta::assert_snapshot!("list_fixture", list);
    let show = stdout(samdiff(tmp.path()).args(["--snapshots", GOOD, "show", "2022"]));
    insta::assert_snapshot!("show_fixture_2022", show);
}

#[test]
fn show_json_round_trips_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    let json = stdout(samdiff(tmp.path()).args([
        "--snapshots",
        GOOD,
        "show",
        "test-2020",
        "--format",
        "json",
    ]));
    let shown: samdiff::model::Snapshot = serde_json::from_str(&json).unwrap();
    let file: samdiff::model::Snapshot =
        serde_json::from_str(&fs::read_to_string(Path::new(GOOD).join("test-2020.json")).unwrap())
            .unwrap();
    assert_eq!(shown, file);
}

#[test]
fn schema_is_a_json_schema_of_the_snapshot() {
    let tmp = tempfile::tempdir().unwrap();
    let out = stdout(samdiff(tmp.path()).arg("schema"));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["title"], "Snapshot");
    assert!(v["$schema"].as_str().unwrap().contains("json-schema.org"));
    assert!(
        v["required"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f == "arrangements")
    );
    assert_eq!(
        v["additionalProperties"], false,
        "unknown fields must be rejected by editors too"
    );
}

#[test]
fn colour_only_when_asked_and_never_piped_by_default() {
    let tmp = tempfile::tempdir().unwrap();
    let plain = stdout(samdiff(tmp.path()).args(["--snapshots", GOOD, "list"]));
    assert!(!plain.contains('\u{1b}'), "piped output has no colour");
    let forced =
        stdout(samdiff(tmp.path()).args(["--snapshots", GOOD, "--color", "always", "list"]));
    assert!(forced.contains("\u{1b}["), "--color always colours");
    let no_color =
        stdout(
            samdiff(tmp.path())
                .env("NO_COLOR", "1")
                .args(["--snapshots", GOOD, "list"]),
        );
    assert!(!no_color.contains('\u{1b}'));
}

#[test]
fn directory_order_does_not_change_output() {
    // Same files written in opposite orders: listings, shows and validation agree.
    let names = ["test-2022.json", "test-2020.json"];
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    for (dir, order) in [(&a, [0, 1]), (&b, [1, 0])] {
        fs::create_dir_all(dir.path().join("sources")).unwrap();
        for src in ["overview-2020.txt", "overview-2022.txt"] {
            fs::copy(
                Path::new(GOOD).join("sources").join(src),
                dir.path().join("sources").join(src),
            )
            .unwrap();
        }
        for i in order {
            fs::copy(Path::new(GOOD).join(names[i]), dir.path().join(names[i])).unwrap();
        }
    }
    for args in [vec!["list"], vec!["show", "test-2020"], vec!["validate"]] {
        let x = stdout(samdiff(a.path()).args(["--snapshots", "."]).args(&args));
        let y = stdout(samdiff(b.path()).args(["--snapshots", "."]).args(&args));
        assert_eq!(x, y, "{args:?}");
    }
}

#[test]
fn broken_pipe_ends_quietly() {
    // `samdiff schema | head -c 10`: the reader goes away; no panic message.
    let bin = assert_cmd::cargo::cargo_bin("samdiff");
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "'{}' schema | head -c 10 >/dev/null",
            bin.display()
        ))
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

/// Issue 7: `--lang nb` and a Norwegian locale both give bokmål; `--lang`
/// wins over the environment.
#[test]
fn norwegian_output() {
    let tmp = tempfile::tempdir().unwrap();
    let by_flag =
        stdout(samdiff(tmp.path()).args(["--snapshots", GOOD, "--lang", "nb", "show", "2022"]));
    insta::assert_snapshot!("show_fixture_2022_nb", by_flag);
    let by_env = stdout(samdiff(tmp.path()).env("LC_ALL", "nb_NO.UTF-8").args([
        "--snapshots",
        GOOD,
        "show",
        "2022",
    ]));
    assert_eq!(by_env, by_flag);
    let forced_en = stdout(samdiff(tmp.path()).env("LC_ALL", "nn_NO.UTF-8").args([
        "--snapshots",
        GOOD,
        "--lang",
        "en",
        "validate",
    ]));
    assert!(forced_en.starts_with("ok: 2 snapshots, "), "{forced_en}");
    let nb = stdout(samdiff(tmp.path()).args(["--snapshots", GOOD, "--lang", "nb", "validate"]));
    assert!(nb.starts_with("ok: 2 dokumenter, "), "{nb}");
}

/// Issue 2: every command works on the embedded set from any directory with
/// no flags. Issue 3: `show 2019` / `show 2021` read like the source tables.
#[test]
fn embedded_set_from_any_directory() {
    let tmp = tempfile::tempdir().unwrap();
    let validate = stdout(samdiff(tmp.path()).arg("validate"));
    assert_eq!(
        validate,
        "ok: 5 snapshots, 172 arrangements, every cited line checked\n"
    );
    insta::assert_snapshot!("list_embedded", stdout(samdiff(tmp.path()).arg("list")));
    insta::assert_snapshot!(
        "show_2019",
        stdout(samdiff(tmp.path()).args(["show", "2019"]))
    );
    insta::assert_snapshot!(
        "show_2021",
        stdout(samdiff(tmp.path()).args(["show", "2021"]))
    );
    let schema = stdout(samdiff(tmp.path()).arg("schema"));
    assert!(schema.contains("samdiff-snapshot/1") || schema.contains("\"format\""));
}

#[test]
fn a_year_with_an_inventory_and_a_plan_names_the_inventory() {
    // 2019 has region-2019 (inventory) and strategy-2019 (plan): the year means the inventory.
    let tmp = tempfile::tempdir().unwrap();
    let out = stdout(samdiff(tmp.path()).args(["show", "2019", "--format", "json"]));
    let s: samdiff::model::Snapshot = serde_json::from_str(&out).unwrap();
    assert_eq!(s.id.as_str(), "region-2019");
}
