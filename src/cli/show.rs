//! `samdiff show SNAPSHOT`: one snapshot's arrangements.

use std::io::Write;

use super::{Context, EXIT_OK, out_err, style};
use crate::error::Error;
use crate::render::snapshot_text::write_snapshot;

/// Output format of `show`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ShowFormat {
    /// A table that reads like the source document.
    Text,
    /// The snapshot file itself, pretty-printed.
    Json,
}

/// Arguments of `samdiff show`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Snapshot id, or a year that exactly one inventory has (`2019`).
    pub snapshot: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

/// Print the snapshot.
pub fn run(args: Args, ctx: &mut Context, out: &mut dyn Write) -> Result<u8, Error> {
    let set = ctx.load_set()?;
    let loaded = set.resolve(&args.snapshot)?;
    match args.format {
        ShowFormat::Text => {
            write_snapshot(&loaded.snapshot, &ctx.catalog, out, style::HEADING).map_err(out_err)?
        }
        ShowFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &loaded.snapshot)
                .map_err(|e| out_err(e.into()))?;
            writeln!(out).map_err(out_err)?;
        }
    }
    Ok(EXIT_OK)
}
