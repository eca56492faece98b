//! Workbooks (`--format xlsx`) for people who work in spreadsheets: one
//! sheet per table, a bold shaded header row that stays in view (frozen),
//! a filter on it, column widths that fit the text, and dates written as
//! spreadsheet dates.
//!
//! Every text goes in as a string cell ([`Worksheet::write_string`]), never
//! as a formula, so a name that starts with `=` cannot run anything. The
//! file is byte-identical on every run: the document's creation date is
//! fixed (no clock time), and the zip entries carry fixed timestamps.

use std::fmt;

use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet,
    XlsxError,
};

use crate::i18n::{Catalog, Lang};
use crate::model::PartialDate;

/// One cell of a [`Sheet`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    /// Text, written as a string cell.
    Text(String),
    /// A date: a day or a month becomes a spreadsheet date, a bare year
    /// stays text.
    Date(PartialDate),
    /// A whole number (a running number), written as a number cell.
    Number(i64),
}

impl fmt::Display for Cell {
    /// The text of the cell as CSV writes it (dates in ISO form).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Cell::Text(s) => f.write_str(s),
            Cell::Date(d) => write!(f, "{d}"),
            Cell::Number(n) => write!(f, "{n}"),
        }
    }
}

/// A table for a workbook: its sheet name, its title (the document's
/// title), a header row and rows of cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    /// The sheet's tab name (cut to the 31 characters a sheet name may have).
    pub name: String,
    /// A title for the workbook's properties (and Word's heading).
    pub title: String,
    /// Column headings.
    pub header: Vec<String>,
    /// The rows, each as long as the header.
    pub rows: Vec<Vec<Cell>>,
}

/// Narrowest and widest column, in characters.
const MIN_WIDTH: usize = 8;
/// Wider columns wrap their text instead, so a long comment does not push
/// the rest off the screen.
const MAX_WIDTH: usize = 60;

/// The fixed creation date written into every workbook's properties (a
/// clock time would make the file differ on every run).
const CREATED: (u16, u8, u8) = (2000, 1, 1);

fn xlsx_err(e: XlsxError) -> std::io::Error {
    std::io::Error::other(e.to_string())
}

/// A sheet name Excel accepts: no `[]:*?/\`, at most 31 characters.
fn sheet_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { ' ' } else { c })
        .take(31)
        .collect();
    let t = cleaned.trim().trim_matches('\'').to_owned();
    if t.is_empty() { "Sheet".to_owned() } else { t }
}

/// The number format of a date cell of this precision in this language.
fn date_format(d: PartialDate, lang: Lang) -> Option<&'static str> {
    match (d, lang) {
        (PartialDate::Day(_), Lang::Nb) => Some("dd.mm.yyyy"),
        (PartialDate::Day(_), Lang::En) => Some("yyyy-mm-dd"),
        (PartialDate::Month(..), Lang::Nb) => Some("mm.yyyy"),
        (PartialDate::Month(..), Lang::En) => Some("yyyy-mm"),
        (PartialDate::Year(_), _) => None,
    }
}

fn excel_date(d: PartialDate) -> Option<ExcelDateTime> {
    use chrono::Datelike;
    let day = d.earliest();
    ExcelDateTime::from_ymd(
        u16::try_from(day.year()).ok()?,
        u8::try_from(day.month()).ok()?,
        u8::try_from(day.day()).ok()?,
    )
    .ok()
}

fn write_sheet(ws: &mut Worksheet, sheet: &Sheet, lang: Lang) -> Result<(), XlsxError> {
    let head = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xDCE6F1))
        .set_border_bottom(FormatBorder::Thin);
    // body cells at the top of their row, so a row of wrapped text reads
    // from its first line in every column
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let plain = Format::new().set_align(FormatAlign::Top);
    ws.set_name(sheet_name(&sheet.name))?;
    let mut widths: Vec<usize> = sheet.header.iter().map(|h| h.chars().count() + 2).collect();
    for (c, h) in sheet.header.iter().enumerate() {
        ws.write_string_with_format(0, col(c), h, &head)?;
    }
    for (r, row) in sheet.rows.iter().enumerate() {
        let r = u32::try_from(r + 1).unwrap_or(u32::MAX);
        for (c, cell) in row.iter().enumerate() {
            let width = match cell {
                Cell::Text(s) => {
                    let long = s.chars().count() > MAX_WIDTH || s.contains('\n');
                    ws.write_string_with_format(r, col(c), s, if long { &wrap } else { &plain })?;
                    s.lines().map(|l| l.chars().count()).max().unwrap_or(0)
                }
                Cell::Number(n) => {
                    // exact for any running number a sheet holds (< 2^53)
                    ws.write_number_with_format(r, col(c), *n as f64, &plain)?;
                    n.to_string().chars().count()
                }
                Cell::Date(d) => match (excel_date(*d), date_format(*d, lang)) {
                    (Some(x), Some(f)) => {
                        let date = Format::new().set_num_format(f).set_align(FormatAlign::Top);
                        ws.write_date_with_format(r, col(c), &x, &date)?;
                        10
                    }
                    _ => {
                        let s = d.to_string();
                        ws.write_string_with_format(r, col(c), &s, &plain)?;
                        s.chars().count()
                    }
                },
            };
            if let Some(w) = widths.get_mut(c) {
                *w = (*w).max(width + 1);
            }
        }
    }
    for (c, w) in widths.iter().enumerate() {
        ws.set_column_width(col(c), (*w).clamp(MIN_WIDTH, MAX_WIDTH) as f64)?;
    }
    // Rows of wrapped text get the height of their lines: not every
    // program fits a row to its wrapped text when it opens the file.
    for (r, row) in sheet.rows.iter().enumerate() {
        let lines = row
            .iter()
            .enumerate()
            .map(|(c, cell)| match cell {
                Cell::Text(s) => {
                    let w = widths
                        .get(c)
                        .map_or(MAX_WIDTH, |w| (*w).clamp(MIN_WIDTH, MAX_WIDTH));
                    wrapped_lines(s, w)
                }
                _ => 1,
            })
            .max()
            .unwrap_or(1);
        if lines > 1 {
            let r = u32::try_from(r + 1).unwrap_or(u32::MAX);
            ws.set_row_height(r, ROW_HEIGHT * lines as f64)?;
        }
    }
    ws.set_freeze_panes(1, 0)?;
    if !sheet.header.is_empty() {
        let last_row = u32::try_from(sheet.rows.len()).unwrap_or(u32::MAX);
        ws.autofilter(0, 0, last_row, col(sheet.header.len() - 1))?;
    }
    Ok(())
}

