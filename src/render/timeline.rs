//! The timeline figure: arrangements (rows, grouped by policy area) against
//! snapshots (columns, in date order), showing at a glance whether each
//! document lists an arrangement, its status, host and legal-form changes,
//! and unknown participation.
//!
//! [`Timeline::build`] computes the figure from snapshots alone;
//! [`write_svg`] draws it as an accessible inline SVG (through the
//! `timeline.svg` template, which escapes every value), and
//! [`Mark::symbol`] gives a text form for Markdown tables.

use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};

use crate::diff::{ChangeKind, DomainKnowledge, diff_arrangement};
use crate::i18n::{Catalog, Msg};
use crate::model::{Arrangement, Host, Municipality, Participation, Snapshot, SnapshotKind};

use super::snapshot_text::{host_text, status_text};
use super::templates::environment;

/// What a cell shows about an arrangement in one document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mark {
    /// Listed and active.
    Active,
    /// Listed; notice of termination given.
    NoticeGiven,
    /// Listed as ended.
    Ended,
    /// Listed as proposed or under study (a plan).
    Proposed,
    /// Not listed, although the document covers a municipality that takes
    /// part in the arrangement (in some document): it did not exist, or no
    /// longer existed, by this document's account.
    NotListed,
    /// Not listed, and the document does not cover any participant (or is a
    /// plan, which does not claim to list everything): silence means nothing.
    Outside,
}

impl Mark {
    /// Every mark, in legend order.
    pub const ALL: [Mark; 6] = [
        Mark::Active,
        Mark::NoticeGiven,
        Mark::Ended,
        Mark::Proposed,
        Mark::NotListed,
        Mark::Outside,
    ];

    /// A one-character text form for Markdown and plain text.
    pub fn symbol(self) -> &'static str {
        match self {
            Mark::Active => "●",
            Mark::NoticeGiven => "◐",
            Mark::Ended => "✕",
            Mark::Proposed => "○",
            Mark::NotListed => "·",
            Mark::Outside => " ",
        }
    }

    /// The legend text.
    pub fn label(self, cat: &Catalog) -> String {
        cat.text(match self {
            Mark::Active => Msg::TimelineActive,
            Mark::NoticeGiven => Msg::TimelineNotice,
            Mark::Ended => Msg::TimelineEnded,
            Mark::Proposed => Msg::TimelineProposed,
            Mark::NotListed => Msg::TimelineNotListed,
            Mark::Outside => Msg::TimelineOutside,
        })
    }

    fn of_listed(a: &Arrangement) -> Mark {
        use crate::model::Status;
        match a.status {
            Status::Active => Mark::Active,
            Status::NoticeGiven { .. } => Mark::NoticeGiven,
            Status::Ended { .. } => Mark::Ended,
            Status::Proposed | Status::UnderStudy => Mark::Proposed,
        }
    }
}

/// Text symbol for a host change (Markdown).
pub const HOST_SYMBOL: &str = "H";
/// Text symbol for a legal-form change (Markdown).
pub const FORM_SYMBOL: &str = "F";
/// Text symbol for unknown participation (Markdown).
pub const UNKNOWN_SYMBOL: &str = "?";

/// One cell: an arrangement in one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cell {
    /// What the document says about the arrangement.
    pub mark: Mark,
    /// The host differs from the previous document that lists it (both known).
    pub host_changed: bool,
    /// The normalised legal form differs from the previous document that
    /// lists it (both known).
    pub form_changed: bool,
    /// Some municipality the document covers has unknown participation.
    pub unknown: bool,
    /// A sentence for a tooltip and for screen readers.
    pub text: String,
    /// The cell in text form (`● H`), for Markdown.
    pub symbol: String,
}

/// One row: an arrangement across all documents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    /// The arrangement's id.
    pub id: String,
    /// Its latest display name.
    pub name: String,
    /// One cell per column.
    pub cells: Vec<Cell>,
}

/// Rows of one policy area.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Group {
    /// The policy area (latest printed heading), or the "no category" text.
    pub category: String,
    /// The arrangements, in document order.
    pub rows: Vec<Row>,
}

