//! Scores: name similarity, plus evidence from the rest of the row that
//! separates real renames from coincidences.

use std::fmt;

use super::normalise::NormalisedName;
use crate::i18n::{Catalog, Msg, Text, TextArg};
use crate::model::{Arrangement, Participation};

/// Two words at least this similar (normalised optimal-string-alignment
/// distance) count
/// as the same word: one typo in a word of five or more letters
/// ("Felels", "Ledernetverk") stays above it.
pub const WORD_SIMILARITY: f64 = 0.8;

/// Bonus when both name the same host: a host is a strong identity signal.
pub const SAME_HOST: f64 = 0.10;
/// Penalty when both name a host and the hosts differ: a moved arrangement
/// keeps its name, so a similar name with another host is more often a
/// different arrangement (the diff still reports a real move as a host change
/// when the names are equal).
pub const OTHER_HOST: f64 = -0.15;
/// Bonus for the same section heading (category).
pub const SAME_CATEGORY: f64 = 0.05;
/// Penalty for different section headings.
pub const OTHER_CATEGORY: f64 = -0.05;
/// Bonus for the same legal-form family (a 1992 § 28-1 b row that became
/// "Kommuneloven" counts as the same family).
pub const SAME_FORM: f64 = 0.05;
/// Penalty for legal forms of different families.
pub const OTHER_FORM: f64 = -0.05;
/// Bonus for the same set of participants (all known on both sides).
pub const SAME_PARTICIPANTS: f64 = 0.03;
/// Penalty for known participants that differ.
pub const OTHER_PARTICIPANTS: f64 = -0.05;

/// What a piece of evidence is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum EvidenceKind {
    /// The names (after normalisation and aliases).
    Name,
    /// The host municipality.
    Host,
    /// The section heading.
    Category,
    /// The legal form.
    Form,
    /// The participating municipalities.
    Participants,
}

/// One reason a match scored as it did.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    /// What it is about.
    pub kind: EvidenceKind,
    /// Its contribution to the score (the name similarity for `Name`).
    pub weight: f64,
    /// Human-readable: `same host Lillehammer`, `similar names` (a
    /// catalogue text, so the CLI can print it in the reader's language).
    pub detail: Text,
}

impl Evidence {
    /// The detail and weight in `cat`'s language (`same host X +0.05`).
    pub fn render(&self, cat: &Catalog) -> String {
        self.with_weight(&self.detail.render(cat))
    }

    fn with_weight(&self, detail: &str) -> String {
        if self.kind == EvidenceKind::Name {
            format!("{detail} {:.2}", self.weight)
        } else {
            format!("{detail} {:+.2}", self.weight)
        }
    }
}

impl fmt::Display for Evidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.with_weight(&self.detail.english()))
    }
}

/// Similarity of two normalised names in `[0, 1]`: the better of the
/// edit similarity of the compact forms and a word-overlap measure that
/// credits a name contained in a longer one ([`word_similarity`]).
pub fn name_similarity(a: &NormalisedName, b: &NormalisedName) -> f64 {
    if a.compact == b.compact {
        return 1.0;
    }
    if a.compact.is_empty() || b.compact.is_empty() {
        return 0.0;
    }
    let edit = strsim::normalized_levenshtein(&a.compact, &b.compact);
    edit.max(word_similarity(a, b))
}

/// How far two names share their words, in `[0, 1]`: each word counts
/// with its best similarity to a word of the other name (1 when equal, its
/// edit similarity when close enough, else nothing), as the mean of the
/// Dice coefficient and the share of the shorter name. Long names with a
/// common beginning and ending ("Felles barnevernstjeneste", "Felles
/// brann- og feiertjeneste") are close letter by letter, not word by word.
pub fn word_similarity(a: &NormalisedName, b: &NormalisedName) -> f64 {
    if a.tokens.is_empty() || b.tokens.is_empty() {
        return 0.0;
    }
    let word_sim = |x: &String, y: &String| {
        if x == y {
            return 1.0;
        }
        let (lx, ly) = (x.chars().count(), y.chars().count());
        // The edit similarity cannot exceed 1 - |lx - ly| / max: skip pairs
        // that cannot reach the bar without computing it.
        let bound = 1.0 - lx.abs_diff(ly) as f64 / lx.max(ly) as f64;
        if lx < 5 || ly < 5 || bound < WORD_SIMILARITY {
            return 0.0;
        }
        // Optimal string alignment counts a swapped pair of letters as one
        // edit ("Felels"), like Damerau-Levenshtein, without its hash map.
        let s = 1.0 - strsim::osa_distance(x, y) as f64 / lx.max(ly) as f64;
        if s >= WORD_SIMILARITY { s } else { 0.0 }
    };
    let shared: f64 = a
        .tokens
        .iter()
        .map(|t| b.tokens.iter().map(|u| word_sim(t, u)).fold(0.0, f64::max))
        .sum();
    let (na, nb) = (a.tokens.len() as f64, b.tokens.len() as f64);
    let dice = 2.0 * shared / (na + nb);
    let overlap = shared / na.min(nb);
    0.5 * dice + 0.5 * overlap
}

