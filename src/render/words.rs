//! Dates and document names in words, for the state table and the
//! one-page summary.
//!
//! NOTE (branch `brief`): a thin seam over the shared primitives that branch
//! `truth` adds (`i18n::words`); until that lands these fall back to the
//! printed forms.

use crate::i18n::Catalog;
use crate::model::PartialDate;

/// A date in words ("1. januar 2021", "oktober 2021").
pub fn date_text(d: PartialDate, _cat: &Catalog) -> String {
    d.to_string()
}

/// A document named in prose: its title and the date it describes.
pub fn document_text(title: &str, as_of: &str, _cat: &Catalog) -> String {
    format!("{title} ({as_of})")
}
