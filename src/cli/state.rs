//! `samdiff state`: the cooperation a municipality takes part in on a date,
//! or every covered municipality side by side.

use std::io::Write;

use super::output::OutputArgs;
use super::{Context, EXIT_OK, out_err};
use crate::error::Error;
use crate::model::{Municipality, PartialDate, Snapshot};
use crate::render::csv::CsvDialect;
use crate::render::state::{state_sheet, write_state_csv, write_state_markdown, write_state_text};
use crate::render::{docx, xlsx};
use crate::state::{StateOptions, build_state};

/// `--format` of `state`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A readable list by policy area.
    Text,
    /// `samdiff-state/1` (see `samdiff schema state`).
    Json,
    /// Markdown tables by policy area, to paste into a report.
    Markdown,
    /// One row per arrangement (RFC 4180).
    Csv,
    /// CSV as a spreadsheet program opens it by double-click: a UTF-8
    /// byte-order mark, and `;` between fields with `--lang nb`.
    Excel,
    /// An Excel workbook: styled, frozen header row, dates as dates.
    Xlsx,
    /// A Word document with the table.
    Docx,
}

/// Arguments of `samdiff state`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only this municipality (case, accents and a final “kommune” may
    /// differ); default: every covered municipality, side by side.
    #[arg(long, value_name = "NAME")]
    pub municipality: Option<String>,
    /// The date (2021, 2021-06 or 2021-06-30); default: the newest overview
    /// of each municipality.
    #[arg(long, value_name = "DATE")]
    pub at: Option<String>,
    /// Include arrangements proposed or under study.
    #[arg(long)]
    pub proposals: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// `-o FILE` (complete or not at all) and `--force`.
    #[command(flatten)]
    pub output: OutputArgs,
}

/// A `--at` value as a date.
pub fn parse_at(at: &str) -> Result<PartialDate, Error> {
    at.trim().parse().map_err(|_| {
        Error::Usage(crate::snapshot::prefixed(
            "--at",
            crate::snapshot::invalid_date(at),
        ))
    })
}

/// Build the state and write it.
pub fn run(args: Args, ctx: &mut Context, out: &mut dyn Write) -> Result<u8, Error> {
    args.output.check()?;
    let set = ctx.load_set()?;
    // Loading the registry teaches the catalogue the legal forms' labels.
    ctx.load_registry()?;
    let snaps: Vec<&Snapshot> = set.snapshots.iter().map(|l| &l.snapshot).collect();
    let municipalities = match &args.municipality {
        // Any name the documents use; one no overview covers has no state.
        Some(m) => vec![Municipality::from(
            super::report::resolve_municipality_arg(m, &set.snapshots.iter().collect::<Vec<_>>())?
                .as_str(),
        )],
        None => Vec::new(),
    };
    let opts = StateOptions {
        at: args.at.as_deref().map(parse_at).transpose()?,
        municipalities,
        proposals: args.proposals,
    };
    let cat = &ctx.catalog;
    let form_words = |id: &str| cat.term(id);
    let state = build_state(&snaps, &opts, &form_words);
    let mut bytes = Vec::new();
    match args.format {
        Format::Text => write_state_text(&state, cat, &mut bytes),
        Format::Markdown => write_state_markdown(&state, cat, &mut bytes),
        Format::Json => serde_json::to_writer_pretty(&mut bytes, &state)
            .map_err(std::io::Error::from)
            .map(|()| bytes.push(b'\n')),
        Format::Csv => write_state_csv(&state, cat, CsvDialect::Plain, &mut bytes),
        Format::Excel => write_state_csv(&state, cat, CsvDialect::Excel, &mut bytes),
        Format::Xlsx => xlsx::workbook_bytes(&[state_sheet(&state, cat)], cat).map(|b| bytes = b),
        Format::Docx => docx::state_document(&state, cat).map(|b| bytes = b),
    }
    .map_err(out_err)?;
    let binary = matches!(args.format, Format::Xlsx | Format::Docx);
    write_output(&bytes, binary, &args.output, out)?;
    Ok(EXIT_OK)
}

/// Write `bytes` by the `-o` rule ([`OutputArgs::write`]), else to
/// standard output. A binary file (a workbook, a Word document) bypasses the
/// text stream, which would strip what looks like terminal escapes, and is
/// never written to a terminal.
pub fn write_output(
    bytes: &[u8],
    binary: bool,
    output: &OutputArgs,
    out: &mut dyn Write,
) -> Result<(), Error> {
    use std::io::IsTerminal;
    if !binary || output.output.is_some() {
        return output.write(bytes, out);
    }
    let mut raw = std::io::stdout().lock();
    if raw.is_terminal() {
        return Err(Error::usage(
            crate::i18n::Msg::UsageBinaryToTerminal,
            vec![],
        ));
    }
    out.flush().map_err(out_err)?;
    raw.write_all(bytes).map_err(out_err)?;
    raw.flush().map_err(out_err)
}
