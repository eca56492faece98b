//! JSON output of `samdiff audit` and `samdiff proposals`.
//!
//! Audit (`format: "samdiff-audit/1"`): `registry` (where domain data came
//! from), `snapshots` (`id`, `kind`, `as_of`, `source`), `summary` (count
//! per severity) and `findings`, each with `code` (kebab-case, stable),
//! `severity` (`info`, `warning`, `error`), `snapshot`, `arrangement`
//! (absent when the finding is about the whole document), `message`,
//! `why_it_matters` and `evidence` (`snapshot`, `source`, `lines`,
//! `excerpt`).
//!
//! Proposals (`format: "samdiff-proposals/1"`): `plans`, `summary` (count
//! per outcome) and `proposals`, each with `plan`, `id`, `name`,
//! `planned_as`, `outcome` (`realised`, `under_study`, `ended`,
//! `not_started`), `seen_in`, `became`, `message` and `evidence`.

use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{self, Write};

use crate::audit::proposals::{ProposalReport, TrackedProposal};
use crate::audit::{Audit, AuditedSnapshot, Finding};
use crate::model::SnapshotId;

/// The `format` of audit JSON.
pub const AUDIT_FORMAT: &str = "samdiff-audit/1";
/// The `format` of proposals JSON.
pub const PROPOSALS_FORMAT: &str = "samdiff-proposals/1";

#[derive(Serialize)]
struct AuditWire<'a> {
    format: &'static str,
    registry: &'a str,
    snapshots: &'a [AuditedSnapshot],
    summary: BTreeMap<&'static str, usize>,
    findings: &'a [Finding],
}

#[derive(Serialize)]
struct ProposalsWire<'a> {
    format: &'static str,
    plans: &'a [SnapshotId],
    summary: BTreeMap<&'static str, usize>,
    proposals: &'a [TrackedProposal],
}

/// Write the audit as pretty JSON.
pub fn write_audit_json(audit: &Audit, out: &mut dyn Write) -> io::Result<()> {
    let wire = AuditWire {
        format: AUDIT_FORMAT,
        registry: &audit.registry,
        snapshots: &audit.snapshots,
        summary: audit
            .counts()
            .iter()
            .map(|(s, n)| (s.as_str(), *n))
            .collect(),
        findings: &audit.findings,
    };
    serde_json::to_writer_pretty(&mut *out, &wire).map_err(io::Error::from)?;
    writeln!(out)
}

/// Write the proposal report as pretty JSON.
pub fn write_proposals_json(r: &ProposalReport, out: &mut dyn Write) -> io::Result<()> {
    let wire = ProposalsWire {
        format: PROPOSALS_FORMAT,
        plans: &r.plans,
        summary: r.counts().iter().map(|(o, n)| (o.as_str(), *n)).collect(),
        proposals: &r.proposals,
    };
    serde_json::to_writer_pretty(&mut *out, &wire).map_err(io::Error::from)?;
    writeln!(out)
}
