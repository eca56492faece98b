//! The follow-up list ([`crate::audit::followup::MeetingList`]) as
//! Markdown and as one HTML page: per municipality, per priority, each
//! finding with its id, the question to ask, why it matters, the evidence
//! and the register state.

use std::io::{self, Write};

use super::followup_docx::meeting_intro;
use super::followup_words::heading_case;
use super::labels::why_text;
use crate::audit::followup::{MeetingItem, MeetingList};
use crate::audit::{Evidence, Severity};
use crate::i18n::{Catalog, Msg};
use crate::render::audit_markdown::{cell, markdown_escape_message as message};

/// `Errors`, `Warnings`, `Info`: the summary table's column names.
pub(crate) fn heading_of(sev: Severity, cat: &Catalog) -> String {
    heading_case(&cat.text(match sev {
        Severity::Error => Msg::AuditColErrors,
        Severity::Warning => Msg::AuditColWarnings,
        Severity::Info => Msg::AuditColInfo,
    }))
}

fn evidence_text(e: &Evidence) -> String {
    let lines: Vec<String> = e.lines.iter().map(|l| l.to_string()).collect();
    format!("{} {}:{}", e.snapshot, e.source, lines.join(","))
}

fn register_text(item: &MeetingItem, list: &MeetingList, cat: &Catalog) -> Option<String> {
    list.register.map(|r| r.state_text(item.finding, cat))
}

/// Write the list as Markdown.
pub fn write_followup_markdown(
    list: &MeetingList,
    cat: &Catalog,
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(out, "# {}", cat.text(Msg::MeetingTitle))?;
    writeln!(out)?;
    writeln!(out, "{}", meeting_intro(list, cat))?;
    if let Some(r) = list.register {
        writeln!(out)?;
        writeln!(out, "{}", r.summary(cat))?;
    }
    if list.groups.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", cat.text(Msg::MeetingNone))?;
    }
    for g in &list.groups {
        writeln!(out)?;
        writeln!(out, "## {}", cell(g.municipality.as_str()))?;
        for p in &g.priorities {
            writeln!(out)?;
            writeln!(out, "### {}", heading_of(p.severity, cat))?;
            for (i, item) in p.items.iter().enumerate() {
                writeln!(out)?;
                md_item(i + 1, item, list, cat, out)?;
            }
        }
    }
    if !list.resolved.is_empty() {
        writeln!(out)?;
        writeln!(out, "## {}", cat.text(Msg::MeetingResolved))?;
        for (i, item) in list.resolved.iter().enumerate() {
            writeln!(out)?;
            md_item(i + 1, item, list, cat, out)?;
        }
    }
    if let Some(r) = list.register
        && !r.comparison.gone.is_empty()
    {
        writeln!(out)?;
        writeln!(
            out,
            "## {}",
            heading_case(&cat.text(Msg::RegisterResolvedSince))
        )?;
        writeln!(out)?;
        for e in &r.comparison.gone {
            writeln!(
                out,
                "- `{}` {}",
                e.id,
                message(&e.text("summary").unwrap_or_default())
            )?;
        }
    }
    Ok(())
}

fn md_item(
    n: usize,
    item: &MeetingItem,
    list: &MeetingList,
    cat: &Catalog,
    out: &mut dyn Write,
) -> io::Result<()> {
    let f = item.finding;
    writeln!(
        out,
        "{n}. **{}** `{}` · `{}`",
        message(&f.text.render(cat)),
        f.id,
        f.code.as_str()
    )?;
    if f.is_open() {
        writeln!(
            out,
            "   - {}: {}",
            cat.text(Msg::MeetingQuestion),
            cat.text(item.question)
        )?;
    }
    writeln!(
        out,
        "   - {} {}",
        cat.text(Msg::AuditWhy),
        why_text(f.code, cat)
    )?;
    for c in &f.consequences {
        writeln!(
            out,
            "   - {} `{}` {}",
            cat.text(Msg::AuditAlso),
            c.code.as_str(),
            message(&c.text.render(cat))
        )?;
    }
    for e in &f.evidence {
        writeln!(
            out,
            "   - {}: `{}` «{}»",
            cat.text(Msg::MeetingEvidence),
            evidence_text(e),
            cell(&e.excerpt)
        )?;
    }
    if let Some(e) = &f.resolved_by {
        writeln!(
            out,
            "   - {} `{}` «{}»",
            cat.text(Msg::AuditResolvedBy),
            evidence_text(e),
            cell(&e.excerpt)
        )?;
    }
    if let Some(r) = register_text(item, list, cat) {
        writeln!(out, "   - {} {}", cat.text(Msg::RegisterLabel), cell(&r))?;
    }
    Ok(())
}

/// Escape text for HTML.
pub fn html_escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c => o.push(c),
        }
    }
    o
}

/// `text` with `` `code` `` spans as `<code>`, escaped.
fn inline(s: &str) -> String {
    let mut o = String::new();
    for (i, part) in s.split('`').enumerate() {
        if i % 2 == 1 {
            o.push_str("<code>");
            o.push_str(&html_escape(part));
            o.push_str("</code>");
        } else {
            o.push_str(&html_escape(part));
        }
    }
    o
}

