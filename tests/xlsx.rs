//! Issue 13: workbooks of the changelog and the audit (`--format xlsx`),
//! read back with an independent reader (calamine): the header, one row
//! per change or finding, the documents' dates as date cells, and text
//! that looks like a formula kept as text.

use assert_cmd::Command;
use calamine::{Data, Reader, Xlsx};

mod common;
use common::samdiff_ok as run;

fn xlsx(args: &[&str]) -> Xlsx<std::io::Cursor<Vec<u8>>> {
    let out = Command::cargo_bin("samdiff")
        .unwrap()
        .env("LC_ALL", "C")
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.starts_with(b"PK"), "not a zip");
    Xlsx::new(std::io::Cursor::new(out.stdout)).unwrap()
}

#[test]
fn changelog_workbook_has_a_row_per_change_and_dates_as_dates() {
    let mut wb = xlsx(&["--lang", "nb", "diff", "2019", "2021", "--format", "xlsx"]);
    assert_eq!(wb.sheet_names(), ["Endringer"]);
    let range = wb.worksheet_range("Endringer").unwrap();
    let json: serde_json::Value =
        serde_json::from_str(&run(&["diff", "2019", "2021", "--format", "json"])).unwrap();
    let changes = json["changes"].as_array().unwrap();
    assert_eq!(range.height(), changes.len() + 1);
    let header: Vec<String> = range
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    let csv = run(&["--lang", "nb", "diff", "2019", "2021", "--format", "csv"]);
    let csv_header: Vec<String> = csv
        .lines()
        .next()
        .unwrap()
        .split(',')
        .map(str::to_owned)
        .collect();
    assert_eq!(
        header[..csv_header.len()],
        csv_header[..],
        "the CSV's columns first"
    );
    let n = header.len();
    assert_eq!(header[n - 2], "dato for det eldre dokumentet");
    for row in range.rows().skip(1) {
        // 1 January 2019 and 1 January 2021 as Excel serial days.
        match (&row[n - 2], &row[n - 1]) {
            (Data::DateTime(a), Data::DateTime(b)) => {
                assert_eq!((a.as_f64(), b.as_f64()), (43466.0, 44197.0));
            }
            other => panic!("expected date cells, got {other:?}"),
        }
    }
    for (i, c) in changes.iter().enumerate() {
        let row = &range.rows().nth(i + 1).unwrap();
        assert_eq!(row[2], c["kind"].as_str().unwrap(), "row {i}");
        assert_eq!(row[4], c["arrangement"].as_str().unwrap(), "row {i}");
    }
    let formulas = wb.worksheet_formula("Endringer").unwrap();
    assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()));
}

#[test]
fn audit_workbook_has_a_row_per_finding() {
    let mut wb = xlsx(&["audit", "--format", "xlsx"]);
    assert_eq!(wb.sheet_names(), ["Follow-up", "Findings"]);
    let range = wb.worksheet_range("Findings").unwrap();
    let json: serde_json::Value =
        serde_json::from_str(&run(&["audit", "--format", "json"])).unwrap();
    let findings = json["findings"].as_array().unwrap();
    assert_eq!(range.height(), findings.len() + 1);
    for (i, f) in findings.iter().enumerate() {
        let row = &range.rows().nth(i + 1).unwrap();
        assert_eq!(row[0], f["code"].as_str().unwrap());
        assert_eq!(row[2], f["snapshot"].as_str().unwrap());
    }
}
