//! The report as Markdown (to paste into an annual report) and as one
//! self-contained HTML file (to read on screen or print), both through
//! templates in `templates/` that escape every value.

use std::fmt;
use std::io::{self, Write};
use std::sync::Arc;

use minijinja::value::{Enumerator, Object, ObjectRepr, Serde, Value};
use serde::Serialize;

use crate::report::Report;

use crate::render::templates::environment;

/// Output format of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    /// Markdown (CommonMark with pipe tables).
    Markdown,
    /// A single HTML file with inline CSS and SVG, no scripts.
    Html,
}

impl ReportFormat {
    fn template(self) -> &'static str {
        match self {
            ReportFormat::Markdown => "report.md",
            ReportFormat::Html => "report.html",
        }
    }
}

/// Render `report` in `format` to a string.
pub fn render_report(report: Report, format: ReportFormat) -> Result<String, minijinja::Error> {
    let env = environment()?;
    let mut s = env
        .get_template(format.template())?
        .render(report_value(report))?;
    // Exactly one final newline, whatever the template's last line does.
    while s.ends_with("\n\n") {
        s.pop();
    }
    if !s.ends_with('\n') {
        s.push('\n');
    }
    Ok(s)
}

/// Write `report` in `format` as it is rendered: the same bytes as
/// [`render_report`], without holding the whole text (hundreds of megabytes
/// for a national set) in memory (issue 16). A failed write is an error of
/// kind [`minijinja::ErrorKind::WriteFailure`] with the I/O error as source.
pub fn write_report(
    report: Report,
    format: ReportFormat,
    out: &mut dyn Write,
) -> Result<(), minijinja::Error> {
    let env = environment()?;
    // The template writes in small pieces.
    let mut buffered = io::BufWriter::with_capacity(1 << 16, out);
    let mut w = OneFinalNewline {
        out: &mut buffered,
        held: 0,
    };
    drop(
        env.get_template(format.template())?
            .render_captured_to(report_value(report), &mut w)?,
    );
    w.finish().map_err(write_failure)
}

/// The report as the templates see it. The long lists (the timeline's
/// rows, the changes, the findings, the views per municipality) are read
/// from the report an item at a time as the template reaches them, instead
/// of being copied whole into the engine's values first: rendering a large
/// set's report holds one copy of it, not two (issue 16).
fn report_value(report: Report) -> Value {
    let r = Arc::new(report);
    let timeline = Value::from_pairs([
        ("note", Value::from(r.timeline.note.as_str())),
        ("legend", Value::from(Serde(&r.timeline.legend))),
        ("columns", Value::from(Serde(&r.timeline.columns))),
        ("heads", Value::from(Serde(&r.timeline.heads))),
        (
            "rows",
            Items::value(&r, pick(|r| &r.timeline.rows), serialized),
        ),
    ]);
    Value::from_pairs([
        ("lang", Value::from(r.lang.as_str())),
        ("t", Value::from(Serde(&r.t))),
        ("subtitle", Value::from(r.subtitle.as_str())),
        ("summary", Value::from(Serde(&r.summary))),
        ("changes", Items::value(&r, pick(|r| &r.changes), category)),
        (
            "doubtful",
            Items::value(&r, pick(|r| &r.doubtful), serialized),
        ),
        ("timeline", timeline),
        ("arrangement_count", Value::from(r.arrangement_count)),
        (
            "municipalities",
            Items::value(&r, pick(|r| &r.municipalities), serialized),
        ),
        (
            "findings",
            Items::value(&r, pick(|r| &r.findings), serialized),
        ),
        ("sources", Value::from(Serde(&r.sources))),
        ("colophon", Value::from(r.colophon.as_str())),
    ])
}

/// Where a list lies in the report.
type Pick<T> = Box<dyn for<'r> Fn(&'r Report) -> &'r [T] + Send + Sync>;

/// A [`Pick`] from a closure (which then takes its lifetimes from here).
fn pick<T, F>(f: F) -> Pick<T>
where
    F: for<'r> Fn(&'r Report) -> &'r [T] + Send + Sync + 'static,
{
    Box::new(f)
}

/// A list of the report as a template sequence: each item becomes a value
/// when the template reads it, and is let go when it moves on.
struct Items<T: 'static> {
    report: Arc<Report>,
    pick: Pick<T>,
    item: fn(&Arc<Report>, usize, &T) -> Value,
}

