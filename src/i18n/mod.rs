//! The message catalogue: every user-facing text in Norwegian bokmål and
//! English, from one place.
//!
//! Texts live in Fluent files (`i18n/en.ftl`, `i18n/nb.ftl`) compiled into
//! the binary. Code names a text by a [`Msg`] key, never by a string, so a
//! test can check that every key resolves in both languages with the named
//! arguments the code passes. Texts that come in families (one per change
//! kind, one per finding code) are looked up by a computed id with
//! [`Catalog::get_id`]; their families are checked by the tests of the
//! modules that define them.
//!
//! ```
//! use samdiff::i18n::{Catalog, Lang, Msg};
//!
//! let nb = Catalog::new(Lang::Nb);
//! assert_eq!(nb.text(Msg::StatusNoticeGiven), "sagt opp");
//! let en = Catalog::new(Lang::En);
//! assert_eq!(en.get(Msg::ShowListedTimes, &[("count", 2.into())]), "[listed 2 times]");
//! ```

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::cell::RefCell;
use std::fmt;

mod keys;
pub mod words;

pub use keys::{FAMILIES, Msg};
pub use words::{Label, Vocabulary};

/// The English catalogue, embedded.
pub const EN_FTL: &str = include_str!("../../i18n/en.ftl");
/// The Norwegian bokmål catalogue, embedded.
pub const NB_FTL: &str = include_str!("../../i18n/nb.ftl");

/// A language samdiff speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Lang {
    /// English (the default outside Norwegian locales).
    #[default]
    En,
    /// Norwegian bokmål (also chosen for nynorsk and `no` locales, since
    /// bokmål is the written standard the reports use).
    Nb,
}

impl Lang {
    /// Every language, in a fixed order.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Nb];

