//! The one way samdiff writes an output file (`-o`, `--write-ids`):
//! [`write_output`].
//!
//! - The bytes go to a temporary file beside the target, which is renamed
//!   into place only when complete: a reader never sees half a file.
//! - Only a regular file is ever replaced, and only with
//!   [`Overwrite::Replace`]. A device, directory, pipe or socket is refused;
//!   so is a symbolic link (samdiff neither writes through a link nor
//!   replaces it: name the file itself), and a read-only file.
//! - A new file gets the permissions the user's umask allows (`0666 &
//!   !umask`, like `>` in a shell); a replaced file keeps its permissions.
//! - If the process is interrupted (Ctrl-C, SIGTERM, SIGHUP) while the
//!   temporary file exists, it is removed before the process dies
//!   ([`install_interrupt_cleanup`]); on any error it is removed on drop.

use std::io::Write;
use std::path::Path;

use crate::error::{Error, io_reason};
use crate::i18n::Msg;

/// What to do when the target exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overwrite {
    /// Refuse ("already exists").
    Refuse,
    /// Replace it, if it is a regular, writable file.
    Replace,
}

impl Overwrite {
    /// `Replace` with `--force`, else `Refuse`.
    pub fn from_force(force: bool) -> Self {
        if force {
            Overwrite::Replace
        } else {
            Overwrite::Refuse
        }
    }
}

/// Write `bytes` to `path` atomically, following the rules of the module.
pub fn write_output(path: &Path, bytes: &[u8], overwrite: Overwrite) -> Result<(), Error> {
    write_output_with(path, overwrite, |file, _| {
        file.write_all(bytes).map_err(|source| Error::Write {
            path: path.display().to_string(),
            source,
        })
    })
}

/// Write `path` atomically, following the rules of the module, by letting
/// `fill` write the temporary file: it gets the open file and its path
/// (for a writer that opens the file itself, such as SQLite). The file is
/// renamed into place only if `fill` succeeds, and removed otherwise.
pub fn write_output_with(
    path: &Path,
    overwrite: Overwrite,
    fill: impl FnOnce(&mut std::fs::File, &Path) -> Result<(), Error>,
) -> Result<(), Error> {
    let shown = path.display().to_string();
    let werr = |source: std::io::Error| Error::Write {
        path: shown.clone(),
        source,
    };
    let mut keep_permissions = None;
    match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(werr(e)),
        Ok(meta) => {
            let ft = meta.file_type();
            if ft.is_symlink() {
                return Err(Error::usage(
                    Msg::OutputIsSymlink,
                    vec![("path", shown.as_str().into())],
                ));
            }
            if !ft.is_file() {
                return Err(Error::usage(
                    Msg::OutputNotRegular,
                    vec![("path", shown.as_str().into())],
                ));
            }
            if overwrite == Overwrite::Refuse {
                return Err(Error::usage(
                    Msg::UsageAlreadyExists,
                    vec![("path", shown.as_str().into())],
                ));
            }
            if meta.permissions().readonly() {
                return Err(Error::usage(
                    Msg::OutputReadOnly,
                    vec![("path", shown.as_str().into())],
                ));
            }
            keep_permissions = Some(meta.permissions());
        }
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".samdiff-").suffix(".tmp");
    #[cfg(unix)]
    {
        // The kernel applies the umask to this mode, as for `>` in a shell.
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(dir).map_err(werr)?;
    let guard = interrupt::Pending::new(tmp.path());
    let tmp_path = tmp.path().to_path_buf();
    fill(tmp.as_file_mut(), &tmp_path)?;
    if let Some(p) = keep_permissions {
        tmp.as_file().set_permissions(p).map_err(werr)?;
    }
    tmp.as_file().sync_all().map_err(werr)?;
    let result = match overwrite {
        Overwrite::Replace => tmp.persist(path).map(drop),
        Overwrite::Refuse => tmp.persist_noclobber(path).map(drop),
    };
    drop(guard);
    result.map_err(|e| {
        if overwrite == Overwrite::Refuse {
            Error::usage(
                Msg::UsageCannotCreate,
                vec![
                    ("path", shown.as_str().into()),
                    ("reason", io_reason(&e.error).into()),
                ],
            )
        } else {
            werr(e.error)
        }
    })
}

/// Remove a temporary output file if the process is interrupted (SIGINT,
/// SIGTERM, SIGHUP) while it exists, then die of the same signal. Call once,
/// early in `main`; without it an interrupt leaves the temporary file.
pub fn install_interrupt_cleanup() {
    interrupt::install();
}