/// One column: a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Column {
    /// Snapshot id.
    pub id: String,
    /// The date it describes, as printed in output (`2019-01-01`,
    /// `2017-01-01..2019-10-31`).
    pub as_of: String,
    /// A short form of the date for the column header: an undated
    /// document's range shows as years (`2017–2019`).
    pub label: String,
    /// Whether it is a plan (its columns never say "not listed").
    pub plan: bool,
}

/// The figure's content, before drawing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Timeline {
    /// Documents, oldest first.
    pub columns: Vec<Column>,
    /// Policy areas in document order, each with its rows.
    pub groups: Vec<Group>,
}

impl Timeline {
    /// The timeline of `snapshots` (any order; columns are sorted by date,
    /// then id). Rows are grouped by each arrangement's latest policy area;
    /// groups and rows follow the newest document's order, then older ones'.
    pub fn build(
        snapshots: &[&Snapshot],
        knowledge: &dyn DomainKnowledge,
        cat: &Catalog,
    ) -> Timeline {
        let mut snaps: Vec<&Snapshot> = snapshots.to_vec();
        snaps.sort_by(|a, b| {
            (a.as_of.earliest(), a.as_of.latest(), &a.id).cmp(&(
                b.as_of.earliest(),
                b.as_of.latest(),
                &b.id,
            ))
        });
        let no_category = cat.text(Msg::NoCategory);

        // Order of first appearance, newest document first.
        let mut order: Vec<&str> = Vec::new();
        let mut latest: BTreeMap<&str, &Arrangement> = BTreeMap::new();
        for s in snaps.iter().rev() {
            for a in &s.arrangements {
                if !latest.contains_key(a.id.as_str()) {
                    latest.insert(a.id.as_str(), a);
                    order.push(a.id.as_str());
                }
            }
        }
        // Municipalities that take part (or host) in any listing.
        let mut involved: BTreeMap<&str, BTreeSet<&Municipality>> = BTreeMap::new();
        for s in &snaps {
            for a in &s.arrangements {
                let set = involved.entry(a.id.as_str()).or_default();
                set.extend(a.participants());
                if let Host::Participant(m) = &a.host {
                    set.insert(m);
                }
            }
        }

        let mut groups: Vec<Group> = Vec::new();
        for id in order {
            let a = latest[id];
            let category = a.category.clone().unwrap_or_else(|| no_category.clone());
            let row = build_row(id, a.display_name(), &snaps, &involved[id], knowledge, cat);
            match groups.iter_mut().find(|g| g.category == category) {
                Some(g) => g.rows.push(row),
                None => groups.push(Group {
                    category,
                    rows: vec![row],
                }),
            }
        }
        Timeline {
            columns: snaps
                .iter()
                .map(|s| Column {
                    id: s.id.to_string(),
                    as_of: s.as_of.to_string(),
                    label: short_date(&s.as_of),
                    plan: s.kind == SnapshotKind::Plan,
                })
                .collect(),
            groups,
        }
    }

    /// Keep only the rows of arrangements `keep` accepts (by id), and the
    /// policy areas that still have rows: one municipality's figure.
    pub fn retain_rows(&mut self, keep: impl Fn(&str) -> bool) {
        for g in &mut self.groups {
            g.rows.retain(|r| keep(&r.id));
        }
        self.groups.retain(|g| !g.rows.is_empty());
    }

    /// Number of rows (distinct arrangements).
    pub fn row_count(&self) -> usize {
        self.groups.iter().map(|g| g.rows.len()).sum()
    }
}

