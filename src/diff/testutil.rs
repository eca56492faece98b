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
