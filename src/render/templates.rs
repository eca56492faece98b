//! The template engine behind the report and the timeline figure.
//!
//! Templates live in `templates/` and are compiled into the binary.
//! HTML and SVG templates escape every value by default; a value is only
//! inserted raw when the code marked it safe (the rendered SVG figure inside
//! the HTML report). Markdown templates escape explicitly with the `md`
//! filter, since Markdown has no escaping the engine knows about.

use minijinja::{AutoEscape, Environment, UndefinedBehavior, syntax::SyntaxConfig};

/// Every embedded template: (name, source).
pub const TEMPLATES: &[(&str, &str)] = &[
    ("timeline.svg", include_str!("../../templates/timeline.svg")),
    ("report.html", include_str!("../../templates/report.html")),
    ("report.md", include_str!("../../templates/report.md")),
    ("brief.html", include_str!("../../templates/brief.html")),
    ("brief.md", include_str!("../../templates/brief.md")),
];

/// The template environment: embedded templates, escaping by file
/// extension, strict about undefined values (a typo in a template is an
/// error, not an empty string), and block tags that leave no blank lines.
pub fn environment() -> Result<Environment<'static>, minijinja::Error> {
    let mut env = Environment::new();
    env.set_syntax(
        SyntaxConfig::builder()
            .trim_blocks(true)
            .lstrip_blocks(true)
            .build()?,
    );
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_auto_escape_callback(|name| match name.rsplit('.').next() {
        Some("html" | "svg") => AutoEscape::Html,
        _ => AutoEscape::None,
    });
    env.add_filter("md", markdown_escape);
    env.add_filter("mdcell", markdown_cell);
    for (name, source) in TEMPLATES {
        env.add_template(name, source)?;
    }
    Ok(env)
}

/// Escape text for Markdown: characters that would start emphasis, code,
/// links, HTML or tables are backslash-escaped, so a printed name like
/// `Vann_og_avløp *` reads as printed.
pub fn markdown_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Escape text for a Markdown table cell: as [`markdown_escape`], with line
/// breaks folded into spaces so the row stays one line.
pub fn markdown_cell(s: &str) -> String {
    markdown_escape(&s.split_whitespace().collect::<Vec<_>>().join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_compile() {
        environment().unwrap();
    }

    #[test]
    fn html_and_svg_escape_by_default() {
        let env = environment().unwrap();
        let out = env
            .render_named_str(
                "x.svg",
                "<t>{{ v }}</t>",
                minijinja::context! { v => "<a&b>" },
            )
            .unwrap();
        assert_eq!(out, "<t>&lt;a&amp;b&gt;</t>");
    }

    #[test]
    fn markdown_escapes_what_would_format() {
        assert_eq!(markdown_escape("a_b *c* [d]|e"), r"a\_b \*c\* \[d\]\|e");
        assert_eq!(markdown_cell("two\nlines |"), r"two lines \|");
    }
}
