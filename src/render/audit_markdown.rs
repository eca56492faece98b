//! `samdiff audit` as Markdown, for a report to the control committee: a
//! summary table, then one section per snapshot with a table of findings.

use std::io::{self, Write};

use super::labels::{severity_label, why_text};
use crate::audit::Audit;
use crate::i18n::{Catalog, Msg};
use crate::render::snapshot_text::kind_text;

pub use super::templates::{markdown_escape as cell, markdown_escape_message};

/// Write the audit as Markdown.
pub fn write_audit_markdown(audit: &Audit, cat: &Catalog, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "# {}", cat.text(Msg::AuditTitle))?;
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        cat.get(
            Msg::AuditRegistry,
            &[("registry", audit.registry.as_str().into())]
        )
    )?;
    writeln!(out)?;
    let cols: Vec<String> = [
        Msg::ColSnapshot,
        Msg::ColKind,
        Msg::ColAsOf,
        Msg::ColSource,
        Msg::AuditColErrors,
        Msg::AuditColWarnings,
        Msg::AuditColInfo,
    ]
    .into_iter()
    .map(|m| cell(&cat.text(m)))
    .collect();
    writeln!(out, "| {} |", cols.join(" | "))?;
    writeln!(out, "|---|---|---|---|---:|---:|---:|")?;
    for s in &audit.snapshots {
        let n = |sev| {
            audit
                .findings
                .iter()
                .filter(|f| f.snapshot == s.id && f.severity == sev)
                .count()
        };
        use crate::audit::Severity::*;
        writeln!(
            out,
            "| `{}` | {} | {} | `{}` | {} | {} | {} |",
            s.id,
            cell(&kind_text(s.kind, cat)),
            s.as_of,
            cell(&s.source),
            n(Error),
            n(Warning),
            n(Info)
        )?;
    }
    for s in &audit.snapshots {
        let fs: Vec<_> = audit
            .findings
            .iter()
            .filter(|f| f.snapshot == s.id)
            .collect();
        if fs.is_empty() {
            continue;
        }
        writeln!(out)?;
        writeln!(out, "## `{}` ({})", s.id, s.as_of)?;
        writeln!(out)?;
        let cols: Vec<String> = [
            Msg::CsvSeverity,
            Msg::CsvCode,
            Msg::CsvMessage,
            Msg::CsvWhy,
            Msg::CsvEvidence,
        ]
        .into_iter()
        .map(|m| cell(&cat.text(m)))
        .collect();
        writeln!(out, "| {} |", cols.join(" | "))?;
        writeln!(out, "|---|---|---|---|---|")?;
        for f in fs {
            let ev: Vec<String> = f.evidence.iter().map(evidence_cell).collect();
            writeln!(
                out,
                "| {} | `{}` | {} | {} | {} |",
                cell(&severity_label(f.severity, cat)),
                f.code.as_str(),
                markdown_escape_message(&f.text.render(cat)),
                markdown_escape_message(&why_text(f.code, cat)),
                ev.join("<br>")
            )?;
        }
    }
    Ok(())
}

/// One piece of evidence as a Markdown table cell: `` `snapshot` source:lines ``.
pub fn evidence_cell(e: &crate::audit::Evidence) -> String {
    let lines: Vec<String> = e.lines.iter().map(|l| l.to_string()).collect();
    format!("`{}` {}:{}", e.snapshot, cell(&e.source), lines.join(","))
}
