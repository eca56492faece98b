//! Issue 7: CSV of changelogs and audit findings, one row per change or
//! finding, for people who work in spreadsheets.

mod common;

const FX: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/diff");

use common::samdiff_ok as run;

fn rows(csv_text: &str) -> Vec<Vec<String>> {
    csv::Reader::from_reader(csv_text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn one_row_per_change_as_in_json() {
    let cases: [&[&str]; 3] = [
        &["log"],
        &["--snapshots", FX, "log"],
        &["diff", "2019", "2021"],
    ];
    for case in cases {
        let with = |format: &'static str| -> Vec<&str> {
            let mut v = case.to_vec();
            v.extend(["--format", format]);
            v
        };
        let json: serde_json::Value = serde_json::from_str(&run(&with("json"))).unwrap();
        let changes = json["changes"].as_array().unwrap();
        let csv_rows = rows(&run(&with("csv")));
        assert_eq!(csv_rows.len(), changes.len(), "{case:?}");
        for (row, c) in csv_rows.iter().zip(changes) {
            assert_eq!(row[2], c["kind"].as_str().unwrap());
            assert_eq!(row[4], c["arrangement"].as_str().unwrap());
        }
    }
}

#[test]
fn one_row_per_finding_as_in_json() {
    let json: serde_json::Value =
        serde_json::from_str(&run(&["audit", "--format", "json"])).unwrap();
    let findings = json["findings"].as_array().unwrap();
    let csv_rows = rows(&run(&["--lang", "nb", "audit", "--format", "csv"]));
    assert_eq!(csv_rows.len(), findings.len());
    for (row, f) in csv_rows.iter().zip(findings) {
        assert_eq!(row[0], f["id"].as_str().unwrap());
        assert_eq!(row[1], f["code"].as_str().unwrap());
    }
}

#[test]
fn golden_csv() {
    insta::assert_snapshot!(
        "log_csv_en",
        run(&["--snapshots", FX, "log", "--format", "csv"])
    );
    insta::assert_snapshot!(
        "log_csv_nb",
        run(&["--snapshots", FX, "--lang", "nb", "log", "--format", "csv"])
    );
    insta::assert_snapshot!(
        "audit_csv_nb",
        run(&[
            "--snapshots",
            FX,
            "--lang",
            "nb",
            "audit",
            "--format",
            "csv"
        ])
    );
}

/// Rows of an `excel` CSV: checks and strips the byte-order mark, then reads
/// with `delimiter`.
fn excel_rows(bytes: &str, delimiter: u8) -> (Vec<String>, Vec<Vec<String>>) {
    let text = bytes
        .strip_prefix('\u{feff}')
        .expect("excel CSV starts with a UTF-8 byte-order mark");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

#[test]
fn excel_dialect_has_a_bom_and_the_locale_separator_and_the_same_rows() {
    for (lang, delimiter) in [("nb", b';'), ("en", b',')] {
        for command in [
            &["log"][..],
            &["audit"][..],
            &["history", "felles-brann-og-feiertjeneste"][..],
        ] {
            let with = |format: &'static str| -> Vec<&str> {
                let mut v = vec!["--lang", lang];
                v.extend_from_slice(command);
                v.extend(["--format", format]);
                v
            };
            let plain = rows(&run(&with("csv")));
            let excel = run(&with("excel"));
            let (header, excel) = excel_rows(&excel, delimiter);
            assert!(header.len() > 5, "{lang} {command:?}: {header:?}");
            assert_eq!(excel, plain, "{lang} {command:?}");
        }
    }
    // Norwegian headers survive: the BOM is what makes Excel read them as UTF-8.
    let (header, _) = excel_rows(&run(&["--lang", "nb", "log", "--format", "excel"]), b';');
    assert!(header.iter().any(|h| h == "fagområde"), "{header:?}");
}
