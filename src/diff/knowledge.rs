//! The plug-in point for domain data: legal-form vocabulary, successions
//! of partners and names, explanations of changes.
//!
//! The engine asks a [`DomainKnowledge`] whenever a decision needs facts
//! that are not in the two snapshots: is `kl1992-s28-1b` → `kl2018-vertskommune`
//! a relabel or a substantive change? Is `Innlandet fylkeskommune` the
//! successor of `Oppland fylkeskommune`? Every method has a default that
//! knows nothing ([`NoKnowledge`]), so an implementation overrides only what
//! its data covers. The registry (`snapshots/registry.json`) implements it.

use chrono::NaiveDate;

use super::change::{Change, Reason};
use crate::model::{Partner, Snapshot};

/// The window in which a change between two snapshots may have happened:
/// from the earliest day the earlier snapshot may describe to the latest day
/// the later one may describe (both inclusive). Wide on purpose: an event
/// inside it *may* explain the change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Interval {
    /// Earliest day of the earlier snapshot.
    pub from: NaiveDate,
    /// Latest day of the later snapshot.
    pub to: NaiveDate,
}

impl Interval {
    /// The window between `before` and `after`.
    pub fn between(before: &Snapshot, after: &Snapshot) -> Interval {
        Interval {
            from: before.as_of.earliest(),
            to: after.as_of.latest(),
        }
    }

    /// Whether `day` lies inside the window.
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.to
    }
}

/// How two normalised legal forms relate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormRelation {
    /// The same form.
    Same,
    /// The same legal basis under a new label (a section of the old act
    /// continued by the new act).
    Relabel {
        /// Why it is only a relabel.
        reason: Option<Reason>,
    },
    /// A substantive change of form or basis.
    Change {
        /// What explains it, if known.
        reason: Option<Reason>,
    },
}

/// Facts about the domain that the diff cannot read from the snapshots.
///
/// Implementations must be deterministic and symmetric where the question
/// is: `form_relation(a, b)` and `form_relation(b, a)` should agree on the
/// variant, so swapping the sides of a diff mirrors the changelog. `Sync`:
/// a large diff asks from two threads.
pub trait DomainKnowledge: Sync {
    /// How the normalised legal form `before` relates to `after` (ids like
    /// `kl1992-s28-1b`). Default: equal ids are the same, others a change.
    fn form_relation(&self, before: &str, after: &str, between: Interval) -> FormRelation {
        let _ = between;
        if before == after {
            FormRelation::Same
        } else {
            FormRelation::Change { reason: None }
        }
    }

    /// Whether partner `after` is the successor of `before` (a merger within
    /// the window). Default: no successions known.
    fn partner_succession(
        &self,
        before: &Partner,
        after: &Partner,
        between: Interval,
    ) -> Option<Reason> {
        let _ = (before, after, between);
        None
    }

    /// Why an arrangement's name changed from `before` to `after` (a title
    /// renamed by law, `Rådmannsutvalg` → `Kommunedirektørutvalg`).
    /// Default: no reason known.
    fn name_succession(&self, before: &str, after: &str, between: Interval) -> Option<Reason> {
        let _ = (before, after, between);
        None
    }

    /// A reason for any other change (tax collection moved to the state in
    /// 2020, …), asked for every change that has none yet. Default: none.
    fn explain(&self, change: &Change, between: Interval) -> Option<Reason> {
        let _ = (change, between);
        None
    }
}

/// Knows nothing: different normalised legal-form ids are a change, partners
/// are compared by name, nothing is explained.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoKnowledge;

impl DomainKnowledge for NoKnowledge {}
