//! The annual-report document: a [`Report`] value built from the snapshots
//! of a date range (and their changelog and audit), with every text already
//! in the reader's language, ready for the Markdown and HTML templates in
//! [`render`].
//!
//! Sections, in order: summary (counts by change kind, municipality and
//! policy area), the important changes in sentences grouped by policy area,
//! the timeline figure, a view per municipality (joined, left, hosts), the
//! audit findings, and an appendix listing every source document with its
//! date, scope and SHA-256.

pub mod brief;

use serde::Serialize;
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use crate::audit::{Audit, Finding};
use crate::diff::{Change, ChangeKind, Changelog, DomainKnowledge, Group, Side};
use crate::i18n::{Arg, Catalog, Msg};
use crate::model::{Host, Municipality, Snapshot, SnapshotKind};
use crate::render::snapshot_text::kind_text;
use crate::render::timeline::{self, Timeline, TimelineOptions};
// The labels moved below both this module and the renderers; their old
// paths stay for callers.
pub use crate::render::labels::{kind_label, severity_label, why_text};
use crate::snapshot::LoadedSnapshot;

pub mod render;

/// A localised heading or label, by the name templates use.
pub type Labels = BTreeMap<&'static str, String>;

/// One row of a count table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Count {
    /// What is counted (a change kind's name, a municipality, a policy area).
    pub label: String,
    /// A stable key for machines (`added`, a municipality's name).
    pub key: String,
    /// How many.
    pub count: usize,
}

/// The summary section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Summary {
    /// Total number of changes.
    pub total: usize,
    /// The sentence stating the total.
    pub total_text: String,
    /// Changes per kind, every kind with at least one change, in reading order.
    pub by_kind: Vec<Count>,
    /// Changes per municipality (a change counts for every municipality
    /// it concerns), by name.
    pub by_municipality: Vec<Count>,
    /// Changes per policy area, in the timeline's order.
    pub by_category: Vec<Count>,
}

/// One change, as a sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChangeItem {
    /// The arrangement's name.
    pub name: String,
    /// What happened, in a sentence.
    pub sentence: String,
    /// Where to see it in the sources, documents named in words.
    pub evidence: String,
}

/// The important changes of one policy area.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CategoryChanges {
    /// The policy area.
    pub category: String,
    /// Its changes, in log order.
    pub items: Vec<ChangeItem>,
}

/// What one municipality joined, left and hosts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MunicipalityView {
    /// The municipality.
    pub name: String,
    /// Arrangements it joined (or that were added with it taking part).
    pub joined: Vec<String>,
    /// Arrangements it left (or that ended while it took part).
    pub left: Vec<String>,
    /// Arrangements it hosts in the latest inventory that covers it.
    pub hosts: Vec<String>,
    /// The heading of the hosts list, naming that inventory.
    pub hosts_label: String,
}

/// One audit finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FindingItem {
    /// Its stable code.
    pub code: &'static str,
    /// Its severity, localised (one copy shared by the findings of a
    /// severity).
    #[serde(serialize_with = "shared_text")]
    pub severity: Arc<str>,
    /// What was found.
    pub message: String,
    /// Why it matters (one copy shared by the findings of a code: a large
    /// set has tens of thousands of findings, issue 16).
    #[serde(serialize_with = "shared_text")]
    pub why: Arc<str>,
    /// Where to check it.
    pub evidence: String,
}

fn shared_text<S: serde::Serializer>(text: &Arc<str>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(text)
}

/// One source document in the appendix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourceItem {
    /// Snapshot id.
    pub id: String,
    /// The document's title as printed.
    pub title: String,
    /// The date it describes.
    pub as_of: String,
    /// Inventory or plan, localised.
    pub kind: String,
    /// Whose cooperation it covers (and mentions).
    pub scope: String,
    /// The file in the snapshot directory.
    pub path: String,
    /// The file name it arrived under, if known.
    pub original_name: Option<String>,
    /// Lowercase hex SHA-256 of the file.
    pub sha256: String,
}

/// One cell of the timeline as printed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimelineTextCell {
    /// The cell's symbol (`✓`, `✓ sagt opp`, `●`), or empty.
    pub symbol: Cow<'static, str>,
    /// What it means, in a sentence (a tooltip in HTML).
    pub text: String,
}

/// One row of the timeline as printed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimelineTextRow {
    /// A policy-area heading row, or an arrangement row.
    pub heading: bool,
    /// The heading or the arrangement's name.
    pub name: String,
    /// The arrangement's id (empty for headings; for machines, never printed).
    pub id: String,
    /// One cell per column (empty for headings).
    pub cells: Vec<TimelineTextCell>,
    /// Host and legal-form changes in words (empty for headings).
    pub changes: Vec<String>,
}