    /// The code used on the command line and in `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nb => "nb",
        }
    }

    /// The language of a locale name (`nb_NO.UTF-8`, `nn_NO`, `no`, `en_GB`,
    /// `C`): bokmål for `nb`, `nn` and `no`, English for everything else.
    pub fn from_locale(locale: &str) -> Lang {
        let language = locale
            .split(['_', '.', '@', '-'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match language.as_str() {
            "nb" | "nn" | "no" => Lang::Nb,
            _ => Lang::En,
        }
    }

    /// The language the environment asks for, given the values of
    /// `LC_ALL`, `LC_MESSAGES` and `LANG` (the first one set and non-empty
    /// wins, as in POSIX). Takes the values rather than reading the
    /// environment, so only the CLI touches it.
    pub fn from_env_values(
        lc_all: Option<&str>,
        lc_messages: Option<&str>,
        lang: Option<&str>,
    ) -> Lang {
        [lc_all, lc_messages, lang]
            .into_iter()
            .flatten()
            .find(|v| !v.is_empty())
            .map(Lang::from_locale)
            .unwrap_or_default()
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A value for a named argument of a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text, inserted as is.
    Str(String),
    /// A count; selects plural forms (`one`, `other`).
    Num(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Str(s.clone())
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Num(n)
    }
}

impl From<i32> for Arg {
    fn from(n: i32) -> Self {
        Arg::Num(n.into())
    }
}

/// An argument of a [`Text`]: rendered in the reader's language only when
/// the text is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextArg {
    /// Text inserted as is (a name, a date, a printed form).
    Str(String),
    /// A count; selects plural forms.
    Num(i64),
    /// Names joined as `a, b and c` (`a, b og c`).
    List(Vec<String>),
    /// The same value in each language (a registry label).
    Local {
        /// English.
        en: String,
        /// Norwegian bokmål.
        nb: String,
    },
    /// A nested message (a clause chosen by the code).
    Text(Box<Text>),
    /// Nested messages joined as `a, b and c`.
    TextList(Vec<Text>),
    /// Nested messages joined by a separator (`; `).
    TextJoin(Vec<Text>, &'static str),
    /// A document named in prose by its snapshot id: rendered as its short
    /// human name ([`words::document_name`]) when the catalogue knows it.
    Document(String),
    /// A date in words ([`words::date_words`]).
    Date(crate::model::PartialDate),
    /// A registry term (a legal-form id) by its label in the reader's
    /// language; `fallback` (the printed text) when the vocabulary has none.
    Term {
        /// The term's id.
        id: String,
        /// What to show when no label is known.
        fallback: String,
    },
}

impl From<&str> for TextArg {
    fn from(s: &str) -> Self {
        TextArg::Str(s.to_owned())
    }
}

impl From<String> for TextArg {
    fn from(s: String) -> Self {
        TextArg::Str(s)
    }
}

impl From<i64> for TextArg {
    fn from(n: i64) -> Self {
        TextArg::Num(n)
    }
}

impl From<usize> for TextArg {
    fn from(n: usize) -> Self {
        TextArg::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<u32> for TextArg {
    fn from(n: u32) -> Self {
        TextArg::Num(n.into())
    }
}

impl From<&String> for TextArg {
    fn from(s: &String) -> Self {
        TextArg::Str(s.clone())
    }
}

impl From<Text> for TextArg {
    fn from(t: Text) -> Self {
        TextArg::Text(Box::new(t))
    }
}

impl From<Msg> for Text {
    fn from(msg: Msg) -> Self {
        Text::new(msg, vec![])
    }
}

/// A message not yet rendered: a key and its arguments. Values that are
/// computed once and shown in several languages (audit findings) keep one,
/// so each report renders it in its reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// The message.
    pub msg: Msg,
    /// Its named arguments.
    pub args: Vec<(&'static str, TextArg)>,
}

impl Text {
    /// A text of `msg` with `args`.
    pub fn new(msg: Msg, args: Vec<(&'static str, TextArg)>) -> Text {
        Text { msg, args }
    }

    /// The text in `cat`'s language.
    pub fn render(&self, cat: &Catalog) -> String {
        let args: Vec<(&str, Arg)> = self
            .args
            .iter()
            .map(|(k, v)| {
                let v = match v {
                    TextArg::Str(s) => Arg::Str(s.clone()),
                    TextArg::Num(n) => Arg::Num(*n),
                    TextArg::List(items) => Arg::Str(cat.and_list(items)),
                    TextArg::Local { en, nb } => Arg::Str(match cat.lang() {
                        Lang::En => en.clone(),
                        Lang::Nb => nb.clone(),
                    }),
                    TextArg::Text(t) => Arg::Str(t.render(cat)),
                    TextArg::TextJoin(ts, sep) => Arg::Str(
                        ts.iter()
                            .map(|t| t.render(cat))
                            .collect::<Vec<_>>()
                            .join(sep),
                    ),
                    TextArg::TextList(ts) => {
                        let items: Vec<String> = ts.iter().map(|t| t.render(cat)).collect();
                        Arg::Str(cat.and_list(&items))
                    }
                    TextArg::Document(id) => Arg::Str(cat.document(id)),
                    TextArg::Date(d) => Arg::Str(words::date_words(*d, cat)),
                    TextArg::Term { id, fallback } => {
                        Arg::Str(cat.term(id).unwrap_or_else(|| fallback.clone()))
                    }
                };
                (*k, v)
            })
            .collect();
        cat.get(self.msg, &args)
    }

    /// The text in English (for machine-readable output such as JSON).
    pub fn english(&self) -> String {
        with_english(|cat| self.render(cat))
    }
}

thread_local! {
    static ENGLISH: Catalog = Catalog::new(Lang::En);
    static BOKMAL: Catalog = Catalog::new(Lang::Nb);
}

/// Run `f` with this thread's catalogue of `lang` (parsed once per thread),
/// for library code that must produce a text in a fixed language.
pub fn with_catalog<R>(lang: Lang, f: impl FnOnce(&Catalog) -> R) -> R {
    match lang {
        Lang::En => ENGLISH.with(f),
        Lang::Nb => BOKMAL.with(f),
    }
}

/// Run `f` with this thread's English catalogue.
pub fn with_english<R>(f: impl FnOnce(&Catalog) -> R) -> R {
    with_catalog(Lang::En, f)
}

/// One language's messages, ready to format.
pub struct Catalog {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    /// Words of this run that are data: registry labels, loaded documents.
    vocabulary: RefCell<Vocabulary>,
}

impl fmt::Debug for Catalog {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Catalog").field("lang", &self.lang).finish()
    }
}

/// Why an embedded catalogue could not be loaded (a bug in an `.ftl` file,
/// caught by the tests before it can ship).
fn build_bundle(lang: Lang) -> Result<FluentBundle<FluentResource>, String> {
    let (source, id) = match lang {
        Lang::En => (EN_FTL, "en"),
        Lang::Nb => (NB_FTL, "nb"),
    };
    let id: unic_langid::LanguageIdentifier =
        id.parse().map_err(|e| format!("language id `{id}`: {e}"))?;
    let resource = FluentResource::try_new(source.to_owned())
        .map_err(|(_, errors)| format!("i18n/{lang}.ftl: {errors:?}"))?;
    let mut bundle = FluentBundle::new(vec![id]);
    // No Unicode isolation marks: output goes to terminals, Markdown and CSV.
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .map_err(|errors| format!("i18n/{lang}.ftl: {errors:?}"))?;
    Ok(bundle)
}

impl Catalog {
    /// The catalogue of `lang`.
    ///
    /// # Panics
    ///
    /// Only if an embedded `.ftl` file does not parse, which the unit tests
    /// rule out: the files are part of the program, not its input.
    pub fn new(lang: Lang) -> Catalog {
        match build_bundle(lang) {
            Ok(bundle) => Catalog {
                lang,
                bundle,
                vocabulary: RefCell::new(Vocabulary::new()),
            },
            Err(e) => panic!("embedded message catalogue is broken: {e}"),
        }
    }

    /// The catalogue's language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Learn the words of this run that are data, not catalogue: labels of
    /// registry terms and the documents loaded ([`Vocabulary`]). Commands
    /// call it when they load the registry and the snapshots, so every
    /// report names forms and documents the same way.
    pub fn learn(&self, words: Vocabulary) {
        self.vocabulary.borrow_mut().extend(words);
    }

    /// The label of a registry term (a legal-form id) in this language, if
    /// the vocabulary has one.
    pub fn term(&self, id: &str) -> Option<String> {
        self.vocabulary
            .borrow()
            .term(id)
            .map(|l| l.get(self.lang).to_owned())
    }

    /// A document's short human name for prose ([`words::document_name`]),
    /// by snapshot id; the id itself when the document is unknown.
    pub fn document(&self, id: &str) -> String {
        let doc = self.vocabulary.borrow().document(id).cloned();
        match doc {
            Some(d) => words::document_name(&d, self),
            None => id.to_owned(),
        }
    }

    /// A message without arguments.
    pub fn text(&self, msg: Msg) -> String {
        self.get(msg, &[])
    }

    /// A message with named arguments.
    pub fn get(&self, msg: Msg, args: &[(&str, Arg)]) -> String {
        self.format(msg.id(), args)
            .unwrap_or_else(|| format!("{{{}}}", msg.id()))
    }

    /// Names joined as `a, b and c` in the catalogue's language.
    pub fn and_list(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => self.get(
                Msg::ListAnd,
                &[("init", init.join(", ").into()), ("last", last.into())],
            ),
        }
    }

    /// A message of a family looked up by a computed id (`change-added`,
    /// `finding-s27-not-converted`); `None` when the catalogue lacks it.
    pub fn get_id(&self, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        self.format(id, args)
    }

    /// Whether the catalogue has a message with this id.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    fn format(&self, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        self.format_checked(id, args).map(|(s, errors)| {
            // A missing argument falls back silently in Fluent (the default
            // variant, or `{$name}`); in debug builds, and so in every
            // test, it is a bug in the code that calls the message.
            debug_assert!(
                errors.is_empty(),
                "{}: message `{id}`: {}",
                self.lang,
                errors.join("; ")
            );
            s
        })
    }

    /// Format and also return Fluent's complaints (a missing argument, an
    /// unknown reference), so tests can insist there are none.
    fn format_checked(&self, id: &str, args: &[(&str, Arg)]) -> Option<(String, Vec<String>)> {
        let message = self.bundle.get_message(id)?;
        let pattern = message.value()?;
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            let v: FluentValue = match value {
                Arg::Str(s) => FluentValue::from(s.as_str()),
                Arg::Num(n) => FluentValue::from(*n),
            };
            fargs.set(*name, v);
        }
        let mut errors = Vec::new();
        let s = self
            .bundle
            .format_pattern(pattern, Some(&fargs), &mut errors)
            .into_owned();
        Some((s, errors.iter().map(|e| e.to_string()).collect()))
    }

    /// Every message id in this catalogue, sorted.
    pub fn ids(&self) -> Vec<String> {
        ids_of(match self.lang {
            Lang::En => EN_FTL,
            Lang::Nb => NB_FTL,
        })
    }
}

