//! Where the marks of a `pdf-text` row are: each run of `x` marks on a line
//! fixed (or bounded) by the spacing around it, then every column decided
//! from all placements of the runs that fit, in polynomial time.

use crate::model::Participation;

/// A run of `x` marks printed on one line.
#[derive(Debug, Clone)]
pub(crate) struct MarkRun {
    pub(crate) line: u32,
    /// Column offsets of the marks relative to the first one, from the
    /// spacing between them.
    pub(crate) offsets: Vec<usize>,
    /// What is printed before the run on the same line.
    pub(crate) left: LeftAnchor,
    /// Spaces between the run and comment text on the same line.
    pub(crate) right: Option<usize>,
}

/// What precedes a mark run on its line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LeftAnchor {
    /// Nothing: the run starts the line.
    None,
    /// The form cell, `n` spaces before the first mark.
    Form(usize),
    /// The name cell with an empty form cell, `n` spaces before the first mark.
    Name(usize),
}

/// Decide each of `n` columns from the mark runs: `Yes` where every placement
/// of the runs that fits their spacing puts a mark, `No` where none does,
/// `Unknown` otherwise. `None` when no placement fits.
///
/// A run's start column is fixed by the spacing on its own line: one space
/// after the form cell per empty column before it; one space before the
/// comment per empty column after it. After a name with an empty form cell
/// only a bound is known, since names may carry a trailing space. A run with
/// nothing on its line but marks says only how many marks it has.
pub(crate) fn mark_columns(runs: &[MarkRun], n: usize) -> Option<Vec<Participation>> {
    mark_columns_counted(runs, n).0
}

/// One run (or one mark of an unanchored run) to place: its mark offsets
/// and the start columns its line allows, ascending.
struct Piece {
    offsets: Vec<usize>,
    starts: Vec<usize>,
}

impl Piece {
    fn width(&self) -> usize {
        self.offsets.last().copied().unwrap_or(0) + 1
    }
}

fn pieces_of(runs: &[MarkRun], n: usize) -> Option<Vec<Piece>> {
    let mut pieces = Vec::new();
    for run in runs {
        let width = run.offsets.last().copied().unwrap_or(0) + 1;
        if width > n {
            return None;
        }
        let anchored = run.left != LeftAnchor::None || run.right.is_some();
        if !anchored {
            for _ in &run.offsets {
                pieces.push(Piece {
                    offsets: vec![0],
                    starts: (0..n).collect(),
                });
            }
            continue;
        }
        let mut starts: Vec<usize> = (0..=n - width).collect();
        match run.left {
            LeftAnchor::Form(s) => starts.retain(|&c| c + 1 == s),
            LeftAnchor::Name(s) => starts.retain(|&c| c + 2 <= s),
            LeftAnchor::None => {}
        }
        if let Some(s) = run.right {
            starts.retain(|&c| c + width + s.saturating_sub(1) == n && s >= 1);
        }
        pieces.push(Piece {
            offsets: run.offsets.clone(),
            starts,
        });
    }
    Some(pieces)
}

