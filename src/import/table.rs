//! The `table` layout: rows of cells (delimited text or a worksheet, see
//! [`super::cells`]) under a header row that names the columns.
//!
//! Columns by meaning: the header is the first row whose cells name the
//! columns — the name, category, form, host, comment and id columns by the
//! words of `data/import-vocabulary.json`, the municipality columns by a
//! municipality's name (known from the registry, the document or the
//! command line) or, failing that, by holding only marks below. Every role
//! can be named on the command line instead ([`Overrides`]).
//!
//! No row is lost silently: after the header, every row with cells becomes
//! an arrangement, a section heading or a problem naming its line; a row
//! before the header that carries marks in the municipality columns is an
//! error (it means the header was not where the document's data starts).

use std::collections::BTreeMap;

use super::cells::{Grid, GridSource, Row};
use super::vocab::{Role, Vocabulary, fold};
use super::{ParsedTable, RawRow};
use crate::error::Issue;
use crate::i18n::{Msg, Text};
use crate::model::{Municipality, Participation, SkippedLines};

/// Rows searched for the header: enough for a title page and an
/// introduction before the table, few enough that a huge file costs
/// nothing before it is rejected.
pub const SNIFF_LINES: usize = 400;

/// Share of a column's filled cells below a candidate header that must be
/// marks for the column to count as a municipality column when its header
/// names no known municipality. Below 1 so that one stray note in a column
/// of marks does not hide the column (the stray cell is then reported);
/// high enough that a column of forms or comments never qualifies.
pub const MARK_COLUMN_SHARE: f64 = 0.8;

/// Column roles named on the command line; each overrides the vocabulary.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Overrides {
    /// Header of the name column.
    pub name: Option<String>,
    /// Header of the category column.
    pub category: Option<String>,
    /// Header of the form column.
    pub form: Option<String>,
    /// Header of the host column.
    pub host: Option<String>,
    /// Header of the comment column.
    pub comment: Option<String>,
    /// Header of the id column.
    pub id: Option<String>,
    /// Headers of the municipality columns: only these are read as such.
    pub municipalities: Option<Vec<String>>,
}

impl Overrides {
    fn role_of(&self, cell: &str) -> Option<Role> {
        let f = fold(cell);
        [
            (Role::Name, &self.name),
            (Role::Category, &self.category),
            (Role::Form, &self.form),
            (Role::Host, &self.host),
            (Role::Comment, &self.comment),
            (Role::Id, &self.id),
        ]
        .into_iter()
        .find(|(_, o)| o.as_deref().is_some_and(|o| fold(o) == f))
        .map(|(r, _)| r)
    }
}

/// What the header finder knows beyond the cells.
#[derive(Debug, Clone)]
pub(crate) struct HeaderContext<'a> {
    pub vocab: &'a Vocabulary,
    /// Municipality names known before reading (registry, the user's set).
    pub known: &'a [Municipality],
    pub overrides: &'a Overrides,
}

/// What the header says about the columns.
#[derive(Debug, Clone)]
pub(crate) struct Header {
    /// Line (or sheet row) of the header row.
    pub line: u32,
    /// Index of the grid it was found in.
    pub grid: usize,
    /// Column of the arrangement names.
    pub name: usize,
    /// Other columns by role (never `Name`).
    pub roles: BTreeMap<Role, usize>,
    /// Indexes and names of the municipality (mark) columns.
    pub marks: Vec<(usize, Municipality)>,
    /// Columns with a header that fits no role: (index, header text).
    pub unclaimed: Vec<(usize, String)>,
    /// Cells in the header row.
    pub width: usize,
    /// How many columns were recognised, less those that fit no role.
    score: i64,
}