/// The timeline section: legend and columns first, then the table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimelineSection {
    /// What the rows and columns are.
    pub note: String,
    /// The symbols used, with their meanings.
    pub legend: Vec<timeline::LegendItem>,
    /// Each column's head with its document ("2019: oversikten per …, «…»").
    pub columns: Vec<String>,
    /// The column heads (years), oldest first.
    pub heads: Vec<String>,
    /// Heading rows and arrangement rows, in order.
    pub rows: Vec<TimelineTextRow>,
}

/// The whole report, every text in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Language code (`nb`, `en`) for the HTML `lang` attribute.
    pub lang: String,
    /// Headings and labels by template name.
    pub t: Labels,
    /// The subtitle: how many documents, which dates.
    pub subtitle: String,
    /// The summary.
    pub summary: Summary,
    /// Important changes, by policy area.
    pub changes: Vec<CategoryChanges>,
    /// Changes that rest on a doubtful reading ([`is_doubtful`]), kept out
    /// of the important changes and shown in their own section.
    pub doubtful: Vec<ChangeItem>,
    /// The timeline.
    pub timeline: TimelineSection,
    /// Number of arrangements (rows) in the timeline.
    pub arrangement_count: usize,
    /// Per municipality.
    pub municipalities: Vec<MunicipalityView>,
    /// Audit findings.
    pub findings: Vec<FindingItem>,
    /// The source documents.
    pub sources: Vec<SourceItem>,
    /// The closing line.
    pub colophon: String,
}

/// What a report is about, and what it includes.
#[derive(Debug, Clone, Default)]
pub struct ReportOptions {
    /// One municipality (resolved), or `None` for every one.
    pub municipality: Option<Municipality>,
    /// Include plans and arrangements that are only proposed or under study.
    pub proposals: bool,
}

/// Labels the templates use, by name.
const LABELS: &[(&str, Msg)] = &[
    ("title", Msg::ReportTitle),
    ("intro", Msg::ReportIntro),
    ("contents", Msg::ReportContents),
    ("summary", Msg::ReportSummary),
    ("by_kind", Msg::ReportByKind),
    ("by_municipality", Msg::ReportByMunicipality),
    ("by_category", Msg::ReportByCategory),
    ("changes", Msg::ReportChanges),
    ("changes_note", Msg::ReportChangesNote),
    ("no_changes", Msg::ReportNoChanges),
    ("doubtful", Msg::ReportDoubtful),
    ("doubtful_note", Msg::ReportDoubtfulNote),
    ("timeline", Msg::ReportTimeline),
    ("timeline_legend", Msg::TimelineLegend),
    ("timeline_columns", Msg::ReportTimelineColumns),
    ("timeline_changes", Msg::ReportTimelineChanges),
    ("municipalities", Msg::ReportMunicipalities),
    ("joined", Msg::ReportJoined),
    ("left", Msg::ReportLeft),
    ("none", Msg::ReportNone),
    ("findings", Msg::ReportFindings),
    ("no_findings", Msg::ReportNoFindings),
    ("why", Msg::ReportWhy),
    ("evidence", Msg::ReportEvidence),
    ("appendix", Msg::ReportAppendix),
    ("appendix_note", Msg::ReportAppendixNote),
    ("original_name", Msg::ReportOriginalName),
    ("total", Msg::ReportTotal),
    ("col_id", Msg::ColSnapshot),
    ("col_title", Msg::ColTitle),
    ("col_as_of", Msg::ColAsOf),
    ("col_kind", Msg::ColKind),
    ("col_scope", Msg::ColScope),
    ("col_file", Msg::ColFile),
    ("col_sha256", Msg::ColSha256),
    ("col_count", Msg::ColCount),
    ("col_change_kind", Msg::ColChangeKind),
    ("col_municipality", Msg::ColMunicipality),
    ("col_category", Msg::ColCategory),
    ("col_name", Msg::ColName),
];

/// Whether a change belongs in the report's list of important changes:
/// a substantive change an annual report should mention. Left out are
/// spelling-only edits, comment edits, mere changes of a document's scope,
/// and what changed only on paper: a legal form relabelled by a new act, a
/// partner succeeded by its successor, participation that only became known
/// or unknown, and anything flagged uncertain (a "rename" or partner change
/// read from prose, an ending across overlapping dates: the audit reports
/// those). Every change still counts in the summary.
pub fn is_important(c: &Change) -> bool {
    let paper_only = matches!(
        c.kind,
        ChangeKind::CommentChanged
            | ChangeKind::LegalFormRelabelled
            | ChangeKind::PartnerSucceeded
            | ChangeKind::ParticipationUncertain
    );
    !c.cosmetic && !c.uncertain && c.kind.group() != Group::Scope && !paper_only
}

