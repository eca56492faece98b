//! `samdiff diff A B`: what changed from snapshot A to snapshot B.

use std::io::Write;
use std::path::Path;

use super::Context;
use super::report::{ReportArgs, Sources, knowledge, write_report};
use crate::diff::diff_snapshots;
use crate::error::Error;
use crate::snapshot::{LoadedSnapshot, SnapshotSet};

/// Arguments of `samdiff diff`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The earlier snapshot: an id, a year one inventory has, or a snapshot
    /// file.
    pub before: String,
    /// The later snapshot, likewise.
    pub after: String,
    /// Format, filters and switches.
    #[command(flatten)]
    pub report: ReportArgs,
}

/// Compare the two snapshots, in the order given.
pub fn run(args: Args, ctx: &mut Context, out: &mut dyn Write) -> Result<u8, Error> {
    super::check_path_like(&args.before)?;
    super::check_path_like(&args.after)?;
    let set = if is_file(&args.before) && is_file(&args.after) {
        SnapshotSet::default()
    } else {
        ctx.load_set()?
    };
    let before = pick(&args.before, &set, ctx)?;
    let mut after = pick(&args.after, &set, ctx)?;
    if is_raw(&args.before) || is_raw(&args.after) {
        // Raw documents share no ids: pair their arrangements by matching.
        after.snapshot = super::r#match::matched_ids(&before.snapshot, &after.snapshot, ctx)?;
    }
    let log = diff_snapshots(&before.snapshot, &after.snapshot, knowledge(ctx)?.as_ref());
    write_report(
        &log,
        &args.report,
        &Sources(vec![&before, &after]),
        &ctx.catalog,
        out,
    )
}

fn is_file(name: &str) -> bool {
    Path::new(name).is_file()
}

/// A raw source document (any file that is not a `.json` snapshot).
fn is_raw(name: &str) -> bool {
    is_file(name)
        && !Path::new(name)
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"))
}

/// A snapshot file if `name` is one, else a snapshot of `set` by id or year.
fn pick(name: &str, set: &SnapshotSet, ctx: &mut Context) -> Result<LoadedSnapshot, Error> {
    if is_raw(name) {
        return super::r#match::import_raw(name, ctx);
    }
    if is_file(name) {
        let outcome = SnapshotSet::load_path(Path::new(name))?;
        if outcome.set.snapshots.is_empty() && !outcome.issues.is_empty() {
            // Each problem once, with its location (issue 15).
            return Err(Error::Invalid(outcome.issues));
        }
        let mut loaded = ctx.take_outcome(outcome);
        return loaded.snapshots.pop().ok_or_else(|| {
            Error::usage(
                crate::i18n::Msg::UsageNotUsableSnapshot,
                vec![("path", name.into())],
            )
        });
    }
    set.resolve(name).cloned()
}
