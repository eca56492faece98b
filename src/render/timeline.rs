//! The timeline: arrangements (rows, grouped by policy area) against the
//! source documents (columns, in date order), as a table that reads at A4
//! width.
//!
//! [`Timeline::build`] computes the table from snapshots alone. With a
//! municipality ([`TimelineOptions::municipality`]) each cell says whether
//! that municipality takes part by the document's account (✓, –, ?, ○ or
//! blank); without one, whether the document lists the arrangement and with
//! which status (●, ◐, ✕, ○, ·). Host and legal-form changes are written out
//! in words in each row's last column, never as codes. Column heads are
//! years (a date in words where two documents share a year), never snapshot
//! ids; the legend, which also names each column's document, comes first.
//! Plans, and arrangements that are only proposed or under study, appear
//! only when asked for ([`TimelineOptions::proposals`]).

use serde::Serialize;
use std::borrow::Cow;
use std::collections::BTreeSet;

use crate::diff::{ChangeKind, DomainKnowledge, diff_arrangement};
use crate::i18n::{Catalog, Msg};
use crate::model::{
    Arrangement, Host, LegalFormField, Municipality, Participation, Snapshot, SnapshotKind, Status,
};

use super::sentences::status_words;
use super::snapshot_text::host_text;

/// What a cell shows about an arrangement in one document, when the table
/// is about every municipality.
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
    /// Not listed, although the document claims to list every arrangement
    /// of a municipality that takes part (in some document): it did not
    /// exist, or no longer existed, by this document's account.
    NotListed,
    /// Not listed, and the document does not cover any participant, does
    /// not claim to be complete, or is a plan: silence means nothing.
    Outside,
}

impl Mark {
    /// A one-character text form.
    pub fn symbol(self) -> &'static str {
        match self {
            Mark::Active => "●",
            Mark::NoticeGiven => "◐",
            Mark::Ended => "✕",
            Mark::Proposed => "○",
            Mark::NotListed => "·",
            Mark::Outside => "",
        }
    }

    fn of_listed(a: &Arrangement) -> Mark {
        match a.status {
            Status::Active => Mark::Active,
            Status::NoticeGiven { .. } => Mark::NoticeGiven,
            Status::Ended { .. } => Mark::Ended,
            Status::Proposed | Status::UnderStudy => Mark::Proposed,
        }
    }
}

/// What a cell shows about one municipality's part in an arrangement, by
/// one document's account, when the table is about that municipality.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    /// Listed, and the municipality takes part.
    Yes,
    /// Listed without the municipality, or not listed although the
    /// document claims to list every arrangement of the municipality.
    No,
    /// Listed, but the document does not show whether it takes part.
    Unknown,
    /// The municipality is considering taking part (a proposal, a study).
    Considering,
    /// Not listed, and the document does not speak for the municipality.
    Silent,
}

impl Part {
    /// A one-character text form.
    pub fn symbol(self) -> &'static str {
        match self {
            Part::Yes => "✓",
            Part::No => "–",
            Part::Unknown => "?",
            Part::Considering => "○",
            Part::Silent => "",
        }
    }
}

/// Text symbol for unknown participation of a covered municipality (the
/// table about every municipality).
pub const UNKNOWN_SYMBOL: &str = "?";

/// What the table is about, and what it includes.
#[derive(Debug, Clone, Default)]
pub struct TimelineOptions {
    /// One municipality: only the arrangements it takes part in (or hosts,
    /// or considers, with proposals) in some document, each cell showing its
    /// part; `None`: every arrangement, each cell showing the listing.
    pub municipality: Option<Municipality>,
    /// Include plans (their columns) and arrangements that are only
    /// proposed or under study (their rows).
    pub proposals: bool,
}

