//! What `log`, `diff` and `history` share: output format, filters, and
//! writing a changelog with the right exit status.

use std::collections::BTreeSet;
use std::io::Write;

use super::{EXIT_FOUND, EXIT_OK, out_err, style};
use crate::diff::{ChangeKind, Changelog, DomainKnowledge, Filter};
use crate::error::{Error, with_closest};
use crate::i18n::{Catalog, Msg};
use crate::matching::names::{Unresolved, closest, resolve_municipality};
use crate::model::{Host, Municipality};
use crate::render::changelog_text::{SourceLines, TextOptions};
use crate::render::{changelog_markdown, changelog_text, csv, json};
use crate::snapshot::LoadedSnapshot;

/// Output format of a changelog.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// A readable report, big events first.
    Text,
    /// `samdiff-changelog/1` (see `samdiff schema changelog`).
    Json,
    /// Markdown for a report, with source citations.
    Markdown,
    /// One row per change, for spreadsheets (headers in the `--lang`
    /// language; cosmetic changes included and flagged).
    Csv,
    /// CSV as a spreadsheet program opens it by double-click: a UTF-8
    /// byte-order mark, and `;` between fields with `--lang nb`.
    Excel,
    /// An Excel workbook: the CSV's columns and the documents' dates as
    /// dates, styled frozen header row.
    Xlsx,
}

impl ReportFormat {
    /// The CSV dialect of a CSV format (`Plain` for the others).
    pub fn csv_dialect(self) -> csv::CsvDialect {
        match self {
            ReportFormat::Excel => csv::CsvDialect::Excel,
            _ => csv::CsvDialect::Plain,
        }
    }
}

/// Filters and switches shared by `log` and `diff`.
#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
    /// Only changes about this municipality (its participation, or
    /// arrangements it takes part in).
    #[arg(long, value_name = "NAME")]
    pub municipality: Option<String>,
    /// Only changes in sections whose name contains TEXT (ignoring case).
    #[arg(long, value_name = "TEXT")]
    pub category: Option<String>,
    /// Only these change kinds (comma-separated, e.g. `added,ended`).
    #[arg(long, value_name = "KIND", value_delimiter = ',')]
    pub kind: Vec<String>,
    /// Show cosmetic changes (case, punctuation, whitespace, typos) too.
    #[arg(long)]
    pub all: bool,
    /// Print the source lines each change cites (text format).
    #[arg(long)]
    pub evidence: bool,
    /// Exit with status 1 when there are changes (like `git diff --exit-code`).
    #[arg(long)]
    pub exit_code: bool,
}

impl ReportArgs {
    /// The filter these arguments ask for, its names checked against the
    /// `snapshots` compared: an unknown `--kind`, a `--municipality` that
    /// none of them names, or a `--category` that is part of none of their
    /// sections is an error with the closest names, never an empty result.
    pub fn filter(&self, snapshots: &[&LoadedSnapshot]) -> Result<Filter, Error> {
        let mut kinds = BTreeSet::new();
        for k in &self.kind {
            let k = k.trim();
            match ChangeKind::parse(k) {
                Some(kind) => {
                    kinds.insert(kind);
                }
                None => {
                    let known: Vec<&str> = ChangeKind::ALL.iter().map(|k| k.as_str()).collect();
                    let text = crate::registry::unknown_change_kind(k, &known.join(", "));
                    return Err(Error::Usage(with_closest(text, &closest(k, known))));
                }
            }
        }
        let municipality = self
            .municipality
            .as_deref()
            .map(|m| resolve_municipality_arg(m, snapshots))
            .transpose()?;
        if let Some(c) = &self.category {
            check_category(c, snapshots)?;
        }
        Ok(Filter {
            municipality,
            category: self.category.clone(),
            kinds,
            include_cosmetic: self.all,
        })
    }
}

/// Every name a `--municipality` filter can match in `snapshots`: declared
/// municipalities, participants, hosts and partners.
fn municipality_names(snapshots: &[&LoadedSnapshot]) -> BTreeSet<Municipality> {
    let mut names = BTreeSet::new();
    for l in snapshots {
        let s = &l.snapshot;
        names.extend(s.declared_municipalities().into_iter().cloned());
        for a in &s.arrangements {
            names.extend(a.participation.keys().cloned());
            match &a.host {
                Host::Participant(m) => {
                    names.insert(m.clone());
                }
                Host::Outside(o) => {
                    names.insert(Municipality::from(o.as_str()));
                }
                Host::None | Host::Unknown => {}
            }
            names.extend(
                a.partners
                    .iter()
                    .map(|p| Municipality::from(p.name.as_str())),
            );
        }
    }
    names
}

