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
         proposals, log, diff, history, import, match, report, completions, man\n  \
         hint: did you mean `log`?\n",
    );
}
