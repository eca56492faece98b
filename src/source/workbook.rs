//! Workbooks (`.xlsx`, `.xlsm`, `.xls`, `.ods`) read with `calamine` into
//! rows of text cells.
//!
//! How cells are read:
//! - a formula cell gives the value the workbook cached when it was last
//!   saved (what the user saw), never the formula;
//! - a merged area's value belongs to its top-left cell: the other cells of
//!   the area read as empty, and the areas are returned so that the reader
//!   can say where a merge spans several table rows;
//! - a cell formatted as a date gives `YYYY-MM-DD` (`YYYY-MM-DD HH:MM` with
//!   a time of day); a whole number prints without a decimal point;
//! - rows are numbered as the spreadsheet numbers them (1-based), columns
//!   from `A`, so `Sheet!B7` in a message is the cell the user opens.

use std::io::Cursor;

use calamine::{Data, Reader, Sheets, open_workbook_auto_from_rs};

/// One worksheet as rows of text cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    /// The sheet's name.
    pub name: String,
    /// Rows with at least one non-empty cell, in order; `cells[0]` is column A.
    pub rows: Vec<SheetRow>,
    /// Merged areas, `((row, col), (row, col))`, 1-based and inclusive.
    pub merged: Vec<((u32, u32), (u32, u32))>,
}

/// One row of a sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetRow {
    /// The spreadsheet's row number (1-based).
    pub row: u32,
    /// Cell texts from column A, trimmed; trailing empty cells dropped.
    pub cells: Vec<String>,
}

/// Why a workbook could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WorkbookError {
    /// The workbook is encrypted (password to open).
    Encrypted,
    /// The reader failed; its message.
    Corrupt(String),
}

/// The `zip` signature (xlsx, xlsm, ods, docx).
const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
/// The OLE compound-file signature (xls, and encrypted OOXML workbooks).
const CFB_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// Whether `bytes` are a container a workbook comes in (zip or OLE).
pub fn is_container(bytes: &[u8]) -> bool {
    bytes.starts_with(ZIP_MAGIC) || bytes.starts_with(CFB_MAGIC)
}

/// Whether an OLE compound file holds an encrypted OOXML package: Office
/// stores a password-protected `.xlsx` as a compound file with the streams
/// `EncryptionInfo` and `EncryptedPackage` (MS-OFFCRYPTO 2.3.4).
fn is_encrypted_ooxml(bytes: &[u8]) -> bool {
    let name: Vec<u8> = "EncryptedPackage"
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect();
    bytes.starts_with(CFB_MAGIC) && bytes.windows(name.len()).any(|w| w == name.as_slice())
}

/// Read every sheet of the workbook in `bytes`.
pub fn read_workbook(bytes: &[u8]) -> Result<Vec<Sheet>, WorkbookError> {
    if is_encrypted_ooxml(bytes) {
        return Err(WorkbookError::Encrypted);
    }
    let mut book = open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(classify)?;
    let mut out = Vec::new();
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).map_err(classify)?;
        let merged = merged_areas(&mut book, &name);
        let mut rows = Vec::new();
        if let (Some(start), Some(_)) = (range.start(), range.end()) {
            for (i, r) in range.rows().enumerate() {
                let mut cells: Vec<String> = vec![String::new(); start.1 as usize];
                cells.extend(r.iter().map(cell_text));
                while cells.last().is_some_and(|c| c.is_empty()) {
                    cells.pop();
                }
                if !cells.is_empty() {
                    rows.push(SheetRow {
                        row: start.0 + i as u32 + 1,
                        cells,
                    });
                }
            }
        }
        out.push(Sheet { name, rows, merged });
    }
    Ok(out)
}

#[allow(deprecated)]
fn merged_areas(book: &mut Sheets<Cursor<&[u8]>>, name: &str) -> Vec<((u32, u32), (u32, u32))> {
    let dims = match book {
        Sheets::Xlsx(x) => x.merge_cells_by_sheet_name(name).unwrap_or_default(),
        Sheets::Xls(x) => x.merge_cells_by_sheet_name(name).unwrap_or_default(),
        _ => Vec::new(),
    };
    let mut v: Vec<_> = dims
        .into_iter()
        .map(|d| ((d.start.0 + 1, d.start.1 + 1), (d.end.0 + 1, d.end.1 + 1)))
        .collect();
    v.sort();
    v
}

fn classify(e: calamine::Error) -> WorkbookError {
    let msg = e.to_string();
    let encrypted = matches!(
        e,
        calamine::Error::Xls(calamine::XlsError::Password)
            | calamine::Error::Ods(calamine::OdsError::Password)
    ) || msg.to_lowercase().contains("password");
    if encrypted {
        WorkbookError::Encrypted
    } else {
        WorkbookError::Corrupt(msg.to_lowercase())
    }
}

/// The text of one cell, as described in the module docs.
fn cell_text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.trim().to_owned(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, m, d, h, min, _, _) = dt.to_ymd_hms_milli();
            if h == 0 && min == 0 {
                format!("{y:04}-{m:02}-{d:02}")
            } else {
                format!("{y:04}-{m:02}-{d:02} {h:02}:{min:02}")
            }
        }
        Data::DateTime(dt) => dt.as_f64().to_string(),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => format!("#{e:?}"),
    }
}

/// A cell's name as the spreadsheet shows it: `(7, 2)` is `B7`.
pub fn cell_name(row: u32, col: u32) -> String {
    let mut letters = Vec::new();
    let mut c = col;
    while c > 0 {
        let r = (c - 1) % 26;
        letters.push(b'A' + r as u8);
        c = (c - 1) / 26;
    }
    letters.reverse();
    format!("{}{row}", String::from_utf8_lossy(&letters))
}

/// The text lines a citation into sheet `name` of a workbook points at:
/// line *n* is row *n*, its non-empty cells joined by tabs (empty rows
/// give empty lines), so row numbers and line numbers agree.
pub fn sheet_lines(sheet: &Sheet) -> Vec<String> {
    let last = sheet.rows.last().map_or(0, |r| r.row) as usize;
    let mut lines = vec![String::new(); last];
    for r in &sheet.rows {
        lines[r.row as usize - 1] = r.cells.join("\t");
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_names() {
        assert_eq!(cell_name(7, 2), "B7");
        assert_eq!(cell_name(1, 26), "Z1");
        assert_eq!(cell_name(3, 27), "AA3");
        assert_eq!(cell_name(1, 703), "AAA1");
    }

    #[test]
    fn garbage_is_corrupt_not_a_panic() {
        let bytes = b"PK\x03\x04 this is not a zip archive at all";
        assert!(matches!(
            read_workbook(bytes),
            Err(WorkbookError::Corrupt(_))
        ));
    }
}
