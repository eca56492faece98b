//! The municipality columns of a `pdf-text` table whose header row was
//! lost, inferred from evidence inside the document, as the curated 2019
//! snapshot reasons (`snapshots/README.md`):
//!
//! 1. **Which municipalities.** A sentence that lists exactly as many
//!    municipalities as the fullest row has marks ("Gausdal, Lillehammer og
//!    Øyer kommuner …", "kommunene A, B og C"). Without one, nothing is
//!    inferred and every participation stays unknown.
//! 2. **Which column is whose.** At first any municipality may be in any
//!    column. A row whose *name* names some of the municipalities and whose
//!    marks, placed by their spacing, fill exactly that many columns (and no
//!    other), says those columns belong to those municipalities ("Lillehammer
//!    og Gausdal Energiverk Holding AS" with "AS x x" → columns 1 and 2 are
//!    Lillehammer and Gausdal, in some order). Each such row splits the
//!    columns into groups that belong to groups of municipalities of the
//!    same size; a row that contradicts the groups found so far is not used.
//! 3. **Participation.** A municipality is `yes` when every column of its
//!    group is marked, `no` when none is, and `unknown` otherwise. So a row
//!    marked in every column is a certain yes for everyone, whatever the
//!    order, and an order the document does not establish is never guessed.
//!
//! The work is polynomial: one pass over the lines for the listing, one
//! refinement per evidence row over at most `columns` groups.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{Municipality, Participation};

/// The columns as far as the document establishes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct InferredColumns {
    /// The municipalities, in the order the listing sentence names them.
    pub listed: Vec<Municipality>,
    /// The line of the listing sentence (1-based).
    pub listing_line: u32,
    /// Groups of columns (0-based) and the municipalities that fill them,
    /// equal in size, ordered by their first column.
    pub groups: Vec<(Vec<usize>, Vec<Municipality>)>,
    /// The lines of the rows used as evidence.
    pub evidence_lines: Vec<u32>,
}

impl InferredColumns {
    /// Number of municipality columns.
    pub fn width(&self) -> usize {
        self.listed.len()
    }

    /// Whether every column's municipality is established.
    pub fn complete(&self) -> bool {
        self.groups.iter().all(|(c, _)| c.len() == 1)
    }

    /// A left-to-right column list for the snapshot's table: exact where
    /// established; within an undecided group, the listing order (only a
    /// placeholder, as the evidence note says).
    pub fn columns(&self) -> Vec<Municipality> {
        let mut out = vec![Municipality::from(""); self.width()];
        for (cols, munis) in &self.groups {
            let mut ms = munis.clone();
            ms.sort_by_key(|m| self.listed.iter().position(|l| l == m));
            for (c, m) in cols.iter().zip(ms) {
                out[*c] = m;
            }
        }
        out
    }

    /// Participation of every municipality from the decided columns of a
    /// row (see the module documentation).
    pub fn assign(&self, decided: &[Participation]) -> BTreeMap<Municipality, Participation> {
        let mut out = BTreeMap::new();
        for (cols, munis) in &self.groups {
            let all = |p: Participation| cols.iter().all(|&c| decided[c] == p);
            let value = if all(Participation::Yes) {
                Participation::Yes
            } else if all(Participation::No) {
                Participation::No
            } else {
                Participation::Unknown
            };
            for m in munis {
                out.insert(m.clone(), value);
            }
        }
        out
    }

