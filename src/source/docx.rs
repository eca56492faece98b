//! Word documents (`.docx`): the body read from `word/document.xml` as
//! blocks, in order. A paragraph outside a table is one block (one cell of
//! text); a row of a top-level table is one block whose cells are the
//! row's cells. Block *n* is what a citation's line *n* points at.
//!
//! How cells are read: a cell's paragraphs are joined with a space; a cell
//! spanning several grid columns (`w:gridSpan`) is followed by empty cells,
//! so its value belongs to its first column; a vertically merged cell's
//! continuation is empty in the file, so its value belongs to the top row;
//! a table nested inside a cell is read as that cell's text.

use std::io::{Cursor, Read};

use quick_xml::events::Event;

/// One block of the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// Cell texts (one for a paragraph).
    pub cells: Vec<String>,
    /// Whether it is a paragraph outside any table.
    pub paragraph: bool,
}

/// Whether a zip archive holds a Word document body.
pub fn is_docx(bytes: &[u8]) -> bool {
    zip::ZipArchive::new(Cursor::new(bytes))
        .is_ok_and(|mut z| z.by_name("word/document.xml").is_ok())
}

/// Read the body of the `.docx` in `bytes`; `Err` with the reason.
pub fn read_docx(bytes: &[u8]) -> Result<Vec<Block>, String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .map_err(|e| e.to_string())?
        .read_to_string(&mut xml)
        .map_err(|e| e.to_string())?;
    parse_body(&xml)
}

fn val_attr(e: &quick_xml::events::BytesStart) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == "val")
        .map(|a| a.value.to_string())
}

fn parse_body(xml: &str) -> Result<Vec<Block>, String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut blocks = Vec::new();
    let mut depth = 0usize; // table nesting
    let mut row: Option<Vec<String>> = None;
    let mut cell: Option<(String, usize)> = None; // text, grid span
    let mut para = String::new();
    let mut in_text = false;
    loop {
        let ev = reader.read_event().map_err(|e| e.to_string())?;
        match ev {
            Event::Empty(e) if e.local_name().as_ref() == "p" => {
                end_paragraph(&mut para, depth, &mut cell, &mut blocks)
            }
            Event::Start(e) | Event::Empty(e)
                if matches!(
                    e.local_name().as_ref(),
                    "tbl" | "tr" | "tc" | "gridSpan" | "t" | "tab" | "br" | "p"
                ) =>
            {
                match e.local_name().as_ref() {
                    "tbl" => depth += 1,
                    "tr" if depth == 1 => row = Some(Vec::new()),
                    "tc" if depth == 1 => cell = Some((String::new(), 1)),
                    "gridSpan" if depth == 1 => {
                        if let (Some(c), Some(v)) = (cell.as_mut(), val_attr(&e)) {
                            c.1 = v.parse().unwrap_or(1).max(1);
                        }
                    }
                    "t" => in_text = true,
                    "tab" | "br" => para.push(' '),
                    _ => {}
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                "t" => in_text = false,
                "p" => end_paragraph(&mut para, depth, &mut cell, &mut blocks),
                "tc" if depth == 1 => {
                    if let (Some(r), Some((text, span))) = (row.as_mut(), cell.take()) {
                        r.push(text);
                        r.extend(std::iter::repeat_n(String::new(), span - 1));
                    }
                }
                "tr" if depth == 1 => {
                    if let Some(mut cells) = row.take() {
                        while cells.last().is_some_and(|c| c.is_empty()) {
                            cells.pop();
                        }
                        blocks.push(Block {
                            cells,
                            paragraph: false,
                        });
                    }
                }
                "tbl" => depth = depth.saturating_sub(1),
                _ => {}
            },
            Event::Text(t) if in_text => para.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if in_text => {
                let name: &str = r.as_ref();
                if let Some(s) = quick_xml::escape::resolve_xml_entity(name) {
                    para.push_str(s);
                } else if let Ok(Some(c)) = r.resolve_char_ref() {
                    para.push(c);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(blocks)
}

/// A paragraph ends: a block of its own outside tables, else more text of
/// the cell it is in.
fn end_paragraph(
    para: &mut String,
    depth: usize,
    cell: &mut Option<(String, usize)>,
    blocks: &mut Vec<Block>,
) {
    let text = para.split_whitespace().collect::<Vec<_>>().join(" ");
    para.clear();
    if depth == 0 {
        blocks.push(Block {
            cells: vec![text],
            paragraph: true,
        });
    } else if let Some(c) = cell.as_mut() {
        if !c.0.is_empty() && !text.is_empty() {
            c.0.push(' ');
        }
        c.0.push_str(&text);
    }
}

/// The text lines citations into a `.docx` point at: block *n* is line
/// *n*, its cells joined by tabs.
pub fn docx_lines(blocks: &[Block]) -> Vec<String> {
    blocks.iter().map(|b| b.cells.join("\t")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_and_table_rows_are_blocks() {
        let xml = r#"<w:document xmlns:w="w"><w:body>
<w:p><w:r><w:t>Oversikt per 1. januar 2022</w:t></w:r></w:p>
<w:p/>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Samarbeid</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Øyer</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Politikk &amp; råd</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>Regionråd</w:t></w:r></w:p><w:p><w:r><w:t>(med fylket)</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr>
</w:tbl></w:body></w:document>"#;
        let b = parse_body(xml).unwrap();
        let cells: Vec<Vec<&str>> = b
            .iter()
            .map(|b| b.cells.iter().map(String::as_str).collect())
            .collect();
        assert_eq!(
            cells,
            [
                vec!["Oversikt per 1. januar 2022"],
                vec![""],
                vec!["Samarbeid", "Øyer"],
                vec!["Politikk & råd"],
                vec!["Regionråd (med fylket)", "x"],
            ]
        );
        assert!(b[0].paragraph && !b[2].paragraph);
    }
}
