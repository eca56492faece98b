//! The template engine behind the report and the one-pager.
//!
//! Templates live in `templates/` and are compiled into the binary.
//! HTML templates escape every value by default. Markdown templates escape explicitly with the `md`
//! filter, since Markdown has no escaping the engine knows about.

use minijinja::{AutoEscape, Environment, UndefinedBehavior, syntax::SyntaxConfig};

/// Every embedded template: (name, source).
pub const TEMPLATES: &[(&str, &str)] = &[
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
    env.add_filter("mdcell", markdown_escape);
    for (name, source) in TEMPLATES {
        env.add_template(name, source)?;
    }
    Ok(env)
}

/// The one Markdown escaper, for running text, headings, list items and
/// table cells alike (every Markdown output and the `md` / `mdcell` template
/// filters use it):
/// - whitespace runs, line breaks included, fold into one space, so a value
///   stays on its line: it cannot start a paragraph, a list, a heading
///   (`text\n---`) or break a table row;
/// - characters that would start emphasis, code, links, HTML, tables or
///   headings are backslash-escaped, so a printed name like
///   `Vann_og_avløp *` reads as printed;
/// - control characters are written visibly ([`crate::controls`]), so a
///   file is the same as what a terminal shows.
pub fn markdown_escape(s: &str) -> String {
    escape_markdown(s, Backticks::Escape)
}

/// [`markdown_escape`] for a catalogue message, whose backticks quote
/// values as code spans (`` `Felles barnevern` is printed more than once``)
/// and are kept; everything else is escaped alike.
pub fn markdown_escape_message(s: &str) -> String {
    escape_markdown(s, Backticks::Keep)
}

/// Whether backticks are escaped or kept as code-span quotes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Backticks {
    Escape,
    Keep,
}

fn escape_markdown(s: &str, backticks: Backticks) -> String {
    let folded = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let folded = crate::controls::escape_controls(&folded);
    let mut out = String::with_capacity(folded.len());
    // Inside a kept code span only `|` needs escaping (a table cell would
    // end there); elsewhere a backslash would show.
    let mut in_code = false;
    for c in folded.chars() {
        if c == '`' && backticks == Backticks::Keep {
            in_code = !in_code;
            out.push(c);
            continue;
        }
        let special = if in_code {
            c == '|'
        } else {
            matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~'
            )
        };
        if special {
            out.push('\\');
        }
        out.push(c);
    }
    out
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
        assert_eq!(markdown_escape("two\nlines |"), r"two lines \|");
        // Issue 15: a newline cannot inject a paragraph or a heading.
        assert_eq!(markdown_escape("text\n---\n\n# x"), r"text --- \# x");
        assert_eq!(markdown_escape("a\u{1b}[2Jb"), r"a\\u{1b}\[2Jb");
        assert_eq!(markdown_escape_message("`a_b|`\n# c_d"), r"`a_b\|` \# c\_d");
    }
}