    /// The evidence, in words, for the snapshot's table note.
    pub fn evidence_text(&self) -> String {
        let names: Vec<&str> = self.listed.iter().map(Municipality::as_str).collect();
        let mut text = format!(
            "The PDF extraction lost the header row. Line {} lists {} municipalities ({}), as many as the fullest row has marks.",
            self.listing_line,
            self.width(),
            names.join(", ")
        );
        if self.evidence_lines.is_empty() {
            text.push_str(" No row establishes which column is whose: only rows marked in every column are decided, and the columns listed here are the listing order, not evidence.");
            return text;
        }
        let lines: Vec<String> = self.evidence_lines.iter().map(u32::to_string).collect();
        text.push_str(&format!(
            " Rows whose names name municipalities and carry exactly that many marks (line {}) place them:",
            lines.join(", ")
        ));
        for (cols, munis) in &self.groups {
            let cols: Vec<String> = cols.iter().map(|c| (c + 1).to_string()).collect();
            let munis: Vec<&str> = munis.iter().map(Municipality::as_str).collect();
            if cols.len() == 1 {
                text.push_str(&format!(" column {} is {};", cols[0], munis[0]));
            } else {
                text.push_str(&format!(
                    " columns {} are {}, in an order the document does not establish;",
                    cols.join(", "),
                    munis.join(", ")
                ));
            }
        }
        text.pop();
        text.push('.');
        if !self.complete() {
            text.push_str(" Where those columns differ, their municipalities are left unknown; the column list gives the listing order there, not evidence.");
        }
        text
    }
}

fn is_name(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-')
}

fn is_and(w: &str) -> bool {
    w == "og" || w == "and"
}

/// The first line listing exactly `n` municipalities (`A, B og C kommuner`,
/// `kommunene A, B og C`).
pub(crate) fn find_listing(lines: &[String], n: usize) -> Option<(u32, Vec<Municipality>)> {
    if n < 2 {
        return None;
    }
    for (no, line) in lines.iter().enumerate() {
        let w: Vec<&str> = line.split_whitespace().collect();
        for start in 0..w.len() {
            // Only a whole listing counts, not its tail.
            if start > 0
                && w[start - 1].ends_with(',')
                && is_name(w[start - 1].trim_end_matches(','))
            {
                continue;
            }
            let mut names = Vec::new();
            let mut j = start;
            let mut closed = false;
            while j < w.len() {
                let name = w[j].trim_end_matches([',', '.', ';', ':']);
                if !is_name(name) {
                    break;
                }
                names.push(name.to_owned());
                if closed {
                    j += 1;
                    break;
                }
                if w[j].ends_with(',') {
                    j += 1;
                } else if j + 1 < w.len() && is_and(w[j + 1]) {
                    closed = true;
                    j += 2;
                } else {
                    j += 1;
                    break;
                }
            }
            if !closed || names.len() != n {
                continue;
            }
            let after = w
                .get(j)
                .map(|t| t.trim_end_matches([',', '.']).to_lowercase());
            let before = start.checked_sub(1).map(|i| w[i].to_lowercase());
            let says_municipalities = matches!(after.as_deref(), Some("kommuner" | "kommune"))
                || matches!(before.as_deref(), Some("kommunene" | "municipalities"));
            let distinct: BTreeSet<&String> = names.iter().collect();
            if says_municipalities && distinct.len() == n {
                return Some((
                    no as u32 + 1,
                    names.into_iter().map(Municipality::from).collect(),
                ));
            }
        }
    }
    None
}

