//! Import a raw source document (an overview table in whatever layout the
//! municipality used) into a draft [`Snapshot`].
//!
//! ```
//! use samdiff::import::{ImportOptions, import_document};
//!
//! let doc = "Oversikt per 1. januar 2021: samarbeid A deltar i\n\
//!            Område\tForm\tA\tB\tMerknad\nPolitikk\t\t\t\t\nRåd\tAvtale\tx\t\tMed fylket\n";
//! let report = import_document("oversikt.tsv", doc.as_bytes(), &ImportOptions::default()).unwrap();
//! assert_eq!(report.snapshot.as_of.to_string(), "2021-01-01");
//! assert_eq!(report.snapshot.scope.covers, ["A".into()]);
//! let a = &report.snapshot.arrangements[0];
//! assert_eq!((a.id.as_str(), a.name.as_str()), ("rad", "Råd"));
//! ```
//!
//! What the draft can know is only what the document prints: ids are made
//! from names, participation comes only from marks whose column the layout
//! proves, and every arrangement cites its source lines. Rows that cannot
//! be read are reported as [`Issue`]s by line, never silently dropped.
//!
//! The pipeline: detect the container (workbook, Word document or text,
//! [`crate::source`]) → read cells (`cells`: one grid per delimiter, per
//! sheet, or the document's body) → columns by meaning (`table`, with the
//! words of [`vocab`]) → rows → draft, with the date and scope from the
//! document's own words (`scope`).
//!
//! Modules: [`text`] (decoding), `cells` (grids), `table` and `pdf_text`
//! (one per layout; `pdf_marks` places a pdf-text row's marks in columns,
//! `pdf_columns` infers whose each column is when the header was lost),
//! `detect` (`--layout auto`), [`vocab`] (column and mark words), `scope`
//! (scope and date), [`forms`] (legal-form spellings). Files are read
//! through [`crate::input`].

mod cells;
pub mod comment;
mod detect;
pub mod forms;
mod pdf_columns;
mod pdf_marks;
mod pdf_text;
mod records;
pub mod register;
mod scope;
mod table;
pub mod text;
pub mod vocab;

use std::collections::BTreeMap;
use unicode_normalization::UnicodeNormalization;

use crate::error::{Error, Issue, Location, Result};
use crate::i18n::{Msg, Text};
use crate::model::{
    Arrangement, ArrangementId, AsOf, Citation, CitationRole, ColumnOrderBasis, CuratorNote,
    Municipality, PartialDate, Participation, SNAPSHOT_FORMAT, Scope, SkippedLines, Snapshot,
    SnapshotId, SnapshotKind, SourceRef, Status, TableLayout,
};
use crate::registry::Registry;
use crate::snapshot::hex_sha256;
use crate::source::TextEncoding;

pub use forms::normalise_legal_form;
pub use pdf_text::HEADING_MIN_SPACES;
pub use table::Overrides as ColumnOverrides;
pub use text::MAX_INPUT_BYTES;

/// Source layouts the importer reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Layout {
    /// Decide by content ([`ImportReport::detection`] says why).
    #[default]
    Auto,
    /// Rows of cells (delimited text or a workbook sheet) under a header
    /// row naming the columns.
    Table,
    /// A table flattened by PDF text extraction.
    PdfText,
}

impl Layout {
    /// The name used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Layout::Auto => "auto",
            Layout::Table => "table",
            Layout::PdfText => "pdf-text",
        }
    }
}

/// What the user tells the importer; everything has a default.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// Which layout to read; `Auto` picks by content.
    pub layout: Layout,
    /// The date the document describes; found in the text ("per 1. januar
    /// 2021"), else in the file name, when not given.
    pub as_of: Option<PartialDate>,
    /// Municipalities the document covers; default: what the document
    /// says ("Øyer deltar i …"), else an error asking for it.
    pub scope: Option<Vec<Municipality>>,
    /// Municipality column order for pdf-text, whose header row was lost.
    /// Without it every mark position is unknown.
    pub columns: Option<Vec<Municipality>>,
    /// Snapshot id; default: made from the file name.
    pub id: Option<SnapshotId>,
    /// `source.path` to record (relative to the snapshot directory);
    /// default `sources/<file name>`.
    pub source_path: Option<String>,
    /// The domain registry whose spellings normalise legal forms; without
    /// it the importer's own table ([`forms`]) is used.
    pub registry: Option<Registry>,
    /// Header of the key column (`--key id`, `--key Org.nr`): each row's
    /// cell becomes [`Arrangement::key`], a row without one is a problem,
    /// and two rows are the same arrangement when their keys are equal (not
    /// their names).
    pub key_column: Option<String>,
    /// The date to use when the document prints none (a register export):
    /// `diff --key` dates two undated registers by argument order.
    pub date_if_undated: Option<PartialDate>,
    /// For a workbook: the sheet to read; default: the sheet holding the
    /// header table.
    pub sheet: Option<String>,
    /// Column roles named by the user, overriding the vocabulary.
    pub columns_by_role: ColumnOverrides,
    /// What to do when the document does not state its scope and
    /// `scope` is not given.
    pub scope_default: ScopeDefault,
    /// Municipality names known beforehand (say, from the user's set of
    /// snapshots): a header spelled `ØYER` or `Oyer kommune` takes the
    /// known spelling. The registry's municipalities are always known.
    pub known_municipalities: Vec<Municipality>,
}

/// The scope of a document that does not state it, when none is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ScopeDefault {
    /// An error asking for `--scope` (`import`, `add`: a snapshot is kept).
    #[default]
    Ask,
    /// Every municipality column, said in a warning and a note on the
    /// draft (raw `diff` and `match`, which have no `--scope` and keep
    /// nothing).
    EveryColumn,
}

/// The draft and everything noticed while making it.
#[derive(Debug, Clone)]
pub struct ImportReport {
    /// The draft snapshot (valid against the format).
    pub snapshot: Snapshot,
    /// The layout that was read.
    pub layout: Layout,
    /// With `--layout auto`, or for a workbook: what was picked and why.
    pub detection: Option<Text>,
    /// How the bytes were read, when that is worth saying (not UTF-8).
    pub reading: Option<Text>,
    /// Rows or lines that could not be read, by line.
    pub problems: Vec<Issue>,
}

/// One table row as a layout parser reads it, before ids and normalisation.
#[derive(Debug, Clone)]
pub(crate) struct RawRow {
    pub lines: Vec<u32>,
    pub name: String,
    pub name_line: u32,
    pub category: Option<String>,
    pub form: Option<String>,
    pub comment: Option<String>,
    /// The host column's cell, when the table has one.
    pub host: Option<String>,
    /// The status column's cell, when the table has one.
    pub status: Option<String>,
    /// The id column's cell, when the table has one.
    pub key: Option<String>,
    pub participation: BTreeMap<Municipality, Participation>,
    pub notes: Vec<CuratorNote>,
}

