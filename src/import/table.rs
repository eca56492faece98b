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
    /// Header of the status column.
    pub status: Option<String>,
    /// Header of the id column.
    pub id: Option<String>,
    /// Headers of the municipality columns: only these are read as such.
    pub municipalities: Option<Vec<String>>,
    /// Header of a column that lists each row's participating
    /// municipalities.
    pub members: Option<String>,
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
            (Role::Status, &self.status),
            (Role::Id, &self.id),
            (Role::Members, &self.members),
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
    /// Indexes and names of the municipality (mark) columns; with a
    /// members column, every municipality it names, each at that column.
    pub marks: Vec<(usize, Municipality)>,
    /// The column listing each row's participants, when the table has one
    /// instead of a column per municipality.
    pub members: Option<usize>,
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
    // Roles named outright by some header of this row; a header that only
    // contains a role's word takes a role none of them names.
    let named: Vec<Role> = h
        .cells
        .iter()
        .filter_map(|c| ctx.overrides.role_of(c).or_else(|| ctx.vocab.role(c)))
        .collect();
    let mut roles: BTreeMap<Role, usize> = BTreeMap::new();
    let mut marks = Vec::new();
    let mut unclaimed = Vec::new();
    for (c, cell) in h.cells.iter().enumerate() {
        if cell.is_empty() {
            continue;
        }
        let forced = ctx.overrides.role_of(cell);
        let role = forced.or_else(|| ctx.vocab.role(cell)).or_else(|| {
            ctx.vocab
                .role_within(cell)
                .filter(|r| !named.contains(r) && known_key(cell).is_none())
        });
        if let Some(r) = role {
            match roles.get(&r).copied() {
                None => {
                    roles.insert(r, c);
                    continue;
                }
                // Two headers that both name the legal form ("Type",
                // "Organisering"): the column whose cells are legal forms
                // takes the role, and the other is reported as unread.
                Some(prev)
                    if r == Role::Form
                        && forced.is_none()
                        && ctx.overrides.role_of(&h.cells[prev]).is_none()
                        && form_share(&data, c) > form_share(&data, prev) =>
                {
                    roles.insert(r, c);
                    unclaimed.push((prev, h.cells[prev].clone()));
                    continue;
                }
                Some(_) => {}
            }
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
    // A list of participants per row stands in for the municipality
    // columns; beside real municipality columns it is not read.
    let members = roles.remove(&Role::Members);
    let members = match members {
        Some(c) if marks.is_empty() => {
            marks = member_names(&g.rows[i + 1..], c, ctx);
            Some(c).filter(|_| !marks.is_empty())
        }
        Some(c) => {
            unclaimed.push((c, h.cells[c].clone()));
            None
        }
        None => None,
    };
    if marks.is_empty() {
        return None;
    }
    unclaimed.sort();
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
        members,
        unclaimed,
        width: h.cells.len(),
    })
}

/// The names in one members cell ("Gausdal, Lillehammer og Øyer",
/// "Hamar (vert); Løten"), each without a parenthesised remark.
pub(crate) fn split_members(cell: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for part in cell.split([',', ';', '/', '\n', '&', '+']) {
        let mut rest = part;
        while !rest.is_empty() {
            let (name, tail) = [" og ", " and ", " samt "]
                .iter()
                .filter_map(|w| rest.find(w).map(|at| (at, w.len())))
                .min()
                .map_or((rest, ""), |(at, len)| (&rest[..at], &rest[at + len..]));
            let name = name.split('(').next().unwrap_or("").trim();
            if !name.is_empty() {
                out.push(name);
            }
            rest = tail;
        }
    }
    out
}

