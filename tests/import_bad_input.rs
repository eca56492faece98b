//! Issue 5: malformed inputs to `samdiff import` end with a clear error, or
//! a draft with the bad rows reported by line: never a panic, never a
//! partial output file.

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::Path;

fn samdiff() -> Command {
    let mut c = Command::cargo_bin("samdiff").unwrap();
    c.env("NO_COLOR", "1");
    c
}

/// Run `import FILE -o OUT` on `bytes`; return (exit code, stderr, whether OUT exists).
fn import(dir: &Path, bytes: &[u8], extra: &[&str]) -> (i32, String, bool) {
    let input = dir.join("input.txt");
    let out = dir.join("draft.json");
    std::fs::write(&input, bytes).unwrap();
    let _ = std::fs::remove_file(&out);
    let o = samdiff()
        .arg("import")
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .args(extra)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "{stderr}");
    (o.status.code().unwrap_or(-1), stderr, out.exists())
}

fn no_temp_files_left(dir: &Path) {
    let names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "input.txt" && n != "draft.json")
        .collect();
    assert!(names.is_empty(), "left behind: {names:?}");
}

#[test]
fn empty_file() {
    let d = tempfile::tempdir().unwrap();
    let (code, err, out) = import(d.path(), b"", &[]);
    assert_eq!(code, 2);
    assert!(
        err.contains("input.txt:1:1: empty file: expected an overview table"),
        "{err}"
    );
    assert!(!out);
    no_temp_files_left(d.path());
}

#[test]
fn only_a_header() {
    let d = tempfile::tempdir().unwrap();
    let (code, err, out) = import(d.path(), b"Omrade\tForm\tA\tB\tMerknad\n", &[]);
    assert_eq!(code, 2);
    assert!(
        err.contains("input.txt:1:1: unknown layout: line 1"),
        "{err}"
    );
    assert!(!out);
}

#[test]
fn row_with_too_many_cells_is_reported_and_the_draft_written() {
    let d = tempfile::tempdir().unwrap();
    let doc =
        "Omrade\tForm\tA\tB\tMerknad\nRad\tAvtale\tx\tx\tok\nFeil\tAvtale\tx\tx\tok\tekstra\n";
    let (code, err, out) = import(
        d.path(),
        doc.as_bytes(),
        &["--as-of", "2021", "--scope", "A"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("input.txt:3:1: row has 6 cells, the header (line 1) has 5"),
        "{err}"
    );
    assert!(out);
    let draft: serde_json::Value =
        serde_json::from_slice(&std::fs::read(d.path().join("draft.json")).unwrap()).unwrap();
    assert_eq!(draft["arrangements"].as_array().unwrap().len(), 1);
}

#[test]
fn binary_bytes() {
    let d = tempfile::tempdir().unwrap();
    let (code, err, out) = import(d.path(), b"Navn\x00\x01\x02\xff", &[]);
    assert_eq!(code, 2);
    assert!(
        err.contains("input.txt:1:5: binary file (NUL byte)"),
        "{err}"
    );
    assert!(!out);
}

#[test]
fn unknown_encoding() {
    // Issue 11: Windows-1252 is read ("S\xf8r-Fron" is "Sør-Fron"), but
    // KOI8-R Cyrillic is neither UTF-8 nor plausible Windows-1252.
    let d = tempfile::tempdir().unwrap();
    let (code, err, out) = import(d.path(), b"Navn\nS\xd0\xd2\xc9\xd7\xc5\xd4\n", &[]);
    assert_eq!(code, 2);
    assert!(
        err.contains("input.txt:2:2: unknown text encoding: byte 0xD0 is not UTF-8"),
        "{err}"
    );
    assert!(err.contains("hint: save the file as UTF-8"), "{err}");
    assert!(!out);
}

fn random_text(len: usize, seed: u64) -> Vec<u8> {
    let mut s = seed;
    let alphabet = b"abcdefghijklmnopqrstuvwxyz x x \t;,\n\n  ";
    (0..len)
        .map(|_| {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            alphabet[(s % alphabet.len() as u64) as usize]
        })
        .collect()
}

#[test]
fn fifty_megabytes_of_random_text() {
    let d = tempfile::tempdir().unwrap();
    let (code, err, out) = import(d.path(), &random_text(50 * 1024 * 1024, 7), &[]);
    assert_eq!(code, 2);
    assert!(
        err.contains("input.txt:1:1: file too large (52428800 bytes)"),
        "{err}"
    );
    assert!(!out);
    no_temp_files_left(d.path());
}

#[test]
fn random_text_below_the_size_limit_ends_cleanly() {
    let d = tempfile::tempdir().unwrap();
    let (code, err, out) = import(d.path(), &random_text(300_000, 11), &["--as-of", "2021"]);
    // Either a draft with problems or a clear error: never a panic.
    assert!(code == 0 || code == 1 || code == 2, "{code} {err}");
    assert_eq!(out, code != 2, "{err}");
}

#[test]
fn existing_output_is_not_overwritten_without_force() {
    let d = tempfile::tempdir().unwrap();
    let doc = "Omrade\tForm\tA\tB\tMerknad\nRad\tAvtale\tx\tx\tok\n";
    let input = d.path().join("in.tsv");
    let out = d.path().join("draft.json");
    std::fs::write(&input, doc).unwrap();
    std::fs::write(&out, "keep me").unwrap();
    samdiff()
        .args(["import", "--as-of", "2021", "--scope", "A", "-o"])
        .arg(&out)
        .arg(&input)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "already exists: pass --force to overwrite it",
        ));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep me");
    samdiff()
        .args(["import", "--as-of", "2021", "--scope", "A", "--force", "-o"])
        .arg(&out)
        .arg(&input)
        .assert()
        .code(0);
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .contains("\"samdiff-snapshot/1\"")
    );
}

