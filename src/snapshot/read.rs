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
    decode_str(path, bytes).map(str::to_owned)
}

/// [`decode_text`] without a copy: the text borrowed from `bytes`.
pub(crate) fn decode_str<'a>(path: &str, bytes: &'a [u8]) -> Result<&'a str, Issue> {
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        let (line, col) = line_col_of_bytes(bytes, pos);
        return Err(Issue::new(
            Location::new(path, line, col),
            Msg::IssueBinaryJson,
        ));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let pos = e.valid_up_to();
        let (line, col) = line_col_of_bytes(bytes, pos);
        Issue::new(Location::new(path, line, col), bad_utf8(bytes[pos], pos))
    })
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
    let text = decode_text(path, bytes)?;
    let snapshot = parse_snapshot_str(path, &text)?;
    Ok((snapshot, text))
}

/// [`parse_snapshot`] of text already decoded (no copy of the file).
pub(crate) fn parse_snapshot_str(path: &str, text: &str) -> Result<Snapshot, Issue> {
    let hint = Text::new(
        Msg::HintSnapshotFormat,
        vec![("format", SNAPSHOT_FORMAT.into())],
    );
    parse_versioned_str(path, text, SNAPSHOT_FORMAT, Some(hint))
}

/// A samdiff JSON file that names its own format (`format`), so that a
/// well-formed file is parsed in one pass and its tag checked after.
pub(crate) trait Versioned {
    /// The file's `format` value.
    fn format_tag(&self) -> &str;
}

impl Versioned for Snapshot {
    fn format_tag(&self) -> &str {
        &self.format
    }
}

/// Parse a versioned samdiff JSON file (a snapshot, the registry): readable
/// text, a JSON object whose `format` is `format`, then the schema of `T`,
/// each problem at `path:line:col` with the JSON path of the value. `hint`
/// follows an unsupported `format`. One function, so every file samdiff
/// reads reports alike.
pub(crate) fn parse_versioned<T: DeserializeOwned + Versioned>(
    path: &str,
    bytes: &[u8],
    format: &str,
    hint: Option<Text>,
) -> Result<(T, String), Issue> {
    let text = decode_text(path, bytes)?;
    let parsed = parse_versioned_str(path, &text, format, hint)?;
    Ok((parsed, text))
}

/// [`parse_versioned`] of text already decoded. Lean on large files: a
/// well-formed file of the right format is parsed once, straight into `T`,
/// and scanned once for unsafe characters (issue 16). Any other file takes
/// the checking path, where problems are reported in a fixed order: the
/// first pass there only checks the syntax and reads `format` (allocating
/// nothing for the other values), the second builds `T`, and only a file
/// that fails the schema is read a third time to name the path of the bad
/// value.
pub(crate) fn parse_versioned_str<T: DeserializeOwned + Versioned>(
    path: &str,
    text: &str,
    format: &str,
    hint: Option<Text>,
) -> Result<T, Issue> {
    if text.trim().is_empty() {
        return Err(Issue::new(
            Location::start(path),
            Text::new(Msg::IssueEmptyJson, vec![("format", format.into())]),
        ));
    }
    // The checking path below would accept this file with this value: the
    // syntax is good, `format` is what is wanted (a repeated key fails the
    // schema, so it is the only one), and no string can hold a control
    // character.
    if let Ok(parsed) = serde_json::from_str::<T>(text)
        && parsed.format_tag() == format
        && !might_hold_controls(text)
    {
        return Ok(parsed);
    }
    let head: Head = serde_json::from_str(text).map_err(|e| json_issue(path, text, "", &e))?;
    match head {
        Head::NotObject => {
            return Err(Issue::new(Location::start(path), Msg::IssueNotObject));
        }
        Head::Object(Some(found)) if found == format => {}
        Head::Object(Some(other)) => {
            let (line, col) = super::Locator::new(text).line_col(&crate::jpath!["format"]);
            let issue = Issue::new(
                Location::new(path, line, col),
                unsupported_format(&other, format),
            );
            return Err(match hint {
                Some(h) => issue.with_hint(h),
                None => issue,
            });
        }
        Head::Object(None) => {
            return Err(Issue::new(
                Location::start(path),
                Text::new(Msg::IssueMissingFormat, vec![("format", format.into())]),
            ));
        }
    }
    // Only a file with a `\u` escape or a raw unsafe character can hold a
    // string with a control character; the spanned tree that locates it is
    // many times the file's size, so it is built only then.
    if might_hold_controls(text)
        && let Some((line, col, c)) = super::Locator::new(text).first_control()
    {
        return Err(Issue::new(
            Location::new(path, line, col),
            Text::new(
                Msg::IssueControlChar,
                vec![("char", crate::controls::code_point(c).into())],
            ),
        ));
    }
    if let Ok(parsed) = serde_json::from_str::<T>(text) {
        return Ok(parsed);
    }
    let de = &mut serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let at = e.path().to_string();
        json_issue(path, text, if at == "." { "" } else { &at }, e.inner())
    })
}

/// Whether a JSON string in `text` may decode to an unsafe character: the
/// text has a `\u` escape, or an unsafe character other than the `\r` of a
/// CRLF line end (a raw control character inside a string is a syntax
/// error, caught either way).
fn might_hold_controls(text: &str) -> bool {
    text.contains("\\u") || crate::controls::has_unsafe(text, true)
}

/// The top level of a versioned file: whether it is an object, and its
/// `format` if that is a string. Every other value is skipped unbuilt.
enum Head {
    NotObject,
    Object(Option<String>),
}

impl<'de> serde::Deserialize<'de> for Head {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(HeadVisitor)
    }
}

struct HeadVisitor;

impl<'de> serde::de::Visitor<'de> for HeadVisitor {
    type Value = Head;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Head, A::Error> {
        let mut format = None;
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            if key == "format" {
                // As a JSON object keeps the last of repeated keys.
                format = map.next_value::<FormatValue>()?.0;
            } else {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(Head::Object(format))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Head, A::Error> {
        while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
        Ok(Head::NotObject)
    }

    fn visit_bool<E>(self, _: bool) -> Result<Head, E> {
        Ok(Head::NotObject)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Head, E> {
        Ok(Head::NotObject)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Head, E> {
        Ok(Head::NotObject)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Head, E> {
        Ok(Head::NotObject)
    }
    fn visit_str<E>(self, _: &str) -> Result<Head, E> {
        Ok(Head::NotObject)
    }
    fn visit_unit<E>(self) -> Result<Head, E> {
        Ok(Head::NotObject)
    }
}

/// The value of `format`: its text if it is a string, else nothing.
struct FormatValue(Option<String>);

impl<'de> serde::Deserialize<'de> for FormatValue {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match serde_json::Value::deserialize(d)? {
            serde_json::Value::String(s) => Ok(FormatValue(Some(s))),
            _ => Ok(FormatValue(None)),
        }
    }
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
