//! The `pdf-text` layout: a table flattened by PDF extraction.
//!
//! The extraction loses the header row and the cell borders. What survives,
//! and what this parser relies on:
//! - every cell is written followed by one space, so an empty cell between
//!   the form, the marks and the comment shows as one extra space;
//! - rows wrap over lines; a blank line usually separates rows, but a row's
//!   cells may also be spread over lines separated by blank lines;
//! - section headings carry their empty cells as a run of trailing spaces or
//!   as a whitespace-only line after them.
//!
//! Each line is cut into pieces (name text, a known legal form, a run of `x`
//! marks, comment text), and rows are assembled from the pieces by a small
//! grammar: name, form, marks, comment, in that order. A mark's column is
//! decided only where the spacing on its own line proves it (see
//! [`mark_columns`]); elsewhere the participation stays unknown.

use std::collections::BTreeMap;

use super::forms::{MAX_FORM_WORDS, is_known_form};
use super::pdf_columns::{InferredColumns, find_listing, infer};
use super::pdf_marks::{LeftAnchor, MarkRun, mark_columns};
use super::{ParsedTable, RawRow};
use crate::error::{Issue, Location};
use crate::i18n::{Msg, Text};
use crate::model::{CuratorNote, Municipality, Participation, SkippedLines};

/// Trailing spaces (or spaces on the whitespace-only line after it) that
/// mark a text-only line as a section heading: a heading row has at least
/// five empty cells (form, three or more municipalities, comment), and the
/// extraction prints them as four or more spaces, while prose and wrapped
/// names end with at most three.
pub const HEADING_MIN_SPACES: usize = 4;

/// One whitespace-separated word of a line, with its byte span.
#[derive(Debug, Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
}

/// One content line cut into pieces.
#[derive(Debug, Clone)]
struct Line {
    no: u32,
    lead: Option<String>,
    form: Option<String>,
    marks: Option<MarkRun>,
    trail: Option<String>,
    /// At least one blank line separates it from the previous content line.
    blank_before: bool,
    /// Looks like a section heading (text only, with a run of empty cells).
    heading: bool,
}

impl Line {
    fn text_only(&self) -> bool {
        self.form.is_none() && self.marks.is_none()
    }
}

fn spaces(s: &str) -> usize {
    s.chars().count()
}

fn tokens(line: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in line.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push(Tok { start: s, end: i });
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Tok {
            start: s,
            end: line.len(),
        });
    }
    out
}

fn is_mark(s: &str) -> bool {
    s == "x" || s == "X"
}

/// Cut one line into its pieces.
fn cut_line(no: u32, text: &str) -> Line {
    let toks = tokens(text);
    let gap = |a: usize, b: usize| spaces(&text[toks[a].end..toks[b].start]);
    let span = |a: usize, b: usize| text[toks[a].start..toks[b - 1].end].to_owned();
    let first_mark = toks.iter().position(|t| is_mark(&text[t.start..t.end]));
    let pre_end = first_mark.unwrap_or(toks.len());
    // The form: a known spelling ending right before the marks, at the end of
    // the line, or before a gap of empty cells; the longest spelling wins.
    let mut form: Option<(usize, usize)> = None;
    let form_at = |e: usize| -> Option<(usize, usize)> {
        (1..=MAX_FORM_WORDS.min(e))
            .rev()
            .map(|k| (e - k, e))
            .find(|&(b, e)| is_known_form(&text[toks[b].start..toks[e - 1].end]))
    };
    if pre_end > 0 {
        if first_mark.is_some() || pre_end == toks.len() {
            form = form_at(pre_end);
        }
        if form.is_none() && first_mark.is_none() {
            form = (1..toks.len())
                .filter(|&e| gap(e - 1, e) >= 2)
                .find_map(|e| form_at(e).filter(|&(_, fe)| fe == e));
        }
    }
    let (lead_end, after_form) = match form {
        Some((b, e)) => (b, e),
        None => (pre_end, pre_end),
    };
    let lead = (lead_end > 0).then(|| span(0, lead_end));
    let form_text = form.map(|(b, e)| span(b, e));
    let mut marks = None;
    let mut trail = None;
    if let Some(m0) = first_mark {
        let mut m1 = m0 + 1;
        while m1 < toks.len() && is_mark(&text[toks[m1].start..toks[m1].end]) {
            m1 += 1;
        }
        let mut offsets = vec![0];
        for i in m0 + 1..m1 {
            let last = *offsets.last().unwrap_or(&0);
            offsets.push(last + gap(i - 1, i));
        }
        let left = if m0 == 0 {
            LeftAnchor::None
        } else if form.is_some() {
            LeftAnchor::Form(gap(m0 - 1, m0))
        } else {
            LeftAnchor::Name(gap(m0 - 1, m0))
        };
        let right = (m1 < toks.len()).then(|| gap(m1 - 1, m1));
        if m1 < toks.len() {
            trail = Some(span(m1, toks.len()));
        }
        marks = Some(MarkRun {
            line: no,
            offsets,
            left,
            right,
        });
    } else if after_form < toks.len() && form.is_some() {
        trail = Some(span(after_form, toks.len()));
    }
    Line {
        no,
        lead,
        form: form_text,
        marks,
        trail,
        blank_before: false,
        heading: false,
    }
}

