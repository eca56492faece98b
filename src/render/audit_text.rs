//! `samdiff audit` as plain text: one block per finding, grouped by
//! snapshot, each with its evidence lines quoted.

use anstyle::{AnsiColor, Style};
use std::io::{self, Write};

use super::labels::{severity_label, why_text};
use crate::audit::register::RegisterView;
use crate::audit::{Audit, Evidence, Severity};
use crate::i18n::{Catalog, Msg};

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

/// The catalogue quotes printed values as code spans (`` `27?` ``), which
/// Markdown renders; in plain bokmål text they become «27?», the quotation
/// marks a Norwegian reader expects. English text keeps the backticks.
fn plain_quotes(s: &str, cat: &Catalog) -> String {
    // A finding is one line, whatever line breaks a quoted name holds.
    let s = super::one_line(s);
    if cat.lang() != crate::i18n::Lang::Nb {
        return s.into_owned();
    }
    super::followup_words::code_spans_as(&s, '«', '»')
}

/// Write the audit as text. Colour codes are written always; the caller's
/// stream strips them where colour is off.
pub fn write_audit_text(audit: &Audit, cat: &Catalog, out: &mut dyn Write) -> io::Result<()> {
    write_audit_text_with(audit, None, cat, out)
}

/// Write the audit as text, in priority order, each finding with its id,
/// its register state (with a register) and its evidence quoted.
pub fn write_audit_text_with(
    audit: &Audit,
    register: Option<&RegisterView>,
    cat: &Catalog,
    out: &mut dyn Write,
) -> io::Result<()> {
    for f in &audit.findings {
        let (st, label) = if f.is_open() {
            (style(f.severity), severity_label(f.severity, cat))
        } else {
            (DIM, cat.text(Msg::AuditResolved))
        };
        writeln!(
            out,
            "{st}{label}{st:#} [{}] {}",
            f.code.as_str(),
            plain_quotes(&f.text.render(cat), cat)
        )?;
        let mut who: Vec<String> = vec![f.snapshot.to_string()];
        if !f.municipalities.is_empty() {
            let names: Vec<String> = f.municipalities.iter().map(|m| m.to_string()).collect();
            who.push(cat.and_list(&names));
        }
        writeln!(
            out,
            "  {DIM}{}{DIM:#} {} · {}",
            cat.text(Msg::AuditId),
            f.id,
            who.join(" · ")
        )?;
        if let Some(r) = register {
            writeln!(
                out,
                "  {DIM}{}{DIM:#} {}",
                cat.text(Msg::RegisterLabel),
                r.state_text(f, cat)
            )?;
        }
        let why = cat.text(Msg::AuditWhy);
        writeln!(out, "  {DIM}{why}{DIM:#} {}", why_text(f.code, cat))?;
        for c in &f.consequences {
            writeln!(
                out,
                "  {DIM}{}{DIM:#} [{}] {}",
                cat.text(Msg::AuditAlso),
                c.code.as_str(),
                plain_quotes(&c.text.render(cat), cat)
            )?;
        }
        let at = cat.text(Msg::AuditAt);
        for e in &f.evidence {
            writeln!(out, "  {DIM}{at}{DIM:#} {}", evidence_line(e))?;
        }
        if let Some(e) = &f.resolved_by {
            writeln!(
                out,
                "  {DIM}{}{DIM:#} {}",
                cat.text(Msg::AuditResolvedBy),
                evidence_line(e)
            )?;
        }
    }
    if let Some(r) = register {
        for e in &r.comparison.gone {
            writeln!(
                out,
                "{DIM}{}{DIM:#} {} {}",
                cat.text(Msg::RegisterResolvedSince),
                e.id,
                e.text("summary").unwrap_or_default()
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
                ("findings", (e + w + i).into()),
                ("snapshots", audit.snapshots.len().into()),
                ("errors", e.into()),
                ("warnings", w.into()),
                ("infos", i.into()),
            ],
        )
    )?;
    writeln!(
        out,
        "{}",
        cat.get(
            Msg::AuditSummaryResolved,
            &[
                ("resolved", audit.resolved().into()),
                ("today", audit.today.to_string().into()),
            ],
        )
    )?;
    if let Some(r) = register {
        writeln!(out, "{}", r.summary(cat))?;
    }
    Ok(())
}

/// `snapshot source:lines  excerpt`, dimmed excerpt.
fn evidence_line(e: &Evidence) -> String {
    let lines: Vec<String> = e.lines.iter().map(|l| l.to_string()).collect();
    format!(
        "{} {}:{}  {DIM}{}{DIM:#}",
        e.snapshot,
        e.source,
        lines.join(","),
        e.excerpt
    )
}
