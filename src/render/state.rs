//! The state on a date ([`State`]) as text, Markdown and CSV, and as the
//! rows the spreadsheet and Word writers take ([`state_sheet`]).
//!
//! Human-facing: names, forms as printed and in words, hosts, partners,
//! participation in words, status and the source line. Ids and registry
//! codes stay in the JSON only.

use std::io::{self, Write};

use crate::i18n::{Arg, Catalog, Msg};
use crate::model::{PartialDate, Status};
use crate::state::{Basis, RowSource, State, StateRow};

use super::csv::CsvDialect;
use super::sentences::{participation_words, status_words as say_status};
use super::xlsx::{Cell, Sheet};
use crate::i18n::words::date_words;

/// "Interkommunalt samarbeid Øyer deltar i" / "… Gausdal, Lillehammer og Øyer
/// deltar i": the table's title.
pub fn state_title(state: &State, cat: &Catalog) -> String {
    let names: Vec<String> = state
        .municipalities
        .iter()
        .map(|b| b.municipality.clone())
        .collect();
    cat.get(Msg::StateTitle, &[("who", cat.and_list(&names).into())])
}

/// One line per municipality naming the document its state is read from
/// (and the newer documents that do not cover it); then, when the
/// municipalities' states come from different documents, a line saying
/// which document a shared row's details come from.
pub fn basis_lines(state: &State, cat: &Catalog) -> Vec<String> {
    let mut lines: Vec<String> = state
        .municipalities
        .iter()
        .map(|b| basis_line(b, cat))
        .collect();
    let bases: std::collections::BTreeSet<&str> = state
        .municipalities
        .iter()
        .filter_map(|b| b.snapshot.as_deref())
        .collect();
    if bases.len() > 1 {
        lines.push(cat.text(Msg::StateDetailsFrom));
    }
    lines
}

fn basis_line(b: &Basis, cat: &Catalog) -> String {
    let mut line = match &b.snapshot {
        Some(id) => cat.get(
            Msg::StateBasis,
            &[
                ("municipality", b.municipality.as_str().into()),
                ("document", cat.document(id).into()),
            ],
        ),
        None => cat.get(
            Msg::StateNoBasis,
            &[("municipality", b.municipality.as_str().into())],
        ),
    };
    // Newer documents of the same scope, in one clause each.
    let mut by_scope: Vec<(&[String], Vec<String>)> = Vec::new();
    for n in &b.newer_not_covering {
        let name = cat.document(&n.snapshot);
        match by_scope.iter_mut().find(|(c, _)| *c == n.covers.as_slice()) {
            Some((_, names)) => names.push(name),
            None => by_scope.push((&n.covers, vec![name])),
        }
    }
    for (covers, names) in by_scope {
        line.push_str(&cat.get(
            Msg::StateNewerNotCovering,
            &[
                ("count", names.len().into()),
                ("documents", cat.and_list(&names).into()),
                ("covers", cat.and_list(covers).into()),
            ],
        ));
    }
    line
}

/// The legal form as printed, with its meaning in words when known:
/// `Kommuneloven (vertskommunesamarbeid …)`.
pub fn form_text(r: &StateRow, cat: &Catalog) -> String {
    match (&r.legal_form, &r.legal_form_words) {
        (Some(p), Some(w)) if p.to_lowercase() == w.to_lowercase() => p.clone(),
        (Some(p), Some(w)) => format!("{p} – {w}"),
        (Some(p), None) => p.clone(),
        (None, Some(w)) => w.clone(),
        (None, None) => cat.text(Msg::StateNotStated),
    }
}

/// The source line of a row: the document and the lines that print it.
pub fn source_text(s: &RowSource, cat: &Catalog) -> String {
    let lines: Vec<String> = s.lines.iter().map(u32::to_string).collect();
    cat.get(
        Msg::StateSource,
        &[
            ("document", cat.document(&s.snapshot).into()),
            ("count", Arg::from(s.lines.len())),
            ("lines", lines.join(", ").into()),
        ],
    )
}

fn sources_text(r: &StateRow, cat: &Catalog) -> String {
    r.sources
        .iter()
        .map(|s| source_text(s, cat))
        .collect::<Vec<_>>()
        .join("; ")
}

fn notice_date(s: &Status) -> Option<PartialDate> {
    match s {
        Status::NoticeGiven { effective, .. } => *effective,
        _ => None,
    }
}

fn status_words(r: &StateRow, cat: &Catalog) -> String {
    say_status(&r.status, cat)
}

fn host_text(r: &StateRow, cat: &Catalog) -> String {
    r.host
        .clone()
        .unwrap_or_else(|| cat.text(Msg::StateNotStated))
}

fn partners_text(r: &StateRow) -> String {
    r.partners.join(", ")
}

fn category_text(r: &StateRow, cat: &Catalog) -> String {
    r.category
        .clone()
        .unwrap_or_else(|| cat.text(Msg::NoCategory))
}

