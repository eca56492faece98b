//! The changelog and the audit as workbook sheets (`--format xlsx` of
//! `log`, `diff`, `history` and `audit`): the CSV's columns, plus the dates
//! of the two documents of each change as date cells.
//!
//! Kept apart from the CSV writer so that the audit's sheet reads only the
//! audit's public data types.

use super::labels::{severity_label, why_text};
use crate::audit::Audit;
use crate::diff::{Changelog, SnapshotInfo};
use crate::i18n::{Catalog, Msg};
use crate::model::AsOf;

use super::csv::changelog_table;
use super::xlsx::{Cell, Sheet};

/// A document's date as a cell: a day or a year as a date (a year stays
/// text), a range of dates as text.
fn as_of_cell(a: &AsOf) -> Cell {
    match a {
        AsOf::Day { date, .. } | AsOf::Year { date, .. } => Cell::Date(*date),
        AsOf::Range { .. } => Cell::Text(a.to_string()),
    }
}

/// The changelog's rows with the dates of its documents.
pub fn changelog_sheet(log: &Changelog, cat: &Catalog) -> Sheet {
    let (mut header, rows) = changelog_table(log, cat);
    header.push(cat.text(Msg::XlsxFromDate));
    header.push(cat.text(Msg::XlsxToDate));
    let date = |id: &str| {
        log.snapshots
            .iter()
            .find(|s: &&SnapshotInfo| s.id.as_str() == id)
            .map(|s| as_of_cell(&s.as_of))
            .unwrap_or(Cell::Text(String::new()))
    };
    let rows = rows
        .into_iter()
        .zip(&log.changes)
        .map(|(r, c)| {
            let mut cells: Vec<Cell> = r.into_iter().map(Cell::Text).collect();
            cells.push(date(c.from.as_str()));
            cells.push(date(c.to.as_str()));
            cells
        })
        .collect();
    Sheet {
        name: cat.text(Msg::XlsxChangelogSheet),
        title: cat.text(Msg::XlsxChangelogSheet),
        header,
        rows,
    }
}

/// One row per finding: code, severity, document, arrangement, what was
/// found, why it matters, and the cited lines.
pub fn audit_sheet(audit: &Audit, cat: &Catalog) -> Sheet {
    let header = [
        Msg::CsvCode,
        Msg::CsvSeverity,
        Msg::CsvSnapshot,
        Msg::CsvArrangement,
        Msg::CsvMessage,
        Msg::CsvWhy,
        Msg::CsvEvidence,
    ]
    .iter()
    .map(|m| cat.text(*m))
    .collect();
    let rows = audit
        .findings
        .iter()
        .map(|f| {
            let evidence: Vec<String> = f
                .evidence
                .iter()
                .map(|e| {
                    let lines: Vec<String> = e.lines.iter().map(u32::to_string).collect();
                    format!("{}:{}", e.source, lines.join(","))
                })
                .collect();
            [
                f.code.as_str().to_owned(),
                severity_label(f.severity, cat),
                f.snapshot.to_string(),
                f.arrangement
                    .as_ref()
                    .map(|a| a.to_string())
                    .unwrap_or_default(),
                f.text.render(cat),
                why_text(f.code, cat),
                evidence.join("; "),
            ]
            .into_iter()
            .map(Cell::Text)
            .collect()
        })
        .collect();
    Sheet {
        name: cat.text(Msg::XlsxAuditSheet),
        title: cat.text(Msg::XlsxAuditSheet),
        header,
        rows,
    }
}
