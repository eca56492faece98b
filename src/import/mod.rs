//! Import a raw source document (an overview table in whatever layout the
//! municipality used) into a draft [`Snapshot`].
//!
//! ```
//! use samdiff::import::{ImportOptions, import_document};
//!
//! let doc = "Område\tForm\tA\tB\tMerknad\nPolitikk\t\t\t\t\nRåd\tAvtale\tx\t\tMed fylket\n";
//! let opts = ImportOptions { as_of: Some("2021-01-01".parse().unwrap()), ..Default::default() };
//! let report = import_document("oversikt.tsv", doc.as_bytes(), &opts).unwrap();
//! let a = &report.snapshot.arrangements[0];
//! assert_eq!((a.id.as_str(), a.name.as_str()), ("rad", "Råd"));
//! ```
//!
//! What the draft can know is only what the document prints: ids are made
//! from names, participation comes only from marks whose column the layout
//! proves, and every arrangement cites its source lines. Rows that cannot
//! be read are reported as [`Issue`]s by line, never silently dropped.
//!
//! Modules: [`text`] (decoding), `table` and `pdf_text` (one per layout;
//! `pdf_marks` places a pdf-text row's marks in columns, `pdf_columns`
//! infers whose each column is when the header was lost), `detect`
//! (`--layout auto`), [`forms`] (legal-form spellings). Files are read
//! through [`crate::input`].

mod detect;
pub mod forms;
mod pdf_columns;
mod pdf_marks;
mod pdf_text;
mod table;
pub mod text;

use std::collections::BTreeMap;
use unicode_normalization::UnicodeNormalization;

use crate::error::{Error, Issue, Location, Result};
use crate::i18n::{Msg, Text};
use crate::model::{
    Arrangement, ArrangementId, AsOf, Citation, CitationRole, ColumnOrderBasis, CuratorNote, Host,
    Municipality, PartialDate, Participation, SNAPSHOT_FORMAT, Scope, SkippedLines, Snapshot,
    SnapshotId, SnapshotKind, SourceRef, Status, TableLayout,
};
use crate::registry::Registry;
use crate::snapshot::hex_sha256;

pub use forms::normalise_legal_form;
pub use pdf_text::HEADING_MIN_SPACES;
pub use text::MAX_INPUT_BYTES;

/// Source layouts the importer reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Layout {
    /// Decide by content ([`ImportReport::detection`] says why).
    #[default]
    Auto,
    /// Delimited text with a header row naming the municipality columns.
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
    /// 2021") when not given.
    pub as_of: Option<PartialDate>,
    /// Municipalities the document covers; default: every municipality column.
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
}

/// The draft and everything noticed while making it.
#[derive(Debug, Clone)]
pub struct ImportReport {
    /// The draft snapshot (valid against the format).
    pub snapshot: Snapshot,
    /// The layout that was read.
    pub layout: Layout,
    /// With `--layout auto`: which layout was picked and why.
    pub detection: Option<Text>,
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
    pub participation: BTreeMap<Municipality, Participation>,
    pub notes: Vec<CuratorNote>,
}

/// What a layout parser returns.
#[derive(Debug, Clone, Default)]
pub(crate) struct ParsedTable {
    pub rows: Vec<RawRow>,
    pub skipped: Vec<SkippedLines>,
    pub problems: Vec<Issue>,
}

