//! `samdiff report`: the annual-report document, in Markdown or as one
//! self-contained HTML file.

use std::io::Write;

use super::output::OutputArgs;
use super::{Context, EXIT_OK};
use crate::audit::{AuditOptions, run_audit_with};
use crate::diff::{Filter, log_snapshots};
use crate::error::Error;
use crate::model::Municipality;
use crate::report::brief::{Brief, BriefFormat, BriefOptions, render_brief};
use crate::report::render::{ReportFormat, write_report};
use crate::report::{ReportBuilder, ReportOptions};
use crate::snapshot::{LoadedSnapshot, SnapshotSet};

/// `--format` of `report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Markdown, to paste into a document.
    Markdown,
    /// One HTML file with everything inline (styles, figure), printable.
    Html,
    /// A Word document (the one-pager only).
    Docx,
    /// The one-pager's facts as JSON, for checks (the one-pager only).
    Json,
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
    /// Only what concerns this municipality (case, accents and a final
    /// “kommune” may differ).
    #[arg(long, value_name = "NAME")]
    pub municipality: Option<String>,
    /// The one-page summary for an annual report: the changes that matter,
    /// ranked, with sources; doubtful items in a footnote.
    #[arg(long, conflicts_with = "full")]
    pub brief: bool,
    /// The full report (the default).
    #[arg(long)]
    pub full: bool,
    /// Include plans and arrangements that are only proposed or under study
    /// (left out by default: they are plans, not cooperation).
    #[arg(long)]
    pub proposals: bool,
    /// The day the audit's deadlines are counted from (YYYY-MM-DD);
    /// default: the date of the newest document in the range, so the same
    /// documents always give the same report.
    #[arg(long, value_name = "DATE")]
    pub today: Option<String>,
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
    let registry = ctx.load_registry()?;
    let municipality = args
        .municipality
        .as_deref()
        .map(|m| super::report::resolve_municipality_arg(m, &range))
        .transpose()?;
    let filter = Filter {
        municipality: municipality.clone(),
        include_cosmetic: true,
        ..Filter::default()
    };
    let today = args
        .today
        .as_deref()
        .map(super::audit::parse_date)
        .transpose()?;
    let audit_options = AuditOptions { today };
    if !args.brief {
        let format = match args.format {
            Format::Markdown => ReportFormat::Markdown,
            Format::Html => ReportFormat::Html,
            Format::Docx | Format::Json => {
                return Err(Error::usage(crate::i18n::Msg::UsageBriefOnlyFormat, vec![]));
            }
        };
        let opts = ReportOptions {
            municipality: municipality.as_deref().map(Municipality::from),
            proposals: args.proposals,
        };
        // One input at a time (issue 16: peak memory of a large set's
        // report): the audit is let go once its findings are taken, the
        // changelog once its changes are, and the documents once the
        // timeline is made, before rendering.
        let mut builder = ReportBuilder::new(&range, &ctx.catalog, &opts);
        let audit = run_audit_with(&range, &registry, &audit_options);
        builder.findings(&audit);
        drop(audit);
        builder.changes(log_snapshots(&inventories, knowledge.as_ref()).filtered(&filter));
        let report = builder.finish(knowledge.as_ref());
        drop((inventories, range));
        drop(set);
        // Written as it is rendered: the text of a large set's report is
        // never held whole in memory (issue 16).
        let shown = match &args.output.output {
            Some(path) => path.display().to_string(),
            None => "<stdout>".to_owned(),
        };
        let write = |w: &mut dyn Write| {
            write_report(report, format, w).map_err(|e| render_error(e, &shown))
        };
        match &args.output.output {
            Some(path) => crate::output::write_output_with(
                path,
                crate::output::Overwrite::from_force(args.output.force),
                |file, _| {
                    let mut buffered = std::io::BufWriter::new(file);
                    write(&mut buffered)?;
                    buffered.flush().map_err(|source| Error::Write {
                        path: shown.clone(),
                        source,
                    })
                },
            )?,
            None => write(out)?,
        }
        return Ok(EXIT_OK);
    }
    let log = log_snapshots(&inventories, knowledge.as_ref()).filtered(&filter);
    let audit = run_audit_with(&range, &registry, &audit_options);
    let opts = BriefOptions {
        municipality: municipality.clone(),
        proposals: args.proposals,
    };
    let brief = Brief::build(&log, &audit, &inventories, &opts, &ctx.catalog);
    let format = match args.format {
        Format::Markdown => BriefFormat::Markdown,
        Format::Html => BriefFormat::Html,
        Format::Docx => BriefFormat::Docx,
        Format::Json => BriefFormat::Json,
    };
    let bytes = render_brief(&brief, format).map_err(cannot_render)?;
    super::state::write_output(&bytes, args.format == Format::Docx, &args.output, out)?;
    Ok(EXIT_OK)
}

/// A failed write as the write error it is (to `shown`), anything else as
/// a report that cannot be rendered.
fn render_error(e: minijinja::Error, shown: &str) -> Error {
    use std::error::Error as _;
    match e.source().and_then(|s| s.downcast_ref::<std::io::Error>()) {
        Some(io) if e.kind() == minijinja::ErrorKind::WriteFailure => Error::Write {
            path: shown.to_owned(),
            source: std::io::Error::new(io.kind(), io.to_string()),
        },
        _ => cannot_render(e.to_string()),
    }
}

fn cannot_render(reason: String) -> Error {
    Error::usage(
        crate::i18n::Msg::UsageCannotRender,
        vec![("reason", reason.into())],
    )
}
