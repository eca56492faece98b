//! Identity across snapshots that do not share ids (raw imports, a user's
//! own data): match arrangements by normalised name, known aliases and a
//! similarity score, with evidence from the rest of the row.
//!
//! ```
//! use samdiff::import::{ImportOptions, import_document};
//! use samdiff::matching::{MatchOptions, match_arrangements};
//!
//! let opts = ImportOptions {
//!     as_of: Some("2021".parse().unwrap()),
//!     scope: Some(vec!["A".into()]),
//!     ..Default::default()
//! };
//! let a = import_document("a.tsv", "Navn\tForm\tA\tB\nFelles formannskapsmøter\tAvtale\tx\tx\n".as_bytes(), &opts).unwrap();
//! let b = import_document("b.tsv", "Navn\tForm\tA\tB\nFelels formannskapsmøter\tAvtale\tx\tx\n".as_bytes(), &opts).unwrap();
//! let m = match_arrangements(&a.snapshot.arrangements, &b.snapshot.arrangements, &MatchOptions::default());
//! assert_eq!(m.matches.len(), 1);
//! println!("{:.2}", m.matches[0].score);
//! ```
//!
//! Pipeline: [`normalise`] the names, block with a trigram [`index`] so each
//! name meets only a few candidates, [`score`] them, and [`assign`] pairs
//! one-to-one. [`rewrite_ids`] gives the right side the left side's ids so
//! the diff, which pairs by id, can consume the result. [`names`] resolves
//! names as people type them (a municipality without its diacritics) and
//! finds the closest known names for a "did you mean".

pub mod assign;
pub mod index;
pub mod key;
pub mod names;
pub mod normalise;
pub mod score;
pub mod set;

use std::collections::{BTreeMap, BTreeSet};

use crate::i18n::Msg;
use crate::model::{Arrangement, ArrangementId, Snapshot};
use assign::Candidate;
use index::{GramIndex, Scratch, trigrams};
pub use normalise::{Alias, FoldedAliases, NormalisedName, normalise_name};
pub use score::{Evidence, EvidenceKind};

/// Default score a fuzzy pair must reach. Tuned on the 2019 → 2021 overviews
/// (tests/matching_quality.rs): typos and reworded names of the same
/// arrangement score 0.85 and above once their evidence is added, while the
/// closest pair of different arrangements ("Regional næringsplan" /
/// "Regional landbruksplan", different sections) stays below 0.70.
pub const DEFAULT_THRESHOLD: f64 = 0.80;

/// Whether equal ids on both sides mean the same arrangement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum IdPolicy {
    /// Ids are not shared (raw imports make ids from names): ignore them.
    #[default]
    Ignore,
    /// Ids are curated: an equal id is a match whatever the names say.
    Trust,
}

/// How to match.
#[derive(Debug, Clone)]
pub struct MatchOptions {
    /// Score a fuzzy pair must reach ([`DEFAULT_THRESHOLD`]).
    pub threshold: f64,
    /// Word-stem renames from the domain registry (`rådmann` → `kommunedirektør`).
    pub aliases: Vec<Alias>,
    /// Whether to trust equal ids.
    pub ids: IdPolicy,
}

impl Default for MatchOptions {
    fn default() -> Self {
        Self {
            threshold: DEFAULT_THRESHOLD,
            aliases: Vec::new(),
            ids: IdPolicy::Ignore,
        }
    }
}

/// What a match rests on, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchBasis {
    /// The same key in a keyed register (`--key`).
    Key,
    /// The same curated id.
    Id,
    /// The same name after normalisation and aliases.
    Name,
    /// A similar name whose score reached the threshold.
    Fuzzy,
}

impl MatchBasis {
    /// The lowercase name used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            MatchBasis::Key => "key",
            MatchBasis::Id => "id",
            MatchBasis::Name => "name",
            MatchBasis::Fuzzy => "fuzzy",
        }
    }
}

