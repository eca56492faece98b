//! `samdiff validate [PATH]`: report every problem in snapshot files.

use std::io::Write;
use std::path::PathBuf;

use super::{Context, EXIT_ERROR, EXIT_FOUND, EXIT_OK, out_err};
use crate::error::Error;
use crate::i18n::Msg;
use crate::snapshot::SnapshotSet;

/// Arguments of `samdiff validate`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A snapshot file or a directory of them (default: `--snapshots DIR`,
    /// or the built-in set).
    pub path: Option<PathBuf>,
}

/// Validate and print a summary; problems go to stderr and exit 1.
/// A path that cannot be read at all, or a file in it that samdiff refuses
/// or cannot read, is an input error (exit 2).
pub fn run(args: Args, ctx: &mut Context, out: &mut dyn Write) -> Result<u8, Error> {
    let outcome = match args.path.as_ref().or(ctx.snapshots_dir.as_ref()) {
        Some(p) => SnapshotSet::load_path(p)?,
        None => SnapshotSet::embedded(),
    };
    let issues = outcome.issues;
    let unreadable = outcome.unreadable;
    for i in &issues {
        super::style::error_line(&ctx.catalog, &i.render(&ctx.catalog));
    }
    let set = outcome.set;
    let n: usize = set
        .snapshots
        .iter()
        .map(|s| s.snapshot.arrangements.len())
        .sum();
    let cat = &ctx.catalog;
    if issues.is_empty() {
        let args = [
            ("snapshots", set.snapshots.len().into()),
            ("arrangements", n.into()),
        ];
        writeln!(out, "{}", cat.get(Msg::ValidateOk, &args)).map_err(out_err)?;
        Ok(EXIT_OK)
    } else {
        let files: std::collections::BTreeSet<&str> =
            issues.iter().map(|i| i.location.path.as_str()).collect();
        let args = [
            ("problems", issues.len().into()),
            ("files", files.len().into()),
            ("valid", set.snapshots.len().into()),
        ];
        writeln!(out, "{}", cat.get(Msg::ValidateProblems, &args)).map_err(out_err)?;
        Ok(if unreadable > 0 {
            EXIT_ERROR
        } else {
            EXIT_FOUND
        })
    }
}
