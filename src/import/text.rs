//! Shared decoding of source documents: size, binary and UTF-8 checks with
//! `path:line:col`, a leading BOM dropped, CRLF and CR line endings folded.

use crate::error::{Issue, Location};
use crate::i18n::{Msg, Text};
use crate::snapshot::line_col_at;

/// Largest source document accepted by default, in bytes: the limit of
/// every input file ([`crate::input::DEFAULT_MAX_INPUT_BYTES`]), checked
/// here too for bytes that did not come from a file.
pub const MAX_INPUT_BYTES: usize = crate::input::DEFAULT_MAX_INPUT_BYTES as usize;

/// A decoded source document, split into lines (1-based when cited).
#[derive(Debug, Clone)]
pub struct SourceText {
    /// The lines, without line endings.
    pub lines: Vec<String>,
}

impl SourceText {
    /// The text with `\n` line endings, as the parsers read it.
    pub fn joined(&self) -> String {
        let mut s = self.lines.join("\n");
        s.push('\n');
        s
    }

    /// The first line that is not blank, 1-based, if any.
    pub fn first_content_line(&self) -> Option<usize> {
        self.lines
            .iter()
            .position(|l| !l.trim().is_empty())
            .map(|i| i + 1)
    }
}

/// Decode `bytes` read from `path`. Rejects empty, oversized, binary and
/// non-UTF-8 input with an issue naming the offending line and column.
pub fn decode_source(path: &str, bytes: &[u8]) -> Result<SourceText, Issue> {
    let max = usize::try_from(crate::input::max_input_bytes()).unwrap_or(usize::MAX);
    if bytes.len() > max {
        return Err(Issue::new(
            Location::start(path),
            Text::new(
                Msg::ImportTooLarge,
                vec![("size", bytes.len().into()), ("max", max.into())],
            ),
        )
        .with_hint(Msg::HintTooLarge));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        let (line, col) = line_col_of_bytes(bytes, pos);
        return Err(Issue::new(
            Location::new(path, line, col),
            Msg::ImportBinary,
        ));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let pos = e.valid_up_to();
            let (line, col) = line_col_of_bytes(bytes, pos);
            return Err(Issue::new(
                Location::new(path, line, col),
                crate::snapshot::bad_utf8(bytes[pos], pos),
            )
            .with_hint(Msg::HintIconv));
        }
    };
    if let Some((i, c)) = text
        .char_indices()
        .find(|(_, c)| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0c'))
    {
        let (line, col) = line_col_at(text, i);
        return Err(Issue::new(
            Location::new(path, line, col),
            Text::new(
                Msg::ImportControlChar,
                vec![("code", format!("{:04X}", c as u32).into())],
            ),
        ));
    }
    if text.trim().is_empty() {
        return Err(Issue::new(Location::start(path), Msg::ImportEmpty));
    }
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
    if text.ends_with('\n') {
        lines.pop();
    }
    Ok(SourceText { lines })
}

/// Line and column of byte `pos`, decoding the valid prefix only.
fn line_col_of_bytes(bytes: &[u8], pos: usize) -> (usize, usize) {
    let prefix = String::from_utf8_lossy(&bytes[..pos]);
    line_col_at(&prefix, prefix.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_crlf_and_cr() {
        let t = decode_source("f", b"\xEF\xBB\xBFa\r\nb\rc\n").unwrap();
        assert_eq!(t.lines, ["a", "b", "c"]);
    }

    #[test]
    fn rejects_bad_input_with_location() {
        let e = decode_source("f", b"ab\ncd\x00").unwrap_err();
        assert_eq!(
            e.to_string(),
            "f:2:3: binary file (NUL byte): expected a text document"
        );
        let e = decode_source("f", b"ok\n\xff").unwrap_err();
        assert!(e.to_string().starts_with("f:2:1: invalid UTF-8"), "{e}");
        let e = decode_source("f", b"  \n\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "f:1:1: empty file: expected an overview table"
        );
        let e = decode_source("f", b"a\x07b").unwrap_err();
        assert!(e.to_string().starts_with("f:1:2: control character"), "{e}");
    }
}