/// One matched pair.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    /// Index of the arrangement on the left side.
    pub a: usize,
    /// Index of the arrangement on the right side.
    pub b: usize,
    /// Score in `[0, 1]`; print with `{:.2}`.
    pub score: f64,
    /// What the match rests on.
    pub basis: MatchBasis,
    /// The evidence that decided it: the name similarity first, then the
    /// rest of the row.
    pub evidence: Vec<Evidence>,
}

/// A one-to-one matching of two lists of arrangements.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Matching {
    /// Matched pairs, by left index.
    pub matches: Vec<Match>,
    /// Left indexes without a match, ascending.
    pub unmatched_a: Vec<usize>,
    /// Right indexes without a match, ascending.
    pub unmatched_b: Vec<usize>,
}

/// Score one pair: name similarity plus evidence, clamped to `[0, 1]`.
fn score_pair(
    a: &Arrangement,
    b: &Arrangement,
    na: &NormalisedName,
    nb: &NormalisedName,
) -> (f64, Vec<Evidence>) {
    let sim = score::name_similarity(na, nb);
    let mut ev = vec![Evidence {
        kind: EvidenceKind::Name,
        weight: sim,
        detail: if na.compact == nb.compact
            && normalise_name(&a.name, &[]).compact != normalise_name(&b.name, &[]).compact
        {
            Msg::MatchSameNameAliases.into()
        } else if na.compact == nb.compact {
            Msg::MatchSameName.into()
        } else {
            Msg::MatchSimilarNames.into()
        },
    }];
    ev.extend(score::evidence(a, b));
    let total: f64 = ev.iter().map(|e| e.weight).sum();
    (total.clamp(0.0, 1.0), ev)
}

