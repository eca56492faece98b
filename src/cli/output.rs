//! One rule for every command that writes a file (issue 17): `-o FILE`
//! (or `match --write-ids FILE`) never replaces an existing file unless
//! `--force` is given, as `gh ... --clobber` and `cargo new` refuse to
//! clobber, because some of what samdiff writes (draft snapshots,
//! renamed snapshots) sits next to hand-curated files that a slip of the
//! tab key must not destroy. `--force` without a file to write is a usage
//! error. The rule is checked before any work, and again, race-free, by
//! the one atomic writer ([`crate::output::write_output`]), which also
//! refuses links, devices and read-only files.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::out_err;
use crate::error::Error;
use crate::i18n::Msg;
use crate::output::Overwrite;

/// `-o FILE` and `--force`, for every command that can write a file
/// instead of standard output.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct OutputArgs {
    /// Write to FILE instead of standard output; the file appears complete
    /// or not at all.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace FILE if it exists (without --force, an existing file is an
    /// error).
    #[arg(long)]
    pub force: bool,
}

impl OutputArgs {
    /// A usage error for `--force` without `-o`; call before doing any
    /// work, so a mistyped command fails at once.
    pub fn check(&self) -> Result<(), Error> {
        if self.force && self.output.is_none() {
            return Err(Error::Usage(Msg::UsageForceNeedsOutput.into()));
        }
        refuse_existing(self.output.as_deref(), self.force)
    }

    /// Write `bytes` to FILE by the rule, or to `out` without `-o`.
    pub fn write(&self, bytes: &[u8], out: &mut dyn Write) -> Result<(), Error> {
        match &self.output {
            None => out.write_all(bytes).map_err(out_err),
            Some(path) => write_file(path, bytes, self.force),
        }
    }
}

/// The rule's early check: an error if `path` is an existing file and
/// `force` is not set (links, devices and the like are left to the writer,
/// which refuses them with its own message).
pub fn refuse_existing(path: Option<&Path>, force: bool) -> Result<(), Error> {
    let Some(path) = path else {
        return Ok(());
    };
    let is_file = std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file());
    if is_file && !force {
        return Err(Error::usage(
            Msg::UsageAlreadyExists,
            vec![("path", path.display().to_string().into())],
        ));
    }
    Ok(())
}

/// Write `bytes` to `path` by the rule, atomically.
pub fn write_file(path: &Path, bytes: &[u8], force: bool) -> Result<(), Error> {
    refuse_existing(Some(path), force)?;
    crate::output::write_output(path, bytes, Overwrite::from_force(force))
}