/// One cell: an arrangement in one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cell {
    /// What the document says about the arrangement.
    pub mark: Mark,
    /// The municipality's part, when the table is about one.
    pub part: Option<Part>,
    /// The host differs from the previous document that lists it (both
    /// known), and the diff engine is sure of it.
    pub host_changed: bool,
    /// The normalised legal form differs from the previous document that
    /// lists it, and the diff engine calls it a change and is sure of it.
    pub form_changed: bool,
    /// Some municipality the document covers has unknown participation.
    pub unknown: bool,
    /// A sentence for a tooltip and for screen readers.
    pub text: String,
    /// The cell as printed (`✓`, `✓ sagt opp`, `● ?`): most cells share
    /// one of a few static symbols instead of each holding a copy (a large
    /// set's timeline has a cell per arrangement and document, issue 16).
    pub symbol: Cow<'static, str>,
}

/// One row: an arrangement across all documents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    /// The arrangement's id (for machines; never printed).
    pub id: String,
    /// Its latest display name.
    pub name: String,
    /// One cell per column.
    pub cells: Vec<Cell>,
    /// Host and legal-form changes in words, oldest first
    /// ("2021: ny vertskommune Øyer (før Lillehammer)").
    pub changes: Vec<String>,
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
    /// Snapshot id (for machines; never printed).
    pub id: String,
    /// The column head: the year (`2019`), the years of an undated
    /// document (`2017–2019`), or the date in words where two documents
    /// share a year.
    pub label: String,
    /// The document's short name in prose ("oversikten per 1. januar 2019").
    pub name: String,
    /// The document's title as printed.
    pub title: String,
    /// Whether it is a plan.
    pub plan: bool,
}

/// One entry of the legend: a symbol and what it means.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LegendItem {
    /// The symbol as printed in cells (a word for the blank cell).
    pub symbol: String,
    /// What it means.
    pub text: String,
}

/// The table's content, before rendering.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Timeline {
    /// The municipality the table is about, if one.
    pub municipality: Option<String>,
    /// Documents, oldest first.
    pub columns: Vec<Column>,
    /// Policy areas in document order, each with its rows.
    pub groups: Vec<Group>,
    /// The symbols used in the cells, with their meanings, in a fixed order.
    pub legend: Vec<LegendItem>,
}

impl Timeline {
    /// The timeline of `snapshots` (any order; columns are sorted by date,
    /// then id). Rows are grouped by each arrangement's latest policy area;
    /// groups and rows follow the newest document's order, then older ones'.
    pub fn build(
        snapshots: &[&Snapshot],
        knowledge: &dyn DomainKnowledge,
        cat: &Catalog,
        opts: &TimelineOptions,
    ) -> Timeline {
        let mut snaps: Vec<&Snapshot> = snapshots
            .iter()
            .copied()
            .filter(|s| opts.proposals || s.kind != SnapshotKind::Plan)
            .collect();
        snaps.sort_by(|a, b| {
            (a.as_of.earliest(), a.as_of.latest(), &a.id).cmp(&(
                b.as_of.earliest(),
                b.as_of.latest(),
                &b.id,
            ))
        });
        let no_category = cat.text(Msg::NoCategory);
        let columns = columns(&snaps, cat);

        // Order of first appearance, newest document first: an arrangement
        // is new where no newer document lists it. (Looked up in each
        // document's index rather than gathered into maps of every id: the
        // timeline of a large set is built beside the whole set, issue 16.)
        let mut order: Vec<&Arrangement> = Vec::new();
        for (i, s) in snaps.iter().enumerate().rev() {
            let newer = &snaps[i + 1..];
            order.extend(
                s.arrangements
                    .iter()
                    .filter(|a| newer.iter().all(|n| n.arrangement(a.id.as_str()).is_none())),
            );
        }
        let keep = |id: &str| {
            let listings: Vec<&Arrangement> =
                snaps.iter().filter_map(|s| s.arrangement(id)).collect();
            let proposal_only = listings
                .iter()
                .all(|a| matches!(a.status, Status::Proposed | Status::UnderStudy));
            if proposal_only && !opts.proposals {
                return false;
            }
            match &opts.municipality {
                None => true,
                Some(m) => listings.iter().any(|a| {
                    let p = a.participation_of(m);
                    p == Participation::Yes
                        || (opts.proposals && p == Participation::Considering)
                        || matches!(&a.host, Host::Participant(h) if h == m)
                }),
            }
        };

        let mut groups: Vec<Group> = Vec::new();
        for a in order.into_iter().filter(|a| keep(a.id.as_str())) {
            let id = a.id.as_str();
            let category = a.category.clone().unwrap_or_else(|| no_category.clone());
            // Municipalities that take part (or host) in any listing.
            let mut involved: BTreeSet<&Municipality> = BTreeSet::new();
            for listing in snaps.iter().filter_map(|s| s.arrangement(id)) {
                involved.extend(listing.participants());
                if let Host::Participant(m) = &listing.host {
                    involved.insert(m);
                }
            }
            let row = build_row(
                RowInput {
                    id,
                    name: a.display_name(),
                    involved: &involved,
                    municipality: opts.municipality.as_ref(),
                },
                &snaps,
                &columns,
                knowledge,
                cat,
            );
            match groups.iter_mut().find(|g| g.category == category) {
                Some(g) => g.rows.push(row),
                None => groups.push(Group {
                    category,
                    rows: vec![row],
                }),
            }
        }
        let legend = legend(&groups, opts.municipality.as_ref(), cat);
        Timeline {
            municipality: opts.municipality.as_ref().map(|m| m.to_string()),
            columns,
            groups,
            legend,
        }
    }