/// The municipalities of `listed` that `name` names, as whole words.
fn named_in(name: &str, listed: &[Municipality]) -> BTreeSet<Municipality> {
    let words: BTreeSet<&str> = name
        .split(|c: char| !(c.is_alphabetic() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    listed
        .iter()
        .filter(|m| words.contains(m.as_str()))
        .cloned()
        .collect()
}

/// Infer the groups from `rows`: each `(name, first line, decided columns)`.
pub(crate) fn infer(
    listing_line: u32,
    listed: Vec<Municipality>,
    rows: &[(String, u32, Vec<Participation>)],
) -> InferredColumns {
    let n = listed.len();
    let mut groups: Vec<(BTreeSet<usize>, BTreeSet<Municipality>)> =
        vec![((0..n).collect(), listed.iter().cloned().collect())];
    let mut evidence_lines = Vec::new();
    for (name, line, decided) in rows {
        let named = named_in(name, &listed);
        if named.is_empty() || named.len() >= n || decided.len() != n {
            continue;
        }
        if decided.contains(&Participation::Unknown) {
            continue;
        }
        let marked: BTreeSet<usize> = (0..n)
            .filter(|&c| decided[c] == Participation::Yes)
            .collect();
        if marked.len() != named.len() {
            continue;
        }
        let mut next = Vec::new();
        let mut consistent = true;
        for (cols, munis) in &groups {
            let c_in: BTreeSet<usize> = cols.intersection(&marked).copied().collect();
            let m_in: BTreeSet<Municipality> = munis.intersection(&named).cloned().collect();
            if c_in.len() != m_in.len() {
                consistent = false;
                break;
            }
            let c_out: BTreeSet<usize> = cols.difference(&marked).copied().collect();
            let m_out: BTreeSet<Municipality> = munis.difference(&named).cloned().collect();
            for part in [(c_in, m_in), (c_out, m_out)] {
                if !part.0.is_empty() {
                    next.push(part);
                }
            }
        }
        if consistent {
            if next.len() > groups.len() {
                evidence_lines.push(*line);
            }
            groups = next;
        }
    }
    let mut groups: Vec<(Vec<usize>, Vec<Municipality>)> = groups
        .into_iter()
        .map(|(c, m)| (c.into_iter().collect(), m.into_iter().collect()))
        .collect();
    groups.sort();
    InferredColumns {
        listed,
        listing_line,
        groups,
        evidence_lines,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Participation::{No, Unknown, Yes};

    fn m(s: &str) -> Municipality {
        Municipality::from(s)
    }

    #[test]
    fn finds_the_listing_sentence() {
        let lines: Vec<String> = [
            "Vedlegg",
            "Gausdal, Lillehammer og Øyer kommuner utgjør Lillehammer-regionen, med mange",
        ]
        .map(str::to_owned)
        .to_vec();
        assert_eq!(
            find_listing(&lines, 3),
            Some((2, vec![m("Gausdal"), m("Lillehammer"), m("Øyer")]))
        );
        assert_eq!(find_listing(&lines, 2), None);
        let lines = vec!["Samarbeid mellom kommunene Nord-Fron og Sel.".to_owned()];
        assert_eq!(
            find_listing(&lines, 2),
            Some((1, vec![m("Nord-Fron"), m("Sel")]))
        );
        let lines = vec!["Per, Pål og Espen gikk til skogen.".to_owned()];
        assert_eq!(find_listing(&lines, 3), None);
    }

    #[test]
    fn a_row_naming_its_members_splits_the_columns() {
        let listed = vec![m("A"), m("B"), m("C")];
        let rows = vec![
            ("Felles alt".to_owned(), 5, vec![Yes, Yes, Yes]),
            ("B og A Energi AS".to_owned(), 9, vec![Yes, Yes, No]),
            // Contradicts (names one, marks two): not used.
            ("C-samarbeid".to_owned(), 12, vec![Yes, No, Yes]),
        ];
        let inf = infer(1, listed, &rows);
        assert_eq!(
            inf.groups,
            vec![(vec![0, 1], vec![m("A"), m("B")]), (vec![2], vec![m("C")])]
        );
        assert_eq!(inf.evidence_lines, vec![9]);
        assert_eq!(inf.columns(), vec![m("A"), m("B"), m("C")]);
        let p = |d: [Participation; 3]| inf.assign(&d).into_values().collect::<Vec<_>>();
        assert_eq!(p([Yes, Yes, Yes]), [Yes, Yes, Yes]);
        assert_eq!(p([Yes, Yes, No]), [Yes, Yes, No]);
        assert_eq!(p([Yes, No, Yes]), [Unknown, Unknown, Yes]);
        assert_eq!(p([No, No, Unknown]), [No, No, Unknown]);
    }

    #[test]
    fn without_evidence_only_full_rows_are_decided() {
        let inf = infer(1, vec![m("A"), m("B")], &[]);
        assert!(inf.evidence_text().contains("No row establishes"));
        let p = |d: [Participation; 2]| inf.assign(&d).into_values().collect::<Vec<_>>();
        assert_eq!(p([Yes, Yes]), [Yes, Yes]);
        assert_eq!(p([Yes, No]), [Unknown, Unknown]);
    }
}
