//! Notices of termination and arrangements that vanished without one.
//!
//! Codes: `notice-given`, `notice-without-date`, `vanished-without-notice`.

use std::collections::HashSet;

use super::messages as msg;
use super::{Code, Cx, Finding, evidence_of, finding};
use crate::model::{Participation, Status};
use crate::snapshot::LoadedSnapshot;

/// Every notice of termination in `s`, with its effective date.
pub fn check_notices(s: &LoadedSnapshot, out: &mut Vec<Finding>) {
    for a in &s.snapshot.arrangements {
        if let Status::NoticeGiven { by, effective } = &a.status {
            let (code, message) = match effective {
                Some(d) => (
                    Code::NoticeGiven,
                    msg::notice_given(a.display_name(), by.as_deref(), *d),
                ),
                None => (
                    Code::NoticeWithoutDate,
                    msg::notice_without_date(a.display_name(), by.as_deref()),
                ),
            };
            out.push(finding(code, s, Some(a), message, vec![evidence_of(s, a)]));
        }
    }
}

/// For consecutive inventories, every established arrangement of the
/// earlier one that the later one leaves out although it covers a
/// municipality marked as taking part, with no notice in the earlier one.
///
/// Only a later document that lists everything it covers can make an
/// arrangement vanish (a prose page or an overview that says it is not
/// exhaustive proves nothing by silence), and where the two documents'
/// dates overlap the finding says they may be in the other order, as the
/// changelog does (issue 12 point 11).
pub fn check_vanished(cx: &Cx, out: &mut Vec<Finding>) {
    let inv = cx.inventories();
    for w in inv.windows(2) {
        let (before, after) = (w[0], w[1]);
        if !crate::diff::lists_everything(&after.snapshot) {
            continue;
        }
        let (x, y) = (&before.snapshot.as_of, &after.snapshot.as_of);
        let overlap = x.earliest() <= y.latest() && y.earliest() <= x.latest();
        let listed: HashSet<&str> = after
            .snapshot
            .arrangements
            .iter()
            .map(|a| a.id.as_str())
            .collect();
        for a in &before.snapshot.arrangements {
            if !matches!(a.status, Status::Active) || listed.contains(a.id.as_str()) {
                continue;
            }
            let covered: Vec<String> = a
                .participation
                .iter()
                .filter(|(m, p)| **p == Participation::Yes && after.snapshot.covers(m))
                .map(|(m, _)| m.to_string())
                .collect();
            if covered.is_empty() {
                continue;
            }
            let message = msg::vanished(
                a.display_name(),
                before.snapshot.id.as_str(),
                after.snapshot.id.as_str(),
                &covered,
                overlap,
            );
            out.push(finding(
                Code::VanishedWithoutNotice,
                after,
                Some(a),
                message,
                vec![evidence_of(before, a)],
            ));
        }
    }
}

/// Mark as resolved every notice finding that a later document settles:
/// the first later overview that lists everything and covers every
/// municipality the finding concerns either prints the arrangement as
/// ended (resolved by that row) or leaves it out (the notice has taken
/// effect: resolved by the line where that document states its scope).
/// A later document that prints the arrangement still running, or one
/// that covers only some of the municipalities, settles nothing; nor does
/// a document that does not say where it states its scope.
pub fn resolve_settled_notices(cx: &Cx, findings: &mut [Finding]) {
    let inv = cx.inventories();
    for f in findings.iter_mut() {
        if !f.is_open() || !matches!(f.code, Code::NoticeGiven | Code::NoticeWithoutDate) {
            continue;
        }
        let Some(a) = f.arrangement.as_ref() else {
            continue;
        };
        let Some(at) = inv.iter().position(|s| s.snapshot.id == f.snapshot) else {
            continue;
        };
        let decides = inv[at + 1..].iter().find(|t| {
            crate::diff::lists_everything(&t.snapshot)
                && !f.municipalities.is_empty()
                && f.municipalities.iter().all(|m| t.snapshot.covers(m))
        });
        let Some(t) = decides else {
            continue;
        };
        let by = match t.snapshot.arrangements.iter().find(|x| x.id == *a) {
            Some(x) if matches!(x.status, Status::Ended { .. }) => Some(evidence_of(t, x)),
            Some(_) => None,
            None => {
                let lines: Vec<u32> = t
                    .snapshot
                    .scope
                    .evidence
                    .iter()
                    .flat_map(|c| c.lines.iter().copied())
                    .collect();
                (!lines.is_empty()).then(|| super::evidence_lines(t, lines))
            }
        };
        if let Some(e) = by {
            f.state = super::FindingState::Resolved;
            f.resolved_by = Some(e);
        }
    }
}
