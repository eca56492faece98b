//! The values a diff produces: [`ChangeKind`], [`Change`], [`Evidence`] and
//! [`Changelog`].

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::model::{
    ArrangementId, AsOf, LegalFormField, Municipality, Participation, Partner, SnapshotId,
    SnapshotKind, Status,
};

/// What kind of change a [`Change`] is.
///
/// The snake_case names (`added`, `legal_form_relabelled`, …) are the JSON
/// `kind` values and a public contract: they are never renamed, only added
/// to. The table in the [module docs](crate::diff) says what each one means.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// In the later snapshot, not in the earlier one, while in scope of both.
    Added,
    /// Gone from the later snapshot although its scope covers a participant,
    /// or marked as ended.
    Ended,
    /// Notice of termination appears.
    NoticeGiven,
    /// Absent from the later snapshot only because it does not cover the
    /// arrangement's participants; not an ending.
    LeftScope,
    /// Absent from the earlier snapshot only because it did not cover the
    /// arrangement's participants; not an addition.
    EnteredScope,
    /// Present, absent in between, present again (only in a log).
    Reappeared,
    /// Same arrangement, different printed name.
    Renamed,
    /// Moved to another section (policy area).
    CategoryChanged,
    /// A substantive change of legal form or basis.
    LegalFormChanged,
    /// The same legal basis under a new label.
    LegalFormRelabelled,
    /// The host municipality changed.
    HostChanged,
    /// A municipality's participation went from no (or considering) to yes.
    ParticipantJoined,
    /// A municipality's participation went from yes to no (or considering).
    ParticipantLeft,
    /// A municipality's participation went between known and unknown, or
    /// between no and considering; never reported as joined or left.
    ParticipationUncertain,
    /// Another partner (county, institution, outside municipality) appears.
    PartnerJoined,
    /// Another partner disappears.
    PartnerLeft,
    /// A partner was replaced by its successor (a county merger).
    PartnerSucceeded,
    /// The comment text changed.
    CommentChanged,
    /// Any other status transition (proposed → active, notice withdrawn, …).
    StatusChanged,
}

impl ChangeKind {
    /// Every kind, in declaration order.
    pub const ALL: [ChangeKind; 19] = [
        ChangeKind::Added,
        ChangeKind::Ended,
        ChangeKind::NoticeGiven,
        ChangeKind::LeftScope,
        ChangeKind::EnteredScope,
        ChangeKind::Reappeared,
        ChangeKind::Renamed,
        ChangeKind::CategoryChanged,
        ChangeKind::LegalFormChanged,
        ChangeKind::LegalFormRelabelled,
        ChangeKind::HostChanged,
        ChangeKind::ParticipantJoined,
        ChangeKind::ParticipantLeft,
        ChangeKind::ParticipationUncertain,
        ChangeKind::PartnerJoined,
        ChangeKind::PartnerLeft,
        ChangeKind::PartnerSucceeded,
        ChangeKind::CommentChanged,
        ChangeKind::StatusChanged,
    ];

    /// The JSON name (`legal_form_relabelled`).
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Added => "added",
            ChangeKind::Ended => "ended",
            ChangeKind::NoticeGiven => "notice_given",
            ChangeKind::LeftScope => "left_scope",
            ChangeKind::EnteredScope => "entered_scope",
            ChangeKind::Reappeared => "reappeared",
            ChangeKind::Renamed => "renamed",
            ChangeKind::CategoryChanged => "category_changed",
            ChangeKind::LegalFormChanged => "legal_form_changed",
            ChangeKind::LegalFormRelabelled => "legal_form_relabelled",
            ChangeKind::HostChanged => "host_changed",
            ChangeKind::ParticipantJoined => "participant_joined",
            ChangeKind::ParticipantLeft => "participant_left",
            ChangeKind::ParticipationUncertain => "participation_uncertain",
            ChangeKind::PartnerJoined => "partner_joined",
            ChangeKind::PartnerLeft => "partner_left",
            ChangeKind::PartnerSucceeded => "partner_succeeded",
            ChangeKind::CommentChanged => "comment_changed",
            ChangeKind::StatusChanged => "status_changed",
        }
    }

    /// Parse a JSON name (as given to `--kind`).
    pub fn parse(s: &str) -> Option<ChangeKind> {
        ChangeKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The reading group: big events first, scope notes last.
    pub fn group(self) -> Group {
        use ChangeKind::*;
        match self {
            Ended | NoticeGiven => Group::Ended,
            Added | Reappeared => Group::Added,
            HostChanged | LegalFormChanged => Group::HostAndForm,
            ParticipantJoined | ParticipantLeft | PartnerJoined | PartnerLeft
            | PartnerSucceeded => Group::Members,
            Renamed
            | CategoryChanged
            | LegalFormRelabelled
            | StatusChanged
            | CommentChanged
            | ParticipationUncertain => Group::Other,
            LeftScope | EnteredScope => Group::Scope,
        }
    }
}