fn build_row(
    id: &str,
    name: &str,
    snaps: &[&Snapshot],
    involved: &BTreeSet<&Municipality>,
    knowledge: &dyn DomainKnowledge,
    cat: &Catalog,
) -> Row {
    let unknown = cat.text(Msg::Unknown);
    // The previous listing, and the changes since it as the diff engine
    // decides them: a relabel under the new act is no form change here
    // either.
    let mut previous: Option<(&Snapshot, &Arrangement)> = None;
    let mut cells = Vec::new();
    for s in snaps {
        let snapshot = s.id.to_string();
        let cell = match s.arrangement(id) {
            Some(a) => {
                let host = host_text(&a.host, cat);
                let form = a
                    .legal_form
                    .as_ref()
                    .and_then(|f| f.printed.clone().or_else(|| f.normalised.clone()))
                    .unwrap_or_else(|| unknown.clone());
                let mut text = cat.get(
                    Msg::TimelineCellListed,
                    &[
                        ("name", name.into()),
                        ("snapshot", snapshot.into()),
                        ("status", status_text(&a.status, cat).into()),
                        ("host", host.clone().into()),
                        ("form", form.clone().into()),
                    ],
                );
                let changes = previous
                    .map(|(ps, p)| diff_arrangement(ps, p, s, a, knowledge))
                    .unwrap_or_default();
                let changed = |kind| changes.iter().any(|c| c.kind == kind);
                let host_changed = changed(ChangeKind::HostChanged);
                let form_changed = changed(ChangeKind::LegalFormChanged);
                if let (true, Some((_, p))) = (host_changed, previous) {
                    text.push_str("; ");
                    text.push_str(&cat.get(
                        Msg::TimelineCellHost,
                        &[
                            ("from", host_text(&p.host, cat).into()),
                            ("to", host.into()),
                        ],
                    ));
                }
                if let (true, Some((_, p))) = (form_changed, previous) {
                    let before = p
                        .legal_form
                        .as_ref()
                        .and_then(|f| f.printed.clone().or_else(|| f.normalised.clone()))
                        .unwrap_or_else(|| unknown.clone());
                    text.push_str("; ");
                    text.push_str(&cat.get(
                        Msg::TimelineCellForm,
                        &[("from", before.into()), ("to", form.into())],
                    ));
                }
                let unknown_in: Vec<&str> = s
                    .scope
                    .covers
                    .iter()
                    .filter(|m| a.participation_of(m) == Participation::Unknown)
                    .map(|m| m.as_str())
                    .collect();
                if !unknown_in.is_empty() {
                    text.push_str("; ");
                    text.push_str(&cat.get(
                        Msg::TimelineCellUnknown,
                        &[("municipalities", unknown_in.join(", ").into())],
                    ));
                }
                previous = Some((*s, a));
                Cell::new(
                    Mark::of_listed(a),
                    host_changed,
                    form_changed,
                    !unknown_in.is_empty(),
                    text,
                )
            }
            None => {
                let covered = s.kind == SnapshotKind::Inventory
                    && s.scope.covers.iter().any(|m| involved.contains(m));
                let (mark, msg) = if covered {
                    (Mark::NotListed, Msg::TimelineCellNotListed)
                } else {
                    (Mark::Outside, Msg::TimelineCellOutside)
                };
                let text = cat.get(msg, &[("name", name.into()), ("snapshot", snapshot.into())]);
                Cell::new(mark, false, false, false, text)
            }
        };
        cells.push(cell);
    }
    Row {
        id: id.to_owned(),
        name: name.to_owned(),
        cells,
    }
}

impl Cell {
    fn new(
        mark: Mark,
        host_changed: bool,
        form_changed: bool,
        unknown: bool,
        text: String,
    ) -> Self {
        let mut symbol = mark.symbol().trim().to_owned();
        for (on, s) in [
            (host_changed, HOST_SYMBOL),
            (form_changed, FORM_SYMBOL),
            (unknown, UNKNOWN_SYMBOL),
        ] {
            if on {
                if !symbol.is_empty() {
                    symbol.push(' ');
                }
                symbol.push_str(s);
            }
        }
        Cell {
            mark,
            host_changed,
            form_changed,
            unknown,
            text,
            symbol,
        }
    }
}

