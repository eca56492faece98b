//! The `table` layout: delimited text (tab, semicolon or comma, quoted or
//! not) with a header row naming the municipality columns, section-heading
//! rows (a name with every other cell empty) and data rows with `x` marks.
//!
//! Read with the `csv` crate in flexible mode; the delimiter is sniffed from
//! the first lines. Text before the header (a title, an introduction) and
//! lines without delimiters after it (notes) are skipped, each with a reason.

use std::collections::BTreeMap;

use super::{ParsedTable, RawRow};
use crate::error::{Issue, Location};
use crate::i18n::{Msg, Text};
use crate::model::{Municipality, Participation, SkippedLines};

/// Delimiters tried, in order of preference on a tie.
pub const DELIMITERS: [u8; 3] = [b'\t', b';', b','];

/// Lines read to sniff the delimiter: enough for a title page and an
/// introduction before the header, few enough that a huge file costs
/// nothing before it is rejected.
pub const SNIFF_LINES: usize = 400;

/// A record with the line it starts on.
struct Rec {
    line: u32,
    cells: Vec<String>,
    /// The cell of the key column (`--key`), taken out of `cells`.
    key: Option<String>,
}

/// What the header says about the columns.
#[derive(Debug, Clone)]
pub(crate) struct Header {
    /// Line of the header row.
    pub line: u32,
    /// The delimiter.
    pub delimiter: u8,
    /// Index of the form column, if any.
    form: Option<usize>,
    /// Indexes and names of the municipality (mark) columns.
    pub marks: Vec<(usize, Municipality)>,
    /// Index of the comment column, if any.
    comment: Option<usize>,
    width: usize,
    /// The key column's header (`--key`), read apart from the other cells.
    key: Option<String>,
}

/// The records of `text`. With `key`, the first record with a cell equal
/// to it (ignoring case) is the key column's header: from there on, that
/// column is taken out of every record into [`Rec::key`], so the rest of the
/// layout reads the table as if it had no key column.
fn read_records(text: &str, delimiter: u8, limit: Option<usize>, key: Option<&str>) -> Vec<Rec> {
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
    let mut out = Vec::new();
    let mut rec = csv::StringRecord::new();
    let mut key_at: Option<usize> = None;
    loop {
        if limit.is_some_and(|n| out.len() >= n) {
            break;
        }
        match rdr.read_record(&mut rec) {
            Ok(true) => {
                let mut cells: Vec<String> = rec.iter().map(|c| c.trim().to_owned()).collect();
                if key_at.is_none()
                    && let Some(k) = key
                {
                    key_at = cells
                        .iter()
                        .position(|c| c.to_lowercase() == k.to_lowercase());
                }
                let key = key_at
                    .filter(|&k| k < cells.len())
                    .map(|k| cells.remove(k))
                    .filter(|c| !c.is_empty());
                out.push(Rec {
                    line: rec.position().map_or(0, |p| line_of(p.byte())),
                    cells,
                    key,
                })
            }
            Ok(false) => break,
            // Text input cannot fail to decode (it is already UTF-8), so an
            // error here is an I/O impossibility; stop reading.
            Err(_) => break,
        }
    }
    out
}

fn is_mark(s: &str) -> bool {
    s.eq_ignore_ascii_case("x")
}

/// Find the header: the first record with at least three non-empty cells
/// followed by data rows in which one or more columns hold only marks.
pub(crate) fn find_header(text: &str) -> Option<Header> {
    find_header_keyed(text, None)
}

/// [`find_header`] of the table without its key column `key` (`--key`).
pub(crate) fn find_header_keyed(text: &str, key: Option<&str>) -> Option<Header> {
    let mut best: Option<(usize, Header)> = None;
    for d in DELIMITERS {
        let recs = read_records(text, d, Some(SNIFF_LINES), key);
        for (i, h) in recs.iter().enumerate() {
            if h.cells.iter().filter(|c| !c.is_empty()).count() < 3 {
                continue;
            }
            let data: Vec<&Rec> = recs[i + 1..]
                .iter()
                .filter(|r| r.cells.len() > 1 && r.cells.iter().skip(1).any(|c| !c.is_empty()))
                .collect();
            let marks: Vec<(usize, Municipality)> = (1..h.cells.len())
                .filter(|&c| !h.cells[c].is_empty())
                .filter(|&c| {
                    let col = || {
                        data.iter()
                            .map(|r| r.cells.get(c).map_or("", |s| s.as_str()))
                    };
                    col().any(is_mark) && col().all(|v| v.is_empty() || is_mark(v))
                })
                .map(|c| (c, Municipality(h.cells[c].clone())))
                .collect();
            if marks.is_empty() {
                continue;
            }
            let first = marks[0].0;
            let last = marks[marks.len() - 1].0;
            let header = Header {
                line: h.line,
                delimiter: d,
                form: (first > 1).then_some(1),
                comment: (last + 1 < h.cells.len()).then_some(last + 1),
                width: h.cells.len(),
                marks,
                key: key.map(str::to_owned),
            };
            let score = data.len();
            if best.as_ref().is_none_or(|(s, _)| score > *s) {
                best = Some((score, header));
            }
            break;
        }
    }
    best.map(|(_, h)| h)
}

