//! The records of a delimited text, read as the `csv` crate reads them,
//! quickly: a line without a quote is split at its delimiters (most lines
//! of a register), and only a line with one is handed to a `csv` reader
//! (a quoted cell may hold delimiters and line breaks).
//!
//! The register path reads a million rows this way; `csv`'s byte-by-byte
//! state machine was a tenth of a keyed diff's time.

/// One record's cells: a line split at its delimiters, or a record the
/// `csv` reader read.
pub(crate) enum Cells<'r> {
    /// A line without a quote; `ends[i]` is where cell `i` ends in it.
    Split { line: &'r str, ends: &'r [usize] },
    /// A record read by `csv` (quoted cells, unquoted by it).
    Read(&'r csv::StringRecord),
}

impl Cells<'_> {
    /// How many cells the record has.
    pub(crate) fn len(&self) -> usize {
        match self {
            Cells::Split { ends, .. } => ends.len(),
            Cells::Read(rec) => rec.len(),
        }
    }

    /// Cell `i` as printed (untrimmed), if the record has it.
    pub(crate) fn get(&self, i: usize) -> Option<&str> {
        match *self {
            Cells::Split { line, ends } => {
                let end = *ends.get(i)?;
                let start = if i == 0 { 0 } else { ends[i - 1] + 1 };
                Some(&line[start..end])
            }
            Cells::Read(rec) => rec.get(i),
        }
    }

    /// The cells, in order, as printed.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &str> {
        (0..self.len()).filter_map(|i| self.get(i))
    }
}

/// The cells of `line` (without its line feed) split at `delimiter`, or
/// `None` when it holds a quote (only `csv` reads it rightly). `ends` is
/// the caller's, to fill.
pub(crate) fn split_line<'a>(
    line: &'a str,
    delimiter: u8,
    ends: &'a mut Vec<usize>,
) -> Option<Cells<'a>> {
    if memchr::memchr(b'"', line.as_bytes()).is_some() {
        return None;
    }
    Some(split_quote_free(line, delimiter, ends))
}

/// The cells of `line`, which holds no quote, split at `delimiter`.
fn split_quote_free<'a>(line: &'a str, delimiter: u8, ends: &'a mut Vec<usize>) -> Cells<'a> {
    ends.clear();
    // A plain loop, not `memchr`: a register's line is a few dozen bytes
    // between delimiters, too short for a vector search to pay for its
    // start (a third quicker over a million lines).
    for (i, &b) in line.as_bytes().iter().enumerate() {
        if b == delimiter {
            ends.push(i);
        }
    }
    ends.push(line.len());
    Cells::Split { line, ends }
}

/// One record: where its bytes lie in the text (from its first byte to
/// past its line feed), the line it starts on, and its cells.
pub(crate) struct Record<'r> {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) line: u32,
    pub(crate) cells: Cells<'r>,
}

/// Call `each` with every record of `text` (`\n` line endings) in order,
/// as a flexible `csv` reader without headers reads them with `delimiter`:
/// blank lines are passed over, and a record's line is that of its first
/// byte.
pub(crate) fn for_each_record(text: &str, delimiter: u8, mut each: impl FnMut(&Record<'_>)) {
    let bytes = text.as_bytes();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(std::io::Cursor::new(bytes));
    let mut rec = csv::StringRecord::new();
    let mut ends: Vec<usize> = Vec::new();
    let (mut at, mut line) = (0usize, 1u32);
    while at < bytes.len() {
        let rest = &bytes[at..];
        // The line's end, unless a quote comes first (one scan for both).
        let stop = memchr::memchr2(b'\n', b'"', rest).unwrap_or(rest.len());
        if stop == 0 && rest[0] == b'\n' {
            // A blank line: no record.
            at += 1;
            line += 1;
            continue;
        }
        if rest.get(stop) != Some(&b'"') {
            let end = (at + stop + 1).min(bytes.len());
            each(&Record {
                start: at,
                end,
                line,
                // Delimiters and line feeds are ASCII: the cuts fall
                // between characters.
                cells: split_quote_free(&text[at..at + stop], delimiter, &mut ends),
            });
            at = end;
            line += 1;
            continue;
        }
        let mut from = csv::Position::new();
        from.set_byte(at as u64);
        // A reader over a text in memory cannot fail to seek, and reads
        // valid UTF-8 (the cells are cut at ASCII bytes).
        if reader.seek(from).is_err() || !matches!(reader.read_record(&mut rec), Ok(true)) {
            break;
        }
        let end = (reader.position().byte() as usize).clamp(at + 1, bytes.len());
        each(&Record {
            start: at,
            end,
            line,
            cells: Cells::Read(&rec),
        });
        line += memchr::memchr_iter(b'\n', &bytes[at..end]).count() as u32;
        at = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the `csv` reader itself reads: each record's line and cells.
    fn by_csv(text: &str, delimiter: u8) -> Vec<(u32, Vec<String>)> {
        let mut rdr = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        let mut out = Vec::new();
        let mut rec = csv::StringRecord::new();
        while let Ok(true) = rdr.read_record(&mut rec) {
            let p = rec.position().expect("a record read has a position");
            let blank = text.as_bytes()[p.byte() as usize..]
                .iter()
                .take_while(|&&b| b == b'\n')
                .count();
            let cells = rec.iter().map(str::to_owned).collect();
            out.push((p.line() as u32 + blank as u32, cells));
        }
        out
    }

    fn by_split(text: &str, delimiter: u8) -> Vec<(u32, Vec<String>)> {
        let mut out = Vec::new();
        for_each_record(text, delimiter, |r| {
            out.push((r.line, r.cells.iter().map(str::to_owned).collect()));
        });
        out
    }

    #[test]
    fn quoted_cells_go_to_the_csv_reader() {
        let text = "a,b\n\n\"x,\ny\",z\n\nc,,\n\"\"\"q\"\"\"\nlast";
        assert_eq!(by_split(text, b','), by_csv(text, b','));
        let mut spans = Vec::new();
        for_each_record(text, b',', |r| spans.push(&text[r.start..r.end]));
        assert_eq!(
            spans,
            ["a,b\n", "\"x,\ny\",z\n", "c,,\n", "\"\"\"q\"\"\"\n", "last"]
        );
    }

    proptest::proptest! {
        /// Lines of cells with delimiters, quotes (closed or not), blank
        /// lines and spaces: the same records, cells and lines as `csv`.
        #[test]
        fn records_are_what_the_csv_reader_reads(
            text in "([ab; ,\"\n]|ø|\"x\ny\"){0,60}",
            semicolon in proptest::bool::ANY,
        ) {
            let delimiter = if semicolon { b';' } else { b',' };
            proptest::prop_assert_eq!(by_split(&text, delimiter), by_csv(&text, delimiter));
        }
    }
}
