//! Helpers shared by the integration tests.

use assert_cmd::Command;

/// Run the real `samdiff` binary with `args` from an empty temporary
/// directory (so only embedded data or explicit paths are used), without
/// colour and with the C locale; assert success and return stdout.
#[allow(dead_code)] // tests that name paths relative to the crate use only samdiff_ok_in
pub fn samdiff_ok(args: &[&str]) -> String {
    let tmp = tempfile::tempdir().unwrap();
    samdiff_ok_in(tmp.path(), args)
}

/// [`samdiff_ok`] run from `dir` (for relative paths in arguments, so the
/// output does not depend on where the checkout lives).
#[allow(dead_code)] // not every test file runs from a directory
pub fn samdiff_ok_in(dir: &std::path::Path, args: &[&str]) -> String {
    let (code, out, err) = samdiff_in(dir, args);
    assert!(code == 0, "samdiff {args:?}: {err}");
    out
}

/// The binary run from `dir` like [`samdiff_ok_in`], whatever its exit:
/// the exit code (-1 when killed by a signal), stdout and stderr.
pub fn samdiff_in(dir: &std::path::Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("samdiff")
        .unwrap()
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("LC_ALL", "C")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}
