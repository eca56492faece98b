//! `samdiff man [COMMAND]`: a manual page in roff, generated from the same
//! command tree as `--help` (in the reader's language).

use std::io::Write;

use clap::Command;

use super::help::{Purpose, command_for};
use super::{Context, EXIT_OK, out_err};
use crate::error::{Error, with_closest};
use crate::i18n::{Catalog, Msg, Text};
use crate::matching::names::closest;

/// Arguments of `samdiff man`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The command whose page to print (`samdiff-log(1)`); default:
    /// samdiff(1).
    #[arg(value_name = "COMMAND")]
    pub command: Option<String>,
}

/// Write the page to `out`.
pub fn run(args: Args, ctx: &mut Context, out: &mut dyn Write) -> Result<u8, Error> {
    let root = command_for(&ctx.catalog, Purpose::Man);
    let cmd = match &args.command {
        None => root,
        Some(name) => find(&root, name)?,
    };
    let page = render(cmd, &ctx.catalog).map_err(out_err)?;
    out.write_all(&page).map_err(out_err)?;
    Ok(EXIT_OK)
}

/// The subcommand `name` of `root`, or an error naming the closest.
fn find(root: &Command, name: &str) -> Result<Command, Error> {
    if let Some(sub) = root.find_subcommand(name) {
        return Ok(sub.clone());
    }
    let names: Vec<&str> = root.get_subcommands().map(|s| s.get_name()).collect();
    let text = Text::new(
        Msg::UnknownCommand,
        vec![("name", name.into()), ("expected", names.join(", ").into())],
    );
    Err(Error::Usage(with_closest(
        text,
        &closest(name, names.iter().copied()),
    )))
}

/// The page of `cmd` in roff, its section headings in `cat`'s language
/// (clap_mangen writes them in English).
pub fn render(cmd: Command, cat: &Catalog) -> std::io::Result<Vec<u8>> {
    let mut page = Vec::new();
    let source = format!("samdiff {}", env!("CARGO_PKG_VERSION"));
    clap_mangen::Man::new(cmd)
        .source(source)
        .render(&mut page)?;
    let text = String::from_utf8_lossy(&page);
    let headings = [
        ("NAME", Msg::ManName),
        ("SYNOPSIS", Msg::ManSynopsis),
        ("DESCRIPTION", Msg::ManDescription),
        ("OPTIONS", Msg::ManOptions),
        ("SUBCOMMANDS", Msg::ManCommands),
        ("EXTRA", Msg::ManExamples),
        ("VERSION", Msg::ManVersion),
    ];
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let heading = line.strip_prefix(".SH ").map(str::trim_end);
        match heading.and_then(|h| headings.iter().find(|(en, _)| *en == h)) {
            Some((_, msg)) => {
                out.push_str(&format!(".SH {}\n", cat.text(*msg).to_uppercase()));
            }
            None => out.push_str(line),
        }
    }
    Ok(out.into_bytes())
}