/// A row being assembled.
#[derive(Debug, Default)]
struct Row {
    lines: Vec<u32>,
    name: Vec<String>,
    name_line: u32,
    form: Option<String>,
    runs: Vec<MarkRun>,
    comment: Vec<String>,
    category: Option<String>,
}

/// What the importer knows of the municipality columns.
#[derive(Debug, Clone, Copy)]
pub(crate) enum ColumnSource<'a> {
    /// The order, from the command line (`--columns`).
    Given(&'a [Municipality]),
    /// Infer them from the document ([`super::pdf_columns`]).
    Infer,
}

/// How decided columns map to municipalities.
enum ColumnMap<'a> {
    Order(&'a [Municipality]),
    Groups(&'a InferredColumns),
    Unknown,
}

impl ColumnMap<'_> {
    fn width(&self) -> Option<usize> {
        match self {
            ColumnMap::Order(c) => Some(c.len()),
            ColumnMap::Groups(g) => Some(g.width()),
            ColumnMap::Unknown => None,
        }
    }

    fn municipalities(&self) -> Vec<Municipality> {
        match self {
            ColumnMap::Order(c) => c.to_vec(),
            ColumnMap::Groups(g) => g.listed.clone(),
            ColumnMap::Unknown => vec![],
        }
    }

    fn assign(&self, decided: &[Participation]) -> BTreeMap<Municipality, Participation> {
        match self {
            ColumnMap::Order(c) => c.iter().cloned().zip(decided.iter().copied()).collect(),
            ColumnMap::Groups(g) => g.assign(decided),
            ColumnMap::Unknown => BTreeMap::new(),
        }
    }
}

