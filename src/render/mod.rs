//! Output formats. Renderers take a value and a `&mut dyn Write`; they never
//! print on their own.

pub mod audit_json;
pub mod audit_markdown;
pub mod audit_text;
pub mod changelog_markdown;
pub mod changelog_text;
pub mod csv;
pub mod docx;
pub mod json;
pub mod proposals_text;
pub mod report;
pub mod sentences;
pub mod snapshot_text;
pub mod state;
pub mod table;
pub mod templates;
pub mod timeline;
pub mod wire;
pub mod xlsx;
pub mod xlsx_sheets;
