//! `log`, `diff` and `history` as a readable text report: one section per
//! step, big events first, one line per change, optionally followed by the
//! source lines it cites.

use anstyle::Style;
use std::io::{self, Write};

use super::one_line;
use super::sentences::{self as say};
use crate::diff::{Change, Changelog, Group, History, Side};
use crate::i18n::Catalog;

/// Where `--evidence` finds the text of a cited source line.
pub trait SourceLines {
    /// Line `line` (1-based) of the source of snapshot `snapshot`.
    fn source_line(&self, snapshot: &str, line: u32) -> Option<&str>;
}

impl SourceLines for crate::snapshot::SnapshotSet {
    fn source_line(&self, snapshot: &str, line: u32) -> Option<&str> {
        self.snapshots
            .iter()
            .find(|s| s.snapshot.id.as_str() == snapshot)
            .and_then(|s| s.source_line(line))
    }
}

/// How to render text.
#[derive(Clone, Copy)]
pub struct TextOptions<'a> {
    /// The messages, in the reader's language.
    pub cat: &'a Catalog,
    /// Show cosmetic changes (`--all`).
    pub all: bool,
    /// Print each change's cited source lines (`--evidence`); without a
    /// source, only `path:line` is printed.
    pub evidence: bool,
    /// The source texts, for `--evidence`.
    pub sources: Option<&'a dyn SourceLines>,
    /// Style of headings.
    pub heading: Style,
    /// Style of evidence lines.
    pub dim: Style,
}

/// Write a changelog (a `diff` is a changelog of one step).
pub fn write_changelog(log: &Changelog, out: &mut dyn Write, opt: &TextOptions) -> io::Result<()> {
    let h = opt.heading;
    if log.snapshots.len() > 2 {
        writeln!(out, "{h}{}{h:#}", say::log_title(&log.snapshots, opt.cat))?;
        for s in &log.snapshots {
            writeln!(out, "  {}  {}", say::snapshot_label(s), s.title)?;
        }
        writeln!(out)?;
    } else if log.snapshots.len() < 2 {
        writeln!(out, "{}", say::log_title(&log.snapshots, opt.cat))?;
        return Ok(());
    }
    write_steps(log, out, opt)
}

/// Each step's heading and changes.
fn write_steps(log: &Changelog, out: &mut dyn Write, opt: &TextOptions) -> io::Result<()> {
    let h = opt.heading;
    for (i, (from, to)) in log.steps().into_iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        writeln!(out, "{h}{}{h:#}", say::step_title(from, to))?;
        if let Some(note) = say::step_order_note(from, to, opt.cat) {
            writeln!(out, "{note}")?;
        }
        let step: Vec<&Change> = log
            .changes
            .iter()
            .filter(|c| c.from == from.id && c.to == to.id)
            .collect();
        write_step(&step, out, opt)?;
    }
    Ok(())
}

fn write_step(step: &[&Change], out: &mut dyn Write, opt: &TextOptions) -> io::Result<()> {
    let hidden = if opt.all {
        0
    } else {
        step.iter().filter(|c| c.cosmetic).count()
    };
    let shown: Vec<&&Change> = step.iter().filter(|c| opt.all || !c.cosmetic).collect();
    writeln!(out, "{}", say::step_summary(shown.len(), hidden, opt.cat))?;
    for g in Group::ALL {
        let in_group: Vec<&&&Change> = shown.iter().filter(|c| c.kind.group() == g).collect();
        if in_group.is_empty() {
            continue;
        }
        writeln!(out)?;
        writeln!(out, "  {}", say::group_title(g, opt.cat))?;
        if opt.evidence {
            for c in in_group {
                write_change(c, out, opt)?;
            }
            continue;
        }
        for (sentence, changes) in same_sentence_runs(&in_group, opt.cat) {
            if changes.len() >= COLLAPSE_AT {
                writeln!(
                    out,
                    "    - {sentence}: {}",
                    say::arrangement_count(changes.len(), opt.cat)
                )?;
                for c in changes {
                    writeln!(out, "        {} [{}]", one_line(&c.name), c.arrangement)?;
                }
            } else {
                for c in changes {
                    write_change(c, out, opt)?;
                }
            }
        }
    }
    Ok(())
}

/// This many changes saying the same thing (typically "first listed here;
/// the earlier page does not list everything") are printed as one sentence
/// over a list of names, so the few real events are not buried. Three keeps
/// pairs as ordinary lines, where a list would save nothing.
pub const COLLAPSE_AT: usize = 3;

/// Changes grouped by their sentence, in order of first appearance.
fn same_sentence_runs<'c>(
    changes: &[&&&'c Change],
    cat: &Catalog,
) -> Vec<(String, Vec<&'c Change>)> {
    let mut runs: Vec<(String, Vec<&Change>)> = Vec::new();
    for c in changes {
        let sentence = say::describe(c, cat);
        match runs.iter_mut().find(|(s, _)| *s == sentence) {
            Some((_, v)) => v.push(***c),
            None => runs.push((sentence, vec![***c])),
        }
    }
    runs
}

fn write_change(c: &Change, out: &mut dyn Write, opt: &TextOptions) -> io::Result<()> {
    writeln!(
        out,
        "    - {} [{}]: {}",
        one_line(&c.name),
        c.arrangement,
        say::describe(c, opt.cat)
    )?;
    if opt.evidence {
        for (before, side) in [(true, &c.evidence.before), (false, &c.evidence.after)] {
            if let Some(side) = side {
                write_side(side, before, out, opt)?;
            }
        }
    }
    Ok(())
}

fn write_side(side: &Side, before: bool, out: &mut dyn Write, opt: &TextOptions) -> io::Result<()> {
    let d = opt.dim;
    for &n in &side.lines {
        let text = opt
            .sources
            .and_then(|s| s.source_line(side.snapshot.as_str(), n));
        let label = format!(
            "{:<6} {}:{n}",
            say::side_label(before, opt.cat),
            side.source
        );
        match text {
            Some(t) => writeln!(out, "        {d}{label}: {}{d:#}", t.trim_end())?,
            None => writeln!(out, "        {d}{label}{d:#}")?,
        }
    }
    Ok(())
}

/// Write one arrangement's history: one line per snapshot, then the changes.
pub fn write_history(h: &History, out: &mut dyn Write, opt: &TextOptions) -> io::Result<()> {
    let s = opt.heading;
    writeln!(out, "{s}{} [{}]{s:#}", one_line(&h.name), h.arrangement)?;
    // One column as wide as the widest label (long ids, date ranges), so
    // the entries line up whatever the documents (issue 12 point 12).
    let labels: Vec<String> = h
        .rows
        .iter()
        .map(|r| say::snapshot_label(&r.snapshot))
        .collect();
    let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    for (row, label) in h.rows.iter().zip(&labels) {
        let text = match &row.entry {
            Some(a) => say::history_entry(a, opt.cat),
            None => say::history_absence(row.absence, opt.cat),
        };
        let pad = " ".repeat(width - label.chars().count());
        writeln!(out, "  {label}{pad} {text}")?;
    }
    writeln!(out)?;
    write_steps(&h.changelog, out, opt)
}