/// Parse `lines` (the whole document), with the columns given or inferred
/// from the document; the inference, when one was made, comes back with the
/// table. Without columns (given as none, or none inferred) every
/// participation is left out: the draft says the order is unknown.
pub(crate) fn parse_with(
    path: &str,
    lines: &[String],
    source: ColumnSource<'_>,
) -> Result<(ParsedTable, Option<InferredColumns>), Issue> {
    // Content lines cut into pieces, with blank-line and heading context.
    let mut content: Vec<Line> = Vec::new();
    let mut blank_since = false;
    let mut ws_after: Vec<usize> = Vec::new();
    for (i, raw) in lines.iter().enumerate() {
        if raw.trim().is_empty() {
            blank_since = true;
            if let Some(w) = ws_after.last_mut() {
                *w = (*w).max(spaces(raw));
            }
            continue;
        }
        let mut l = cut_line(i as u32 + 1, raw);
        l.blank_before = blank_since && !content.is_empty();
        blank_since = false;
        let trailing = spaces(&raw[raw.trim_end().len()..]);
        ws_after.push(0);
        l.heading = l.text_only() && trailing >= HEADING_MIN_SPACES;
        content.push(l);
    }
    for (l, w) in content.iter_mut().zip(&ws_after) {
        if l.text_only() && *w >= HEADING_MIN_SPACES {
            l.heading = true;
        }
    }
    let Some(start) = content.iter().position(|l| l.marks.is_some()) else {
        let line = lines
            .iter()
            .position(|l| !l.trim().is_empty())
            .map_or(1, |i| i + 1);
        return Err(Issue::new(
            Location::new(path, line, 1),
            Msg::ImportNoTableRow,
        ));
    };
    // Lines before the first marked row are text, except the first row's
    // own name and form lines, which the assembly takes back below.
    for l in content.iter_mut().take(start) {
        if !l.text_only() {
            let mut text = l.lead.take().unwrap_or_default();
            for extra in [l.form.take(), l.trail.take()].into_iter().flatten() {
                if !text.is_empty() {
                    text.push(' ');
                }
                text.push_str(&extra);
            }
            l.lead = Some(text);
            l.heading = false;
        }
    }

    let mut a = Assembler {
        path,
        rows: Vec::new(),
        cur: None,
        pending: Vec::new(),
        category: None,
        skipped: BTreeMap::new(),
        problems: Vec::new(),
    };
    for l in content {
        if l.text_only() {
            a.pending.push(l);
        } else {
            a.feed(l);
        }
    }
    a.finish();

    let mut problems = a.problems;
    let inferred = match source {
        ColumnSource::Given(_) => None,
        ColumnSource::Infer => infer_columns(lines, &a.rows),
    };
    let map = match (source, &inferred) {
        (ColumnSource::Given([]), _) => ColumnMap::Unknown,
        (ColumnSource::Given(c), _) => ColumnMap::Order(c),
        (ColumnSource::Infer, Some(g)) => ColumnMap::Groups(g),
        (ColumnSource::Infer, None) => ColumnMap::Unknown,
    };
    let mut rows = Vec::new();
    for r in a.rows {
        let (participation, notes) = participation(&r, &map, path, &mut problems);
        rows.push(RawRow {
            lines: r.lines,
            name: r.name.join(" "),
            name_line: r.name_line,
            category: r.category,
            form: r.form,
            comment: (!r.comment.is_empty()).then(|| r.comment.join(" ")),
            host: None,
            status: None,
            key: None,
            participation,
            notes,
        });
    }
    let table = ParsedTable {
        rows,
        skipped: a
            .skipped
            .into_iter()
            .map(|(reason, lines)| SkippedLines { lines, reason })
            .collect(),
        problems,
        errors: vec![],
    };
    Ok((table, inferred))
}

/// Marks printed in a row.
fn mark_count(r: &Row) -> usize {
    r.runs.iter().map(|m| m.offsets.len()).sum()
}

/// The columns from the document: as many as the fullest row has marks,
/// named by a listing sentence, placed by rows that name their members.
fn infer_columns(lines: &[String], rows: &[Row]) -> Option<InferredColumns> {
    let n = rows.iter().map(mark_count).max()?;
    let (line, listed) = find_listing(lines, n)?;
    let evidence: Vec<(String, u32, Vec<Participation>)> = rows
        .iter()
        .filter_map(|r| {
            let decided = mark_columns(&r.runs, n)?;
            Some((r.name.join(" "), r.name_line, decided))
        })
        .collect();
    Some(infer(line, listed, &evidence))
}

struct Assembler<'a> {
    path: &'a str,
    rows: Vec<Row>,
    cur: Option<Row>,
    pending: Vec<Line>,
    category: Option<String>,
    skipped: BTreeMap<String, Vec<u32>>,
    problems: Vec<Issue>,
}

/// Reasons for skipped lines.
const BEFORE_TABLE: &str = "text before the table";
const AFTER_TABLE: &str = "text after the table";
const HEADING: &str = "section heading (category of the rows below)";
const STRAY: &str = "text between rows that fits no cell (reported as a problem)";

