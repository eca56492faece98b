//! `samdiff proposals` as text and as Markdown.

use std::io::{self, Write};

use crate::audit::proposals::ProposalReport;
use crate::render::audit_markdown::cell;

/// Write the proposal report as text: one line per proposal, its evidence
/// below it, then a summary.
pub fn write_proposals_text(r: &ProposalReport, out: &mut dyn Write) -> io::Result<()> {
    for p in &r.proposals {
        writeln!(
            out,
            "{:<12} {} [{}] {}",
            p.outcome.as_str(),
            p.plan,
            p.id,
            p.message
        )?;
        for e in &p.evidence {
            let lines: Vec<String> = e.lines.iter().map(|l| l.to_string()).collect();
            writeln!(
                out,
                "             at: {} {}:{}  {}",
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
        .map(|(o, n)| format!("{n} {}", o.as_str()))
        .collect();
    writeln!(
        out,
        "{} proposals in {}: {}",
        r.proposals.len(),
        if r.plans.is_empty() {
            "no plan".to_owned()
        } else {
            r.plans
                .iter()
                .map(|p| p.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        },
        summary.join(", ")
    )
}

/// Write the proposal report as a Markdown table.
pub fn write_proposals_markdown(r: &ProposalReport, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "# Proposals and studies")?;
    writeln!(out)?;
    writeln!(out, "| plan | proposal | outcome | finding | evidence |")?;
    writeln!(out, "|---|---|---|---|---|")?;
    for p in &r.proposals {
        let ev: Vec<String> = p
            .evidence
            .iter()
            .map(|e| {
                let lines: Vec<String> = e.lines.iter().map(|l| l.to_string()).collect();
                format!("`{}` {}:{}", e.snapshot, cell(&e.source), lines.join(","))
            })
            .collect();
        writeln!(
            out,
            "| `{}` | {} | {} | {} | {} |",
            p.plan,
            cell(&p.name),
            p.outcome.as_str(),
            cell(&p.message),
            ev.join("<br>")
        )?;
    }
    Ok(())
}
