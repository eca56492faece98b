//! `samdiff proposals` as text and as Markdown.

use super::audit_markdown::evidence_cell;
use std::io::{self, Write};

use crate::audit::proposals::{Outcome, ProposalReport};
use crate::i18n::{Catalog, Msg};
use crate::render::audit_markdown::cell;

/// Write the proposal report as text: one line per proposal, its evidence
/// below it, then a summary.
pub fn write_proposals_text(
    r: &ProposalReport,
    cat: &Catalog,
    out: &mut dyn Write,
) -> io::Result<()> {
    let at = cat.text(Msg::AuditAt);
    for p in &r.proposals {
        writeln!(
            out,
            "{:<12} {} [{}] {}",
            outcome_label(p.outcome, cat),
            p.plan,
            p.id,
            p.text.render(cat)
        )?;
        for e in &p.evidence {
            let lines: Vec<String> = e.lines.iter().map(|l| l.to_string()).collect();
            writeln!(
                out,
                "             {at} {} {}:{}  {}",
                e.snapshot,
                e.source,
                lines.join(","),
                e.excerpt
            )?;
        }
    }
    let summary: Vec<String> = r
        .counts()
        .iter()
        .map(|(o, n)| format!("{n} {}", outcome_label(*o, cat)))
        .collect();
    let plans = if r.plans.is_empty() {
        cat.text(Msg::ProposalsNoPlan)
    } else {
        r.plans
            .iter()
            .map(|p| p.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    writeln!(
        out,
        "{}",
        cat.get(
            Msg::ProposalsSummary,
            &[
                ("count", r.proposals.len().into()),
                ("plans", plans.into()),
                ("outcomes", summary.join(", ").into()),
            ],
        )
    )
}

/// An outcome's name in the reader's language.
pub fn outcome_label(o: Outcome, cat: &Catalog) -> String {
    cat.text(match o {
        Outcome::Realised => Msg::OutcomeRealised,
        Outcome::UnderStudy => Msg::OutcomeUnderStudy,
        Outcome::Ended => Msg::OutcomeEnded,
        Outcome::NotStarted => Msg::OutcomeNotStarted,
    })
}

/// Write the proposal report as a Markdown table.
pub fn write_proposals_markdown(
    r: &ProposalReport,
    cat: &Catalog,
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(out, "# {}", cat.text(Msg::ProposalsTitle))?;
    writeln!(out)?;
    let cols: Vec<String> = [
        Msg::ProposalsColPlan,
        Msg::ProposalsColProposal,
        Msg::ProposalsColOutcome,
        Msg::CsvMessage,
        Msg::CsvEvidence,
    ]
    .into_iter()
    .map(|m| cell(&cat.text(m)))
    .collect();
    writeln!(out, "| {} |", cols.join(" | "))?;
    writeln!(out, "|---|---|---|---|---|")?;
    for p in &r.proposals {
        let ev: Vec<String> = p.evidence.iter().map(evidence_cell).collect();
        writeln!(
            out,
            "| `{}` | {} | {} | {} | {} |",
            p.plan,
            cell(&p.name),
            cell(&outcome_label(p.outcome, cat)),
            super::audit_markdown::markdown_escape_message(&p.text.render(cat)),
            ev.join("<br>")
        )?;
    }
    Ok(())
}
