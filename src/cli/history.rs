//! `samdiff history ARRANGEMENT`: one arrangement through all inventories.

use std::io::Write;

use super::report::{ReportFormat, Sources, knowledge, text_options};
use super::{Context, EXIT_OK, out_err};
use crate::diff::{find_arrangement, history};
use crate::error::Error;
use crate::render::{changelog_markdown, changelog_text, csv, json};

/// Arguments of `samdiff history`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// An arrangement id, or a name (ignoring case and punctuation; a unique
    /// part of a name, or a close spelling, also works).
    pub arrangement: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = HistoryFormat::Text)]
    pub format: HistoryFormat,
    /// Show cosmetic changes too.
    #[arg(long)]
    pub all: bool,
    /// Print the source lines each change cites (text format).
    #[arg(long)]
    pub evidence: bool,
}

/// Output format of a history: as a changelog's, but its JSON is a
/// `samdiff-history/1` document (issue 12 point 12: the help said
/// `samdiff-changelog/1`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum HistoryFormat {
    /// A readable report, big events first.
    Text,
    /// `samdiff-history/1` (see `samdiff schema history`).
    Json,
    /// Markdown for a report, with source citations.
    Markdown,
    /// One row per change, for spreadsheets (headers in the `--lang`
    /// language; cosmetic changes included and flagged).
    Csv,
    /// CSV as a spreadsheet program opens it by double-click: a UTF-8
    /// byte-order mark, and `;` between fields with `--lang nb`.
    Excel,
    /// An Excel workbook: the CSV's columns and the documents' dates as dates, styled frozen header row
    Xlsx,
}

impl From<HistoryFormat> for ReportFormat {
    fn from(f: HistoryFormat) -> Self {
        match f {
            HistoryFormat::Text => ReportFormat::Text,
            HistoryFormat::Json => ReportFormat::Json,
            HistoryFormat::Markdown => ReportFormat::Markdown,
            HistoryFormat::Csv => ReportFormat::Csv,
            HistoryFormat::Excel => ReportFormat::Excel,
            HistoryFormat::Xlsx => ReportFormat::Xlsx,
        }
    }
}

/// One line per inventory with the arrangement's entry, then its changes.
pub fn run(args: Args, ctx: &mut Context, out: &mut dyn Write) -> Result<u8, Error> {
    let set = ctx.load_set()?;
    let inventories: Vec<_> = set.inventories().collect();
    let snaps: Vec<_> = inventories.iter().map(|l| &l.snapshot).collect();
    let id = find_arrangement(&snaps, &args.arrangement)?;
    let h = history(&snaps, &id, knowledge(ctx)?.as_ref()).ok_or_else(|| {
        Error::usage(
            crate::i18n::Msg::UsageNoInventoryLists,
            vec![("id", id.as_str().into())],
        )
    })?;
    let sources = Sources(inventories.clone());
    let format = ReportFormat::from(args.format);
    match format {
        ReportFormat::Text => {
            let opt = text_options(&ctx.catalog, args.all, args.evidence, &sources);
            changelog_text::write_history(&h, out, &opt).map_err(out_err)?
        }
        ReportFormat::Markdown => {
            changelog_markdown::write_history(&h, &ctx.catalog, out, args.all).map_err(out_err)?
        }
        ReportFormat::Json => json::write_history(&h, out).map_err(out_err)?,
        ReportFormat::Csv | ReportFormat::Excel => {
            let dialect = format.csv_dialect();
            csv::write_changelog_csv(&h.changelog, &ctx.catalog, dialect, out).map_err(out_err)?
        }
        ReportFormat::Xlsx => super::report::write_changelog_xlsx(&h.changelog, &ctx.catalog, out)?,
    }
    Ok(EXIT_OK)
}
