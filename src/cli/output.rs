//! One rule for every command that writes a file (issue 17): `-o FILE`
//! (or `match --write-ids FILE`) never replaces an existing file unless
//! `--force` is given, as `gh ... --clobber` and `cargo new` refuse to
//! clobber, because some of what samdiff writes (draft snapshots,
//! renamed snapshots) sits next to hand-curated files that a slip of the
//! tab key must not destroy. `--force` without a file to write is a usage
//! error. The file itself is written atomically
//! ([`crate::output::write_output`]): complete or not at all.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::out_err;
use crate::error::Error;
use crate::i18n::Msg;

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

/// The rule's check: an error if `path` exists and `force` is not set.
pub fn refuse_existing(path: Option<&Path>, force: bool) -> Result<(), Error> {
    match path {
        // `symlink_metadata`: a dangling link exists too.
        Some(p) if !force && std::fs::symlink_metadata(p).is_ok() => Err(Error::usage(
            Msg::UsageAlreadyExists,
            vec![("path", p.display().to_string().into())],
        )),
        _ => Ok(()),
    }
}

/// Write `bytes` to `path` by the rule: refused if it exists without
/// `force`, else written atomically.
pub fn write_file(path: &Path, bytes: &[u8], force: bool) -> Result<(), Error> {
    crate::output::write_output(path, bytes, crate::output::Overwrite::from_force(force))
}