/// What a layout parser returns.
#[derive(Debug, Clone, Default)]
pub(crate) struct ParsedTable {
    pub rows: Vec<RawRow>,
    pub skipped: Vec<SkippedLines>,
    pub problems: Vec<Issue>,
    /// Rows that would be lost (data above the header): the import stops.
    pub errors: Vec<Issue>,
}

/// The source as read: its text lines (for a workbook, the chosen sheet's
/// rows as lines) and the grids of cells to look for a header in.
struct Read {
    lines: Vec<String>,
    grids: Vec<cells::Grid>,
    encoding: Option<TextEncoding>,
    /// For a workbook: every sheet name, in order.
    sheets: Option<Vec<String>>,
}

/// The text citations into `bytes` point at, lines joined with `\n`: a
/// text source decoded, a workbook's `sheet` or a Word document's blocks
/// as lines (docs/snapshot-format.md).
pub fn cited_text(path: &str, bytes: &[u8], sheet: Option<&str>) -> Result<String> {
    let corrupt = |reason: String| {
        Error::Invalid(vec![Issue::new(
            Location::start(path),
            Text::new(Msg::ImportWorkbookCorrupt, vec![("reason", reason.into())]),
        )])
    };
    if crate::source::docx::is_docx(bytes) {
        let blocks = crate::source::docx::read_docx(bytes).map_err(corrupt)?;
        return Ok(crate::source::docx::docx_lines(&blocks).join("\n"));
    }
    if crate::source::is_container(bytes) {
        let sheets = crate::source::read_workbook(bytes).map_err(|e| {
            corrupt(match e {
                crate::source::WorkbookError::Encrypted => "password-protected".into(),
                crate::source::WorkbookError::Corrupt(r) => r,
            })
        })?;
        let lines = sheets
            .iter()
            .find(|s| Some(s.name.as_str()) == sheet)
            .map(crate::source::workbook::sheet_lines)
            .unwrap_or_default();
        return Ok(lines.join("\n"));
    }
    Ok(text::decode_source(path, bytes)
        .map_err(|i| Error::Invalid(vec![i]))?
        .joined())
}

/// Municipalities whose spelling a header takes: the user's, then the
/// registry's.
fn known_municipalities(opts: &ImportOptions) -> Vec<Municipality> {
    let mut known = opts.known_municipalities.clone();
    if let Some(reg) = &opts.registry {
        for o in &reg.file().organisations {
            if o.kind == crate::registry::OrganisationKind::Municipality {
                known.push(Municipality::from(o.name.as_str()));
            }
        }
    }
    known
}

