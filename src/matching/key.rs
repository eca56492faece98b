//! Identity by key: two rows of keyed registers are the same arrangement
//! when their keys are equal (an organisation number, a registry id), and
//! the name plays no part in that. Names are used only among the rows left
//! over, to find an arrangement that was given a new key (issue 16).

use super::normalise::{FoldedAliases, NormalisedName};
use super::{MatchBasis, MatchOptions, Matching};
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

/// Names normalised on one thread; more are split between two.
const NAMES_PER_THREAD: usize = 8192;

/// Match `a` and `b` by [`Arrangement::key`]. Arrangements without a key
/// stay unmatched. Linear in the input apart from sorting the keys: names
/// are compared by hashing their normalised form, never pairwise.
pub fn match_by_key(a: &[Arrangement], b: &[Arrangement], opts: &MatchOptions) -> KeyMatching {
    // Hashed: a register pairs a hundred thousand keys; the order of the
    // pairs is `a`'s.
    let mut keys_b: rustc_hash::FxHashMap<&str, usize> = rustc_hash::FxHashMap::default();
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
    // Across keys: equal normalised names among the rows left over, found
    // by hashing (linear), first come first paired in row order.
    let aliases = FoldedAliases::new(&opts.aliases);
    let norm_all = |xs: &[Arrangement], idx: &[usize]| -> Vec<NormalisedName> {
        idx.iter()
            .map(|&i| aliases.normalise(&xs[i].name))
            .collect()
    };
    // A register's new and ended keys are tens of thousands: the two
    // sides' names are normalised on two threads.
    let (ua, ub) = (&by_key.unmatched_a, &by_key.unmatched_b);
    let (names_a, names_b) = crate::parallel::join(
        ua.len() + ub.len() > NAMES_PER_THREAD,
        || norm_all(a, ua),
        || norm_all(b, ub),
    );
    let mut by_name: rustc_hash::FxHashMap<String, Vec<(usize, NormalisedName)>> =
        rustc_hash::FxHashMap::default();
    for (r, n) in names_b.into_iter().enumerate().rev() {
        if !n.compact.is_empty() {
            by_name.entry(n.compact.clone()).or_default().push((r, n));
        }
    }
    let mut across_keys = Matching::default();
    let mut paired_a = vec![false; by_key.unmatched_a.len()];
    let mut paired_b = vec![false; by_key.unmatched_b.len()];
    for ((r, &i), na) in by_key.unmatched_a.iter().enumerate().zip(names_a) {
        let Some((rb, nb)) = by_name.get_mut(&na.compact).and_then(Vec::pop) else {
            continue;
        };
        let j = by_key.unmatched_b[rb];
        let (score, evidence) = super::score_pair(&a[i], &b[j], &na, &nb);
        paired_a[r] = true;
        paired_b[rb] = true;
        across_keys.matches.push(super::Match {
            a: i,
            b: j,
            score,
            basis: MatchBasis::Name,
            evidence,
        });
    }
    across_keys.matches.sort_by_key(|m| m.a);
    across_keys.unmatched_a = (0..paired_a.len())
        .filter(|&i| !paired_a[i])
        .map(|i| by_key.unmatched_a[i])
        .collect();
    across_keys.unmatched_b = (0..paired_b.len())
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
