//! `samdiff list`: the snapshots, oldest first.

use std::io::Write;

use super::{Context, EXIT_OK, out_err, style};
use crate::error::Error;
use crate::i18n::Msg;
use crate::render::snapshot_text::kind_text;
use crate::render::table::Table;

/// Arguments of `samdiff list`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// List id, kind, as-of date, scope and number of arrangements.
pub fn run(_args: Args, ctx: &mut Context, out: &mut dyn Write) -> Result<u8, Error> {
    let set = ctx.load_set()?;
    let cat = &ctx.catalog;
    let mut t = Table::with_header(
        [
            Msg::ColId,
            Msg::ColKind,
            Msg::ColAsOf,
            Msg::ColCovers,
            Msg::ColMentions,
            Msg::ColArrangements,
            Msg::ColTitle,
        ]
        .into_iter()
        .map(|m| cat.text(m))
        .collect(),
    );
    for l in &set.snapshots {
        let s = &l.snapshot;
        let join = |v: &[crate::model::Municipality]| {
            if v.is_empty() {
                "-".to_owned()
            } else {
                v.iter().map(|m| m.as_str()).collect::<Vec<_>>().join(", ")
            }
        };
        t.row([
            s.id.to_string(),
            kind_text(s.kind, cat),
            s.as_of.to_string(),
            join(&s.scope.covers),
            join(&s.scope.mentions),
            s.arrangements.len().to_string(),
            s.title.clone(),
        ]);
    }
    t.write(out, style::HEADING).map_err(out_err)?;
    Ok(EXIT_OK)
}
