//! Proposal tracking: what became of a plan's proposals and studies, by
//! the later inventories.
//!
//! A proposal is matched to a later arrangement by its stable id (the
//! curator gives a realised proposal the id of the arrangement it became).
//! The latest later inventory that lists the id decides the outcome; one
//! that lists none says only that no later inventory shows it, within the
//! scope of the inventories checked.

use serde::Serialize;

use super::messages as msg;
use super::{Evidence, evidence_of};
use crate::i18n::{Lang, Text, TextArg, with_catalog};
use crate::model::{ArrangementId, SnapshotId, SnapshotKind, Status};
use crate::render::snapshot_text::status_text;
use crate::snapshot::LoadedSnapshot;

/// What became of a proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// A later inventory lists it as established (active or under notice).
    Realised,
    /// A later inventory lists it as still proposed or under study.
    UnderStudy,
    /// A later inventory lists it as ended.
    Ended,
    /// No later inventory lists it.
    NotStarted,
}

impl Outcome {
    /// The snake_case name used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Realised => "realised",
            Outcome::UnderStudy => "under_study",
            Outcome::Ended => "ended",
            Outcome::NotStarted => "not_started",
        }
    }
}

/// One proposal or study of a plan and what became of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TrackedProposal {
    /// The plan that proposed it.
    pub plan: SnapshotId,
    /// The proposal's id.
    pub id: ArrangementId,
    /// Its name as the plan prints it.
    pub name: String,
    /// `proposed` or `under_study` in the plan.
    pub planned_as: &'static str,
    /// What became of it.
    pub outcome: Outcome,
    /// The later inventory that shows the outcome, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seen_in: Option<SnapshotId>,
    /// The arrangement's name there, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub became: Option<String>,
    /// One sentence saying so.
    pub message: String,
    /// The same, ready to render in any language.
    #[serde(skip)]
    pub text: Text,
    /// The plan's line, and the later inventory's lines if any.
    pub evidence: Vec<Evidence>,
}

/// All proposals of the plans, with the inventories checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProposalReport {
    /// The plans read, oldest first.
    pub plans: Vec<SnapshotId>,
    /// The proposals, in plan order then document order.
    pub proposals: Vec<TrackedProposal>,
}

impl ProposalReport {
    /// Number of proposals per outcome.
    pub fn counts(&self) -> [(Outcome, usize); 4] {
        [
            Outcome::Realised,
            Outcome::UnderStudy,
            Outcome::Ended,
            Outcome::NotStarted,
        ]
        .map(|o| (o, self.proposals.iter().filter(|p| p.outcome == o).count()))
    }
}

/// Track every proposal and study of every plan among `snapshots` through
/// the inventories dated after it.
pub fn track_proposals(snapshots: &[&LoadedSnapshot]) -> ProposalReport {
    let mut sorted: Vec<&LoadedSnapshot> = snapshots.to_vec();
    sorted.sort_by(|a, b| {
        let (x, y) = (&a.snapshot, &b.snapshot);
        (x.as_of.earliest(), x.as_of.latest(), &x.id).cmp(&(
            y.as_of.earliest(),
            y.as_of.latest(),
            &y.id,
        ))
    });
    let mut report = ProposalReport {
        plans: Vec::new(),
        proposals: Vec::new(),
    };
    for plan in sorted
        .iter()
        .filter(|s| s.snapshot.kind == SnapshotKind::Plan)
    {
        report.plans.push(plan.snapshot.id.clone());
        let later: Vec<&LoadedSnapshot> = sorted
            .iter()
            .copied()
            .filter(|s| {
                s.snapshot.kind == SnapshotKind::Inventory
                    && s.snapshot.as_of.earliest() > plan.snapshot.as_of.latest()
            })
            .collect();
        let checked: Vec<Text> = later
            .iter()
            .map(|s| {
                let covers: Vec<String> = s
                    .snapshot
                    .scope
                    .covers
                    .iter()
                    .map(|m| m.to_string())
                    .collect();
                msg::proposal_checked(s.snapshot.id.as_str(), &covers)
            })
            .collect();
        for p in &plan.snapshot.arrangements {
            let planned_as = match p.status {
                Status::Proposed => "proposed",
                Status::UnderStudy => "under_study",
                _ => continue,
            };
            let hit = later
                .iter()
                .rev()
                .find_map(|s| s.snapshot.arrangement(p.id.as_str()).map(|a| (*s, a)));
            let mut evidence = vec![evidence_of(plan, p)];
            let name = p.name.as_str();
            let (outcome, seen_in, became, message) = match hit {
                None => (
                    Outcome::NotStarted,
                    None,
                    None,
                    msg::proposal_not_started(name, &checked),
                ),
                Some((s, a)) => {
                    evidence.push(evidence_of(s, a));
                    let sid = s.snapshot.id.as_str();
                    let (outcome, message) = match &a.status {
                        Status::Active | Status::NoticeGiven { .. } => (
                            Outcome::Realised,
                            msg::proposal_realised(
                                name,
                                a.display_name(),
                                sid,
                                TextArg::Local {
                                    en: a.status.as_str().to_owned(),
                                    nb: with_catalog(Lang::Nb, |cat| status_text(&a.status, cat)),
                                },
                            ),
                        ),
                        Status::Proposed | Status::UnderStudy => {
                            (Outcome::UnderStudy, msg::proposal_under_study(name, sid))
                        }
                        Status::Ended { .. } => (Outcome::Ended, msg::proposal_ended(name, sid)),
                    };
                    (
                        outcome,
                        Some(s.snapshot.id.clone()),
                        Some(a.display_name().to_owned()),
                        message,
                    )
                }
            };
            report.proposals.push(TrackedProposal {
                plan: plan.snapshot.id.clone(),
                id: p.id.clone(),
                name: name.to_owned(),
                planned_as,
                outcome,
                seen_in,
                became,
                message: message.english(),
                text: message,
                evidence,
            });
        }
    }
    report
}
