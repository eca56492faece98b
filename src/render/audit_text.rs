//! `samdiff audit` as plain text: one block per finding, grouped by
//! snapshot, each with its evidence lines quoted.

use anstyle::{AnsiColor, Style};
use std::io::{self, Write};

use crate::audit::{Audit, Severity};

const ERROR: Style = AnsiColor::Red.on_default().bold();
const WARNING: Style = AnsiColor::Yellow.on_default().bold();
const INFO: Style = AnsiColor::Cyan.on_default();
const DIM: Style = Style::new().dimmed();

fn style(s: Severity) -> Style {
    match s {
        Severity::Error => ERROR,
        Severity::Warning => WARNING,
        Severity::Info => INFO,
    }
}

/// Write the audit as text. Colour codes are written always; the caller's
/// stream strips them where colour is off.
pub fn write_audit_text(audit: &Audit, out: &mut dyn Write) -> io::Result<()> {
    let mut current = None;
    for f in &audit.findings {
        if current != Some(&f.snapshot) {
            if current.is_some() {
                writeln!(out)?;
            }
            writeln!(out, "{}", heading(audit, f.snapshot.as_str()))?;
            current = Some(&f.snapshot);
        }
        let st = style(f.severity);
        writeln!(
            out,
            "{st}{}{st:#} [{}] {}",
            f.severity.as_str(),
            f.code.as_str(),
            f.message
        )?;
        writeln!(out, "  {DIM}why:{DIM:#} {}", f.why_it_matters)?;
        for e in &f.evidence {
            let lines: Vec<String> = e.lines.iter().map(|l| l.to_string()).collect();
            writeln!(
                out,
                "  {DIM}at:{DIM:#} {} {}:{}  {DIM}{}{DIM:#}",
                e.snapshot,
                e.source,
                lines.join(","),
                e.excerpt
            )?;
        }
    }
    if !audit.findings.is_empty() {
        writeln!(out)?;
    }
    let [(_, e), (_, w), (_, i)] = audit.counts();
    writeln!(
        out,
        "{} finding{} in {} snapshot{}: {e} error{}, {w} warning{}, {i} info",
        audit.findings.len(),
        plural(audit.findings.len()),
        audit.snapshots.len(),
        plural(audit.snapshots.len()),
        plural(e),
        plural(w),
    )
}

fn heading(audit: &Audit, id: &str) -> String {
    let h = Style::new().bold();
    match audit.snapshots.iter().find(|s| s.id.as_str() == id) {
        Some(s) => format!(
            "{h}{id}{h:#} ({}, {}, {})",
            s.kind.as_str(),
            s.as_of,
            s.source
        ),
        None => format!("{h}{id}{h:#}"),
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