    /// Number of rows (distinct arrangements).
    pub fn row_count(&self) -> usize {
        self.groups.iter().map(|g| g.rows.len()).sum()
    }
}

/// The columns of `snaps` (in date order): the year as the head; the date
/// in words where two documents share a year; the document's short name
/// where they share the date too.
fn columns(snaps: &[&Snapshot], cat: &Catalog) -> Vec<Column> {
    let years: Vec<String> = snaps.iter().map(|s| short_date(&s.as_of)).collect();
    let dates: Vec<String> = snaps
        .iter()
        .map(|s| crate::i18n::words::as_of_words(&s.as_of, cat))
        .collect();
    let shared = |all: &[String], one: &String| all.iter().filter(|x| *x == one).count() > 1;
    snaps
        .iter()
        .zip(years.iter().zip(&dates))
        .map(|(s, (year, date))| {
            let name = cat.document(s.id.as_str());
            Column {
                id: s.id.to_string(),
                label: if !shared(&years, year) {
                    year.clone()
                } else if !shared(&dates, date) {
                    date.clone()
                } else {
                    name.clone()
                },
                name,
                title: s.title.clone(),
                plan: s.kind == SnapshotKind::Plan,
            }
        })
        .collect()
}

/// The legend: the symbols the cells use, in a fixed order.
fn legend(groups: &[Group], m: Option<&Municipality>, cat: &Catalog) -> Vec<LegendItem> {
    let cells = || groups.iter().flat_map(|g| &g.rows).flat_map(|r| &r.cells);
    let mut items = Vec::new();
    let blank = cat.text(Msg::TimelineBlank);
    match m {
        Some(m) => {
            let used: BTreeSet<Part> = cells().filter_map(|c| c.part).collect();
            let who = [("municipality", m.as_str().into())];
            for (part, msg) in [
                (Part::Yes, Msg::TimelineLegendYes),
                (Part::No, Msg::TimelineLegendNo),
                (Part::Unknown, Msg::TimelineLegendUnknown),
                (Part::Considering, Msg::TimelineLegendConsidering),
                (Part::Silent, Msg::TimelineLegendSilent),
            ] {
                if used.contains(&part) {
                    let symbol = match part.symbol() {
                        "" => blank.clone(),
                        s => s.to_owned(),
                    };
                    items.push(LegendItem {
                        symbol,
                        text: cat.get(msg, &who),
                    });
                }
            }
        }
        None => {
            let used: BTreeSet<Mark> = cells().map(|c| c.mark).collect();
            for (mark, msg) in [
                (Mark::Active, Msg::TimelineActive),
                (Mark::NoticeGiven, Msg::TimelineNotice),
                (Mark::Ended, Msg::TimelineEnded),
                (Mark::Proposed, Msg::TimelineProposed),
                (Mark::NotListed, Msg::TimelineNotListed),
                (Mark::Outside, Msg::TimelineOutside),
            ] {
                if used.contains(&mark) {
                    let symbol = match mark.symbol() {
                        "" => blank.clone(),
                        s => s.to_owned(),
                    };
                    items.push(LegendItem {
                        symbol,
                        text: cat.text(msg),
                    });
                }
            }
            if cells().any(|c| c.unknown) {
                items.push(LegendItem {
                    symbol: UNKNOWN_SYMBOL.to_owned(),
                    text: cat.text(Msg::TimelineUnknown),
                });
            }
        }
    }
    items
}

