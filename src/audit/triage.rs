//! From raw findings to a follow-up list: one finding per root cause, a
//! stable id each, resolved findings marked, priority order.
//!
//! 1. **Consequences fold into their cause.** Marks that moved between
//!    documents (`participation-swapped`) explain the same row lying
//!    outside the later document's scope (`row-outside-scope`); a form the
//!    document doubts (`27?`) is part of its conversion finding. The
//!    consequence is listed inside the main finding, not reported again.
//! 2. **A repeated problem is one finding.** A per-document finding
//!    ([`Code::per_document`]) that later overview tables repeat for the same
//!    arrangement is one finding citing every document, worded after the
//!    latest one. When a later table prints the row without the problem,
//!    the finding is resolved, citing that row. A notice of termination is
//!    resolved by the first later overview covering its municipalities
//!    that prints the arrangement as ended or no longer lists it
//!    ([`super::notices::resolve_settled_notices`]).
//! 3. **Ids** hash the code family, the arrangement and the documents the
//!    finding rests on (for a repeated problem: the document that first
//!    showed it), so an unrelated row or a later document changes none.
//! 4. **Priority:** open before resolved, then severity (worst first),
//!    recency (the latest document first), code, arrangement, message.

use std::collections::{BTreeMap, HashMap};

use sha2::{Digest, Sha256};

use super::{Code, Consequence, Cx, Finding, FindingId, FindingState, evidence_of};
use crate::model::{Arrangement, SnapshotId, SnapshotKind};
use crate::snapshot::LoadedSnapshot;

/// Hex digits of the hash kept in a [`FindingId`]: 48 bits, so a set of a
/// million findings has about one chance in 500 of a single collision
/// (which is then told apart by a suffix, never merged).
pub const ID_HEX_DIGITS: usize = 12;

/// Which code absorbs which, when both are about one row of one document.
const FOLDS: [(Code, &[Code]); 2] = [
    (Code::RowOutsideScope, &[Code::ParticipationSwapped]),
    (
        Code::LegalBasisUncertain,
        &[
            Code::ConversionOverdue,
            Code::ConversionDue,
            Code::ConversionAhead,
        ],
    ),
];

/// Triage raw findings (see the module docs).
pub fn triage(cx: &Cx, raw: Vec<Finding>) -> Vec<Finding> {
    let order: HashMap<&SnapshotId, usize> = cx
        .snapshots
        .iter()
        .enumerate()
        .map(|(i, s)| (&s.snapshot.id, i))
        .collect();
    let pos = |id: &SnapshotId| order.get(id).copied().unwrap_or(usize::MAX);
    let folded = fold_consequences(raw);
    let mut out = carry_forward(cx, folded, &pos);
    super::notices::resolve_settled_notices(cx, &mut out);
    out.sort_by(|a, b| {
        (
            a.state,
            std::cmp::Reverse(a.severity),
            std::cmp::Reverse(pos(&a.snapshot)),
            a.code,
            &a.arrangement,
            &a.message,
            &a.id,
        )
            .cmp(&(
                b.state,
                std::cmp::Reverse(b.severity),
                std::cmp::Reverse(pos(&b.snapshot)),
                b.code,
                &b.arrangement,
                &b.message,
                &b.id,
            ))
    });
    disambiguate(&mut out);
    out
}

/// Step 1: fold each consequence into the finding of its cause about the
/// same row of the same document.
fn fold_consequences(raw: Vec<Finding>) -> Vec<Finding> {
    let key = |f: &Finding| (f.snapshot.clone(), f.arrangement.clone());
    let mut hosts: BTreeMap<(SnapshotId, Option<crate::model::ArrangementId>, Code), usize> =
        BTreeMap::new();
    for (i, f) in raw.iter().enumerate() {
        if f.arrangement.is_some() {
            let (s, a) = key(f);
            hosts.entry((s, a, f.code)).or_insert(i);
        }
    }
    let mut into: Vec<Option<usize>> = vec![None; raw.len()];
    for (i, f) in raw.iter().enumerate() {
        let Some((_, causes)) = FOLDS.iter().find(|(c, _)| *c == f.code) else {
            continue;
        };
        let (s, a) = key(f);
        into[i] = causes
            .iter()
            .find_map(|c| hosts.get(&(s.clone(), a.clone(), *c)).copied());
    }
    let mut slots: Vec<Option<Finding>> = raw.into_iter().map(Some).collect();
    for (i, target) in into.iter().enumerate() {
        let Some(t) = *target else { continue };
        let Some(c) = slots[i].take() else { continue };
        if let Some(host) = slots[t].as_mut() {
            for e in c.evidence {
                if !host.evidence.contains(&e) {
                    host.evidence.push(e);
                }
            }
            union(&mut host.municipalities, &c.municipalities);
            host.consequences.push(Consequence {
                code: c.code,
                snapshot: c.snapshot,
                message: c.message,
                text: c.text,
            });
        }
    }
    slots.into_iter().flatten().collect()
}

fn union<T: Ord + Clone>(into: &mut Vec<T>, more: &[T]) {
    into.extend(more.iter().cloned());
    into.sort();
    into.dedup();
}

