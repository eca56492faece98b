//! `samdiff proposals`: what became of a plan's proposals and studies.

use std::io::Write;

use super::audit::ReportFormat;
use super::{Context, EXIT_OK, out_err};
use crate::audit::proposals::track_proposals;
use crate::error::Error;
use crate::render::audit_json::write_proposals_json;
use crate::render::proposals_text::{write_proposals_markdown, write_proposals_text};

/// Arguments of `samdiff proposals`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
}

/// Track every plan's proposals through the later inventories.
pub fn run(args: Args, ctx: &mut Context, out: &mut dyn Write) -> Result<u8, Error> {
    let set = ctx.load_set()?;
    let all: Vec<_> = set.snapshots.iter().collect();
    let report = track_proposals(&all);
    match args.format {
        ReportFormat::Text => write_proposals_text(&report, &ctx.catalog, out),
        ReportFormat::Json => write_proposals_json(&report, out),
        ReportFormat::Markdown => write_proposals_markdown(&report, &ctx.catalog, out),
    }
    .map_err(out_err)?;
    Ok(EXIT_OK)
}