impl Assembler<'_> {
    fn skip(&mut self, reason: &str, lines: impl IntoIterator<Item = u32>) {
        self.skipped
            .entry(reason.to_owned())
            .or_default()
            .extend(lines);
    }

    /// Split the pending text lines into blocks: runs of consecutive lines,
    /// with every heading a block of its own.
    fn take_blocks(&mut self) -> Vec<Vec<Line>> {
        let mut blocks: Vec<Vec<Line>> = Vec::new();
        let mut prev_heading = false;
        for l in std::mem::take(&mut self.pending) {
            let new_block = blocks.is_empty() || l.blank_before || l.heading || prev_heading;
            prev_heading = l.heading;
            if new_block {
                blocks.push(vec![l]);
            } else if let Some(b) = blocks.last_mut() {
                b.push(l);
            }
        }
        blocks
    }

    /// Whether the current row can still take comment text from `block`.
    fn comment_open(&self, block: &[Line]) -> bool {
        match &self.cur {
            Some(r) => !block[0].heading && (r.comment.is_empty() || !block[0].blank_before),
            None => false,
        }
    }

    /// Hand out pending blocks (other than a new row's name): the first may
    /// continue the current row's comment, headings set the category, and
    /// anything else is reported.
    fn settle(&mut self, blocks: Vec<Vec<Line>>, at_end: bool) {
        for (i, block) in blocks.into_iter().enumerate() {
            if i == 0 && self.comment_open(&block) {
                if let Some(r) = self.cur.as_mut() {
                    for l in block {
                        r.lines.push(l.no);
                        r.comment.extend(l.lead);
                    }
                }
                continue;
            }
            let nos: Vec<u32> = block.iter().map(|l| l.no).collect();
            if block[0].heading && !at_end {
                self.category = block[0].lead.clone();
                self.skip(HEADING, nos);
            } else if self.cur.is_none() && self.rows.is_empty() {
                self.skip(BEFORE_TABLE, nos);
            } else if at_end {
                self.skip(AFTER_TABLE, nos);
            } else {
                for l in &block {
                    self.problems.push(Issue::new(
                        Location::new(self.path, l.no as usize, 1),
                        Text::new(
                            Msg::ImportStrayText,
                            vec![("text", l.lead.as_deref().unwrap_or_default().into())],
                        ),
                    ));
                }
                self.skip(STRAY, nos);
            }
        }
    }

    fn finish_row(&mut self) {
        if let Some(r) = self.cur.take() {
            self.rows.push(r);
        }
    }

    fn feed(&mut self, l: Line) {
        let lead_less = l.lead.is_none();
        let pending_empty = self.pending.is_empty();
        let cont = match &self.cur {
            Some(r) if lead_less && r.comment.is_empty() && pending_empty => {
                if l.form.is_some() {
                    // A form on the line after a form: the first was part of the name.
                    r.runs.is_empty() && r.form.is_some()
                } else {
                    true
                }
            }
            _ => false,
        };
        if cont {
            let Some(r) = self.cur.as_mut() else { return };
            if let Some(f) = l.form {
                if let Some(old) = r.form.take() {
                    r.name.push(old);
                }
                r.form = Some(f);
            }
            r.lines.push(l.no);
            r.runs.extend(l.marks);
            r.comment.extend(l.trail);
            return;
        }
        let mut blocks = self.take_blocks();
        let consecutive_name = blocks
            .last()
            .is_some_and(|b| !b[0].heading && !l.blank_before)
            && !(blocks.len() == 1 && self.comment_open(&blocks[0]));
        let name_block = if lead_less || consecutive_name {
            blocks.pop()
        } else {
            None
        };
        self.settle(blocks, false);
        self.finish_row();
        let mut row = Row {
            category: self.category.clone(),
            ..Row::default()
        };
        for nl in name_block.into_iter().flatten() {
            row.lines.push(nl.no);
            if row.name_line == 0 {
                row.name_line = nl.no;
            }
            row.name.extend(nl.lead);
        }
        row.lines.push(l.no);
        if row.name_line == 0 {
            row.name_line = l.no;
        }
        row.name.extend(l.lead);
        if row.name.is_empty() {
            self.problems.push(Issue::new(
                Location::new(self.path, l.no as usize, 1),
                Msg::ImportRowWithoutName,
            ));
            self.skip(STRAY, [l.no]);
            return;
        }
        row.form = l.form;
        row.runs.extend(l.marks);
        row.comment.extend(l.trail);
        self.cur = Some(row);
    }

    fn finish(&mut self) {
        let blocks = self.take_blocks();
        self.settle(blocks, true);
        self.finish_row();
    }
}

