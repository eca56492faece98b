//! The one way samdiff reads a file from disk: snapshot files, the
//! registry, source documents and documents to import all come through
//! [`read_input`].
//!
//! Input comes from outside (another municipality, an e-mail attachment, a
//! shared drive), so every read is bounded before it starts:
//! - only regular files are read: a directory, device (`/dev/zero`), named
//!   pipe or socket is refused without reading a byte (a pipe is opened
//!   non-blocking, so it cannot hang the open either);
//! - the size is checked against [`max_input_bytes`] from the file's
//!   metadata *before* reading, and the read itself is bounded by a `take`
//!   reader, so a file that grows while it is read cannot exceed the limit;
//! - a snapshot's source document must resolve, after following symlinks,
//!   to a file inside its set's `sources/` folder ([`read_source_in`]).
//!
//! The limit is [`DEFAULT_MAX_INPUT_BYTES`] unless the command line raises
//! or lowers it (`--max-size`, through [`set_max_input_bytes`]).

use std::io::Read;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::error::{Error, Issue, Location};
use crate::i18n::{Msg, Text};

/// Largest input file read by default, in bytes. The real overviews are a
/// few kilobytes and the largest curated snapshot about 100 KiB; 8 MiB
/// leaves room for a region with thousands of rows, while a mistaken
/// argument (a database dump, a video, `/dev/zero`) is refused before any
/// memory is spent on it.
pub const DEFAULT_MAX_INPUT_BYTES: u64 = 8 * 1024 * 1024;

/// The folder of a snapshot set that holds its source documents.
pub const SOURCES_DIR: &str = "sources";

static MAX_INPUT_BYTES: AtomicU64 = AtomicU64::new(DEFAULT_MAX_INPUT_BYTES);

/// The size limit every read applies, in bytes.
pub fn max_input_bytes() -> u64 {
    MAX_INPUT_BYTES.load(Ordering::Relaxed)
}

/// Set the size limit for every later read (the CLI's `--max-size`).
pub fn set_max_input_bytes(bytes: u64) {
    MAX_INPUT_BYTES.store(bytes, Ordering::Relaxed);
}

/// Why a file was not read.
#[derive(Debug)]
pub enum InputError {
    /// The operating system refused (not found, permission denied, ...).
    Io(std::io::Error),
    /// samdiff refused: not a regular file, too large, outside the set.
    Refused(Issue),
}

impl InputError {
    /// As a library error: `Error::Io` or `Error::Invalid`.
    pub fn into_error(self, shown: &str) -> Error {
        match self {
            InputError::Io(source) => Error::Io {
                path: shown.to_owned(),
                source,
            },
            InputError::Refused(i) => Error::Invalid(vec![i]),
        }
    }

    /// As one issue at the start of the file.
    pub fn into_issue(self, shown: &str) -> Issue {
        match self {
            InputError::Io(e) => {
                Issue::new(Location::start(shown), crate::snapshot::cannot_read(&e))
            }
            InputError::Refused(i) => i,
        }
    }

    /// The reason alone, in English or the catalogue's text, for messages
    /// that name the file themselves.
    pub fn reason(&self) -> Text {
        match self {
            InputError::Io(e) => Text::new(
                Msg::IssueCannotRead,
                vec![("reason", crate::error::io_reason(e).into())],
            ),
            InputError::Refused(i) => i.message.clone(),
        }
    }
}

/// What kind of file `meta` describes, for the refusal message.
fn kind_of(meta: &std::fs::Metadata) -> Text {
    let ft = meta.file_type();
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_char_device() || ft.is_block_device() {
            return Msg::InputKindDevice.into();
        }
        if ft.is_fifo() {
            return Msg::InputKindPipe.into();
        }
        if ft.is_socket() {
            return Msg::InputKindSocket.into();
        }
    }
    if ft.is_dir() {
        Msg::InputKindDirectory.into()
    } else {
        Msg::InputKindOther.into()
    }
}

fn refuse_kind(shown: &str, meta: &std::fs::Metadata) -> InputError {
    InputError::Refused(Issue::new(
        Location::start(shown),
        Text::new(Msg::InputNotRegular, vec![("kind", kind_of(meta).into())]),
    ))
}

fn too_large(shown: &str, size: u64, max: u64) -> InputError {
    InputError::Refused(
        Issue::new(
            Location::start(shown),
            Text::new(
                Msg::ImportTooLarge,
                vec![
                    ("size", (size as usize).into()),
                    ("max", (max as usize).into()),
                ],
            ),
        )
        .with_hint(Msg::HintMaxSize),
    )
}

/// Read the regular file at `path` (named `shown` in messages), refusing
/// anything else and anything over [`max_input_bytes`].
pub fn read_input(path: &Path, shown: &str) -> Result<Vec<u8>, InputError> {
    read_bounded(path, shown, max_input_bytes())
}

