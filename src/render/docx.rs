//! Word documents (`--format docx`) for people who paste into Word: a
//! small [`Doc`] of headings, paragraphs, small-type notes and tables,
//! written as Office Open XML (WordprocessingML) in a zip.
//!
//! Written directly with the `zip` crate (already in the build through the
//! spreadsheet writer) rather than through a document crate: the few
//! parts a document needs are short, fixed XML, and writing them ourselves
//! keeps the output byte-identical on every run (fixed zip timestamps, no
//! creation date) and the build small. The parts: `[Content_Types].xml`,
//! the package and document relationships, `word/document.xml` (A4,
//! portrait, or landscape for wide tables; column widths by content),
//! `word/styles.xml` (Normal, Title, Heading 1 and 2, a small "Source"
//! style and a grid table style) and `docProps/core.xml` with the title and
//! language.

use std::io::{self, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

/// A run of text in a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    /// The text.
    pub text: String,
    /// Bold.
    pub bold: bool,
    /// Superscript (a note mark).
    pub sup: bool,
}

impl Run {
    /// Plain text.
    pub fn plain(text: impl Into<String>) -> Run {
        Run {
            text: text.into(),
            bold: false,
            sup: false,
        }
    }

    /// Bold text.
    pub fn bold(text: impl Into<String>) -> Run {
        Run {
            bold: true,
            ..Run::plain(text)
        }
    }

    /// A superscript note mark.
    pub fn sup(text: impl Into<String>) -> Run {
        Run {
            sup: true,
            ..Run::plain(text)
        }
    }
}

/// One block of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// The document title.
    Title(String),
    /// A heading of level 1 or 2.
    Heading(u8, String),
    /// A paragraph.
    Para(Vec<Run>),
    /// A list item: a paragraph with a hanging indent, its mark ("1. ",
    /// "• ") the first run.
    Item(Vec<Run>),
    /// A paragraph in small type (sources, notes).
    Small(Vec<Run>),
    /// A paragraph in normal type, indented to sit under a list item
    /// (the details of an item).
    Detail(Vec<Run>),
    /// A table: a header row, repeated on every page, and rows of text.
    Table {
        /// Column headings.
        header: Vec<String>,
        /// Rows, each as long as the header.
        rows: Vec<Vec<String>>,
        /// The rows the column widths are measured on (those of every
        /// table that should look alike); empty: this table's own rows.
        measure: Vec<Vec<String>>,
    },
}

/// A document: its title (for the properties), its language and blocks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Doc {
    /// The title in the document's properties.
    pub title: String,
    /// A4 landscape (wide tables) instead of portrait.
    pub landscape: bool,
    /// BCP 47 language tag (`nb-NO`, `en-GB`).
    pub lang: String,
    /// The content.
    pub blocks: Vec<Block>,
}

/// XML text with `&`, `<`, `>` and quotes escaped, and characters XML 1.0
/// forbids dropped.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 => {}
            c => out.push(c),
        }
    }
    out
}

fn run_xml(r: &Run, small: bool, out: &mut String) {
    out.push_str("<w:r>");
    if r.bold || r.sup || small {
        out.push_str("<w:rPr>");
        if r.bold {
            out.push_str("<w:b/>");
        }
        if r.sup {
            out.push_str("<w:vertAlign w:val=\"superscript\"/>");
        }
        out.push_str("</w:rPr>");
    }
    out.push_str("<w:t xml:space=\"preserve\">");
    out.push_str(&escape(&r.text));
    out.push_str("</w:t></w:r>");
}

fn para_xml(style: Option<&str>, runs: &[Run], out: &mut String) {
    out.push_str("<w:p>");
    if let Some(s) = style {
        out.push_str(&format!("<w:pPr><w:pStyle w:val=\"{s}\"/></w:pPr>"));
    }
    for r in runs {
        run_xml(r, style == Some("Source"), out);
    }
    out.push_str("</w:p>");
}

fn cell_xml(text: &str, header: bool, width: u32, out: &mut String) {
    out.push_str(&format!(
        "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>"
    ));
    if header {
        out.push_str("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"DCE6F1\"/>");
    }
    out.push_str("</w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr>");
    let run = if header {
        Run::bold(text)
    } else {
        Run::plain(text)
    };
    run_xml(&run, false, out);
    out.push_str("</w:p></w:tc>");
}

/// Widest a column's text counts, in characters, when sharing out the
/// page width: longer text wraps.
const WIDEST: usize = 26;

/// Width of one character of the 8.5 pt table text (bold in headings), in
/// twips, rounded up so a word measured with it is not broken (measured
/// with LibreOffice: "vertskommune" in bold needs about 1 300 twips).
const CHAR_TWIPS: u32 = 115;

