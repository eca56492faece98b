//! Issue 16: load (against the serde_json floor), audit, report and keyed
//! diff of synthetic data at 10 000 and 100 000 arrangements (rows); the
//! keyed diff by the lean register path (`keyed-diff`) and, at 10 000, by
//! the importer's draft of every row (`keyed-diff-import`).
//!
//! `cargo bench --bench scale -- --warm-up-time 1 --measurement-time 5`
//! `SAMDIFF_BENCH_SIZES=1000000 cargo bench --bench scale` for 1 000 000.

#[path = "support/synth.rs"]
mod synth;

use std::collections::BTreeMap;

use criterion::{Criterion, criterion_group, criterion_main};
use samdiff::audit::run_audit;
use samdiff::diff::{NoKnowledge, diff_snapshots, diff_snapshots_printed, log_snapshots};
use samdiff::i18n::{Catalog, Lang};
use samdiff::import::register::{pair_registers, read_register};
use samdiff::import::{ImportOptions, ScopeDefault, import_document};
use samdiff::matching::key::match_by_key;
use samdiff::matching::{MatchOptions, rewrite_ids};
use samdiff::model::{PartialDate, Snapshot};
use samdiff::registry::Registry;
use samdiff::report::Report;
use samdiff::report::render::{ReportFormat, render_report};
use samdiff::snapshot::{LoadedSnapshot, SourceLookup, load_snapshot_bytes};

struct Sources(BTreeMap<String, Vec<u8>>);

impl SourceLookup for Sources {
    fn read_source(&self, rel: &str) -> Result<Vec<u8>, samdiff::i18n::TextArg> {
        self.0.get(rel).cloned().ok_or_else(|| "missing".into())
    }
}

fn sizes() -> Vec<usize> {
    std::env::var("SAMDIFF_BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![10_000, 100_000])
}

fn load(files: &synth::SnapshotFiles, sources: &Sources) -> LoadedSnapshot {
    load_snapshot_bytes(&files.file, files.json.as_bytes(), sources).expect("valid")
}

fn keyed_options(year: i32) -> ImportOptions {
    ImportOptions {
        key_column: Some("id".into()),
        date_if_undated: Some(PartialDate::Year(year)),
        scope_default: ScopeDefault::EveryColumn,
        ..Default::default()
    }
}

/// `diff --key` as the binary runs it: the lean register path.
fn keyed(old: &str, new: &str, registry: &Registry) -> usize {
    let read = |name: &str, text: &str, year| {
        read_register(name, text.as_bytes().to_vec(), &keyed_options(year))
            .expect("reads")
            .expect("a text table")
    };
    let (a, b) = (read("old.csv", old, 1), read("new.csv", new, 2));
    let pair = pair_registers(&a, &b, &MatchOptions::default(), registry);
    diff_snapshots_printed(&pair.before, &pair.after, &NoKnowledge, pair.printed)
        .changes
        .len()
}

/// The importer's way: a draft snapshot of every row, then the diff.
fn keyed_import(old: &str, new: &str) -> usize {
    let import = |name: &str, text: &str, year| {
        let opts = keyed_options(year);
        import_document(name, text.as_bytes(), &opts)
            .expect("imports")
            .snapshot
    };
    let (a, b) = (import("old.csv", old, 1), import("new.csv", new, 2));
    let m = match_by_key(&a.arrangements, &b.arrangements, &MatchOptions::default());
    let b = rewrite_ids(&a, &b, &m.by_key);
    diff_snapshots(&a, &b, &NoKnowledge).changes.len()
}

fn bench(c: &mut Criterion) {
    let registry = Registry::embedded().expect("the built-in registry loads");
    let cat = Catalog::new(Lang::En);
    let mut g = c.benchmark_group("scale");
    g.sample_size(10);
    for n in sizes() {
        let files = [synth::snapshot(n, 0), synth::snapshot(n, 1)];
        let sources = Sources(
            files
                .iter()
                .map(|f| (f.source_path.clone(), f.source.clone().into_bytes()))
                .collect(),
        );
        g.bench_function(format!("parse-floor/{n}"), |b| {
            b.iter(|| serde_json::from_str::<Snapshot>(&files[0].json).expect("parses"))
        });
        g.bench_function(format!("load-validate/{n}"), |b| {
            b.iter(|| load(&files[0], &sources))
        });
        let loaded = [load(&files[0], &sources), load(&files[1], &sources)];
        let both: Vec<&LoadedSnapshot> = loaded.iter().collect();
        g.bench_function(format!("audit/{n}"), |b| {
            b.iter(|| run_audit(&both, &registry))
        });
        g.bench_function(format!("report-html/{n}"), |b| {
            b.iter(|| {
                let snaps: Vec<&Snapshot> = both.iter().map(|l| &l.snapshot).collect();
                let log = log_snapshots(&snaps, &registry);
                let audit = run_audit(&both, &registry);
                let report = Report::build(&both, &log, &audit, &registry, &cat);
                render_report(report, ReportFormat::Html).expect("renders")
            })
        });
        let (old, new, truth) = synth::register_pair(n);
        assert!(keyed(&old, &new, &registry) >= truth.total());
        g.bench_function(format!("keyed-diff/{n}"), |b| {
            b.iter(|| keyed(&old, &new, &registry))
        });
        if n <= 10_000 {
            assert_eq!(keyed_import(&old, &new), keyed(&old, &new, &registry));
            g.bench_function(format!("keyed-diff-import/{n}"), |b| {
                b.iter(|| keyed_import(&old, &new))
            });
        }
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
