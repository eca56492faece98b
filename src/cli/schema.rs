//! `samdiff schema [FORMAT]`: JSON Schemas, so editors validate as you type.

use std::io::Write;

use super::{Context, EXIT_OK, out_err};
use crate::error::Error;

/// Which file format's schema to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SchemaKind {
    /// A snapshot file (`samdiff-snapshot/1`).
    Snapshot,
    /// The domain registry (`samdiff-registry/1`).
    Registry,
    /// A JSON changelog (`samdiff-changelog/1`).
    Changelog,
    /// A JSON history (`samdiff-history/1`).
    History,
    /// The state on a date (`samdiff-state/1`).
    State,
    /// Audit JSON (`samdiff-audit/1`).
    Audit,
    /// The follow-up register (`samdiff-register/1`).
    Register,
    /// A review file of `samdiff add` (`samdiff-review/1`).
    Review,
}

/// Arguments of `samdiff schema`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The format.
    #[arg(value_enum, default_value_t = SchemaKind::Snapshot)]
    pub kind: SchemaKind,
}

/// Print the schema as pretty JSON.
pub fn run(args: Args, _ctx: &mut Context, out: &mut dyn Write) -> Result<u8, Error> {
    let schema = match args.kind {
        SchemaKind::Snapshot => schemars::schema_for!(crate::model::Snapshot),
        SchemaKind::Registry => schemars::schema_for!(crate::registry::RegistryFile),
        SchemaKind::Changelog => crate::render::json::changelog_schema(),
        SchemaKind::History => crate::render::json::history_schema(),
        SchemaKind::State => crate::state::state_schema(),
        SchemaKind::Audit => crate::render::audit_json::audit_schema(),
        SchemaKind::Register => crate::audit::register::register_schema(),
        SchemaKind::Review => schemars::schema_for!(crate::matching::set::ReviewFile),
    };
    serde_json::to_writer_pretty(&mut *out, &schema).map_err(|e| out_err(e.into()))?;
    writeln!(out).map_err(out_err)?;
    Ok(EXIT_OK)
}