/// The name `typed` resolves to among the snapshots' municipalities and
/// partners (case, diacritics and a trailing "kommune" do not matter).
pub fn resolve_municipality_arg(
    typed: &str,
    snapshots: &[&LoadedSnapshot],
) -> Result<String, Error> {
    let names = municipality_names(snapshots);
    let list = |v: &[&Municipality]| {
        v.iter()
            .map(|m| format!("`{m}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match resolve_municipality(typed, &names) {
        Ok(m) => Ok(m.as_str().to_owned()),
        Err(Unresolved::Ambiguous(v)) => Err(Error::usage(
            Msg::AmbiguousMunicipality,
            vec![("name", typed.into()), ("candidates", list(&v).into())],
        )),
        Err(Unresolved::Unknown(best)) => {
            // The declared municipalities, not every partner, as the list.
            let declared: BTreeSet<&Municipality> = snapshots
                .iter()
                .flat_map(|l| l.snapshot.declared_municipalities())
                .collect();
            let declared: Vec<&Municipality> = if declared.is_empty() {
                names.iter().collect()
            } else {
                declared.into_iter().collect()
            };
            let text = crate::i18n::Text::new(
                Msg::UnknownMunicipality,
                vec![("name", typed.into()), ("known", list(&declared).into())],
            );
            let best: Vec<&str> = best.iter().map(|m| m.as_str()).collect();
            Err(Error::Usage(with_closest(text, &best)))
        }
    }
}

/// Whether some section name of `snapshots` contains `typed` (ignoring
/// case); an error with the closest section names if none does.
fn check_category(typed: &str, snapshots: &[&LoadedSnapshot]) -> Result<(), Error> {
    let cats: BTreeSet<&str> = snapshots
        .iter()
        .flat_map(|l| &l.snapshot.arrangements)
        .filter_map(|a| a.category.as_deref())
        .collect();
    let lower = typed.to_lowercase();
    if cats.iter().any(|c| c.to_lowercase().contains(&lower)) {
        return Ok(());
    }
    // A typed part is more often a word of a name than the whole name.
    let words: BTreeSet<&str> = cats
        .iter()
        .flat_map(|c| c.split(|ch: char| !ch.is_alphanumeric()))
        .filter(|w| w.chars().count() >= 3)
        .collect();
    let candidates = cats
        .iter()
        .chain(words.iter().filter(|w| !cats.contains(*w)));
    let text = crate::i18n::Text::new(Msg::UnknownCategory, vec![("text", typed.into())]);
    Err(Error::Usage(with_closest(
        text,
        &closest(typed, candidates.copied()),
    )))
}

/// The changelog as a workbook, on standard output.
pub fn write_changelog_xlsx(
    log: &Changelog,
    cat: &Catalog,
    out: &mut dyn Write,
) -> Result<(), Error> {
    let sheet = crate::render::xlsx_sheets::changelog_sheet(log, cat);
    let bytes = crate::render::xlsx::workbook_bytes(&[sheet], cat).map_err(out_err)?;
    super::state::write_output(&bytes, true, &super::output::OutputArgs::default(), out)
}

/// The domain knowledge the diff uses: the registry the user asked for
/// (`--registry FILE`, `DIR/registry.json`, or the built-in one).
pub fn knowledge(ctx: &super::Context) -> Result<Box<dyn DomainKnowledge>, Error> {
    Ok(Box::new(ctx.load_registry()?))
}

/// Source texts of a few loaded snapshots, for `--evidence`.
pub struct Sources<'a>(pub Vec<&'a LoadedSnapshot>);

impl SourceLines for Sources<'_> {
    fn source_line(&self, snapshot: &str, line: u32) -> Option<&str> {
        self.0
            .iter()
            .find(|s| s.snapshot.id.as_str() == snapshot)
            .and_then(|s| s.source_line(line))
    }
}

/// Text options from the shared switches.
pub fn text_options<'a>(
    cat: &'a Catalog,
    all: bool,
    evidence: bool,
    sources: &'a dyn SourceLines,
) -> TextOptions<'a> {
    TextOptions {
        cat,
        all,
        evidence,
        sources: Some(sources),
        heading: style::HEADING,
        dim: style::DIM,
    }
}

/// Filter `log`, write it in the chosen format, and return the exit status.
/// JSON keeps cosmetic changes (flagged `cosmetic`) so consumers see
/// everything; text and Markdown hide them unless `--all`.
pub fn write_report(
    log: &Changelog,
    args: &ReportArgs,
    sources: &Sources,
    cat: &Catalog,
    out: &mut dyn Write,
) -> Result<u8, Error> {
    // Keep cosmetic changes here: the renderers hide them unless `--all`
    // and say how many they hid; JSON lists them flagged `cosmetic`.
    let filter = Filter {
        include_cosmetic: true,
        ..args.filter(&sources.0)?
    };
    // Copied only when the filter drops something (a register's diff is
    // a hundred thousand changes).
    let kept = if log.changes.iter().all(|c| filter.accepts(c)) {
        std::borrow::Cow::Borrowed(log)
    } else {
        std::borrow::Cow::Owned(log.filtered(&filter))
    };
    match args.format {
        ReportFormat::Text => {
            let opt = text_options(cat, args.all, args.evidence, sources);
            changelog_text::write_changelog(&kept, out, &opt).map_err(out_err)?
        }
        ReportFormat::Markdown => {
            changelog_markdown::write_changelog(&kept, cat, out, args.all).map_err(out_err)?
        }
        ReportFormat::Json => json::write_changelog(&kept, out).map_err(out_err)?,
        ReportFormat::Csv | ReportFormat::Excel => {
            csv::write_changelog_csv(&kept, cat, args.format.csv_dialect(), out).map_err(out_err)?
        }
        ReportFormat::Xlsx => write_changelog_xlsx(&kept, cat, out)?,
    }
    let shown = kept
        .changes
        .iter()
        .filter(|c| args.all || !c.cosmetic)
        .count();
    Ok(if args.exit_code && shown > 0 {
        EXIT_FOUND
    } else {
        EXIT_OK
    })
}
