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

/// Write `report` in `format`.
pub fn write_report(report: &Report, format: ReportFormat, out: &mut dyn Write) -> io::Result<()> {
    let s = render_report(report, format).map_err(io::Error::other)?;
    out.write_all(s.as_bytes())
}