/// A legal form's family: relabels across the 2018 act compare equal.
fn form_family(id: &str) -> &str {
    match id {
        "kl1992-s28-1b" | "kl1992-s28-1c" | "kl2018-vertskommune" | "kl2018-unspecified" => "host",
        "kl1992-s27" | "kl2018-kof" | "kl2018-ipr" => "board",
        "agreement" | "cooperation-agreement" | "council-decision" => "decision",
        other => other,
    }
}

fn participants(a: &Arrangement) -> Option<Vec<&str>> {
    if a.participation.is_empty()
        || a.participation
            .values()
            .any(|p| *p == Participation::Unknown)
    {
        return None;
    }
    Some(a.participants().map(|m| m.as_str()).collect())
}

/// A text about two values (`hosts differ (A / B)`).
fn pair(msg: Msg, a: &str, b: &str) -> Text {
    Text::new(msg, vec![("a", a.into()), ("b", b.into())])
}

/// Evidence beyond the name, each with its weight.
pub fn evidence(a: &Arrangement, b: &Arrangement) -> Vec<Evidence> {
    let mut out = Vec::new();
    let mut push = |kind, weight, detail: Text| {
        out.push(Evidence {
            kind,
            weight,
            detail,
        })
    };
    if let (Some(x), Some(y)) = (a.host.name(), b.host.name()) {
        if x.eq_ignore_ascii_case(y) {
            push(
                EvidenceKind::Host,
                SAME_HOST,
                Text::new(Msg::MatchSameHost, vec![("host", x.into())]),
            );
        } else {
            push(
                EvidenceKind::Host,
                OTHER_HOST,
                pair(Msg::MatchHostsDiffer, x, y),
            );
        }
    }
    if let (Some(x), Some(y)) = (&a.category, &b.category) {
        if x.trim().eq_ignore_ascii_case(y.trim()) {
            push(
                EvidenceKind::Category,
                SAME_CATEGORY,
                Msg::MatchSameCategory.into(),
            );
        } else {
            push(
                EvidenceKind::Category,
                OTHER_CATEGORY,
                Msg::MatchCategoriesDiffer.into(),
            );
        }
    }
    let form = |x: &Arrangement| x.legal_form.as_ref().and_then(|f| f.normalised.clone());
    // A form in words: the registry's label in the reader's language, or
    // the printed text where the vocabulary has none; never the id alone.
    let words = |x: &Arrangement, id: &str| TextArg::Term {
        id: id.to_owned(),
        fallback: x
            .legal_form
            .as_ref()
            .and_then(|f| f.printed.clone())
            .unwrap_or_else(|| id.to_owned()),
    };
    if let (Some(x), Some(y)) = (form(a), form(b)) {
        let forms = |msg| Text::new(msg, vec![("a", words(a, &x)), ("b", words(b, &y))]);
        if x == y {
            push(
                EvidenceKind::Form,
                SAME_FORM,
                Text::new(Msg::MatchSameForm, vec![("form", words(a, &x))]),
            );
        } else if form_family(&x) == form_family(&y) {
            push(
                EvidenceKind::Form,
                SAME_FORM,
                forms(Msg::MatchSameFormFamily),
            );
        } else {
            push(EvidenceKind::Form, OTHER_FORM, forms(Msg::MatchFormsDiffer));
        }
    }
    if let (Some(x), Some(y)) = (participants(a), participants(b)) {
        if x == y {
            push(
                EvidenceKind::Participants,
                SAME_PARTICIPANTS,
                Msg::MatchSameParticipants.into(),
            );
        } else {
            push(
                EvidenceKind::Participants,
                OTHER_PARTICIPANTS,
                Msg::MatchParticipantsDiffer.into(),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matching::normalise::normalise_name;

    fn sim(a: &str, b: &str) -> f64 {
        name_similarity(&normalise_name(a, &[]), &normalise_name(b, &[]))
    }

    #[test]
    fn similar_names_score_high_and_others_low() {
        assert!(sim("Felles formannskapsmøter", "Felels formannskapsmøter") > 0.9);
        assert!(
            sim(
                "Voksenopplæring, enkeltpersoner – skriftlig avtale",
                "Voksenopplæring"
            ) >= 0.7
        );
        assert!(sim("Regional næringsplan", "Regional landbruksplan") < 0.7);
        assert_eq!(sim("Innkjøps-samarbeid", "Innkjøpssamarbeid"), 1.0);
    }
}
