//! `samdiff audit [SNAPSHOT...]`: what looks wrong, for the control
//! committee.

use std::io::Write;

use super::{Context, EXIT_FOUND, EXIT_OK, out_err};
use crate::audit::{Code, Severity, run_audit};
use crate::error::{Error, with_closest};
use crate::i18n::{Msg, Text};
use crate::matching::names::closest;
use crate::render::audit_json::write_audit_json;
use crate::render::audit_markdown::write_audit_markdown;
use crate::render::audit_text::write_audit_text;
use crate::render::csv::{CsvDialect, write_audit_csv};

/// Output format of `audit` and `proposals`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// Plain text, one block per finding.
    Text,
    /// JSON (`samdiff-audit/1`).
    Json,
    /// Markdown tables, for a report.
    Markdown,
}

/// Output format of `audit`: the shared formats, and CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum AuditFormat {
    /// Plain text, one block per finding.
    Text,
    /// JSON (`samdiff-audit/1`).
    Json,
    /// Markdown tables, for a report.
    Markdown,
    /// One row per finding, for spreadsheets (headers in the `--lang` language).
    Csv,
    /// CSV as a spreadsheet program opens it by double-click: a UTF-8
    /// byte-order mark, and `;` between fields with `--lang nb`.
    Excel,
    /// An Excel workbook, one row per finding, styled frozen header row.
    Xlsx,
}

/// A severity as typed after `--fail-on`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FailOn {
    /// Any finding.
    Info,
    /// Warnings and errors.
    Warning,
    /// Errors only.
    Error,
}

impl From<FailOn> for Severity {
    fn from(f: FailOn) -> Severity {
        match f {
            FailOn::Info => Severity::Info,
            FailOn::Warning => Severity::Warning,
            FailOn::Error => Severity::Error,
        }
    }
}

/// Arguments of `samdiff audit`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Snapshots to audit (ids, or years one inventory has); default all.
    /// Cross-snapshot checks compare the ones given.
    #[arg(value_name = "SNAPSHOT")]
    pub names: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = AuditFormat::Text)]
    pub format: AuditFormat,
    /// Only findings with these codes (comma-separated, e.g.
    /// `listed-twice,host-missing`).
    #[arg(long, value_name = "CODE", value_delimiter = ',')]
    pub code: Vec<String>,
    /// Exit with status 1 when a finding at or above this severity exists.
    #[arg(long, value_enum, value_name = "SEVERITY")]
    pub fail_on: Option<FailOn>,
}

/// Run the audit and print it.
pub fn run(args: Args, ctx: &mut Context, out: &mut dyn Write) -> Result<u8, Error> {
    let set = ctx.load_set()?;
    let registry = ctx.load_registry()?;
    let chosen = if args.names.is_empty() {
        set.snapshots.iter().collect::<Vec<_>>()
    } else {
        args.names
            .iter()
            .map(|n| set.resolve(n))
            .collect::<Result<Vec<_>, _>>()?
    };
    let codes = parse_codes(&args.code)?;
    let mut audit = run_audit(&chosen, &registry);
    if !codes.is_empty() {
        audit.findings.retain(|f| codes.contains(&f.code));
    }
    match args.format {
        AuditFormat::Text => write_audit_text(&audit, &ctx.catalog, out),
        AuditFormat::Json => write_audit_json(&audit, out),
        AuditFormat::Markdown => write_audit_markdown(&audit, &ctx.catalog, out),
        AuditFormat::Csv => write_audit_csv(&audit, &ctx.catalog, CsvDialect::Plain, out),
        AuditFormat::Excel => write_audit_csv(&audit, &ctx.catalog, CsvDialect::Excel, out),
        AuditFormat::Xlsx => {
            let sheet = crate::render::xlsx_sheets::audit_sheet(&audit, &ctx.catalog);
            let bytes =
                crate::render::xlsx::workbook_bytes(&[sheet], &ctx.catalog).map_err(out_err)?;
            super::state::write_output(&bytes, true, &super::output::OutputArgs::default(), out)?;
            Ok(())
        }
    }
    .map_err(out_err)?;
    let fail = args
        .fail_on
        .is_some_and(|f| audit.worst().is_some_and(|w| w >= Severity::from(f)));
    Ok(if fail { EXIT_FOUND } else { EXIT_OK })
}

/// The finding codes typed after `--code`; an unknown one is an error with
/// the closest codes.
fn parse_codes(typed: &[String]) -> Result<Vec<Code>, Error> {
    let known: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
    typed
        .iter()
        .map(|t| {
            let t = t.trim();
            Code::ALL
                .into_iter()
                .find(|c| c.as_str() == t)
                .ok_or_else(|| {
                    let text = Text::new(
                        Msg::UnknownFindingCode,
                        vec![("code", t.into()), ("expected", known.join(", ").into())],
                    );
                    Error::Usage(with_closest(text, &closest(t, known.iter().copied())))
                })
        })
        .collect()
}
