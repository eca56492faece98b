//! The JSON wire format of changelogs and histories.
//!
//! These types are what `--format json` prints and what a consumer parses;
//! they derive `Deserialize` and `JsonSchema` (`samdiff schema changelog`).
//! Field names and the `kind` values are a public contract.
//!
//! # `samdiff-changelog/1`
//!
//! ```json
//! {
//!   "format": "samdiff-changelog/1",
//!   "snapshots": [
//!     {"id": "region-2019", "title": "…", "as_of": "2019-01-01", "kind": "inventory",
//!      "source": "sources/….txt", "sha256": "…"},
//!     {"id": "oyer-2021", …}
//!   ],
//!   "summary": {"total": 2, "cosmetic": 1, "by_kind": {"added": 0, …, "renamed": 1, …}},
//!   "changes": [
//!     {"kind": "host_changed", "from": "region-2019", "to": "oyer-2021",
//!      "arrangement": "innfordring", "name": "Innforderingskontor …",
//!      "category": "Administrativt samarbeid",
//!      "before": "Lillehammer", "after": "Øyer",
//!      "cosmetic": false, "uncertain": false,
//!      "evidence": {
//!        "before": {"snapshot": "region-2019", "source": "sources/….txt", "lines": [88]},
//!        "after":  {"snapshot": "oyer-2021",   "source": "sources/….txt", "lines": [42]}}}
//!   ]
//! }
//! ```
//!
//! - `snapshots`: every snapshot compared, oldest first (two for `diff`).
//!   `as_of` is `YYYY`, `YYYY-MM-DD` or a range `FROM..TO`.
//! - `summary.by_kind` lists every kind, zero included; counts include
//!   cosmetic changes (`summary.cosmetic` says how many are cosmetic).
//! - `changes` are sorted by step, then reading group (ended, added, host and
//!   form, members, other, scope), category, arrangement id, kind,
//!   municipality, values.
//! - Each change: `kind`; `from` and `to`, the step's snapshots;
//!   `arrangement` (id); `name` (latest display name); `category` (latest,
//!   if any); `municipality` for participation kinds; `before` and `after`
//!   where they apply; `similarity` (0–1, two decimals) for `renamed` and
//!   `comment_changed`; `cosmetic`; `uncertain` (the documents cannot tell
//!   an ending/addition from a scope change); `scope_basis` (covered
//!   municipalities behind a presence reading); `absence` (what the silent
//!   document's silence means: `covered`, `out_of_scope`, `unknown`,
//!   `not_exhaustive`); `words` (comment word diff,
//!   `op` is `equal`, `delete` or `insert`); `reason` (`text`, `source`)
//!   from domain knowledge; `evidence.before` / `evidence.after` citing
//!   snapshot, source file and 1-based lines.
//! - `before` / `after` shapes by kind: a string for names, categories,
//!   comments, hosts (`"none"` when there is no host), participation
//!   (`yes`, `no`, `unknown`, `considering`); a legal form object
//!   `{"printed", "normalised", "uncertain"}` for the legal-form kinds; a
//!   partner object `{"name", "kind"}` for partner kinds; a status object
//!   `{"state", "by", "effective"}` for presence and status kinds (as in the
//!   snapshot format).
//!
//! # `samdiff-history/1`
//!
//! `{"format", "arrangement", "name", "rows": [{"snapshot", "entry" |
//! "absence"}], "snapshots", "changes"}`: one row per snapshot, with the
//! snapshot's entry as in the snapshot format, or why it is absent
//! (`covered`, `out_of_scope`, `unknown`, `not_exhaustive`, `plan`), then the changes as above.

use std::borrow::Cow;
use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::diff::{
    Absence, Change, ChangeKind, Changelog, History, Side, SnapshotInfo, Value, WordOp,
};
use crate::model::{Arrangement, LegalFormField, Partner, Status};

/// The `format` value of a JSON changelog.
pub const CHANGELOG_FORMAT: &str = "samdiff-changelog/1";
/// The `format` value of a JSON history.
pub const HISTORY_FORMAT: &str = "samdiff-history/1";

/// A changelog document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChangelogDoc<'a> {
    /// Always `samdiff-changelog/1`.
    pub format: String,
    /// The snapshots compared, oldest first.
    pub snapshots: Vec<WireSnapshot>,
    /// Counts of the changes listed.
    pub summary: WireSummary,
    /// The changes, in a deterministic order.
    pub changes: Vec<WireChange<'a>>,
}

