//! Issue 17: the conventions of well-kept command-line tools, through the
//! real binary: did-you-mean in both languages, one rule for files written
//! with `-o`, a closed pipe ends every command quietly, shell completions
//! and man pages.

use assert_cmd::Command;
use std::path::Path;

/// The binary run from `dir`, without colour, in the C locale.
fn samdiff(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("samdiff").unwrap();
    c.current_dir(dir).env("NO_COLOR", "1").env("LC_ALL", "C");
    c
}

/// Run `args` from a fresh directory: (exit code, stdout, stderr).
fn run(args: &[&str]) -> (i32, String, String) {
    let tmp = tempfile::tempdir().unwrap();
    let out = samdiff(tmp.path()).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// `args` fails with exit 2, nothing on stdout, and exactly `want` on
/// stderr.
fn fails_with(args: &[&str], want: &str) {
    let (code, out, err) = run(args);
    assert_eq!(code, 2, "{args:?}: {err}");
    assert_eq!(out, "", "{args:?}");
    assert_eq!(err, want, "{args:?}");
}

#[test]
fn did_you_mean_a_subcommand_in_both_languages() {
    let (code, out, err) = run(&["lgo"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(
        err.starts_with(
            "error: unrecognized subcommand 'lgo'\n\n  tip: a similar subcommand exists: 'log'\n"
        ),
        "{err}"
    );
    let (code, _, err) = run(&["--lang", "nb", "lgo"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with(
            "feil: ukjent kommando «lgo»\n\n  tips: en kommando med lignende navn finnes: «log»\n"
        ),
        "{err}"
    );
    // Nothing close: no tip.
    let (code, _, err) = run(&["xyzzy"]);
    assert_eq!(code, 2);
    assert!(!err.contains("tip"), "{err}");
}

#[test]
fn did_you_mean_a_snapshot() {
    let known = "oyer-2010, oyer-revised, region-2019, strategy-2019, oyer-2021";
    fails_with(
        &["show", "regoin-2019"],
        &format!(
            "error: unknown snapshot `regoin-2019`: expected one of {known}\n  \
             hint: did you mean `region-2019`?\n"
        ),
    );
    fails_with(
        &["--lang", "nb", "diff", "2019", "2012"],
        &format!(
            "feil: ukjent dokument `2012`: forventet ett av {known}\n  \
             tips: mente du én av `2010`, `2019`, `2021`?\n"
        ),
    );
    for cmd in [
        &["audit", "oyre-2010"][..],
        &["report", "--from", "oyre-2010"],
    ] {
        let (code, out, err) = run(cmd);
        assert_eq!((code, out.as_str()), (2, ""), "{cmd:?}");
        assert!(err.contains("did you mean `oyer-2010`"), "{cmd:?}: {err}");
    }
}

/// A name that can only be a path (it has a `.` or `/`) and names no file
/// is a missing file, not an unknown snapshot.
#[test]
fn a_missing_file_is_not_an_unknown_snapshot() {
    for call in [
        &["diff", "old.txt", "2021"][..],
        &["match", "2019", "old.txt"],
    ] {
        fails_with(
            call,
            "error: old.txt: cannot read: no such file or directory\n",
        );
    }
    fails_with(
        &["--lang", "nb", "diff", "2019", "data/new.json"],
        "feil: data/new.json: kan ikke lese: no such file or directory\n",
    );
}

#[test]
fn did_you_mean_a_change_kind() {
    let (code, out, err) = run(&["log", "--kind", "added,hostchanged"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(
        err.starts_with("error: unknown change kind `hostchanged`: expected one of added,"),
        "{err}"
    );
    assert!(
        err.ends_with("\n  hint: did you mean `host_changed`?\n"),
        "{err}"
    );
    let (code, _, err) = run(&["--lang", "nb", "diff", "2019", "2021", "--kind", "addd"]);
    assert_eq!(code, 2);
    assert!(err.starts_with("feil: ukjent endringstype `addd`"), "{err}");
    assert!(err.ends_with("\n  tips: mente du `added`?\n"), "{err}");
}

#[test]
fn municipalities_resolve_or_suggest() {
    // Obvious spellings name the same municipality: same output.
    let (code, want, _) = run(&["log", "--municipality", "Øyer", "--format", "json"]);
    assert_eq!(code, 0);
    assert!(want.contains("\"municipality\": \"Øyer\""), "{want}");
    for typed in ["oyer", "ØYER", "Øyer kommune", " oyer Kommune "] {
        let (code, got, err) = run(&["log", "--municipality", typed, "--format", "json"]);
        assert_eq!(code, 0, "{typed}: {err}");
        assert_eq!(got, want, "{typed}");
    }
    fails_with(
        &["log", "--municipality", "Oyre"],
        "error: unknown municipality `Oyre`: the snapshots name `Gausdal`, `Lillehammer`, `Øyer`\n  \
         hint: did you mean `Øyer`?\n",
    );
    fails_with(
        &[
            "--lang",
            "nb",
            "diff",
            "2019",
            "2021",
            "--municipality",
            "Bergen",
        ],
        "feil: ukjent kommune `Bergen`: dokumentene nevner `Gausdal`, `Lillehammer`, `Øyer`\n",
    );
}

#[test]
fn categories_and_finding_codes_are_checked() {
    fails_with(
        &["log", "--category", "helsse"],
        "error: no section name in the snapshots contains `helsse`\n  \
         hint: did you mean `Helse`?\n",
    );
    fails_with(
        &["--lang", "nb", "log", "--category", "helsse"],
        "feil: ingen fagområder i dokumentene har et navn som inneholder `helsse`\n  \
         tips: mente du `Helse`?\n",
    );
    let (code, out, _) = run(&["log", "--category", "HELSE"]);
    assert_eq!(code, 0);
    assert!(!out.is_empty());

    let (code, out, err) = run(&["audit", "--code", "listd-twice"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(
        err.starts_with("error: unknown finding code `listd-twice`: expected one of "),
        "{err}"
    );
    assert!(
        err.ends_with("\n  hint: did you mean `listed-twice`?\n"),
        "{err}"
    );
    let (code, _, err) = run(&["--lang", "nb", "audit", "--code", "host"]);
    assert_eq!(code, 2);
    assert!(
        err.ends_with(
            "\n  tips: mente du én av `host-missing`, `host-not-participant`, `host-changed-unexplained`?\n"
        ),
        "{err}"
    );
    // A known code keeps only its findings.
    let (code, out, err) = run(&["audit", "--code", "listed-twice", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let findings = v["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    assert!(
        findings.iter().all(|f| f["code"] == "listed-twice"),
        "{out}"
    );
}

/// The subcommands a user can type (not clap's `help`).
fn subcommands() -> Vec<String> {
    let cat = samdiff::i18n::Catalog::new(samdiff::i18n::Lang::En);
    samdiff::cli::help::command(&cat)
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .filter(|n| n != "help")
        .collect()
}

#[test]
fn completions_for_every_shell_name_every_subcommand() {
    let subs = subcommands();
    assert!(subs.len() >= 14, "{subs:?}");
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        for lang in ["en", "nb"] {
            let (code, script, err) = run(&["--lang", lang, "completions", shell]);
            assert_eq!(code, 0, "{shell}: {err}");
            assert!(script.len() > 1000, "{shell}: {script}");
            for sub in &subs {
                assert!(script.contains(sub.as_str()), "{shell} lacks `{sub}`");
            }
            // Options of subcommands, and the global ones after them.
            for opt in ["municipality", "fail-on", "snapshots", "lang"] {
                assert!(script.contains(opt), "{shell} lacks --{opt}");
            }
        }
    }
    let (_, en, _) = run(&["--lang", "en", "completions", "fish"]);
    let (_, nb, _) = run(&["--lang", "nb", "completions", "fish"]);
    assert!(en.contains("The changelog across all inventories"), "{en}");
    assert!(
        nb.contains("Endringsloggen på tvers av alle oversiktene"),
        "{nb}"
    );
    // Paths complete as paths: directories for --snapshots.
    let (_, zsh, _) = run(&["completions", "zsh"]);
    assert!(zsh.contains(":DIR:_files -/"), "{zsh}");
    assert!(zsh.contains(":FILE:_files"), "{zsh}");
    let (code, _, err) = run(&["completions", "tcsh"]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn man_pages_for_samdiff_and_each_command() {
    let (code, page, err) = run(&["man"]);
    assert_eq!(code, 0, "{err}");
    assert!(page.contains(".TH samdiff 1"), "{page}");
    for heading in [
        ".SH NAME",
        ".SH SYNOPSIS",
        ".SH OPTIONS",
        ".SH COMMANDS",
        ".SH EXAMPLES",
    ] {
        assert!(page.contains(heading), "{heading}");
    }
    for sub in subcommands() {
        assert!(page.contains(&format!("samdiff\\-{sub}(1)")), "{sub}");
        let (code, page, err) = run(&["man", &sub]);
        assert_eq!(code, 0, "{sub}: {err}");
        assert!(page.contains(&format!(".TH samdiff-{sub} 1")), "{page}");
        assert!(page.contains(".SH EXAMPLES"), "{sub}");
    }
    let (_, nb, _) = run(&["--lang", "nb", "man", "log"]);
    for heading in [".SH NAVN", ".SH BRUK", ".SH VALG", ".SH EKSEMPLER"] {
        assert!(nb.contains(heading), "{heading}:\n{nb}");
    }
    assert!(nb.contains("Bare disse endringstypene"), "{nb}");
    assert!(!nb.contains(".SH NAME"), "{nb}");
    fails_with(
        &["man", "lgo"],
        "error: unknown command `lgo`: expected one of list, show, validate, schema, audit, \
         proposals, log, diff, history, import, match, report, state, completions, man, init, add, export\n  \
         hint: did you mean `log`?\n",
    );
}

/// The rule for files: every command that writes one (`-o FILE`, or
/// `match --write-ids FILE`) has `--force`, and refuses to replace an
/// existing file without it.
#[test]
fn every_command_that_writes_a_file_has_force() {
    let cat = samdiff::i18n::Catalog::new(samdiff::i18n::Lang::En);
    let cmd = samdiff::cli::help::command(&cat);
    let mut writers = Vec::new();
    for sub in cmd.get_subcommands() {
        let ids: Vec<&str> = sub.get_arguments().map(|a| a.get_id().as_str()).collect();
        if ids.iter().any(|i| matches!(*i, "output" | "write_ids")) {
            assert!(
                ids.contains(&"force"),
                "`{}` writes a file without --force",
                sub.get_name()
            );
            writers.push(sub.get_name().to_owned());
        }
    }
    assert_eq!(
        writers,
        ["audit", "import", "match", "report", "state", "export"]
    );
}

#[test]
fn o_never_replaces_a_file_without_force() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let table = dir.join("overview.tsv");
    std::fs::write(&table, "Navn\tForm\tA\tB\nBrann\tAvtale\tx\tx\n").unwrap();
    let calls: [&[&str]; 3] = [
        &["report", "-o", "out.md"],
        &[
            "import",
            "overview.tsv",
            "--as-of",
            "2021",
            "--scope",
            "A",
            "-o",
            "out.md",
        ],
        &["match", "2019", "2021", "--write-ids", "out.md"],
    ];
    for call in calls {
        let target = dir.join("out.md");
        std::fs::write(&target, "keep me").unwrap();
        let out = samdiff(dir).args(call).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{call:?}");
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            "error: out.md: already exists: pass --force to overwrite it\n",
            "{call:?}"
        );
        assert_eq!(
            std::fs::read_to_string(&target).unwrap(),
            "keep me",
            "{call:?}"
        );
        // With --force the file is replaced, readable like any file.
        let out = samdiff(dir).args(call).arg("--force").output().unwrap();
        assert!(
            out.status.code().is_some_and(|c| c < 2),
            "{call:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_ne!(
            std::fs::read_to_string(&target).unwrap(),
            "keep me",
            "{call:?}"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&target).unwrap().permissions().mode();
            assert_eq!(mode & 0o644, 0o644, "{call:?}: {mode:o}");
        }
        std::fs::remove_file(&target).unwrap();
        // A new file needs no --force.
        let out = samdiff(dir).args(call).output().unwrap();
        assert!(out.status.code().is_some_and(|c| c < 2), "{call:?}");
        assert!(target.exists());
        std::fs::remove_file(&target).unwrap();
    }
    // --force with nothing to write is a mistake, said at once.
    for (call, want) in [
        (&["report", "--force"][..], "error: --force needs -o OUT\n"),
        (
            &["import", "overview.tsv", "--force"],
            "error: --force needs -o OUT\n",
        ),
        (
            &["match", "2019", "2021", "--force"],
            "error: --force needs --write-ids OUT\n",
        ),
    ] {
        let out = samdiff(dir).args(call).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{call:?}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), want, "{call:?}");
        assert!(out.stdout.is_empty(), "{call:?}");
    }
    let nb = samdiff(dir)
        .args(["--lang", "nb", "report", "-o", "overview.tsv"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&nb.stderr),
        "feil: overview.tsv: finnes allerede: bruk --force for å overskrive den\n"
    );
}

/// Every command, with a few of its formats: what `samdiff ... | head`
/// runs.
fn every_command() -> Vec<Vec<&'static str>> {
    let mut calls: Vec<Vec<&str>> = vec![
        vec!["list"],
        vec!["show", "2019"],
        vec!["show", "2019", "--format", "json"],
        vec!["validate"],
        vec!["schema"],
        vec!["proposals"],
        vec!["proposals", "--format", "json"],
        vec!["history", "brann"],
        vec!["history", "brann", "--format", "json"],
        vec!["import", "overview.tsv", "--as-of", "2021", "--scope", "A"],
        vec!["match", "2019", "2021"],
        vec!["report"],
        vec!["report", "--format", "html"],
        vec!["report", "--brief", "--municipality", "oyer"],
        vec!["report", "--brief", "--format", "docx"],
        vec!["state"],
        vec!["state", "--municipality", "oyer", "--format", "json"],
        vec!["state", "--format", "xlsx"],
        vec!["state", "--format", "docx"],
        vec!["log", "--format", "xlsx"],
        vec!["audit", "--format", "xlsx"],
        vec!["completions", "bash"],
        vec!["man"],
        // `init` writes only a note; `add` then reviews into the closed pipe.
        vec!["init", "set"],
        vec![
            "add",
            "overview.tsv",
            "--snapshots",
            "set",
            "--as-of",
            "2022",
            "--scope",
            "A",
            "--dry-run",
        ],
        // export writes files only: a closed stdout must not matter
        vec!["export", "-o", "tables", "--force"],
        vec!["--help"],
        vec!["log", "--help"],
    ];
    for format in ["text", "json", "markdown", "csv", "excel"] {
        calls.push(vec!["log", "--evidence", "--all", "--format", format]);
        calls.push(vec!["diff", "2019", "2021", "--format", format]);
        calls.push(vec!["audit", "--format", format]);
    }
    calls
}

/// Issue 17: a reader that goes away (`samdiff audit --format json |
/// head`) ends every command quietly: exit 0, nothing on stderr, no
/// panic. The pipe is closed before samdiff writes its first byte, so
/// every write fails.
#[test]
fn a_closed_pipe_ends_every_command_quietly() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("overview.tsv"),
        "Navn\tForm\tA\tB\nBrann\tAvtale\tx\tx\n",
    )
    .unwrap();
    let bin = assert_cmd::cargo::cargo_bin("samdiff");
    let calls = every_command();
    for sub in subcommands() {
        assert!(
            calls.iter().any(|c| c[0] == sub),
            "no closed-pipe test for `{sub}`"
        );
    }
    for call in calls {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = std::process::Command::new(&bin)
            .current_dir(tmp.path())
            .env("LC_ALL", "C")
            .args(&call)
            .stdout(writer)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        // `import` says on stderr which layout it detected: a note, not
        // an error.
        let err: String = err.lines().filter(|l| !l.starts_with("note:")).collect();
        assert_eq!(out.status.code(), Some(0), "{call:?}: {err}");
        assert_eq!(err, "", "{call:?}");
    }
}