/// Whether a change would be important but rests on a doubtful reading
/// (issue 12 point 1): an addition, ending, host or form change, or a
/// member joining or leaving, flagged `uncertain` (marks judged a probable
/// column slip, documents whose dates may be in the other order, partners
/// named in passing in prose). The report lists these apart, labelled, so
/// nobody copies them into an annual report as facts.
pub fn is_doubtful(c: &Change) -> bool {
    !c.cosmetic
        && c.uncertain
        && matches!(
            c.kind.group(),
            Group::Ended | Group::Added | Group::HostAndForm | Group::Members
        )
}

impl Report {
    /// The report of the documents `snapshots` (the range, in any order),
    /// with `changelog` (the log of the range's inventories), `audit` (the
    /// audit of the range) and the `knowledge` the changelog was made with
    /// (so the timeline marks the same form and host changes).
    pub fn build(
        snapshots: &[&LoadedSnapshot],
        changelog: &Changelog,
        audit: &Audit,
        knowledge: &dyn DomainKnowledge,
        cat: &Catalog,
    ) -> Report {
        let opts = ReportOptions::default();
        Report::build_for(snapshots, changelog, audit, knowledge, cat, &opts)
    }

    /// [`Report::build`] with options. For one municipality the timeline
    /// shows only the arrangements it takes part in or hosts in some
    /// document, each cell its own part, and the view per municipality only
    /// its own (the changelog is filtered by the caller). Without
    /// [`ReportOptions::proposals`], plans (their columns, their findings,
    /// their place in the appendix) and changes of arrangements that are
    /// only proposed or under study are left out.
    ///
    /// [`ReportBuilder`] makes the same report in steps, so that a caller
    /// can let the audit and the changelog go as soon as their parts are
    /// taken.
    pub fn build_for(
        snapshots: &[&LoadedSnapshot],
        changelog: &Changelog,
        audit: &Audit,
        knowledge: &dyn DomainKnowledge,
        cat: &Catalog,
        opts: &ReportOptions,
    ) -> Report {
        let mut b = ReportBuilder::new(snapshots, cat, opts);
        b.findings(audit);
        b.changes(changelog.clone());
        b.finish(knowledge)
    }
}

/// A [`Report`] made in steps, each taking what it needs from one input:
/// [`ReportBuilder::findings`] from the audit, [`ReportBuilder::changes`]
/// from the changelog, [`ReportBuilder::finish`] the timeline, the views
/// per municipality and the appendix from the snapshots. The steps may come
/// in either order, and the result is [`Report::build_for`]'s, so a large
/// set's audit and changelog need not be held together with each other or
/// with the timeline (issue 16: peak memory of `report`).
pub struct ReportBuilder<'a> {
    /// The documents of the report (plans only with proposals).
    snapshots: Vec<&'a LoadedSnapshot>,
    cat: &'a Catalog,
    opts: &'a ReportOptions,
    findings: Vec<FindingItem>,
    summary: Summary,
    changes: Vec<CategoryChanges>,
    doubtful: Vec<ChangeItem>,
    /// What each municipality covered by an inventory joined and left.
    joined_and_left: BTreeMap<String, (Vec<String>, Vec<String>)>,
}

impl<'a> ReportBuilder<'a> {
    /// A report of `snapshots` (the range, in any order), with no findings
    /// and no changes yet.
    pub fn new(
        snapshots: &[&'a LoadedSnapshot],
        cat: &'a Catalog,
        opts: &'a ReportOptions,
    ) -> ReportBuilder<'a> {
        ReportBuilder {
            snapshots: snapshots
                .iter()
                .copied()
                .filter(|l| opts.proposals || l.snapshot.kind != SnapshotKind::Plan)
                .collect(),
            cat,
            opts,
            findings: Vec::new(),
            summary: Summary::default(),
            changes: Vec::new(),
            doubtful: Vec::new(),
            joined_and_left: BTreeMap::new(),
        }
    }

