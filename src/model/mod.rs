//! The data model: snapshots, arrangements, dates and ids.
//!
//! A [`Snapshot`] is one dated source document; each row or mention in it
//! is an [`Arrangement`] whose [`ArrangementId`] is stable across snapshots.
//! Everything a document prints is kept as printed; normalised values sit
//! beside it, and curator judgements are [`CuratorNote`]s with evidence.

mod arrangement;
mod date;
mod ids;
mod snapshot;

pub use arrangement::{
    Arrangement, Citation, CitationRole, CuratorNote, Host, LegalFormField, Participation, Partner,
    PartnerKind, Status,
};
pub use date::{AsOf, DateParseError, PartialDate, YEARS, is_valid_year};
pub use ids::{ArrangementId, Municipality, SnapshotId, is_valid_id};
pub use snapshot::{
    ColumnOrderBasis, SNAPSHOT_FORMAT, Scope, SkippedLines, Snapshot, SnapshotKind, SourceRef,
    TableLayout,
};
