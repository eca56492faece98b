//! Output formats. Renderers take a value and a `&mut dyn Write`; they never
//! print on their own.

pub mod report;
pub mod snapshot_text;
pub mod table;
pub mod templates;
pub mod timeline;
