//! Cross-snapshot contradictions: participation marks that move from one
//! municipality to another, and hosts that change, where no registry event
//! explains it.
//!
//! Codes: `participation-swapped`, `host-changed-unexplained`.

use super::messages as msg;
use super::{Code, Cx, Finding, evidence_of, finding, window};
use std::collections::BTreeMap;

use crate::model::{Arrangement, Host, Participation};
use crate::snapshot::LoadedSnapshot;

/// Whether a mark says the municipality is in (or on its way in).
fn engaged(p: Participation) -> bool {
    matches!(p, Participation::Yes | Participation::Considering)
}

/// `Øyer`, or `Øyer (considering)`.
fn marked(m: &str, p: Participation) -> String {
    if p == Participation::Considering {
        format!("{m} ({})", p.as_str())
    } else {
        m.to_owned()
    }
}

/// Compare each arrangement between consecutive inventories that list it.
pub fn check(cx: &Cx, out: &mut Vec<Finding>) {
    // Every arrangement's appearances, oldest first, in one pass (issue 16:
    // a lookup per id and snapshot made the audit quadratic).
    let mut seen_in: BTreeMap<&str, Vec<(&LoadedSnapshot, &Arrangement)>> = BTreeMap::new();
    for s in cx.inventories() {
        for a in &s.snapshot.arrangements {
            let v = seen_in.entry(a.id.as_str()).or_default();
            // a snapshot listing one id twice counts once, as before
            if !v.last().is_some_and(|(t, _)| std::ptr::eq(*t, s)) {
                v.push((s, a));
            }
        }
    }
    for seen in seen_in.values() {
        for w in seen.windows(2) {
            let ((sb, a), (sa, b)) = (w[0], w[1]);
            let win = window(sb, sa);
            let names = [a.display_name(), b.display_name()];
            let ev = || vec![evidence_of(sb, a), evidence_of(sa, b)];
            let (mut left, mut joined) = (Vec::new(), Vec::new());
            for (m, &pa) in &a.participation {
                let pb = b.participation_of(m);
                if engaged(pa) && pb == Participation::No {
                    left.push(marked(m.as_str(), pa));
                } else if pa == Participation::No && engaged(pb) {
                    joined.push(marked(m.as_str(), pb));
                }
            }
            let explained = cx
                .registry
                .explain_change("participant_left", &names, win)
                .is_some()
                || cx
                    .registry
                    .explain_change("participant_joined", &names, win)
                    .is_some();
            if !left.is_empty() && !joined.is_empty() && !explained {
                out.push(finding(
                    Code::ParticipationSwapped,
                    sa,
                    Some(b),
                    msg::participation_swapped(
                        b.display_name(),
                        sb.snapshot.id.as_str(),
                        sa.snapshot.id.as_str(),
                        &left,
                        &joined,
                    ),
                    ev(),
                ));
            }
            let named = |h: &Host| matches!(h, Host::Participant(_) | Host::Outside(_));
            if let (Some(old), Some(new)) = (a.host.name(), b.host.name())
                && named(&a.host)
                && named(&b.host)
                && old.to_lowercase() != new.to_lowercase()
                && cx
                    .registry
                    .explain_change("host_changed", &names, win)
                    .is_none()
                && cx.registry.explain_partner(old, new, win).is_none()
            {
                out.push(finding(
                    Code::HostChangedUnexplained,
                    sa,
                    Some(b),
                    msg::host_changed(
                        b.display_name(),
                        sb.snapshot.id.as_str(),
                        sa.snapshot.id.as_str(),
                        old,
                        new,
                    ),
                    ev(),
                ));
            }
        }
    }
}