/// Participation of a row from its mark runs, with a note saying how it was
/// decided when fewer marks than columns are printed.
fn participation(
    r: &Row,
    map: &ColumnMap<'_>,
    path: &str,
    problems: &mut Vec<Issue>,
) -> (BTreeMap<Municipality, Participation>, Vec<CuratorNote>) {
    let mut out = BTreeMap::new();
    let mut notes = Vec::new();
    let count = mark_count(r);
    let Some(n) = map.width() else {
        return (out, notes);
    };
    let cols = map.municipalities();
    if count == 0 {
        for m in &cols {
            out.insert(m.clone(), Participation::Unknown);
        }
        notes.push(CuratorNote {
            text: "No participation marks printed; a row without participants is unlikely, so the marks were probably lost in extraction: all left unknown.".into(),
            evidence: vec![],
        });
        return (out, notes);
    }
    match mark_columns(&r.runs, n) {
        Some(decided) => {
            out = map.assign(&decided);
            if count < n {
                let known = out
                    .values()
                    .filter(|p| **p != Participation::Unknown)
                    .count();
                let columns_known = !decided.contains(&Participation::Unknown);
                let text = if known == n {
                    format!(
                        "{count} of {n} columns marked; the spacing around the marks on their lines shows which."
                    )
                } else if columns_known {
                    format!(
                        "{count} of {n} columns marked; the spacing shows which columns, but the document does not establish whose every column is (see the table evidence), so those municipalities are left unknown."
                    )
                } else {
                    format!(
                        "{count} of {n} columns marked; the marks' positions are not shown by the layout (marks on lines of their own), so undecided columns are left unknown."
                    )
                };
                notes.push(CuratorNote {
                    text,
                    evidence: vec![],
                });
            }
        }
        None => {
            problems.push(Issue::new(
                Location::new(path, r.runs[0].line as usize, 1),
                Text::new(
                    Msg::ImportMarksDoNotFit,
                    vec![("count", count.into()), ("columns", n.into())],
                ),
            ));
            for m in &cols {
                out.insert(m.clone(), Participation::Unknown);
            }
        }
    }
    (out, notes)
}

/// The mark run of one line, for the tests of [`super::pdf_marks`].
#[cfg(test)]
pub(crate) fn run_of_line(text: &str) -> MarkRun {
    cut_line(1, text).marks.expect("marks")
}

#[cfg(test)]
mod tests {
    use super::*;
    use Participation::{No, Unknown, Yes};

    fn run_of(text: &str) -> MarkRun {
        cut_line(1, text).marks.expect("marks")
    }

    #[test]
    fn cuts_lines_into_cells() {
        let l = cut_line(
            1,
            "Gudbrandsdal krisesenter IKS IKS x x x Med flere andre kommuner ",
        );
        assert_eq!(l.lead.as_deref(), Some("Gudbrandsdal krisesenter IKS"));
        assert_eq!(l.form.as_deref(), Some("IKS"));
        assert_eq!(l.trail.as_deref(), Some("Med flere andre kommuner"));
        let l = cut_line(
            1,
            "Øyeblikkelighjelp-senger* § 28 – 1B    Lillehammer vertskommune ",
        );
        assert_eq!(l.form.as_deref(), Some("§ 28 – 1B"));
        assert_eq!(l.trail.as_deref(), Some("Lillehammer vertskommune"));
        assert!(l.marks.is_none());
        let l = cut_line(1, "Oppland AS (KUF-fondet) ");
        assert!(l.text_only());
        let l = cut_line(1, "Lillehammer og Gausdal Energiverk Holding AS – ");
        assert!(l.text_only());
    }

