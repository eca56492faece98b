//! `samdiff diff A B`: what changed from snapshot A to snapshot B.

use std::borrow::Cow;
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
    /// The date the one raw document describes (YYYY-MM-DD or YYYY).
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// The date the earlier raw document describes.
    #[arg(long, value_name = "DATE")]
    pub as_of_old: Option<String>,
    /// The date the later raw document describes.
    #[arg(long, value_name = "DATE")]
    pub as_of_new: Option<String>,
    /// Diff two register tables by the key column COLUMN (an id, an
    /// organisation number): rows with equal keys are the same arrangement,
    /// names serve only to point out new keys
    #[arg(long, value_name = "COLUMN")]
    pub key: Option<String>,
    /// Format, filters and switches.
    #[command(flatten)]
    pub report: ReportArgs,
}

/// Compare the two snapshots, in the order given.
pub fn run(args: Args, ctx: &mut Context, out: &mut dyn Write) -> Result<u8, Error> {
    super::check_path_like(&args.before)?;
    super::check_path_like(&args.after)?;
    if let Some(column) = &args.key {
        return run_keyed(&args, column, ctx, out);
    }
    let set = if is_file(&args.before) && is_file(&args.after) {
        SnapshotSet::default()
    } else {
        ctx.load_set()?
    };
    let (as_of_old, as_of_new) = super::r#match::side_dates(
        (&args.before, &args.after),
        args.as_of.as_deref(),
        (args.as_of_old.as_deref(), args.as_of_new.as_deref()),
        ("--as-of-old", "--as-of-new"),
    )?;
    let mut before = pick(&args.before, &set, as_of_old, ctx)?;
    let mut after = pick(&args.after, &set, as_of_new, ctx)?;
    if set.snapshots.is_empty() {
        if is_raw(&args.before) || is_raw(&args.after) {
            // Two files and no set: pair the arrangements by matching.
            let paired = super::r#match::matched_ids(&before.snapshot, &after.snapshot, ctx)?;
            after.to_mut().snapshot = paired;
        }
    } else {
        // A raw document takes the set's ids, as `samdiff add` gives them,
        // so it compares like with like.
        for (name, side) in [(&args.before, &mut before), (&args.after, &mut after)] {
            if is_raw(name) {
                let with_ids = ids_from_set(&side.snapshot, &set, ctx)?;
                side.to_mut().snapshot = with_ids;
            }
        }
    }
    let log = diff_snapshots(&before.snapshot, &after.snapshot, knowledge(ctx)?.as_ref());
    write_report(
        &log,
        &args.report,
        &Sources(vec![&*before, &*after]),
        &ctx.catalog,
        out,
    )
}

/// `diff --key`: two register tables, paired by key; argument order is
/// time order for tables that print no date.
fn run_keyed(
    args: &Args,
    column: &str,
    ctx: &mut Context,
    out: &mut dyn Write,
) -> Result<u8, Error> {
    use crate::model::PartialDate;
    if let Some(code) = run_keyed_lean(args, column, ctx, out)? {
        return Ok(code);
    }
    let before = super::r#match::import_keyed(&args.before, column, PartialDate::Year(1), ctx)?;
    let mut after = super::r#match::import_keyed(&args.after, column, PartialDate::Year(2), ctx)?;
    after.snapshot = super::r#match::keyed_ids(&before.snapshot, &after.snapshot, ctx)?;
    let log = diff_snapshots(&before.snapshot, &after.snapshot, knowledge(ctx)?.as_ref());
    write_report(
        &log,
        &args.report,
        &Sources(vec![&before, &after]),
        &ctx.catalog,
        out,
    )
}