fn quoted_list(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

fn read_workbook(path: &str, bytes: &[u8], opts: &ImportOptions) -> Result<Read> {
    use crate::source::WorkbookError;
    let invalid = |i: Issue| Error::Invalid(vec![i]);
    let sheets = crate::source::read_workbook(bytes).map_err(|e| {
        invalid(match e {
            WorkbookError::Encrypted => {
                Issue::new(Location::start(path), Msg::ImportWorkbookEncrypted)
                    .with_hint(Msg::HintWorkbookPassword)
            }
            WorkbookError::Corrupt(reason) => Issue::new(
                Location::start(path),
                Text::new(Msg::ImportWorkbookCorrupt, vec![("reason", reason.into())]),
            ),
        })
    })?;
    let names: Vec<String> = sheets.iter().map(|s| s.name.clone()).collect();
    if sheets.iter().all(|s| s.rows.is_empty()) {
        return Err(invalid(Issue::new(
            Location::start(path),
            Msg::ImportWorkbookEmpty,
        )));
    }
    let chosen: Vec<&crate::source::Sheet> = match &opts.sheet {
        Some(want) => {
            let s = sheets.iter().find(|s| &s.name == want).ok_or_else(|| {
                invalid(Issue::new(
                    Location::start(path),
                    Text::new(
                        Msg::ImportSheetNotFound,
                        vec![
                            ("sheet", want.as_str().into()),
                            ("sheets", quoted_list(&names).into()),
                        ],
                    ),
                ))
            })?;
            vec![s]
        }
        None => sheets.iter().filter(|s| !s.rows.is_empty()).collect(),
    };
    Ok(Read {
        lines: Vec::new(),
        grids: chosen.into_iter().map(cells::sheet_grid).collect(),
        encoding: None,
        sheets: Some(names),
    })
}

/// A Word document: its paragraphs and table rows as one grid.
fn read_word(path: &str, bytes: &[u8]) -> Result<Read> {
    let blocks = crate::source::docx::read_docx(bytes).map_err(|reason| {
        Error::Invalid(vec![Issue::new(
            Location::start(path),
            Text::new(Msg::ImportWorkbookCorrupt, vec![("reason", reason.into())]),
        )])
    })?;
    if blocks
        .iter()
        .all(|b| b.cells.iter().all(|c| c.trim().is_empty()))
    {
        return Err(Error::Invalid(vec![Issue::new(
            Location::start(path),
            Msg::ImportEmpty,
        )]));
    }
    Ok(Read {
        lines: crate::source::docx::docx_lines(&blocks),
        grids: vec![cells::word_grid(&blocks)],
        encoding: None,
        sheets: None,
    })
}

fn read_text(path: &str, bytes: &[u8]) -> Result<(Read, text::SourceText)> {
    let src = text::decode_source(path, bytes).map_err(|i| Error::Invalid(vec![i]))?;
    let joined = src.joined();
    let grids = cells::DELIMITERS
        .iter()
        .map(|&d| cells::text_grid(&joined, d, src.encoding))
        .collect();
    Ok((
        Read {
            lines: src.lines.clone(),
            grids,
            encoding: Some(src.encoding),
            sheets: None,
        },
        src,
    ))
}

/// Import `bytes` (the document named `path_display` in messages) as a draft
/// snapshot. `bytes` may be text (any encoding [`crate::source::text`]
/// reads) or a workbook (`.xlsx`, `.xlsm`, `.xls`, `.ods`). Unreadable
/// input (corrupt, encrypted, unknown encoding, no header, data above the
/// header, no date, no scope) is an error; rows that cannot be read are
/// problems in the report.
pub fn import_document(
    path_display: &str,
    bytes: &[u8],
    opts: &ImportOptions,
) -> Result<ImportReport> {
    let invalid = |i: Issue| Error::Invalid(vec![i]);
    let vocab = vocab::Vocabulary::embedded();
    let known = known_municipalities(opts);
    // `--key COLUMN` names the id column.
    let mut overrides = opts.columns_by_role.clone();
    if let Some(key) = &opts.key_column {
        overrides.id = Some(key.clone());
    }
    let ctx = table::HeaderContext {
        vocab: &vocab,
        known: &known,
        overrides: &overrides,
    };
    text::check_size(path_display, bytes).map_err(invalid)?;
    let (mut read, src) = if crate::source::docx::is_docx(bytes) {
        (read_word(path_display, bytes)?, None)
    } else if crate::source::is_container(bytes) {
        (read_workbook(path_display, bytes, opts)?, None)
    } else {
        let (r, s) = read_text(path_display, bytes)?;
        (r, Some(s))
    };
    let no_header = |read: &Read| -> Error {
        match (&read.sheets, &src) {
            (Some(_), _) => {
                let g = &read.grids[0];
                let row = g.rows.first().map_or(1, |r| r.line);
                let names: Vec<String> = read
                    .grids
                    .iter()
                    .filter_map(|g| g.sheet().map(str::to_owned))
                    .collect();
                invalid(
                    Issue::new(
                        g.location(path_display, row, 0),
                        Text::new(
                            Msg::ImportNoHeaderSheet,
                            vec![("sheets", quoted_list(&names).into())],
                        ),
                    )
                    .with_hint(Msg::HintColumns),
                )
            }
            (None, Some(src)) => {
                let line = src.first_content_line().unwrap_or(1);
                invalid(
                    Issue::new(
                        Location::new(path_display, line, 1),
                        Text::new(Msg::ImportNoHeader, vec![("line", line.into())]),
                    )
                    .with_hint(Msg::HintColumns),
                )
            }
            (None, None) => {
                let line = read.grids[0]
                    .rows
                    .iter()
                    .find(|r| r.filled() > 0)
                    .map_or(1, |r| r.line);
                invalid(
                    Issue::new(
                        Location::new(path_display, line as usize, 1),
                        Text::new(Msg::ImportNoHeader, vec![("line", line.into())]),
                    )
                    .with_hint(Msg::HintColumns),
                )
            }
        }
    };
    let (layout, detection, header) = match (opts.layout, &src) {
        (Layout::PdfText, Some(_)) => (Layout::PdfText, None, None),
        (Layout::Auto, Some(s)) => {
            match detect::detect(path_display, s, &read.grids, &ctx).map_err(invalid)? {
                detect::Detected::Table(h, why) => (Layout::Table, Some(why), Some(h)),
                detect::Detected::PdfText(why) => (Layout::PdfText, Some(why), None),
            }
        }
        _ => {
            let h = table::find_header(&read.grids, &ctx).ok_or_else(|| no_header(&read))?;
            let why = match &read.sheets {
                Some(all) => Some(Text::new(
                    Msg::ImportLayoutSheet,
                    vec![
                        ("sheet", read.grids[h.grid].sheet().unwrap_or("").into()),
                        ("line", h.line.into()),
                        ("count", h.marks.len().into()),
                        ("sheets", quoted_list(all).into()),
                    ],
                )),
                None if read.grids[h.grid].source == cells::GridSource::Word => Some(Text::new(
                    Msg::ImportLayoutWord,
                    vec![("line", h.line.into()), ("count", h.marks.len().into())],
                )),
                None => None,
            };
            (Layout::Table, why, Some(h))
        }
    };
    // `--key COLUMN` must name a column of the header.
    let key_col = match (&opts.key_column, &header) {
        (Some(key), Some(h)) => {
            Some(table::key_column(path_display, &read.grids[h.grid], h, key).map_err(invalid)?)
        }
        _ => None,
    };
    let mut sheet = None;
    if let Some(h) = &header
        && let Some(name) = read.grids[h.grid].sheet()
    {
        sheet = Some(name.to_owned());
        let all = crate::source::read_workbook(bytes).unwrap_or_default();
        if let Some(s) = all.iter().find(|s| s.name == name) {
            read.lines = crate::source::workbook::sheet_lines(s);
        }
    }
    let lines = read.lines.clone();
    if let Some((line, col, c)) = crate::controls::first_unsafe_in_lines(&lines) {
        return Err(invalid(Issue::new(
            Location::new(path_display, line, col),
            Text::new(
                Msg::IssueControlChar,
                vec![("char", crate::controls::code_point(c).into())],
            ),
        )));
    }
    let (parsed, columns, basis) = match &header {
        Some(h) => {
            let mut parsed = table::parse(path_display, &read.grids[h.grid], h, &vocab);
            let cols = respell_from_text(h, &lines, &vocab, &mut parsed);
            let basis = (
                ColumnOrderBasis::Printed,
                match h.members {
                    None => format!("Column order printed in the header row (line {}).", h.line),
                    Some(c) => format!(
                        "The table has no column per municipality: each row lists its participants in the column \"{}\" (header row, line {}); these are the municipalities it names, in alphabetical order, and a row that does not name one is read as not taking part.",
                        read.grids[h.grid]
                            .rows
                            .iter()
                            .find(|r| r.line == h.line)
                            .map_or("", |r| r.cell(c)),
                        h.line
                    ),
                },
                h.line,
            );
            (parsed, Some(cols), Some(basis))
        }
        None => match opts.columns.clone() {
            Some(cols) => {
                let source = pdf_text::ColumnSource::Given(&cols);
                let (parsed, _) =
                    pdf_text::parse_with(path_display, &lines, source).map_err(invalid)?;
                let basis = (
                    ColumnOrderBasis::Inferred,
                    "The PDF extraction lost the header row; the column order was given on the command line (--columns).".to_owned(),
                    0,
                );
                (parsed, Some(cols), Some(basis))
            }
            None => {
                let source = pdf_text::ColumnSource::Infer;
                let (parsed, inferred) =
                    pdf_text::parse_with(path_display, &lines, source).map_err(invalid)?;
                match inferred {
                    Some(inf) => {
                        let basis = (
                            ColumnOrderBasis::Inferred,
                            inf.evidence_text(),
                            inf.listing_line,
                        );
                        (parsed, Some(inf.columns()), Some(basis))
                    }
                    None => (parsed, None, None),
                }
            }
        },
    };
    if !parsed.errors.is_empty() {
        let mut errors = parsed.errors;
        errors.sort();
        return Err(Error::Invalid(errors));
    }
    let mut parsed = parsed;
    if let (Some(c), Some(h)) = (key_col, &header) {
        // A keyed row without a key cannot be paired: reported, left out.
        let g = &read.grids[h.grid];
        let column = g
            .rows
            .iter()
            .find(|r| r.line == h.line)
            .map_or("", |r| r.cell(c))
            .to_owned();
        parsed.rows.retain(|r| {
            if r.key.is_some() {
                return true;
            }
            parsed.problems.push(Issue::new(
                g.location(path_display, r.name_line, c),
                Text::new(
                    Msg::ImportRowNoKey,
                    vec![("column", column.as_str().into())],
                ),
            ));
            false
        });
    }
    let reading = match read.encoding {
        Some(e @ (TextEncoding::Windows1252 | TextEncoding::Utf16Le | TextEncoding::Utf16Be)) => {
            Some(Text::new(
                Msg::ImportReadEncoding,
                vec![("encoding", e.label().into())],
            ))
        }
        _ => None,
    };
    let (mut snapshot, more) = build_snapshot(
        path_display,
        Some(bytes),
        &lines,
        opts,
        layout,
        parsed.rows,
        &columns,
        basis,
        parsed.skipped,
    )?;
    snapshot.source.sheet = sheet;
    if let Some(e) = read.encoding
        && e != TextEncoding::Utf8
    {
        snapshot.notes.push(CuratorNote {
            text: format!(
                "The source was read as {}; it is kept byte for byte as received.",
                e.label()
            ),
            evidence: vec![],
        });
    }
    let mut problems = parsed.problems;
    problems.sort();
    problems.extend(more);
    Ok(ImportReport {
        snapshot,
        layout,
        detection,
        reading,
        problems,
    })
}

/// The municipality columns, each spelled as the document's own text
/// spells it when the header does not (`OYER` over a text that says
/// "Øyer deltar i …" is `Øyer`); the rows' participation follows.
fn respell_from_text(
    h: &table::Header,
    lines: &[String],
    vocab: &vocab::Vocabulary,
    parsed: &mut ParsedTable,
) -> Vec<Municipality> {
    let mut cols = Vec::new();
    for (_, m) in &h.marks {
        let key = vocab.municipality_key(m.as_str());
        let better = lines
            .iter()
            .take(h.line.saturating_sub(1) as usize)
            .flat_map(|l| l.split(|c: char| !(c.is_alphanumeric() || c == '-')))
            .find(|w| {
                !w.is_empty()
                    && vocab::fold(w) == key
                    && *w != m.as_str()
                    && w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().skip(1).any(char::is_lowercase)
            });
        match better {
            Some(w) => {
                let new = Municipality::from(w);
                for r in &mut parsed.rows {
                    if let Some(p) = r.participation.remove(m) {
                        r.participation.insert(new.clone(), p);
                    }
                }
                cols.push(new);
            }
            None => cols.push(m.clone()),
        }
    }
    cols
}

/// The draft snapshot of an imported document. `bytes` are the bytes as
/// received, for the source's SHA-256; `None` leaves the hash empty for
/// the caller to fill in (the register path works it out on a thread that
/// is idle later).
#[allow(clippy::too_many_arguments)]
fn build_snapshot(
    path: &str,
    bytes: Option<&[u8]>,
    lines: &[String],
    opts: &ImportOptions,
    layout: Layout,
    rows: Vec<RawRow>,
    columns: &Option<Vec<Municipality>>,
    basis: Option<(ColumnOrderBasis, String, u32)>,
    skipped: Vec<SkippedLines>,
) -> Result<(Snapshot, Vec<Issue>)> {
    // The file name is data too (source path, original name): a control
    // character in it is written visibly, like one anywhere else.
    let file_name = std::path::Path::new(path)
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_owned());
    let file_name = crate::controls::escape_controls(&file_name).into_owned();
    let mut notes = Vec::new();
    let as_of = match (&opts.as_of, find_as_of(lines)) {
        (Some(d @ PartialDate::Day(_)), _) => AsOf::Day {
            date: *d,
            evidence: vec![],
        },
        (Some(d @ PartialDate::Year(_)), _) => AsOf::Year {
            date: *d,
            evidence: vec![],
        },
        (Some(d), _) => {
            return Err(Error::usage(
                Msg::ImportAsOfPrecision,
                vec![("date", d.to_string().into())],
            ));
        }
        (None, Some(Ok((date, cite)))) => AsOf::Day {
            date,
            evidence: vec![cite],
        },
        (None, Some(Err((year, cite)))) => {
            let line = cite.lines[0] as usize;
            return Err(Error::Invalid(vec![Issue::new(
                Location::new(path, line, 1),
                Text::new(
                    Msg::ImportYearOutOfRange,
                    vec![
                        ("year", year.to_string().into()),
                        ("evidence", cite.quote.unwrap_or_default().into()),
                    ],
                ),
            )]));
        }
        (None, None) => match scope::date_from_file_name(&file_name) {
            Some(date) => {
                notes.push(CuratorNote {
                    text: format!(
                        "The document states no date; {date} is read from its file name \"{file_name}\"."
                    ),
                    evidence: vec![],
                });
                match date {
                    PartialDate::Day(_) => AsOf::Day {
                        date,
                        evidence: vec![],
                    },
                    _ => AsOf::Year {
                        date,
                        evidence: vec![],
                    },
                }
            }
            // `diff --key`: an undated register is dated by argument order.
            None if let Some(date) = opts.date_if_undated => AsOf::Year {
                date,
                evidence: vec![],
            },
            None => {
                // Located at the title line, where a date is looked for first.
                let line = lines
                    .iter()
                    .position(|l| !l.trim().is_empty())
                    .map_or(1, |i| i + 1);
                let at = Location::new(path, line, 1).to_string();
                return Err(Error::usage(Msg::ImportNoDate, vec![("path", at.into())]));
            }
        },
    };
    let cols = columns.clone().unwrap_or_default();
    let vocab = vocab::Vocabulary::embedded();
    let mut scope_warning = None;
    let (covers, scope_evidence) = match &opts.scope {
        Some(s) => (s.clone(), vec![]),
        // No municipality column is known (pdf-text without --columns):
        // there is no column to cover, and every participation is unknown.
        None if cols.is_empty() => (vec![], vec![]),
        None => match scope::find_scope(lines, &cols, &vocab) {
            Some((covers, cite)) => (covers, vec![cite]),
            None if opts.scope_default == ScopeDefault::EveryColumn => {
                notes.push(CuratorNote {
                    text: "The document does not state whose cooperation it lists; every municipality column is taken as its scope (a raw comparison). Import it with --scope to decide.".into(),
                    evidence: vec![],
                });
                scope_warning = Some(Issue::new(
                    Location::start(path),
                    Text::new(
                        Msg::ImportScopeEveryColumn,
                        vec![(
                            "columns",
                            cols.iter()
                                .map(|m| m.as_str())
                                .collect::<Vec<_>>()
                                .join(", ")
                                .into(),
                        )],
                    ),
                ));
                (cols.clone(), vec![])
            }
            None => {
                let names: Vec<&str> = cols.iter().map(|m| m.as_str()).collect();
                return Err(Error::usage(
                    Msg::ImportNoScope,
                    vec![("path", path.into()), ("columns", names.join(", ").into())],
                ));
            }
        },
    };
    let mentions: Vec<Municipality> = cols
        .iter()
        .filter(|c| !covers.contains(c))
        .cloned()
        .collect();
    let declared: Vec<&Municipality> = covers.iter().chain(&mentions).collect();

    notes.insert(0, CuratorNote {
        text: format!(
            "Draft made by `samdiff import` (layout {}): ids are generated from the printed names, participation comes only from marks whose column the layout shows, and every arrangement cites its source lines. Review before use.",
            layout.as_str()
        ),
        evidence: vec![],
    });
    if columns.is_none() {
        notes.push(CuratorNote {
            text: "The municipality column order is not known (the header row was lost and --columns was not given): every participation is unknown.".into(),
            evidence: vec![],
        });
    }
    let table = basis.map(|(order, text, line)| TableLayout {
        columns: cols.clone(),
        order,
        evidence: vec![CuratorNote {
            text,
            evidence: if line > 0 {
                vec![Citation {
                    lines: vec![line],
                    role: CitationRole::Row,
                    quote: None,
                }]
            } else {
                vec![]
            },
        }],
    });

    let embedded;
    let registry = match &opts.registry {
        Some(r) => r,
        None => {
            embedded = Registry::embedded()?;
            &embedded
        }
    };
    let (mut arrangements, mut problems) =
        build_arrangements(path, rows, &declared, registry, &as_of);
    assign_ids(&mut arrangements);
    problems.extend(scope_warning);
    let title = title_of(lines).unwrap_or_else(|| file_name.clone());
    let id = opts.id.clone().unwrap_or_else(|| {
        let stem = std::path::Path::new(&file_name)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        SnapshotId(slug(&stem))
    });
    let snapshot = Snapshot {
        format: SNAPSHOT_FORMAT.into(),
        id,
        title,
        publisher: "unknown (draft import; the document does not say)".into(),
        as_of,
        kind: SnapshotKind::Inventory,
        scope: Scope {
            covers,
            mentions,
            exhaustive: true,
            evidence: scope_evidence,
        },
        source: SourceRef {
            path: opts
                .source_path
                .clone()
                .unwrap_or_else(|| format!("sources/{file_name}")),
            sha256: bytes.map(hex_sha256).unwrap_or_default(),
            original_name: Some(file_name),
            description: None,
            sheet: None,
        },
        table,
        notes,
        skipped,
        arrangements,
        index: Default::default(),
    };
    Ok((snapshot, problems))
}

