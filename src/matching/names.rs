//! A municipality named on the command line, resolved against the names the
//! documents use: exact, else the same name up to case, diacritics and a
//! trailing "kommune" (`oyer`, `ØYER`, `Øyer kommune` → `Øyer`); anything
//! else is an error that suggests the closest names.

use crate::error::Error;
use crate::i18n::Msg;
use crate::model::Municipality;

use super::normalise::fold_words;

/// Similarity (Jaro–Winkler on folded names) a known name must reach to be
/// suggested after an unknown one: `Oyre` → `Øyer` (0.93) and `Lilehammer`
/// → `Lillehammer` (0.98) are suggested, `Bergen` → `Gausdal` (0.49) is not.
pub const SUGGEST_AT: f64 = 0.80;

/// The comparison key of a name: lowercase ASCII-folded words without a
/// final "kommune" (`Øyer kommune` → `oyer`).
fn key(name: &str) -> String {
    let mut words = fold_words(name);
    if words.len() > 1 && words.last().is_some_and(|w| w == "kommune") {
        words.pop();
    }
    words.join(" ")
}

/// Resolve `query` against `known` (the municipalities the documents
/// declare, in any order) and `also` (other names a filter may take, such
/// as partners; accepted but never listed). An unknown name is a usage
/// error naming the closest municipalities, or all of them when none is
/// close.
pub fn resolve_municipality(
    query: &str,
    known: &[Municipality],
    also: &[Municipality],
) -> Result<Municipality, Error> {
    for names in [known, also] {
        if let Some(m) = names.iter().find(|m| m.as_str() == query) {
            return Ok(m.clone());
        }
    }
    let q = key(query);
    for names in [known, also] {
        let mut hits: Vec<&Municipality> = names.iter().filter(|m| key(m.as_str()) == q).collect();
        hits.sort();
        hits.dedup();
        if let [one] = hits.as_slice() {
            return Ok((*one).clone());
        }
    }
    let mut all: Vec<&str> = known.iter().map(|m| m.as_str()).collect();
    all.sort_unstable();
    all.dedup();
    let mut close: Vec<(f64, &str)> = all
        .iter()
        .map(|m| (strsim::jaro_winkler(&q, &key(m)), *m))
        .filter(|(s, _)| *s >= SUGGEST_AT)
        .collect();
    // Best first; ties by name, so the message is deterministic.
    close.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    let quote = |v: Vec<&str>| v.join(", ");
    let known_text = quote(all.clone());
    if close.is_empty() {
        Err(Error::usage(
            Msg::UsageUnknownMunicipality,
            vec![("name", query.into()), ("known", known_text.into())],
        ))
    } else {
        let closest = quote(close.into_iter().take(3).map(|(_, m)| m).collect());
        Err(Error::usage(
            Msg::UsageUnknownMunicipalityClosest,
            vec![
                ("name", query.into()),
                ("closest", closest.into()),
                ("known", known_text.into()),
            ],
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known() -> Vec<Municipality> {
        ["Øyer", "Gausdal", "Lillehammer", "Innlandet fylkeskommune"]
            .into_iter()
            .map(Municipality::from)
            .collect()
    }

    #[test]
    fn obvious_spellings_resolve() {
        for q in [
            "Øyer",
            "øyer",
            "Oyer",
            "OYER",
            "Øyer kommune",
            " øyer  kommune ",
        ] {
            assert_eq!(
                resolve_municipality(q, &known(), &[]).unwrap().as_str(),
                "Øyer",
                "{q}"
            );
        }
        assert_eq!(
            resolve_municipality("innlandet fylkeskommune", &known(), &[])
                .unwrap()
                .as_str(),
            "Innlandet fylkeskommune"
        );
    }

    #[test]
    fn unknown_names_are_errors_with_suggestions() {
        let e = resolve_municipality("Bergen", &known(), &[])
            .unwrap_err()
            .to_string();
        assert!(e.contains("unknown municipality `Bergen`"), "{e}");
        assert!(
            e.contains("Gausdal, Innlandet fylkeskommune, Lillehammer, Øyer"),
            "{e}"
        );
        let e = resolve_municipality("Lilehammer", &known(), &[])
            .unwrap_err()
            .to_string();
        assert!(e.contains("did you mean Lillehammer?"), "{e}");
        // Other names are accepted but not suggested.
        let also = [Municipality::from("Ringebu")];
        assert_eq!(
            resolve_municipality("ringebu kommune", &known(), &also)
                .unwrap()
                .as_str(),
            "Ringebu"
        );
        let e = resolve_municipality("Bergen", &known(), &also)
            .unwrap_err()
            .to_string();
        assert!(!e.contains("Ringebu"), "{e}");
        // "kommune" alone is not a name.
        assert!(resolve_municipality("kommune", &known(), &[]).is_err());
    }
}
