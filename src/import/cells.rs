//! Read cells, any shape: a text source becomes one grid per delimiter
//! (the header finder keeps the one whose header it recognises), a
//! workbook one grid per sheet. A grid row keeps the line (or spreadsheet
//! row) it starts on, so every message and citation points at the source.

use crate::source::{Sheet, TextEncoding};

/// Delimiters tried for text, in order of preference on a tie.
pub const DELIMITERS: [u8; 3] = [b'\t', b';', b','];

/// One row of cells.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    /// The line (text) or spreadsheet row (workbook) it starts on, 1-based.
    pub line: u32,
    /// The line it ends on: a quoted cell of delimited text may hold line
    /// breaks, and a citation names every line the row is printed on.
    pub last_line: u32,
    /// Cell texts, trimmed.
    pub cells: Vec<String>,
    /// Prose, not a table row: a line of delimited text without any
    /// delimiter, or a Word paragraph outside a table.
    pub prose: bool,
}

impl Row {
    /// The cell at `i`, or empty.
    pub fn cell(&self, i: usize) -> &str {
        self.cells.get(i).map_or("", String::as_str)
    }

    /// How many cells hold text.
    pub fn filled(&self) -> usize {
        self.cells.iter().filter(|c| !c.is_empty()).count()
    }
}

/// Where a grid's cells come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum GridSource {
    /// Delimited text.
    Text {
        /// The delimiter.
        delimiter: u8,
        /// The encoding the text was read in.
        encoding: TextEncoding,
    },
    /// The body of a Word document: paragraphs and table rows, in order.
    Word,
    /// One sheet of a workbook.
    Sheet {
        /// The sheet's name.
        name: String,
        /// Merged areas, 1-based inclusive `((row, col), (row, col))`.
        merged: Vec<((u32, u32), (u32, u32))>,
    },
}

/// Rows of cells from one reading of the source.
#[derive(Debug, Clone)]
pub(crate) struct Grid {
    pub rows: Vec<Row>,
    pub source: GridSource,
}

impl Grid {
    /// The sheet's name, for a workbook.
    pub fn sheet(&self) -> Option<&str> {
        match &self.source {
            GridSource::Sheet { name, .. } => Some(name),
            GridSource::Text { .. } | GridSource::Word => None,
        }
    }

    /// A location in this grid: `path:line:1` for text (the column of a
    /// cell in delimited text is not worth the bookkeeping), or
    /// `path:Sheet!B7` for a cell of a sheet (`col` is 0-based).
    pub fn location(&self, path: &str, line: u32, col: usize) -> crate::error::Location {
        match self.sheet() {
            Some(s) => crate::error::Location::cell(path, s, line as usize, col + 1),
            None if self.source == GridSource::Word => {
                crate::error::Location::new(path, line as usize, col + 1)
            }
            None => crate::error::Location::new(path, line as usize, 1),
        }
    }
}

/// A grid of `text` (already decoded, `\n` line endings) split at `delimiter`,
/// quoted cells with embedded delimiters and newlines read with `csv`.
pub(crate) fn text_grid(text: &str, delimiter: u8, encoding: TextEncoding) -> Grid {
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    // csv's line counter skips blank lines, so lines come from byte offsets.
    let starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let bytes = text.as_bytes();
    let line_of = |byte: u64| {
        // A record's position may point at the blank lines skipped before it.
        let mut b = byte as usize;
        while bytes.get(b) == Some(&b'\n') {
            b += 1;
        }
        starts.partition_point(|&s| s <= b) as u32
    };
    let mut rows = Vec::new();
    let mut rec = csv::StringRecord::new();
    // Text input cannot fail to decode (it is already UTF-8), so an error
    // here is an I/O impossibility; reading stops.
    while let Ok(true) = rdr.read_record(&mut rec) {
        let line = rec.position().map_or(0, |p| line_of(p.byte()));
        // The record's own bytes, without the line break that ends it.
        let start = rec.position().map_or(0, |p| p.byte() as usize);
        let end = (rdr.position().byte() as usize).clamp(start, bytes.len());
        let breaks = text[start..end]
            .trim_end_matches(['\n', '\r'])
            .trim_start_matches('\n')
            .matches('\n')
            .count();
        rows.push(Row {
            line,
            last_line: line + breaks as u32,
            cells: rec.iter().map(|c| c.trim().to_owned()).collect(),
            prose: rec.len() == 1,
        });
    }
    Grid {
        rows,
        source: GridSource::Text {
            delimiter,
            encoding,
        },
    }
}

/// The grid of one sheet.
pub(crate) fn sheet_grid(sheet: &Sheet) -> Grid {
    Grid {
        rows: sheet
            .rows
            .iter()
            .map(|r| Row {
                line: r.row,
                last_line: r.row,
                cells: r.cells.clone(),
                prose: false,
            })
            .collect(),
        source: GridSource::Sheet {
            name: sheet.name.clone(),
            merged: sheet.merged.clone(),
        },
    }
}

/// The grid of a Word document's body: block *n* is row *n*.
pub(crate) fn word_grid(blocks: &[crate::source::docx::Block]) -> Grid {
    Grid {
        rows: blocks
            .iter()
            .enumerate()
            .map(|(i, b)| Row {
                line: i as u32 + 1,
                last_line: i as u32 + 1,
                cells: b.cells.iter().map(|c| c.trim().to_owned()).collect(),
                prose: b.paragraph,
            })
            .collect(),
        source: GridSource::Word,
    }
}
