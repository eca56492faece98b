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
    s.nfkc()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `text` mentions `name`: enough of the name's words occur in the
/// text exactly, inside a compound, or with a small typo.
pub fn mentions(text: &str, name: &str) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;

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
