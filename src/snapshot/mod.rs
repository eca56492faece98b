//! Reading, validating and collecting snapshot files.
//!
//! [`parse_snapshot`] turns bytes into a [`crate::model::Snapshot`] (syntax,
//! types, unknown and missing fields); [`validate_snapshot`] checks what the
//! types cannot (ids, scope, dates, source hash, citations); [`SnapshotSet`]
//! loads many, from the embedded data, a directory or a file.

mod json_text;
mod locate;
mod mention;
mod read;
mod set;
mod validate;

pub(crate) use json_text::invalid_date;
pub use locate::{LocatedIssues, Locator, Seg, line_col_at};
pub use mention::{fold_whitespace, mentions, words};
pub(crate) use read::{Versioned, parse_versioned};
pub use read::{decode_text, parse_snapshot, prefixed};
pub(crate) use set::cannot_read;
pub use set::{
    EMBEDDED, LoadOutcome, LoadedSnapshot, REGISTRY_FILE, SnapshotSet, load_snapshot_bytes,
};
pub use validate::{SourceLookup, hex, hex_sha256, validate_snapshot};
pub(crate) use validate::{invalid_id, what};