    /// Take the findings from `audit` (the audit of the range): the open
    /// findings, in priority order; a later document's resolution is the
    /// audit's business, not the annual report's; a plan's findings only
    /// when plans are asked for.
    pub fn findings(&mut self, audit: &Audit) {
        let plans: BTreeSet<&str> = self
            .snapshots
            .iter()
            .filter(|l| l.snapshot.kind == SnapshotKind::Plan)
            .map(|l| l.snapshot.id.as_str())
            .collect();
        let (opts, cat) = (self.opts, self.cat);
        let mut shared = SharedTexts::default();
        self.findings = audit
            .open()
            .filter(|f| opts.proposals || !plans.contains(f.snapshot.as_str()))
            .map(|f| finding_item(f, cat, &mut shared))
            .collect();
    }

    /// Take the summary, the important and doubtful changes, and what each
    /// municipality joined and left from `changelog` (the log of the
    /// range's inventories).
    pub fn changes(&mut self, mut changelog: Changelog) {
        let (opts, cat) = (self.opts, self.cat);
        let snapshots = &self.snapshots;
        if !opts.proposals {
            // Arrangements only ever proposed or under study in the range,
            // as the timeline leaves them out.
            let mut plans_only: BTreeMap<&str, bool> = BTreeMap::new();
            for a in snapshots.iter().flat_map(|l| &l.snapshot.arrangements) {
                let proposal = matches!(
                    a.status,
                    crate::model::Status::Proposed | crate::model::Status::UnderStudy
                );
                *plans_only.entry(a.id.as_str()).or_insert(true) &= proposal;
            }
            changelog.changes.retain(|c| {
                !brief::about_proposal(c)
                    && !plans_only
                        .get(c.arrangement.as_str())
                        .copied()
                        .unwrap_or(false)
            });
        }
        let changelog = &changelog;
        // In the order of names here; [`ReportBuilder::finish`] puts the
        // policy areas in the timeline's order.
        self.summary = summary(changelog, &[], cat);
        self.changes = important_changes(changelog, &[], cat);
        self.doubtful = changelog
            .changes
            .iter()
            .filter(|c| is_doubtful(c))
            .map(|c| change_item(c, cat))
            .collect();
        let covers: BTreeMap<&str, BTreeSet<&str>> = snapshots
            .iter()
            .map(|l| {
                let s = &l.snapshot;
                (
                    s.id.as_str(),
                    s.scope.covers.iter().map(|m| m.as_str()).collect(),
                )
            })
            .collect();
        let snaps: Vec<&Snapshot> = snapshots.iter().map(|l| &l.snapshot).collect();
        self.joined_and_left = covered_municipalities(&snaps)
            .into_iter()
            .filter(|m| {
                opts.municipality
                    .as_ref()
                    .is_none_or(|o| o.as_str() == m.as_str())
            })
            .map(|m| {
                let m = m.as_str();
                (m.to_owned(), joined_and_left(changelog, m, &covers, cat))
            })
            .collect();
    }

    /// The report: the timeline, what each municipality hosts and the
    /// appendix from the snapshots, with the parts taken so far. `knowledge`
    /// is what the changelog was made with (so the timeline marks the same
    /// form and host changes).
    pub fn finish(mut self, knowledge: &dyn DomainKnowledge) -> Report {
        let mut r = Report::from_snapshots(&self.snapshots, knowledge, self.cat, self.opts);
        r.findings = self.findings;
        let category_order: Vec<&str> = r
            .timeline
            .rows
            .iter()
            .filter(|row| row.heading)
            .map(|row| row.name.as_str())
            .collect();
        let position = |name: &str| {
            category_order
                .iter()
                .position(|o| *o == name)
                .unwrap_or(usize::MAX)
        };
        // Sorted by name: a stable sort by position keeps names in order
        // among those the timeline lacks.
        self.summary.by_category.sort_by_key(|c| position(&c.key));
        self.changes.sort_by_key(|g| position(&g.category));
        r.summary = self.summary;
        r.changes = self.changes;
        r.doubtful = self.doubtful;
        for m in &mut r.municipalities {
            if let Some((joined, left)) = self.joined_and_left.remove(&m.name) {
                m.joined = joined;
                m.left = left;
            }
        }
        r
    }
}