const CSS: &str = "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#1a1a1a}\
h2{border-bottom:2px solid #444;margin-top:2.5rem}h3{margin-top:1.5rem}\
li.finding{margin:0 0 1.2rem 0}.id{font-family:monospace;color:#555}\
.q{font-weight:600}.ev{color:#444;font-size:.92em}.reg{background:#f3f3f3;padding:.1rem .4rem}\
.error{color:#a40000}.warning{color:#8a5a00}.info{color:#005a8a}\
@media print{body{margin:0}h2{break-before:page}li.finding{break-inside:avoid}}";

/// Write the list as one HTML page (styles inline, printable).
pub fn write_followup_html(
    list: &MeetingList,
    cat: &Catalog,
    out: &mut dyn Write,
) -> io::Result<()> {
    let lang = cat.lang().code();
    writeln!(out, "<!DOCTYPE html>")?;
    writeln!(out, "<html lang=\"{lang}\">")?;
    writeln!(out, "<head>")?;
    writeln!(out, "<meta charset=\"utf-8\">")?;
    writeln!(
        out,
        "<title>{}</title>",
        html_escape(&cat.text(Msg::MeetingTitle))
    )?;
    writeln!(out, "<style>{CSS}</style>")?;
    writeln!(out, "</head>")?;
    writeln!(out, "<body>")?;
    writeln!(
        out,
        "<h1>{}</h1>",
        html_escape(&cat.text(Msg::MeetingTitle))
    )?;
    writeln!(out, "<p>{}</p>", html_escape(&meeting_intro(list, cat)))?;
    if let Some(r) = list.register {
        writeln!(out, "<p>{}</p>", html_escape(&r.summary(cat)))?;
    }
    if list.groups.is_empty() {
        writeln!(out, "<p>{}</p>", html_escape(&cat.text(Msg::MeetingNone)))?;
    }
    for g in &list.groups {
        writeln!(out, "<h2>{}</h2>", html_escape(g.municipality.as_str()))?;
        for p in &g.priorities {
            writeln!(
                out,
                "<h3 class=\"{}\">{}</h3>",
                p.severity.as_str(),
                html_escape(&heading_of(p.severity, cat))
            )?;
            writeln!(out, "<ol>")?;
            for item in &p.items {
                html_item(item, list, cat, out)?;
            }
            writeln!(out, "</ol>")?;
        }
    }
    if !list.resolved.is_empty() {
        writeln!(
            out,
            "<h2>{}</h2>",
            html_escape(&cat.text(Msg::MeetingResolved))
        )?;
        writeln!(out, "<ol>")?;
        for item in &list.resolved {
            html_item(item, list, cat, out)?;
        }
        writeln!(out, "</ol>")?;
    }
    if let Some(r) = list.register
        && !r.comparison.gone.is_empty()
    {
        writeln!(
            out,
            "<h2>{}</h2>",
            html_escape(&heading_case(&cat.text(Msg::RegisterResolvedSince)))
        )?;
        writeln!(out, "<ul>")?;
        for e in &r.comparison.gone {
            writeln!(
                out,
                "<li><span class=\"id\">{}</span> {}</li>",
                html_escape(e.id.as_str()),
                inline(&e.text("summary").unwrap_or_default())
            )?;
        }
        writeln!(out, "</ul>")?;
    }
    writeln!(out, "</body>")?;
    writeln!(out, "</html>")
}

fn html_item(
    item: &MeetingItem,
    list: &MeetingList,
    cat: &Catalog,
    out: &mut dyn Write,
) -> io::Result<()> {
    let f = item.finding;
    writeln!(out, "<li class=\"finding\">")?;
    writeln!(
        out,
        "<div>{} <span class=\"id\">{} · {}</span></div>",
        inline(&f.text.render(cat)),
        html_escape(f.id.as_str()),
        html_escape(f.code.as_str())
    )?;
    if f.is_open() {
        writeln!(
            out,
            "<div class=\"q\">{}: {}</div>",
            html_escape(&cat.text(Msg::MeetingQuestion)),
            html_escape(&cat.text(item.question))
        )?;
    }
    writeln!(
        out,
        "<div>{} {}</div>",
        html_escape(&cat.text(Msg::AuditWhy)),
        html_escape(&why_text(f.code, cat))
    )?;
    for c in &f.consequences {
        writeln!(
            out,
            "<div>{} <code>{}</code> {}</div>",
            html_escape(&cat.text(Msg::AuditAlso)),
            html_escape(c.code.as_str()),
            inline(&c.text.render(cat))
        )?;
    }
    for e in &f.evidence {
        writeln!(
            out,
            "<div class=\"ev\">{}: <code>{}</code> «{}»</div>",
            html_escape(&cat.text(Msg::MeetingEvidence)),
            html_escape(&evidence_text(e)),
            html_escape(&e.excerpt)
        )?;
    }
    if let Some(e) = &f.resolved_by {
        writeln!(
            out,
            "<div class=\"ev\">{} <code>{}</code> «{}»</div>",
            html_escape(&cat.text(Msg::AuditResolvedBy)),
            html_escape(&evidence_text(e)),
            html_escape(&e.excerpt)
        )?;
    }
    if let Some(r) = register_text(item, list, cat) {
        writeln!(
            out,
            "<div>{} <span class=\"reg\">{}</span></div>",
            html_escape(&cat.text(Msg::RegisterLabel)),
            html_escape(&r)
        )?;
    }
    writeln!(out, "</li>")
}
