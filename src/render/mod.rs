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

#[cfg(test)]
mod tests {
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
