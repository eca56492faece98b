//! Legal forms as printed, and their normalised vocabulary ids.
//!
//! The vocabulary is the one in TEAM.md ("Normalised legal-form ids"); the
//! spellings are those the overviews print. The domain registry
//! (`snapshots/registry.json`) will own this table once it is on main:
//! [`normalise_legal_form`] is the single place to switch over.

use crate::model::LegalFormField;

/// Known spellings, compared by [`form_key`]: lowercase, whitespace removed,
/// dashes unified. Each maps to a normalised id and whether the printed
/// form itself expresses doubt (`27?`).
const SPELLINGS: &[(&str, &str, bool)] = &[
    ("§27", "kl1992-s27", false),
    ("27?", "kl1992-s27", true),
    ("§27?", "kl1992-s27", true),
    ("§28-1b", "kl1992-s28-1b", false),
    ("28-1b", "kl1992-s28-1b", false),
    ("§28-1c", "kl1992-s28-1c", false),
    ("28-1c", "kl1992-s28-1c", false),
    ("kommuneloven", "kl2018-unspecified", false),
    ("iks", "iks", false),
    ("as", "as", false),
    ("aksjeselskap", "as", false),
    ("avtale", "agreement", false),
    ("vedtak", "council-decision", false),
    ("vetak", "council-decision", false),
    ("uformelt", "informal", false),
    ("samarbeidsavtale", "cooperation-agreement", false),
    ("kjøpavtjenester", "service-purchase", false),
    ("nettverk", "network", false),
    ("prosjekt", "project", false),
    ("planarbeid", "project", false),
    // kommuneloven 2018's own names, as the registry spells them; not the
    // bare word "vertskommune", which comments use for the host
    // ("Lillehammer vertskommune") and pdf-text would take for the form.
    ("vertskommunesamarbeid", "kl2018-vertskommune", false),
    ("§20-2", "kl2018-vertskommune", false),
    ("§20-3", "kl2018-vertskommune", false),
    ("kommunaltoppgavefellesskap", "kl2018-kof", false),
    ("§19-1", "kl2018-kof", false),
    ("interkommunaltpolitiskråd", "kl2018-ipr", false),
    ("§18-1", "kl2018-ipr", false),
    ("interkommunaltselskap", "iks", false),
];

/// Most whitespace-separated words a printed form spans (`§ 28 – 1 B`).
pub const MAX_FORM_WORDS: usize = 5;

/// `s` folded for comparing form spellings.
pub fn form_key(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '–' | '—' | '‑' | '−' => '-',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether `s` is a spelling of a legal form this importer knows.
pub fn is_known_form(s: &str) -> bool {
    let k = form_key(s);
    SPELLINGS.iter().any(|(sp, _, _)| *sp == k)
}

/// The legal-form field for a printed form: printed kept as is, normalised
/// id beside it when the spelling is known.
pub fn normalise_legal_form(printed: &str) -> LegalFormField {
    let k = form_key(printed);
    let hit = SPELLINGS.iter().find(|(sp, _, _)| *sp == k);
    LegalFormField {
        printed: Some(printed.to_owned()),
        normalised: hit.map(|(_, id, _)| (*id).to_owned()),
        uncertain: hit.is_some_and(|(_, _, u)| *u),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings() {
        for (p, id) in [
            ("§ 28 – 1B", "kl1992-s28-1b"),
            ("§28 – 1B", "kl1992-s28-1b"),
            ("§27", "kl1992-s27"),
            ("Kommuneloven", "kl2018-unspecified"),
            ("Vetak", "council-decision"),
            ("Aksjeselskap", "as"),
        ] {
            let f = normalise_legal_form(p);
            assert_eq!(f.normalised.as_deref(), Some(id), "{p}");
            assert_eq!(f.printed.as_deref(), Some(p));
        }
        assert!(normalise_legal_form("27?").uncertain);
        assert_eq!(normalise_legal_form("Stiftelse").normalised, None);
        assert!(!is_known_form("(IKS)"));
    }
}
