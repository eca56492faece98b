//! Map a path inside a JSON document (`arrangements/3/id`) to `line:col`.
//!
//! serde reports syntax and type errors with a position; problems found
//! after deserialising (duplicate ids, undeclared municipalities) only know
//! the path of the offending value. This module finds that value in the text
//! with a spanned JSON parser so the message can still say `path:line:col`.

use jsonc_parser::ast::Value;
use jsonc_parser::common::Ranged;
use jsonc_parser::{CollectOptions, ParseOptions, parse_to_ast};

/// One step of a path into a JSON value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    /// An object key.
    Key(String),
    /// An array index.
    Index(usize),
}

impl From<&str> for Seg {
    fn from(s: &str) -> Self {
        Seg::Key(s.to_owned())
    }
}

impl From<usize> for Seg {
    fn from(i: usize) -> Self {
        Seg::Index(i)
    }
}

/// Build a path from keys and indices: `jpath!["arrangements", 3, "id"]`.
#[macro_export]
#[doc(hidden)]
macro_rules! jpath {
    ($($seg:expr),* $(,)?) => { [$($crate::snapshot::Seg::from($seg)),*] };
}

/// Positions of values in one JSON text.
pub struct Locator<'a> {
    text: &'a str,
    root: Option<Value<'a>>,
}

impl<'a> Locator<'a> {
    /// Parse `text` once; lookups are then cheap.
    pub fn new(text: &'a str) -> Self {
        let options = ParseOptions {
            allow_comments: false,
            allow_loose_object_property_names: false,
            allow_trailing_commas: false,
            ..Default::default()
        };
        let root = parse_to_ast(text, &CollectOptions::default(), &options)
            .ok()
            .and_then(|r| r.value);
        Self { text, root }
    }

    /// `(line, col)` of the value at `path`, or of the deepest ancestor that
    /// exists; `(1, 1)` when nothing matches.
    pub fn line_col(&self, path: &[Seg]) -> (usize, usize) {
        let Some(mut node) = self.root.as_ref() else {
            return (1, 1);
        };
        let mut offset = node.range().start;
        for seg in path {
            let next = match (seg, node) {
                (Seg::Key(k), Value::Object(o)) => o
                    .properties
                    .iter()
                    .find(|p| p.name.as_str() == k)
                    .map(|p| &p.value),
                (Seg::Index(i), Value::Array(a)) => a.elements.get(*i),
                _ => None,
            };
            match next {
                Some(n) => {
                    node = n;
                    offset = n.range().start;
                }
                None => break,
            }
        }
        line_col_at(self.text, offset)
    }

    /// `(line, col, char)` of the first string (a value or a key) holding a
    /// control character ([`crate::controls::is_unsafe`]); the position is
    /// the string's opening quote.
    pub fn first_control(&self) -> Option<(usize, usize, char)> {
        fn walk(v: &Value<'_>) -> Option<(usize, char)> {
            match v {
                Value::StringLit(s) => {
                    crate::controls::first_unsafe(&s.value).map(|(_, c)| (s.range.start, c))
                }
                Value::Object(o) => o.properties.iter().find_map(|p| {
                    let key = match &p.name {
                        jsonc_parser::ast::ObjectPropName::String(s) => {
                            crate::controls::first_unsafe(&s.value).map(|(_, c)| (s.range.start, c))
                        }
                        jsonc_parser::ast::ObjectPropName::Word(_) => None,
                    };
                    key.or_else(|| walk(&p.value))
                }),
                Value::Array(a) => a.elements.iter().find_map(walk),
                _ => None,
            }
        }
        let (offset, c) = walk(self.root.as_ref()?)?;
        let (line, col) = line_col_at(self.text, offset);
        Some((line, col, c))
    }
}

/// Collects the problems found in one JSON file, each located by the JSON
/// path of the offending value. Shared by every validator of JSON input.
pub struct LocatedIssues<'a> {
    /// The file as shown in messages.
    pub path: &'a str,
    /// Positions of values in the file's text.
    pub locator: Locator<'a>,
    /// The problems found so far.
    pub issues: Vec<crate::error::Issue>,
}

impl<'a> LocatedIssues<'a> {
    /// An empty collection for `text`, read from `path`.
    pub fn new(path: &'a str, text: &'a str) -> Self {
        Self {
            path,
            locator: Locator::new(text),
            issues: Vec::new(),
        }
    }

    /// Record `message` at the value at `at` (or its nearest existing parent).
    pub fn at(&mut self, at: impl AsRef<[Seg]>, message: impl Into<crate::i18n::Text>) {
        let (line, col) = self.locator.line_col(at.as_ref());
        self.issues.push(crate::error::Issue::new(
            crate::error::Location::new(self.path, line, col),
            message,
        ));
    }

    /// Line of the value at `at`, for messages like "first used on line N".
    pub fn line_of(&self, at: &[Seg]) -> usize {
        self.locator.line_col(at).0
    }
}

/// 1-based `(line, col)` of byte `offset` in `text`; columns count characters.
pub fn line_col_at(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let mut safe = offset;
    while !text.is_char_boundary(safe) {
        safe -= 1;
    }
    let before = &text[..safe];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_values() {
        let text = "{\n  \"a\": [\n    {\"id\": \"x\"},\n    {\"id\": \"ø\", \"k\": 1}\n  ]\n}";
        let loc = Locator::new(text);
        assert_eq!(loc.line_col(&jpath!["a", 1, "id"]), (4, 12));
        assert_eq!(loc.line_col(&jpath!["a", 1, "k"]), (4, 22));
        // a missing key falls back to its parent
        assert_eq!(loc.line_col(&jpath!["a", 0, "nope"]), (3, 5));
        assert_eq!(loc.line_col(&[]), (1, 1));
    }
}