/// What a row is about.
struct RowInput<'a> {
    id: &'a str,
    name: &'a str,
    /// Municipalities that take part in or host it in some document.
    involved: &'a BTreeSet<&'a Municipality>,
    /// The municipality the table is about, if one.
    municipality: Option<&'a Municipality>,
}

/// A legal form in a few words: as printed, else the registry's label of
/// its normalised form.
fn form_short(f: Option<&LegalFormField>, cat: &Catalog) -> String {
    let printed = f.and_then(|f| f.printed.as_deref());
    let label = f
        .and_then(|f| f.normalised.as_deref())
        .and_then(|n| cat.term(n));
    match (printed, label) {
        (Some(p), _) => cat.get(Msg::Quoted, &[("text", p.into())]),
        (None, Some(l)) => l,
        (None, None) => cat.text(Msg::StateNotStated),
    }
}

fn build_row(
    row: RowInput,
    snaps: &[&Snapshot],
    columns: &[Column],
    knowledge: &dyn DomainKnowledge,
    cat: &Catalog,
) -> Row {
    let RowInput {
        id,
        name,
        involved,
        municipality,
    } = row;
    let unknown = cat.text(Msg::Unknown);
    // The previous listing, and the changes since it as the diff engine
    // decides them: a relabel under the new act is no form change here
    // either.
    let mut previous: Option<(&Snapshot, &Arrangement)> = None;
    let mut cells = Vec::new();
    let mut notes = Vec::new();
    for (s, col) in snaps.iter().zip(columns) {
        let document = col.name.clone();
        let cell = match s.arrangement(id) {
            Some(a) => {
                let host = match &a.host {
                    Host::Unknown => unknown.clone(),
                    h => host_text(h, cat),
                };
                let form = a
                    .legal_form
                    .as_ref()
                    .and_then(|f| f.printed.clone().or_else(|| f.normalised.clone()))
                    .unwrap_or_else(|| unknown.clone());
                let text = cat.get(
                    Msg::TimelineCellListed,
                    &[
                        ("name", name.into()),
                        ("snapshot", document.into()),
                        ("status", status_words(&a.status, cat).into()),
                        ("host", host.clone().into()),
                        ("form", form.into()),
                    ],
                );
                let changes = previous
                    .map(|(ps, p)| diff_arrangement(ps, p, s, a, knowledge))
                    .unwrap_or_default();
                // Only what the diff engine is sure of, between known hosts:
                // a doubtful change belongs to the audit, not to this table.
                let changed = |kind| changes.iter().any(|c| c.kind == kind && !c.uncertain);
                let known = |h: &Host| !matches!(h, Host::Unknown);
                let host_changed = changed(ChangeKind::HostChanged)
                    && known(&a.host)
                    && previous.is_some_and(|(_, p)| known(&p.host));
                let form_changed = changed(ChangeKind::LegalFormChanged);
                if let (true, Some((_, p))) = (host_changed, previous) {
                    notes.push(cat.get(
                        Msg::TimelineNoteHost,
                        &[
                            ("when", col.label.clone().into()),
                            ("from", host_text(&p.host, cat).into()),
                            ("to", host.into()),
                        ],
                    ));
                }
                if let (true, Some((_, p))) = (form_changed, previous) {
                    notes.push(cat.get(
                        Msg::TimelineNoteForm,
                        &[
                            ("when", col.label.clone().into()),
                            ("from", form_short(p.legal_form.as_ref(), cat).into()),
                            ("to", form_short(a.legal_form.as_ref(), cat).into()),
                        ],
                    ));
                }
                let unknown_in = s
                    .scope
                    .covers
                    .iter()
                    .any(|m| a.participation_of(m) == Participation::Unknown);
                previous = Some((*s, a));
                let part = municipality.map(|m| {
                    if !s.declared_municipalities().contains(m) {
                        return Part::Silent;
                    }
                    match a.participation_of(m) {
                        Participation::Yes => Part::Yes,
                        Participation::No => Part::No,
                        Participation::Unknown => Part::Unknown,
                        Participation::Considering => Part::Considering,
                    }
                });
                let mark = Mark::of_listed(a);
                let symbol = match part {
                    Some(p) => {
                        let status = match (p, &a.status) {
                            (Part::Yes | Part::Unknown, Status::NoticeGiven { .. }) => {
                                Some(Msg::TimelineShortNotice)
                            }
                            (Part::Yes | Part::Unknown, Status::Ended { .. }) => {
                                Some(Msg::TimelineShortEnded)
                            }
                            _ => None,
                        };
                        match status {
                            Some(msg) => Cow::Owned(format!("{} {}", p.symbol(), cat.text(msg))),
                            None => Cow::Borrowed(p.symbol()),
                        }
                    }
                    None if unknown_in => Cow::Owned(format!("{} {UNKNOWN_SYMBOL}", mark.symbol())),
                    None => Cow::Borrowed(mark.symbol()),
                };
                Cell {
                    mark,
                    part,
                    host_changed,
                    form_changed,
                    unknown: unknown_in && part.is_none(),
                    text,
                    symbol,
                }
            }
            None => {
                // Silence is an answer only from an inventory that claims
                // to list every arrangement of a municipality concerned.
                let complete = s.kind == SnapshotKind::Inventory && s.scope.exhaustive;
                let covered = complete
                    && match municipality {
                        Some(m) => s.covers(m),
                        None => s.scope.covers.iter().any(|m| involved.contains(m)),
                    };
                let (mark, msg) = if covered {
                    (Mark::NotListed, Msg::TimelineCellNotListed)
                } else {
                    (Mark::Outside, Msg::TimelineCellOutside)
                };
                let part = municipality.map(|_| if covered { Part::No } else { Part::Silent });
                let text = cat.get(msg, &[("name", name.into()), ("snapshot", document.into())]);
                Cell {
                    mark,
                    part,
                    host_changed: false,
                    form_changed: false,
                    unknown: false,
                    text,
                    symbol: Cow::Borrowed(part.map_or(mark.symbol(), Part::symbol)),
                }
            }
        };
        cells.push(cell);
    }
    Row {
        id: id.to_owned(),
        name: name.to_owned(),
        cells,
        changes: notes,
    }
}

