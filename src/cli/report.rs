//! What `log`, `diff` and `history` share: output format, filters, and
//! writing a changelog with the right exit status.

use std::collections::BTreeSet;
use std::io::Write;

use super::{EXIT_FOUND, EXIT_OK, out_err, style};
use crate::diff::{ChangeKind, Changelog, DomainKnowledge, Filter};
use crate::error::Error;
use crate::i18n::Catalog;
use crate::matching::resolve_municipality;
use crate::model::{Host, Municipality, Snapshot};
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
    /// The filter these arguments ask for; an unknown `--kind` is an error,
    /// and so is a `--municipality` that `snaps` do not name (up to case,
    /// diacritics and a final "kommune", see [`resolve_municipality`]).
    pub fn filter<'a>(
        &self,
        snaps: impl IntoIterator<Item = &'a Snapshot> + Clone,
    ) -> Result<Filter, Error> {
        let mut kinds = BTreeSet::new();
        for k in &self.kind {
            let k = k.trim();
            match ChangeKind::parse(k) {
                Some(kind) => {
                    kinds.insert(kind);
                }
                None => {
                    let known: Vec<&str> = ChangeKind::ALL.iter().map(|k| k.as_str()).collect();
                    return Err(Error::Usage(crate::registry::unknown_change_kind(
                        k,
                        &known.join(", "),
                    )));
                }
            }
        }
        Ok(Filter {
            municipality: self
                .municipality
                .as_deref()
                .map(|m| resolve_in(m, snaps.clone()).map(|m| m.to_string()))
                .transpose()?,
            category: self.category.clone(),
            kinds,
            include_cosmetic: self.all,
        })
    }
}

/// The changelog as a workbook, on standard output.
pub fn write_changelog_xlsx(
    log: &Changelog,
    cat: &Catalog,
    out: &mut dyn Write,
) -> Result<(), Error> {
    let sheet = crate::render::xlsx_sheets::changelog_sheet(log, cat);
    let bytes = crate::render::xlsx::workbook_bytes(&[sheet], cat).map_err(out_err)?;
    super::state::write_output(&bytes, true, None, out)
}

/// The domain knowledge the diff uses: the registry the user asked for
/// (`--registry FILE`, `DIR/registry.json`, or the built-in one).
pub fn knowledge(ctx: &super::Context) -> Result<Box<dyn DomainKnowledge>, Error> {
    Ok(Box::new(ctx.load_registry()?))
}

/// The names a `--municipality` may take: the municipalities the snapshots
/// declare or mark (listed in errors), then outside hosts and partners
/// (accepted, never suggested).
pub fn known_names<'a>(
    snaps: impl IntoIterator<Item = &'a Snapshot>,
) -> (Vec<Municipality>, Vec<Municipality>) {
    let mut names = BTreeSet::new();
    let mut others = BTreeSet::new();
    for s in snaps {
        names.extend(s.declared_municipalities().into_iter().cloned());
        for a in &s.arrangements {
            names.extend(a.participation.keys().cloned());
            others.extend(
                a.partners
                    .iter()
                    .map(|p| Municipality::from(p.name.as_str())),
            );
            if let Host::Outside(h) = &a.host {
                others.insert(Municipality::from(h.as_str()));
            }
        }
    }
    (names.into_iter().collect(), others.into_iter().collect())
}

/// `--municipality NAME` resolved against `snaps` ([`known_names`]).
pub fn resolve_in<'a>(
    name: &str,
    snaps: impl IntoIterator<Item = &'a Snapshot>,
) -> Result<Municipality, Error> {
    let (known, also) = known_names(snaps);
    resolve_municipality(name, &known, &also)
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
        ..args.filter(sources.0.iter().map(|l| &l.snapshot))?
    };
    let kept = log.filtered(&filter);
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
