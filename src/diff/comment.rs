//! Text comparison: cosmetic equality, similarity scores and word diffs.

use similar::{ChangeTag, TextDiff};

use super::change::{WordEdit, WordOp};

/// The text with case, punctuation and whitespace removed: two texts with
/// the same key differ only cosmetically.
pub fn cosmetic_key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether `a` and `b` differ only in case, punctuation or whitespace.
pub fn cosmetically_equal(a: &str, b: &str) -> bool {
    cosmetic_key(a) == cosmetic_key(b)
}

/// Spellings of one word that change nothing in a comment: the older and
/// newer Norwegian abbreviation of "jamfør" (`Jfr.` / `Jf.`). Language, not
/// region: any overview written in Norwegian uses them.
const SAME_WORDS: &[(&str, &str)] = &[("jfr", "jf")];

/// Words whose presence or absence changes nothing in a comment: "Ringebu"
/// and "Ringebu kommune" name the same municipality.
const FILLER_WORDS: &[&str] = &["kommune"];

/// A comment reduced to what it says: its sentences (split at `.` and `;`),
/// each as lowercase words without punctuation, abbreviations unified and
/// filler words dropped, sorted, so that reordering whole sentences is
/// cosmetic but moving a word from one sentence to another is not.
fn comment_key(s: &str) -> Vec<String> {
    let mut sentences: Vec<String> = s
        .split(['.', ';'])
        .map(|sentence| {
            sentence
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .map(|w| {
                    SAME_WORDS
                        .iter()
                        .find(|(old, _)| *old == w)
                        .map(|(_, new)| (*new).to_owned())
                        .unwrap_or(w)
                })
                .filter(|w| !FILLER_WORDS.contains(&w.as_str()))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|s| !s.is_empty())
        .collect();
    sentences.sort();
    sentences
}

/// Whether two comments say the same thing: they differ only in case,
/// punctuation, whitespace, the order of whole sentences, an abbreviation's
/// spelling (`Jfr.` / `Jf.`) or a filler word ("Lillehammer" / "Lillehammer
/// kommune").
pub fn comments_cosmetically_equal(a: &str, b: &str) -> bool {
    cosmetically_equal(a, b) || comment_key(a) == comment_key(b)
}

/// Similarity of two texts from 0 (nothing in common) to 1 (equal),
/// ignoring case and surrounding whitespace, rounded to two decimals so the
/// value is stable across platforms and prints the same everywhere.
/// Symmetric: `similarity(a, b) == similarity(b, a)`.
pub fn similarity(a: &str, b: &str) -> f64 {
    let a = a.trim().to_lowercase();
    let b = b.trim().to_lowercase();
    let s = strsim::normalized_levenshtein(&a, &b);
    (s * 100.0).round() / 100.0
}

/// Word-level diff of two comments, merging adjacent runs of the same op.
pub fn word_diff(before: &str, after: &str) -> Vec<WordEdit> {
    let diff = TextDiff::from_words(before, after);
    let mut out: Vec<WordEdit> = Vec::new();
    for ch in diff.iter_all_changes() {
        let op = match ch.tag() {
            ChangeTag::Equal => WordOp::Equal,
            ChangeTag::Delete => WordOp::Delete,
            ChangeTag::Insert => WordOp::Insert,
        };
        let text = ch.value();
        match out.last_mut() {
            Some(last) if last.op == op => last.text.push_str(text),
            _ => out.push(WordEdit {
                op,
                text: text.to_owned(),
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cosmetic_differences() {
        assert!(cosmetically_equal(
            "Med Ringebu. Lillehammer vertskommune",
            "Med Ringebu, lillehammer  vertskommune."
        ));
        assert!(!cosmetically_equal("Vetak", "Vedtak"));
    }

    #[test]
    fn issue12_p10_comment_edits_that_say_the_same_are_cosmetic() {
        let same = comments_cosmetically_equal;
        assert!(same(
            "Jfr. digitaliseringsstrategien vedtatt i kommunestyrene",
            "Jf. Digitaliseringsstrategien vedtatt i kommunestyrene."
        ));
        assert!(same(
            "Kjøp av tjenester fra Lillehammer",
            "Kjøp av tjenester fra Lillehammer kommune."
        ));
        assert!(same(
            "Med Ringebu. Lillehammer vertskommune",
            "Lillehammer vertskommune. Med Ringebu kommune."
        ));
        // a host moved between sentences is not cosmetic
        assert!(!same(
            "Lillehammer vertskommune. Med Øyer",
            "Øyer vertskommune. Med Lillehammer"
        ));
        assert!(!same("Med flere kommuner", "Med flere deltakerkommuner"));
    }

    #[test]
    fn similarity_is_symmetric_and_rounded() {
        let a = similarity("Rådmannsutvalg", "Kommunedirektørutvalg");
        assert_eq!(a, similarity("Kommunedirektørutvalg", "Rådmannsutvalg"));
        assert_eq!(a, (a * 100.0).round() / 100.0);
        assert_eq!(similarity("X", "x"), 1.0);
    }

    #[test]
    fn word_diff_marks_inserted_words() {
        let d = word_diff("Med Oppland fylkeskommune", "Med Innlandet fylkeskommune.");
        let ins: String = d
            .iter()
            .filter(|e| e.op == WordOp::Insert)
            .map(|e| e.text.as_str())
            .collect();
        let del: String = d
            .iter()
            .filter(|e| e.op == WordOp::Delete)
            .map(|e| e.text.as_str())
            .collect();
        assert!(ins.contains("Innlandet"), "{d:?}");
        assert!(del.contains("Oppland"), "{d:?}");
        let rebuilt_after: String = d
            .iter()
            .filter(|e| e.op != WordOp::Delete)
            .map(|e| e.text.as_str())
            .collect();
        assert_eq!(rebuilt_after, "Med Innlandet fylkeskommune.");
    }
}
