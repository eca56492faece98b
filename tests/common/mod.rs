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
pub fn samdiff_ok_in(dir: &std::path::Path, args: &[&str]) -> String {
    let out = Command::cargo_bin("samdiff")
        .unwrap()
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("LC_ALL", "C")
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "samdiff {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}
