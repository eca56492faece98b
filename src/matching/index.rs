//! Blocking: an inverted index of character trigrams over one side's
//! compact names, so each name is compared only with the few names that
//! share its rarest trigrams, never with all of them.

use std::collections::HashMap;

/// Trigrams of each query looked up in the index: the rarest ones that
/// occur on the other side at all. Eight survive an edit of two or three
/// characters (each edit spoils at most three trigrams) in a name of
/// typical length, while keeping the posting lists read per name short.
pub const RARE_GRAMS: usize = 8;

/// Candidates scored per name: the names sharing the most looked-up
/// trigrams. A true counterpart shares nearly all of them, so a handful
/// suffices; more only costs time.
pub const MAX_CANDIDATES: usize = 8;

/// A candidate must share at least 1/`MIN_SHARED_DIVISOR` of the looked-up
/// trigrams: an edit of up to three characters spoils at most nine
/// trigrams, but the rarest eight are spread over the name, so a true
/// counterpart keeps well over a third of them.
pub const MIN_SHARED_DIVISOR: u32 = 3;

/// Trigrams of `s` (with boundary markers), each packed into a `u64`,
/// sorted and without repeats.
pub fn trigrams(s: &str) -> Vec<u64> {
    let chars: Vec<char> = std::iter::once('\u{2}')
        .chain(s.chars())
        .chain(std::iter::once('\u{3}'))
        .collect();
    let mut out: Vec<u64> = chars
        .windows(3)
        .map(|w| ((w[0] as u64) << 42) | ((w[1] as u64) << 21) | w[2] as u64)
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Trigram postings over one side's names. The `HashMap` is internal: its
/// order never reaches output, since candidates are sorted before use.
#[derive(Debug, Default)]
pub struct GramIndex {
    postings: HashMap<u64, Vec<u32>>,
    len: usize,
}

impl GramIndex {
    /// Index the trigram sets of `names` (position = id).
    pub fn build(grams: &[Vec<u64>]) -> Self {
        let mut postings: HashMap<u64, Vec<u32>> = HashMap::new();
        for (i, gs) in grams.iter().enumerate() {
            for g in gs {
                postings.entry(*g).or_default().push(i as u32);
            }
        }
        Self {
            postings,
            len: grams.len(),
        }
    }

    /// How many indexed names contain `g`.
    fn df(&self, g: u64) -> usize {
        self.postings.get(&g).map_or(0, Vec::len)
    }

    /// Up to [`MAX_CANDIDATES`] indexed names sharing the most of the
    /// query's [`RARE_GRAMS`] rarest trigrams, best first (ties by position).
    /// `counts` is scratch space, reused between queries.
    pub fn candidates(&self, query: &[u64], counts: &mut Scratch) -> Vec<u32> {
        let mut gs: Vec<(usize, u64)> = query
            .iter()
            .map(|&g| (self.df(g), g))
            .filter(|&(df, _)| df > 0)
            .collect();
        gs.sort_unstable();
        counts.ensure(self.len);
        for &(_, g) in gs.iter().take(RARE_GRAMS) {
            if let Some(p) = self.postings.get(&g) {
                for &i in p {
                    counts.bump(i);
                }
            }
        }
        let looked_up = gs.len().min(RARE_GRAMS) as u32;
        let mut hits = counts.drain();
        // A counterpart keeps most of the rare trigrams; a name sharing fewer
        // than a third of them cannot score near the threshold.
        let best = hits.iter().map(|h| h.1).max().unwrap_or(0);
        // ... nor one sharing less than half of what the best one shares.
        hits.retain(|&(_, c)| c * MIN_SHARED_DIVISOR >= looked_up && 2 * c >= best);
        let order = |a: &(u32, u32), b: &(u32, u32)| b.1.cmp(&a.1).then(a.0.cmp(&b.0));
        if hits.len() > MAX_CANDIDATES {
            hits.select_nth_unstable_by(MAX_CANDIDATES - 1, order);
            hits.truncate(MAX_CANDIDATES);
        }
        hits.sort_unstable_by(order);
        hits.into_iter().map(|(i, _)| i).collect()
    }
}

/// Reusable counters for [`GramIndex::candidates`].
#[derive(Debug, Default)]
pub struct Scratch {
    counts: Vec<u32>,
    touched: Vec<u32>,
}

impl Scratch {
    fn ensure(&mut self, n: usize) {
        if self.counts.len() < n {
            self.counts.resize(n, 0);
        }
    }

    fn bump(&mut self, i: u32) {
        let c = &mut self.counts[i as usize];
        if *c == 0 {
            self.touched.push(i);
        }
        *c += 1;
    }

    fn drain(&mut self) -> Vec<(u32, u32)> {
        let out = self
            .touched
            .iter()
            .map(|&i| (i, std::mem::take(&mut self.counts[i as usize])))
            .collect();
        self.touched.clear();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_edited_names_among_others() {
        let names = [
            "fellesbrannogfeiertjeneste",
            "regionallandbruksplan",
            "regionalnaeringsplan",
        ];
        let grams: Vec<Vec<u64>> = names.iter().map(|n| trigrams(n)).collect();
        let idx = GramIndex::build(&grams);
        let mut s = Scratch::default();
        let c = idx.candidates(&trigrams("regionalnaringsplan"), &mut s);
        assert_eq!(c[0], 2);
        assert!(idx.candidates(&trigrams("zzzz"), &mut s).is_empty());
    }
}