#[test]
fn auto_says_which_layout_it_picked() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("snapshots/sources/2021-01-01-oversikt-oyer.txt");
    samdiff()
        .arg("import")
        .arg(&src)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "layout table: line 28 is a tab-separated header with 3 municipality columns",
        ))
        .stdout(predicate::str::contains("\"id\": \"felles-barnevern\""));
}

fn source(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("snapshots/sources")
        .join(name)
}

const RAW_2019: &str = "2019-01-01-oversikt-interkommunalt-samarbeid.txt";
const RAW_2021: &str = "2021-01-01-oversikt-oyer.txt";

#[test]
fn match_prints_scores_and_writes_ids() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("b.json");
    let o = samdiff()
        .arg("match")
        .arg(source(RAW_2019))
        .arg(source(RAW_2021))
        .args(["--columns", "Gausdal,Lillehammer,Øyer", "--write-ids"])
        .arg(&out)
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(o).unwrap();
    assert!(text.contains("47 matched"), "{text}");
    assert!(
        text.contains("1.00  name   radmannsutvalg -> kommunedirektorutvalg"),
        "{text}"
    );
    assert!(
        text.contains("similar names 0.92; same category +0.05"),
        "{text}"
    );
    let b: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    let ids: Vec<&str> = b["arrangements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    // The 2021 typo "Felels" now carries the 2019 id.
    assert!(ids.contains(&"felles-formannskapsmoter"), "{ids:?}");
    assert!(!ids.contains(&"felels-formannskapsmoter"));
}

#[test]
fn diff_of_two_raw_documents() {
    samdiff()
        .arg("diff")
        .arg(source(RAW_2019))
        .arg(source(RAW_2021))
        .assert()
        .code(0)
        .stderr(predicate::str::contains("matched 47 of 52 arrangements by name"))
        .stdout(predicate::str::contains(
            "Gerica elektronisk pasientjournal* [gerica-elektronisk-pasientjournal]: host changed from Lillehammer to Øyer",
        ));
}

/// Issue 7: notes, warnings and usage errors in the reader's language.
#[test]
fn notes_warnings_and_usage_errors_in_norwegian() {
    let o = samdiff()
        .args(["--lang", "nb", "import"])
        .arg(source(RAW_2021))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8(o.stderr).unwrap();
    let shown = source(RAW_2021).display().to_string();
    assert_eq!(
        err,
        format!(
            "merk: {shown}: oppsett table: linje 28 er en overskriftsrad med tabulator som skilletegn og 3 kommunekolonner\n\
             advarsel: {shown}:92:1: \"Felles barnevern\" står to ganger (første gang på linje 78); slått sammen til ett samarbeid\n"
        )
    );
    samdiff()
        .args(["--lang", "nb", "match", "a", "b", "--threshold", "2"])
        .assert()
        .code(2)
        .stderr("feil: --threshold 2: forventet et tall fra 0 til 1\n");
    samdiff()
        .args(["--lang", "en", "match", "a", "b", "--threshold", "2"])
        .assert()
        .code(2)
        .stderr("error: --threshold 2: expected a number from 0 to 1\n");
}
