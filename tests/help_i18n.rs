//! Help and parse errors through the real binary, in the reader's language:
//! `--lang` decides, else the locale environment.

use assert_cmd::Command;

/// samdiff with no locale set and no colour.
fn samdiff() -> Command {
    let mut c = Command::cargo_bin("samdiff").unwrap();
    c.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("NO_COLOR", "1");
    c
}

/// Run and return (exit status, stdout, stderr).
fn run(c: &mut Command) -> (i32, String, String) {
    let out = c.output().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn report_help_in_norwegian_with_lang_nb() {
    let (code, out, err) = run(samdiff().args(["--lang", "nb", "report", "--help"]));
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(
        out.starts_with("Skriv en rapport til årsmeldingen"),
        "{out}"
    );
    assert!(out.contains("\nBruk: samdiff report [OPTIONS]\n"), "{out}");
    assert!(out.contains("\nValg:\n"), "{out}");
    assert!(out.contains("Første dokument i perioden"), "{out}");
    assert!(out.contains("Mulige verdier:"), "{out}");
    assert!(out.contains("[standard: markdown]"), "{out}");
    assert!(out.contains("Vis hjelp (et sammendrag med «-h»)"), "{out}");
    for english in [
        "Usage",
        "Options",
        "Print help",
        "First snapshot",
        "default:",
    ] {
        assert!(!out.contains(english), "`{english}` in:\n{out}");
    }
}

#[test]
fn report_help_in_english_with_lang_en() {
    // Even in a Norwegian locale, `--lang en` wins.
    let (code, out, _) =
        run(samdiff()
            .env("LANG", "nb_NO.UTF-8")
            .args(["--lang=en", "report", "--help"]));
    assert_eq!(code, 0);
    assert!(out.contains("\nUsage: samdiff report [OPTIONS]\n"), "{out}");
    assert!(out.contains("First snapshot of the range"), "{out}");
    assert!(out.contains("Possible values:"), "{out}");
    assert!(
        out.contains("Print help (see a summary with '-h')"),
        "{out}"
    );
    assert!(!out.contains("Bruk:"), "{out}");
}

#[test]
fn help_follows_a_norwegian_locale() {
    let (code, out, _) = run(samdiff().env("LANG", "nb_NO.UTF-8").arg("--help"));
    assert_eq!(code, 0);
    assert!(
        out.contains("\nBruk: samdiff [OPTIONS] <COMMAND>\n"),
        "{out}"
    );
    assert!(out.contains("\nKommandoer:\n"), "{out}");
    assert!(out.contains("Vis versjon"), "{out}");
    // `-h` and `samdiff help` too.
    let (_, short, _) = run(samdiff().env("LANG", "nb_NO.UTF-8").arg("-h"));
    assert!(short.contains("Vis hjelp (mer med «--help»)"), "{short}");
    let (_, help, _) = run(samdiff().env("LC_ALL", "nn_NO").args(["help", "show"]));
    assert!(help.contains("Argumenter:\n  <SNAPSHOT>"), "{help}");
    // Outside Norwegian locales: English.
    let (_, en, _) = run(samdiff().env("LANG", "en_GB.UTF-8").arg("--help"));
    assert!(en.contains("\nUsage: samdiff"), "{en}");
}

#[test]
fn parse_errors_in_norwegian() {
    let (code, out, err) = run(samdiff().args(["--lang", "nb", "report", "--format", "xml"]));
    assert_eq!((code, out.as_str()), (2, ""));
    assert_eq!(
        err,
        "feil: ugyldig verdi «xml» for «--format <FORMAT>»\n  [mulige verdier: markdown, html, docx, json]\n\n  \
         tips: en lignende verdi finnes: «html»\n\nMer hjelp får du med «--help».\n"
    );
    let (code, _, err) = run(samdiff().env("LANG", "nb_NO.UTF-8").arg("reprot"));
    assert_eq!(code, 2);
    assert!(err.starts_with("feil: ukjent kommando «reprot»\n"), "{err}");
    assert!(
        err.contains("\nBruk: samdiff [OPTIONS] <COMMAND>\n"),
        "{err}"
    );
}

#[test]
fn parse_errors_in_english_are_clap_s() {
    let (code, _, err) = run(samdiff().args(["--lang", "en", "report", "--format", "xml"]));
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "error: invalid value 'xml' for '--format <FORMAT>'\n  [possible values: markdown, html, docx, json]\n\n  \
         tip: a similar value exists: 'html'\n\nFor more information, try '--help'.\n"
    );
}

/// Issue 12 point 12: `history --help` names the format `history` writes.
#[test]
fn issue12_p12_history_help_names_the_history_format() {
    for lang in ["en", "nb"] {
        let (code, out, _) = run(samdiff().args(["--lang", lang, "history", "--help"]));
        assert_eq!(code, 0);
        assert!(out.contains("samdiff-history/1"), "{lang}: {out}");
        assert!(!out.contains("samdiff-changelog/1"), "{lang}: {out}");
    }
}
