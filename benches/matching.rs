//! Matching at scale: 100 000 against 100 000 synthetic arrangements, 5 %
//! of them renamed (one to three character edits), the right side in
//! another order. Run:
//! `cargo bench --bench matching -- --warm-up-time 1 --measurement-time 10`

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use samdiff::matching::{MatchOptions, match_arrangements};
use samdiff::model::{Arrangement, ArrangementId};

const N: usize = 100_000;
const RENAMED_PERCENT: u64 = 5;

/// A small deterministic generator (xorshift64*), so every run sees the
/// same data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const ONSETS: &[&str] = &[
    "b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "br", "fl", "kr", "sk",
    "st", "tr",
];
const VOWELS: &[&str] = &["a", "e", "i", "o", "u", "y", "æ", "ø", "å", "ei", "au"];
const CODAS: &[&str] = &["", "", "n", "r", "s", "l", "k", "nd", "st", "rt"];

fn word(r: &mut Rng) -> String {
    let mut w = String::new();
    for _ in 0..2 + r.below(3) {
        w.push_str(ONSETS[r.below(ONSETS.len() as u64) as usize]);
        w.push_str(VOWELS[r.below(VOWELS.len() as u64) as usize]);
        w.push_str(CODAS[r.below(CODAS.len() as u64) as usize]);
    }
    w
}

fn name(r: &mut Rng) -> String {
    (0..2 + r.below(3))
        .map(|_| word(r))
        .collect::<Vec<_>>()
        .join(" ")
}

/// One to three edits: substitute, insert or delete a letter.
fn edit(r: &mut Rng, s: &str) -> String {
    let mut c: Vec<char> = s.chars().collect();
    for _ in 0..1 + r.below(3) {
        let i = r.below(c.len() as u64) as usize;
        let letter = (b'a' + r.below(26) as u8) as char;
        match r.below(3) {
            0 => c[i] = letter,
            1 => c.insert(i, letter),
            _ if c.len() > 4 => {
                c.remove(i);
            }
            _ => c[i] = letter,
        }
    }
    c.into_iter().collect()
}

fn arrangement(id: usize, name: String) -> Arrangement {
    Arrangement::row(ArrangementId(format!("a{id}")), name, 1)
}

/// Left and right sides; `truth[j]` is the left index of right item `j`.
fn data() -> (Vec<Arrangement>, Vec<Arrangement>, Vec<usize>) {
    let mut r = Rng(0x5EED_1234_ABCD_0001);
    let names: Vec<String> = (0..N).map(|_| name(&mut r)).collect();
    let a: Vec<Arrangement> = names
        .iter()
        .enumerate()
        .map(|(i, n)| arrangement(i, n.clone()))
        .collect();
    let mut order: Vec<usize> = (0..N).collect();
    for i in (1..N).rev() {
        order.swap(i, r.below(i as u64 + 1) as usize);
    }
    let b = order
        .iter()
        .enumerate()
        .map(|(j, &i)| {
            let n = if r.below(100) < RENAMED_PERCENT {
                edit(&mut r, &names[i])
            } else {
                names[i].clone()
            };
            arrangement(N + j, n)
        })
        .collect();
    (a, b, order)
}

fn bench(c: &mut Criterion) {
    let (a, b, truth) = data();
    let opts = MatchOptions::default();
    let m = match_arrangements(&a, &b, &opts);
    let correct = m.matches.iter().filter(|x| truth[x.b] == x.a).count();
    eprintln!(
        "synthetic {N} x {N}: {} matched, {correct} correct (precision {:.4}, recall {:.4})",
        m.matches.len(),
        correct as f64 / m.matches.len() as f64,
        correct as f64 / N as f64
    );
    let mut g = c.benchmark_group("matching");
    g.sample_size(10);
    g.bench_function("100k_vs_100k_5pct_renamed", |bench| {
        bench.iter(|| match_arrangements(black_box(&a), black_box(&b), &opts))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
