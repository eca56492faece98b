//! `--format json`: changelogs and histories as the documented wire format
//! ([`super::wire`]), pretty-printed, one document per run.

use std::io::{self, Write};

use super::wire::{ChangelogDoc, HistoryDoc};
use crate::diff::{Changelog, History};

/// Write `log` as a `samdiff-changelog/1` document.
pub fn write_changelog(log: &Changelog, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &ChangelogDoc::from(log))?;
    writeln!(out)
}

/// Write `h` as a `samdiff-history/1` document.
pub fn write_history(h: &History, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &HistoryDoc::from(h))?;
    writeln!(out)
}

/// The JSON Schema of the changelog format, for `samdiff schema changelog`.
pub fn changelog_schema() -> schemars::Schema {
    schemars::schema_for!(ChangelogDoc)
}

/// The JSON Schema of the history format.
pub fn history_schema() -> schemars::Schema {
    schemars::schema_for!(HistoryDoc)
}