/// A cell's left and right margins (108 twips each, the table style's)
/// and slack.
const CELL_PAD: u32 = 300;

/// Words longer than this may break rather than take a column's room from
/// the others: a state table of nine columns then keeps every heading word
/// and every municipality's name whole on an A4 landscape page.
const LONGEST_KEPT_WORD: usize = 14;

/// Column widths in twips for the `header` and `rows` (the rows of every
/// table that should share the widths). Each column first gets room for its
/// longest word (a word is never broken across lines while that fits in
/// `total`); the rest of `total` is shared by how much text each column
/// holds (its longest cell, cut at [`WIDEST`]).
fn column_widths(header: &[String], rows: &[Vec<String>], total: u32) -> Vec<u32> {
    let longest_word = |s: &str| {
        s.split_whitespace()
            .map(|w| w.chars().count())
            .max()
            .unwrap_or(0)
    };
    let (mut minima, mut weights) = (Vec::new(), Vec::new());
    for (c, head) in header.iter().enumerate() {
        let cells = rows.iter().filter_map(|r| r.get(c));
        let longest = cells.clone().map(|t| t.chars().count()).max().unwrap_or(0);
        let word = cells
            .map(|t| longest_word(t))
            .max()
            .unwrap_or(0)
            .max(longest_word(head))
            .min(LONGEST_KEPT_WORD);
        minima.push(word as u32 * CHAR_TWIPS + CELL_PAD);
        weights.push(longest.min(WIDEST).max(word).max(4) as u64);
    }
    let need: u32 = minima.iter().sum();
    let share = |w: &[u64], amount: u32| -> Vec<u32> {
        let sum = w.iter().sum::<u64>().max(1);
        w.iter()
            .map(|x| (u64::from(amount) * x / sum) as u32)
            .collect()
    };
    if need >= total {
        // Too many long words for the page: the narrow columns (headings,
        // municipalities' names) keep their room, the widest share the
        // rest equally (the largest cap with every width min(room, cap)
        // fitting `total`).
        let mut sorted = minima.clone();
        sorted.sort_unstable();
        let (mut rest, mut left) = (total, sorted.len() as u32);
        let mut cap = total;
        for m in sorted {
            if m * left <= rest {
                rest -= m;
                left -= 1;
            } else {
                cap = rest / left.max(1);
                break;
            }
        }
        return minima.iter().map(|m| (*m).min(cap)).collect();
    }
    minima
        .iter()
        .zip(share(&weights, total - need))
        .map(|(m, extra)| m + extra)
        .collect()
}

fn table_xml(
    header: &[String],
    rows: &[Vec<String>],
    widths: &[u32],
    total: u32,
    out: &mut String,
) {
    out.push_str(&format!(
        "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"{total}\" w:type=\"dxa\"/>\
         <w:tblLayout w:type=\"fixed\"/>\
         <w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" \
         w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>"
    ));
    for w in widths {
        out.push_str(&format!("<w:gridCol w:w=\"{w}\"/>"));
    }
    out.push_str("</w:tblGrid><w:tr><w:trPr><w:tblHeader/></w:trPr>");
    for (h, w) in header.iter().zip(widths) {
        cell_xml(h, true, *w, out);
    }
    out.push_str("</w:tr>");
    for r in rows {
        out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        for (c, w) in r.iter().zip(widths) {
            cell_xml(c, false, *w, out);
        }
        out.push_str("</w:tr>");
    }
    // Word wants a paragraph between a table and what follows.
    out.push_str("</w:tbl><w:p/>");
}

/// A4 in twips (1/20 pt), and the side and top margins.
const A4: (u32, u32) = (11906, 16838);
const SIDE: u32 = 1020;
const TOP: u32 = 850;