/// Find the header in the first grid that has one the vocabulary
/// recognises best; see the module docs.
pub(crate) fn find_header(grids: &[Grid], ctx: &HeaderContext) -> Option<Header> {
    let mut best: Option<Header> = None;
    for (gi, g) in grids.iter().enumerate() {
        let window = &g.rows[..g.rows.len().min(SNIFF_LINES)];
        for (i, h) in window.iter().enumerate() {
            if h.filled() < 2
                || h.cells.iter().any(|c| {
                    !c.is_empty()
                        && matches!(
                            ctx.vocab.mark(c),
                            Some(Participation::Yes | Participation::Unknown)
                        )
                })
            {
                continue;
            }
            if let Some(header) = try_header(gi, g, i, ctx) {
                if best.as_ref().is_none_or(|b| header.score > b.score) {
                    best = Some(header);
                }
                break;
            }
        }
    }
    best
}

fn try_header(gi: usize, g: &Grid, i: usize, ctx: &HeaderContext) -> Option<Header> {
    let h = &g.rows[i];
    let data: Vec<&Row> = g.rows[i + 1..]
        .iter()
        .take(SNIFF_LINES)
        .filter(|r| r.filled() >= 2)
        .collect();
    let forced_munis: Option<Vec<String>> = ctx
        .overrides
        .municipalities
        .as_ref()
        .map(|v| v.iter().map(|m| ctx.vocab.municipality_key(m)).collect());
    let known_key = |cell: &str| {
        let k = ctx.vocab.municipality_key(cell);
        ctx.known
            .iter()
            .find(|m| ctx.vocab.municipality_key(m.as_str()) == k)
    };
    let mut roles: BTreeMap<Role, usize> = BTreeMap::new();
    let mut marks = Vec::new();
    let mut unclaimed = Vec::new();
    for (c, cell) in h.cells.iter().enumerate() {
        if cell.is_empty() {
            continue;
        }
        let role = ctx.overrides.role_of(cell).or_else(|| ctx.vocab.role(cell));
        if let Some(r) = role
            && !roles.contains_key(&r)
        {
            roles.insert(r, c);
            continue;
        }
        let is_muni = match &forced_munis {
            Some(keys) => keys.contains(&ctx.vocab.municipality_key(cell)),
            None => known_key(cell).is_some() || (role.is_none() && marks_below(&data, c, ctx)),
        };
        if is_muni {
            let name = known_key(cell)
                .map(|m| m.as_str().to_owned())
                .unwrap_or_else(|| ctx.vocab.municipality_display(cell));
            marks.push((c, Municipality::from(name)));
        } else {
            unclaimed.push((c, cell.clone()));
        }
    }
    if marks.is_empty() {
        return None;
    }
    let name = match (roles.remove(&Role::Name), roles.get(&Role::Category)) {
        (Some(n), _) => n,
        // One column of area names and no name column: the 2021 layout
        // ("Fagområde" over the arrangements, headings as areas).
        (None, Some(&c)) => {
            roles.remove(&Role::Category);
            c
        }
        (None, None) => {
            let pos = unclaimed.iter().position(|(c, _)| *c == 0)?;
            unclaimed.remove(pos).0
        }
    };
    let recognised = roles.len() + 1 + marks.len();
    Some(Header {
        line: h.line,
        grid: gi,
        name,
        score: recognised as i64 * 2 - unclaimed.len() as i64,
        roles,
        marks,
        unclaimed,
        width: h.cells.len(),
    })
}

/// Whether column `c` holds marks in the rows below a candidate header.
fn marks_below(data: &[&Row], c: usize, ctx: &HeaderContext) -> bool {
    let values: Vec<&str> = data
        .iter()
        .map(|r| r.cell(c))
        .filter(|v| !v.is_empty())
        .collect();
    let read: Vec<Participation> = values.iter().filter_map(|v| ctx.vocab.mark(v)).collect();
    !values.is_empty()
        && read.len() as f64 >= values.len() as f64 * MARK_COLUMN_SHARE
        && read
            .iter()
            .any(|p| matches!(p, Participation::Yes | Participation::Unknown))
}

