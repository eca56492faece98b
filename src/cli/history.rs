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
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
    /// Show cosmetic changes too.
    #[arg(long)]
    pub all: bool,
    /// Print the source lines each change cites (text format).
    #[arg(long)]
    pub evidence: bool,
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
    match args.format {
        ReportFormat::Text => {
            let opt = text_options(&ctx.catalog, args.all, args.evidence, &sources);
            changelog_text::write_history(&h, out, &opt).map_err(out_err)?
        }
        ReportFormat::Markdown => {
            changelog_markdown::write_history(&h, &ctx.catalog, out, args.all).map_err(out_err)?
        }
        ReportFormat::Json => json::write_history(&h, out).map_err(out_err)?,
        ReportFormat::Csv | ReportFormat::Excel => {
            let dialect = args.format.csv_dialect();
            csv::write_changelog_csv(&h.changelog, &ctx.catalog, dialect, out).map_err(out_err)?
        }
        ReportFormat::Xlsx => super::report::write_changelog_xlsx(&h.changelog, &ctx.catalog, out)?,
    }
    Ok(EXIT_OK)
}
