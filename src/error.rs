//! Errors and data problems, each with a `path:line:col` location.

use std::fmt;

use crate::i18n::{Catalog, Msg, Text};

/// A place in an input file: `path:line:col`, 1-based.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Location {
    /// The file as the user named it (or `embedded:NAME` for built-in data).
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub col: usize,
}

impl Location {
    /// A location at `line:col` of `path`.
    pub fn new(path: impl Into<String>, line: usize, col: usize) -> Self {
        Self {
            path: path.into(),
            line,
            col,
        }
    }

    /// The start of `path`.
    pub fn start(path: impl Into<String>) -> Self {
        Self::new(path, 1, 1)
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.path, self.line, self.col)
    }
}

/// One problem found in input data. Problems are values: a validator
/// collects all of them, like a compiler, instead of stopping at the first.
///
/// The message and hint are catalogue texts, so the CLI can print them in
/// the reader's language ([`Issue::render`]); `Display` gives English, for
/// library users and logs. Issues compare and sort by location, then by
/// their English text, so the order does not depend on the language.
#[derive(Debug, Clone)]
pub struct Issue {
    /// Where the problem is.
    pub location: Location,
    /// What is wrong and what was expected: lowercase, no final period.
    pub message: Text,
    /// An optional suggestion for fixing it.
    pub hint: Option<Text>,
}

impl Issue {
    /// A problem at `location`.
    pub fn new(location: Location, message: impl Into<Text>) -> Self {
        Self {
            location,
            message: message.into(),
            hint: None,
        }
    }

    /// The same problem with a `hint:` line.
    pub fn with_hint(mut self, hint: impl Into<Text>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// `path:line:col: message` (and an indented hint line) in `cat`'s
    /// language.
    pub fn render(&self, cat: &Catalog) -> String {
        let mut s = format!("{}: {}", self.location, self.message.render(cat));
        if let Some(h) = &self.hint {
            s.push_str(&format!(
                "\n  {}: {}",
                cat.text(Msg::IssueHintLabel),
                h.render(cat)
            ));
        }
        s
    }

    /// The problem as one text, `path:line:col: message` without the hint,
    /// for nesting in another message.
    pub fn to_text(&self) -> Text {
        Text::new(
            Msg::IssueAt,
            vec![
                ("location", self.location.to_string().into()),
                ("message", self.message.clone().into()),
            ],
        )
    }

    fn sort_key(&self) -> (&Location, String, Option<String>) {
        (
            &self.location,
            self.message.english(),
            self.hint.as_ref().map(Text::english),
        )
    }
}

impl PartialEq for Issue {
    fn eq(&self, other: &Self) -> bool {
        self.sort_key() == other.sort_key()
    }
}

impl Eq for Issue {}

impl PartialOrd for Issue {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Issue {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.sort_key().cmp(&other.sort_key())
    }
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message.english())?;
        if let Some(h) = &self.hint {
            write!(f, "\n  hint: {}", h.english())?;
        }
        Ok(())
    }
}

/// Errors of the library: input that cannot be used at all.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file or directory could not be read.
    #[error("{path}: cannot read: {}", io_reason(source))]
    Io {
        /// The path as given.
        path: String,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// An output file could not be written.
    #[error("{path}: cannot write: {}", io_reason(source))]
    Write {
        /// The path as given.
        path: String,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// Input data has problems; every one is listed.
    #[error("{}", format_issues(.0))]
    Invalid(Vec<Issue>),
    /// A snapshot name matched nothing.
    #[error("unknown snapshot `{name}`: expected one of {known}")]
    UnknownSnapshot {
        /// What the user typed.
        name: String,
        /// The ids and years that would have matched, comma-separated.
        known: String,
        /// The known names closest to `name`, best first (for a "did you
        /// mean"); may be empty.
        closest: Vec<String>,
    },
    /// A snapshot name matched more than one snapshot.
    #[error("ambiguous snapshot `{name}`: it matches {candidates}; name one by its id")]
    AmbiguousSnapshot {
        /// What the user typed.
        name: String,
        /// The snapshots it matched.
        candidates: String,
    },
    /// Anything else the user asked for that cannot be done (a catalogue
    /// text, so the CLI can say it in the reader's language).
    #[error("{}", .0.english())]
    Usage(Text),
}

/// The operating system's reason, lowercase, without Rust's `(os error N)`.
pub fn io_reason(e: &std::io::Error) -> String {
    let s = e.to_string();
    let s = s.find(" (os error").map_or(s.as_str(), |i| &s[..i]);
    s.to_lowercase()
}

fn format_issues(issues: &[Issue]) -> String {
    issues
        .iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// A usage error with the text `msg` and its arguments.
    pub fn usage(msg: Msg, args: Vec<(&'static str, crate::i18n::TextArg)>) -> Error {
        Error::Usage(Text::new(msg, args))
    }
}

/// `text`, followed by a `hint: did you mean ...?` line naming `closest`
/// (the closest known names, best first); `text` alone when there are none.
pub fn with_closest<S: AsRef<str>>(text: Text, closest: &[S]) -> Text {
    if closest.is_empty() {
        return text;
    }
    let names: Vec<String> = closest
        .iter()
        .map(|c| format!("`{}`", c.as_ref()))
        .collect();
    let hint = Text::new(
        Msg::HintDidYouMean,
        vec![
            ("count", names.len().into()),
            ("names", names.join(", ").as_str().into()),
        ],
    );
    Text::new(
        Msg::WithHint,
        vec![
            ("text", crate::i18n::TextArg::Text(Box::new(text))),
            ("hint", crate::i18n::TextArg::Text(Box::new(hint))),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn issues_render_in_either_language_and_display_english() {
        let i = Issue::new(
            Location::new("f.json", 3, 7),
            Text::new(Msg::IssueEmptyJson, vec![("format", "x/1".into())]),
        )
        .with_hint(Msg::HintIconv);
        let en = i.render(&Catalog::new(Lang::En));
        assert_eq!(en, i.to_string());
        assert!(en.starts_with("f.json:3:7: empty file"), "{en}");
        assert!(en.contains("\n  hint: convert"), "{en}");
        let nb = i.render(&Catalog::new(Lang::Nb));
        assert!(nb.starts_with("f.json:3:7: tom fil"), "{nb}");
        assert!(nb.contains("\n  tips: gjør om"), "{nb}");
    }

    #[test]
    fn issues_sort_by_location_then_english_text() {
        let at = |line| Location::new("f", line, 1);
        let mut v = [
            Issue::new(at(2), Msg::IssueEmptyName),
            Issue::new(at(1), Msg::IssueNotObject),
            Issue::new(at(1), Msg::IssueCitationNoLines),
        ];
        v.sort();
        let texts: Vec<String> = v.iter().map(|i| i.to_string()).collect();
        assert_eq!(
            texts,
            [
                "f:1:1: citation has no lines: expected at least one line number",
                "f:1:1: expected a JSON object at the top level",
                "f:2:1: empty name: expected the name as printed",
            ]
        );
    }

    #[test]
    fn usage_errors_display_english() {
        let e = Error::usage(Msg::UsageAlias, vec![("alias", "x".into())]);
        assert_eq!(e.to_string(), "--alias `x`: expected OLD=NEW");
    }
}
