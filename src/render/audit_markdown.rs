//! `samdiff audit` as Markdown, for the control committee: the follow-up
//! list, and the Markdown cell helpers other renderers share.

use std::io::{self, Write};

use crate::audit::Audit;
use crate::i18n::Catalog;

pub use super::templates::{markdown_escape as cell, markdown_escape_message};

/// Write the audit as Markdown: the follow-up list for the committee's
/// meeting, without a register (see [`crate::render::followup`]).
pub fn write_audit_markdown(audit: &Audit, cat: &Catalog, out: &mut dyn Write) -> io::Result<()> {
    let list = crate::audit::followup::meeting_list(audit, None);
    crate::render::followup::write_followup_markdown(&list, cat, out)
}

/// One piece of evidence as a Markdown table cell: `` `snapshot` source:lines ``.
pub fn evidence_cell(e: &crate::audit::Evidence) -> String {
    let lines: Vec<String> = e.lines.iter().map(|l| l.to_string()).collect();
    format!("`{}` {}:{}", e.snapshot, cell(&e.source), lines.join(","))
}