impl std::fmt::Display for ChangeKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Groups of kinds in reading order, so a report shows the big events first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Group {
    /// Ended, notice given.
    Ended,
    /// Added, reappeared.
    Added,
    /// Host changes and substantive legal-form changes.
    HostAndForm,
    /// Participants and partners joining, leaving, succeeded.
    Members,
    /// Renames, moves, relabels, status, comments, uncertain participation.
    Other,
    /// Left or entered a document's scope: not changes of the arrangement.
    Scope,
}

impl Group {
    /// Every group in reading order.
    pub const ALL: [Group; 6] = [
        Group::Ended,
        Group::Added,
        Group::HostAndForm,
        Group::Members,
        Group::Other,
        Group::Scope,
    ];
}

/// A value on one side of a change.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A name, category or comment as printed.
    Text(String),
    /// A legal form as printed and normalised.
    Form(LegalFormField),
    /// A host municipality or body; `None` when the arrangement has none.
    Host(Option<String>),
    /// One municipality's participation.
    Participation(Participation),
    /// A partner.
    Partner(Partner),
    /// A life-cycle status.
    Status(Status),
}

/// Why a change happened, from domain knowledge (a law change, a merger).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Reason {
    /// One sentence a reader understands (`Oppland and Hedmark merged into
    /// Innlandet fylkeskommune on 2020-01-01`).
    pub text: String,
    /// The same sentence in Norwegian bokmål, when the knowledge has one;
    /// Norwegian reports use it instead of `text`.
    pub text_nb: Option<String>,
    /// Where the knowledge comes from (a registry entry id), if anywhere.
    pub source: Option<String>,
}

/// One side's citation: which snapshot, which source file, which lines.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Side {
    /// The snapshot the value was read from.
    pub snapshot: SnapshotId,
    /// The source document's path, relative to the snapshot directory.
    pub source: String,
    /// 1-based lines of the source that print the arrangement.
    pub lines: Vec<u32>,
}

/// Where a change can be seen: the earlier and the later side.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Evidence {
    /// The earlier document (absent for an addition).
    pub before: Option<Side>,
    /// The later document (absent for an ending by omission).
    pub after: Option<Side>,
}

/// One edit of a word diff.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum WordOp {
    /// Text on both sides.
    Equal,
    /// Text only on the earlier side.
    Delete,
    /// Text only on the later side.
    Insert,
}

/// A run of text in a word diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordEdit {
    /// Whether the run is kept, removed or inserted.
    pub op: WordOp,
    /// The text of the run, spaces included.
    pub text: String,
}

/// One change of one arrangement between two snapshots.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// What changed.
    pub kind: ChangeKind,
    /// The earlier snapshot of the step.
    pub from: SnapshotId,
    /// The later snapshot of the step.
    pub to: SnapshotId,
    /// The arrangement's id.
    pub arrangement: ArrangementId,
    /// The arrangement's latest display name.
    pub name: String,
    /// The arrangement's latest section heading, if any.
    pub category: Option<String>,
    /// The municipality a participation change is about.
    pub municipality: Option<Municipality>,
    /// The value before, where one applies.
    pub before: Option<Value>,
    /// The value after, where one applies.
    pub after: Option<Value>,
    /// Similarity of the two texts (renamed, comment_changed), 0 to 1,
    /// rounded to two decimals.
    pub similarity: Option<f64>,
    /// The edit is purely cosmetic (case, punctuation, whitespace, a typo
    /// the curator normalised away); text output hides it unless `--all`.
    pub cosmetic: bool,
    /// The documents do not prove the reading: for `left_scope` and
    /// `entered_scope`, a covered municipality's participation is unknown,
    /// so the absence may be an ending (or an addition).
    pub uncertain: bool,
    /// For added / ended / entered_scope / left_scope: the municipalities
    /// the other document covers that decide the reading (participants for
    /// added and ended, those with unknown participation when `uncertain`).
    pub scope_basis: Vec<Municipality>,
    /// For presence kinds: what the silent document's silence means.
    pub absence: Option<crate::diff::Absence>,
    /// Word diff of a changed comment.
    pub words: Vec<WordEdit>,
    /// Why it changed, from domain knowledge.
    pub reason: Option<Reason>,
    /// Where a reader can see it, on each side.
    pub evidence: Evidence,
    /// Municipalities taking part (yes) on either side; used by filters.
    pub participants: BTreeSet<Municipality>,
}

impl Change {
    /// The deterministic sort key within one step: group, category,
    /// arrangement, kind, municipality, then the values' text.
    pub fn sort_key(&self) -> (Group, &str, &str, ChangeKind, Option<&str>, &str, &str) {
        (
            self.kind.group(),
            self.category.as_deref().unwrap_or_default(),
            self.arrangement.as_str(),
            self.kind,
            self.municipality.as_ref().map(|m| m.as_str()),
            self.before.as_ref().map(value_str).unwrap_or_default(),
            self.after.as_ref().map(value_str).unwrap_or_default(),
        )
    }
}

