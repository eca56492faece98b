//! Turn the bytes of a snapshot file into a [`Snapshot`], or into issues
//! that each name `path:line:col` and what was expected.

use serde::de::DeserializeOwned;

use crate::error::{Issue, Location};
use crate::i18n::{Msg, Text};
use crate::model::{SNAPSHOT_FORMAT, Snapshot};

use super::locate::line_col_at;

/// Decode `bytes` as UTF-8 text, rejecting empty, binary and non-UTF-8 input
/// with an issue that points at the offending byte. A leading UTF-8 BOM is
/// dropped, since editors on some systems add one.
pub fn decode_text(path: &str, bytes: &[u8]) -> Result<String, Issue> {
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        let (line, col) = line_col_of_bytes(bytes, pos);
        return Err(Issue::new(
            Location::new(path, line, col),
            Msg::IssueBinaryJson,
        ));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_owned()),
        Err(e) => {
            let pos = e.valid_up_to();
            let (line, col) = line_col_of_bytes(bytes, pos);
            Err(Issue::new(
                Location::new(path, line, col),
                bad_utf8(bytes[pos], pos),
            ))
        }
    }
}

/// Line and column of byte `pos`, decoding the valid prefix only.
fn line_col_of_bytes(bytes: &[u8], pos: usize) -> (usize, usize) {
    let prefix = String::from_utf8_lossy(&bytes[..pos]);
    line_col_at(&prefix, prefix.len())
}

/// Parse one snapshot file. Checks, in order: readable text, well-formed
/// JSON, the `format` tag, then the schema (types, missing and unknown
/// fields). Semantic checks are [`super::validate_snapshot`]'s job.
pub fn parse_snapshot(path: &str, bytes: &[u8]) -> Result<(Snapshot, String), Issue> {
    let hint = Text::new(
        Msg::HintSnapshotFormat,
        vec![("format", SNAPSHOT_FORMAT.into())],
    );
    parse_versioned(path, bytes, SNAPSHOT_FORMAT, Some(hint))
}

/// Parse a versioned samdiff JSON file (a snapshot, the registry): readable
/// text, a JSON object whose `format` is `format`, then the schema of `T`,
/// each problem at `path:line:col` with the JSON path of the value. `hint`
/// follows an unsupported `format`. One function, so every file samdiff
/// reads reports alike.
pub(crate) fn parse_versioned<T: DeserializeOwned>(
    path: &str,
    bytes: &[u8],
    format: &str,
    hint: Option<Text>,
) -> Result<(T, String), Issue> {
    let text = decode_text(path, bytes)?;
    if text.trim().is_empty() {
        return Err(Issue::new(
            Location::start(path),
            Text::new(Msg::IssueEmptyJson, vec![("format", format.into())]),
        ));
    }
    let value: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| json_issue(path, &text, "", &e))?;
    let Some(obj) = value.as_object() else {
        return Err(Issue::new(Location::start(path), Msg::IssueNotObject));
    };
    match obj.get("format").and_then(|f| f.as_str()) {
        Some(found) if found == format => {}
        Some(other) => {
            let (line, col) = super::Locator::new(&text).line_col(&crate::jpath!["format"]);
            let issue = Issue::new(
                Location::new(path, line, col),
                unsupported_format(other, format),
            );
            return Err(match hint {
                Some(h) => issue.with_hint(h),
                None => issue,
            });
        }
        None => {
            return Err(Issue::new(
                Location::start(path),
                Text::new(Msg::IssueMissingFormat, vec![("format", format.into())]),
            ));
        }
    }
    if let Some((line, col, c)) = super::Locator::new(&text).first_control() {
        return Err(Issue::new(
            Location::new(path, line, col),
            Text::new(
                Msg::IssueControlChar,
                vec![("char", crate::controls::code_point(c).into())],
            ),
        ));
    }
    let de = &mut serde_json::Deserializer::from_str(&text);
    let parsed: T = serde_path_to_error::deserialize(de).map_err(|e| {
        let at = e.path().to_string();
        json_issue(path, &text, if at == "." { "" } else { &at }, e.inner())
    })?;
    Ok((parsed, text))
}

/// An issue from a serde_json error, with its column counted in characters.
pub(crate) fn json_issue(path: &str, text: &str, at: &str, e: &serde_json::Error) -> Issue {
    let line = e.line().max(1);
    let byte_col = e.column();
    let line_text = text.lines().nth(line - 1).unwrap_or("");
    let mut end = byte_col.min(line_text.len());
    while !line_text.is_char_boundary(end) {
        end -= 1;
    }
    let col = line_text[..end].chars().count().max(1);
    let mut message = e.to_string();
    // serde_json appends " at line L column C"; we print the location first.
    if let Some(i) = message.rfind(" at line ") {
        message.truncate(i);
    }
    let eof = e.classify() == serde_json::error::Category::Eof;
    let message = super::json_text::serde_text(&message, eof);
    let message = if at.is_empty() {
        message
    } else {
        prefixed(at, message)
    };
    Issue::new(Location::new(path, line, col), message)
}

/// `invalid UTF-8 (byte 0xNN at offset N)`.
pub(crate) fn bad_utf8(byte: u8, offset: usize) -> Text {
    Text::new(
        Msg::IssueBadUtf8,
        vec![
            ("byte", format!("{byte:02x}").into()),
            ("offset", offset.into()),
        ],
    )
}

/// `unsupported format `FOUND`: expected `EXPECTED``.
pub(crate) fn unsupported_format(found: &str, expected: &str) -> Text {
    Text::new(
        Msg::IssueUnsupportedFormat,
        vec![("found", found.into()), ("expected", expected.into())],
    )
}

/// `PREFIX: MESSAGE` (a JSON path, a file, an option before its problem).
pub fn prefixed(prefix: &str, message: Text) -> Text {
    Text::new(
        Msg::Prefixed,
        vec![("prefix", prefix.into()), ("message", message.into())],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_binary_and_bad_utf8() {
        let e = decode_text("f.json", b"{\n  \x00").unwrap_err();
        assert_eq!(
            e.to_string(),
            "f.json:2:3: binary file (NUL byte): expected UTF-8 JSON text"
        );
        let e = decode_text("f.json", b"{\"a\": \"\xff\"}").unwrap_err();
        assert!(
            e.to_string().starts_with("f.json:1:8: invalid UTF-8"),
            "{e}"
        );
    }

    #[test]
    fn strips_bom() {
        assert_eq!(decode_text("f", b"\xEF\xBB\xBF{}").unwrap(), "{}");
    }
}
