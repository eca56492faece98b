//! Names as people type them on a command line: a municipality written
//! without its letters æ, ø, å, in another case or with "kommune" after it
//! ([`resolve_municipality`]), and the closest known names when a typed
//! name, code or kind is unknown ([`closest`], for a "did you mean").
//!
//! Nothing here knows any region: the known names always come from the
//! caller (the snapshots loaded, the change kinds, the finding codes).

use crate::model::Municipality;

use super::normalise::fold_words;

/// Words that may follow a municipality's name without changing which one
/// it is (`Øyer kommune`, `Øyer kommunes`).
const MUNICIPALITY_SUFFIXES: &[&str] = &["kommune", "kommunes", "kommun", "municipality"];

/// How many suggestions a "did you mean" lists at most.
pub const MAX_SUGGESTIONS: usize = 3;

/// A name folded the way a reader would compare it: lowercase, ASCII
/// (`ø` → `o`, `æ` → `ae`, `å` → `a`), punctuation as spaces, words joined
/// by one space.
pub fn fold_name(s: &str) -> String {
    fold_words(s).join(" ")
}

/// A municipality's name folded as [`fold_name`], without a trailing
/// "kommune" (`Øyer kommune` → `oyer`). A name that is only the suffix
/// keeps it.
pub fn fold_municipality(s: &str) -> String {
    let mut words = fold_words(s);
    while words.len() > 1
        && words
            .last()
            .is_some_and(|w| MUNICIPALITY_SUFFIXES.contains(&w.as_str()))
    {
        words.pop();
    }
    words.join(" ")
}

/// Why a typed municipality name did not resolve to exactly one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unresolved<'a> {
    /// No known name is that municipality; the closest ones, best first
    /// (possibly none).
    Unknown(Vec<&'a Municipality>),
    /// Several known names fold to the same text (`Ås` and `As`).
    Ambiguous(Vec<&'a Municipality>),
}

/// The known municipality `typed` names: exactly as written, else the one
/// whose name is the same up to case, diacritics, punctuation and a
/// trailing "kommune". `known` may repeat names and come in any order;
/// suggestions are deterministic.
///
/// ```
/// use samdiff::matching::names::resolve_municipality;
/// use samdiff::model::Municipality;
///
/// let known = [Municipality::from("Øyer"), Municipality::from("Gausdal")];
/// assert_eq!(resolve_municipality("oyer kommune", &known).unwrap().as_str(), "Øyer");
/// assert!(resolve_municipality("Oyre", &known).is_err());
/// ```
pub fn resolve_municipality<'a>(
    typed: &str,
    known: impl IntoIterator<Item = &'a Municipality>,
) -> Result<&'a Municipality, Unresolved<'a>> {
    let mut known: Vec<&Municipality> = known.into_iter().collect();
    known.sort();
    known.dedup();
    let typed = typed.trim();
    if let Some(m) = known.iter().find(|m| m.as_str() == typed) {
        return Ok(m);
    }
    let folded = fold_municipality(typed);
    let same: Vec<&Municipality> = known
        .iter()
        .copied()
        .filter(|m| fold_municipality(m.as_str()) == folded)
        .collect();
    match same.as_slice() {
        [one] => Ok(one),
        [] => {
            let names: Vec<&str> = known.iter().map(|m| m.as_str()).collect();
            let best = closest_by(&folded, &names, fold_municipality);
            Err(Unresolved::Unknown(
                best.into_iter()
                    .filter_map(|n| known.iter().copied().find(|m| m.as_str() == n))
                    .collect(),
            ))
        }
        _ => Err(Unresolved::Ambiguous(same)),
    }
}

/// The known names closest to `typed`, at most [`MAX_SUGGESTIONS`]: the
/// nearest of the names within a small edit distance of it (a typo, a
/// swapped pair of letters, a missing letter) or, if none, of those that
/// start with it. Compared folded ([`fold_name`]); ties keep `candidates`'
/// order.
///
/// ```
/// use samdiff::matching::names::closest;
///
/// assert_eq!(closest("lgo", ["list", "log", "diff"]), vec!["log"]);
/// assert!(closest("zzz", ["list", "log"]).is_empty());
/// ```
pub fn closest<'a>(typed: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let candidates: Vec<&str> = candidates.into_iter().collect();
    closest_by(&fold_name(typed), &candidates, fold_name)
}

/// [`closest`] with the fold used for the candidates (`typed` is folded
/// already).
fn closest_by<'a>(typed: &str, candidates: &[&'a str], fold: fn(&str) -> String) -> Vec<&'a str> {
    let typed_len = typed.chars().count();
    // One letter is close to everything.
    if typed_len < 2 {
        return Vec::new();
    }
    let mut scored: Vec<(usize, usize, &str)> = Vec::new();
    for (i, c) in candidates.iter().enumerate() {
        let folded = fold(c);
        let distance = strsim::osa_distance(typed, &folded);
        let longest = typed_len.max(folded.chars().count());
        let close = distance <= max_distance(longest);
        let prefix = folded.starts_with(typed);
        if close || prefix {
            // A prefix ranks as a near miss: after a typo of one letter,
            // before anything further away.
            let rank = if close { distance } else { 2 };
            scored.push((rank, i, c));
        }
    }
    scored.sort();
    // Only the nearest: a typo one letter off hides those two letters off.
    let best = scored.first().map(|s| s.0);
    let mut out: Vec<&str> = Vec::new();
    for (_, _, c) in scored.into_iter().filter(|s| Some(s.0) == best) {
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out.truncate(MAX_SUGGESTIONS);
    out
}