/// Key under which two rows of one document name the same arrangement.
fn same_name_key(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches(['.', ',', ';', ':'])
        .to_lowercase()
}

/// What makes two rows of a table one arrangement listed twice: the key
/// of a keyed row, else the name as compared ([`same_name_key`]).
enum Identity<'a> {
    Key(&'a str),
    Name(&'a str),
}

impl Identity<'_> {
    fn hash(&self) -> u64 {
        use std::hash::Hasher;
        let mut h = rustc_hash::FxHasher::default();
        let (kind, text) = match self {
            Identity::Key(k) => (0, k),
            Identity::Name(n) => (1, n),
        };
        h.write_u8(kind);
        h.write(text.as_bytes());
        h.finish()
    }
}

/// The rows made into arrangements so far, by the hash of their
/// [`Identity`]: a register's hundred thousand rows are looked up without
/// a string made for each.
struct Listed {
    /// Hash → (arrangement, line of its first listing).
    first: rustc_hash::FxHashMap<u64, (usize, u32)>,
    /// Arrangements whose hash an earlier one with another identity has.
    collided: Vec<(u64, usize, u32)>,
}

impl Listed {
    fn with_capacity(n: usize) -> Self {
        let mut first = rustc_hash::FxHashMap::default();
        first.reserve(n);
        Listed {
            first,
            collided: Vec::new(),
        }
    }