/// Layout constants, in SVG user units (px at 100 % zoom). Chosen so that a
/// figure of 60 rows and 5 columns fits an A4 page width when printed.
mod layout {
    /// Height of one arrangement row.
    pub const ROW: u32 = 18;
    /// Height of a policy-area heading row.
    pub const GROUP: u32 = 24;
    /// Width of one document column.
    pub const COLUMN: u32 = 92;
    /// Height of the column header (id and date).
    pub const HEADER: u32 = 40;
    /// Outer margin.
    pub const MARGIN: u32 = 8;
    /// Height of one legend line.
    pub const LEGEND_LINE: u32 = 18;
    /// Average advance width of a character of the 12 px label font, in
    /// tenths of a pixel; used to size the label column without measuring.
    pub const CHAR_TENTHS: u32 = 64;
    /// Labels longer than this are cut with an ellipsis (the full name is in
    /// the row's tooltip).
    pub const MAX_LABEL_CHARS: usize = 56;
    /// The label column is at least this wide.
    pub const MIN_LABEL: u32 = 160;
}

#[derive(Serialize)]
struct SvgCell<'a> {
    x: u32,
    cx: u32,
    mark: Mark,
    host_changed: bool,
    form_changed: bool,
    unknown: bool,
    text: &'a str,
}

#[derive(Serialize)]
struct SvgRow<'a> {
    id: &'a str,
    name: &'a str,
    label: String,
    y: u32,
    cy: u32,
    text_y: u32,
    stripe: bool,
    cells: Vec<SvgCell<'a>>,
}

#[derive(Serialize)]
struct SvgGroup<'a> {
    category: &'a str,
    y: u32,
    text_y: u32,
    rows: Vec<SvgRow<'a>>,
}

#[derive(Serialize)]
struct SvgColumn<'a> {
    id: &'a str,
    as_of: &'a str,
    label: &'a str,
    cx: u32,
    x: u32,
}

#[derive(Serialize)]
struct LegendItem {
    kind: &'static str,
    mark: Option<Mark>,
    label: String,
    y: u32,
    cy: u32,
}

/// Where ids in the SVG come from: the figure's title and description need
/// ids for `aria-labelledby`; a prefix keeps them unique when a page holds
/// more than one figure, and fixed so output is deterministic.
pub const DEFAULT_ID_PREFIX: &str = "timeline";

/// Draw the timeline as a standalone, accessible SVG element (`role="img"`,
/// `<title>` and `<desc>` referenced by `aria-labelledby`). Rows carry
/// `data-arrangement="ID"`; cells carry a `<title>` tooltip.
pub fn write_svg(
    t: &Timeline,
    cat: &Catalog,
    id_prefix: &str,
    out: &mut dyn Write,
) -> io::Result<()> {
    let svg = render_svg(t, cat, id_prefix).map_err(io::Error::other)?;
    out.write_all(svg.as_bytes())
}