impl Report {
    /// The parts of the report that come from the snapshots alone: the
    /// timeline, what each municipality hosts, and the appendix.
    fn from_snapshots(
        snapshots: &[&LoadedSnapshot],
        knowledge: &dyn DomainKnowledge,
        cat: &Catalog,
        opts: &ReportOptions,
    ) -> Report {
        let municipality = opts.municipality.as_ref();
        let mut loaded: Vec<&LoadedSnapshot> = snapshots.to_vec();
        loaded.sort_by(|a, b| {
            let (x, y) = (&a.snapshot, &b.snapshot);
            (x.as_of.earliest(), x.as_of.latest(), &x.id).cmp(&(
                y.as_of.earliest(),
                y.as_of.latest(),
                &y.id,
            ))
        });
        let snaps: Vec<&Snapshot> = loaded.iter().map(|l| &l.snapshot).collect();
        let tl = Timeline::build(
            &snaps,
            knowledge,
            cat,
            &TimelineOptions {
                municipality: opts.municipality.clone(),
                proposals: opts.proposals,
            },
        );
        let t: Labels = LABELS.iter().map(|(k, m)| (*k, cat.text(*m))).collect();
        let (first, last) = match (snaps.first(), snaps.last()) {
            (Some(f), Some(l)) => (
                crate::i18n::words::as_of_words(&f.as_of, cat),
                crate::i18n::words::as_of_words(&l.as_of, cat),
            ),
            _ => ("-".to_owned(), "-".to_owned()),
        };
        Report {
            lang: cat.lang().code().to_owned(),
            t,
            subtitle: cat.get(
                Msg::ReportSubtitle,
                &[
                    ("count", snaps.len().into()),
                    ("first", first.into()),
                    ("last", last.into()),
                ],
            ),
            summary: Summary::default(),
            changes: Vec::new(),
            doubtful: Vec::new(),
            arrangement_count: tl.row_count(),
            timeline: timeline_section(tl, cat),
            municipalities: municipality_views(&snaps, cat)
                .into_iter()
                .filter(|v| municipality.is_none_or(|m| v.name == m.as_str()))
                .collect(),
            findings: Vec::new(),
            sources: snaps.iter().map(|s| source_item(s, cat)).collect(),
            colophon: cat.get(
                Msg::ReportColophon,
                &[("version", env!("CARGO_PKG_VERSION").into())],
            ),
        }
    }
}

/// Texts that many findings share, made once per run.
#[derive(Default)]
struct SharedTexts {
    severity: BTreeMap<&'static str, Arc<str>>,
    why: BTreeMap<&'static str, Arc<str>>,
}

fn finding_item(f: &Finding, cat: &Catalog, shared: &mut SharedTexts) -> FindingItem {
    FindingItem {
        code: f.code.as_str(),
        severity: Arc::clone(
            shared
                .severity
                .entry(f.severity.as_str())
                .or_insert_with(|| severity_label(f.severity, cat).into()),
        ),
        message: crate::render::followup_words::finding_words(f, cat),
        why: Arc::clone(
            shared
                .why
                .entry(f.code.as_str())
                .or_insert_with(|| why_text(f.code, cat).into()),
        ),
        evidence: f
            .evidence
            .iter()
            .map(|e| source_words(e.snapshot.as_str(), &e.lines, cat))
            .collect::<Vec<_>>()
            .join("; "),
    }
}

fn category_of(c: &Change, cat: &Catalog) -> String {
    c.category
        .clone()
        .unwrap_or_else(|| cat.text(Msg::NoCategory))
}

/// Policy areas in the timeline's order; any the timeline lacks follow, by
/// name.
fn order_categories(mut names: Vec<String>, order: &[String]) -> Vec<String> {
    names.sort_by_key(|n| {
        (
            order.iter().position(|o| o == n).unwrap_or(usize::MAX),
            n.clone(),
        )
    });
    names.dedup();
    names
}

fn summary(log: &Changelog, category_order: &[String], cat: &Catalog) -> Summary {
    let counts = log.summary();
    let mut kinds: Vec<ChangeKind> = ChangeKind::ALL.to_vec();
    kinds.sort_by_key(|k| (k.group(), ChangeKind::ALL.iter().position(|x| x == k)));
    let by_kind = kinds
        .into_iter()
        .filter(|k| counts.get(k).copied().unwrap_or(0) > 0)
        .map(|k| Count {
            label: kind_label(k, cat),
            key: k.as_str().to_owned(),
            count: counts[&k],
        })
        .collect();
    let mut per_municipality: BTreeMap<String, usize> = BTreeMap::new();
    for c in &log.changes {
        let mut ms: BTreeSet<&str> = c.participants.iter().map(|m| m.as_str()).collect();
        if let Some(m) = &c.municipality {
            ms.insert(m.as_str());
        }
        for m in ms {
            *per_municipality.entry(m.to_owned()).or_default() += 1;
        }
    }
    let mut per_category: BTreeMap<String, usize> = BTreeMap::new();
    for c in &log.changes {
        *per_category.entry(category_of(c, cat)).or_default() += 1;
    }
    let by_category = order_categories(per_category.keys().cloned().collect(), category_order)
        .into_iter()
        .map(|k| Count {
            label: k.clone(),
            count: per_category[&k],
            key: k,
        })
        .collect();
    let cosmetic = log.changes.iter().filter(|c| c.cosmetic).count();
    Summary {
        total: log.changes.len(),
        total_text: cat.get(
            Msg::ReportSummaryTotal,
            &[
                ("count", log.changes.len().into()),
                ("cosmetic", cosmetic.into()),
                ("steps", log.steps().len().into()),
            ],
        ),
        by_kind,
        by_municipality: per_municipality
            .into_iter()
            .map(|(m, count)| Count {
                label: m.clone(),
                key: m,
                count,
            })
            .collect(),
        by_category,
    }
}