/// [`mark_columns`], with the number of (piece, start column) candidates it
/// examined: the work done, which tests bound.
///
/// The pieces are placed left to right without overlap, so whether pieces
/// `0..=i` fit depends only on where piece `i` can end at the earliest, and
/// whether pieces `i..` fit only on where piece `i` can start at the latest.
/// One pass each way gives both, and a placement of piece `i` at `s` is part
/// of some complete placement exactly when it lies between the two. A column
/// can be left unmarked when it falls between two pieces (earliest end of the
/// pieces before ≤ column < latest start of the pieces after) or inside a
/// feasible piece where that piece has no mark. The work is linear in the
/// number of candidates (at most pieces × columns) plus columns × pieces,
/// where trying every placement would be exponential (C(46, 23) for one
/// line of 23 marks under 46 columns).
pub(crate) fn mark_columns_counted(
    runs: &[MarkRun],
    n: usize,
) -> (Option<Vec<Participation>>, usize) {
    let mut work = 0usize;
    let Some(pieces) = pieces_of(runs, n) else {
        return (None, work);
    };
    let k = pieces.len();
    // earliest_end[i]: the first free column after pieces 0..i placed as
    // far left as possible (earliest_end[0] = 0).
    let mut earliest_end = vec![0usize; k + 1];
    for (i, p) in pieces.iter().enumerate() {
        let min = earliest_end[i];
        let w = p.width();
        let first = p
            .starts
            .iter()
            .inspect(|_| work += 1)
            .find(|&&s| s >= min && s + w <= n);
        match first {
            Some(&s) => earliest_end[i + 1] = s + w,
            None => return (None, work),
        }
    }
    // latest_start[i]: the column where pieces i.. start when placed as far
    // right as possible (latest_start[k] = n).
    let mut latest_start = vec![n; k + 1];
    for (i, p) in pieces.iter().enumerate().rev() {
        let max_end = latest_start[i + 1];
        let w = p.width();
        let last = p
            .starts
            .iter()
            .rev()
            .inspect(|_| work += 1)
            .find(|&&s| s + w <= max_end);
        match last {
            Some(&s) => latest_start[i] = s,
            None => return (None, work),
        }
    }
    let mut ever = vec![false; n];
    let mut can_skip = vec![false; n];
    for (i, p) in pieces.iter().enumerate() {
        let w = p.width();
        for &s in &p.starts {
            work += 1;
            if s < earliest_end[i] || s + w > latest_start[i + 1] {
                continue;
            }
            let mut marked = vec![false; w];
            for &o in &p.offsets {
                marked[o] = true;
                ever[s + o] = true;
            }
            for (o, m) in marked.iter().enumerate() {
                if !m {
                    can_skip[s + o] = true;
                }
            }
        }
    }
    for (c, skip) in can_skip.iter_mut().enumerate() {
        for i in 0..=k {
            work += 1;
            if earliest_end[i] <= c && c < latest_start[i] {
                *skip = true;
                break;
            }
        }
    }
    let decided = (0..n)
        .map(|c| match (can_skip[c], ever[c]) {
            (false, _) => Participation::Yes,
            (true, false) => Participation::No,
            _ => Participation::Unknown,
        })
        .collect();
    (Some(decided), work)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Participation::{No, Unknown, Yes};

    fn run_of(text: &str) -> MarkRun {
        super::super::pdf_text::run_of_line(text)
    }

    /// The exhaustive search the dynamic programme replaced: every
    /// placement, column by column. Exponential; an oracle for small cases.
    fn brute_force(runs: &[MarkRun], n: usize) -> Option<Vec<Participation>> {
        fn place(
            ps: &[Piece],
            i: usize,
            min: usize,
            ch: &mut Vec<usize>,
            out: &mut Vec<Vec<usize>>,
        ) {
            if i == ps.len() {
                out.push(ch.clone());
                return;
            }
            for &s in &ps[i].starts {
                if s >= min {
                    ch.push(s);
                    place(ps, i + 1, s + ps[i].width(), ch, out);
                    ch.pop();
                }
            }
        }
        let pieces = pieces_of(runs, n)?;
        let mut all = Vec::new();
        place(&pieces, 0, 0, &mut Vec::new(), &mut all);
        all.retain(|ch| ch.iter().zip(&pieces).all(|(&s, p)| s + p.width() <= n));
        if all.is_empty() {
            return None;
        }
        let mut always = vec![true; n];
        let mut ever = vec![false; n];
        for ch in &all {
            let mut marked = vec![false; n];
            for (p, &s) in pieces.iter().zip(ch) {
                for o in &p.offsets {
                    marked[s + o] = true;
                }
            }
            for c in 0..n {
                always[c] &= marked[c];
                ever[c] |= marked[c];
            }
        }
        Some(
            (0..n)
                .map(|c| match (always[c], ever[c]) {
                    (true, _) => Yes,
                    (false, false) => No,
                    _ => Unknown,
                })
                .collect(),
        )
    }

    proptest::proptest! {
        #[test]
        fn dynamic_programme_agrees_with_every_placement(
            lines in proptest::collection::vec(
                (0usize..4, proptest::collection::vec(1usize..3, 1..4), 0usize..4, 0usize..4),
                1..4,
            ),
            n in 1usize..8,
        ) {
            let runs: Vec<MarkRun> = lines
                .iter()
                .map(|(kind, gaps, l, r)| {
                    let mut offsets = vec![0];
                    for g in gaps.iter().skip(1) {
                        offsets.push(offsets.last().unwrap() + g);
                    }
                    MarkRun {
                        line: 1,
                        offsets,
                        left: match kind {
                            1 => LeftAnchor::Form(*l),
                            2 => LeftAnchor::Name(*l),
                            _ => LeftAnchor::None,
                        },
                        right: (*kind == 3 || *r > 1).then_some(*r),
                    }
                })
                .collect();
            proptest::prop_assert_eq!(mark_columns(&runs, n), brute_force(&runs, n));
        }
    }

    /// Issue 15, defect 1: one line of 23 marks under 46 columns (and 320
    /// under 640) took longer than 36 CPU-minutes when every placement was
    /// tried. The work is now bounded by candidates, not placements.
    #[test]
    fn work_is_polynomial_in_columns_and_marks() {
        for (n, marks) in [(46usize, 23usize), (640, 320), (640, 3)] {
            let line = vec!["x"; marks].join(" ");
            let separate: Vec<MarkRun> = (0..marks).map(|_| run_of("x")).collect();
            for runs in [vec![run_of(&line)], separate] {
                let (decided, work) = mark_columns_counted(&runs, n);
                assert!(decided.is_some());
                let pieces = marks;
                assert!(
                    work <= 3 * pieces * n + (pieces + 1) * n,
                    "{n} columns, {marks} marks: {work} candidates tried"
                );
            }
        }
        let line = vec!["x"; 23].join(" ");
        let (decided, _) = mark_columns_counted(&[run_of(&line)], 46);
        assert_eq!(decided.unwrap(), vec![Unknown; 46]);
    }
}