/// The message ids an `.ftl` source defines (terms and comments excluded),
/// sorted.
fn ids_of(source: &str) -> Vec<String> {
    let mut v: Vec<String> = source
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_owned()))
        .collect();
    v.sort();
    v
}

/// Test support for families of messages: check that `id` exists in both
/// languages and formats with `args` without complaints. Returns a list of
/// problems (empty when all is well). Public so that the modules owning a
/// family (change kinds, finding codes) can test their ids.
pub fn check_message(id: &str, args: &[(&str, Arg)]) -> Vec<String> {
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let cat = Catalog::new(lang);
        match cat.format_checked(id, args) {
            None => problems.push(format!("{lang}: message `{id}` is missing")),
            Some((text, errors)) => {
                if !errors.is_empty() {
                    problems.push(format!("{lang}: message `{id}`: {}", errors.join("; ")));
                }
                if text.trim().is_empty() {
                    problems.push(format!("{lang}: message `{id}` is empty"));
                }
            }
        }
    }
    problems
}

/// Sample values for a message's declared arguments, as the tests use them.
pub fn sample_args(names: &[&'static str]) -> Vec<(&'static str, Arg)> {
    names
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let is_count = matches!(
                *n,
                "count"
                    | "cosmetic"
                    | "steps"
                    | "shown"
                    | "hidden"
                    | "n"
                    | "days"
                    | "findings"
                    | "errors"
                    | "warnings"
                    | "infos"
                    | "snapshots"
                    | "arrangements"
                    | "problems"
                    | "files"
                    | "valid"
            );
            let v = if is_count {
                Arg::Num(i as i64 + 2)
            } else {
                Arg::Str(format!("<{n}>"))
            };
            (*n, v)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogues_parse() {
        for lang in Lang::ALL {
            build_bundle(lang).unwrap();
        }
    }

    #[test]
    fn both_languages_have_the_same_ids() {
        let en = ids_of(EN_FTL);
        let nb = ids_of(NB_FTL);
        let only_en: Vec<_> = en.iter().filter(|i| !nb.contains(i)).collect();
        let only_nb: Vec<_> = nb.iter().filter(|i| !en.contains(i)).collect();
        assert!(
            only_en.is_empty() && only_nb.is_empty(),
            "untranslated: only in en.ftl {only_en:?}; only in nb.ftl {only_nb:?}"
        );
        let mut dedup = en.clone();
        dedup.dedup();
        assert_eq!(dedup, en, "an id is defined twice");
    }

    #[test]
    fn every_key_resolves_in_both_languages_with_its_arguments() {
        let mut problems = Vec::new();
        for msg in Msg::ALL {
            problems.extend(check_message(msg.id(), &sample_args(msg.args())));
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// The source text of message `id` (its first line and the indented
    /// lines that continue it).
    fn message_source(lang: Lang, id: &str) -> String {
        let ftl = match lang {
            Lang::En => EN_FTL,
            Lang::Nb => NB_FTL,
        };
        let mut out = String::new();
        let mut inside = false;
        for line in ftl.lines() {
            if inside && (line.starts_with(' ') || line.is_empty()) {
                out.push_str(line);
                out.push('\n');
            } else if line.split_once('=').is_some_and(|(k, _)| k.trim() == id) {
                inside = true;
                out.push_str(line);
                out.push('\n');
            } else if inside {
                break;
            }
        }
        out
    }

    #[test]
    fn declared_arguments_are_used_in_both_languages() {
        // A declared argument that a translation ignores usually means the
        // translation lost information (a name, a date).
        for msg in Msg::ALL {
            for lang in Lang::ALL {
                let cat = Catalog::new(lang);
                let text = cat.get(*msg, &sample_args(msg.args()));
                let source = message_source(lang, msg.id());
                for (name, value) in sample_args(msg.args()) {
                    let selector = source.contains(&format!("${name} ->"));
                    if let (Arg::Str(s), false) = (value, selector) {
                        assert!(
                            text.contains(&s),
                            "{lang}: `{}` does not use ${name}: {text}",
                            msg.id()
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn every_message_in_the_files_has_a_key_or_a_family() {
        let known: Vec<&str> = Msg::ALL.iter().map(|m| m.id()).collect();
        let orphans: Vec<String> = ids_of(EN_FTL)
            .into_iter()
            .filter(|id| !known.contains(&id.as_str()))
            .filter(|id| !keys::FAMILIES.iter().any(|f| id.starts_with(f)))
            .collect();
        assert!(orphans.is_empty(), "messages no code uses: {orphans:?}");
    }

    #[test]
    fn no_isolation_marks() {
        let cat = Catalog::new(Lang::En);
        let s = cat.get(Msg::ShowListedTimes, &[("count", 3.into())]);
        assert!(!s.contains('\u{2068}') && !s.contains('\u{2069}'), "{s:?}");
    }

    #[test]
    fn plural_forms() {
        let en = Catalog::new(Lang::En);
        let nb = Catalog::new(Lang::Nb);
        let args = |p: i64, f: i64, v: i64| {
            vec![
                ("problems", Arg::Num(p)),
                ("files", Arg::Num(f)),
                ("valid", Arg::Num(v)),
            ]
        };
        assert_eq!(
            en.get(Msg::ValidateProblems, &args(1, 1, 0)),
            "1 problem in 1 file; 0 snapshots valid"
        );
        assert_eq!(
            en.get(Msg::ValidateProblems, &args(3, 2, 1)),
            "3 problems in 2 files; 1 snapshot valid"
        );
        assert_eq!(
            nb.get(Msg::ValidateProblems, &args(3, 2, 1)),
            "3 feil i 2 filer; 1 dokument er gyldig"
        );
    }

    #[test]
    fn locale_names() {
        for (v, want) in [
            ("nb_NO.UTF-8", Lang::Nb),
            ("nn_NO", Lang::Nb),
            ("no", Lang::Nb),
            ("NB", Lang::Nb),
            ("en_GB.UTF-8", Lang::En),
            ("C", Lang::En),
            ("POSIX", Lang::En),
            ("sv_SE", Lang::En),
            ("nono", Lang::En),
            ("", Lang::En),
        ] {
            assert_eq!(Lang::from_locale(v), want, "{v}");
        }
    }

    #[test]
    fn env_precedence() {
        let f = Lang::from_env_values;
        assert_eq!(f(Some("en_US"), Some("nb_NO"), Some("nb_NO")), Lang::En);
        assert_eq!(f(None, Some("nb_NO"), Some("en_US")), Lang::Nb);
        assert_eq!(f(Some(""), None, Some("nn_NO.UTF-8")), Lang::Nb);
        assert_eq!(f(None, None, None), Lang::En);
    }
}
