//! Whether a snapshot's silence about an arrangement means anything.
//!
//! An arrangement listed on one side only is an addition or an ending only
//! when the other document claims to cover (`scope.covers`) a municipality
//! that takes part in it. Otherwise it merely entered or left the document's
//! scope. When a covered municipality's participation is unknown, the
//! documents cannot tell, and we say so rather than claim an ending.

use crate::model::{Arrangement, Municipality, Participation, Snapshot, SnapshotKind};

/// What an arrangement's absence from a snapshot means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Absence {
    /// The snapshot covers a participant: absence means it did not exist
    /// (an ending, or on the earlier side an addition).
    Covered,
    /// The snapshot covers none of its participants: out of scope.
    OutOfScope,
    /// The snapshot covers a municipality whose participation is unknown:
    /// it may be an ending (or addition), or only out of scope.
    Unknown,
    /// The snapshot does not list every arrangement (a prose summary), so
    /// its silence proves nothing, whatever its scope.
    NotExhaustive,
    /// The snapshot is a plan: it lists proposals, not the arrangements
    /// that exist, so it covers nobody and its silence is never a possible
    /// ending or addition.
    Plan,
}

/// Whether a snapshot's silence is evidence: only an inventory that claims
/// to be exhaustive (`scope.exhaustive`, set by the curator) lists every
/// arrangement in its scope. A plan lists proposals; a prose page names some
/// arrangements in sentences.
pub fn lists_everything(s: &Snapshot) -> bool {
    s.kind == SnapshotKind::Inventory && s.scope.exhaustive
}

/// What the absence of `arrangement` (listed in another snapshot) from
/// `silent` means.
///
/// A plan covers nobody ([`Absence::Plan`]); a prose page does not list
/// everything: its silence is [`Absence::NotExhaustive`] whenever it covers
/// a participant.
pub fn absence(arrangement: &Arrangement, silent: &Snapshot) -> Absence {
    if silent.kind == SnapshotKind::Plan {
        return Absence::Plan;
    }
    let reading = covered(arrangement, silent);
    if reading != Absence::OutOfScope && !lists_everything(silent) {
        return Absence::NotExhaustive;
    }
    reading
}

fn covered(arrangement: &Arrangement, silent: &Snapshot) -> Absence {
    let mut unknown = false;
    for m in &silent.scope.covers {
        match arrangement.participation_of(m) {
            Participation::Yes => return Absence::Covered,
            // For a study or a proposal, the municipalities considering it
            // are the ones involved.
            Participation::Considering if !arrangement.status.is_established() => {
                return Absence::Covered;
            }
            Participation::Unknown => unknown = true,
            Participation::No | Participation::Considering => {}
        }
    }
    if unknown {
        Absence::Unknown
    } else {
        Absence::OutOfScope
    }
}

/// The covered municipalities behind an [`Absence`] reading of `arrangement`
/// against `silent`: for `Covered`, the covered municipalities taking part;
/// for `Unknown`, the covered ones whose participation is unknown; none for
/// `OutOfScope`. Sentences name them ("Øyer takes part").
pub fn scope_basis(
    arrangement: &Arrangement,
    silent: &Snapshot,
    reading: Absence,
) -> Vec<Municipality> {
    let involved = |p: Participation| {
        p == Participation::Yes
            || (p == Participation::Considering && !arrangement.status.is_established())
    };
    let want = match reading {
        Absence::Covered => {
            let mut v: Vec<Municipality> = silent
                .scope
                .covers
                .iter()
                .filter(|m| involved(arrangement.participation_of(m)))
                .cloned()
                .collect();
            v.sort();
            v.dedup();
            return v;
        }
        Absence::Unknown => Participation::Unknown,
        Absence::NotExhaustive => {
            let mut v: Vec<Municipality> = silent
                .scope
                .covers
                .iter()
                .filter(|m| arrangement.participation_of(m) != Participation::No)
                .cloned()
                .collect();
            v.sort();
            v.dedup();
            return v;
        }
        Absence::OutOfScope | Absence::Plan => return Vec::new(),
    };
    let mut v: Vec<Municipality> = silent
        .scope
        .covers
        .iter()
        .filter(|m| arrangement.participation_of(m) == want)
        .cloned()
        .collect();
    v.sort();
    v.dedup();
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::testutil::{arr, snap};

    #[test]
    fn covered_participant_means_ended() {
        let s = snap("b", 2021, &["Øyer"], &[]);
        let a = arr("x", "X", &[("Øyer", "yes"), ("Gausdal", "yes")]);
        assert_eq!(absence(&a, &s), Absence::Covered);
    }

    #[test]
    fn a_study_is_covered_where_a_covered_municipality_considers_it() {
        let s = snap("b", 2021, &["Øyer"], &[]);
        let mut a = arr("x", "X", &[("Øyer", "considering")]);
        a.status = crate::model::Status::UnderStudy;
        assert_eq!(absence(&a, &s), Absence::Covered);
        a.status = crate::model::Status::Active;
        assert_eq!(absence(&a, &s), Absence::OutOfScope);
    }

    #[test]
    fn uncovered_participants_mean_out_of_scope() {
        let s = snap("b", 2021, &["Øyer"], &[]);
        let a = arr("x", "X", &[("Øyer", "no"), ("Gausdal", "yes")]);
        assert_eq!(absence(&a, &s), Absence::OutOfScope);
    }

    #[test]
    fn unknown_participation_is_not_an_ending() {
        let s = snap("b", 2021, &["Øyer"], &[]);
        let a = arr("x", "X", &[("Øyer", "unknown"), ("Gausdal", "yes")]);
        assert_eq!(absence(&a, &s), Absence::Unknown);
        // not listed at all is unknown too
        let a = arr("x", "X", &[("Gausdal", "yes")]);
        assert_eq!(absence(&a, &s), Absence::Unknown);
    }

    #[test]
    fn a_plan_or_prose_proves_nothing_by_silence() {
        let mut s = snap("b", 2021, &["Øyer"], &[]);
        let a = arr("x", "X", &[("Øyer", "yes")]);
        s.scope.exhaustive = false;
        assert_eq!(absence(&a, &s), Absence::NotExhaustive);
        assert_eq!(
            scope_basis(&a, &s, Absence::NotExhaustive),
            vec!["Øyer".into()]
        );
        // out of scope stays out of scope
        let b = arr("y", "Y", &[("Øyer", "no"), ("Gausdal", "yes")]);
        assert_eq!(absence(&b, &s), Absence::OutOfScope);
    }

    #[test]
    fn issue12_p3_a_plan_covers_nobody() {
        // Even a plan whose curator listed municipalities it speaks for.
        let mut s = snap("b", 2021, &["Øyer"], &[]);
        s.kind = SnapshotKind::Plan;
        let a = arr("x", "X", &[("Øyer", "yes")]);
        assert_eq!(absence(&a, &s), Absence::Plan);
        assert!(scope_basis(&a, &s, Absence::Plan).is_empty());
    }
}