/// Every municipality a members column names below its header, spelled as
/// the registry knows it when it does, in order of their names.
fn member_names(data: &[Row], c: usize, ctx: &HeaderContext) -> Vec<(usize, Municipality)> {
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for r in data {
        for name in split_members(r.cell(c)) {
            let key = ctx.vocab.municipality_key(name);
            if key.is_empty() || ctx.vocab.mark(name).is_some() {
                continue;
            }
            seen.entry(key.clone()).or_insert_with(|| {
                ctx.known
                    .iter()
                    .find(|m| ctx.vocab.municipality_key(m.as_str()) == key)
                    .map(|m| m.as_str().to_owned())
                    .unwrap_or_else(|| ctx.vocab.municipality_display(name))
            });
        }
    }
    let mut names: Vec<String> = seen.into_values().collect();
    names.sort();
    names.dedup();
    names
        .into_iter()
        .map(|n| (c, Municipality::from(n)))
        .collect()
}

/// A register printed one row per participant ("Kommune: Gausdal" on one
/// row, "Kommune: Øyer" on the next, same arrangement): rows with the same
/// name and key whose participants do not overlap are one arrangement
/// citing every row. Rows that name the same participants again stay
/// apart, so a row printed twice is still reported as such.
fn merge_rows_per_member(rows: Vec<RawRow>) -> Vec<RawRow> {
    let yes = |r: &RawRow| -> Vec<Municipality> {
        r.participation
            .iter()
            .filter(|(_, p)| **p == Participation::Yes)
            .map(|(m, _)| m.clone())
            .collect()
    };
    let mut out: Vec<RawRow> = Vec::with_capacity(rows.len());
    let mut first: BTreeMap<(String, Option<String>), usize> = BTreeMap::new();
    for r in rows {
        let k = (fold(&r.name), r.key.clone());
        let into = first.get(&k).copied().filter(|&i| {
            let have = yes(&out[i]);
            yes(&r).iter().all(|m| !have.contains(m))
        });
        let Some(i) = into else {
            first.entry(k).or_insert(out.len());
            out.push(r);
            continue;
        };
        let kept = &mut out[i];
        for m in yes(&r) {
            kept.participation.insert(m, Participation::Yes);
        }
        kept.lines.extend(r.lines.iter().copied());
        for (mine, theirs) in [
            (&mut kept.category, r.category),
            (&mut kept.form, r.form),
            (&mut kept.host, r.host),
            (&mut kept.comment, r.comment),
        ] {
            match (mine.as_deref(), theirs) {
                (None, t) => *mine = t,
                (Some(a), Some(b)) if a != b => {
                    kept.notes.push(crate::model::CuratorNote {
                        text: format!(
                            "Rows of the same arrangement differ: \"{a}\" (line {}) and \"{b}\" (line {}); the first is read.",
                            kept.name_line, r.name_line
                        ),
                        evidence: vec![],
                    })
                }
                _ => {}
            }
        }
    }
    out
}

/// The share of the filled cells of column `c` that are legal forms this
/// importer knows; decides between two headers that both name the form.
fn form_share(data: &[&Row], c: usize) -> f64 {
    let values: Vec<&str> = data
        .iter()
        .map(|r| r.cell(c))
        .filter(|v| !v.is_empty())
        .collect();
    let forms = values
        .iter()
        .filter(|v| super::forms::is_known_form(v))
        .count();
    forms as f64 / values.len().max(1) as f64
}

/// A lone first cell that can be a section heading: it holds a letter (a
/// lone id or count is no heading).
pub(crate) fn is_heading_text(cell: &str) -> bool {
    cell.chars().any(char::is_alphabetic)
}

