//! `samdiff audit` as plain text: one block per finding, grouped by
//! snapshot, each with its evidence lines quoted.

use anstyle::{AnsiColor, Style};
use std::io::{self, Write};

use super::labels::{severity_label, why_text};
use crate::audit::{Audit, Severity};
use crate::i18n::{Catalog, Msg};
use crate::render::snapshot_text::kind_text;

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
pub fn write_audit_text(audit: &Audit, cat: &Catalog, out: &mut dyn Write) -> io::Result<()> {
    let mut current = None;
    for f in &audit.findings {
        if current != Some(&f.snapshot) {
            if current.is_some() {
                writeln!(out)?;
            }
            writeln!(out, "{}", heading(audit, f.snapshot.as_str(), cat))?;
            current = Some(&f.snapshot);
        }
        let st = style(f.severity);
        writeln!(
            out,
            "{st}{}{st:#} [{}] {}",
            severity_label(f.severity, cat),
            f.code.as_str(),
            f.text.render(cat)
        )?;
        let why = cat.text(Msg::AuditWhy);
        writeln!(out, "  {DIM}{why}{DIM:#} {}", why_text(f.code, cat))?;
        let at = cat.text(Msg::AuditAt);
        for e in &f.evidence {
            let lines: Vec<String> = e.lines.iter().map(|l| l.to_string()).collect();
            writeln!(
                out,
                "  {DIM}{at}{DIM:#} {} {}:{}  {DIM}{}{DIM:#}",
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
        "{}",
        cat.get(
            Msg::AuditSummary,
            &[
                ("findings", audit.findings.len().into()),
                ("snapshots", audit.snapshots.len().into()),
                ("errors", e.into()),
                ("warnings", w.into()),
                ("infos", i.into()),
            ],
        )
    )
}

fn heading(audit: &Audit, id: &str, cat: &Catalog) -> String {
    let h = Style::new().bold();
    match audit.snapshots.iter().find(|s| s.id.as_str() == id) {
        Some(s) => format!(
            "{h}{id}{h:#} ({}, {}, {})",
            kind_text(s.kind, cat),
            s.as_of,
            s.source
        ),
        None => format!("{h}{id}{h:#}"),
    }
}
