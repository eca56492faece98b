//! The words of columns and marks (`data/import-vocabulary.json`), and the
//! folding that compares printed words with them.

use std::collections::BTreeMap;

use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;

use crate::model::Participation;

/// Most words a header cell has for [`Vocabulary::role_within`] to read
/// a role in it.
pub const MAX_HEADER_WORDS: usize = 4;

/// The embedded vocabulary file.
pub const VOCABULARY_JSON: &str = include_str!("../../data/import-vocabulary.json");

/// What a column of an overview table holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// The arrangement's name.
    Name,
    /// Its policy area (fagområde).
    Category,
    /// Its legal or organisational form.
    Form,
    /// The host municipality.
    Host,
    /// Free comments.
    Comment,
    /// The arrangement's state as a word ("Aktiv", "Avviklet", "Under
    /// utredning"), read with the comment's status phrases.
    Status,
    /// The document's own key (an id or organisation number).
    Id,
    /// The participating municipalities as one list per row ("Gausdal,
    /// Lillehammer og Øyer"), in place of a column per municipality.
    Members,
}

#[derive(Debug, Deserialize)]
struct File {
    roles: BTreeMap<Role, Vec<String>>,
    municipality_suffixes: Vec<String>,
    marks: Marks,
    totals_rows: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Marks {
    yes: Vec<String>,
    no: Vec<String>,
    unknown: Vec<String>,
}

/// The vocabulary, folded for comparison.
#[derive(Debug, Clone)]
pub struct Vocabulary {
    roles: BTreeMap<String, Role>,
    suffixes: Vec<String>,
    marks: BTreeMap<String, Participation>,
    totals: Vec<String>,
}

impl Vocabulary {
    /// The embedded vocabulary, parsed once per process (per-row callers
    /// such as the host column must not parse it again).
    pub fn shared() -> &'static Self {
        static SHARED: std::sync::OnceLock<Vocabulary> = std::sync::OnceLock::new();
        SHARED.get_or_init(Self::embedded)
    }

    /// The embedded vocabulary.
    pub fn embedded() -> Self {
        // The file ships inside the binary and a unit test parses it, so a
        // failure here is a build defect, not bad input.
        let f: File = serde_json::from_str(VOCABULARY_JSON).expect("embedded import vocabulary");
        let mut roles = BTreeMap::new();
        for (role, words) in f.roles {
            for w in words {
                roles.insert(fold(&w), role);
            }
        }
        let mut marks = BTreeMap::new();
        for (p, words) in [
            (Participation::Yes, f.marks.yes),
            (Participation::No, f.marks.no),
            (Participation::Unknown, f.marks.unknown),
        ] {
            for w in words {
                marks.insert(fold_mark(&w), p);
            }
        }
        Vocabulary {
            roles,
            suffixes: f.municipality_suffixes.iter().map(|s| fold(s)).collect(),
            marks,
            totals: f.totals_rows,
        }
    }

    /// Whether `cell` is a totals word ("Totalt", "Sum:"), any case.
    pub fn is_totals_word(&self, cell: &str) -> bool {
        let cell = cell.trim_end_matches([':', '.', ' ']);
        self.totals.iter().any(|t| t.eq_ignore_ascii_case(cell))
    }