/// Whether column `c` holds marks in the rows below a candidate header
/// (a totals row's counts aside).
fn marks_below(data: &[&Row], c: usize, ctx: &HeaderContext) -> bool {
    let values: Vec<&str> = data
        .iter()
        .filter(|r| !r.cells.iter().any(|x| ctx.vocab.is_totals_word(x)))
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

/// The column of `--key COLUMN` in `header` (compared as headers are:
/// case and accents aside), or an error at the header row naming the
/// closest headers.
pub(crate) fn key_column(path: &str, g: &Grid, header: &Header, key: &str) -> Result<usize, Issue> {
    let cells: Vec<&str> = g
        .rows
        .iter()
        .find(|r| r.line == header.line)
        .map(|r| r.cells.iter().map(String::as_str).collect())
        .unwrap_or_default();
    let wanted = fold(key);
    if let Some(&c) = header.roles.get(&Role::Id)
        && cells.get(c).is_some_and(|h| fold(h) == wanted)
    {
        return Ok(c);
    }
    let shown: Vec<&str> = cells.iter().copied().filter(|c| !c.is_empty()).collect();
    let close = crate::matching::names::closest(key, shown.iter().copied());
    Err(Issue::new(
        g.location(path, header.line, 0),
        crate::error::with_closest(
            Text::new(
                Msg::ImportKeyColumnMissing,
                vec![
                    ("column", key.into()),
                    ("line", header.line.into()),
                    (
                        "columns",
                        shown
                            .iter()
                            .map(|c| format!("`{c}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                            .into(),
                    ),
                ],
            ),
            &close,
        ),
    ))
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
        problems.push(
            Issue::new(
                g.location(path, header.line, *c),
                Text::new(
                    Msg::ImportColumnNoRole,
                    vec![("column", text.as_str().into())],
                ),
            )
            .with_hint(Msg::HintColumns),
        );
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
        // A heading may stand in the first cell when names do not (an id
        // column first): a lone cell with a letter in it.
        let first = r.cell(0);
        let cat_cell = if cat_cell.is_empty() && nonempty == 1 && is_heading_text(first) {
            first
        } else {
            cat_cell
        };
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
        if vocab.is_totals_row(name, header.marks.iter().map(|(c, _)| r.cell(*c))) {
            skipped
                .entry("totals row (a sum of the columns, not an arrangement)")
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
        if let Some(c) = header.members {
            let listed: Vec<String> = split_members(r.cell(c))
                .into_iter()
                .map(|n| vocab.municipality_key(n))
                .collect();
            for (_, m) in &header.marks {
                let yes = listed.contains(&vocab.municipality_key(m.as_str()));
                let p = if yes {
                    Participation::Yes
                } else {
                    Participation::No
                };
                participation.insert(m.clone(), p);
            }
        }
        for (i, m) in header.marks.iter().filter(|_| header.members.is_none()) {
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
            lines: (r.line..=r.last_line).collect(),
            name: name.to_owned(),
            name_line: r.line,
            category: category.clone(),
            form: opt(Role::Form),
            comment: opt(Role::Comment),
            host: opt(Role::Host),
            status: opt(Role::Status),
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
    if header.members.is_some() {
        rows = merge_rows_per_member(rows);
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
    fn of_two_form_headers_the_column_of_legal_forms_is_the_form() {
        let text = "Navn;Type;Organisering;Øyer;Gausdal\n\
                    Legevakt;Helse;Vertskommunesamarbeid;x;x\n\
                    Krisesenter;Helse;IKS;x;\n\
                    Innkjøp;Økonomi;Avtale;x;x\n";
        let (g, h) = header(text, &Overrides::default());
        let h = h.unwrap();
        assert_eq!(h.roles.get(&Role::Form), Some(&2));
        assert_eq!(h.unclaimed, vec![(1, "Type".to_owned())]);
        let t = parse("f", &g[h.grid], &h, &Vocabulary::embedded());
        assert_eq!(t.rows[0].form.as_deref(), Some("Vertskommunesamarbeid"));
        // the user's word decides over the cells
        let forced = Overrides {
            form: Some("Type".to_owned()),
            ..Overrides::default()
        };
        let (_, h) = header(text, &forced);
        assert_eq!(h.unwrap().roles.get(&Role::Form), Some(&1));
    }

    /// "Samarbeidsområde" is the area: beside a column of names it is the
    /// category, and alone it holds the names (as "Fagområde" does).
    #[test]
    fn the_area_of_cooperation_is_a_category_beside_a_column_of_names() {
        let text = "Samarbeidsområde;Navn på ordning;Hjemmel/org.form;Øyer;Gausdal\n\
                    Helse;Legevakt;Vertskommune (§ 20-2);Ja;Ja\n\
                    Økonomi;Innkjøp;Avtale;Ja;Nei\n";
        let (g, h) = header(text, &Overrides::default());
        let h = h.unwrap();
        assert_eq!((h.name, h.roles.get(&Role::Category)), (1, Some(&0)));
        assert_eq!(h.roles.get(&Role::Form), Some(&2));
        assert!(h.unclaimed.is_empty(), "{:?}", h.unclaimed);
        let t = parse("f", &g[h.grid], &h, &Vocabulary::embedded());
        assert_eq!(t.rows[0].name, "Legevakt");
        let (_, h) = header(
            "Samarbeidsområde;Øyer;Gausdal\nLegevakt;x;x\nInnkjøp;x;\n",
            &Overrides::default(),
        );
        assert_eq!(h.unwrap().name, 0);
    }

    #[test]
    fn a_members_column_stands_in_for_the_municipality_columns() {
        assert_eq!(
            split_members("Gausdal, Lillehammer og Øyer kommune"),
            ["Gausdal", "Lillehammer", "Øyer kommune"]
        );
        assert_eq!(
            split_members("Hamar (vert); Løten/Stange\nElverum & Våler"),
            ["Hamar", "Løten", "Stange", "Elverum", "Våler"]
        );
        let text = "Samarbeid,Deltakerkommuner,Vertskommune\n\
                    Legevakt,\"Gausdal, Lillehammer og Øyer\",Lillehammer\n\
                    Innkjøp,\"LILLEHAMMER KOMMUNE, Gausdal\",Lillehammer\n\
                    Arkiv,,Gausdal\n";
        let (g, h) = header(text, &Overrides::default());
        let h = h.unwrap();
        assert_eq!(h.members, Some(1));
        let names: Vec<&str> = h.marks.iter().map(|(_, m)| m.as_str()).collect();
        assert_eq!(names, ["Gausdal", "Lillehammer", "Øyer"]);
        let t = parse("f", &g[h.grid], &h, &Vocabulary::embedded());
        assert!(t.problems.is_empty(), "{:?}", t.problems);
        let yes = |row: usize| -> Vec<&str> {
            t.rows[row]
                .participation
                .iter()
                .filter(|(_, p)| **p == Participation::Yes)
                .map(|(m, _)| m.as_str())
                .collect()
        };
        assert_eq!(yes(0), ["Gausdal", "Lillehammer", "Øyer"]);
        assert_eq!(yes(1), ["Gausdal", "Lillehammer"]);
        assert_eq!(
            t.rows[1].participation[&Municipality::from("Øyer")],
            Participation::No
        );
        assert!(yes(2).is_empty());
        // beside real municipality columns, a members column is not read
        let text = "Samarbeid;Deltakere;Øyer;Gausdal\nRåd;Øyer;x;x\n";
        let (_, h) = header(text, &Overrides::default());
        let h = h.unwrap();
        assert_eq!(h.members, None);
        assert_eq!(h.unclaimed, vec![(1, "Deltakere".to_owned())]);
    }

    #[test]
    fn a_register_of_one_row_per_participant_is_read_per_arrangement() {
        let text = "Kommunenavn;Samarbeid;Vertskommune\n\
                    Gausdal;Legevakt;Lillehammer\n\
                    Øyer;Legevakt;Lillehammer\n\
                    Øyer;Arkiv;\n\
                    Øyer;Arkiv;\n";
        let (g, h) = header(text, &Overrides::default());
        let h = h.unwrap();
        let t = parse("f", &g[h.grid], &h, &Vocabulary::embedded());
        let rows: Vec<(&str, Vec<u32>)> = t
            .rows
            .iter()
            .map(|r| (r.name.as_str(), r.lines.clone()))
            .collect();
        // the second Arkiv row names Øyer again: a row printed twice
        assert_eq!(
            rows,
            [
                ("Legevakt", vec![2, 3]),
                ("Arkiv", vec![4]),
                ("Arkiv", vec![5])
            ]
        );
        assert_eq!(
            t.rows[0].participation[&Municipality::from("Gausdal")],
            Participation::Yes
        );
        assert_eq!(
            t.rows[0].participation[&Municipality::from("Øyer")],
            Participation::Yes
        );
        assert_eq!(
            t.rows[1].participation[&Municipality::from("Gausdal")],
            Participation::No
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