/// Parse the whole table under `header`.
pub(crate) fn parse(path: &str, text: &str, header: &Header) -> ParsedTable {
    let recs = read_records(text, header.delimiter, None, header.key.as_deref());
    let mut skipped: BTreeMap<&str, Vec<u32>> = BTreeMap::new();
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    let mut category: Option<String> = None;
    for r in recs {
        let nonempty = r.cells.iter().filter(|c| !c.is_empty()).count();
        if r.line < header.line {
            skipped
                .entry("text before the table header")
                .or_default()
                .push(r.line);
            continue;
        }
        if r.line == header.line {
            skipped
                .entry("header row (municipality columns)")
                .or_default()
                .push(r.line);
            continue;
        }
        if nonempty == 0 {
            continue;
        }
        if r.cells.len() == 1 {
            skipped
                .entry("text without cells (a note or prose, not a table row)")
                .or_default()
                .push(r.line);
            continue;
        }
        if r.cells.len() > header.width && r.cells[header.width..].iter().any(|c| !c.is_empty()) {
            problems.push(Issue::new(
                Location::new(path, r.line as usize, 1),
                Text::new(
                    Msg::ImportTooManyCells,
                    vec![
                        ("cells", r.cells.len().into()),
                        ("header", header.line.into()),
                        ("width", header.width.into()),
                    ],
                ),
            ));
            skipped
                .entry("row with too many cells (reported as a problem)")
                .or_default()
                .push(r.line);
            continue;
        }
        let cell = |i: usize| r.cells.get(i).map_or("", |s| s.as_str());
        if cell(0).is_empty() {
            problems.push(Issue::new(
                Location::new(path, r.line as usize, 1),
                Msg::ImportRowNoName,
            ));
            skipped
                .entry("row without a name (reported as a problem)")
                .or_default()
                .push(r.line);
            continue;
        }
        if nonempty == 1 {
            category = Some(cell(0).to_owned());
            skipped
                .entry("section heading (category of the rows below)")
                .or_default()
                .push(r.line);
            continue;
        }
        let mut participation = BTreeMap::new();
        for (i, m) in &header.marks {
            let v = cell(*i);
            let p = if is_mark(v) {
                Participation::Yes
            } else if v.is_empty() {
                Participation::No
            } else {
                problems.push(Issue::new(
                    Location::new(path, r.line as usize, 1),
                    Text::new(
                        Msg::ImportBadCell,
                        vec![("value", v.into()), ("column", m.as_str().into())],
                    ),
                ));
                Participation::Unknown
            };
            participation.insert(m.clone(), p);
        }
        let opt = |i: Option<usize>| i.map(cell).filter(|s| !s.is_empty()).map(str::to_owned);
        if header.key.is_some() && r.key.is_none() {
            problems.push(Issue::new(
                Location::new(path, r.line as usize, 1),
                Text::new(
                    Msg::ImportRowNoKey,
                    vec![("column", header.key.as_deref().unwrap_or("").into())],
                ),
            ));
            skipped
                .entry("row without a key (reported as a problem)")
                .or_default()
                .push(r.line);
            continue;
        }
        rows.push(RawRow {
            key: r.key,
            lines: vec![r.line],
            name: cell(0).to_owned(),
            name_line: r.line,
            category: category.clone(),
            form: opt(header.form),
            comment: opt(header.comment),
            participation,
            notes: vec![],
        });
    }
    ParsedTable {
        rows,
        skipped: skipped
            .into_iter()
            .map(|(reason, lines)| SkippedLines {
                lines,
                reason: reason.to_owned(),
            })
            .collect(),
        problems,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn semicolon_quoted_with_prose() {
        let text = "Title, with a comma\n\n\"Område\";\"Form\";\"A\";\"B\";\"Merknad\"\n\"Politikk\";;;;\n\"Råd\";\"Avtale\";\"x\";\"\";\"Med fylket; og flere\"\n\"Nett\";Uformelt;X;x;\nA closing note\n";
        let h = find_header(text).unwrap();
        assert_eq!(h.delimiter, b';');
        assert_eq!(h.line, 3);
        let t = parse("f", text, &h);
        assert_eq!(t.rows.len(), 2);
        let r = &t.rows[0];
        assert_eq!(r.name, "Råd");
        assert_eq!(r.category.as_deref(), Some("Politikk"));
        assert_eq!(r.comment.as_deref(), Some("Med fylket; og flere"));
        assert_eq!(r.participation[&Municipality::from("B")], Participation::No);
        assert_eq!(
            t.rows[1].participation[&Municipality::from("A")],
            Participation::Yes
        );
        assert!(t.problems.is_empty());
    }

    #[test]
    fn too_many_cells_is_reported_by_line() {
        let text = "N\tF\tA\tB\tK\nRow\tAvtale\tx\tx\tc\nBad\tAvtale\tx\tx\tc\textra\n";
        let h = find_header(text).unwrap();
        let t = parse("f", text, &h);
        assert_eq!(t.rows.len(), 1);
        assert_eq!(t.problems.len(), 1);
        assert!(
            t.problems[0]
                .to_string()
                .starts_with("f:3:1: row has 6 cells")
        );
    }
}
