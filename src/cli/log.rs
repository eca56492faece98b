//! `samdiff log`: the changelog across all inventories, oldest first.

use std::io::Write;

use super::Context;
use super::report::{ReportArgs, Sources, knowledge, write_report};
use crate::diff::log_snapshots;
use crate::error::Error;

/// Arguments of `samdiff log`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Format, filters and switches.
    #[command(flatten)]
    pub report: ReportArgs,
}

/// Diff every consecutive pair of inventories and print the changelog.
pub fn run(args: Args, ctx: &mut Context, out: &mut dyn Write) -> Result<u8, Error> {
    let set = ctx.load_set()?;
    let inventories: Vec<_> = set.inventories().collect();
    let snaps: Vec<_> = inventories.iter().map(|l| &l.snapshot).collect();
    let log = log_snapshots(&snaps, knowledge(ctx)?.as_ref());
    write_report(&log, &args.report, &Sources(inventories), &ctx.catalog, out)
}
