//! The report as Markdown (to paste into an annual report) and as one
//! self-contained HTML file (to read on screen or print), both through
//! templates in `templates/` that escape every value.

use std::io::{self, Write};

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
pub fn render_report(report: &Report, format: ReportFormat) -> Result<String, minijinja::Error> {
    let env = environment()?;
    let mut s = env
        .get_template(format.template())?
        .render(minijinja::value::Serde(report))?;
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
    report: &Report,
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
            .render_captured_to(minijinja::value::Serde(report), &mut w)?,
    );
    w.finish().map_err(write_failure)
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