/// `diff --key` of two text tables on the lean register path
/// ([`crate::import::register`]): both read at once on two threads, only
/// the rows that differ made into arrangements. `None` when a side is not
/// a text table (a workbook, a Word document): the caller imports it.
fn run_keyed_lean(
    args: &Args,
    column: &str,
    ctx: &mut Context,
    out: &mut dyn Write,
) -> Result<Option<u8>, Error> {
    use super::import::{LayoutArg, import_options};
    use crate::import::register::{pair_registers_unhashed, read_register};
    use crate::model::{AsOf, PartialDate};
    for name in [&args.before, &args.after] {
        if !is_raw(name) {
            return Err(Error::usage(
                crate::i18n::Msg::UsageKeyNeedsTables,
                vec![("name", name.as_str().into())],
            ));
        }
    }
    let mut opts = import_options(ctx, LayoutArg::Table, None, None, None, None)?;
    opts.scope_default = crate::import::ScopeDefault::EveryColumn;
    opts.key_column = Some(column.to_owned());
    let read = |name: &str, undated: PartialDate| {
        let mut opts = opts.clone();
        opts.date_if_undated = Some(undated);
        let bytes =
            crate::input::read_input(Path::new(name), name).map_err(|e| e.into_error(name))?;
        read_register(name, bytes, &opts)
    };
    let (a, b) = crate::parallel::join(
        true,
        || read(&args.before, PartialDate::Year(1)),
        || read(&args.after, PartialDate::Year(2)),
    );
    let (Some(a), Some(b)) = (a?, b?) else {
        return Ok(None);
    };
    let registry = ctx.load_registry()?;
    let mopts = crate::matching::MatchOptions {
        aliases: crate::matching::Alias::from_registry(&registry),
        ..crate::matching::MatchOptions::default()
    };
    let mut pair = pair_registers_unhashed(&a, &b, &mopts, &registry);
    let cat = &ctx.catalog;
    for (reg, twice, undated) in [
        (&a, &pair.problems.0, PartialDate::Year(1)),
        (&b, &pair.problems.1, PartialDate::Year(2)),
    ] {
        if let Some(why) = &reg.reading {
            super::style::note_line(cat, &format!("{}: {}", reg.path, why.render(cat)));
        }
        for p in reg.problems.iter().chain(twice).chain(&reg.draft_problems) {
            super::style::warning_line(cat, &p.render(cat));
        }
        if matches!(&reg.template.as_of, AsOf::Year { date, evidence } if *date == undated && evidence.is_empty())
        {
            let args = [
                ("path", reg.path.as_str().into()),
                ("date", undated.to_string().into()),
            ];
            super::style::note_line(cat, &cat.get(crate::i18n::Msg::NoteUndatedByOrder, &args));
        }
    }
    let args_note = [
        ("matched", pair.matched.into()),
        ("count", pair.count.into()),
        ("across", pair.across.into()),
    ];
    super::style::note_line(
        cat,
        &cat.get(crate::i18n::Msg::NoteMatchedByKey, &args_note),
    );
    let knowledge = knowledge(ctx)?;
    let (path_a, path_b) = (a.path.clone(), b.path.clone());
    // The sources' hashes and the tables' texts (escaped, for citing) are
    // finished while the diff runs: its first and last steps (pairing,
    // the sort) are on one thread.
    let digests = std::mem::take(&mut pair.digests);
    let (mut log, ((digest_a, digest_b), text_a, text_b)) = crate::parallel::join(
        true,
        || {
            crate::diff::diff_snapshots_printed(
                &pair.before,
                &pair.after,
                knowledge.as_ref(),
                pair.printed,
            )
        },
        || (digests.finish(&a, &b), a.into_text(), b.into_text()),
    );
    pair.set_digests((digest_a, digest_b));
    for s in [&pair.before, &pair.after] {
        for info in log.snapshots.iter_mut().filter(|i| i.id == s.id) {
            info.sha256.clone_from(&s.source.sha256);
        }
    }
    let before = LoadedSnapshot::new(pair.before, path_a, text_a);
    let after = LoadedSnapshot::new(pair.after, path_b, text_b);
    let code = write_report(
        &log,
        &args.report,
        &Sources(vec![&before, &after]),
        &ctx.catalog,
        out,
    )?;
    // The process ends with this command: a register's changes and its
    // two tables go with it rather than being freed one by one (a third of
    // a second at a million rows).
    std::mem::forget((log, before, after));
    Ok(Some(code))
}

fn is_file(name: &str) -> bool {
    Path::new(name).is_file()
}

use super::r#match::is_raw;

/// `draft` with the ids `samdiff add` would give it from `set`; uncertain
/// matches stay unpaired and are counted in a note.
fn ids_from_set(
    draft: &crate::model::Snapshot,
    set: &SnapshotSet,
    ctx: &mut Context,
) -> Result<crate::model::Snapshot, Error> {
    use crate::matching::set::{Decisions, assign_ids_from_set};
    let aliases = crate::matching::Alias::from_registry(&ctx.load_registry()?);
    let snaps: Vec<&crate::model::Snapshot> = set.snapshots.iter().map(|s| &s.snapshot).collect();
    let (out, ids) = assign_ids_from_set(draft, &snaps, &aliases, &Decisions::new());
    let args = [
        ("matched", ids.matched.len().into()),
        ("count", draft.arrangements.len().into()),
        ("uncertain", ids.uncertain.len().into()),
    ];
    super::style::note_line(
        &ctx.catalog,
        &ctx.catalog.get(crate::i18n::Msg::NoteIdsFromSet, &args),
    );
    Ok(out)
}

/// A snapshot file if `name` is one, else a snapshot of `set` by id or year,
/// borrowed: a snapshot of a large set is not copied (issue 16).
fn pick<'s>(
    name: &str,
    set: &'s SnapshotSet,
    as_of: Option<&str>,
    ctx: &mut Context,
) -> Result<Cow<'s, LoadedSnapshot>, Error> {
    if is_raw(name) {
        return super::r#match::import_raw(name, as_of, ctx).map(Cow::Owned);
    }
    if is_file(name) {
        let outcome = SnapshotSet::load_path(Path::new(name))?;
        if outcome.set.snapshots.is_empty() && !outcome.issues.is_empty() {
            // Each problem once, with its location (issue 15).
            return Err(Error::Invalid(outcome.issues));
        }
        let mut loaded = ctx.take_outcome(outcome);
        return loaded.snapshots.pop().map(Cow::Owned).ok_or_else(|| {
            Error::usage(
                crate::i18n::Msg::UsageNotUsableSnapshot,
                vec![("path", name.into())],
            )
        });
    }
    set.resolve(name).map(Cow::Borrowed)
}
