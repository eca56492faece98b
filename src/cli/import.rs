//! `samdiff import FILE`: turn a raw source document into a draft snapshot.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::output::OutputArgs;
use super::{Context, EXIT_FOUND, EXIT_OK, out_err, style};
use crate::error::Error;
use crate::i18n::{Catalog, Msg};
use crate::import::{ColumnOverrides, ImportOptions, ImportReport, Layout, import_document};
use crate::model::{Municipality, PartialDate, Snapshot, SnapshotId};

/// `--layout` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LayoutArg {
    /// Pick by content and say which on stderr.
    Auto,
    /// Tab-, semicolon- or comma-separated with a header row.
    Table,
    /// A table flattened by PDF text extraction.
    PdfText,
}

/// Arguments of `samdiff import`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The raw source document.
    pub file: PathBuf,
    /// The document's layout.
    #[arg(long, value_enum, default_value_t = LayoutArg::Auto)]
    pub layout: LayoutArg,
    /// The date the document describes (YYYY-MM-DD or YYYY); default: the
    /// date it states ("per 1. januar 2021").
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// Municipalities the document covers, comma-separated; default: what
    /// the document says ("Øyer deltar i …").
    #[arg(long, value_name = "M,...", value_delimiter = ',')]
    pub scope: Option<Vec<String>>,
    /// Municipality column order for pdf-text, whose header row was lost;
    /// without it every mark position is unknown.
    #[arg(long, value_name = "M,...", value_delimiter = ',')]
    pub columns: Option<Vec<String>>,
    /// Snapshot id; default: made from the file name.
    #[arg(long)]
    pub id: Option<String>,
    /// Header of the key column (an id, an organisation number): each row's
    /// cell becomes its arrangement's key, a row without one is reported
    /// and left out
    #[arg(long, value_name = "COLUMN")]
    pub key: Option<String>,
    #[command(flatten)]
    pub shape: Box<ShapeArgs>,
    /// `-o FILE` (complete or not at all) and `--force`.
    #[command(flatten)]
    pub output: OutputArgs,
}

/// How to read a table's cells: the sheet and the columns' roles.
#[derive(Debug, Default, clap::Args)]
pub struct ShapeArgs {
    /// Workbook sheet to read; default: the sheet holding the header table
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Header of the column of arrangement names
    #[arg(long, value_name = "HEADER")]
    pub name_column: Option<String>,
    /// Header of the column of policy areas (fagområde)
    #[arg(long, value_name = "HEADER")]
    pub category_column: Option<String>,
    /// Header of the column of legal forms
    #[arg(long, value_name = "HEADER")]
    pub form_column: Option<String>,
    /// Header of the column of host municipalities
    #[arg(long, value_name = "HEADER")]
    pub host_column: Option<String>,
    /// Header of the comment column
    #[arg(long, value_name = "HEADER")]
    pub comment_column: Option<String>,
    /// Header of the status column ("Aktiv", "Avviklet", "Under utredning")
    #[arg(long, value_name = "HEADER")]
    pub status_column: Option<String>,
    /// Header of the column of ids or organisation numbers, kept as each arrangement's key
    #[arg(long, value_name = "HEADER")]
    pub id_column: Option<String>,
    /// Headers of the municipality columns, comma-separated; only these are read as participation
    #[arg(long, value_name = "HEADER,...", value_delimiter = ',')]
    pub municipality_columns: Option<Vec<String>>,
    /// Header of a column listing each row's participating municipalities ("Gausdal, Øyer")
    #[arg(long, value_name = "HEADER")]
    pub members_column: Option<String>,
}

impl ShapeArgs {
    /// Put the sheet and column roles into `opts`.
    pub(super) fn apply(&self, opts: &mut ImportOptions) {
        opts.sheet = self.sheet.clone();
        opts.columns_by_role = ColumnOverrides {
            name: self.name_column.clone(),
            category: self.category_column.clone(),
            form: self.form_column.clone(),
            host: self.host_column.clone(),
            comment: self.comment_column.clone(),
            status: self.status_column.clone(),
            id: self.id_column.clone(),
            municipalities: self
                .municipality_columns
                .as_ref()
                .map(|v| v.iter().map(|s| s.trim().to_owned()).collect()),
            members: self.members_column.clone(),
        };
    }
}

/// Options shared by every command that reads raw documents.
pub(super) fn import_options(
    ctx: &Context,
    layout: LayoutArg,
    as_of: Option<&str>,
    scope: Option<&[String]>,
    columns: Option<&[String]>,
    id: Option<&str>,
) -> Result<ImportOptions, Error> {
    let munis = |v: &[String]| v.iter().map(|s| Municipality::from(s.trim())).collect();
    Ok(ImportOptions {
        layout: match layout {
            LayoutArg::Auto => Layout::Auto,
            LayoutArg::Table => Layout::Table,
            LayoutArg::PdfText => Layout::PdfText,
        },
        as_of: as_of
            .map(|d| {
                d.parse::<PartialDate>().map_err(|_| {
                    Error::Usage(crate::snapshot::prefixed(
                        "--as-of",
                        crate::snapshot::invalid_date(d),
                    ))
                })
            })
            .transpose()?,
        scope: scope.map(munis),
        columns: columns.map(munis),
        id: id.map(SnapshotId::from),
        source_path: None,
        registry: Some(ctx.load_registry()?),
        ..ImportOptions::default()
    })
}

/// Read and import `path`, reporting the detection and every problem on
/// stderr; the caller decides the exit status.
pub(super) fn import_file(
    path: &Path,
    opts: &ImportOptions,
    cat: &Catalog,
) -> Result<ImportReport, Error> {
    let shown = path.display().to_string();
    let bytes = crate::input::read_input(path, &shown).map_err(|e| e.into_error(&shown))?;
    let report = import_document(&shown, &bytes, opts)?;
    if let Some(why) = &report.reading {
        style::note_line(cat, &format!("{shown}: {}", why.render(cat)));
    }
    if let Some(why) = &report.detection {
        style::note_line(cat, &format!("{shown}: {}", why.render(cat)));
    }
    for p in &report.problems {
        style::warning_line(cat, &p.render(cat));
    }
    Ok(report)
}

/// `snapshot` as pretty JSON, ending in a newline.
pub(super) fn snapshot_json(snapshot: &Snapshot) -> Result<Vec<u8>, Error> {
    let mut json = serde_json::to_vec_pretty(snapshot).map_err(|e| out_err(e.into()))?;
    json.push(b'\n');
    Ok(json)
}

/// Import, then print or write the draft. Exit 1 when rows were reported.
pub fn run(args: Args, ctx: &mut Context, out: &mut dyn Write) -> Result<u8, Error> {
    let mut opts = import_options(
        ctx,
        args.layout,
        args.as_of.as_deref(),
        args.scope.as_deref(),
        args.columns.as_deref(),
        args.id.as_deref(),
    )?;
    args.shape.apply(&mut opts);
    opts.key_column = args.key.clone();
    args.output.check()?;
    let report = import_file(&args.file, &opts, &ctx.catalog)?;
    args.output.write(&snapshot_json(&report.snapshot)?, out)?;
    if let Some(p) = &args.output.output {
        let args = [
            ("path", p.display().to_string().into()),
            ("count", report.snapshot.arrangements.len().into()),
        ];
        style::note_line(&ctx.catalog, &ctx.catalog.get(Msg::NoteWrote, &args));
    }
    Ok(if report.problems.is_empty() {
        EXIT_OK
    } else {
        EXIT_FOUND
    })
}