    /// The arrangement with the hash `hash` for which `same` holds.
    fn find(&self, hash: u64, same: impl Fn(usize) -> bool) -> Option<(usize, u32)> {
        self.first
            .get(&hash)
            .copied()
            .filter(|&(i, _)| same(i))
            .or_else(|| {
                self.collided
                    .iter()
                    .find(|&&(h, i, _)| h == hash && same(i))
                    .map(|&(_, i, line)| (i, line))
            })
    }

    fn insert(&mut self, hash: u64, i: usize, line: u32) {
        use std::collections::hash_map::Entry;
        match self.first.entry(hash) {
            Entry::Vacant(e) => {
                e.insert((i, line));
            }
            Entry::Occupied(_) => self.collided.push((hash, i, line)),
        }
    }
}

/// Form spellings remembered per table: a column of free text is read
/// cell by cell past this many.
const FORM_SPELLINGS: usize = 256;

/// The arrangements of `rows` (a row repeating an earlier one's key or
/// name is noted on the first), with empty ids: the caller numbers them
/// ([`assign_ids`], or the register's ids in the whole table).
fn build_arrangements(
    path: &str,
    rows: Vec<RawRow>,
    declared: &[&Municipality],
    registry: &Registry,
    as_of: &AsOf,
) -> (Vec<Arrangement>, Vec<Issue>) {
    let mut problems = Vec::new();
    let mut out: Vec<Arrangement> = Vec::with_capacity(rows.len());
    let mut listed = Listed::with_capacity(rows.len());
    let mut forms: rustc_hash::FxHashMap<String, crate::model::LegalFormField> = Default::default();
    // A table prints a few headings: each is read once.
    let mut headings: BTreeMap<String, Option<Status>> = BTreeMap::new();
    for r in rows {
        // Keyed rows are the same arrangement by key; two equal names under
        // two keys are two arrangements.
        let name_key = r.key.is_none().then(|| same_name_key(&r.name));
        let identity = match (&r.key, &name_key) {
            (Some(k), _) => Identity::Key(k),
            (None, n) => Identity::Name(n.as_deref().unwrap_or_default()),
        };
        let hash = identity.hash();
        let earlier = listed.find(hash, |i| match identity {
            Identity::Key(k) => out[i].key.as_deref() == Some(k),
            Identity::Name(n) => out[i].key.is_none() && same_name_key(&out[i].name) == n,
        });
        if let Some((i, first_line)) = earlier {
            let a: &mut Arrangement = &mut out[i];
            let mut diffs = Vec::new();
            if a.comment != r.comment {
                diffs.push(format!(
                    "comment {:?} vs {:?}",
                    a.comment.as_deref().unwrap_or(""),
                    r.comment.as_deref().unwrap_or("")
                ));
            }
            if a.legal_form.as_ref().and_then(|f| f.printed.clone()) != r.form {
                diffs.push("legal form".to_owned());
            }
            if a.participation != r.participation {
                diffs.push("participation".to_owned());
            }
            let mut text = format!(
                "The document lists this arrangement twice (lines {first_line} and {}); the first listing is used.",
                r.name_line
            );
            if !diffs.is_empty() {
                text.push_str(&format!(" The listings differ in: {}.", diffs.join("; ")));
            }
            a.notes.push(row_note(text, &r.lines));
            a.provenance.push(Citation {
                lines: r.lines,
                role: CitationRole::Row,
                quote: None,
            });
            problems.push(Issue::new(
                Location::new(path, r.name_line as usize, 1),
                Text::new(
                    Msg::ImportListedTwice,
                    vec![
                        ("name", r.name.as_str().into()),
                        ("line", first_line.into()),
                    ],
                ),
            ));
            continue;
        }
        listed.insert(hash, out.len(), r.name_line);
        let mut notes = r.notes;
        // A table prints a handful of forms: each is read once.
        let mut legal_form = r.form.as_deref().map(|p| match forms.get(p) {
            Some(f) => f.clone(),
            None => {
                let f = legal_form_field(p, registry);
                if forms.len() < FORM_SPELLINGS {
                    forms.insert(p.to_owned(), f.clone());
                }
                f
            }
        });
        let facts = comment::read_comment(
            &comment::RowText {
                comment: r.comment.as_deref(),
                name: &r.name,
                form: legal_form.as_ref().and_then(|f| f.normalised.as_deref()),
            },
            declared,
            registry,
        );
        // A host column says it outright; else the comment may.
        let host = match r.host.as_deref() {
            Some(h) => host_named(h, declared),
            None => facts.host,
        };
        if let Some(text) = facts.host_note {
            notes.push(row_note(text, &r.lines));
        }
        if let Some(f) = legal_form.as_mut()
            && f.normalised.as_deref() == Some("kl2018-unspecified")
            && host.name().is_some()
        {
            f.normalised = Some("kl2018-vertskommune".into());
            notes.push(row_note("\"Kommuneloven\" printed with a named host municipality: read as host-municipality cooperation under the 2018 act (chapter 20).".into(), &r.lines));
        }
        // A status cell says it outright, unless it only says the
        // arrangement runs (the comment may say notice was given).
        let status = match r.status.as_deref() {
            None => facts.status,
            Some(cell) => match comment::read_status_cell(cell, declared, registry) {
                Some(Status::Active) => facts.status,
                Some(s) => comment::with_details(s, facts.status),
                None => {
                    problems.push(Issue::new(
                        Location::new(path, r.name_line as usize, 1),
                        Text::new(Msg::ImportStatusNotRead, vec![("value", cell.into())]),
                    ));
                    // The snapshot says what was printed and what was
                    // made of it.
                    notes.push(row_note(format!(
                            "The status column prints {cell:?}, which the vocabulary does not know: the status is read from the comment, else taken as active."
                        ), &r.lines));
                    facts.status
                }
            },
        };
        // Listed under a heading that names a state ("Avviklede
        // samarbeid"): that state, unless the row says another.
        let status = match (&status, r.category.as_deref()) {
            (Status::Active, Some(heading)) => {
                let said = match headings.get(heading) {
                    Some(said) => said.clone(),
                    None => {
                        let said = comment::heading_status(heading, registry);
                        headings.insert(heading.to_owned(), said.clone());
                        said
                    }
                };
                match said {
                    Some(s) => {
                        let read_as = s.as_str().replace('_', " ");
                        notes.push(row_note(
                            format!("Listed under the heading {heading:?}: read as {read_as}."),
                            &r.lines,
                        ));
                        s
                    }
                    None => status,
                }
            }
            _ => status,
        };
        out.push(Arrangement {
            id: ArrangementId(String::new()),
            name: r.name,
            normalised_name: None,
            key: r.key,
            category: r.category,
            legal_form,
            participation: r.participation,
            host,
            partners: facts.partners,
            comment: r.comment,
            status,
            provenance: vec![Citation {
                lines: r.lines,
                role: CitationRole::Row,
                quote: None,
            }],
            notes,
        });
    }
    ended_after_the_document(&mut out, as_of);
    (out, problems)
}

