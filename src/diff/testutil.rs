//! Small builders for unit tests.

use std::collections::BTreeMap;

use crate::model::*;

/// An inventory `id` as of `year`, covering `covers`.
pub fn snap(
    id: &str,
    year: i32,
    covers: &[&str],
    arrangements: impl Into<Vec<Arrangement>>,
) -> Snapshot {
    Snapshot {
        format: SNAPSHOT_FORMAT.to_owned(),
        id: id.into(),
        title: format!("title {id}"),
        publisher: "p".to_owned(),
        as_of: AsOf::Year {
            date: PartialDate::Year(year),
            evidence: vec![],
        },
        kind: SnapshotKind::Inventory,
        scope: Scope {
            covers: covers.iter().map(|m| (*m).into()).collect(),
            mentions: vec![],
            exhaustive: true,
            evidence: vec![],
        },
        source: SourceRef {
            path: format!("sources/{id}.txt"),
            sha256: "0".repeat(64),
            original_name: None,
            description: None,
            sheet: None,
        },
        table: Some(TableLayout {
            columns: covers.iter().map(|m| (*m).into()).collect(),
            order: ColumnOrderBasis::Printed,
            evidence: vec![],
        }),
        notes: vec![],
        skipped: vec![],
        arrangements: arrangements.into(),
        index: Default::default(),
    }
}

/// An active arrangement with participation like `[("Øyer", "yes")]`.
pub fn arr(id: &str, name: &str, participation: &[(&str, &str)]) -> Arrangement {
    let participation: BTreeMap<Municipality, Participation> = participation
        .iter()
        .map(|(m, p)| {
            (
                (*m).into(),
                serde_json::from_value(serde_json::json!(p)).expect("participation"),
            )
        })
        .collect();
    Arrangement {
        participation,
        ..Arrangement::row(id, name, 1)
    }
}

/// Two snapshots of `n` arrangements each with every kind of row change
/// spread over them (renamed, moved between sections, participation,
/// ended, added), in sections whose order is not the ids' order: large
/// enough to take the diff's and the JSON writer's parallel paths.
pub fn large_pair(n: usize) -> (Snapshot, Snapshot) {
    let section = |i: usize| (i % 7 != 3).then(|| format!("Seksjon {}", (i * 5) % 7));
    let mark = |yes: bool| if yes { "yes" } else { "no" };
    let mut before = Vec::new();
    let mut after = Vec::new();
    for i in 0..n {
        let id = format!("a{:06}", (i * 7919) % n);
        let mut a = arr(
            &id,
            &format!("Samarbeid {i}"),
            &[("Alfa", mark(i % 2 == 0)), ("Beta", "yes")],
        );
        a.category = section(i);
        before.push(a.clone());
        if i % 13 == 0 {
            continue; // ended
        }
        if i % 5 == 0 {
            a.name = format!("Samarbeidet om {i}");
        }
        if i % 3 == 0 {
            a.participation.insert("Alfa".into(), Participation::Yes);
            a.participation.insert("Beta".into(), Participation::No);
        }
        if i % 11 == 0 {
            a.category = section(i + 1);
        }
        after.push(a);
    }
    for i in 0..n / 17 {
        let mut a = arr(
            &format!("b{i:06}"),
            &format!("Nytt {i}"),
            &[("Alfa", "yes")],
        );
        a.category = section(i);
        after.push(a);
    }
    (
        snap("s1", 2020, &["Alfa", "Beta"], before),
        snap("s2", 2021, &["Alfa", "Beta"], after),
    )
}
