//! Plain-text tables with aligned columns and optional section rows.

use anstyle::Style;
use std::io::{self, Write};

/// Columns wider than this are not padded further, so one long name does
/// not push every other column off the screen.
pub const MAX_COLUMN_WIDTH: usize = 60;

enum Row {
    Cells(Vec<String>),
    Section(String),
}

/// A text table: a header, rows, and section headings spanning the width.
pub struct Table {
    header: Vec<String>,
    rows: Vec<Row>,
}

impl Table {
    /// A table with these column headings.
    pub fn new<const N: usize>(header: [&str; N]) -> Self {
        Self::with_header(header.iter().map(|h| h.to_string()).collect())
    }

    /// A table with headings computed at run time.
    pub fn with_header(header: Vec<String>) -> Self {
        Self {
            header,
            rows: Vec::new(),
        }
    }

    /// Add a row of cells (missing cells are empty).
    /// A cell's line breaks are folded (see [`super::one_line`]): a row is
    /// one line.
    pub fn row<I: IntoIterator<Item = String>>(&mut self, cells: I) {
        let cells = cells.into_iter().map(|c| match super::one_line(&c) {
            std::borrow::Cow::Borrowed(_) => c,
            std::borrow::Cow::Owned(folded) => folded,
        });
        self.rows.push(Row::Cells(cells.collect()));
    }

    /// Add a section heading row.
    pub fn section(&mut self, title: &str) {
        self.rows.push(Row::Section(title.to_owned()));
    }

    /// Write the table; headings and sections in `heading` style.
    pub fn write(&self, out: &mut dyn Write, heading: Style) -> io::Result<()> {
        let n = self.header.len();
        let mut widths: Vec<usize> = self.header.iter().map(|h| h.chars().count()).collect();
        for r in &self.rows {
            if let Row::Cells(cells) = r {
                for (i, c) in cells.iter().enumerate().take(n) {
                    widths[i] = widths[i].max(c.chars().count().min(MAX_COLUMN_WIDTH));
                }
            }
        }
        let line = |cells: &[String]| -> String {
            let mut s = String::new();
            for (i, width) in widths.iter().enumerate() {
                let c = cells.get(i).map(String::as_str).unwrap_or("");
                if i + 1 == n {
                    s.push_str(c);
                } else {
                    s.push_str(c);
                    let pad = width.saturating_sub(c.chars().count()) + 2;
                    s.extend(std::iter::repeat_n(' ', pad));
                }
            }
            s.trim_end().to_owned()
        };
        writeln!(out, "{heading}{}{heading:#}", line(&self.header))?;
        for r in &self.rows {
            match r {
                Row::Cells(cells) => writeln!(out, "{}", line(cells))?,
                Row::Section(t) => writeln!(out, "{heading}{t}{heading:#}")?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligns_by_characters() {
        let mut t = Table::new(["a", "bb", "c"]);
        t.row(["Øyer".to_owned(), "x".to_owned(), "end".to_owned()]);
        t.section("Section");
        t.row(["L".to_owned(), "".to_owned(), "z".to_owned()]);
        let mut out = Vec::new();
        t.write(&mut out, Style::new()).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "a     bb  c\nØyer  x   end\nSection\nL         z\n"
        );
    }
}
