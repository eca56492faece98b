//! The state on a date: every arrangement some municipalities take part in,
//! as the latest inventory covering each of them on that date lists it.
//!
//! A [`State`] is built from snapshots alone (no diff): for each
//! municipality asked for, the newest inventory that covers it and is dated
//! no later than the date asked for is its *basis*. An arrangement is in
//! the state when some municipality's basis lists it with that municipality
//! taking part (or with its participation unknown, which stays unknown).
//! Row details (name, form, host, partners, status) come from the newest
//! basis that lists the row. Plans and proposals are left out unless asked
//! for; ended arrangements are always left out.
//!
//! The value serialises as `samdiff-state/1` (`samdiff schema state`).

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Serialize;

use crate::model::{
    Arrangement, Municipality, PartialDate, Participation, Snapshot, SnapshotKind, Status,
};

/// The format tag of the JSON output.
pub const STATE_FORMAT: &str = "samdiff-state/1";

/// The arrangements municipalities take part in on a date.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct State {
    /// Always `samdiff-state/1`.
    pub format: String,
    /// The date asked for (`2021`, `2021-06`, `2021-06-30`); absent means
    /// "the newest document".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at: Option<String>,
    /// The municipalities, each with the document its state is read from.
    pub municipalities: Vec<Basis>,
    /// The arrangements, grouped by policy area in document order.
    pub rows: Vec<StateRow>,
}

/// The document one municipality's state is read from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Basis {
    /// The municipality.
    pub municipality: String,
    /// The snapshot id of the newest inventory covering it on the date, if any.
    pub snapshot: Option<String>,
    /// That document's title.
    pub title: Option<String>,
    /// The date that document describes.
    pub as_of: Option<String>,
    /// Newer inventories (on or before the date) that do not cover the
    /// municipality, so its state is not read from them: each with the
    /// municipalities it does cover.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub newer_not_covering: Vec<NotCovering>,
}

/// A newer inventory that does not cover a municipality.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct NotCovering {
    /// Its snapshot id.
    pub snapshot: String,
    /// The municipalities it covers.
    pub covers: Vec<String>,
}

/// One arrangement in the state.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct StateRow {
    /// The arrangement's stable id.
    pub id: String,
    /// Its policy area (section heading), if the document has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Its name (normalised where the curator normalised it).
    pub name: String,
    /// The legal form as printed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub legal_form: Option<String>,
    /// The registry id of the legal form, if it was read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub legal_form_id: Option<String>,
    /// The legal form in words, in the language asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub legal_form_words: Option<String>,
    /// The host municipality or body, if the document names one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// Other partners (counties, institutions, outside municipalities).
    pub partners: Vec<String>,
    /// Each municipality's participation, by the municipality's own basis
    /// (`no` when its basis does not list the arrangement).
    pub participation: BTreeMap<String, Participation>,
    /// The arrangement's status.
    pub status: Status,
    /// Where each basis prints it: snapshot, source file and lines.
    pub sources: Vec<RowSource>,
}

/// Where a row is printed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct RowSource {
    /// The snapshot id.
    pub snapshot: String,
    /// The document's title.
    pub title: String,
    /// The date the document describes.
    pub as_of: String,
    /// The source file, relative to the snapshot directory.
    pub path: String,
    /// 1-based lines.
    pub lines: Vec<u32>,
}

/// What to put in a [`State`].
#[derive(Debug, Clone, Default)]
pub struct StateOptions {
    /// The date; `None` takes the newest inventory of each municipality.
    pub at: Option<PartialDate>,
    /// The municipalities; empty means every municipality some inventory
    /// covers, side by side.
    pub municipalities: Vec<Municipality>,
    /// Include arrangements proposed or under study.
    pub proposals: bool,
}

/// The JSON Schema of `samdiff-state/1`.
pub fn state_schema() -> schemars::Schema {
    schemars::schema_for!(State)
}

/// The newest inventory covering `m` dated no later than `at` (its earliest
/// possible day on or before the last day of `at`).
fn basis_of<'a>(
    snaps: &[&'a Snapshot],
    m: &Municipality,
    at: Option<PartialDate>,
) -> Option<&'a Snapshot> {
    snaps
        .iter()
        .filter(|s| s.kind == SnapshotKind::Inventory && s.covers(m))
        .filter(|s| at.is_none_or(|d| s.as_of.earliest() <= d.latest()))
        .max_by(|a, b| {
            (a.as_of.earliest(), a.as_of.latest(), &a.id).cmp(&(
                b.as_of.earliest(),
                b.as_of.latest(),
                &b.id,
            ))
        })
        .copied()
}

fn in_state(a: &Arrangement, proposals: bool) -> bool {
    match a.status {
        Status::Active | Status::NoticeGiven { .. } => true,
        Status::Proposed | Status::UnderStudy => proposals,
        Status::Ended { .. } => false,
    }
}