/// Import `bytes` (the document named `path_display` in messages) as a draft
/// snapshot. Unreadable input (binary, invalid UTF-8, unknown layout, no
/// date) is an error; rows that cannot be read are problems in the report.
pub fn import_document(
    path_display: &str,
    bytes: &[u8],
    opts: &ImportOptions,
) -> Result<ImportReport> {
    let src = text::decode_source(path_display, bytes).map_err(|i| Error::Invalid(vec![i]))?;
    let invalid = |i: Issue| Error::Invalid(vec![i]);
    if let Some((line, col, c)) = crate::controls::first_unsafe_in_lines(&src.lines) {
        return Err(invalid(Issue::new(
            Location::new(path_display, line, col),
            Text::new(
                Msg::IssueControlChar,
                vec![("char", crate::controls::code_point(c).into())],
            ),
        )));
    }
    let joined = src.joined();
    let (layout, detection, header) = match opts.layout {
        Layout::Auto => match detect::detect(path_display, &src, &joined).map_err(invalid)? {
            detect::Detected::Table(h, why) => (Layout::Table, Some(why), Some(h)),
            detect::Detected::PdfText(why) => (Layout::PdfText, Some(why), None),
        },
        Layout::Table => {
            let h = table::find_header(&joined).ok_or_else(|| {
                let line = src.first_content_line().unwrap_or(1);
                invalid(Issue::new(
                    Location::new(path_display, line, 1),
                    Text::new(Msg::ImportNoHeader, vec![("line", line.into())]),
                ))
            })?;
            (Layout::Table, None, Some(h))
        }
        Layout::PdfText => (Layout::PdfText, None, None),
    };
    let (parsed, columns, basis) = match header {
        Some(h) => {
            let cols: Vec<Municipality> = h.marks.iter().map(|(_, m)| m.clone()).collect();
            let basis = (
                ColumnOrderBasis::Printed,
                format!("Column order printed in the header row (line {}).", h.line),
                h.line,
            );
            (
                table::parse(path_display, &joined, &h),
                Some(cols),
                Some(basis),
            )
        }
        None => match opts.columns.clone() {
            Some(cols) => {
                let source = pdf_text::ColumnSource::Given(&cols);
                let (parsed, _) =
                    pdf_text::parse_with(path_display, &src.lines, source).map_err(invalid)?;
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
                    pdf_text::parse_with(path_display, &src.lines, source).map_err(invalid)?;
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
    let snapshot = build_snapshot(
        path_display,
        bytes,
        &src.lines,
        opts,
        layout,
        parsed.rows,
        &columns,
        basis,
        parsed.skipped,
    )?;
    let mut problems = parsed.problems;
    problems.sort();
    Ok(ImportReport {
        snapshot: snapshot.0,
        layout,
        detection,
        problems: {
            problems.extend(snapshot.1);
            problems
        },
    })
}

#[allow(clippy::too_many_arguments)]
fn build_snapshot(
    path: &str,
    bytes: &[u8],
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
        (None, Some((date, cite))) => AsOf::Day {
            date,
            evidence: vec![cite],
        },
        (None, None) => {
            // Located at the title line, where a date is looked for first.
            let line = lines
                .iter()
                .position(|l| !l.trim().is_empty())
                .map_or(1, |i| i + 1);
            let at = Location::new(path, line, 1).to_string();
            return Err(Error::usage(Msg::ImportNoDate, vec![("path", at.into())]));
        }
    };
    let cols = columns.clone().unwrap_or_default();
    let covers = opts.scope.clone().unwrap_or_else(|| cols.clone());
    let mentions: Vec<Municipality> = cols
        .iter()
        .filter(|c| !covers.contains(c))
        .cloned()
        .collect();
    let declared: Vec<&Municipality> = covers.iter().chain(&mentions).collect();

    let mut notes = vec![CuratorNote {
        text: format!(
            "Draft made by `samdiff import` (layout {}): ids are generated from the printed names, participation comes only from marks whose column the layout shows, and every arrangement cites its source lines. Review before use.",
            layout.as_str()
        ),
        evidence: vec![],
    }];
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

    let (arrangements, problems) =
        build_arrangements(path, rows, &declared, opts.registry.as_ref());
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
            evidence: vec![],
        },
        source: SourceRef {
            path: opts
                .source_path
                .clone()
                .unwrap_or_else(|| format!("sources/{file_name}")),
            sha256: hex_sha256(bytes),
            original_name: Some(file_name),
            description: None,
        },
        table,
        notes,
        skipped,
        arrangements,
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

fn build_arrangements(
    path: &str,
    rows: Vec<RawRow>,
    declared: &[&Municipality],
    registry: Option<&Registry>,
) -> (Vec<Arrangement>, Vec<Issue>) {
    let mut problems = Vec::new();
    let mut out: Vec<Arrangement> = Vec::new();
    let mut by_name: BTreeMap<String, (usize, u32)> = BTreeMap::new();
    for r in rows {
        let key = same_name_key(&r.name);
        if let Some(&(i, first_line)) = by_name.get(&key) {
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
            a.notes.push(CuratorNote {
                text,
                evidence: vec![Citation {
                    lines: r.lines.clone(),
                    role: CitationRole::Row,
                    quote: None,
                }],
            });
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
        by_name.insert(key, (out.len(), r.name_line));
        let mut notes = r.notes;
        let host = host_of(r.comment.as_deref(), declared);
        let mut legal_form = r.form.as_deref().map(|p| legal_form_field(p, registry));
        if let Some(f) = legal_form.as_mut()
            && f.normalised.as_deref() == Some("kl2018-unspecified")
            && host.name().is_some()
        {
            f.normalised = Some("kl2018-vertskommune".into());
            notes.push(CuratorNote {
                text: "\"Kommuneloven\" printed with a named host municipality: read as host-municipality cooperation under the 2018 act (chapter 20).".into(),
                evidence: vec![Citation { lines: r.lines.clone(), role: CitationRole::Row, quote: None }],
            });
        }
        let status = match &r.comment {
            Some(c) if c.to_lowercase().contains("sagt opp") => Status::NoticeGiven {
                by: None,
                effective: None,
            },
            _ => Status::Active,
        };
        out.push(Arrangement {
            id: ArrangementId(String::new()),
            name: r.name,
            normalised_name: None,
            category: r.category,
            legal_form,
            participation: r.participation,
            host,
            partners: vec![],
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
    assign_ids(&mut out);
    (out, problems)
}

/// A printed legal form with its normalised id: the registry's spelling
/// when a registry is given and knows it, else the importer's own table.
pub fn legal_form_field(
    printed: &str,
    registry: Option<&Registry>,
) -> crate::model::LegalFormField {
    match registry.and_then(|r| r.spelling(printed)) {
        Some(sp) => crate::model::LegalFormField {
            printed: Some(printed.to_owned()),
            normalised: Some(sp.form.clone()),
            uncertain: sp.uncertain,
        },
        None => normalise_legal_form(printed),
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
    let mut s = String::new();
    for c in name.nfkd() {
        let mapped: &str = match c {
            'æ' | 'Æ' => "ae",
            'ø' | 'Ø' => "o",
            'ß' => "ss",
            'đ' | 'Đ' | 'ð' | 'Ð' => "d",
            'þ' | 'Þ' => "th",
            'ł' | 'Ł' => "l",
            c if c.is_ascii_alphanumeric() => {
                s.push(c.to_ascii_lowercase());
                continue;
            }
            c if unicode_normalization::char::is_combining_mark(c) => continue,
            _ => "-",
        };
        if mapped == "-" {
            if !s.is_empty() && !s.ends_with('-') {
                s.push('-');
            }
        } else {
            s.push_str(mapped);
        }
    }
    let mut s = s.trim_end_matches('-').to_owned();
    if s.len() > MAX_SLUG_LEN {
        let cut = s[..MAX_SLUG_LEN].rfind('-').unwrap_or(MAX_SLUG_LEN);
        s.truncate(cut);
    }
    if s.is_empty() {
        "arrangement".into()
    } else {
        s
    }
}

/// The host named in a comment ("Lillehammer vertskommune", "Ringsaker er
/// vertskommune"): a declared municipality, or a body outside them.
fn host_of(comment: Option<&str>, declared: &[&Municipality]) -> Host {
    let Some(c) = comment else {
        return Host::Unknown;
    };
    let words: Vec<&str> = c.split_whitespace().collect();
    for (i, w) in words.iter().enumerate() {
        let w = w.trim_matches(|ch: char| !ch.is_alphanumeric());
        if !w.eq_ignore_ascii_case("vertskommune") || i == 0 {
            continue;
        }
        let mut j = i - 1;
        if words[j].eq_ignore_ascii_case("er") && j > 0 {
            j -= 1;
        }
        let name = words[j].trim_matches(|ch: char| !ch.is_alphanumeric() && ch != '-');
        if !name.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        return match declared
            .iter()
            .find(|m| m.as_str().eq_ignore_ascii_case(name))
        {
            Some(m) => Host::Participant((*m).clone()),
            None => Host::Outside(name.to_owned()),
        };
    }
    Host::Unknown
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

/// The date the document states it describes ("per 1. januar 2021"), with
/// a citation quoting it.
fn find_as_of(lines: &[String]) -> Option<(PartialDate, Citation)> {
    for (i, l) in lines.iter().enumerate() {
        let w: Vec<&str> = l.split_whitespace().collect();
        for k in 0..w.len().saturating_sub(3) {
            if !w[k].eq_ignore_ascii_case("per") {
                continue;
            }
            let day: Option<u32> = w[k + 1].trim_end_matches('.').parse().ok();
            let month = MONTHS.iter().position(|m| w[k + 2].eq_ignore_ascii_case(m));
            let year: Option<i32> = w[k + 3].trim_end_matches(['.', ',']).parse().ok();
            if let (Some(d), Some(m), Some(y)) = (day, month, year)
                && crate::model::is_valid_year(y)
                && let Some(date) = chrono::NaiveDate::from_ymd_opt(y, m as u32 + 1, d)
            {
                let quote = w[k..=k + 3]
                    .join(" ")
                    .trim_end_matches(['.', ','])
                    .to_owned();
                return Some((
                    PartialDate::Day(date),
                    Citation {
                        lines: vec![i as u32 + 1],
                        role: CitationRole::Mention,
                        quote: Some(quote),
                    },
                ));
            }
        }
    }
    None
}

/// A title: the line stating the date if it says more than the date,
/// otherwise the first content line.
fn title_of(lines: &[String]) -> Option<String> {
    let first = lines.iter().map(|l| l.trim()).find(|l| !l.is_empty())?;
    let dated = find_as_of(lines).and_then(|(_, c)| {
        let l = lines[c.lines[0] as usize - 1].trim();
        (l.split_whitespace().count() > 4).then(|| l.to_owned())
    });
    Some(dated.unwrap_or_else(|| first.chars().take(120).collect()))
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn hosts_from_comments() {
        let l = Municipality::from("Lillehammer");
        let d = [&l];
        assert_eq!(
            host_of(Some("Med Ringebu. Lillehammer vertskommune"), &d),
            Host::Participant(l.clone())
        );
        assert_eq!(
            host_of(Some("Ringsaker er vertskommune"), &d),
            Host::Outside("Ringsaker".into())
        );
        assert_eq!(
            host_of(Some("46 kommuner, Hamar vertskommune"), &d),
            Host::Outside("Hamar".into())
        );
        assert_eq!(host_of(Some("Med flere kommuner"), &d), Host::Unknown);
    }

    #[test]
    fn date_from_text() {
        let lines = vec!["".to_owned(), "Oversikt per 1. januar 2019 ".to_owned()];
        let (d, c) = find_as_of(&lines).unwrap();
        assert_eq!(d.to_string(), "2019-01-01");
        assert_eq!(c.quote.as_deref(), Some("per 1. januar 2019"));
        // Issue 15: a year validation would reject is no date.
        for y in ["99999", "0000", "0999"] {
            let lines = vec![format!("Oversikt per 1. januar {y}")];
            assert!(find_as_of(&lines).is_none(), "{y}");
        }
    }
}
