//! Does a cited source line mention an arrangement? Tolerant of spelling,
//! since PDF extraction wraps names over lines and documents misspell them.

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfkc_quick};

/// Share of a name's words that must be found in the cited text. Two thirds
/// lets one word of a three-word name be misspelt beyond recognition or
/// wrapped away, while a line about something else still fails.
pub const MIN_WORD_SHARE: f64 = 2.0 / 3.0;

/// Two words this similar (normalised Damerau-Levenshtein, so a swapped pair of letters is one edit) count as the same word:
/// catches one-letter typos in words of five letters or more ("Felels").
pub const MIN_WORD_SIMILARITY: f64 = 0.75;

/// Lowercase, NFKC-normalised words of `s`, split on anything that is not a
/// letter or digit.
pub fn words(s: &str) -> Vec<String> {
    // Most text is already in NFKC; the quick check proves it without
    // building a normalised copy (a third of loading a large snapshot).
    let folded: String = if is_nfkc_quick(s.chars()) == IsNormalized::Yes {
        s.chars().flat_map(char::to_lowercase).collect()
    } else {
        s.nfkc().flat_map(char::to_lowercase).collect()
    };
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// `s` NFKC-normalised with runs of whitespace folded to one space, for a
/// whitespace-insensitive (but case- and spelling-exact) comparison of quotes.
pub fn fold_whitespace(s: &str) -> String {
    // Text already in NFKC (nearly all) is folded without a normalised copy.
    let normalised: std::borrow::Cow<str> = if is_nfkc_quick(s.chars()) == IsNormalized::Yes {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.nfkc().collect())
    };
    let mut out = String::with_capacity(normalised.len());
    for w in normalised.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Whether `text` mentions `name`: enough of the name's words occur in the
/// text exactly, inside a compound, or with a small typo.
pub fn mentions(text: &str, name: &str) -> bool {
    verbatim(text, name) || by_words(text, name)
}

/// [`mentions`] word by word: enough of the name's words occur in the text
/// exactly, inside a compound, or with a small typo.
fn by_words(text: &str, name: &str) -> bool {
    let name_words = words(name);
    if name_words.is_empty() {
        return false;
    }
    let text_words = words(text);
    let joined: String = text_words.concat();
    let found = name_words
        .iter()
        .filter(|w| {
            text_words.iter().any(|t| t == *w)
                || (w.chars().count() >= 4 && joined.contains(w.as_str()))
                || (w.chars().count() >= 5
                    && text_words.iter().any(|t| {
                        strsim::normalized_damerau_levenshtein(t, w) >= MIN_WORD_SIMILARITY
                    }))
        })
        .count();
    found as f64 / name_words.len() as f64 >= MIN_WORD_SHARE
}

/// Whether `text` prints `name` as it stands, as whole words: between
/// ASCII punctuation, spaces or the ends of the text. With both already in
/// NFKC, [`words`] changes each character on its own, so every word of the
/// name is then a word of the text and [`mentions`] holds, without the
/// allocations of the word-by-word comparison (the common case when a
/// snapshot is loaded: a row cites the line that prints its name).
fn verbatim(text: &str, name: &str) -> bool {
    let bytes = text.as_bytes();
    let apart = |i: Option<usize>| {
        i.is_none_or(|i| !bytes[i].is_ascii_alphanumeric() && bytes[i].is_ascii())
    };
    name.bytes().any(|b| b.is_ascii_alphanumeric())
        && text.match_indices(name).any(|(i, _)| {
            apart(i.checked_sub(1)) && apart(Some(i + name.len()).filter(|&j| j < bytes.len()))
        })
        && is_nfkc_quick(name.chars()) == IsNormalized::Yes
        && is_nfkc_quick(text.chars()) == IsNormalized::Yes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_verbatim_shortcut_agrees_with_the_words() {
        let texts = [
            "Cooperation 12\tIKS\tx",
            "Cooperation 1\tIKS",
            "x Felles NAV-kontor, Øyer",
            "Barnevern Øyer og Gausdal",
            "Barnevern Øyer og Gausdal\u{301}",
            "ISTANBUL İstanbul",
            "ﬁre station",
            "fire station",
            "",
            "-",
        ];
        let names = [
            "Cooperation 1",
            "Cooperation 12",
            "Felles NAV-kontor",
            "NAV",
            "Øyer og Gausdal",
            "Gausdal",
            "İstanbul",
            "fire station",
            "ﬁre",
            "-",
            "",
        ];
        for t in texts {
            for n in names {
                assert_eq!(mentions(t, n), by_words(t, n), "{t:?} mentions {n:?}");
            }
        }
        assert!(verbatim("Cooperation 1\tIKS", "Cooperation 1"));
        assert!(!verbatim("Cooperation 12\tIKS", "Cooperation 1"));
        assert!(!verbatim("aCooperation 1", "Cooperation 1"));
    }

    #[test]
    fn folds_whitespace_as_the_normalised_text_splits() {
        for s in [
            "",
            " ",
            "a  b\tc\n",
            " ﬁ  x ",
            "e\u{301}  ø",
            "\u{a0}a\u{2003}b ",
        ] {
            let want = s
                .nfkc()
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            assert_eq!(fold_whitespace(s), want, "{s:?}");
        }
    }

    #[test]
    fn tolerant_of_typos_and_wrapping() {
        assert!(mentions(
            "Felels formannskapsmøter\tAvtale",
            "Felles formannskapsmøter"
        ));
        assert!(mentions(
            "Lillehammer og Gausdal Energiverk Holding AS – LGE",
            "Lillehammer og Gausdal Energiverk Holding AS – LGE"
        ));
        assert!(mentions("Innkjøps-samarbeid\tVetak", "Innkjøpssamarbeid"));
        assert!(!mentions(
            "Regional landbruksplan Vedtak x x x",
            "Felles NAV-kontor"
        ));
        assert!(!mentions("anything", ""));
    }
}
