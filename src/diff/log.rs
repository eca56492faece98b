//! Changelogs over many snapshots: the log of consecutive pairs, and the
//! history of one arrangement.

use std::collections::HashMap;

use super::change::{Change, ChangeKind, Changelog, SnapshotInfo};
use super::comment::{cosmetic_key, similarity};
use super::engine::{diff_step, side};
use super::knowledge::DomainKnowledge;
use super::scope::{Absence, absence};
use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::model::{Arrangement, ArrangementId, Snapshot};

/// Snapshots in date order: by the earliest day each may describe, then the
/// latest, then id, so undated ranges sort deterministically.
pub fn date_order<'a>(snapshots: &[&'a Snapshot]) -> Vec<&'a Snapshot> {
    let mut v = snapshots.to_vec();
    v.sort_by(|a, b| {
        (a.as_of.earliest(), a.as_of.latest(), a.id.as_str()).cmp(&(
            b.as_of.earliest(),
            b.as_of.latest(),
            b.id.as_str(),
        ))
    });
    v
}

/// The changelog of every consecutive pair of `snapshots` in date order.
///
/// An arrangement `added` at a step that an earlier snapshot (before the
/// step) already listed is reported as `reappeared`; its `before` evidence
/// cites the last snapshot that listed it.
pub fn log_snapshots(snapshots: &[&Snapshot], knowledge: &dyn DomainKnowledge) -> Changelog {
    let ordered = date_order(snapshots);
    // arrangement id -> index of the last snapshot listing it
    let mut last_seen: HashMap<&str, usize> = HashMap::new();
    let mut changes = Vec::new();
    for (i, pair) in ordered.windows(2).enumerate() {
        for a in &pair[0].arrangements {
            last_seen.insert(a.id.as_str(), i);
        }
        let mut step = diff_step(pair[0], pair[1], knowledge);
        for c in &mut step {
            if c.kind != ChangeKind::Added {
                continue;
            }
            if let Some(&j) = last_seen.get(c.arrangement.as_str())
                && let Some(old) = ordered[j].arrangement(c.arrangement.as_str())
            {
                reappear(c, ordered[j], old);
            }
        }
        // Stable, and on borrowed keys: nothing is copied to sort.
        step.sort_by(|x, y| x.sort_key().cmp(&y.sort_key()));
        changes.extend(step);
    }
    Changelog {
        snapshots: ordered.iter().map(|s| SnapshotInfo::of(s)).collect(),
        changes,
    }
}

fn reappear(c: &mut Change, last: &Snapshot, old: &Arrangement) {
    c.kind = ChangeKind::Reappeared;
    c.evidence.before = Some(side(last, old));
    c.before = Some(super::change::Value::Status(old.status.clone()));
}

/// One snapshot's view of an arrangement in a [`History`].
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryRow {
    /// The snapshot.
    pub snapshot: SnapshotInfo,
    /// The entry, when the snapshot lists the arrangement.
    pub entry: Option<Arrangement>,
    /// When it does not: what its silence means, judged against the nearest
    /// snapshot that lists the arrangement (the previous one, else the next).
    pub absence: Option<Absence>,
}

/// One arrangement followed through all snapshots.
#[derive(Debug, Clone, PartialEq)]
pub struct History {
    /// The arrangement's id.
    pub arrangement: ArrangementId,
    /// Its latest display name.
    pub name: String,
    /// One row per snapshot, oldest first.
    pub rows: Vec<HistoryRow>,
    /// The log's changes to this arrangement.
    pub changelog: Changelog,
}

