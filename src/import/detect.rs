//! `--layout auto`: pick the layout by content, and say why.

use super::cells::{Grid, GridSource};
use super::table::{Header, HeaderContext, find_header};
use super::text::SourceText;
use crate::error::{Issue, Location};
use crate::i18n::{Msg, Text};
use crate::snapshot::what;

/// What auto-detection chose and why.
#[derive(Debug, Clone)]
pub(crate) enum Detected {
    /// A delimited table with this header.
    Table(Header, Text),
    /// PDF-extracted text.
    PdfText(Text),
}

/// Lines that print a run of `x` marks after some text: the signature of
/// a flattened table.
fn marked_lines(src: &SourceText) -> Vec<usize> {
    src.lines
        .iter()
        .enumerate()
        .filter(|(_, l)| {
            let w: Vec<&str> = l.split_whitespace().collect();
            w.iter().any(|t| *t == "x" || *t == "X") && w.iter().any(|t| t.chars().count() > 1)
        })
        .map(|(i, _)| i + 1)
        .take(3)
        .collect()
}

/// Choose a layout for `src`: a delimited header with mark columns wins;
/// otherwise lines that print `x` marks after text mean pdf-text; otherwise
/// the layout is unknown and the first content line is named.
pub(crate) fn detect(
    path: &str,
    src: &SourceText,
    grids: &[Grid],
    ctx: &HeaderContext,
) -> Result<Detected, Issue> {
    if let Some(h) = find_header(grids, ctx) {
        let d = match grids[h.grid].source {
            GridSource::Text {
                delimiter: b'\t', ..
            } => what("tab", "tabulator"),
            GridSource::Text {
                delimiter: b';', ..
            } => what("semicolon", "semikolon"),
            _ => what("comma", "komma"),
        };
        let why = Text::new(
            Msg::ImportLayoutTable,
            vec![
                ("line", h.line.into()),
                ("delimiter", d),
                ("count", h.marks.len().into()),
            ],
        );
        return Ok(Detected::Table(h, why));
    }
    let marked = marked_lines(src);
    if !marked.is_empty() {
        let lines: Vec<String> = marked.iter().map(|n| n.to_string()).collect();
        return Ok(Detected::PdfText(Text::new(
            Msg::ImportLayoutPdfText,
            vec![("lines", lines.join(", ").into())],
        )));
    }
    let line = src.first_content_line().unwrap_or(1);
    let shown: String = src
        .lines
        .get(line - 1)
        .map(|l| l.trim().chars().take(60).collect())
        .unwrap_or_default();
    Err(Issue::new(
        Location::new(path, line, 1),
        Text::new(
            Msg::ImportUnknownLayout,
            vec![("line", line.into()), ("shown", shown.into())],
        ),
    )
    .with_hint(Msg::HintLayout))
}
