//! `samdiff report`: the annual-report document, in Markdown or as one
//! self-contained HTML file.

use std::io::Write;

use super::output::OutputArgs;
use super::{Context, EXIT_OK};
use crate::audit::run_audit;
use crate::diff::log_snapshots;
use crate::error::Error;
use crate::report::Report;
use crate::report::render::{ReportFormat, render_report};
use crate::snapshot::{LoadedSnapshot, SnapshotSet};

/// `--format` of `report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Markdown, to paste into a document.
    Markdown,
    /// One HTML file with everything inline (styles, figure), printable.
    Html,
}

/// Arguments of `samdiff report`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// First snapshot of the range (id, or a year with one inventory);
    /// default: the oldest.
    #[arg(long, value_name = "SNAPSHOT")]
    pub from: Option<String>,
    /// Last snapshot of the range; default: the newest.
    #[arg(long, value_name = "SNAPSHOT")]
    pub to: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Markdown)]
    pub format: Format,
    /// `-o FILE` (complete or not at all) and `--force`.
    #[command(flatten)]
    pub output: OutputArgs,
}

/// The snapshots from `from` to `to` (inclusive, date order).
pub fn select_range<'a>(
    set: &'a SnapshotSet,
    from: Option<&str>,
    to: Option<&str>,
) -> Result<Vec<&'a LoadedSnapshot>, Error> {
    let index = |name: &str| -> Result<usize, Error> {
        let s = set.resolve(name)?;
        Ok(set
            .snapshots
            .iter()
            .position(|x| x.snapshot.id == s.snapshot.id)
            .unwrap_or(0))
    };
    let last = set.snapshots.len().saturating_sub(1);
    let a = from.map(index).transpose()?.unwrap_or(0);
    let b = to.map(index).transpose()?.unwrap_or(last);
    if a > b {
        return Err(Error::usage(
            crate::i18n::Msg::UsageFromAfterTo,
            vec![
                ("from", from.unwrap_or_default().into()),
                ("to", to.unwrap_or_default().into()),
            ],
        ));
    }
    Ok(set
        .snapshots
        .get(a..=b)
        .unwrap_or_default()
        .iter()
        .collect())
}

/// Build the report and write it.
pub fn run(args: Args, ctx: &mut Context, out: &mut dyn Write) -> Result<u8, Error> {
    args.output.check()?;
    let set = ctx.load_set()?;
    let range = select_range(&set, args.from.as_deref(), args.to.as_deref())?;
    let inventories: Vec<&crate::model::Snapshot> = range
        .iter()
        .filter(|l| l.snapshot.kind == crate::model::SnapshotKind::Inventory)
        .map(|l| &l.snapshot)
        .collect();
    let knowledge = super::report::knowledge(ctx)?;
    let log = log_snapshots(&inventories, knowledge.as_ref());
    let audit = run_audit(&range, &ctx.load_registry()?);
    let report = Report::build(&range, &log, &audit, knowledge.as_ref(), &ctx.catalog);
    let format = match args.format {
        Format::Markdown => ReportFormat::Markdown,
        Format::Html => ReportFormat::Html,
    };
    let text = render_report(&report, format).map_err(|e| {
        Error::usage(
            crate::i18n::Msg::UsageCannotRender,
            vec![("reason", e.to_string().into())],
        )
    })?;
    args.output.write(text.as_bytes(), out)?;
    Ok(EXIT_OK)
}
