//! Diff synthetic snapshots of 10 000 and 100 000 arrangements (issue 4:
//! the 100 000 case must run in under a second).
//!
//! `cargo bench --bench diff -- --warm-up-time 1 --measurement-time 5`

use std::collections::BTreeMap;

use criterion::{Criterion, criterion_group, criterion_main};
use samdiff::diff::{NoKnowledge, diff_snapshots};
use samdiff::model::*;

const MUNIS: [&str; 4] = ["Alpha", "Beta", "Gamma", "Delta"];

/// A deterministic snapshot of `n` arrangements; `variant` 1 changes about
/// one in ten of them in one aspect each and drops / adds a few.
fn synthetic(n: usize, variant: u32) -> Snapshot {
    let mut arrangements = Vec::with_capacity(n);
    for i in 0..n {
        let v = if variant == 1 { i % 23 } else { usize::MAX };
        if v == 0 {
            continue; // ended
        }
        let id = if v == 1 {
            format!("new-{i:06}")
        } else {
            format!("arr-{i:06}")
        };
        let mut participation = BTreeMap::new();
        for (k, m) in MUNIS.iter().enumerate() {
            let yes = (i + k) % 3 != 0;
            let p = match (v == 2 && k == 0, yes) {
                (true, y) => {
                    if y {
                        Participation::No
                    } else {
                        Participation::Yes
                    }
                }
                (false, true) => Participation::Yes,
                (false, false) => Participation::No,
            };
            participation.insert(Municipality::from(*m), p);
        }
        let form = if v == 3 {
            ("Kommuneloven", "kl2018-vertskommune")
        } else {
            ("§ 28-1 b", "kl1992-s28-1b")
        };
        arrangements.push(Arrangement {
            id: id.as_str().into(),
            name: if v == 4 {
                format!("Renamed cooperation number {i}")
            } else {
                format!("Cooperation number {i}")
            },
            normalised_name: None,
            key: None,
            category: Some(format!("Area {}", i % 12)),
            legal_form: Some(LegalFormField {
                printed: Some(form.0.into()),
                normalised: Some(form.1.into()),
                uncertain: false,
            }),
            participation,
            host: Host::Participant(MUNIS[if v == 5 { (i + 1) % 4 } else { i % 4 }].into()),
            partners: vec![Partner {
                name: format!("County {}", i % 3),
                kind: PartnerKind::County,
            }],
            comment: Some(if v == 6 {
                format!(
                    "Hosted by {} since the new act, with the county",
                    MUNIS[i % 4]
                )
            } else {
                format!("Hosted by {}, with the county", MUNIS[i % 4])
            }),
            status: Status::Active,
            provenance: vec![Citation {
                lines: vec![i as u32 + 1],
                role: CitationRole::Row,
                quote: None,
            }],
            notes: vec![],
        });
    }
    Snapshot {
        format: SNAPSHOT_FORMAT.into(),
        id: format!("synthetic-{variant}").as_str().into(),
        title: "synthetic".into(),
        publisher: "bench".into(),
        as_of: AsOf::Year {
            date: PartialDate::Year(2019 + variant as i32),
            evidence: vec![],
        },
        kind: SnapshotKind::Inventory,
        scope: Scope {
            covers: MUNIS[..2].iter().map(|m| (*m).into()).collect(),
            mentions: vec![],
            exhaustive: true,
            evidence: vec![],
        },
        source: SourceRef {
            path: "sources/synthetic.txt".into(),
            sha256: "00".into(),
            original_name: None,
            description: None,
            sheet: None,
        },
        table: None,
        notes: vec![],
        skipped: vec![],
        arrangements,
        index: Default::default(),
    }
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("diff");
    g.sample_size(10);
    for n in [10_000, 100_000] {
        let (a, b) = (synthetic(n, 0), synthetic(n, 1));
        let changes = diff_snapshots(&a, &b, &NoKnowledge).changes.len();
        assert!(
            changes > n / 10,
            "the synthetic pair must differ: {changes} changes"
        );
        g.bench_function(format!("{n}"), |bench| {
            bench.iter(|| diff_snapshots(&a, &b, &NoKnowledge))
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