    #[test]
    fn marks_decided_by_spacing_only() {
        let three = |runs: &[MarkRun]| mark_columns(runs, 3).unwrap();
        assert_eq!(
            three(&[run_of("Borgerlig vigsel § 28 – 1B x x  Lillehammer")]),
            [Yes, Yes, No]
        );
        assert_eq!(
            three(&[run_of("Eioff (e/d)  x x  Med OFK.")]),
            [Yes, Yes, No]
        );
        assert_eq!(
            three(&[run_of("Gudbrandsdal Industrier GIAX    x Med flere")]),
            [No, No, Yes]
        );
        assert_eq!(three(&[run_of("x Samarbeidsavtale")]), [No, No, Yes]);
        assert_eq!(three(&[run_of("Skåppå AS x x ")]), [Yes, Yes, No]);
        assert_eq!(three(&[run_of("x")]), [Unknown, Unknown, Unknown]);
        assert_eq!(
            three(&[run_of("x"), run_of("x")]),
            [Unknown, Unknown, Unknown]
        );
        assert_eq!(three(&[run_of("x x")]), [Unknown, Unknown, Unknown]);
        assert_eq!(
            three(&[run_of("x"), run_of("x"), run_of("x")]),
            [Yes, Yes, Yes]
        );
        assert_eq!(
            three(&[run_of("Østnorsk AS x"), run_of("x Flere")]),
            [Yes, No, Yes]
        );
        assert!(mark_columns(&[run_of("x x x x")], 3).is_none());
    }

    type RowView = (
        String,
        Option<String>,
        Option<String>,
        Option<String>,
        Vec<u32>,
    );

    #[test]
    fn assembles_wrapped_rows_and_headings() {
        let doc = "Intro text.\n\n Politikk  \n    \n\nRegionråd    Avtale x x x Med fylket \n\nLang navn som \nbrytes \n\nVedtak x x x Med Ringebu. Flere i \ndeler. \n\nGeodata § 28 – 1B \n \n\nx x x Lillehammer vertskommune \n\nEnergi      \n\nSelskap AS \n\nx Med andre \n";
        let lines: Vec<String> = doc.lines().map(str::to_owned).collect();
        let cols: Vec<Municipality> = ["A", "B", "C"].map(Municipality::from).to_vec();
        let (t, _) = parse_with("t", &lines, ColumnSource::Given(&cols)).unwrap();
        let got: Vec<RowView> = t
            .rows
            .iter()
            .map(|r| {
                (
                    r.name.clone(),
                    r.category.clone(),
                    r.form.clone(),
                    r.comment.clone(),
                    r.lines.clone(),
                )
            })
            .collect();
        assert_eq!(
            got[0],
            (
                "Regionråd".into(),
                Some("Politikk".into()),
                Some("Avtale".into()),
                Some("Med fylket".into()),
                vec![6]
            )
        );
        assert_eq!(
            got[1],
            (
                "Lang navn som brytes".into(),
                Some("Politikk".into()),
                Some("Vedtak".into()),
                Some("Med Ringebu. Flere i deler.".into()),
                vec![8, 9, 11, 12]
            )
        );
        assert_eq!(got[2].0, "Geodata");
        assert_eq!(got[2].4, vec![14, 17]);
        assert_eq!(
            got[3],
            (
                "Selskap".into(),
                Some("Energi".into()),
                Some("AS".into()),
                Some("Med andre".into()),
                vec![21, 23]
            )
        );
        assert_eq!(
            t.rows[3]
                .participation
                .values()
                .copied()
                .collect::<Vec<_>>(),
            [No, No, Yes]
        );
        assert!(t.problems.is_empty(), "{:?}", t.problems);
    }
}