/// A value's plain text, as renderers print it.
pub fn value_text(v: &Value) -> String {
    value_str(v).to_owned()
}

/// [`value_text`] borrowed: changes are sorted by it without copying.
pub fn value_str(v: &Value) -> &str {
    match v {
        Value::Text(s) => s,
        Value::Form(f) => match (&f.printed, &f.normalised) {
            (Some(p), _) => p,
            (None, Some(n)) => n,
            (None, None) => "",
        },
        Value::Host(h) => h.as_deref().unwrap_or("none"),
        Value::Participation(p) => p.as_str(),
        Value::Partner(p) => &p.name,
        Value::Status(s) => s.as_str(),
    }
}

/// What a changelog cites about one snapshot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnapshotInfo {
    /// The snapshot's id.
    pub id: SnapshotId,
    /// The document's title.
    pub title: String,
    /// The date it describes.
    pub as_of: AsOf,
    /// Inventory or plan.
    pub kind: SnapshotKind,
    /// The source document's path.
    pub source: String,
    /// The source document's SHA-256 (lowercase hex).
    pub sha256: String,
}

impl SnapshotInfo {
    /// The citation fields of `s`.
    pub fn of(s: &crate::model::Snapshot) -> Self {
        SnapshotInfo {
            id: s.id.clone(),
            title: s.title.clone(),
            as_of: s.as_of.clone(),
            kind: s.kind,
            source: s.source.path.clone(),
            sha256: s.source.sha256.clone(),
        }
    }
}

/// The result of a diff, a log or a history: the snapshots compared, in
/// date order, and the changes between consecutive ones.
#[derive(Debug, Clone, PartialEq)]
pub struct Changelog {
    /// The snapshots compared, oldest first.
    pub snapshots: Vec<SnapshotInfo>,
    /// The changes, sorted: by step, then [`Change::sort_key`].
    pub changes: Vec<Change>,
}

impl Changelog {
    /// Number of changes per kind, every kind listed (zero included).
    pub fn summary(&self) -> BTreeMap<ChangeKind, usize> {
        let mut m: BTreeMap<ChangeKind, usize> = ChangeKind::ALL.iter().map(|k| (*k, 0)).collect();
        for c in &self.changes {
            *m.entry(c.kind).or_default() += 1;
        }
        m
    }

    /// Whether there is any change a reader would be shown by default
    /// (cosmetic edits do not count).
    pub fn has_changes(&self) -> bool {
        self.changes.iter().any(|c| !c.cosmetic)
    }

    /// The steps `(from, to)` in order.
    pub fn steps(&self) -> Vec<(&SnapshotInfo, &SnapshotInfo)> {
        self.snapshots.windows(2).map(|w| (&w[0], &w[1])).collect()
    }

    /// The changelog keeping only changes `filter` accepts.
    pub fn filtered(&self, filter: &Filter) -> Changelog {
        Changelog {
            snapshots: self.snapshots.clone(),
            changes: self
                .changes
                .iter()
                .filter(|c| filter.accepts(c))
                .cloned()
                .collect(),
        }
    }
}

/// Which changes to keep (the CLI's `--municipality`, `--category`,
/// `--kind`, `--all`).
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Keep changes about this municipality: its participation, or an
    /// arrangement it takes part in on either side, or a partner by that name.
    pub municipality: Option<String>,
    /// Keep changes whose category (either side) contains this text,
    /// ignoring case.
    pub category: Option<String>,
    /// Keep only these kinds; empty keeps all.
    pub kinds: BTreeSet<ChangeKind>,
    /// Keep cosmetic changes too.
    pub include_cosmetic: bool,
}

impl Filter {
    /// Whether `c` passes the filter.
    pub fn accepts(&self, c: &Change) -> bool {
        if c.cosmetic && !self.include_cosmetic {
            return false;
        }
        if !self.kinds.is_empty() && !self.kinds.contains(&c.kind) {
            return false;
        }
        if let Some(m) = &self.municipality {
            let m = m.to_lowercase();
            let is = |s: &str| s.to_lowercase() == m;
            let hit = c.municipality.as_ref().is_some_and(|x| is(x.as_str()))
                || c.participants.iter().any(|x| is(x.as_str()))
                || [&c.before, &c.after]
                    .into_iter()
                    .flatten()
                    .any(|v| match v {
                        Value::Partner(p) => is(&p.name),
                        Value::Host(Some(h)) => is(h),
                        _ => false,
                    });
            if !hit {
                return false;
            }
        }
        if let Some(cat) = &self.category {
            let cat = cat.to_lowercase();
            let has = |s: &str| s.to_lowercase().contains(&cat);
            let mut cats: Vec<&str> = c.category.iter().map(String::as_str).collect();
            if c.kind == ChangeKind::CategoryChanged {
                for v in [&c.before, &c.after].into_iter().flatten() {
                    if let Value::Text(t) = v {
                        cats.push(t);
                    }
                }
            }
            if !cats.into_iter().any(has) {
                return false;
            }
        }
        true
    }
}