/// [`write_svg`] into a string.
pub fn render_svg(
    t: &Timeline,
    cat: &Catalog,
    id_prefix: &str,
) -> Result<String, minijinja::Error> {
    use layout::*;
    let labels: Vec<String> = t
        .groups
        .iter()
        .flat_map(|g| g.rows.iter().map(|r| cut(&r.name)))
        .collect();
    let longest = labels
        .iter()
        .map(|l| l.chars().count())
        .chain(t.groups.iter().map(|g| g.category.chars().count()))
        .max()
        .unwrap_or(0) as u32;
    let label_w = (longest * CHAR_TENTHS / 10 + 16).max(MIN_LABEL);
    let grid_x = MARGIN + label_w;
    let columns: Vec<SvgColumn> = t
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| SvgColumn {
            id: &c.id,
            as_of: &c.as_of,
            label: &c.label,
            x: grid_x + i as u32 * COLUMN,
            cx: grid_x + i as u32 * COLUMN + COLUMN / 2,
        })
        .collect();
    let mut y = MARGIN + HEADER;
    let mut groups = Vec::new();
    let mut stripe = false;
    for g in &t.groups {
        let gy = y;
        y += GROUP;
        let mut rows = Vec::new();
        for r in &g.rows {
            stripe = !stripe;
            let cells = r
                .cells
                .iter()
                .zip(&columns)
                .map(|(c, col)| SvgCell {
                    x: col.x,
                    cx: col.cx,
                    mark: c.mark,
                    host_changed: c.host_changed,
                    form_changed: c.form_changed,
                    unknown: c.unknown,
                    text: &c.text,
                })
                .collect();
            rows.push(SvgRow {
                id: &r.id,
                name: &r.name,
                label: cut(&r.name),
                y,
                cy: y + ROW / 2,
                text_y: y + ROW / 2 + 4,
                stripe,
                cells,
            });
            y += ROW;
        }
        groups.push(SvgGroup {
            category: &g.category,
            y: gy,
            text_y: gy + GROUP - 7,
            rows,
        });
    }
    let grid_bottom = y;
    y += MARGIN * 2;
    let legend_title_y = y + 12;
    y += LEGEND_LINE + 4;
    let mut legend = Vec::new();
    let flags = [
        ("host", Msg::TimelineHostChanged),
        ("form", Msg::TimelineFormChanged),
        ("unknown", Msg::TimelineUnknown),
    ];
    for m in Mark::ALL {
        legend.push(LegendItem {
            kind: "mark",
            mark: Some(m),
            label: m.label(cat),
            y: y + LEGEND_LINE / 2 + 4,
            cy: y + LEGEND_LINE / 2,
        });
        y += LEGEND_LINE;
    }
    for (kind, msg) in flags {
        legend.push(LegendItem {
            kind,
            mark: None,
            label: cat.text(msg),
            y: y + LEGEND_LINE / 2 + 4,
            cy: y + LEGEND_LINE / 2,
        });
        y += LEGEND_LINE;
    }
    let legend_w = legend
        .iter()
        .map(|l| l.label.chars().count() as u32 * CHAR_TENTHS / 10 + 40)
        .max()
        .unwrap_or(0);
    let width = (grid_x + columns.len() as u32 * COLUMN).max(MARGIN + legend_w) + MARGIN;
    let height = y + MARGIN;
    let (first, last) = match (t.columns.first(), t.columns.last()) {
        (Some(f), Some(l)) => (f.as_of.clone(), l.as_of.clone()),
        _ => ("-".to_owned(), "-".to_owned()),
    };
    let desc = cat.get(
        Msg::TimelineDesc,
        &[
            ("count", t.row_count().into()),
            ("snapshots", t.columns.len().into()),
            ("first", first.into()),
            ("last", last.into()),
        ],
    );
    let env = environment()?;
    env.get_template("timeline.svg")?
        .render(minijinja::context! {
            prefix => id_prefix,
            width, height,
            title => cat.text(Msg::TimelineTitle),
            desc,
            legend_title => cat.text(Msg::TimelineLegend),
            legend_title_y,
            legend => minijinja::value::Serde(&legend),
            columns => minijinja::value::Serde(&columns),
            groups => minijinja::value::Serde(&groups),
            margin => MARGIN,
            grid_x,
            grid_right => grid_x + t.columns.len() as u32 * COLUMN,
            grid_top => MARGIN + HEADER,
            grid_bottom,
            row_h => ROW,
            col_w => COLUMN,
            header_id_y => MARGIN + 16,
            header_date_y => MARGIN + 31,
        })
}

/// A column header's date: a range shows as years, other dates as printed.
fn short_date(d: &crate::model::AsOf) -> String {
    use chrono::Datelike;
    match d {
        crate::model::AsOf::Range { .. } => {
            let (a, b) = (d.earliest().year(), d.latest().year());
            if a == b {
                a.to_string()
            } else {
                format!("{a}–{b}")
            }
        }
        _ => d.to_string(),
    }
}

