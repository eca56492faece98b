//! The bad-input catalogue (issue 2): every kind of broken snapshot input,
//! run through the real binary, with its exact message and exit code.

use assert_cmd::Command;
use std::fs;
use std::path::Path;

const GOOD: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/good");

/// A temp dir holding a copy of the good fixture set.
fn fixture_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(Path::new(GOOD), dir.path());
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            fs::copy(e.path(), target).unwrap();
        }
    }
}

/// Rewrite `file` in `dir` by replacing `from` with `to` (which must occur).
fn edit(dir: &Path, file: &str, from: &str, to: &str) {
    let p = dir.join(file);
    let s = fs::read_to_string(&p).unwrap();
    assert!(s.contains(from), "fixture lacks {from:?}");
    fs::write(p, s.replacen(from, to, 1)).unwrap();
}

/// Run `samdiff ARGS` in `dir`; return (exit code, stdout, stderr).
fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("samdiff")
        .unwrap()
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("LC_ALL", "C")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `validate FILE` exits 1 with exactly `expected` on stderr.
fn assert_invalid(dir: &Path, file: &str, expected: &str) {
    let (code, _, err) = run(dir, &["validate", file]);
    assert_eq!(err, expected, "stderr of validate {file}");
    assert_eq!(code, 1, "exit code of validate {file}");
    // Every other command refuses the same input with exit 2, never a panic.
    let (code, _, err) = run(dir, &["--snapshots", ".", "list"]);
    assert_eq!(code, 2, "list with a bad file: {err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn good_fixture_is_valid() {
    let d = fixture_copy();
    let (code, out, err) = run(d.path(), &["validate", "."]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(
        out,
        "ok: 2 snapshots, 6 arrangements, every cited line checked\n"
    );
}

#[test]
fn truncated_json() {
    let d = fixture_copy();
    let p = d.path().join("test-2020.json");
    let s = fs::read_to_string(&p).unwrap();
    fs::write(&p, &s[..200]).unwrap();
    assert_invalid(
        d.path(),
        "test-2020.json",
        "error: test-2020.json:10:4: unexpected end of file: EOF while parsing a list\n",
    );
}

#[test]
fn wrong_type() {
    let d = fixture_copy();
    edit(
        d.path(),
        "test-2020.json",
        "\"lines\": [\n            6\n",
        "\"lines\": [\n            \"six\"\n",
    );
    assert_invalid(
        d.path(),
        "test-2020.json",
        "error: test-2020.json:123:17: arrangements[2].provenance[0].lines[0]: invalid type: string \"six\", expected u32\n",
    );
}

#[test]
fn unknown_field() {
    let d = fixture_copy();
    edit(
        d.path(),
        "test-2020.json",
        "\"category\": \"Politics\",",
        "\"categry\": \"Politics\",",
    );
    assert_invalid(
        d.path(),
        "test-2020.json",
        "error: test-2020.json:55:15: arrangements[0].categry: unknown field `categry`, expected one of `id`, `name`, `normalised_name`, `key`, `category`, `legal_form`, `participation`, `host`, `partners`, `comment`, `status`, `provenance`, `notes`\n",
    );
}

#[test]
fn missing_field() {
    let d = fixture_copy();
    edit(
        d.path(),
        "test-2020.json",
        "\"publisher\": \"Test region\",",
        "",
    );
    assert_invalid(
        d.path(),
        "test-2020.json",
        "error: test-2020.json:129:1: missing field `publisher`\n",
    );
}

#[test]
fn duplicate_arrangement_id() {
    let d = fixture_copy();
    edit(
        d.path(),
        "test-2020.json",
        "\"id\": \"waste-company\"",
        "\"id\": \"fire-service\"",
    );
    assert_invalid(
        d.path(),
        "test-2020.json",
        "error: test-2020.json:105:13: duplicate arrangement id `fire-service`: first used on line 78; each arrangement appears once per snapshot (cite a repeated row as a second provenance entry)\n",
    );
}

#[test]
fn undeclared_municipality() {
    let d = fixture_copy();
    edit(
        d.path(),
        "test-2020.json",
        "\"Beta\": \"no\"",
        "\"Gamma\": \"no\"",
    );
    assert_invalid(
        d.path(),
        "test-2020.json",
        "error: test-2020.json:114:18: participant `Gamma` is not declared in the snapshot's scope: expected one of Alpha, Beta\n",
    );
}

#[test]
fn undeclared_host() {
    let d = fixture_copy();
    edit(
        d.path(),
        "test-2020.json",
        "\"participant\": \"Alpha\"",
        "\"participant\": \"Gamma\"",
    );
    assert_invalid(
        d.path(),
        "test-2020.json",
        "error: test-2020.json:89:15: host `Gamma` is not declared in the snapshot's scope: expected one of Alpha, Beta (use {\"outside\": \"Gamma\"} for others)\n",
    );
}

#[test]
fn impossible_date() {
    let d = fixture_copy();
    edit(
        d.path(),
        "test-2020.json",
        "\"date\": \"2020-01-01\"",
        "\"date\": \"2020-02-30\"",
    );
    assert_invalid(
        d.path(),
        "test-2020.json",
        "error: test-2020.json:18:3: as_of: invalid date `2020-02-30`: expected YYYY, YYYY-MM or YYYY-MM-DD with a real calendar day\n",
    );
}

#[test]
fn range_start_after_end() {
    let d = fixture_copy();
    edit(
        d.path(),
        "test-2020.json",
        "\"precision\": \"day\",\n    \"date\": \"2020-01-01\",",
        "\"precision\": \"range\",\n    \"from\": \"2021\",\n    \"to\": \"2019-06\",",
    );
    assert_invalid(
        d.path(),
        "test-2020.json",
        "error: test-2020.json:9:11: date range ends before it starts (2021 > 2019-06): expected `from` <= `to`\n",
    );
}

#[test]
fn missing_source_file() {
    let d = fixture_copy();
    fs::remove_file(d.path().join("sources/overview-2020.txt")).unwrap();
    assert_invalid(
        d.path(),
        "test-2020.json",
        "error: test-2020.json:27:13: source file `sources/overview-2020.txt` cannot be read: sources/overview-2020.txt: no such file or directory\n",
    );
}

#[test]
fn wrong_sha256() {
    let d = fixture_copy();
    let p = d.path().join("sources/overview-2020.txt");
    let mut s = fs::read_to_string(&p).unwrap();
    s.push_str("one more line\n");
    fs::write(&p, s).unwrap();
    let (code, _, err) = run(d.path(), &["validate", "test-2020.json"]);
    assert_eq!(code, 1);
    assert!(
        err.starts_with("error: test-2020.json:28:15: SHA-256 of `sources/overview-2020.txt` does not match: file has "),
        "{err}"
    );
}

#[test]
fn cited_line_out_of_range() {
    let d = fixture_copy();
    edit(
        d.path(),
        "test-2020.json",
        "\"lines\": [\n            6\n",
        "\"lines\": [\n            60\n",
    );
    assert_invalid(
        d.path(),
        "test-2020.json",
        "error: test-2020.json:123:13: cited line 60 does not exist: the source has lines 1 to 6\n",
    );
}

#[test]
fn cited_line_does_not_mention_arrangement() {
    let d = fixture_copy();
    edit(
        d.path(),
        "test-2020.json",
        "\"lines\": [\n            6\n",
        "\"lines\": [\n            4\n",
    );
    assert_invalid(
        d.path(),
        "test-2020.json",
        "error: test-2020.json:121:9: cited lines [4] do not mention `Waste company IKS`: expected the name as printed there, or a `quote` of the words that name it\n",
    );
}

#[test]
fn quote_not_on_cited_line() {
    let d = fixture_copy();
    edit(
        d.path(),
        "test-2020.json",
        "\"quote\": \"per 1 January 2020\"",
        "\"quote\": \"per 1 January 2021\"",
    );
    assert_invalid(
        d.path(),
        "test-2020.json",
        "error: test-2020.json:15:18: quote \"per 1 January 2021\" is not on the cited lines [1]\n",
    );
}

#[test]
fn wrong_format_version() {
    let d = fixture_copy();
    edit(
        d.path(),
        "test-2020.json",
        "samdiff-snapshot/1",
        "samdiff-snapshot/9",
    );
    assert_invalid(
        d.path(),
        "test-2020.json",
        "error: test-2020.json:2:13: unsupported format `samdiff-snapshot/9`: expected `samdiff-snapshot/1`\n  hint: this version of samdiff reads samdiff-snapshot/1 files\n",
    );
}

#[test]
fn empty_file() {
    let d = fixture_copy();
    fs::write(d.path().join("test-2020.json"), "").unwrap();
    assert_invalid(
        d.path(),
        "test-2020.json",
        "error: test-2020.json:1:1: empty file: expected a JSON object with \"format\": \"samdiff-snapshot/1\"\n",
    );
}

#[test]
fn binary_file() {
    let d = fixture_copy();
    fs::write(
        d.path().join("test-2020.json"),
        b"\x7fELF\x02\x01\x01\x00\x00",
    )
    .unwrap();
    assert_invalid(
        d.path(),
        "test-2020.json",
        "error: test-2020.json:1:8: binary file (NUL byte): expected UTF-8 JSON text\n",
    );
}

#[test]
fn non_utf8_bytes() {
    let d = fixture_copy();
    fs::write(
        d.path().join("test-2020.json"),
        b"{\n  \"format\": \"samdiff-snapshot/1\",\n  \"title\": \"\xd8yer\"\n}",
    )
    .unwrap();
    assert_invalid(
        d.path(),
        "test-2020.json",
        "error: test-2020.json:3:13: invalid UTF-8 (byte 0xd8 at offset 48): expected UTF-8 text\n",
    );
}

#[test]
fn directory_with_one_bad_file_among_good_ones() {
    let d = fixture_copy();
    fs::write(d.path().join("broken.json"), "{\"format\": ").unwrap();
    let (code, out, err) = run(d.path(), &["validate", "."]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "error: ./broken.json:1:11: unexpected end of file: EOF while parsing a value\n"
    );
    assert_eq!(out, "1 problem in 1 file; 2 snapshots valid\n");
    // The good files still load for other commands; the run exits 2.
    let (code, out, _) = run(d.path(), &["--snapshots", ".", "list"]);
    assert_eq!(code, 2);
    assert!(
        out.contains("test-2020") && out.contains("test-2022"),
        "{out}"
    );
}

#[test]
fn duplicate_snapshot_id_across_files() {
    let d = fixture_copy();
    fs::copy(
        d.path().join("test-2020.json"),
        d.path().join("z-copy.json"),
    )
    .unwrap();
    let (code, _, err) = run(d.path(), &["validate", "."]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "error: ./z-copy.json:1:1: duplicate snapshot id `test-2020`: also used by ./test-2020.json\n"
    );
}

#[test]
fn unknown_snapshot_name() {
    let d = fixture_copy();
    let (code, out, err) = run(d.path(), &["--snapshots", ".", "show", "2031"]);
    assert_eq!(code, 2);
    assert_eq!(out, "");
    assert_eq!(
        err,
        "error: unknown snapshot `2031`: expected one of test-2020, test-2022\n"
    );
}

#[test]
fn missing_snapshot_directory() {
    let d = fixture_copy();
    let (code, _, err) = run(d.path(), &["--snapshots", "nope", "list"]);
    assert_eq!(code, 2);
    assert_eq!(err, "error: nope: cannot read: no such file or directory\n");
}

#[test]
fn usage_error_exits_2() {
    let d = fixture_copy();
    let (code, _, err) = run(d.path(), &["show"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("required arguments were not provided"),
        "{err}"
    );
}

/// Issue 7: validation problems are printed in the reader's language, with
/// the same `path:line:col` and the translated `error:` label; English stays
/// exactly as before.
#[test]
fn validation_issues_in_the_readers_language() {
    let d = fixture_copy();
    edit(
        d.path(),
        "test-2020.json",
        "\"id\": \"waste-company\"",
        "\"id\": \"fire-service\"",
    );
    edit(
        d.path(),
        "test-2020.json",
        "\"Beta\": \"no\"",
        "\"Gamma\": \"no\"",
    );
    edit(
        d.path(),
        "test-2020.json",
        "\"lines\": [\n            6\n",
        "\"lines\": [\n            60\n",
    );
    let (code, out, err) = run(d.path(), &["--lang", "nb", "validate", "test-2020.json"]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "feil: test-2020.json:105:13: duplisert id for samarbeid `fire-service`: først brukt på linje 78; hvert samarbeid står én gang per dokument (siter en gjentatt rad som en ekstra kildehenvisning)\n\
         feil: test-2020.json:114:18: deltakeren `Gamma` er ikke oppgitt i dokumentets omfang: forventet én av Alpha, Beta\n\
         feil: test-2020.json:123:13: sitert linje 60 finnes ikke: kilden har linje 1 til 6\n"
    );
    assert_eq!(out, "3 feil i 1 fil; 0 dokumenter er gyldige\n");
    let (code, out, err) = run(d.path(), &["--lang", "en", "validate", "test-2020.json"]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "error: test-2020.json:105:13: duplicate arrangement id `fire-service`: first used on line 78; each arrangement appears once per snapshot (cite a repeated row as a second provenance entry)\n\
         error: test-2020.json:114:18: participant `Gamma` is not declared in the snapshot's scope: expected one of Alpha, Beta\n\
         error: test-2020.json:123:13: cited line 60 does not exist: the source has lines 1 to 6\n"
    );
    assert_eq!(out, "3 problems in 1 file; 0 snapshots valid\n");
}

/// Issue 7: serde's English messages about broken JSON are translated in
/// bokmål, names and values kept verbatim.
#[test]
fn json_problems_in_norwegian() {
    let d = fixture_copy();
    let good = fs::read_to_string(d.path().join("test-2020.json")).unwrap();
    let p = |name: &str| d.path().join(name);
    fs::write(p("a-truncated.json"), &good[..200]).unwrap();
    fs::write(
        p("b-type.json"),
        good.replacen(
            "\"lines\": [\n            6\n",
            "\"lines\": [\n            \"six\"\n",
            1,
        ),
    )
    .unwrap();
    fs::write(
        p("c-unknown.json"),
        good.replacen(
            "\"category\": \"Politics\",",
            "\"categry\": \"Politics\",",
            1,
        ),
    )
    .unwrap();
    fs::write(
        p("d-missing.json"),
        good.replacen("\"publisher\": \"Test region\",", "", 1),
    )
    .unwrap();
    fs::write(
        p("e-date.json"),
        good.replacen("\"date\": \"2020-01-01\"", "\"date\": \"2020-02-30\"", 1),
    )
    .unwrap();
    for f in ["test-2020.json", "test-2022.json"] {
        fs::remove_file(p(f)).unwrap();
    }
    let (code, _, err) = run(d.path(), &["--lang", "nb", "validate", "."]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "feil: ./a-truncated.json:10:4: filen slutter uventet midt i en liste\n\
         feil: ./b-type.json:123:17: arrangements[2].provenance[0].lines[0]: feil type: teksten \"six\", forventet et heltall fra 0 og oppover (u32)\n\
         feil: ./c-unknown.json:55:15: arrangements[0].categry: ukjent felt `categry`: forventet ett av `id`, `name`, `normalised_name`, `key`, `category`, `legal_form`, `participation`, `host`, `partners`, `comment`, `status`, `provenance`, `notes`\n\
         feil: ./d-missing.json:129:1: mangler feltet `publisher`\n\
         feil: ./e-date.json:18:3: as_of: ugyldig dato `2020-02-30`: forventet ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD med en dag som finnes\n"
    );
}