fn important_changes(
    log: &Changelog,
    category_order: &[String],
    cat: &Catalog,
) -> Vec<CategoryChanges> {
    let mut by_category: BTreeMap<String, Vec<ChangeItem>> = BTreeMap::new();
    for c in log.changes.iter().filter(|c| is_important(c)) {
        by_category
            .entry(category_of(c, cat))
            .or_default()
            .push(change_item(c, cat));
    }
    order_categories(by_category.keys().cloned().collect(), category_order)
        .into_iter()
        .map(|k| CategoryChanges {
            items: by_category.remove(&k).unwrap_or_default(),
            category: k,
        })
        .collect()
}

/// One change as the report lists it.
/// The report reads as prose for a reader, not an analyst: a rename's
/// similarity score stays in `log` and `diff`.
fn change_item(c: &Change, cat: &Catalog) -> ChangeItem {
    let sentence = if c.kind == ChangeKind::Renamed && !c.uncertain && c.similarity.is_some() {
        let mut plain = c.clone();
        plain.similarity = None;
        crate::render::sentences::describe(&plain, cat)
    } else {
        crate::render::sentences::describe(c, cat)
    };
    ChangeItem {
        name: c.name.clone(),
        sentence: crate::render::followup_words::plain(&sentence, cat),
        evidence: evidence_text(c, cat),
    }
}

/// "the overview of 1 January 2019, lines 95, 96; the overview of 1
/// January 2021, line 40": where a change can be seen, documents in words.
pub fn evidence_text(c: &Change, cat: &Catalog) -> String {
    let side = |s: &Side| source_words(s.snapshot.as_str(), &s.lines, cat);
    [&c.evidence.before, &c.evidence.after]
        .into_iter()
        .flatten()
        .map(side)
        .collect::<Vec<_>>()
        .join("; ")
}

/// "the overview of 1 January 2019, lines 95, 96": a document in words and
/// its lines.
fn source_words(snapshot: &str, lines: &[u32], cat: &Catalog) -> String {
    let shown: Vec<String> = lines.iter().map(u32::to_string).collect();
    cat.get(
        Msg::StateSource,
        &[
            ("document", cat.document(snapshot).into()),
            ("count", Arg::from(lines.len())),
            ("lines", shown.join(", ").into()),
        ],
    )
}

/// What `m` joined and left, each as `name (document)`, in log order:
/// participation changes about `m`, additions and reappearances it takes
/// part in, and endings of arrangements it took part in.
///
/// A document is evidence only for the municipalities it covers (issue 12
/// point 2): a change counts for `m` only when both documents of its step
/// cover `m` (`covers`: snapshot id → covered municipalities), and never
/// when it is uncertain.
fn joined_and_left(
    log: &Changelog,
    m: &str,
    covers: &BTreeMap<&str, BTreeSet<&str>>,
    cat: &Catalog,
) -> (Vec<String>, Vec<String>) {
    let mut joined = Vec::new();
    let mut left = Vec::new();
    let covered = |id: &str| covers.get(id).is_some_and(|c| c.contains(m));
    for c in &log.changes {
        if c.uncertain || !covered(c.from.as_str()) || !covered(c.to.as_str()) {
            continue;
        }
        let about = c.municipality.as_ref().is_some_and(|x| x.as_str() == m);
        let takes_part = c.participants.iter().any(|x| x.as_str() == m);
        let item = format!("{} ({})", c.name, cat.document(c.to.as_str()));
        match c.kind {
            ChangeKind::ParticipantJoined if about => joined.push(item),
            ChangeKind::Added | ChangeKind::Reappeared if takes_part => joined.push(item),
            ChangeKind::ParticipantLeft if about => left.push(item),
            ChangeKind::Ended if takes_part => left.push(item),
            _ => {}
        }
    }
    (joined, left)
}