/// A row label: the name, cut with an ellipsis when too long.
fn cut(name: &str) -> String {
    let n = name.chars().count();
    if n <= layout::MAX_LABEL_CHARS {
        name.to_owned()
    } else {
        let mut s: String = name.chars().take(layout::MAX_LABEL_CHARS - 1).collect();
        s.push('…');
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::NoKnowledge;
    use crate::i18n::Lang;
    use crate::snapshot::SnapshotSet;

    fn fixture() -> SnapshotSet {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good");
        SnapshotSet::load_dir(&dir).unwrap().into_result().unwrap()
    }

    fn timeline(set: &SnapshotSet, lang: Lang) -> Timeline {
        let snaps: Vec<&Snapshot> = set.snapshots.iter().map(|l| &l.snapshot).collect();
        Timeline::build(&snaps, &NoKnowledge, &Catalog::new(lang))
    }

    fn row<'a>(t: &'a Timeline, id: &str) -> &'a Row {
        t.groups
            .iter()
            .flat_map(|g| &g.rows)
            .find(|r| r.id == id)
            .unwrap()
    }

    #[test]
    fn one_row_per_arrangement_in_newest_document_order() {
        let t = timeline(&fixture(), Lang::En);
        let ids: Vec<&str> = t.groups[0].rows.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "regional-council",
                "fire-service",
                "child-welfare",
                "waste-company"
            ]
        );
        assert_eq!(t.row_count(), 4);
        let cols: Vec<&str> = t.columns.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(cols, ["test-2020", "test-2022"]);
    }

    #[test]
    fn marks_status_host_form_and_absence() {
        let t = timeline(&fixture(), Lang::En);
        let fire = &row(&t, "fire-service").cells[1];
        assert_eq!(fire.mark, Mark::Active);
        assert!(fire.host_changed && fire.form_changed && !fire.unknown);
        assert_eq!(fire.symbol, "● H F");
        assert!(
            fire.text.contains("host changed from Alpha to Beta"),
            "{}",
            fire.text
        );
        let child = row(&t, "child-welfare");
        // Not in 2020, which covers both participants: not listed, not "outside".
        assert_eq!(child.cells[0].mark, Mark::NotListed);
        assert_eq!(child.cells[1].mark, Mark::NoticeGiven);
        // An unknown host is no host change.
        assert!(!child.cells[1].host_changed);
        let waste = row(&t, "waste-company");
        assert_eq!(waste.cells[1].mark, Mark::NotListed);
    }

    #[test]
    fn a_relabel_is_no_form_change() {
        // Domain knowledge that calls every change of form a relabel: the
        // changelog would report `legal_form_relabelled`, so the figure must
        // not mark the cell.
        struct AllRelabels;
        impl DomainKnowledge for AllRelabels {
            fn form_relation(
                &self,
                _: &str,
                _: &str,
                _: crate::diff::Interval,
            ) -> crate::diff::FormRelation {
                crate::diff::FormRelation::Relabel { reason: None }
            }
        }
        let set = fixture();
        let snaps: Vec<&Snapshot> = set.snapshots.iter().map(|l| &l.snapshot).collect();
        let t = Timeline::build(&snaps, &AllRelabels, &Catalog::new(Lang::En));
        let fire = &row(&t, "fire-service").cells[1];
        assert!(fire.host_changed && !fire.form_changed, "{fire:?}");
        assert_eq!(fire.symbol, "● H");
    }

    #[test]
    fn svg_is_accessible_escaped_and_deterministic() {
        let set = fixture();
        let cat = Catalog::new(Lang::Nb);
        let mut t = timeline(&set, Lang::Nb);
        t.groups[0].rows[0].name = "A <b> & \"c\"".to_owned();
        let a = render_svg(&t, &cat, "tl").unwrap();
        let b = render_svg(&t, &cat, "tl").unwrap();
        assert_eq!(a, b);
        assert!(a.contains(r#"role="img" aria-labelledby="tl-title tl-desc""#));
        assert!(
            a.contains(r#"<title id="tl-title">Samarbeidsordninger i hvert kildedokument</title>"#)
        );
        assert_eq!(a.matches("data-arrangement=").count(), 4);
        assert!(a.contains("A &lt;b&gt; &amp; &quot;c&quot;"), "{a}");
        assert!(!a.contains("<b>"));
        assert!(a.contains("sagt opp"));
    }
}
