//! The changelog and the audit as workbook sheets (`--format xlsx` of
//! `log`, `diff`, `history` and `audit`): the CSV's columns, plus the dates
//! of the two documents of each change as date cells.
//!
//! Kept apart from the CSV writer so that the audit's sheet reads only the
//! audit's public data types.

use super::followup_words::{due_date, evidence_words, finding_words, plain};
use super::labels::{severity_label, why_text};
use crate::audit::followup::{MeetingItem, MeetingList, question};
use crate::audit::register::RegisterState;
use crate::audit::{Audit, Code};
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

/// The follow-up list a secretariat works in: one row per finding and
/// municipality, grouped by municipality and priority as the meeting list
/// is (then the findings a later document resolved, then the register
/// entries the audit no longer reports), with the register's status,
/// owner, due date (a date cell when written as a date), case number and
/// note, the question, the finding and its evidence in words.
pub fn followup_sheet(list: &MeetingList, cat: &Catalog) -> Sheet {
    let header = [
        Msg::MeetingColMunicipality,
        Msg::MeetingColPriority,
        Msg::MeetingColNumber,
        Msg::MeetingColId,
        Msg::MeetingColStatus,
        Msg::MeetingColOwner,
        Msg::MeetingColDue,
        Msg::MeetingColCase,
        Msg::MeetingColNote,
        Msg::MeetingColQuestion,
        Msg::MeetingColFinding,
        Msg::MeetingColEvidence,
    ]
    .iter()
    .map(|m| cat.text(*m))
    .collect();
    let mut rows = Vec::new();
    for g in &list.groups {
        for p in &g.priorities {
            for (i, item) in p.items.iter().enumerate() {
                rows.push(followup_row(
                    g.municipality.as_str(),
                    &severity_label(p.severity, cat),
                    i + 1,
                    item,
                    cat,
                ));
            }
        }
    }
    let resolved = cat.text(Msg::AuditResolved);
    for (i, item) in list.resolved.iter().enumerate() {
        let who: Vec<String> = item
            .finding
            .municipalities
            .iter()
            .map(|m| m.to_string())
            .collect();
        rows.push(followup_row(
            &cat.and_list(&who),
            &resolved,
            i + 1,
            item,
            cat,
        ));
    }
    if let Some(r) = list.register {
        let gone = cat.text(Msg::MeetingNoLongerFound);
        for (i, e) in r.comparison.gone.iter().enumerate() {
            let who = e
                .raw("municipalities")
                .and_then(|r| serde_json::from_str::<Vec<String>>(r.get()).ok())
                .unwrap_or_default();
            let q = e
                .raw("code")
                .and_then(|r| serde_json::from_str::<Code>(r.get()).ok())
                .map(|c| cat.text(question(c)))
                .unwrap_or_default();
            let st = RegisterState {
                change: None,
                status: Some(e.status),
                owner: e.text("owner"),
                due: e.text("due"),
                case: e.text("case"),
                note: e.text("note"),
            };
            let mut row = vec![
                Cell::Text(cat.and_list(&who)),
                Cell::Text(gone.clone()),
                Cell::Number(i64::try_from(i + 1).unwrap_or(i64::MAX)),
                Cell::Text(e.id.to_string()),
            ];
            row.extend(register_cells(Some(&st), cat));
            row.extend([q, String::new(), String::new()].map(Cell::Text));
            rows.push(row);
        }
    }
    Sheet {
        name: cat.text(Msg::MeetingSheet),
        title: cat.text(Msg::MeetingTitle),
        header,
        rows,
    }
}

/// Status, owner, due date, case number and note; empty without a register.
/// A finding not yet in the register shows its change ("new") as status.
fn register_cells(st: Option<&RegisterState>, cat: &Catalog) -> Vec<Cell> {
    let Some(st) = st else {
        return (0..5).map(|_| Cell::Text(String::new())).collect();
    };
    let status = match (st.status, st.change) {
        (Some(s), _) => cat.text(s.msg()),
        (None, Some(c)) => cat.text(c.msg()),
        (None, None) => String::new(),
    };
    let text = |v: &Option<String>| Cell::Text(v.clone().unwrap_or_default());
    let due = match st.due.as_deref() {
        Some(d) => due_date(d).map_or_else(|| Cell::Text(d.to_owned()), Cell::Date),
        None => Cell::Text(String::new()),
    };
    vec![
        Cell::Text(status),
        text(&st.owner),
        due,
        text(&st.case),
        text(&st.note),
    ]
}

fn followup_row(
    municipality: &str,
    priority: &str,
    n: usize,
    item: &MeetingItem,
    cat: &Catalog,
) -> Vec<Cell> {
    let f = item.finding;
    let mut finding = finding_words(f, cat);
    for c in &f.consequences {
        finding.push_str(&format!(
            "\n{} {}",
            cat.text(Msg::AuditAlso),
            plain(&c.text.render(cat), cat)
        ));
    }
    let mut evidence: Vec<String> = f.evidence.iter().map(|e| evidence_words(e, cat)).collect();
    if let Some(e) = &f.resolved_by {
        evidence.push(format!(
            "{} {}",
            cat.text(Msg::AuditResolvedBy),
            evidence_words(e, cat)
        ));
    }
    let mut row = vec![
        Cell::Text(municipality.to_owned()),
        Cell::Text(priority.to_owned()),
        Cell::Number(i64::try_from(n).unwrap_or(i64::MAX)),
        Cell::Text(f.id.to_string()),
    ];
    row.extend(register_cells(item.register.as_ref(), cat));
    let q = if f.is_open() {
        cat.text(item.question)
    } else {
        String::new()
    };
    row.extend([q, finding, evidence.join("\n")].map(Cell::Text));
    row
}