/// Match `a` against `b` one-to-one. Each left arrangement is compared only
/// with the right arrangements that share its rarest name trigrams (plus
/// those with the same normalised name, and with `IdPolicy::Trust` the same
/// id). Equal normalised names match whatever their evidence; other pairs
/// must reach `opts.threshold`.
pub fn match_arrangements(a: &[Arrangement], b: &[Arrangement], opts: &MatchOptions) -> Matching {
    let aliases = FoldedAliases::new(&opts.aliases);
    let na: Vec<NormalisedName> = a.iter().map(|x| aliases.normalise(&x.name)).collect();
    let nb: Vec<NormalisedName> = b.iter().map(|x| aliases.normalise(&x.name)).collect();
    let mut exact: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (j, n) in nb.iter().enumerate() {
        exact.entry(n.compact.as_str()).or_default().push(j);
    }
    let by_id: BTreeMap<&ArrangementId, usize> = match opts.ids {
        IdPolicy::Trust => b.iter().enumerate().map(|(j, x)| (&x.id, j)).collect(),
        IdPolicy::Ignore => BTreeMap::new(),
    };
    let mut a_counts: BTreeMap<&str, usize> = BTreeMap::new();
    for n in &na {
        *a_counts.entry(n.compact.as_str()).or_default() += 1;
    }
    let rank = |xs: &[Arrangement], ns: &[NormalisedName]| -> Vec<usize> {
        let mut order: Vec<usize> = (0..xs.len()).collect();
        order.sort_by(|&p, &q| {
            (&ns[p].compact, &xs[p].name, &xs[p].id, p).cmp(&(
                &ns[q].compact,
                &xs[q].name,
                &xs[q].id,
                q,
            ))
        });
        let mut r = vec![0; xs.len()];
        for (k, i) in order.into_iter().enumerate() {
            r[i] = k;
        }
        r
    };
    let (rank_a, rank_b) = (rank(a, &na), rank(b, &nb));
    // The index holds the right side in name order, so its tie-breaks do
    // not depend on input order either; `by_rank` maps back.
    let mut by_rank = vec![0; b.len()];
    for (j, &r) in rank_b.iter().enumerate() {
        by_rank[r] = j;
    }
    let gb: Vec<Vec<u64>> = by_rank.iter().map(|&j| trigrams(&nb[j].compact)).collect();
    let index = GramIndex::build(&gb);
    let mut scratch = Scratch::default();
    let mut cands = Vec::new();
    let mut evidence: BTreeMap<(usize, usize), Vec<Evidence>> = BTreeMap::new();
    for (i, x) in a.iter().enumerate() {
        if let Some(&j) = by_id.get(&x.id) {
            let (_, ev) = score_pair(x, &b[j], &na[i], &nb[j]);
            cands.push(Candidate {
                a: i,
                b: j,
                score: 1.0,
                basis: MatchBasis::Id,
                tie_a: rank_a[i],
                tie_b: rank_b[j],
            });
            evidence.insert((i, j), ev);
        }
        let mut seen = BTreeSet::new();
        let same_name = exact
            .get(na[i].compact.as_str())
            .cloned()
            .unwrap_or_default();
        // A name with exactly one counterpart of the same name, unique on
        // its own side too, is compared with that counterpart only.
        let unique_pair = same_name.len() == 1 && a_counts.get(na[i].compact.as_str()) == Some(&1);
        let fuzzy = if unique_pair {
            Vec::new()
        } else {
            index.candidates(&trigrams(&na[i].compact), &mut scratch)
        }
        .into_iter()
        .map(|r| by_rank[r as usize]);
        for j in same_name.iter().copied().chain(fuzzy) {
            if !seen.insert(j) {
                continue;
            }
            let (s, ev) = score_pair(x, &b[j], &na[i], &nb[j]);
            let basis = if !na[i].compact.is_empty() && na[i].compact == nb[j].compact {
                MatchBasis::Name
            } else {
                MatchBasis::Fuzzy
            };
            if basis == MatchBasis::Name || s >= opts.threshold {
                cands.push(Candidate {
                    a: i,
                    b: j,
                    score: s,
                    basis,
                    tie_a: rank_a[i],
                    tie_b: rank_b[j],
                });
                evidence.entry((i, j)).or_insert(ev);
            }
        }
    }
    let chosen = assign::assign(cands, a.len(), b.len());
    let mut used_a = vec![false; a.len()];
    let mut used_b = vec![false; b.len()];
    let matches = chosen
        .into_iter()
        .map(|c| {
            used_a[c.a] = true;
            used_b[c.b] = true;
            Match {
                a: c.a,
                b: c.b,
                score: c.score,
                basis: c.basis,
                evidence: evidence.remove(&(c.a, c.b)).unwrap_or_default(),
            }
        })
        .collect();
    Matching {
        matches,
        unmatched_a: (0..a.len()).filter(|&i| !used_a[i]).collect(),
        unmatched_b: (0..b.len()).filter(|&j| !used_b[j]).collect(),
    }
}

/// `b` with the ids of its matched arrangements replaced by their left
/// counterparts' ids, so a diff that pairs by id sees the matching. An
/// unmatched right arrangement whose id happens to be a left id gets a
/// `-new` suffix (numbered if needed), so no accidental pair remains.
pub fn rewrite_ids(a: &Snapshot, b: &Snapshot, m: &Matching) -> Snapshot {
    let a_ids: BTreeSet<&str> = a.arrangements.iter().map(|x| x.id.as_str()).collect();
    rewrite_ids_with(a, b, m, &|id| a_ids.contains(id))
}

/// [`rewrite_ids`] where `a` holds only some of its document's
/// arrangements: `a_has` says whether the whole document uses an id.
pub fn rewrite_ids_with(
    a: &Snapshot,
    b: &Snapshot,
    m: &Matching,
    a_has: &dyn Fn(&str) -> bool,
) -> Snapshot {
    let mut out = b.clone();
    rewrite_ids_in(a, &mut out, m, a_has);
    out
}

