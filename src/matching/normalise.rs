//! Names folded for matching: case, diacritics, punctuation, whitespace,
//! legal-form words and known aliases.

use unicode_normalization::UnicodeNormalization;

/// Words dropped from names before comparing: legal-form suffixes that one
/// year prints inside the name and another year prints in the form column.
pub const NOISE_WORDS: &[&str] = &["as", "asa", "iks", "aksjeselskap"];

/// A word-stem substitution from the domain registry: a stem that a law or
/// a reorganisation renamed (`rådmann` → `kommunedirektør`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alias {
    /// Old stems, as printed (folded before use).
    pub old: Vec<String>,
    /// The stem that replaces them.
    pub new: String,
}

impl Alias {
    /// The registry's title changes (`rådmann` → `kommunedirektør`) as aliases.
    pub fn from_registry(reg: &crate::registry::Registry) -> Vec<Alias> {
        reg.file()
            .title_changes
            .iter()
            .filter_map(|t| {
                Some(Alias {
                    old: t.old.clone(),
                    new: t.new.first()?.clone(),
                })
            })
            .collect()
    }
}

/// A name prepared for comparison.
#[derive(Debug, Clone)]
pub struct NormalisedName {
    /// Folded words, aliases applied, noise words dropped.
    pub tokens: Vec<String>,
    /// The words joined without spaces (`valg-samarbeid` = `valgsamarbeid`).
    pub compact: String,
}

/// Lowercase ASCII-folded words of `s`: `Næringsenhet: Lillehammerregion`
/// → `naeringsenhet`, `lillehammerregion`.
pub fn fold_words(s: &str) -> Vec<String> {
    if s.is_ascii() {
        fold_ascii_words(s)
    } else {
        fold_any_words(s)
    }
}

/// Words being folded: those finished and the one being read.
#[derive(Default)]
struct Words {
    done: Vec<String>,
    current: String,
}

impl Words {
    /// The word being read ends here (a separator), if one was begun.
    fn end(&mut self) {
        if !self.current.is_empty() {
            self.done.push(std::mem::take(&mut self.current));
        }
    }

    /// `&` reads as the word "og".
    fn ampersand(&mut self) {
        self.end();
        self.done.push("og".to_owned());
    }

    fn finish(mut self) -> Vec<String> {
        self.end();
        self.done
    }
}

/// [`fold_words`] of ASCII text, which decomposes to itself: the same
/// words without the Unicode normaliser (a register matches tens of
/// thousands of names).
fn fold_ascii_words(s: &str) -> Vec<String> {
    let mut words = Words::default();
    for b in s.bytes() {
        match b {
            b'&' => words.ampersand(),
            b'-' => {}
            b if b.is_ascii_alphanumeric() => {
                words.current.push(char::from(b.to_ascii_lowercase()));
            }
            _ => words.end(),
        }
    }
    words.finish()
}

/// [`fold_words`] of any text.
fn fold_any_words(s: &str) -> Vec<String> {
    let mut words = Words::default();
    for c in s.nfkd() {
        match c {
            'æ' | 'Æ' => words.current.push_str("ae"),
            'ø' | 'Ø' => words.current.push('o'),
            'ß' => words.current.push_str("ss"),
            '&' => words.ampersand(),
            c if unicode_normalization::char::is_combining_mark(c) => {}
            c if c.is_alphanumeric() => words.current.extend(c.to_lowercase()),
            // A hyphen joins a compound ("Valg-samarbeid"), it does not split it.
            '-' | '‐' | '‑' => {}
            _ => words.end(),
        }
    }
    words.finish()
}

/// Prepare `name` for matching under `aliases`.
pub fn normalise_name(name: &str, aliases: &[Alias]) -> NormalisedName {
    FoldedAliases::new(aliases).normalise(name)
}

/// Aliases folded once, for normalising many names: each stem folded, the
/// old stems longest first.
#[derive(Debug, Clone)]
pub struct FoldedAliases(Vec<(String, Vec<String>)>);

impl FoldedAliases {
    /// `aliases` folded.
    pub fn new(aliases: &[Alias]) -> FoldedAliases {
        FoldedAliases(
            aliases
                .iter()
                .map(|alias| {
                    let new = fold_words(&alias.new).concat();
                    let mut olds: Vec<String> =
                        alias.old.iter().map(|o| fold_words(o).concat()).collect();
                    olds.sort_by_key(|o| std::cmp::Reverse(o.len()));
                    (new, olds)
                })
                .collect(),
        )
    }

    /// [`normalise_name`] under these aliases.
    pub fn normalise(&self, name: &str) -> NormalisedName {
        let mut tokens: Vec<String> = fold_words(name)
            .into_iter()
            .filter(|w| !NOISE_WORDS.contains(&w.as_str()))
            .collect();
        for (new, olds) in &self.0 {
            for t in tokens.iter_mut() {
                if let Some(rest) = olds.iter().find_map(|o| t.strip_prefix(o.as_str())) {
                    *t = format!("{new}{rest}");
                }
            }
        }
        let compact = tokens.concat();
        NormalisedName { tokens, compact }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_punctuation_and_forms() {
        let n = |s| normalise_name(s, &[]).compact;
        assert_eq!(n("Visit Lillehammer. AS"), n("Visit Lillehammer AS"));
        assert_eq!(n("Innkjøps-samarbeid"), n("Innkjøpssamarbeid"));
        assert_eq!(
            n("Felles renovasjonsselskap: GLØR"),
            "fellesrenovasjonsselskapglor"
        );
        assert_eq!(
            n("Gudbrandsdal krisesenter IKS"),
            n("Gudbrandsdal krisesenter*")
        );
    }

    proptest::proptest! {
        /// ASCII text folds the same without the Unicode normaliser.
        #[test]
        fn ascii_folds_as_any_text_folds(s in "[ -~]{0,40}|([A-Za-z0-9]{1,8}[ &./-]{1,2}){0,6}") {
            proptest::prop_assert_eq!(fold_ascii_words(&s), fold_any_words(&s));
        }
    }

    #[test]
    fn applies_aliases() {
        let a = [Alias {
            old: vec!["rådmanns".into(), "rådmann".into()],
            new: "kommunedirektør".into(),
        }];
        assert_eq!(
            normalise_name("Rådmannsutvalg", &a).compact,
            normalise_name("Kommunedirektørutvalg", &a).compact
        );
    }
}