/// Follow arrangement `id` through `snapshots` (date order). `None` when no
/// snapshot lists it.
pub fn history(
    snapshots: &[&Snapshot],
    id: &ArrangementId,
    knowledge: &dyn DomainKnowledge,
) -> Option<History> {
    let ordered = date_order(snapshots);
    let entries: Vec<Option<&Arrangement>> =
        ordered.iter().map(|s| s.arrangement(id.as_str())).collect();
    let latest = entries.iter().rev().flatten().next()?;
    let rows = ordered
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let nearest = entries[..i]
                .iter()
                .rev()
                .flatten()
                .next()
                .or_else(|| entries[i..].iter().flatten().next());
            HistoryRow {
                snapshot: SnapshotInfo::of(s),
                entry: entries[i].cloned(),
                absence: match (entries[i], nearest) {
                    (None, Some(n)) => Some(absence(n, s)),
                    _ => None,
                },
            }
        })
        .collect();
    let mut changelog = log_snapshots(&ordered, knowledge);
    changelog.changes.retain(|c| &c.arrangement == id);
    Some(History {
        arrangement: id.clone(),
        name: latest.display_name().to_owned(),
        rows,
        changelog,
    })
}

/// The minimum similarity for a fuzzy name to pick an arrangement on its own:
/// below 0.6 two Norwegian names share little more than common suffixes
/// (`-samarbeid`, `-utvalg`), so we list candidates instead of guessing.
pub const FUZZY_THRESHOLD: f64 = 0.6;

/// Find the arrangement a user means by `query`: an id, a name (ignoring
/// case and punctuation, printed or normalised, in any snapshot), a unique
/// part of a name, or the single closest name above [`FUZZY_THRESHOLD`].
pub fn find_arrangement(snapshots: &[&Snapshot], query: &str) -> Result<ArrangementId> {
    let all: Vec<&Arrangement> = snapshots.iter().flat_map(|s| &s.arrangements).collect();
    if let Some(a) = all.iter().find(|a| a.id.as_str() == query) {
        return Ok(a.id.clone());
    }
    let q = cosmetic_key(query);
    let names = |a: &Arrangement| {
        let mut v = vec![a.name.clone()];
        v.extend(a.normalised_name.clone());
        v
    };
    // the name a reader knows: the latest snapshot's
    let mut latest: std::collections::BTreeMap<&ArrangementId, &str> =
        std::collections::BTreeMap::new();
    for s in date_order(snapshots) {
        for a in &s.arrangements {
            latest.insert(&a.id, a.display_name());
        }
    }
    let pick = |hit: &dyn Fn(&Arrangement) -> bool| -> Vec<(ArrangementId, String)> {
        let mut v: Vec<(ArrangementId, String)> = all
            .iter()
            .filter(|a| hit(a))
            .map(|a| {
                (
                    a.id.clone(),
                    latest
                        .get(&a.id)
                        .copied()
                        .unwrap_or(a.display_name())
                        .to_owned(),
                )
            })
            .collect();
        v.sort();
        v.dedup_by(|x, y| x.0 == y.0);
        v
    };
    if q.is_empty() {
        return Err(Error::usage(
            Msg::UsageNoArrangementQuery,
            vec![("query", query.into())],
        ));
    }
    for hits in [
        pick(&|a| names(a).iter().any(|n| cosmetic_key(n) == q)),
        pick(&|a| names(a).iter().any(|n| cosmetic_key(n).contains(&q))),
    ] {
        match hits.len() {
            0 => {}
            1 => return Ok(hits[0].0.clone()),
            _ => return Err(ambiguous(query, &hits)),
        }
    }
    let mut scored: Vec<(f64, ArrangementId, String)> = Vec::new();
    for a in &all {
        let best = names(a)
            .iter()
            .map(|n| similarity(n, query))
            .fold(0.0, f64::max);
        scored.push((
            best,
            a.id.clone(),
            latest
                .get(&a.id)
                .copied()
                .unwrap_or(a.display_name())
                .to_owned(),
        ));
    }
    scored.sort_by(|x, y| y.0.total_cmp(&x.0).then_with(|| x.1.cmp(&y.1)));
    scored.dedup_by(|x, y| x.1 == y.1);
    match scored.as_slice() {
        [first, rest @ ..]
            if first.0 >= FUZZY_THRESHOLD && rest.first().is_none_or(|r| r.0 < first.0) =>
        {
            Ok(first.1.clone())
        }
        _ => {
            let close: Vec<String> = scored
                .iter()
                .take(3)
                .map(|(s, id, n)| format!("{id} ({n}, {s:.2})"))
                .collect();
            Err(if close.is_empty() {
                Error::usage(Msg::UsageNoArrangementNone, vec![("query", query.into())])
            } else {
                Error::usage(
                    Msg::UsageNoArrangementClosest,
                    vec![
                        ("query", query.into()),
                        ("closest", close.join(", ").into()),
                    ],
                )
            })
        }
    }
}