/// `word/document.xml` of `doc`.
pub fn document_xml(doc: &Doc) -> String {
    let (w, h) = if doc.landscape { (A4.1, A4.0) } else { A4 };
    let text_width = w - 2 * SIDE;
    let mut body = String::new();
    for b in &doc.blocks {
        match b {
            Block::Title(t) => para_xml(Some("Title"), &[Run::plain(t)], &mut body),
            Block::Heading(level, t) => {
                let style = if *level <= 1 { "Heading1" } else { "Heading2" };
                para_xml(Some(style), &[Run::plain(t)], &mut body)
            }
            Block::Para(runs) => para_xml(None, runs, &mut body),
            Block::Item(runs) => para_xml(Some("Item"), runs, &mut body),
            Block::Small(runs) => para_xml(Some("Source"), runs, &mut body),
            Block::Detail(runs) => para_xml(Some("Detail"), runs, &mut body),
            Block::Table {
                header,
                rows,
                measure,
            } => {
                let m = if measure.is_empty() { rows } else { measure };
                let widths = column_widths(header, m, text_width);
                table_xml(header, rows, &widths, text_width, &mut body)
            }
        }
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
         <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" \
         xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">\
         <w:body>{body}<w:sectPr><w:pgSz w:w=\"{w}\" w:h=\"{h}\"{orient}/>\
         <w:pgMar w:top=\"{TOP}\" w:right=\"{SIDE}\" w:bottom=\"{TOP}\" w:left=\"{SIDE}\" \
         w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>",
        orient = if doc.landscape {
            " w:orient=\"landscape\""
        } else {
            ""
        }
    )
}

fn styles_xml(lang: &str) -> String {
    let lang = escape(lang);
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"Calibri\" w:cs=\"Calibri\"/>\
<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/><w:lang w:val=\"{lang}\"/></w:rPr></w:rPrDefault>\
<w:pPrDefault><w:pPr><w:spacing w:after=\"60\" w:line=\"247\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>\
<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>\
<w:pPr><w:spacing w:after=\"120\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>\
<w:pPr><w:keepNext/><w:spacing w:before=\"200\" w:after=\"80\"/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>\
<w:pPr><w:keepNext/><w:spacing w:before=\"160\" w:after=\"60\"/><w:outlineLvl w:val=\"1\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Item\"><w:name w:val=\"Item\"/><w:basedOn w:val=\"Normal\"/>\
<w:pPr><w:spacing w:after=\"0\"/><w:ind w:left=\"284\" w:hanging=\"284\"/></w:pPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Detail\"><w:name w:val=\"Detail\"/><w:basedOn w:val=\"Normal\"/>\
<w:pPr><w:spacing w:after=\"20\"/><w:ind w:left=\"284\"/></w:pPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Source\"><w:name w:val=\"Source\"/><w:basedOn w:val=\"Normal\"/>\
<w:pPr><w:spacing w:after=\"30\" w:line=\"220\" w:lineRule=\"auto\"/><w:ind w:left=\"284\"/></w:pPr><w:rPr><w:color w:val=\"595959\"/><w:sz w:val=\"15\"/><w:szCs w:val=\"15\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"TableText\"><w:name w:val=\"Table Text\"/><w:basedOn w:val=\"Normal\"/>\
<w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:rPr><w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/></w:rPr></w:style>\
<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>\
<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>\
<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>\
<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:basedOn w:val=\"TableNormal\"/>\
<w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"/>\
<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"/><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"/>\
<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"/><w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"/>\
<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"/></w:tblBorders></w:tblPr></w:style>\
</w:styles>"
    )
}

const CONTENT_TYPES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>\
<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\
</Types>";

const PACKAGE_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>\
</Relationships>";

const DOCUMENT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>\
</Relationships>";

fn core_xml(doc: &Doc) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
<dc:title>{}</dc:title><dc:language>{}</dc:language><dc:creator>samdiff</dc:creator></cp:coreProperties>",
        escape(&doc.title),
        escape(&doc.lang)
    )
}

fn zip_err(e: zip::result::ZipError) -> io::Error {
    io::Error::other(e.to_string())
}

/// The `.docx` file of `doc`, as bytes.
pub fn docx_bytes(doc: &Doc) -> io::Result<Vec<u8>> {
    let mut zip = ZipWriter::new(io::Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(DateTime::DEFAULT);
    let parts: [(&str, String); 5] = [
        ("[Content_Types].xml", CONTENT_TYPES.to_owned()),
        ("_rels/.rels", PACKAGE_RELS.to_owned()),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS.to_owned()),
        ("word/document.xml", document_xml(doc)),
        ("word/styles.xml", styles_xml(&doc.lang)),
    ];
    for (name, text) in parts
        .iter()
        .map(|(n, t)| (*n, t.as_str()))
        .chain(std::iter::once((
            "docProps/core.xml",
            core_xml(doc).as_str(),
        )))
    {
        zip.start_file(name, opts).map_err(zip_err)?;
        zip.write_all(text.as_bytes())?;
    }
    Ok(zip.finish().map_err(zip_err)?.into_inner())
}

/// The BCP 47 tag of a catalogue's language.
pub fn lang_tag(cat: &crate::i18n::Catalog) -> String {
    match cat.lang() {
        crate::i18n::Lang::Nb => "nb-NO".to_owned(),
        crate::i18n::Lang::En => "en-GB".to_owned(),
    }
}

