//! JSON output of `samdiff audit` and `samdiff proposals`.
//!
//! Audit (`format: "samdiff-audit/1"`, schema: `samdiff schema audit`):
//! `registry` (where domain data came from), `today` (the day deadlines
//! were counted from), `snapshots` (`id`, `kind`, `as_of`, `source`),
//! `summary` (open findings per severity, and `resolved`) and `findings` in
//! priority order, each with `id` (stable, `f-` and 12 hex digits), `code`
//! (kebab-case, stable), `severity` (`info`, `warning`, `error`), `state`
//! (`open`, `resolved`), `snapshot` (the latest that shows it),
//! `arrangement` (absent when the finding is about the whole document),
//! `municipalities` (whose follow-up it is), `message`, `why_it_matters`,
//! `evidence` (`snapshot`, `source`, `lines`, `excerpt`; every document that
//! shows it), `consequences` (findings of the same root cause folded into
//! it: `code`, `snapshot`, `message`) and `resolved_by` (the later row that
//! no longer shows it).
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

/// The audit JSON document; its JSON Schema is `samdiff schema audit`.
#[derive(Serialize, schemars::JsonSchema)]
#[schemars(title = "samdiff audit")]
pub struct AuditWire<'a> {
    /// Always `samdiff-audit/1`.
    #[schemars(extend("const" = "samdiff-audit/1"))]
    format: &'static str,
    /// Where domain data came from.
    registry: &'a str,
    /// The day deadlines were counted from, `YYYY-MM-DD`.
    today: String,
    /// The snapshots audited, oldest first.
    snapshots: &'a [AuditedSnapshot],
    /// Open findings per severity (`error`, `warning`, `info`) and the
    /// number `resolved` by a later document.
    summary: BTreeMap<&'static str, usize>,
    /// The findings, in priority order.
    findings: &'a [Finding],
}

/// The JSON Schema of the audit format.
pub fn audit_schema() -> schemars::Schema {
    schemars::schema_for!(AuditWire<'static>)
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
        today: audit.today.to_string(),
        snapshots: &audit.snapshots,
        summary: audit
            .counts()
            .iter()
            .map(|(s, n)| (s.as_str(), *n))
            .chain([("resolved", audit.resolved())])
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