/// How many edits make two names of up to `len` letters "close": one in a
/// short name (`lgo`, `log`), about a third of a long one, so a typo or two
/// is caught and unrelated words of the same length are not.
fn max_distance(len: usize) -> usize {
    (len / 3).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn munis(names: &[&str]) -> Vec<Municipality> {
        names.iter().map(|n| Municipality::from(*n)).collect()
    }

    #[test]
    fn obvious_spellings_resolve() {
        let known = munis(&["Gausdal", "Lillehammer", "Øyer"]);
        for typed in [
            "Øyer",
            "øyer",
            "ØYER",
            "Oyer",
            "oyer",
            " Øyer kommune ",
            "Øyer Kommune",
            "oyer kommunes",
        ] {
            assert_eq!(
                resolve_municipality(typed, &known).map(|m| m.as_str()),
                Ok("Øyer"),
                "{typed}"
            );
        }
        assert_eq!(
            resolve_municipality("lillehammer", &known).map(|m| m.as_str()),
            Ok("Lillehammer")
        );
    }

    #[test]
    fn unknown_names_suggest_the_closest() {
        let known = munis(&["Gausdal", "Lillehammer", "Øyer"]);
        let unknown = |typed: &str| match resolve_municipality(typed, &known) {
            Err(Unresolved::Unknown(v)) => v.iter().map(|m| m.as_str()).collect::<Vec<_>>(),
            other => panic!("{typed}: {other:?}"),
        };
        assert_eq!(unknown("Oyre"), vec!["Øyer"]);
        assert_eq!(unknown("Lilehammer kommune"), vec!["Lillehammer"]);
        assert_eq!(unknown("Gausdahl"), vec!["Gausdal"]);
        assert_eq!(unknown("Lille"), vec!["Lillehammer"]);
        assert!(unknown("Bergen").is_empty());
        assert!(unknown("").is_empty());
    }

    #[test]
    fn names_that_fold_alike_are_ambiguous() {
        let known = munis(&["Ås", "As", "Ski"]);
        // Exactly as written wins.
        assert_eq!(
            resolve_municipality("Ås", &known).map(|m| m.as_str()),
            Ok("Ås")
        );
        match resolve_municipality("ÅS", &known) {
            Err(Unresolved::Ambiguous(v)) => assert_eq!(v.len(), 2),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_word_kommune_alone_is_a_name() {
        assert_eq!(fold_municipality("Kommune"), "kommune");
        assert_eq!(
            fold_municipality("Innlandet fylkeskommune"),
            "innlandet fylkeskommune"
        );
    }

    #[test]
    fn closest_is_deterministic_and_bounded() {
        let kinds = [
            "added",
            "ended",
            "renamed",
            "host_changed",
            "partner_joined",
        ];
        assert_eq!(closest("addd", kinds), vec!["added"]);
        assert_eq!(closest("ADDED", kinds), vec!["added"]);
        assert_eq!(closest("partner", kinds), vec!["partner_joined"]);
        assert_eq!(closest("hostchanged", kinds), vec!["host_changed"]);
        assert!(closest("x", kinds).is_empty());
        let many = ["aa", "ab", "ac", "ad", "ae"];
        assert_eq!(closest("a", many).len(), 0);
        assert_eq!(closest("af", many), vec!["aa", "ab", "ac"]);
    }

    proptest::proptest! {
        /// Any known name, typed in another case, without its diacritics
        /// or with "kommune" after it, resolves to itself when no two known
        /// names fold alike; a name one letter off is suggested.
        #[test]
        fn typed_spellings_resolve_to_the_name(
            names in proptest::collection::vec("[a-zæøå]{4,10}", 1..6),
            pick in 0usize..6,
            upper in proptest::bool::ANY,
            ascii in proptest::bool::ANY,
            suffix in proptest::bool::ANY,
        ) {
            let mut folded: Vec<String> = names.iter().map(|n| fold_municipality(n)).collect();
            folded.sort();
            folded.dedup();
            proptest::prop_assume!(folded.len() == names.len());
            proptest::prop_assume!(names.iter().all(|n| !MUNICIPALITY_SUFFIXES.contains(&fold_name(n).as_str())));
            let known = munis(&names.iter().map(String::as_str).collect::<Vec<_>>());
            let want = &known[pick % known.len()];
            let mut typed = want.as_str().to_owned();
            if ascii {
                typed = typed.replace('æ', "ae").replace('ø', "o").replace('å', "a");
            }
            if upper {
                typed = typed.to_uppercase();
            }
            if suffix {
                typed.push_str(" kommune");
            }
            proptest::prop_assert_eq!(resolve_municipality(&typed, &known), Ok(want));
            // Drop the last letter: not a name, but the closest is suggested.
            let short: String = {
                let mut c: Vec<char> = want.as_str().chars().collect();
                c.pop();
                c.into_iter().collect()
            };
            // (Nearest after folding: dropping an "æ" drops two folded
            // letters, so another name may be nearer; none is farther.)
            if let Err(Unresolved::Unknown(best)) = resolve_municipality(&short, &known) {
                let d = |m: &str| strsim::osa_distance(&fold_municipality(&short), &fold_municipality(m));
                proptest::prop_assert!(!best.is_empty(), "{short}: nothing suggested");
                proptest::prop_assert!(
                    best.iter().all(|b| d(b.as_str()) <= d(want.as_str())),
                    "{short}: {best:?}"
                );
            }
        }
    }
}