/// [`rewrite_ids_with`] on `b` itself: a register's changed rows are not
/// copied to be renamed (issue 16).
pub fn rewrite_ids_in(a: &Snapshot, b: &mut Snapshot, m: &Matching, a_has: &dyn Fn(&str) -> bool) {
    // Ids taken: `a`'s (borrowed, not copied: a register has a hundred
    // thousand) and those given to `b`'s unmatched so far.
    let a_ids: rustc_hash::FxHashSet<&str> = a.arrangements.iter().map(|x| x.id.as_str()).collect();
    let mut given: rustc_hash::FxHashSet<String> = rustc_hash::FxHashSet::default();
    let taken =
        |id: &str, given: &rustc_hash::FxHashSet<String>| a_ids.contains(id) || given.contains(id);
    for mt in &m.matches {
        b.arrangements[mt.b].id = a.arrangements[mt.a].id.clone();
    }
    for &j in &m.unmatched_b {
        let id = b.arrangements[j].id.as_str().to_owned();
        if a_has(id.as_str()) || taken(&id, &given) {
            let mut k = 1;
            let mut new = format!("{id}-new");
            while taken(&new, &given) || a_has(&new) {
                k += 1;
                new = format!("{id}-new-{k}");
            }
            b.arrangements[j].id = ArrangementId(new.clone());
            given.insert(new);
        } else {
            given.insert(id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arr(id: &str, name: &str) -> Arrangement {
        Arrangement::row(id, name, 1)
    }

    proptest::proptest! {
        /// Matching is one-to-one, and reordering the right side changes
        /// no pair (compared by name) and no score.
        #[test]
        fn one_to_one_and_independent_of_order(
            names_a in proptest::collection::vec("[a-e]{3,8}( [a-e]{3,8})?", 0..12),
            names_b in proptest::collection::vec("[a-e]{3,8}( [a-e]{3,8})?", 0..12),
        ) {
            let a: Vec<Arrangement> = names_a.iter().enumerate().map(|(i, n)| arr(&format!("a{i}"), n)).collect();
            let b: Vec<Arrangement> = names_b.iter().enumerate().map(|(i, n)| arr(&format!("b{i}"), n)).collect();
            let m = match_arrangements(&a, &b, &MatchOptions::default());
            let mut seen_a = BTreeSet::new();
            let mut seen_b = BTreeSet::new();
            for x in &m.matches {
                proptest::prop_assert!(seen_a.insert(x.a) && seen_b.insert(x.b));
            }
            proptest::prop_assert_eq!(m.matches.len() + m.unmatched_a.len(), a.len());
            let rev: Vec<Arrangement> = b.iter().rev().cloned().collect();
            let m2 = match_arrangements(&a, &rev, &MatchOptions::default());
            let key = |m: &Matching, b: &[Arrangement]| -> Vec<(usize, String, String)> {
                m.matches.iter().map(|x| (x.a, b[x.b].name.clone(), format!("{:.2}", x.score))).collect()
            };
            // Equal names on the right may swap places; compare names, not indexes.
            proptest::prop_assert_eq!(key(&m, &b), key(&m2, &rev));
        }
    }

    #[test]
    fn matches_typos_not_strangers_and_is_order_independent() {
        let a = vec![
            arr("a1", "Felles formannskapsmøter"),
            arr("a2", "Regional næringsplan"),
            arr("a3", "Eioff"),
        ];
        let b = vec![
            arr("b1", "Regional landbruksplan"),
            arr("b2", "Felels formannskapsmøter"),
        ];
        let m = match_arrangements(&a, &b, &MatchOptions::default());
        let pairs: Vec<(usize, usize)> = m.matches.iter().map(|x| (x.a, x.b)).collect();
        assert_eq!(pairs, [(0, 1)]);
        assert_eq!(m.unmatched_a, [1, 2]);
        let b_rev: Vec<Arrangement> = b.iter().rev().cloned().collect();
        let m2 = match_arrangements(&a, &b_rev, &MatchOptions::default());
        assert_eq!(m2.matches[0].b, 0);
        assert_eq!(
            format!("{:.2}", m.matches[0].score),
            format!("{:.2}", m2.matches[0].score)
        );
    }
}