    /// A totals row ("Totalt;;12;9;7", "Sum:"): its name is a totals word
    /// (any case, without trailing punctuation) and its municipality cells
    /// are counts or empty. It sums the columns and is no arrangement.
    /// Compared without a copy: a register asks this of every row.
    pub fn is_totals_row<'a>(&self, name: &str, marks: impl IntoIterator<Item = &'a str>) -> bool {
        // The marks first: a row of "x" fails at its first mark.
        marks
            .into_iter()
            .all(|c| c.trim().bytes().all(|b| b.is_ascii_digit()))
            && self.is_totals_word(name)
    }

    /// The role a header cell names, if any.
    pub fn role(&self, header: &str) -> Option<Role> {
        self.roles.get(&fold(header)).copied()
    }

    /// The role whose words a longer header contains ("Juridisk
    /// organisering", "Vertskommune (ansvarlig)"), when they all name one
    /// role. Only short headers (a sentence of prose is no header), never
    /// the members role (its words are common in prose: "andre kommuner"),
    /// and municipality suffixes ("kommune") and words shorter than four
    /// letters do not count, so "Øyer kommune" names no role.
    pub fn role_within(&self, header: &str) -> Option<Role> {
        let folded = fold(header);
        if folded.split(' ').count() > MAX_HEADER_WORDS {
            return None;
        }
        let padded = format!(" {folded} ");
        let mut found = None;
        for (word, role) in &self.roles {
            if *role == Role::Members || word.chars().count() < 4 || self.suffixes.contains(word) {
                continue;
            }
            if padded.contains(&format!(" {word} ")) {
                match found {
                    None => found = Some(*role),
                    Some(r) if r != *role => return None,
                    Some(_) => {}
                }
            }
        }
        found
    }

    /// What a participation cell says, if it is a mark.
    pub fn mark(&self, cell: &str) -> Option<Participation> {
        self.marks.get(&fold_mark(cell)).copied()
    }

    /// A header cell's municipality key: folded, without a trailing
    /// "kommune" (`Øyer kommune`, `ØYER`, `Oyer` all give `oyer`).
    pub fn municipality_key(&self, header: &str) -> String {
        let f = fold(header);
        for s in &self.suffixes {
            if let Some(stem) = f.strip_suffix(&format!(" {s}")) {
                return stem.to_owned();
            }
        }
        f
    }

    /// The printed municipality name a header cell stands for, without the
    /// suffix: `Øyer kommune` is `Øyer`; an all-capital `ØYER` is `Øyer`.
    pub fn municipality_display(&self, header: &str) -> String {
        let words: Vec<&str> = header.split_whitespace().collect();
        let mut end = words.len();
        if end > 1 && self.suffixes.contains(&fold(words[end - 1])) {
            end -= 1;
        }
        let name = words[..end].join(" ");
        if name.chars().any(char::is_lowercase) {
            name
        } else {
            title_case(&name)
        }
    }
}

fn title_case(s: &str) -> String {
    let mut out = String::new();
    let mut start = true;
    for c in s.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphanumeric();
    }
    out
}

/// Fold a word for comparison: lowercase, diacritics removed (`ø` is `o`,
/// `æ` is `ae`), punctuation as spaces, spaces collapsed.
pub fn fold(s: &str) -> String {
    let mut out = String::new();
    for c in s.nfkd() {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        match c {
            'æ' | 'Æ' => out.push_str("ae"),
            'ø' | 'Ø' => out.push('o'),
            c if c.is_alphanumeric() => out.extend(c.to_lowercase()),
            _ => out.push(' '),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Fold a mark: lowercase and trimmed, symbols kept (`?`, `✓`, `-`).
fn fold_mark(s: &str) -> String {
    s.trim().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_marks() {
        let v = Vocabulary::embedded();
        assert_eq!(v.role("Type samarbeid"), Some(Role::Form));
        assert_eq!(v.role("ORG.NR"), Some(Role::Id));
        assert_eq!(v.role("Merknader"), Some(Role::Comment));
        assert_eq!(v.role("Driftsstatus"), Some(Role::Status));
        assert!(v.is_totals_row("Totalt", ["12", "", "9"]));
        assert!(v.is_totals_row("SUM:", ["3"]));
        assert!(!v.is_totals_row("Totalt", ["x", "3"]), "a mark is no count");
        assert!(!v.is_totals_row("Summen av tiltak", ["3"]));
        assert_eq!(v.role_within("Juridisk organisering"), Some(Role::Form));
        assert_eq!(v.role_within("Vertskommune (ansvarlig)"), Some(Role::Host));
        assert_eq!(v.role_within("Øyer kommune"), None);
        assert_eq!(v.role_within("Navn og merknad"), None);
        assert_eq!(v.role("Fagområde"), Some(Role::Category));
        assert_eq!(v.role("Øyer"), None);
        for m in ["x", "X", "ja", "Ja", "✓", "✔", "1"] {
            assert_eq!(v.mark(m), Some(Participation::Yes), "{m}");
        }
        for m in ["", "nei", "-", "0"] {
            assert_eq!(v.mark(m), Some(Participation::No), "{m}");
        }
        for m in ["?", "uklart", "Uklart"] {
            assert_eq!(v.mark(m), Some(Participation::Unknown), "{m}");
        }
        assert_eq!(v.mark("kanskje"), None);
    }

    #[test]
    fn municipality_headers() {
        let v = Vocabulary::embedded();
        for h in ["Øyer", "ØYER", "Oyer", "Øyer kommune", "øyer KOMMUNE"] {
            assert_eq!(v.municipality_key(h), "oyer", "{h}");
        }
        assert_eq!(v.municipality_display("Øyer kommune"), "Øyer");
        assert_eq!(v.municipality_display("ØYER"), "Øyer");
        assert_eq!(v.municipality_display("NORD-FRON"), "Nord-Fron");
        assert_eq!(v.municipality_key("Kommune"), "kommune");
    }
}
