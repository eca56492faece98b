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
                    msg::notice_given(a.display_name(), by.as_deref(), &d.to_string()),
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
pub fn check_vanished(cx: &Cx, out: &mut Vec<Finding>) {
    let inv = cx.inventories();
    for w in inv.windows(2) {
        let (before, after) = (w[0], w[1]);
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
