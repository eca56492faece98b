//! One-to-one assignment: greedy by score, with an explicit total order so
//! the result never depends on input order or hashing.

use super::MatchBasis;

/// A scored candidate pair.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// Index on the left side.
    pub a: usize,
    /// Index on the right side.
    pub b: usize,
    /// Final score.
    pub score: f64,
    /// What the match rests on.
    pub basis: MatchBasis,
    /// Rank of the left item in name order, for ties (so that input order
    /// does not decide).
    pub tie_a: usize,
    /// Rank of the right item in name order, for ties.
    pub tie_b: usize,
}

/// Choose pairs so that each side is used at most once: best score first;
/// on equal scores an id match before a name match before a fuzzy one, then
/// the left item first in name order, then the right one (`tie_a`, `tie_b`).
pub fn assign(mut cands: Vec<Candidate>, na: usize, nb: usize) -> Vec<Candidate> {
    cands.sort_by(|x, y| {
        y.score
            .total_cmp(&x.score)
            .then(x.basis.cmp(&y.basis))
            .then(x.tie_a.cmp(&y.tie_a))
            .then(x.tie_b.cmp(&y.tie_b))
    });
    let mut used_a = vec![false; na];
    let mut used_b = vec![false; nb];
    let mut out = Vec::new();
    for c in cands {
        if !used_a[c.a] && !used_b[c.b] {
            used_a[c.a] = true;
            used_b[c.b] = true;
            out.push(c);
        }
    }
    out.sort_by_key(|c| (c.a, c.b));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_to_one_and_order_independent() {
        let c = |a, b, score| Candidate {
            a,
            b,
            score,
            basis: MatchBasis::Fuzzy,
            tie_a: a,
            tie_b: b,
        };
        let cands = vec![c(0, 0, 0.9), c(1, 0, 0.95), c(0, 1, 0.85), c(1, 1, 0.8)];
        let mut rev = cands.clone();
        rev.reverse();
        let got: Vec<(usize, usize)> = assign(cands, 2, 2).iter().map(|c| (c.a, c.b)).collect();
        let got_rev: Vec<(usize, usize)> = assign(rev, 2, 2).iter().map(|c| (c.a, c.b)).collect();
        assert_eq!(got, [(0, 1), (1, 0)]);
        assert_eq!(got, got_rev);
    }
}
