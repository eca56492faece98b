//! Identity by key: two rows of keyed registers are the same arrangement
//! when their keys are equal (an organisation number, a registry id), and
//! the name plays no part in that. Names are used only among the rows left
//! over, to find an arrangement that was given a new key (issue 16).

use std::collections::BTreeMap;

use super::{MatchBasis, MatchOptions, Matching, match_arrangements};
use crate::model::Arrangement;

/// Keyed pairs, and the pairs of the rest that carry the same name.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KeyMatching {
    /// Pairs with equal keys (basis [`MatchBasis::Key`]); the unmatched
    /// lists hold every arrangement without a partner by key.
    pub by_key: Matching,
    /// Among the unmatched, pairs whose names are equal after normalisation
    /// and aliases (basis [`MatchBasis::Name`]): an arrangement that may
    /// have been given a new key. They are not merged into `by_key`: the
    /// register says the keys differ, so a diff still reports an ending
    /// and an addition, and the reader is told about the pair.
    pub across_keys: Matching,
}

/// Match `a` and `b` by [`Arrangement::key`]. Arrangements without a key
/// stay unmatched. Linear in the input apart from sorting the keys.
pub fn match_by_key(a: &[Arrangement], b: &[Arrangement], opts: &MatchOptions) -> KeyMatching {
    let mut keys_b: BTreeMap<&str, usize> = BTreeMap::new();
    for (j, y) in b.iter().enumerate() {
        if let Some(k) = y.key.as_deref() {
            keys_b.entry(k).or_insert(j);
        }
    }
    let mut by_key = Matching::default();
    let mut taken = vec![false; b.len()];
    for (i, x) in a.iter().enumerate() {
        match x.key.as_deref().and_then(|k| keys_b.get(k)) {
            Some(&j) if !taken[j] => {
                taken[j] = true;
                by_key.matches.push(super::Match {
                    a: i,
                    b: j,
                    score: 1.0,
                    basis: MatchBasis::Key,
                    evidence: vec![],
                });
            }
            _ => by_key.unmatched_a.push(i),
        }
    }
    by_key.unmatched_b = (0..b.len()).filter(|&j| !taken[j]).collect();
    let rest_a: Vec<Arrangement> = by_key.unmatched_a.iter().map(|&i| a[i].clone()).collect();
    let rest_b: Vec<Arrangement> = by_key.unmatched_b.iter().map(|&j| b[j].clone()).collect();
    let names = match_arrangements(&rest_a, &rest_b, opts);
    let mut across_keys = Matching::default();
    let mut paired_b = vec![false; rest_b.len()];
    let mut paired_a = vec![false; rest_a.len()];
    for m in names.matches {
        if m.basis == MatchBasis::Name {
            paired_a[m.a] = true;
            paired_b[m.b] = true;
            across_keys.matches.push(super::Match {
                a: by_key.unmatched_a[m.a],
                b: by_key.unmatched_b[m.b],
                ..m
            });
        }
    }
    across_keys.matches.sort_by_key(|m| m.a);
    across_keys.unmatched_a = (0..rest_a.len())
        .filter(|&i| !paired_a[i])
        .map(|i| by_key.unmatched_a[i])
        .collect();
    across_keys.unmatched_b = (0..rest_b.len())
        .filter(|&j| !paired_b[j])
        .map(|j| by_key.unmatched_b[j])
        .collect();
    KeyMatching {
        by_key,
        across_keys,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(key: &str, name: &str) -> Arrangement {
        let mut a = Arrangement::row(crate::import::slug(name).as_str(), name, 1);
        a.key = (!key.is_empty()).then(|| key.to_owned());
        a
    }

    #[test]
    fn pairs_by_key_whatever_the_names_and_names_only_across_keys() {
        let a = [
            row("1", "Barnevern"),
            row("2", "Brann"),
            row("3", "Renovasjon"),
            row("", "Uten nøkkel"),
        ];
        let b = [
            row("2", "Felles brannvesen"),
            row("1", "Brann"),
            row("9", "Renovasjon"),
            row("", "Uten nøkkel"),
        ];
        let m = match_by_key(&a, &b, &MatchOptions::default());
        let pairs: Vec<(usize, usize)> = m.by_key.matches.iter().map(|x| (x.a, x.b)).collect();
        // Equal names under other keys do not pair: "Brann" is key 2 before
        // and key 1 after.
        assert_eq!(pairs, [(0, 1), (1, 0)]);
        assert!(m.by_key.matches.iter().all(|x| x.basis == MatchBasis::Key));
        assert_eq!(m.by_key.unmatched_a, [2, 3]);
        assert_eq!(m.by_key.unmatched_b, [2, 3]);
        let across: Vec<(usize, usize)> =
            m.across_keys.matches.iter().map(|x| (x.a, x.b)).collect();
        assert_eq!(across, [(2, 2), (3, 3)]);
        assert!(m.across_keys.unmatched_a.is_empty());
    }
}
