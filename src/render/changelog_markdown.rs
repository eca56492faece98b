//! `--format markdown`: a changelog or history for a report — a table of
//! the snapshots, then one section per step with the changes grouped big
//! events first, each citing its source lines.

use std::io::{self, Write};

use super::sentences::{self as say};
use crate::diff::{Change, Changelog, Group, History, Side};
use crate::i18n::{Catalog, Msg};
use crate::render::snapshot_text::kind_text;

use super::templates::{markdown_escape as esc, markdown_escape_message};

fn cite(side: &Side) -> String {
    let lines: Vec<String> = side.lines.iter().map(u32::to_string).collect();
    format!(
        "`{}` {}:{}",
        side.snapshot,
        esc(&side.source),
        lines.join(",")
    )
}

/// Write a changelog as Markdown; cosmetic changes only with `all`.
pub fn write_changelog(
    log: &Changelog,
    cat: &Catalog,
    out: &mut dyn Write,
    all: bool,
) -> io::Result<()> {
    writeln!(out, "# {}", esc(&say::log_title(&log.snapshots, cat)))?;
    writeln!(out)?;
    write_snapshots_table(log, cat, out)?;
    write_steps(log, cat, out, all, "##")
}

fn write_snapshots_table(log: &Changelog, cat: &Catalog, out: &mut dyn Write) -> io::Result<()> {
    let h: Vec<String> = [
        Msg::ColSnapshot,
        Msg::ColAsOf,
        Msg::ColKind,
        Msg::ColTitle,
        Msg::ColSource,
    ]
    .into_iter()
    .map(|m| esc(&cat.text(m)))
    .collect();
    writeln!(out, "| {} | sha256 |", h.join(" | "))?;
    writeln!(out, "|---|---|---|---|---|---|")?;
    for s in &log.snapshots {
        writeln!(
            out,
            "| `{}` | {} | {} | {} | {} | `{}` |",
            s.id,
            s.as_of,
            esc(&kind_text(s.kind, cat)),
            esc(&s.title),
            esc(&s.source),
            s.sha256.get(..12).unwrap_or(&s.sha256)
        )?;
    }
    Ok(())
}

fn write_steps(
    log: &Changelog,
    cat: &Catalog,
    out: &mut dyn Write,
    all: bool,
    level: &str,
) -> io::Result<()> {
    for (from, to) in log.steps() {
        writeln!(out)?;
        writeln!(out, "{level} {}", esc(&say::step_title(from, to)))?;
        if let Some(note) = say::step_order_note(from, to, cat) {
            writeln!(out, "\n> {}", esc(&note))?;
        }
        writeln!(out)?;
        let step: Vec<&Change> = log
            .changes
            .iter()
            .filter(|c| c.from == from.id && c.to == to.id)
            .collect();
        let hidden = if all {
            0
        } else {
            step.iter().filter(|c| c.cosmetic).count()
        };
        let shown: Vec<&Change> = step.into_iter().filter(|c| all || !c.cosmetic).collect();
        writeln!(out, "{}", esc(&say::step_summary(shown.len(), hidden, cat)))?;
        for g in Group::ALL {
            let in_group: Vec<&&Change> = shown.iter().filter(|c| c.kind.group() == g).collect();
            if in_group.is_empty() {
                continue;
            }
            writeln!(out)?;
            writeln!(out, "{level}# {}", esc(&say::group_title(g, cat)))?;
            writeln!(out)?;
            for c in in_group {
                let sides: Vec<String> = [&c.evidence.before, &c.evidence.after]
                    .into_iter()
                    .flatten()
                    .map(cite)
                    .collect();
                writeln!(
                    out,
                    "- **{}** (`{}`): {} — {}",
                    esc(&c.name),
                    c.arrangement,
                    markdown_escape_message(&say::describe(c, cat)),
                    sides.join(" → ")
                )?;
            }
        }
    }
    Ok(())
}

/// Write one arrangement's history as Markdown.
pub fn write_history(h: &History, cat: &Catalog, out: &mut dyn Write, all: bool) -> io::Result<()> {
    writeln!(out, "# {} (`{}`)", esc(&h.name), h.arrangement)?;
    writeln!(out)?;
    let cols: Vec<String> = [Msg::ColSnapshot, Msg::ColAsOf, Msg::ColEntry]
        .into_iter()
        .map(|m| esc(&cat.text(m)))
        .collect();
    writeln!(out, "| {} |", cols.join(" | "))?;
    writeln!(out, "|---|---|---|")?;
    for row in &h.rows {
        let text = match &row.entry {
            Some(a) => say::history_entry(a, cat),
            None => say::history_absence(row.absence, cat),
        };
        writeln!(
            out,
            "| `{}` | {} | {} |",
            row.snapshot.id,
            row.snapshot.as_of,
            esc(&text)
        )?;
    }
    write_steps(&h.changelog, cat, out, all, "##")
}