/// The state as one sheet: a header and one row per arrangement; the
/// notice date a date cell.
pub fn state_sheet(state: &State, cat: &Catalog) -> Sheet {
    let mut header = vec![
        cat.text(Msg::ColCategory),
        cat.text(Msg::ColName),
        cat.text(Msg::StateColFormPrinted),
        cat.text(Msg::StateColFormWords),
        cat.text(Msg::ColHost),
        cat.text(Msg::StateColPartners),
    ];
    header.extend(state.municipalities.iter().map(|b| b.municipality.clone()));
    header.extend([
        cat.text(Msg::ColStatus),
        cat.text(Msg::StateColNoticeEffective),
        cat.text(Msg::StateColSource),
    ]);
    let rows = state
        .rows
        .iter()
        .map(|r| {
            let mut row = vec![
                Cell::Text(category_text(r, cat)),
                Cell::Text(r.name.clone()),
                Cell::Text(r.legal_form.clone().unwrap_or_default()),
                Cell::Text(r.legal_form_words.clone().unwrap_or_default()),
                Cell::Text(r.host.clone().unwrap_or_default()),
                Cell::Text(partners_text(r)),
            ];
            row.extend(state.municipalities.iter().map(|b| {
                Cell::Text(
                    r.participation
                        .get(&b.municipality)
                        .map(|p| participation_words(*p, cat))
                        .unwrap_or_default(),
                )
            }));
            row.push(Cell::Text(status_words(r, cat)));
            row.push(match notice_date(&r.status) {
                Some(d) => Cell::Date(d),
                None => Cell::Text(String::new()),
            });
            row.push(Cell::Text(sources_text(r, cat)));
            row
        })
        .collect();
    Sheet {
        name: cat.text(Msg::StateSheetName),
        title: state_title(state, cat),
        header,
        rows,
    }
}

/// Text: a title, the documents, then one block per arrangement under its
/// policy area.
pub fn write_state_text(state: &State, cat: &Catalog, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "{}", state_title(state, cat))?;
    for l in basis_lines(state, cat) {
        writeln!(out, "  {l}")?;
    }
    if state.rows.is_empty() {
        writeln!(out, "\n{}", cat.text(Msg::StateEmpty))?;
        return Ok(());
    }
    let mut last: Option<String> = None;
    for r in &state.rows {
        let c = category_text(r, cat);
        if last.as_ref() != Some(&c) {
            writeln!(out, "\n{c}")?;
            last = Some(c);
        }
        writeln!(out, "  {}", r.name)?;
        writeln!(
            out,
            "    {}: {} · {}: {}",
            cat.text(Msg::ColForm),
            form_text(r, cat),
            cat.text(Msg::ColHost),
            host_text(r, cat)
        )?;
        if !r.partners.is_empty() {
            writeln!(
                out,
                "    {}: {}",
                cat.text(Msg::StateColPartners),
                partners_text(r)
            )?;
        }
        let parts: Vec<String> = state
            .municipalities
            .iter()
            .filter_map(|b| {
                r.participation
                    .get(&b.municipality)
                    .map(|p| format!("{} {}", b.municipality, participation_words(*p, cat)))
            })
            .collect();
        writeln!(
            out,
            "    {} · {}: {}",
            parts.join(", "),
            cat.text(Msg::ColStatus),
            status_words(r, cat)
        )?;
        writeln!(out, "    {}", sources_text(r, cat))?;
    }
    Ok(())
}

fn md_cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// Markdown: a title, the documents, and one table per policy area.
pub fn write_state_markdown(state: &State, cat: &Catalog, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "# {}\n", md_cell(&state_title(state, cat)))?;
    for l in basis_lines(state, cat) {
        writeln!(out, "- {}", md_cell(&l))?;
    }
    if state.rows.is_empty() {
        writeln!(out, "\n{}", cat.text(Msg::StateEmpty))?;
        return Ok(());
    }
    let mut header = vec![
        cat.text(Msg::ColName),
        cat.text(Msg::ColForm),
        cat.text(Msg::ColHost),
        cat.text(Msg::StateColPartners),
    ];
    header.extend(state.municipalities.iter().map(|b| b.municipality.clone()));
    header.extend([cat.text(Msg::ColStatus), cat.text(Msg::StateColSource)]);
    let mut last: Option<String> = None;
    for r in &state.rows {
        let c = category_text(r, cat);
        if last.as_ref() != Some(&c) {
            writeln!(out, "\n## {}\n", md_cell(&c))?;
            writeln!(out, "| {} |", header.join(" | "))?;
            writeln!(out, "|{}", "---|".repeat(header.len()))?;
            last = Some(c);
        }
        let mut cells = vec![
            r.name.clone(),
            form_text(r, cat),
            host_text(r, cat),
            partners_text(r),
        ];
        cells.extend(state.municipalities.iter().map(|b| {
            r.participation
                .get(&b.municipality)
                .map(|p| participation_words(*p, cat))
                .unwrap_or_default()
        }));
        cells.push(status_words(r, cat));
        cells.push(sources_text(r, cat));
        let cells: Vec<String> = cells.iter().map(|c| md_cell(c)).collect();
        writeln!(out, "| {} |", cells.join(" | "))?;
    }
    Ok(())
}

/// CSV: the sheet's header and rows, dates in ISO form.
pub fn write_state_csv(
    state: &State,
    cat: &Catalog,
    dialect: CsvDialect,
    out: &mut dyn Write,
) -> io::Result<()> {
    let sheet = state_sheet(state, cat);
    let rows: Vec<Vec<String>> = sheet
        .rows
        .iter()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    super::csv::write_rows(&sheet.header, &rows, cat, dialect, out)
}

/// The date a notice takes effect, in words (for prose renderers).
pub fn notice_words(r: &StateRow, cat: &Catalog) -> Option<String> {
    notice_date(&r.status).map(|d| date_words(d, cat))
}