/// Step 2 and 3: merge a per-document problem repeated by later overview
/// tables, resolve it where a later table no longer shows it, give every
/// finding its id.
fn carry_forward(
    cx: &Cx,
    findings: Vec<Finding>,
    pos: &dyn Fn(&SnapshotId) -> usize,
) -> Vec<Finding> {
    // Where each arrangement is printed in an overview table, established,
    // oldest first: the documents that could show a per-document problem.
    let mut printed: HashMap<&str, Vec<(usize, &LoadedSnapshot, &Arrangement)>> = HashMap::new();
    for (i, s) in cx.snapshots.iter().enumerate() {
        if s.snapshot.kind != SnapshotKind::Inventory || s.snapshot.table.is_none() {
            continue;
        }
        for a in s
            .snapshot
            .arrangements
            .iter()
            .filter(|a| a.status.is_established())
        {
            let v = printed.entry(a.id.as_str()).or_default();
            if v.last().is_none_or(|(j, _, _)| *j != i) {
                v.push((i, s, a));
            }
        }
    }
    // (family, arrangement) -> snapshot position -> findings there
    let mut groups: BTreeMap<(&'static str, String), BTreeMap<usize, Vec<Finding>>> =
        BTreeMap::new();
    let mut out = Vec::new();
    for mut f in findings {
        let carried = f.code.per_document()
            && f.arrangement.as_ref().is_some_and(|a| {
                printed
                    .get(a.as_str())
                    .is_some_and(|v| v.iter().any(|(i, _, _)| *i == pos(&f.snapshot)))
            });
        if carried {
            let a = f
                .arrangement
                .as_ref()
                .map(|a| a.to_string())
                .unwrap_or_default();
            groups
                .entry((f.code.family(), a))
                .or_default()
                .entry(pos(&f.snapshot))
                .or_default()
                .push(f);
        } else {
            let mut rests: Vec<&SnapshotId> = f.evidence.iter().map(|e| &e.snapshot).collect();
            rests.push(&f.snapshot);
            if f.code.per_document() {
                rests = vec![&f.snapshot];
            }
            rests.sort();
            rests.dedup();
            f.id = finding_id(
                f.code.family(),
                f.arrangement.as_ref().map(|a| a.as_str()),
                &rests,
            );
            out.push(f);
        }
    }
    for ((family, a), mut at) in groups {
        let Some(rows) = printed.get(a.as_str()) else {
            continue;
        };
        let mut run: Vec<Finding> = Vec::new();
        for &(i, s, arr) in rows {
            match at.remove(&i) {
                Some(mut fs) => {
                    // the same problem at one row twice (rare): keep the first
                    run.push(fs.remove(0));
                    for mut extra in fs {
                        extra.id = finding_id(family, Some(a.as_str()), &[&extra.snapshot]);
                        out.push(extra);
                    }
                }
                None if !run.is_empty() => {
                    let mut f = merge(family, &a, std::mem::take(&mut run));
                    f.state = FindingState::Resolved;
                    f.resolved_by = Some(evidence_of(s, arr));
                    out.push(f);
                }
                None => {}
            }
        }
        if !run.is_empty() {
            out.push(merge(family, &a, run));
        }
    }
    out
}

/// One finding from the same problem in consecutive documents (oldest
/// first): worded after the latest, citing all, named after the first.
fn merge(family: &str, arrangement: &str, run: Vec<Finding>) -> Finding {
    let first = run[0].snapshot.clone();
    let mut it = run.into_iter().rev();
    let mut f = it.next().expect("a run holds at least one finding");
    let mut evidence = Vec::new();
    let mut earlier: Vec<Finding> = it.collect();
    earlier.reverse();
    for e in earlier.iter().flat_map(|g| g.evidence.iter()) {
        if !evidence.contains(e) {
            evidence.push(e.clone());
        }
    }
    for e in f.evidence.drain(..) {
        if !evidence.contains(&e) {
            evidence.push(e);
        }
    }
    f.evidence = evidence;
    for g in &earlier {
        union(&mut f.municipalities, &g.municipalities);
    }
    f.id = finding_id(family, Some(arrangement), &[&first]);
    f
}

/// The id of a root cause.
pub fn finding_id(family: &str, arrangement: Option<&str>, rests_on: &[&SnapshotId]) -> FindingId {
    let mut h = Sha256::new();
    h.update(family.as_bytes());
    h.update([0]);
    h.update(arrangement.unwrap_or("").as_bytes());
    for s in rests_on {
        h.update([0]);
        h.update(s.as_str().as_bytes());
    }
    let digest = h.finalize();
    let hex: String = digest
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<String>()
        .chars()
        .take(ID_HEX_DIGITS)
        .collect();
    FindingId(format!("f-{hex}"))
}

/// Two findings with one id (a hash collision, or one problem reported
/// twice about one row): the later in order gets `-2`, `-3`.
fn disambiguate(findings: &mut [Finding]) {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for f in findings.iter_mut() {
        let n = seen.entry(f.id.0.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            f.id = FindingId(format!("{}-{}", f.id.0, n));
        }
    }
}