/// A column head's year: the year of the date, or the years of a range.
fn short_date(d: &crate::model::AsOf) -> String {
    use chrono::Datelike;
    let (a, b) = (d.earliest().year(), d.latest().year());
    if a == b {
        a.to_string()
    } else {
        format!("{a}–{b}")
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

    fn timeline(set: &SnapshotSet, lang: Lang, opts: &TimelineOptions) -> Timeline {
        let snaps: Vec<&Snapshot> = set.snapshots.iter().map(|l| &l.snapshot).collect();
        Timeline::build(&snaps, &NoKnowledge, &Catalog::new(lang), opts)
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
        let t = timeline(&fixture(), Lang::En, &TimelineOptions::default());
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
        // Column heads are years, never snapshot ids.
        let heads: Vec<&str> = t.columns.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(heads, ["2020", "2022"]);
    }

    #[test]
    fn marks_status_and_absence_with_host_and_form_changes_in_words() {
        let t = timeline(&fixture(), Lang::En, &TimelineOptions::default());
        let fire = row(&t, "fire-service");
        assert_eq!(fire.cells[1].mark, Mark::Active);
        assert!(fire.cells[1].host_changed && fire.cells[1].form_changed);
        assert_eq!(fire.cells[1].symbol, "●");
        assert_eq!(
            fire.changes,
            [
                "2022: new host Beta (before Alpha)",
                "2022: new legal form “Kommuneloven” (before “§ 28-1 b”)"
            ]
        );
        let child = row(&t, "child-welfare");
        // Not in 2020, which covers both participants: not listed, not "outside".
        assert_eq!(child.cells[0].mark, Mark::NotListed);
        assert_eq!(child.cells[1].mark, Mark::NoticeGiven);
        // An unknown host is no host change.
        assert!(!child.cells[1].host_changed && child.changes.is_empty());
        let waste = row(&t, "waste-company");
        assert_eq!(waste.cells[1].mark, Mark::NotListed);
        let symbols: Vec<&str> = t.legend.iter().map(|l| l.symbol.as_str()).collect();
        assert_eq!(symbols, ["●", "◐", "·"]);
    }

    #[test]
    fn one_municipality_shows_its_own_part() {
        let opts = TimelineOptions {
            municipality: Some(Municipality::from("Beta")),
            proposals: false,
        };
        let t = timeline(&fixture(), Lang::Nb, &opts);
        let symbols = |id: &str| -> Vec<String> {
            row(&t, id)
                .cells
                .iter()
                .map(|c| c.symbol.to_string())
                .collect()
        };
        assert_eq!(symbols("fire-service"), ["✓", "✓"]);
        assert_eq!(symbols("child-welfare"), ["–", "✓ sagt opp"]);
        // Beta never took part in the waste company: no row.
        assert!(
            t.groups
                .iter()
                .flat_map(|g| &g.rows)
                .all(|r| r.id != "waste-company")
        );
        assert_eq!(t.legend[0].text, "Beta deltar");
        assert_eq!(t.municipality.as_deref(), Some("Beta"));
    }

    #[test]
    fn a_relabel_is_no_form_change() {
        // Domain knowledge that calls every change of form a relabel: the
        // changelog would report `legal_form_relabelled`, so the table must
        // not mention it.
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
        let t = Timeline::build(
            &snaps,
            &AllRelabels,
            &Catalog::new(Lang::En),
            &TimelineOptions::default(),
        );
        let fire = row(&t, "fire-service");
        assert!(fire.cells[1].host_changed && !fire.cells[1].form_changed);
        assert_eq!(fire.changes, ["2022: new host Beta (before Alpha)"]);
    }

    #[test]
    fn plans_and_proposals_only_when_asked_for() {
        let mut set = fixture();
        // The newer document becomes a plan dated in the same year as the
        // older one, and the older one gains a study.
        let mut plan = set.snapshots[1].snapshot.clone();
        plan.kind = SnapshotKind::Plan;
        plan.as_of = set.snapshots[0].snapshot.as_of.clone();
        plan.id = crate::model::SnapshotId("plan".to_owned());
        plan.arrangements
            .retain(|a| a.id.as_str() == "child-welfare");
        plan.arrangements[0].status = Status::Proposed;
        plan.reindex();
        set.snapshots[1].snapshot = plan;
        let off = timeline(&set, Lang::Nb, &TimelineOptions::default());
        assert_eq!(off.columns.len(), 1);
        assert!(
            off.groups
                .iter()
                .flat_map(|g| &g.rows)
                .all(|r| r.id != "child-welfare")
        );
        let on = timeline(
            &set,
            Lang::Nb,
            &TimelineOptions {
                municipality: None,
                proposals: true,
            },
        );
        assert_eq!(on.columns.len(), 2);
        let plan_at = on.columns.iter().position(|c| c.plan).unwrap();
        assert_eq!(
            row(&on, "child-welfare").cells[plan_at].mark,
            Mark::Proposed
        );
        // Two documents of the same day: the heads are the documents'
        // names (here, with no vocabulary loaded, their ids), never equal.
        let heads: Vec<&str> = on.columns.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(heads, ["plan", "test-2020"]);
    }
}