/// The timeline's text, its strings moved, not copied: the timeline of a
/// large set is most of the report (issue 16).
fn timeline_section(tl: Timeline, cat: &Catalog) -> TimelineSection {
    let mut rows = Vec::with_capacity(tl.row_count() + tl.groups.len());
    for g in tl.groups {
        rows.push(TimelineTextRow {
            heading: true,
            name: g.category,
            id: String::new(),
            cells: Vec::new(),
            changes: Vec::new(),
        });
        for r in g.rows {
            rows.push(TimelineTextRow {
                heading: false,
                name: r.name,
                id: r.id,
                cells: r
                    .cells
                    .into_iter()
                    .map(|c| TimelineTextCell {
                        symbol: c.symbol,
                        text: c.text,
                    })
                    .collect(),
                changes: r.changes,
            });
        }
    }
    let note = match &tl.municipality {
        Some(m) => cat.get(
            Msg::ReportTimelineNoteFor,
            &[("municipality", m.as_str().into())],
        ),
        None => cat.text(Msg::ReportTimelineNote),
    };
    TimelineSection {
        note,
        legend: tl.legend,
        columns: tl
            .columns
            .iter()
            .map(|c| {
                cat.get(
                    Msg::ReportTimelineColumn,
                    &[
                        ("label", c.label.as_str().into()),
                        ("name", c.name.as_str().into()),
                        (
                            "title",
                            cat.get(Msg::Quoted, &[("text", c.title.as_str().into())])
                                .into(),
                        ),
                    ],
                )
            })
            .collect(),
        heads: tl.columns.iter().map(|c| c.label.clone()).collect(),
        rows,
    }
}

/// Municipalities covered by some inventory of the range, each with what it
/// hosts in the latest inventory covering it. Joined and left are filled
/// from the changelog.
fn municipality_views(snaps: &[&Snapshot], cat: &Catalog) -> Vec<MunicipalityView> {
    covered_municipalities(snaps)
        .into_iter()
        .map(|m| {
            let latest = snaps
                .iter()
                .rev()
                .find(|s| s.kind == SnapshotKind::Inventory && s.covers(m));
            let (hosts, label) = match latest {
                Some(s) => (
                    s.arrangements
                        .iter()
                        .filter(|a| a.status.is_established())
                        .filter(|a| matches!(&a.host, Host::Participant(h) if h == m))
                        .map(|a| a.display_name().to_owned())
                        .collect(),
                    cat.get(
                        Msg::ReportHosts,
                        &[("snapshot", cat.document(s.id.as_str()).into())],
                    ),
                ),
                None => (Vec::new(), String::new()),
            };
            MunicipalityView {
                name: m.to_string(),
                joined: Vec::new(),
                left: Vec::new(),
                hosts,
                hosts_label: label,
            }
        })
        .collect()
}

/// Municipalities covered by some inventory of `snaps`, by name.
fn covered_municipalities<'a>(snaps: &[&'a Snapshot]) -> BTreeSet<&'a Municipality> {
    snaps
        .iter()
        .filter(|s| s.kind == SnapshotKind::Inventory)
        .flat_map(|s| &s.scope.covers)
        .collect()
}