fn ambiguous(query: &str, hits: &[(ArrangementId, String)]) -> Error {
    let list: Vec<String> = hits.iter().map(|(id, n)| format!("{id} ({n})")).collect();
    Error::usage(
        Msg::UsageAmbiguousArrangement,
        vec![
            ("query", query.into()),
            ("candidates", list.join(", ").into()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::knowledge::NoKnowledge;
    use crate::diff::testutil::{arr, snap};

    #[test]
    fn log_orders_by_date_and_marks_reappeared() {
        let x = arr("x", "X", &[("Øyer", "yes")]);
        let s1 = snap("s1", 2010, &["Øyer"], [x.clone()]);
        let s2 = snap("s2", 2015, &["Øyer"], &[]);
        let s3 = snap("s3", 2019, &["Øyer"], &[x]);
        let log = log_snapshots(&[&s3, &s1, &s2], &NoKnowledge);
        let ids: Vec<_> = log.snapshots.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["s1", "s2", "s3"]);
        let got: Vec<_> = log
            .changes
            .iter()
            .map(|c| (c.kind, c.from.as_str(), c.to.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (ChangeKind::Ended, "s1", "s2"),
                (ChangeKind::Reappeared, "s2", "s3")
            ]
        );
        assert_eq!(
            log.changes[1]
                .evidence
                .before
                .as_ref()
                .unwrap()
                .snapshot
                .as_str(),
            "s1"
        );
    }

    #[test]
    fn history_rows_and_absence() {
        let x = arr("x", "X", &[("Øyer", "yes")]);
        let s1 = snap("s1", 2010, &["Øyer"], [x.clone()]);
        let s2 = snap("s2", 2015, &["Gausdal"], &[]);
        let h = history(&[&s1, &s2], &"x".into(), &NoKnowledge).unwrap();
        assert_eq!(h.rows.len(), 2);
        assert!(h.rows[0].entry.is_some());
        // s1 does not say whether Gausdal takes part: not provably out of scope
        assert_eq!(h.rows[1].absence, Some(Absence::Unknown));
        assert_eq!(h.changelog.changes[0].kind, ChangeKind::LeftScope);
        assert!(h.changelog.changes[0].uncertain);
        assert!(history(&[&s1], &"nope".into(), &NoKnowledge).is_none());
    }

    #[test]
    fn find_by_id_name_part_and_fuzzy() {
        let s = snap(
            "s",
            2019,
            &["Øyer"],
            &[
                arr("brann", "Felles brann- og feiertjeneste", &[]),
                arr("glor", "Felles renovasjonsselskap GLØR", &[]),
            ],
        );
        assert_eq!(find_arrangement(&[&s], "glor").unwrap().as_str(), "glor");
        assert_eq!(
            find_arrangement(&[&s], "felles brann og feiertjeneste")
                .unwrap()
                .as_str(),
            "brann"
        );
        assert_eq!(find_arrangement(&[&s], "GLØR").unwrap().as_str(), "glor");
        assert_eq!(
            find_arrangement(&[&s], "Felles bran- og feiertjenesten")
                .unwrap()
                .as_str(),
            "brann"
        );
        let e = find_arrangement(&[&s], "felles").unwrap_err().to_string();
        assert!(e.starts_with("ambiguous arrangement `felles`"), "{e}");
        let e = find_arrangement(&[&s], "zzzz").unwrap_err().to_string();
        assert!(e.starts_with("no arrangement matches `zzzz`"), "{e}");
    }
}
