//! `samdiff audit [SNAPSHOT...]`: what looks wrong, for the control
//! committee.

use std::io::Write;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::{Context, EXIT_FOUND, EXIT_OK, out_err, style};
use crate::audit::followup::meeting_list;
use crate::audit::register::{Register, RegisterView, updated_register};
use crate::audit::{AuditOptions, Code, Severity, run_audit_with};
use crate::error::{Error, with_closest};
use crate::i18n::{Msg, Text};
use crate::matching::names::closest;
use crate::render::audit_json::write_audit_json;
use crate::render::audit_text::write_audit_text_with;
use crate::render::csv::{CsvDialect, write_audit_csv};
use crate::render::followup::{write_followup_html, write_followup_markdown};

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
    /// The follow-up list for the meeting, as Markdown: by municipality
    /// and priority, each finding with its question, evidence and register
    /// state.
    Markdown,
    /// The same follow-up list as one HTML page.
    Html,
    /// One row per finding, for spreadsheets (headers in the `--lang` language).
    Csv,
    /// CSV as a spreadsheet program opens it by double-click: a UTF-8
    /// byte-order mark, and `;` between fields with `--lang nb`.
    Excel,
    /// An Excel workbook: the follow-up list a secretariat works in (one
    /// row per finding and municipality, with the register's status,
    /// owner, due date, case number and note), then the flat finding table.
    Xlsx,
    /// The follow-up list as a Word document for the meeting's agenda.
    Docx,
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
    /// The day deadlines are counted from (YYYY-MM-DD); default: today's date.
    #[arg(long, value_name = "DATE")]
    pub today: Option<String>,
    /// Only findings that concern this municipality, in every format.
    #[arg(long, value_name = "NAME")]
    pub municipality: Option<String>,
    /// The follow-up register (JSON, `samdiff schema register`): show each
    /// finding's status, and what is new, still open and resolved since it
    /// was written.
    #[arg(long, value_name = "FILE")]
    pub register: Option<PathBuf>,
    /// Write the register back (atomically): new findings added as open,
    /// every human field kept, findings no longer found marked resolved.
    #[arg(long, requires = "register")]
    pub update_register: bool,
    /// `-o FILE` (complete or not at all) and `--force`.
    #[command(flatten)]
    pub output: super::output::OutputArgs,
}

/// Today's date in UTC, from the system clock.
fn system_today() -> NaiveDate {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    NaiveDate::from_ymd_opt(1970, 1, 1)
        .and_then(|d| d.checked_add_days(chrono::Days::new(secs / 86_400)))
        .unwrap_or(NaiveDate::MIN)
}

fn parse_today(arg: Option<&str>) -> Result<NaiveDate, Error> {
    match arg {
        None => Ok(system_today()),
        Some(s) => parse_date(s),
    }
}

/// The date typed after `--today` (`YYYY-MM-DD`).
pub(crate) fn parse_date(s: &str) -> Result<NaiveDate, Error> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .filter(|_| s.len() == 10)
        .ok_or_else(|| Error::usage(Msg::UsageToday, vec![("value", s.into())]))
}

/// Read the register at `path`; a missing file is an empty register when
/// it is about to be written.
fn read_register(path: &Path, creating: bool) -> Result<Register, Error> {
    let origin = path.display().to_string();
    match crate::input::read_input(path, &origin) {
        Ok(bytes) => Register::parse(&origin, &bytes).map_err(|i| Error::Invalid(vec![i])),
        Err(crate::input::InputError::Io(e))
            if creating && e.kind() == std::io::ErrorKind::NotFound =>
        {
            Ok(Register {
                origin,
                ..Register::default()
            })
        }
        Err(e) => Err(e.into_error(&origin)),
    }
}

