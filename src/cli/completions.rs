//! `samdiff completions SHELL`: a completion script, generated from the
//! same command tree as `--help` (in the reader's language).

use std::io::Write;

use clap_complete::Shell;

use super::help::{Purpose, command_for};
use super::{Context, EXIT_OK, out_err};
use crate::error::Error;

/// The shells samdiff writes completions for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ShellArg {
    /// Bash: save as ~/.local/share/bash-completion/completions/samdiff.
    Bash,
    /// Zsh: save as _samdiff in a directory on $fpath.
    Zsh,
    /// Fish: save as ~/.config/fish/completions/samdiff.fish.
    Fish,
    /// PowerShell: add to $PROFILE.
    Powershell,
    /// Elvish: add to ~/.config/elvish/rc.elv.
    Elvish,
}

impl ShellArg {
    /// clap_complete's shell.
    pub fn shell(self) -> Shell {
        match self {
            ShellArg::Bash => Shell::Bash,
            ShellArg::Zsh => Shell::Zsh,
            ShellArg::Fish => Shell::Fish,
            ShellArg::Powershell => Shell::PowerShell,
            ShellArg::Elvish => Shell::Elvish,
        }
    }
}

/// Arguments of `samdiff completions`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The shell.
    #[arg(value_enum)]
    pub shell: ShellArg,
}

/// Write the script for `shell` to `out`.
pub fn run(args: Args, ctx: &mut Context, out: &mut dyn Write) -> Result<u8, Error> {
    let mut cmd = command_for(&ctx.catalog, Purpose::Completions);
    let mut script = Vec::new();
    clap_complete::generate(args.shell.shell(), &mut cmd, "samdiff", &mut script);
    out.write_all(&script).map_err(out_err)?;
    Ok(EXIT_OK)
}