/// An arrangement a row marks as ended on a day after the document's own
/// date ("Avviklet fra 1.1.2025" in the overview of 1 January 2024) still
/// runs on that date: it is read as notice given, effective that day, with
/// a note saying so (a judgement). Ended without a date, or by the
/// document's date, stays ended.
fn ended_after_the_document(arrangements: &mut [Arrangement], as_of: &AsOf) {
    for a in arrangements {
        let Status::Ended {
            effective: Some(day),
        } = a.status
        else {
            continue;
        };
        if day.earliest() <= as_of.latest() {
            continue;
        }
        a.notes.push(row_note(
            format!(
                "The row marks it as ended from {day}, after the document's own date ({as_of}): it still runs then, so it is read as notice given, effective {day} (a judgement)."
            ),
            &a.cited_lines(),
        ));
        a.status = Status::NoticeGiven {
            by: None,
            effective: Some(day),
        };
    }
}

/// A curator's note on an arrangement that cites its row's `lines`.
fn row_note(text: String, lines: &[u32]) -> CuratorNote {
    CuratorNote {
        text,
        evidence: vec![Citation {
            lines: lines.to_vec(),
            role: CitationRole::Row,
            quote: None,
        }],
    }
}

/// A printed legal form with its normalised id: the registry's spelling
/// when a registry is given and knows it, else the importer's own table.
/// A form and its explanation in brackets ("Vertskommune (§ 20-2)",
/// "Interkommunalt selskap (IKS)") is read when both parts name the same
/// form; the printed text is kept as it is.
pub fn legal_form_field(printed: &str, registry: &Registry) -> crate::model::LegalFormField {
    let read = |p: &str| match registry.spelling(p) {
        Some(sp) => (Some(sp.form.clone()), sp.uncertain),
        None => {
            let f = normalise_legal_form(p);
            (f.normalised, f.uncertain)
        }
    };
    let (mut normalised, mut uncertain) = read(printed);
    if normalised.is_none()
        && let Some((outer, inner)) = crate::registry::bracket_parts(printed)
    {
        let ((a, a_uncertain), (b, b_uncertain)) = (read(outer), read(inner));
        if a.is_some() && a == b {
            (normalised, uncertain) = (a, a_uncertain || b_uncertain);
        }
    }
    crate::model::LegalFormField {
        printed: Some(printed.to_owned()),
        normalised,
        uncertain,
    }
}

/// Give each arrangement a slug of its name; equal slugs get `-2`, `-3`, …
/// in the order of their names, so the ids do not depend on row order.
fn assign_ids(arrs: &mut [Arrangement]) {
    let mut groups: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, a) in arrs.iter().enumerate() {
        groups.entry(slug(&a.name)).or_default().push(i);
    }
    for (base, mut idx) in groups {
        idx.sort_by(|&a, &b| arrs[a].name.cmp(&arrs[b].name).then(a.cmp(&b)));
        for (k, i) in idx.into_iter().enumerate() {
            arrs[i].id = ArrangementId(if k == 0 {
                base.clone()
            } else {
                format!("{base}-{}", k + 1)
            });
        }
    }
}

/// Longest generated id, cut at a word boundary: long enough to tell rows
/// apart, short enough to type.
pub const MAX_SLUG_LEN: usize = 48;

/// A kebab-case ASCII id from a name: `Næringsenhet: Lillehammerregion vekst`
/// becomes `naeringsenhet-lillehammerregion-vekst`.
pub fn slug(name: &str) -> String {
    let mut s = String::with_capacity(name.len());
    slug_into(name, &mut s);
    s
}

