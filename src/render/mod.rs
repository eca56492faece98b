//! Output formats. Renderers take a value and a `&mut dyn Write`; they never
//! print on their own.

pub mod audit_json;
pub mod audit_markdown;
pub mod audit_text;
pub mod changelog_markdown;
pub mod changelog_text;
pub mod csv;
pub mod docx;
pub mod export;
pub mod export_parquet;
pub mod export_sqlite;
pub mod followup;
pub mod followup_docx;
pub mod followup_words;
pub mod json;
pub mod labels;
pub mod proposals_text;
pub mod sentences;
pub mod snapshot_text;
pub mod state;
pub mod table;
pub mod templates;
pub mod timeline;
pub mod wire;
pub mod xlsx;
pub mod xlsx_sheets;

/// `s` on one line: each line break, with the spaces and tabs around it,
/// becomes one space (blank lines too). Text output prints one item a
/// line, and a cell printed over two lines (a quoted CSV cell, a wrapped
/// sheet cell) would break it; the data keep the break as printed.
pub fn one_line(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains(['\n', '\r']) {
        return std::borrow::Cow::Borrowed(s);
    }
    let is_break = |c: char| c == '\n' || c == '\r';
    let lines: Vec<&str> = s.split(is_break).collect();
    let last = lines.len() - 1;
    let mut out = String::with_capacity(s.len());
    for (i, line) in lines.into_iter().enumerate() {
        let blank = |c: char| c == ' ' || c == '\t';
        let line = match i {
            0 => line.trim_end_matches(blank),
            _ if i == last => line.trim_start_matches(blank),
            _ => line.trim_matches(blank),
        };
        if line.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(line);
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::one_line;

    #[test]
    fn one_line_folds_each_break_and_the_blanks_around_it() {
        for (s, want) in [
            ("Brann og redning", "Brann og redning"),
            ("  kept as printed  ", "  kept as printed  "),
            ("Første linje\nandre linje", "Første linje andre linje"),
            ("Første linje \r\n  andre", "Første linje andre"),
            ("a\n\n\tb\rc", "a b c"),
            ("[-andre\n-]{+tredje+}", "[-andre -]{+tredje+}"),
            ("a\n", "a"),
            ("\n", ""),
        ] {
            assert_eq!(one_line(s), want, "{s:?}");
            assert!(!one_line(s).contains(['\n', '\r']));
        }
    }

    /// Imports run downward only (issue 17): the annual report builds on
    /// the renderers, so no renderer may import [`crate::report`].
    #[test]
    fn renderers_do_not_import_the_report() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/render");
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "rs"))
            .collect();
        files.sort();
        assert!(files.len() > 10, "{files:?}");
        // Spelled in two parts so that this test does not find itself.
        let needle = ["crate", "::report"].concat();
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap();
            for (n, line) in text.lines().enumerate() {
                let code = line.trim_start();
                assert!(
                    code.starts_with("//") || !code.contains(&needle),
                    "{}:{}: {line}",
                    f.display(),
                    n + 1
                );
            }
        }
    }
}