/// A snapshot as a changelog cites it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WireSnapshot {
    /// Snapshot id.
    pub id: String,
    /// Document title.
    pub title: String,
    /// The date it describes: `YYYY`, `YYYY-MM-DD` or `FROM..TO`.
    pub as_of: String,
    /// `inventory` or `plan`.
    pub kind: String,
    /// Source document path, relative to the snapshot directory.
    pub source: String,
    /// SHA-256 of the source document, lowercase hex.
    pub sha256: String,
}

/// Counts of changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WireSummary {
    /// All changes listed.
    pub total: usize,
    /// How many of them are cosmetic.
    pub cosmetic: usize,
    /// Changes per kind, every kind listed.
    pub by_kind: BTreeMap<String, usize>,
}

/// A value on one side of a change; the change's `kind` says which shape.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum WireValue<'a> {
    /// A name, category, comment, host or participation value.
    Text(Cow<'a, str>),
    /// A legal form.
    Form(Cow<'a, LegalFormField>),
    /// A partner.
    Partner(Cow<'a, Partner>),
    /// A status.
    Status(Cow<'a, Status>),
}

/// One side's citation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WireSide<'a> {
    /// Snapshot id.
    pub snapshot: Cow<'a, str>,
    /// Source document path.
    pub source: Cow<'a, str>,
    /// 1-based source lines.
    pub lines: Cow<'a, [u32]>,
}

/// Both sides' citations.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WireEvidence<'a> {
    /// The earlier side, absent for an addition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<WireSide<'a>>,
    /// The later side, absent for an ending by omission.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<WireSide<'a>>,
}

/// One run of a word diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WireWord<'a> {
    /// `equal`, `delete` or `insert`.
    pub op: WordOp,
    /// The text, spaces included.
    pub text: Cow<'a, str>,
}

/// Why a change happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WireReason<'a> {
    /// One sentence.
    pub text: Cow<'a, str>,
    /// Where the knowledge comes from (a registry entry).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Cow<'a, str>>,
}

/// One change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WireChange<'a> {
    /// The change kind (see the kinds table in [`crate::diff`]).
    pub kind: ChangeKind,
    /// The step's earlier snapshot id.
    pub from: Cow<'a, str>,
    /// The step's later snapshot id.
    pub to: Cow<'a, str>,
    /// Arrangement id.
    pub arrangement: Cow<'a, str>,
    /// Latest display name.
    pub name: Cow<'a, str>,
    /// Latest category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Cow<'a, str>>,
    /// The municipality of a participation change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub municipality: Option<Cow<'a, str>>,
    /// Value before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<WireValue<'a>>,
    /// Value after.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<WireValue<'a>>,
    /// Similarity 0–1, two decimals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub similarity: Option<f64>,
    /// Purely cosmetic edit.
    pub cosmetic: bool,
    /// The documents cannot tell an ending (addition) from a scope change.
    pub uncertain: bool,
    /// Covered municipalities behind a presence reading.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scope_basis: Vec<Cow<'a, str>>,
    /// For presence kinds, what the silent document's silence means:
    /// `covered`, `out_of_scope`, `unknown`, `not_exhaustive` or `plan`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub absence: Option<Cow<'a, str>>,
    /// Word diff of a comment.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub words: Vec<WireWord<'a>>,
    /// Why, from domain knowledge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<WireReason<'a>>,
    /// Citations on each side.
    pub evidence: WireEvidence<'a>,
}

/// A history document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HistoryDoc<'a> {
    /// Always `samdiff-history/1`.
    pub format: String,
    /// Arrangement id.
    pub arrangement: String,
    /// Latest display name.
    pub name: String,
    /// One row per snapshot, oldest first.
    pub rows: Vec<WireHistoryRow>,
    /// The changes to this arrangement between consecutive snapshots.
    pub changes: Vec<WireChange<'a>>,
}

/// One snapshot's view of the arrangement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WireHistoryRow {
    /// The snapshot.
    pub snapshot: WireSnapshot,
    /// The entry, as in the snapshot file, when listed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry: Option<Arrangement>,
    /// When not listed: `covered`, `out_of_scope` or `unknown`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub absence: Option<String>,
}

impl From<&SnapshotInfo> for WireSnapshot {
    fn from(s: &SnapshotInfo) -> Self {
        WireSnapshot {
            id: s.id.to_string(),
            title: s.title.clone(),
            as_of: s.as_of.to_string(),
            kind: s.kind.as_str().to_owned(),
            source: s.source.clone(),
            sha256: s.sha256.clone(),
        }
    }
}

