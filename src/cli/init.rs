//! `samdiff init DIR`: start a user's own snapshot set as a copy of the
//! built-in one (snapshots, registry, sources and the set's README), so
//! that `samdiff add FILE --snapshots DIR` has somewhere to write.

use std::io::Write;
use std::path::{Path, PathBuf};

use include_dir::Dir;

use super::{Context, EXIT_OK, style};
use crate::error::Error;
use crate::i18n::Msg;
use crate::snapshot::EMBEDDED;

/// Arguments of `samdiff init`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The directory to create (or an empty one).
    pub dir: PathBuf,
    /// Write into a directory that is not empty (files of the same name are replaced).
    #[arg(long)]
    pub force: bool,
}

/// Copy the embedded set into `args.dir`. A new directory is filled under
/// a temporary name beside it and renamed into place, so it appears whole
/// or not at all; every file goes through the one writer
/// ([`crate::output::write_output`]).
pub fn run(args: Args, ctx: &mut Context, _out: &mut dyn Write) -> Result<u8, Error> {
    let dir = &args.dir;
    let shown = dir.display().to_string();
    let werr = |p: &Path, source: std::io::Error| Error::Write {
        path: p.display().to_string(),
        source,
    };
    match std::fs::read_dir(dir) {
        Ok(mut entries) => {
            if entries.next().is_some() && !args.force {
                return Err(Error::usage(
                    Msg::InitNotEmpty,
                    vec![("path", shown.as_str().into())],
                ));
            }
            copy_dir(&EMBEDDED, dir)?;
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let parent = match dir.parent() {
                Some(p) if !p.as_os_str().is_empty() => p,
                _ => Path::new("."),
            };
            // A sibling with a name of its own, made with the umask's
            // permissions like any directory the user creates.
            let name = dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let tmp = parent.join(format!(".{name}.samdiff-init-{}", std::process::id()));
            std::fs::create_dir(&tmp).map_err(|e| werr(&tmp, e))?;
            let filled = copy_dir(&EMBEDDED, &tmp)
                .and_then(|()| std::fs::rename(&tmp, dir).map_err(|e| werr(dir, e)));
            if let Err(e) = filled {
                let _ = std::fs::remove_dir_all(&tmp);
                return Err(e);
            }
        }
        Err(source) => {
            return Err(Error::Io {
                path: shown,
                source,
            });
        }
    }
    let count = EMBEDDED
        .files()
        .filter(|f| f.path().extension().is_some_and(|e| e == "json"))
        .count()
        .saturating_sub(1);
    style::note_line(
        &ctx.catalog,
        &ctx.catalog.get(
            Msg::InitDone,
            &[("path", shown.as_str().into()), ("count", count.into())],
        ),
    );
    Ok(EXIT_OK)
}

/// Write every file of `d` under `to`, each through the one writer.
fn copy_dir(d: &Dir<'_>, to: &Path) -> Result<(), Error> {
    for f in d.files() {
        let path = to.join(f.path());
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|source| Error::Write {
                path: parent.display().to_string(),
                source,
            })?;
        }
        crate::output::write_output(&path, f.contents(), crate::output::Overwrite::Replace)?;
    }
    for sub in d.dirs() {
        copy_dir(sub, to)?;
    }
    Ok(())
}
