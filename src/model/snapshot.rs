//! A snapshot: one dated source document turned into data.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

use super::{
    Arrangement, ArrangementIndex, AsOf, Citation, CuratorNote, Lazy, Municipality, SnapshotId,
};

/// The `format` value of every snapshot file this version reads and writes.
pub const SNAPSHOT_FORMAT: &str = "samdiff-snapshot/1";

/// One dated source document turned into data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    /// Always `samdiff-snapshot/1`.
    pub format: String,
    /// Id used on the command line (`region-2019`).
    pub id: SnapshotId,
    /// The document's title as printed.
    pub title: String,
    /// Who published the document (a municipality, a region).
    pub publisher: String,
    /// The date the document describes, with its precision.
    pub as_of: AsOf,
    /// Inventory (an overview of arrangements) or plan (proposals, studies).
    pub kind: SnapshotKind,
    /// Whose cooperation the document covers.
    pub scope: Scope,
    /// The verbatim source document this snapshot was curated from.
    pub source: SourceRef,
    /// For table documents: the municipality columns in printed order, and
    /// the evidence for that order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table: Option<TableLayout>,
    /// Curator judgements about the document as a whole.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<CuratorNote>,
    /// Rows of the source deliberately not turned into arrangements, with the
    /// reason (a section heading, a header row, a note).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skipped: Vec<SkippedLines>,
    /// The arrangements the document lists.
    pub arrangements: Vec<Arrangement>,
    /// Lookup by id, built on the first [`Snapshot::arrangement`] call; not
    /// part of the file. Start with `Default::default()`; after editing ids
    /// in place, call [`Snapshot::reindex`].
    #[serde(skip)]
    #[schemars(skip)]
    pub index: Lazy<ArrangementIndex>,
}

impl Snapshot {
    /// Every municipality the snapshot declares: those it covers completely
    /// and those it only mentions.
    pub fn declared_municipalities(&self) -> BTreeSet<&Municipality> {
        self.scope
            .covers
            .iter()
            .chain(&self.scope.mentions)
            .collect()
    }

    /// The arrangement with this id (the first, if two share it), if the
    /// snapshot lists it. The first call indexes the snapshot; later calls
    /// are a binary search.
    pub fn arrangement(&self, id: &str) -> Option<&Arrangement> {
        self.index
            .get_or_init(|| ArrangementIndex::build(&self.arrangements))
            .find(&self.arrangements, id)
    }

    /// Drop the id index, after arrangements' ids were edited in place.
    pub fn reindex(&mut self) {
        self.index.clear();
    }

    /// Whether the document claims to cover `m`'s cooperation completely.
    pub fn covers(&self, m: &Municipality) -> bool {
        self.scope.covers.contains(m)
    }
}

/// What kind of document a snapshot is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum SnapshotKind {
    /// An overview of existing arrangements.
    Inventory,
    /// A strategy or action plan listing proposals and studies.
    Plan,
}

impl SnapshotKind {
    /// The lowercase name used in files and output.
    pub fn as_str(self) -> &'static str {
        match self {
            SnapshotKind::Inventory => "inventory",
            SnapshotKind::Plan => "plan",
        }
    }
}

/// Whose cooperation a document covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Scope {
    /// Municipalities whose cooperation the document claims to cover
    /// completely: an arrangement of theirs missing from it has ended.
    pub covers: Vec<Municipality>,
    /// Further municipalities the document has columns for or mentions,
    /// without claiming to cover their cooperation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<Municipality>,
    /// Whether the document claims to list *every* arrangement of the covered
    /// municipalities (an overview table), or only names some of them (a prose
    /// page). Only an exhaustive document's silence means an arrangement ended
    /// or was new. Default `true`; the curator sets `false` with a note.
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub exhaustive: bool,
    /// Where the document states its scope.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Citation>,
}

fn yes() -> bool {
    true
}

fn is_true(b: &bool) -> bool {
    *b
}

/// The verbatim source document behind a snapshot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    /// Path relative to the snapshot directory (`sources/…`).
    pub path: String,
    /// Lowercase hex SHA-256 of the file's bytes.
    pub sha256: String,
    /// The file name the document arrived under, before it was renamed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_name: Option<String>,
    /// Where the document came from (a web page, an appendix to a case).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// For a workbook source: the sheet the citations point into; a
    /// citation's `lines` are then that sheet's row numbers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
}

/// The municipality columns of a table document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TableLayout {
    /// Municipality columns, left to right.
    pub columns: Vec<Municipality>,
    /// Whether the order is printed (a header row) or inferred by the curator.
    pub order: ColumnOrderBasis,
    /// The evidence for the order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<CuratorNote>,
}

/// How a table's column order is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ColumnOrderBasis {
    /// The document prints a header row.
    Printed,
    /// The header was lost; the order is the curator's judgement from evidence.
    Inferred,
}

/// Source lines deliberately not turned into arrangements.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SkippedLines {
    /// The 1-based source lines.
    pub lines: Vec<u32>,
    /// Why they are not arrangements.
    pub reason: String,
}