impl<T: Send + Sync + 'static> Items<T> {
    fn value(
        report: &Arc<Report>,
        pick: Pick<T>,
        item: fn(&Arc<Report>, usize, &T) -> Value,
    ) -> Value {
        Value::from_object(Items {
            report: Arc::clone(report),
            pick,
            item,
        })
    }
}

impl<T> fmt::Debug for Items<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Items")
            .field("len", &(self.pick)(&self.report).len())
            .finish()
    }
}

impl<T: Send + Sync + 'static> Object for Items<T> {
    fn repr(self: &Arc<Self>) -> ObjectRepr {
        ObjectRepr::Seq
    }

    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        let i = key.as_usize()?;
        let item = (self.pick)(&self.report).get(i)?;
        Some((self.item)(&self.report, i, item))
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Seq((self.pick)(&self.report).len())
    }
}

/// An item as the engine's copy of it (a small one: a row, a finding).
fn serialized<T: Serialize>(_: &Arc<Report>, _: usize, item: &T) -> Value {
    Value::from(Serde(item))
}

/// The `i`th policy area of the important changes, its changes read one
/// at a time (an area may hold most of a large set's changes).
fn category(r: &Arc<Report>, i: usize, g: &super::CategoryChanges) -> Value {
    Value::from_pairs([
        ("category", Value::from(g.category.as_str())),
        (
            "items",
            Items::value(r, pick(move |r| &r.changes[i].items), serialized),
        ),
    ])
}

fn write_failure(e: io::Error) -> minijinja::Error {
    minijinja::Error::new(minijinja::ErrorKind::WriteFailure, "failed to write output")
        .with_source(e)
}

/// Passes text through, holding back the line feeds at the end of what was
/// written so far: [`OneFinalNewline::finish`] ends the text with exactly
/// one, as [`render_report`] does.
struct OneFinalNewline<'a> {
    out: &'a mut dyn Write,
    held: usize,
}

impl OneFinalNewline<'_> {
    fn finish(self) -> io::Result<()> {
        self.out.write_all(b"\n")?;
        self.out.flush()
    }
}

impl Write for OneFinalNewline<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match buf.iter().rposition(|&b| b != b'\n') {
            None => self.held += buf.len(),
            Some(last) => {
                for _ in 0..self.held {
                    self.out.write_all(b"\n")?;
                }
                self.out.write_all(&buf[..=last])?;
                self.held = buf.len() - last - 1;
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue16_the_templates_see_every_field_of_the_report() {
        let set = crate::snapshot::SnapshotSet::embedded()
            .into_result()
            .unwrap();
        let registry = crate::registry::Registry::embedded().unwrap();
        let range: Vec<_> = set.snapshots.iter().collect();
        let cat = crate::i18n::Catalog::new(crate::i18n::Lang::En);
        let report = Report::build(
            &range,
            &crate::diff::Changelog {
                snapshots: Vec::new(),
                changes: Vec::new(),
            },
            &crate::audit::run_audit(&range, &registry),
            &registry,
            &cat,
        );
        let keys = |v: serde_json::Value| -> Vec<String> {
            let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
            k.sort();
            k
        };
        let whole = serde_json::to_value(&report).unwrap();
        let timeline = keys(whole["timeline"].clone());
        let value = report_value(report);
        let mut seen: Vec<String> = value
            .try_iter()
            .unwrap()
            .map(|k| k.as_str().unwrap().to_owned())
            .collect();
        seen.sort();
        assert_eq!(seen, keys(whole));
        let mut seen: Vec<String> = value
            .get_attr("timeline")
            .unwrap()
            .try_iter()
            .unwrap()
            .map(|k| k.as_str().unwrap().to_owned())
            .collect();
        seen.sort();
        assert_eq!(seen, timeline);
    }

    #[test]
    fn one_final_newline_as_the_string_is_trimmed() {
        for chunks in [
            vec![],
            vec![""],
            vec!["\n\n"],
            vec!["a"],
            vec!["a\n"],
            vec!["a\n\n", "\n"],
            vec!["a\n", "\nb\n\n"],
            vec!["\n", "a", "\n\n", "\n"],
        ] {
            let mut want: String = chunks.concat();
            while want.ends_with("\n\n") {
                want.pop();
            }
            if !want.ends_with('\n') {
                want.push('\n');
            }
            let mut got = Vec::new();
            let mut w = OneFinalNewline {
                out: &mut got,
                held: 0,
            };
            for c in &chunks {
                w.write_all(c.as_bytes()).unwrap();
            }
            w.finish().unwrap();
            assert_eq!(String::from_utf8(got).unwrap(), want, "{chunks:?}");
        }
    }
}