/// Parse the whole grid under `header`. Rows before the header that carry
/// marks are errors (returned apart, so the import stops).
pub(crate) fn parse(path: &str, g: &Grid, header: &Header, vocab: &Vocabulary) -> ParsedTable {
    let mut skipped: BTreeMap<&str, Vec<u32>> = BTreeMap::new();
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    let mut errors = Vec::new();
    let mut category: Option<String> = None;
    let col = |r: Role| header.roles.get(&r).copied();
    for (c, text) in &header.unclaimed {
        problems.push(Issue::new(
            g.location(path, header.line, *c),
            Text::new(
                Msg::ImportColumnNoRole,
                vec![("column", text.as_str().into())],
            ),
        ));
    }
    for r in &g.rows {
        let nonempty = r.filled();
        if r.line < header.line {
            let marked = header.marks.iter().find(|(c, _)| {
                matches!(
                    vocab.mark(r.cell(*c)),
                    Some(Participation::Yes | Participation::Unknown)
                ) && !r.cell(*c).is_empty()
            });
            if nonempty >= 2
                && let Some((c, m)) = marked
            {
                errors.push(Issue::new(
                    g.location(path, r.line, *c),
                    Text::new(
                        Msg::ImportDataBeforeHeader,
                        vec![
                            ("header", header.line.into()),
                            ("value", r.cell(*c).into()),
                            ("column", m.as_str().into()),
                        ],
                    ),
                ));
            }
            skipped
                .entry("text before the table header")
                .or_default()
                .push(r.line);
            continue;
        }
        if r.line == header.line {
            skipped
                .entry("header row (column names)")
                .or_default()
                .push(r.line);
            continue;
        }
        if nonempty == 0 {
            continue;
        }
        if r.prose {
            skipped
                .entry("text without cells (a note or prose, not a table row)")
                .or_default()
                .push(r.line);
            continue;
        }
        if r.cells.len() > header.width && r.cells[header.width..].iter().any(|c| !c.is_empty()) {
            problems.push(Issue::new(
                g.location(path, r.line, header.width),
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
        let name = r.cell(header.name);
        let cat_cell = col(Role::Category).map(|c| r.cell(c)).unwrap_or("");
        if name.is_empty() {
            if nonempty == 1 && !cat_cell.is_empty() {
                category = Some(cat_cell.to_owned());
                skipped
                    .entry("section heading (category of the rows below)")
                    .or_default()
                    .push(r.line);
                continue;
            }
            problems.push(Issue::new(
                g.location(path, r.line, header.name),
                Msg::ImportRowNoName,
            ));
            skipped
                .entry("row without a name (reported as a problem)")
                .or_default()
                .push(r.line);
            continue;
        }
        if nonempty == 1 {
            category = Some(name.to_owned());
            skipped
                .entry("section heading (category of the rows below)")
                .or_default()
                .push(r.line);
            continue;
        }
        // A blank category cell continues the area above (grouped lists,
        // merged cells whose value belongs to the top row).
        if !cat_cell.is_empty() {
            category = Some(cat_cell.to_owned());
        }
        let mut participation = BTreeMap::new();
        for (i, m) in &header.marks {
            let v = r.cell(*i);
            let p = vocab.mark(v).unwrap_or_else(|| {
                problems.push(Issue::new(
                    g.location(path, r.line, *i),
                    Text::new(
                        Msg::ImportBadCell,
                        vec![("value", v.into()), ("column", m.as_str().into())],
                    ),
                ));
                Participation::Unknown
            });
            participation.insert(m.clone(), p);
        }
        let opt = |role: Role| {
            col(role)
                .map(|c| r.cell(c))
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
        };
        rows.push(RawRow {
            lines: vec![r.line],
            name: name.to_owned(),
            name_line: r.line,
            category: category.clone(),
            form: opt(Role::Form),
            comment: opt(Role::Comment),
            host: opt(Role::Host),
            key: opt(Role::Id),
            participation,
            notes: vec![],
        });
    }
    if let GridSource::Sheet { merged, .. } = &g.source {
        let read: Vec<usize> = std::iter::once(header.name)
            .chain(header.marks.iter().map(|(c, _)| *c))
            .chain(header.roles.values().copied())
            .collect();
        for &((r0, c0), (r1, c1)) in merged {
            let spans_rows = r1 > r0 && r0 > header.line;
            let in_read = (c0..=c1).any(|c| read.contains(&(c as usize - 1)));
            if spans_rows && in_read {
                problems.push(Issue::new(
                    g.location(path, r0, c0 as usize - 1),
                    Text::new(
                        Msg::ImportMergedRows,
                        vec![
                            (
                                "area",
                                format!(
                                    "{}:{}",
                                    crate::source::cell_name(r0, c0),
                                    crate::source::cell_name(r1, c1)
                                )
                                .into(),
                            ),
                            ("row", r0.into()),
                        ],
                    ),
                ));
            }
        }
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
        errors,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::cells::{DELIMITERS, text_grid};
    use crate::source::TextEncoding;

    fn grids(text: &str) -> Vec<Grid> {
        DELIMITERS
            .iter()
            .map(|&d| text_grid(text, d, TextEncoding::Utf8))
            .collect()
    }

    fn header(text: &str, overrides: &Overrides) -> (Vec<Grid>, Option<Header>) {
        let v = Vocabulary::embedded();
        let g = grids(text);
        let ctx = HeaderContext {
            vocab: &v,
            known: &[],
            overrides,
        };
        let h = find_header(&g, &ctx);
        (g, h)
    }

    #[test]
    fn semicolon_csv_with_commas_quotes_and_newlines() {
        let text = "Oversikt, med komma;;;;\n\nSamarbeid;Type samarbeid;Øyer;Gausdal;Merknad\nPolitikk, råd;;;;\n\"Råd\";Avtale;x;;\"Med fylket; og\nflere, også\"\nNett;Uformelt;Ja;?;\n";
        let (g, h) = header(text, &Overrides::default());
        let h = h.unwrap();
        assert_eq!(h.line, 3);
        assert!(matches!(
            g[h.grid].source,
            GridSource::Text {
                delimiter: b';',
                ..
            }
        ));
        let v = Vocabulary::embedded();
        let t = parse("f", &g[h.grid], &h, &v);
        assert!(t.problems.is_empty(), "{:?}", t.problems);
        assert_eq!(t.rows.len(), 2);
        let r = &t.rows[0];
        assert_eq!((r.name.as_str(), r.name_line), ("Råd", 5));
        assert_eq!(r.category.as_deref(), Some("Politikk, råd"));
        assert_eq!(r.comment.as_deref(), Some("Med fylket; og\nflere, også"));
        let n = &t.rows[1];
        assert_eq!(n.name_line, 7);
        assert_eq!(
            n.participation[&Municipality::from("Øyer")],
            Participation::Yes
        );
        assert_eq!(
            n.participation[&Municipality::from("Gausdal")],
            Participation::Unknown
        );
    }

    #[test]
    fn a_column_that_fits_no_role_and_a_bad_mark_are_reported() {
        let text = "Navn\tKontaktperson\tØyer\tGausdal\nRåd\tKari\tx\tkanskje\nNett\tOla\tx\tx\n\
                    Arkiv\tOla\tx\tx\nIKT\tOla\tx\tx\nVann\tOla\tx\tx\n";
        let (g, h) = header(text, &Overrides::default());
        let h = h.unwrap();
        let v = Vocabulary::embedded();
        let t = parse("f", &g[h.grid], &h, &v);
        let p: Vec<String> = t.problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(p.len(), 2, "{p:?}");
        assert!(
            p[0].starts_with("f:1:1: column \"Kontaktperson\" fits no role"),
            "{p:?}"
        );
        assert!(
            p[1].starts_with("f:2:1: cell \"kanskje\" in column \"Gausdal\""),
            "{p:?}"
        );
        // Named on the command line, the column is read.
        let o = Overrides {
            comment: Some("kontaktperson".into()),
            ..Default::default()
        };
        let (g, h) = header(text, &o);
        let t = parse("f", &g[0], &h.unwrap(), &v);
        assert_eq!(t.rows[0].comment.as_deref(), Some("Kari"));
    }
}