fn read_bounded(path: &Path, shown: &str, max: u64) -> Result<Vec<u8>, InputError> {
    let meta = std::fs::metadata(path).map_err(InputError::Io)?;
    if !meta.is_file() {
        return Err(refuse_kind(shown, &meta));
    }
    if meta.len() > max {
        return Err(too_large(shown, meta.len(), max));
    }
    let mut opts = std::fs::OpenOptions::new();
    opts.read(true);
    #[cfg(unix)]
    {
        // Opening a named pipe blocks until a writer comes; if one was
        // swapped in since the check above, fail instead of waiting.
        use std::os::unix::fs::OpenOptionsExt;
        opts.custom_flags(libc::O_NONBLOCK);
    }
    let file = opts.open(path).map_err(InputError::Io)?;
    let meta = file.metadata().map_err(InputError::Io)?;
    if !meta.is_file() {
        return Err(refuse_kind(shown, &meta));
    }
    let mut bytes = Vec::with_capacity(meta.len().min(max) as usize);
    file.take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(InputError::Io)?;
    if bytes.len() as u64 > max {
        return Err(too_large(shown, bytes.len() as u64, max));
    }
    Ok(bytes)
}

/// Read `rel` (a snapshot's `source.path`) relative to the set directory
/// `dir`, refusing a path whose real location, after every symlink, is not
/// inside `dir/sources/`.
pub fn read_source_in(dir: &Path, rel: &str) -> Result<Vec<u8>, InputError> {
    let p = dir.join(rel);
    let shown = p.display().to_string();
    let outside = || {
        InputError::Refused(Issue::new(
            Location::start(&shown),
            Text::new(Msg::InputOutsideSources, vec![("path", rel.into())]),
        ))
    };
    let real = std::fs::canonicalize(&p).map_err(InputError::Io)?;
    let root = std::fs::canonicalize(dir.join(SOURCES_DIR)).map_err(|_| outside())?;
    if !real.starts_with(&root) || real == root {
        return Err(outside());
    }
    read_input(&real, &shown)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(e: InputError) -> String {
        match e {
            InputError::Refused(i) => i.to_string(),
            InputError::Io(e) => format!("io: {e}"),
        }
    }

    #[test]
    fn refuses_directories_and_devices_before_reading() {
        let dir = tempfile::tempdir().unwrap();
        let e = read_input(dir.path(), "D").unwrap_err();
        assert_eq!(
            message(e),
            "D:1:1: not a regular file (a directory): samdiff reads only regular files"
        );
        #[cfg(unix)]
        {
            let e = read_input(Path::new("/dev/zero"), "Z").unwrap_err();
            assert_eq!(
                message(e),
                "Z:1:1: not a regular file (a device): samdiff reads only regular files"
            );
        }
    }

    #[test]
    fn the_limit_is_checked_before_and_while_reading() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("f.txt");
        std::fs::write(&p, vec![b'a'; 100]).unwrap();
        assert_eq!(read_input(&p, "f").unwrap().len(), 100);
        let e = read_bounded(&p, "f", 99).unwrap_err();
        assert_eq!(
            message(e),
            "f:1:1: file too large (100 bytes): expected an overview of at most 99 bytes\n  hint: is this the right file? raise the limit with --max-size BYTES"
        );
    }

    #[cfg(unix)]
    #[test]
    fn sources_resolve_inside_the_sources_folder() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sources")).unwrap();
        std::fs::write(dir.path().join("sources/ok.txt"), "ok\n").unwrap();
        std::fs::write(dir.path().join("outside.txt"), "secret\n").unwrap();
        std::os::unix::fs::symlink(
            dir.path().join("outside.txt"),
            dir.path().join("sources/evil.txt"),
        )
        .unwrap();
        std::os::unix::fs::symlink("../outside.txt", dir.path().join("sources/up.txt")).unwrap();
        std::os::unix::fs::symlink("ok.txt", dir.path().join("sources/alias.txt")).unwrap();
        assert_eq!(
            read_source_in(dir.path(), "sources/ok.txt").unwrap(),
            b"ok\n"
        );
        assert_eq!(
            read_source_in(dir.path(), "sources/alias.txt").unwrap(),
            b"ok\n"
        );
        for rel in [
            "sources/evil.txt",
            "sources/up.txt",
            "outside.txt",
            "sources",
        ] {
            let e = read_source_in(dir.path(), rel).unwrap_err();
            assert!(
                message(e).ends_with(&format!(
                    "source `{rel}` is not a file inside the set's sources/ folder (after following symlinks)"
                )),
                "{rel}"
            );
        }
    }
}
