//! Scope: rows that contradict the document's own claim of whose
//! cooperation it covers.
//!
//! Codes: `row-outside-scope`, `participation-unknown`.

use super::messages as msg;
use super::{Code, Finding, evidence_of, finding};
use crate::model::Participation;
use crate::snapshot::LoadedSnapshot;

/// Check every established arrangement of `s` against `s.scope.covers`.
pub fn check(s: &LoadedSnapshot, out: &mut Vec<Finding>) {
    let covers = &s.snapshot.scope.covers;
    if covers.is_empty() {
        return;
    }
    let names: Vec<String> = covers.iter().map(|m| m.to_string()).collect();
    for a in s
        .snapshot
        .arrangements
        .iter()
        .filter(|a| a.status.is_established())
    {
        let of: Vec<Participation> = covers.iter().map(|m| a.participation_of(m)).collect();
        if of
            .iter()
            .any(|p| matches!(p, Participation::Yes | Participation::Considering))
        {
            continue;
        }
        let (code, message) = if of.iter().all(|p| *p == Participation::No) {
            let marked: Vec<String> = a.participants().map(|m| m.to_string()).collect();
            (
                Code::RowOutsideScope,
                msg::row_outside_scope(a.display_name(), &names, &marked),
            )
        } else {
            (
                Code::ParticipationUnknown,
                msg::participation_unknown(a.display_name(), &names),
            )
        };
        out.push(finding(code, s, Some(a), message, vec![evidence_of(s, a)]));
    }
}