/// A workbook cell as Word text: dates in words (a Word table is read,
/// not computed with).
fn cell_text(c: &super::xlsx::Cell, cat: &crate::i18n::Catalog) -> String {
    match c {
        super::xlsx::Cell::Date(d) => crate::i18n::words::date_words(*d, cat),
        super::xlsx::Cell::Text(t) => t.clone(),
        super::xlsx::Cell::Number(n) => n.to_string(),
    }
}

/// The state table as a Word document: title, the documents it rests on,
/// and one table per policy area.
pub fn state_document(
    state: &crate::state::State,
    cat: &crate::i18n::Catalog,
) -> io::Result<Vec<u8>> {
    use super::state::{basis_lines, state_sheet};
    let sheet = state_sheet(state, cat);
    let mut blocks = vec![Block::Title(sheet.title.clone())];
    blocks.extend(
        basis_lines(state, cat)
            .into_iter()
            .map(|l| Block::Small(vec![Run::plain(l)])),
    );
    // Column 0 is the policy area: it becomes the heading of each table.
    let mut current: Option<(String, Vec<Vec<String>>)> = None;
    let header: Vec<String> = sheet.header.iter().skip(1).cloned().collect();
    // Every policy area's table has the same columns, so the same widths.
    let all: Vec<Vec<String>> = sheet
        .rows
        .iter()
        .map(|r| r.iter().skip(1).map(|c| cell_text(c, cat)).collect())
        .collect();
    let flush = |cur: Option<(String, Vec<Vec<String>>)>, blocks: &mut Vec<Block>| {
        if let Some((cat_name, rows)) = cur {
            blocks.push(Block::Heading(2, cat_name));
            blocks.push(Block::Table {
                header: header.clone(),
                rows,
                measure: all.clone(),
            });
        }
    };
    for row in &sheet.rows {
        // Dates in words: a Word table is read, not computed with.
        let texts: Vec<String> = row.iter().map(|c| cell_text(c, cat)).collect();
        let (area, rest) = texts
            .split_first()
            .map(|(a, r)| (a.clone(), r.to_vec()))
            .unwrap_or_default();
        match &mut current {
            Some((a, rows)) if *a == area => rows.push(rest),
            _ => {
                flush(current.take(), &mut blocks);
                current = Some((area, vec![rest]));
            }
        }
    }
    flush(current, &mut blocks);
    docx_bytes(&Doc {
        title: sheet.title,
        landscape: true,
        lang: lang_tag(cat),
        blocks,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_keep_their_words_whole_when_the_page_allows() {
        let header: Vec<String> = ["navn", "vertskommune", "Øyer", "kilde"]
            .map(String::from)
            .to_vec();
        let long = "Kompetanse-, utdannings- og forskningsfond Oppland AS (KUF-fondet)";
        let rows = vec![
            [
                "Regionråd",
                "Lillehammer",
                "ja",
                "oversikten per 1. januar 2021, linje 30",
            ]
            .map(String::from)
            .to_vec(),
            [long, "", "ja", "linje 1"].map(String::from).to_vec(),
        ];
        let total = 14_798;
        let w = column_widths(&header, &rows, total);
        assert!(w.iter().sum::<u32>() <= total);
        let room = |chars: u32| chars * CHAR_TWIPS + CELL_PAD;
        assert!(w[1] >= room(12), "{w:?}");
        assert!(w[2] >= room(4), "{w:?}");
        // The long name takes the spare room, not the short columns'.
        assert!(w[0] > w[2] && w[0] > w[1], "{w:?}");
        // Too narrow a page: the short columns keep their room first.
        let narrow = column_widths(&header, &rows, 4_000);
        assert!(narrow.iter().sum::<u32>() <= 4_000);
        assert!(narrow[2] >= room(4), "{narrow:?}");
    }

    #[test]
    fn text_is_escaped_and_the_file_is_the_same_every_time() {
        let doc = Doc {
            title: "A & B".into(),
            landscape: false,
            lang: "nb-NO".into(),
            blocks: vec![
                Block::Title("<x>".into()),
                Block::Table {
                    header: vec!["a".into()],
                    rows: vec![vec!["\"q\" & 'r'".into()]],
                    measure: Vec::new(),
                },
            ],
        };
        let xml = document_xml(&doc);
        assert!(xml.contains("&lt;x&gt;"));
        assert!(xml.contains("&quot;q&quot; &amp; &apos;r&apos;"));
        assert_eq!(docx_bytes(&doc).unwrap(), docx_bytes(&doc).unwrap());
    }
}