#[cfg(unix)]
mod interrupt {
    //! The signal handler only calls `unlink`, `signal` and `raise`, which
    //! are async-signal-safe; the path it removes is published through an
    //! atomic pointer, never freed while the handler may hold it.
    use std::ffi::CString;
    use std::path::Path;
    use std::sync::atomic::{AtomicPtr, Ordering};

    static PENDING: AtomicPtr<libc::c_char> = AtomicPtr::new(std::ptr::null_mut());

    extern "C" fn on_signal(sig: libc::c_int) {
        let p = PENDING.swap(std::ptr::null_mut(), Ordering::SeqCst);
        // SAFETY: `p` is null or a pointer from `CString::into_raw` that
        // `Pending::drop` can no longer free (the swap above took it);
        // unlink, signal and raise are async-signal-safe.
        unsafe {
            if !p.is_null() {
                libc::unlink(p);
            }
            libc::signal(sig, libc::SIG_DFL);
            libc::raise(sig);
        }
    }

    pub(super) fn install() {
        for sig in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP] {
            // SAFETY: installs a handler that only makes async-signal-safe
            // calls (see `on_signal`).
            unsafe {
                libc::signal(sig, on_signal as *const () as libc::sighandler_t);
            }
        }
    }

    /// The temporary file the handler removes, while this value lives.
    pub(super) struct Pending;

    impl Pending {
        pub(super) fn new(path: &Path) -> Pending {
            use std::os::unix::ffi::OsStrExt;
            if let Ok(c) = CString::new(path.as_os_str().as_bytes()) {
                let old = PENDING.swap(c.into_raw(), Ordering::SeqCst);
                free(old);
            }
            Pending
        }
    }

    impl Drop for Pending {
        fn drop(&mut self) {
            free(PENDING.swap(std::ptr::null_mut(), Ordering::SeqCst));
        }
    }

    fn free(p: *mut libc::c_char) {
        if !p.is_null() {
            // SAFETY: `p` came from `CString::into_raw` and was taken out of
            // `PENDING` by a swap, so nothing else holds it.
            drop(unsafe { CString::from_raw(p) });
        }
    }
}

#[cfg(not(unix))]
mod interrupt {
    use std::path::Path;

    pub(super) fn install() {}

    pub(super) struct Pending;

    impl Pending {
        pub(super) fn new(_path: &Path) -> Pending {
            Pending
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(e: Error) -> String {
        e.to_string()
    }

    #[test]
    fn creates_refuses_and_replaces_regular_files_only() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.txt");
        write_output(&p, b"one", Overwrite::Refuse).unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"one");
        let e = write_output(&p, b"two", Overwrite::Refuse).unwrap_err();
        assert!(message(e).contains("already exists"));
        write_output(&p, b"two", Overwrite::Replace).unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        let e = write_output(dir.path(), b"x", Overwrite::Replace).unwrap_err();
        assert!(message(e).contains("is not a regular file"));
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "no temporary file left behind");
    }

    #[cfg(unix)]
    #[test]
    fn links_devices_and_read_only_files_are_never_replaced() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("target.txt");
        std::fs::write(&target, "keep").unwrap();
        let link = dir.path().join("link.txt");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let e = write_output(&link, b"x", Overwrite::Replace).unwrap_err();
        assert!(message(e).contains("is a symbolic link"));
        assert_eq!(std::fs::read(&target).unwrap(), b"keep");
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        let e = write_output(Path::new("/dev/null"), b"x", Overwrite::Replace).unwrap_err();
        assert!(message(e).contains("is not a regular file"));
        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o444)).unwrap();
        let e = write_output(&target, b"x", Overwrite::Replace).unwrap_err();
        assert!(message(e).contains("is read-only"));
        assert_eq!(std::fs::read(&target).unwrap(), b"keep");
    }

    #[cfg(unix)]
    #[test]
    fn new_files_follow_the_umask_and_replaced_files_keep_their_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("new.txt");
        write_output(&p, b"x", Overwrite::Refuse).unwrap();
        // What the umask allows for 0666: probe it with a file of our own.
        let probe = dir.path().join("probe");
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&probe)
            .unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&p), mode(&probe));
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_output(&p, b"y", Overwrite::Replace).unwrap();
        assert_eq!(mode(&p), 0o640);
    }
}