/// The height of one line of text in points (Calibri 11, Excel's default).
const ROW_HEIGHT: f64 = 15.0;

/// About how many lines `s` takes in a column `width` characters wide
/// (words wrap, so a line holds a little less than the width).
fn wrapped_lines(s: &str, width: usize) -> usize {
    let per_line = width.saturating_sub(2).max(1);
    s.lines()
        .map(|l| l.chars().count().div_ceil(per_line).max(1))
        .sum::<usize>()
        .max(1)
}

fn col(c: usize) -> u16 {
    u16::try_from(c).unwrap_or(u16::MAX)
}

/// The workbook of `sheets` (the first one's title as the document's
/// title), as the bytes of an `.xlsx` file.
pub fn workbook_bytes(sheets: &[Sheet], cat: &Catalog) -> std::io::Result<Vec<u8>> {
    let mut wb = Workbook::new();
    let created = ExcelDateTime::from_ymd(CREATED.0, CREATED.1, CREATED.2).map_err(xlsx_err)?;
    let mut props = DocProperties::new().set_creation_datetime(&created);
    if let Some(first) = sheets.first() {
        props = props.set_title(&first.title);
    }
    wb.set_properties(&props);
    for s in sheets {
        write_sheet(wb.add_worksheet(), s, cat.lang()).map_err(xlsx_err)?;
    }
    wb.save_to_buffer().map_err(xlsx_err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_text_counts_its_lines() {
        assert_eq!(wrapped_lines("", 60), 1);
        assert_eq!(wrapped_lines("short", 60), 1);
        assert_eq!(wrapped_lines(&"x".repeat(100), 60), 2);
        assert_eq!(wrapped_lines("a\nb\nc", 60), 3);
    }

    #[test]
    fn sheet_names_are_what_excel_accepts() {
        assert_eq!(sheet_name("a/b:c"), "a b c");
        assert_eq!(sheet_name(""), "Sheet");
        assert_eq!(sheet_name(&"x".repeat(40)).len(), 31);
    }

    #[test]
    fn the_same_sheet_gives_the_same_bytes() {
        let cat = Catalog::new(Lang::Nb);
        let s = Sheet {
            name: "T".into(),
            title: "T".into(),
            header: vec!["a".into(), "b".into()],
            rows: vec![vec![
                Cell::Text("=1+1".into()),
                Cell::Date("2021-10".parse().unwrap()),
            ]],
        };
        let a = workbook_bytes(std::slice::from_ref(&s), &cat).unwrap();
        let b = workbook_bytes(&[s], &cat).unwrap();
        assert_eq!(a, b);
    }

    #[test]
    fn text_that_looks_like_a_formula_is_written_as_text() {
        use calamine::{Data, Reader, Xlsx};
        let cat = Catalog::new(Lang::En);
        let s = Sheet {
            name: "T".into(),
            title: "T".into(),
            header: vec!["a".into()],
            rows: vec![vec![Cell::Text("=HYPERLINK(\"http://x\",\"y\")".into())]],
        };
        let bytes = workbook_bytes(&[s], &cat).unwrap();
        let mut wb: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
        let cells = wb.worksheet_range("T").unwrap();
        assert_eq!(
            cells.get((1, 0)),
            Some(&Data::String("=HYPERLINK(\"http://x\",\"y\")".into()))
        );
        let formulas = wb.worksheet_formula("T").unwrap();
        assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()));
    }
}
