//! `samdiff audit` as Markdown, for a report to the control committee: a
//! summary table, then one section per snapshot with a table of findings.

use std::io::{self, Write};

use crate::audit::Audit;

/// Escape text for a Markdown table cell.
pub fn cell(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace('\n', " ")
}

/// Write the audit as Markdown.
pub fn write_audit_markdown(audit: &Audit, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "# Audit of inter-municipal cooperation overviews")?;
    writeln!(out)?;
    writeln!(out, "Registry: `{}`.", audit.registry)?;
    writeln!(out)?;
    writeln!(
        out,
        "| snapshot | kind | as of | source | errors | warnings | info |"
    )?;
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
            s.kind.as_str(),
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
        writeln!(
            out,
            "| severity | code | finding | why it matters | evidence |"
        )?;
        writeln!(out, "|---|---|---|---|---|")?;
        for f in fs {
            let ev: Vec<String> = f
                .evidence
                .iter()
                .map(|e| {
                    let lines: Vec<String> = e.lines.iter().map(|l| l.to_string()).collect();
                    format!("`{}` {}:{}", e.snapshot, cell(&e.source), lines.join(","))
                })
                .collect();
            writeln!(
                out,
                "| {} | `{}` | {} | {} | {} |",
                f.severity.as_str(),
                f.code.as_str(),
                cell(&f.message),
                cell(f.why_it_matters),
                ev.join("<br>")
            )?;
        }
    }
    Ok(())
}
