//! Issue 13: the state on a date (`samdiff state`). Goldens in both
//! languages for each covered municipality and side by side; the JSON
//! matches its schema's shape; the workbook and the Word document are read
//! back (cells, text); unknown municipalities are errors with suggestions.

use assert_cmd::Command;
use std::io::Read;

mod common;
use common::samdiff_ok as run;

const COVERED: [&str; 3] = ["Gausdal", "Lillehammer", "Øyer"];

fn bytes(args: &[&str]) -> Vec<u8> {
    let out = Command::cargo_bin("samdiff")
        .unwrap()
        .env("NO_COLOR", "1")
        .env("LC_ALL", "C")
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn state_goldens_per_municipality_in_both_languages() {
    for lang in ["nb", "en"] {
        for m in COVERED {
            let md = run(&[
                "--lang",
                lang,
                "state",
                "--municipality",
                m,
                "--format",
                "markdown",
            ]);
            insta::assert_snapshot!(format!("state_{m}_{lang}"), md);
        }
        let side = run(&["--lang", lang, "state", "--at", "2021"]);
        insta::assert_snapshot!(format!("state_all_2021_{lang}"), side);
    }
}

#[test]
fn json_state_names_its_format_and_bases() {
    let v: serde_json::Value = serde_json::from_str(&run(&[
        "state",
        "--municipality",
        "oyer",
        "--format",
        "json",
    ]))
    .unwrap();
    assert_eq!(v["format"], "samdiff-state/1");
    assert_eq!(v["municipalities"][0]["municipality"], "Øyer");
    assert_eq!(v["municipalities"][0]["snapshot"], "oyer-2021");
    let rows = v["rows"].as_array().unwrap();
    assert!(
        rows.iter()
            .any(|r| r["name"] == "Gerica elektronisk pasientjournal" && r["host"] == "Øyer")
    );
    // Every key the schema declares at the top level is there.
    let schema: serde_json::Value = serde_json::from_str(&run(&["schema", "state"])).unwrap();
    for k in schema["required"].as_array().unwrap() {
        assert!(v.get(k.as_str().unwrap()).is_some(), "{k}");
    }
}

#[test]
fn xlsx_reads_back_with_header_rows_and_dates() {
    use calamine::{Data, Reader, Xlsx};
    let b = bytes(&[
        "--lang",
        "nb",
        "state",
        "--municipality",
        "Øyer",
        "--format",
        "xlsx",
    ]);
    let mut wb: Xlsx<_> = Xlsx::new(std::io::Cursor::new(b)).unwrap();
    assert_eq!(wb.sheet_names(), ["Samarbeid"]);
    let range = wb.worksheet_range("Samarbeid").unwrap();
    let header: Vec<String> = range
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(header[0], "fagområde");
    assert_eq!(header[1], "navn");
    assert!(header.contains(&"Øyer".to_owned()));
    let json: serde_json::Value = serde_json::from_str(&run(&[
        "state",
        "--municipality",
        "Øyer",
        "--format",
        "json",
    ]))
    .unwrap();
    assert_eq!(range.height(), json["rows"].as_array().unwrap().len() + 1);
    // The notice of Kvalitetskoordinator is a date cell (October 2021).
    let notice_col = header
        .iter()
        .position(|h| h == "oppsigelse gjelder fra")
        .unwrap();
    let kv = range
        .rows()
        .find(|r| r[1] == "Kvalitetskoordinator")
        .unwrap();
    match &kv[notice_col] {
        Data::DateTime(d) => {
            // Excel's serial day number of 1 October 2021.
            assert!(d.is_datetime());
            assert_eq!(d.as_f64(), 44470.0);
        }
        other => panic!("expected a date cell, got {other:?}"),
    }
    // Text that looks like a formula stays text: no cell is a formula.
    let formulas = wb.worksheet_formula("Samarbeid").unwrap();
    assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()));
}

fn docx_text(b: Vec<u8>) -> String {
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(b)).unwrap();
    let mut names: Vec<String> = z.file_names().map(|n| n.unwrap().into_owned()).collect();
    names.sort();
    assert_eq!(
        names,
        [
            "[Content_Types].xml",
            "_rels/.rels",
            "docProps/core.xml",
            "word/_rels/document.xml.rels",
            "word/document.xml",
            "word/styles.xml"
        ]
    );
    let mut xml = String::new();
    z.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

/// The text of every `<w:t>` run, in order.
pub fn runs(xml: &str) -> Vec<String> {
    xml.split("<w:t xml:space=\"preserve\">")
        .skip(1)
        .map(|s| s.split("</w:t>").next().unwrap_or_default().to_owned())
        .collect()
}

#[test]
fn docx_reads_back_as_a_word_document_with_the_table() {
    let b = bytes(&[
        "--lang",
        "nb",
        "state",
        "--municipality",
        "Øyer",
        "--format",
        "docx",
    ]);
    let xml = docx_text(b);
    assert!(xml.starts_with("<?xml"));
    assert!(
        xml.contains("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"),
        "A4 landscape"
    );
    let text = runs(&xml);
    assert_eq!(text[0], "Interkommunalt samarbeid Øyer deltar i");
    assert!(text.contains(&"Gerica elektronisk pasientjournal".to_owned()));
    assert!(
        xml.matches("<w:tbl>").count() >= 5,
        "one table per policy area"
    );
}

#[test]
fn unknown_municipalities_are_errors_with_suggestions() {
    for (args, expect) in [
        (
            vec!["state", "--municipality", "Bergen"],
            "unknown municipality `Bergen`: the snapshots name `Gausdal`, `Lillehammer`, `Øyer`",
        ),
        (
            vec!["state", "--municipality", "Oyre"],
            "did you mean `Øyer`?",
        ),
        (
            vec!["log", "--municipality", "Bergen"],
            "unknown municipality `Bergen`",
        ),
        (
            vec!["diff", "2019", "2021", "--municipality", "Lilehammer"],
            "did you mean `Lillehammer`?",
        ),
    ] {
        Command::cargo_bin("samdiff")
            .unwrap()
            .env("LC_ALL", "C")
            .args(&args)
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicates::str::contains(expect));
    }
    // Obvious spellings are the same municipality.
    let want = run(&["log", "--municipality", "Øyer", "--format", "json"]);
    for m in ["oyer", "ØYER", "Øyer kommune"] {
        assert_eq!(
            run(&["log", "--municipality", m, "--format", "json"]),
            want,
            "{m}"
        );
    }
}

#[test]
fn state_at_a_date_before_every_document_is_empty_and_a_bad_date_is_an_error() {
    let out = run(&["state", "--municipality", "Øyer", "--at", "1990"]);
    assert!(out.contains("no overview covers it on this date"), "{out}");
    Command::cargo_bin("samdiff")
        .unwrap()
        .env("LC_ALL", "C")
        .args(["state", "--at", "2021-13"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--at"));
}
