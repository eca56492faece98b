//! Reading a source document's bytes, below both `import` (which turns
//! them into a draft) and `snapshot::validate` (which checks citations
//! against them): text in any of the encodings overviews arrive in
//! ([`text`]) and workbooks as rows of cells ([`workbook`]).

pub mod docx;
pub mod text;
pub mod workbook;

pub use text::{DecodeError, TextEncoding, decode_bytes};
pub use workbook::{Sheet, SheetRow, WorkbookError, cell_name, is_container, read_workbook};