/// Run the audit and print it.
pub fn run(args: Args, ctx: &mut Context, out: &mut dyn Write) -> Result<u8, Error> {
    args.output.check()?;
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
    let today = parse_today(args.today.as_deref())?;
    // the same name matching as every other command (case, accents and a
    // final "kommune" may differ; an unknown name suggests the closest),
    // checked before the register is written
    let municipality = args
        .municipality
        .as_deref()
        .map(|typed| super::report::resolve_municipality_arg(typed, &chosen))
        .transpose()?;
    let mut audit = run_audit_with(&chosen, &registry, &AuditOptions { today: Some(today) });
    let mut view = match &args.register {
        Some(p) => Some(RegisterView::new(
            &audit,
            read_register(p, args.update_register)?,
        )),
        None => None,
    };
    if let Some(v) = &view
        && !v.comparison.unread.is_empty()
    {
        let mut docs: Vec<String> = v
            .comparison
            .unread
            .iter()
            .flat_map(|e| e.documents())
            .filter(|d| !audit.snapshots.iter().any(|s| s.id.as_str() == d))
            .collect();
        docs.sort();
        docs.dedup();
        style::note_line(
            &ctx.catalog,
            &ctx.catalog.get(
                Msg::RegisterUnread,
                &[
                    ("count", v.comparison.unread.len().into()),
                    ("documents", docs.join(", ").into()),
                ],
            ),
        );
    }
    if let (Some(p), Some(v)) = (&args.register, &view)
        && args.update_register
    {
        // from the whole audit: a filter must not make findings look resolved
        let (text, entries) = updated_register(&audit, Some(&v.register), today);
        // the register is meant to be rewritten in place: replace it
        crate::output::write_output(p, text.as_bytes(), crate::output::Overwrite::Replace)?;
        style::note_line(
            &ctx.catalog,
            &ctx.catalog.get(
                Msg::RegisterWritten,
                &[
                    ("path", p.display().to_string().into()),
                    ("entries", entries.into()),
                ],
            ),
        );
    }
    if let Some(m) = &municipality {
        audit.retain_municipality(m);
        if let Some(v) = view.as_mut() {
            v.comparison.gone.retain(|e| {
                e.raw("municipalities")
                    .and_then(|r| serde_json::from_str::<Vec<String>>(r.get()).ok())
                    .is_some_and(|ms| ms.iter().any(|x| x == m))
            });
        }
    }
    if !codes.is_empty() {
        audit.findings.retain(|f| codes.contains(&f.code));
    }
    if let Some(v) = view.as_mut() {
        // a filtered list counts only its own findings' register changes
        let kept: std::collections::HashSet<_> = audit.findings.iter().map(|f| &f.id).collect();
        v.comparison.changes.retain(|id, _| kept.contains(id));
        if !codes.is_empty() {
            v.comparison.gone.retain(|e| {
                e.raw("code")
                    .and_then(|r| serde_json::from_str::<Code>(r.get()).ok())
                    .is_some_and(|c| codes.contains(&c))
            });
        }
    }
    let cat = &ctx.catalog;
    let mut buf: Vec<u8> = Vec::new();
    let w: &mut dyn Write = &mut buf;
    let binary = matches!(args.format, AuditFormat::Xlsx | AuditFormat::Docx);
    match args.format {
        AuditFormat::Text => write_audit_text_with(&audit, view.as_ref(), cat, w),
        AuditFormat::Json => write_audit_json(&audit, w),
        AuditFormat::Markdown => {
            write_followup_markdown(&meeting_list(&audit, view.as_ref()), cat, w)
        }
        AuditFormat::Html => write_followup_html(&meeting_list(&audit, view.as_ref()), cat, w),
        AuditFormat::Csv => write_audit_csv(&audit, cat, CsvDialect::Plain, w),
        AuditFormat::Excel => write_audit_csv(&audit, cat, CsvDialect::Excel, w),
        AuditFormat::Xlsx => {
            use crate::render::xlsx_sheets::{audit_sheet, followup_sheet};
            let list = meeting_list(&audit, view.as_ref());
            let sheets = [followup_sheet(&list, cat), audit_sheet(&audit, cat)];
            crate::render::xlsx::workbook_bytes(&sheets, cat).map(|b| buf = b)
        }
        AuditFormat::Docx => {
            let list = meeting_list(&audit, view.as_ref());
            crate::render::followup_docx::followup_document(&list, cat).map(|b| buf = b)
        }
    }
    .map_err(out_err)?;
    if args.output.output.is_some() && !binary {
        // colour codes are for a terminal, never for a file
        buf = anstream::adapter::strip_bytes(&buf).into_vec();
    }
    super::state::write_output(&buf, binary, &args.output, out)?;
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