fn source_item(s: &Snapshot, cat: &Catalog) -> SourceItem {
    let names = |v: &[Municipality]| v.iter().map(|m| m.as_str()).collect::<Vec<_>>().join(", ");
    let mut scope = names(&s.scope.covers);
    if !s.scope.mentions.is_empty() {
        scope.push_str(&format!(" (+ {})", names(&s.scope.mentions)));
    }
    SourceItem {
        id: cat.document(s.id.as_str()),
        title: s.title.clone(),
        as_of: crate::i18n::words::as_of_words(&s.as_of, cat),
        kind: kind_text(s.kind, cat),
        scope,
        path: s.source.path.clone(),
        original_name: s.source.original_name.clone(),
        sha256: s.source.sha256.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue12_p2_joined_and_left_only_where_both_documents_cover_the_municipality() {
        use crate::diff::testutil::{arr, snap};
        let a = snap(
            "a",
            2019,
            &["Øyer", "Gausdal"],
            [arr("x", "X", &[("Øyer", "yes"), ("Gausdal", "yes")])],
        );
        let b = snap("b", 2021, &["Øyer"], []);
        let log = crate::diff::diff_snapshots(&a, &b, &crate::diff::NoKnowledge);
        let covers: BTreeMap<&str, BTreeSet<&str>> = [
            ("a", BTreeSet::from(["Øyer", "Gausdal"])),
            ("b", BTreeSet::from(["Øyer"])),
        ]
        .into();
        let cat = Catalog::new(crate::i18n::Lang::En);
        assert_eq!(
            joined_and_left(&log, "Øyer", &covers, &cat).1,
            vec!["X (b)".to_owned()]
        );
        assert!(joined_and_left(&log, "Gausdal", &covers, &cat).1.is_empty());
    }

    /// The built-in documents, their registry, and the three kinds of
    /// report: every municipality, with plans, and one municipality.
    /// The inventories of `range`, as `report` logs them.
    fn inventories_of<'a>(range: &[&'a LoadedSnapshot]) -> Vec<&'a Snapshot> {
        range
            .iter()
            .filter(|l| l.snapshot.kind == SnapshotKind::Inventory)
            .map(|l| &l.snapshot)
            .collect()
    }

    fn embedded_cases() -> (
        crate::snapshot::SnapshotSet,
        crate::registry::Registry,
        Vec<ReportOptions>,
    ) {
        let set = crate::snapshot::SnapshotSet::embedded()
            .into_result()
            .unwrap();
        let registry = crate::registry::Registry::embedded().unwrap();
        let first = set
            .snapshots
            .iter()
            .find_map(|l| l.snapshot.scope.covers.first().cloned());
        let cases = vec![
            ReportOptions::default(),
            ReportOptions {
                municipality: None,
                proposals: true,
            },
            ReportOptions {
                municipality: first,
                proposals: false,
            },
        ];
        (set, registry, cases)
    }

    #[test]
    fn issue16_the_builder_in_any_order_makes_build_for_s_report() {
        let (set, registry, cases) = embedded_cases();
        let range: Vec<&LoadedSnapshot> = set.snapshots.iter().collect();
        let inventories = inventories_of(&range);
        let cat = Catalog::new(crate::i18n::Lang::Nb);
        for opts in &cases {
            let filter = crate::diff::Filter {
                municipality: opts.municipality.as_ref().map(|m| m.to_string()),
                include_cosmetic: true,
                ..crate::diff::Filter::default()
            };
            let log = crate::diff::log_snapshots(&inventories, &registry).filtered(&filter);
            let audit = crate::audit::run_audit(&range, &registry);
            let whole = Report::build_for(&range, &log, &audit, &registry, &cat, opts);
            assert!(!whole.findings.is_empty() && whole.summary.total > 0);
            let mut b = ReportBuilder::new(&range, &cat, opts);
            b.changes(log.clone());
            b.findings(&audit);
            assert_eq!(b.finish(&registry), whole, "{opts:?}");
        }
    }

    #[test]
    fn issue16_the_report_read_item_by_item_renders_as_the_whole_value() {
        use render::{ReportFormat, render_report};
        let (set, registry, cases) = embedded_cases();
        let range: Vec<&LoadedSnapshot> = set.snapshots.iter().collect();
        let inventories = inventories_of(&range);
        let log = crate::diff::log_snapshots(&inventories, &registry);
        let audit = crate::audit::run_audit(&range, &registry);
        let env = crate::render::templates::environment().unwrap();
        for lang in [crate::i18n::Lang::Nb, crate::i18n::Lang::En] {
            let cat = Catalog::new(lang);
            for opts in &cases {
                let report = Report::build_for(&range, &log, &audit, &registry, &cat, opts);
                for (format, name) in [
                    (ReportFormat::Html, "report.html"),
                    (ReportFormat::Markdown, "report.md"),
                ] {
                    // The engine's own copy of the whole report, as before.
                    let mut whole = env
                        .get_template(name)
                        .unwrap()
                        .render(minijinja::value::Serde(&report))
                        .unwrap();
                    while whole.ends_with("\n\n") {
                        whole.pop();
                    }
                    if !whole.ends_with('\n') {
                        whole.push('\n');
                    }
                    let lazy = render_report(report.clone(), format).unwrap();
                    assert_eq!(lazy, whole, "{name} {opts:?}");
                }
            }
        }
    }

    #[test]
    fn categories_follow_the_timeline_then_names() {
        let order = vec!["B".to_owned(), "A".to_owned()];
        let got = order_categories(
            vec![
                "Z".to_owned(),
                "A".to_owned(),
                "B".to_owned(),
                "C".to_owned(),
            ],
            &order,
        );
        assert_eq!(got, ["B", "A", "C", "Z"]);
    }
}