/// Per ASCII byte, what a slug keeps of it: a letter or digit lower-cased,
/// else 0 (a separator).
const SLUG_BYTES: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0u8;
    while b < 128 {
        if b.is_ascii_alphanumeric() {
            t[b as usize] = b.to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

/// Room for an ASCII slug and the byte that tells where the cap cuts.
const ASCII_SLUG_ROOM: usize = MAX_SLUG_LEN + 2;

/// The slug of an ASCII name, byte by byte into `buf` (on the caller's
/// stack), before the fallback for an empty one: its length. The words,
/// lower-cased, joined by single dashes and cut at a dash to the length
/// cap; past the cap (and one byte, to tell where it cuts) the rest cannot
/// show.
fn ascii_slug(name: &[u8], buf: &mut [u8; ASCII_SLUG_ROOM]) -> usize {
    let (mut n, mut dash) = (0, false);
    for &b in name {
        let m = SLUG_BYTES[usize::from(b & 0x7f)];
        if m == 0 {
            dash = n > 0;
            continue;
        }
        if n > MAX_SLUG_LEN {
            break;
        }
        if dash {
            buf[n] = b'-';
            n += 1;
            dash = false;
        }
        buf[n] = m;
        n += 1;
    }
    if n > MAX_SLUG_LEN {
        n = buf[..MAX_SLUG_LEN]
            .iter()
            .rposition(|&b| b == b'-')
            .unwrap_or(MAX_SLUG_LEN);
    }
    n
}

/// `hash` of [`slug`]`(name)`, without making the slug a string when the
/// name is ASCII (a register hashes a million slugs); `scratch` serves
/// the others.
pub(crate) fn slug_hash(name: &str, scratch: &mut String, hash: impl Fn(&[u8]) -> u64) -> u64 {
    if !name.is_ascii() {
        slug_into(name, scratch);
        return hash(scratch.as_bytes());
    }
    let mut buf = [0u8; ASCII_SLUG_ROOM];
    match ascii_slug(name.as_bytes(), &mut buf) {
        0 => hash(EMPTY_SLUG.as_bytes()),
        n => hash(&buf[..n]),
    }
}

/// The slug of a name without a letter or digit.
const EMPTY_SLUG: &str = "arrangement";

/// [`slug`] written into `s` (cleared first): a register slugs a million
/// names, and one buffer serves them all.
pub fn slug_into(name: &str, s: &mut String) {
    s.clear();
    let mut push = |c: char| {
        if c.is_ascii_alphanumeric() {
            s.push(c.to_ascii_lowercase());
            return;
        }
        let mapped: &str = match c {
            // Spaces and punctuation, without a look in the mark tables.
            c if c.is_ascii() => "-",
            'æ' | 'Æ' => "ae",
            'ø' | 'Ø' => "o",
            'ß' => "ss",
            'đ' | 'Đ' | 'ð' | 'Ð' => "d",
            'þ' | 'Þ' => "th",
            'ł' | 'Ł' => "l",
            c if unicode_normalization::char::is_combining_mark(c) => return,
            _ => "-",
        };
        if mapped == "-" {
            if !s.is_empty() && !s.ends_with('-') {
                s.push('-');
            }
        } else {
            s.push_str(mapped);
        }
    };
    // ASCII decomposes to itself: the same result without the normaliser.
    if name.is_ascii() {
        let mut buf = [0u8; ASCII_SLUG_ROOM];
        let n = ascii_slug(name.as_bytes(), &mut buf);
        s.push_str(std::str::from_utf8(&buf[..n]).unwrap_or_default());
    } else {
        name.nfkd().for_each(&mut push);
    }
    s.truncate(s.trim_end_matches('-').len());
    if s.len() > MAX_SLUG_LEN {
        let cut = s[..MAX_SLUG_LEN].rfind('-').unwrap_or(MAX_SLUG_LEN);
        s.truncate(cut);
    }
    if s.is_empty() {
        s.push_str(EMPTY_SLUG);
    }
}

/// The host a host column names: a declared municipality (compared as
/// headers are: `Lillehammer kommune` is `Lillehammer`), or a body outside.
fn host_named(cell: &str, declared: &[&Municipality]) -> crate::model::Host {
    use crate::model::Host;
    let v = vocab::Vocabulary::shared();
    let key = v.municipality_key(cell);
    match declared
        .iter()
        .find(|m| v.municipality_key(m.as_str()) == key)
    {
        Some(m) => Host::Participant((*m).clone()),
        None => Host::Outside(v.municipality_display(cell)),
    }
}

/// Norwegian month names, for "per 1. januar 2021".
const MONTHS: [&str; 12] = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
];

/// Words that introduce the date an overview describes: "per 1. januar
/// 2021", "pr. 31.12.2022", "status 01.03.2022", "oppdatert 2022-03-01".
const AS_OF_WORDS: [&str; 6] = ["per", "pr", "pr.", "dato", "status", "oppdatert"];

/// A date printed in digits, day first ("31.12.2022", "1.1.2023") or ISO
/// ("2022-12-31"): the year, and the day when it exists.
fn numeric_date(t: &str) -> Option<(i32, Option<chrono::NaiveDate>)> {
    let t = t.trim_end_matches('.');
    let parts: Vec<&str> = t.split(['.', '-', '/']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    if !parts
        .iter()
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let (y, m, d) = if a.len() == 4 && t.contains('-') {
        (a, b, c)
    } else if c.len() == 4 && !t.contains('-') {
        (c, b, a)
    } else {
        return None;
    };
    let y: i32 = y.parse().ok()?;
    let (m, d): (u32, u32) = (m.parse().ok()?, d.parse().ok()?);
    Some((y, chrono::NaiveDate::from_ymd_opt(y, m, d)))
}

/// The date the document states it describes ("per 1. januar 2021",
/// "pr. 1. januar 2022", also in a cell padded by delimiters), with a
/// citation quoting it; `Err` with the year when the year is outside the
/// model's range.
#[allow(clippy::type_complexity)]
fn find_as_of(
    lines: &[String],
) -> Option<std::result::Result<(PartialDate, Citation), (i32, Citation)>> {
    let clean = |t: &str| -> String {
        t.trim_matches(|c: char| !c.is_alphanumeric() && c != '.')
            .to_owned()
    };
    for (i, l) in lines.iter().enumerate() {
        let w: Vec<String> = l
            .split(|c: char| c.is_whitespace() || matches!(c, ';' | '\t' | '"'))
            .map(clean)
            .filter(|t| !t.is_empty())
            .collect();
        for k in 0..w.len() {
            if !AS_OF_WORDS.contains(&w[k].to_lowercase().as_str()) {
                continue;
            }
            // "per 31.12.2022", "pr. 2022-03-01"
            if let Some(next) = w.get(k + 1)
                && let Some((y, date)) = numeric_date(next)
            {
                let cite = Citation {
                    lines: vec![i as u32 + 1],
                    role: CitationRole::Mention,
                    quote: Some(format!("{} {}", w[k], next.trim_end_matches('.'))),
                };
                if !crate::model::is_valid_year(y) {
                    return Some(Err((y, cite)));
                }
                if let Some(date) = date {
                    return Some(Ok((PartialDate::Day(date), cite)));
                }
            }
            if k + 3 >= w.len() {
                continue;
            }
            let day: Option<u32> = w[k + 1].trim_end_matches('.').parse().ok();
            let month = MONTHS.iter().position(|m| w[k + 2].eq_ignore_ascii_case(m));
            let digits: String = w[k + 3].chars().take_while(char::is_ascii_digit).collect();
            let year: Option<i32> = (digits.len() == 4).then(|| digits.parse().ok()).flatten();
            if let (Some(d), Some(m), Some(y)) = (day, month, year) {
                let quote = format!("{} {} {} {}", w[k], w[k + 1], w[k + 2], digits);
                let cite = Citation {
                    lines: vec![i as u32 + 1],
                    role: CitationRole::Mention,
                    quote: Some(quote),
                };
                if !crate::model::is_valid_year(y) {
                    return Some(Err((y, cite)));
                }
                if let Some(date) = chrono::NaiveDate::from_ymd_opt(y, m as u32 + 1, d) {
                    return Some(Ok((PartialDate::Day(date), cite)));
                }
            }
        }
    }
    None
}

/// A title: the line stating the date if it says more than the date,
/// otherwise the first content line.
fn title_of(lines: &[String]) -> Option<String> {
    let first = lines
        .iter()
        .map(|l| l.trim().trim_end_matches([';', ',', '\t']).trim())
        .find(|l| !l.is_empty())?;
    let dated = find_as_of(lines).and_then(|r| {
        let c = r.ok()?.1;
        let l = lines[c.lines[0] as usize - 1]
            .trim()
            .trim_end_matches([';', ',', '\t'])
            .trim();
        (l.split_whitespace().count() > 4).then(|| l.to_owned())
    });
    Some(dated.unwrap_or_else(|| first.chars().take(120).collect()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_listed_twice_are_found_past_a_shared_hash() {
        let mut listed = Listed::with_capacity(4);
        // Three identities with one hash (a collision), and another.
        listed.insert(7, 0, 10);
        listed.insert(7, 1, 11);
        listed.insert(7, 2, 12);
        listed.insert(8, 3, 13);
        assert_eq!(listed.find(7, |i| i == 0), Some((0, 10)));
        assert_eq!(listed.find(7, |i| i == 2), Some((2, 12)));
        assert_eq!(listed.find(7, |i| i == 3), None);
        assert_eq!(listed.find(8, |i| i == 3), Some((3, 13)));
        assert_eq!(listed.find(9, |_| true), None);
        // A key and a name that print alike are two identities.
        assert_ne!(
            Identity::Key("key:1").hash(),
            Identity::Name("key:1").hash()
        );
    }

    #[test]
    fn a_form_explained_in_brackets_is_read_when_both_name_it() {
        let reg = Registry::embedded().expect("embedded registry");
        let form = |p: &str| legal_form_field(p, &reg).normalised;
        assert_eq!(
            form("Vertskommune (§ 20-2)").as_deref(),
            Some("kl2018-vertskommune")
        );
        assert_eq!(form("Interkommunalt selskap (IKS)").as_deref(), Some("iks"));
        assert_eq!(
            legal_form_field("IKS (IKS)", &reg).printed.as_deref(),
            Some("IKS (IKS)")
        );
        // Two forms, or a remark: not read.
        assert_eq!(form("IKS (§ 20-2)"), None);
        assert_eq!(form("IKS (under utredning)"), None);
        assert_eq!(form("(IKS)"), None);
    }

    #[test]
    fn own_form_table_agrees_with_the_registry() {
        let reg = Registry::embedded().expect("embedded registry");
        for sp in &reg.file().spellings {
            let own = normalise_legal_form(&sp.printed);
            if own.normalised.is_some() {
                assert_eq!(
                    own.normalised.as_deref(),
                    Some(sp.form.as_str()),
                    "{}",
                    sp.printed
                );
                assert_eq!(own.uncertain, sp.uncertain, "{}", sp.printed);
            }
        }
    }

    #[test]
    fn slugs() {
        assert_eq!(
            slug("Næringsenhet: Lillehammerregion vekst"),
            "naeringsenhet-lillehammerregion-vekst"
        );
        assert_eq!(
            slug("Øyeblikkelighjelp-senger*"),
            "oyeblikkelighjelp-senger"
        );
        assert_eq!(slug("Skåppå kunnskapspark"), "skappa-kunnskapspark");
        assert_eq!(slug("***"), "arrangement");
        assert!(slug(&"ord ".repeat(40)).len() <= MAX_SLUG_LEN);
        assert!(crate::model::is_valid_id(&slug("  -- Å, b! ")));
    }

    proptest::proptest! {
        /// The byte-wise path for ASCII names slugs as the general path
        /// does: a trailing `·` (a separator outside ASCII) sends a name
        /// the general way and changes nothing else.
        #[test]
        fn ascii_names_slug_as_the_general_path_does(name in "[ -~]{0,90}") {
            proptest::prop_assert_eq!(slug(&name), slug(&format!("{name}\u{b7}")));
        }

        /// A slug's hash is the hash of the slug, made as a string or not.
        #[test]
        fn slug_hashes_are_hashes_of_slugs(
            name in "([A-Za-z0-9æøå]{1,14}[ ,./()-]{1,3}){0,8}[A-Za-z0-9]{0,60}|[ -~]{0,10}"
        ) {
            let hash = |b: &[u8]| b.iter().fold(7u64, |h, &x| h.wrapping_mul(31).wrapping_add(u64::from(x)));
            let mut scratch = String::new();
            proptest::prop_assert_eq!(
                slug_hash(&name, &mut scratch, hash),
                hash(slug(&name).as_bytes())
            );
        }

        /// Names of words around the length cap (where the byte-wise path
        /// stops reading) slug as the general path slugs them.
        #[test]
        fn long_ascii_names_slug_as_the_general_path_does(
            name in "([A-Za-z0-9]{1,14}[ ,./()-]{1,3}){0,12}[A-Za-z0-9]{0,60}"
        ) {
            proptest::prop_assert_eq!(slug(&name), slug(&format!("{name}\u{b7}")));
        }
    }

    #[test]
    fn date_from_text() {
        let lines = vec!["".to_owned(), "Oversikt per 1. januar 2019 ".to_owned()];
        let (d, c) = find_as_of(&lines).unwrap().unwrap();
        assert_eq!(d.to_string(), "2019-01-01");
        assert_eq!(c.quote.as_deref(), Some("per 1. januar 2019"));
        for (line, date, quote) in [
            (
                "Samarbeid Øyer deltar i, pr. 31.12.2022",
                "2022-12-31",
                "pr. 31.12.2022",
            ),
            ("Oversikt;per 01.03.2022;;", "2022-03-01", "per 01.03.2022"),
            ("Status 1.1.2023", "2023-01-01", "Status 1.1.2023"),
            (
                "Oppdatert 2023-02-15.",
                "2023-02-15",
                "Oppdatert 2023-02-15",
            ),
        ] {
            let (d, c) = find_as_of(&[line.to_owned()]).unwrap().unwrap();
            assert_eq!(
                (d.to_string().as_str(), c.quote.as_deref()),
                (date, Some(quote))
            );
        }
        // not a day: no date from these
        for line in ["per 31.02.2022 er feil", "per 12.2022", "pr. 2022"] {
            assert!(
                !matches!(find_as_of(&[line.to_owned()]), Some(Ok(_))),
                "{line}"
            );
        }
        // Issue 15: a year validation would reject is no date.
        for y in ["99999", "0000", "0999"] {
            let lines = vec![format!("Oversikt per 1. januar {y}")];
            // Never a date: no match, or an error naming the line.
            assert!(!matches!(find_as_of(&lines), Some(Ok(_))), "{y}");
        }
    }
}