fn wire_value(v: &Value) -> WireValue<'_> {
    match v {
        Value::Text(s) => WireValue::Text(Cow::Borrowed(s)),
        Value::Form(f) => WireValue::Form(Cow::Borrowed(f)),
        Value::Host(h) => WireValue::Text(Cow::Borrowed(h.as_deref().unwrap_or("none"))),
        Value::Participation(p) => WireValue::Text(Cow::Borrowed(p.as_str())),
        Value::Partner(p) => WireValue::Partner(Cow::Borrowed(p)),
        Value::Status(s) => WireValue::Status(Cow::Borrowed(s)),
    }
}

fn wire_side(s: &Side) -> WireSide<'_> {
    WireSide {
        snapshot: Cow::Borrowed(s.snapshot.as_str()),
        source: Cow::Borrowed(&s.source),
        lines: Cow::Borrowed(&s.lines),
    }
}

/// The change as printed, borrowing its text: a register's changelog
/// prints a hundred thousand changes, and copying each string first cost
/// more than printing it.
impl<'a> From<&'a Change> for WireChange<'a> {
    fn from(c: &'a Change) -> Self {
        WireChange {
            kind: c.kind,
            from: Cow::Borrowed(c.from.as_str()),
            to: Cow::Borrowed(c.to.as_str()),
            arrangement: Cow::Borrowed(c.arrangement.as_str()),
            name: Cow::Borrowed(&c.name),
            category: c.category.as_deref().map(Cow::Borrowed),
            municipality: c.municipality.as_ref().map(|m| Cow::Borrowed(m.as_str())),
            before: c.before.as_ref().map(wire_value),
            after: c.after.as_ref().map(wire_value),
            similarity: c.similarity,
            cosmetic: c.cosmetic,
            uncertain: c.uncertain,
            scope_basis: c
                .scope_basis
                .iter()
                .map(|m| Cow::Borrowed(m.as_str()))
                .collect(),
            absence: c.absence.map(|a| Cow::Borrowed(absence_name(a))),
            words: c
                .words
                .iter()
                .map(|w| WireWord {
                    op: w.op,
                    text: Cow::Borrowed(&w.text),
                })
                .collect(),
            reason: c.reason.as_ref().map(|r| WireReason {
                text: Cow::Borrowed(&r.text),
                source: r.source.as_deref().map(Cow::Borrowed),
            }),
            evidence: WireEvidence {
                before: c.evidence.before.as_ref().map(wire_side),
                after: c.evidence.after.as_ref().map(wire_side),
            },
        }
    }
}

impl<'a> From<&'a Changelog> for ChangelogDoc<'a> {
    fn from(log: &'a Changelog) -> Self {
        ChangelogDoc {
            changes: log.changes.iter().map(WireChange::from).collect(),
            ..ChangelogDoc::head(log)
        }
    }
}

impl ChangelogDoc<'_> {
    /// The document of `log` without its changes (the summary counts
    /// them all): what the JSON writer prints before the changes.
    pub fn head(log: &Changelog) -> ChangelogDoc<'static> {
        ChangelogDoc {
            format: CHANGELOG_FORMAT.to_owned(),
            snapshots: log.snapshots.iter().map(WireSnapshot::from).collect(),
            summary: WireSummary {
                total: log.changes.len(),
                cosmetic: log.changes.iter().filter(|c| c.cosmetic).count(),
                by_kind: log
                    .summary()
                    .into_iter()
                    .map(|(k, n)| (k.as_str().to_owned(), n))
                    .collect(),
            },
            changes: Vec::new(),
        }
    }
}

/// The wire name of an absence reading.
pub fn absence_name(a: Absence) -> &'static str {
    match a {
        Absence::Covered => "covered",
        Absence::OutOfScope => "out_of_scope",
        Absence::Unknown => "unknown",
        Absence::NotExhaustive => "not_exhaustive",
        Absence::Plan => "plan",
    }
}

impl<'a> From<&'a History> for HistoryDoc<'a> {
    fn from(h: &'a History) -> Self {
        HistoryDoc {
            format: HISTORY_FORMAT.to_owned(),
            arrangement: h.arrangement.to_string(),
            name: h.name.clone(),
            rows: h
                .rows
                .iter()
                .map(|r| WireHistoryRow {
                    snapshot: WireSnapshot::from(&r.snapshot),
                    entry: r.entry.clone(),
                    absence: r.absence.map(|a| absence_name(a).to_owned()),
                })
                .collect(),
            changes: h.changelog.changes.iter().map(WireChange::from).collect(),
        }
    }
}