/// Build the state of `opts.municipalities` on `opts.at` from `snaps` (any
/// order). `form_words` gives a legal-form id's label in the reader's
/// language.
pub fn build_state(
    snaps: &[&Snapshot],
    opts: &StateOptions,
    form_words: &dyn Fn(&str) -> Option<String>,
) -> State {
    let municipalities: Vec<Municipality> = if opts.municipalities.is_empty() {
        let mut all: Vec<Municipality> = snaps
            .iter()
            .filter(|s| s.kind == SnapshotKind::Inventory)
            .flat_map(|s| s.scope.covers.iter().cloned())
            .collect();
        all.sort();
        all.dedup();
        all
    } else {
        opts.municipalities.clone()
    };
    let bases: Vec<(Municipality, Option<&Snapshot>)> = municipalities
        .iter()
        .map(|m| (m.clone(), basis_of(snaps, m, opts.at)))
        .collect();
    // Distinct bases, newest first: row details come from the first that
    // lists the row.
    let mut docs: Vec<&Snapshot> = bases.iter().filter_map(|(_, s)| *s).collect();
    docs.sort_by(|a, b| {
        (b.as_of.earliest(), b.as_of.latest(), &b.id).cmp(&(
            a.as_of.earliest(),
            a.as_of.latest(),
            &a.id,
        ))
    });
    docs.dedup_by(|a, b| a.id == b.id);

    // Rows in the order of the newest document, then the others'.
    let mut order: Vec<(&Snapshot, &Arrangement)> = Vec::new();
    for d in &docs {
        for a in &d.arrangements {
            if !in_state(a, opts.proposals) || order.iter().any(|(_, x)| x.id == a.id) {
                continue;
            }
            // In the state when some municipality's own basis lists it with
            // that municipality taking part, or with its part unknown.
            let belongs = bases.iter().any(|(m, b)| {
                b.and_then(|b| b.arrangement(a.id.as_str()))
                    .is_some_and(|x| {
                        in_state(x, opts.proposals)
                            && match x.participation.get(m) {
                                Some(Participation::Yes | Participation::Unknown) => true,
                                Some(Participation::Considering) => opts.proposals,
                                _ => false,
                            }
                    })
            });
            if belongs {
                order.push((d, a));
            }
        }
    }
    // Group by policy area, in order of first appearance.
    let mut categories: Vec<Option<&str>> = Vec::new();
    for (_, a) in &order {
        let c = a.category.as_deref();
        if !categories.contains(&c) {
            categories.push(c);
        }
    }
    order.sort_by_key(|(_, a)| {
        categories
            .iter()
            .position(|c| *c == a.category.as_deref())
            .unwrap_or(usize::MAX)
    });

    let rows = order
        .into_iter()
        .map(|(d, a)| {
            let participation = bases
                .iter()
                .map(|(m, b)| {
                    let p = match b.and_then(|b| b.arrangement(a.id.as_str())) {
                        Some(x) => x.participation_of(m),
                        None if b.is_some() => Participation::No,
                        None => Participation::Unknown,
                    };
                    (m.to_string(), p)
                })
                .collect();
            let sources = docs
                .iter()
                .filter_map(|s| {
                    s.arrangement(a.id.as_str()).map(|x| RowSource {
                        snapshot: s.id.to_string(),
                        title: s.title.clone(),
                        as_of: s.as_of.to_string(),
                        path: s.source.path.clone(),
                        lines: x.printed_rows().flat_map(|c| c.lines.clone()).collect(),
                    })
                })
                .collect();
            let form_id = a.legal_form.as_ref().and_then(|f| f.normalised.clone());
            StateRow {
                id: a.id.to_string(),
                category: a.category.clone(),
                name: a.display_name().to_owned(),
                legal_form: a.legal_form.as_ref().and_then(|f| f.printed.clone()),
                legal_form_words: form_id.as_deref().and_then(form_words),
                legal_form_id: form_id,
                host: a.host.name().map(str::to_owned),
                partners: a.partners.iter().map(|p| p.name.clone()).collect(),
                participation,
                status: a.status.clone(),
                sources,
            }
            .with_source_of(d)
        })
        .collect();
    State {
        format: STATE_FORMAT.to_owned(),
        at: opts.at.map(|d| d.to_string()),
        municipalities: bases
            .iter()
            .map(|(m, b)| Basis {
                municipality: m.to_string(),
                snapshot: b.map(|s| s.id.to_string()),
                title: b.map(|s| s.title.clone()),
                as_of: b.map(|s| s.as_of.to_string()),
                newer_not_covering: snaps
                    .iter()
                    .filter(|s| s.kind == SnapshotKind::Inventory && !s.covers(m))
                    .filter(|s| opts.at.is_none_or(|d| s.as_of.earliest() <= d.latest()))
                    .filter(|s| b.is_none_or(|b| s.as_of.earliest() > b.as_of.latest()))
                    .map(|s| NotCovering {
                        snapshot: s.id.to_string(),
                        covers: s.scope.covers.iter().map(|c| c.to_string()).collect(),
                    })
                    .collect(),
            })
            .collect(),
        rows,
    }
}

impl StateRow {
    /// Put the source of the document the row's details come from first.
    fn with_source_of(mut self, d: &Snapshot) -> StateRow {
        self.sources.sort_by_key(|s| s.snapshot != d.id.as_str());
        self
    }
}

#[cfg(test)]
mod tests;
