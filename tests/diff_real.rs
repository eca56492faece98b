//! Issue 4: golden `log`, `diff` and `history` on the real curated snapshots
//! (embedded), in every format.

mod common;
use common::samdiff_ok as ok;

#[test]
fn real_log() {
    insta::assert_snapshot!("real_log_text", ok(&["log"]));
    insta::assert_snapshot!("real_log_text_all", ok(&["log", "--all"]));
    insta::assert_snapshot!("real_log_markdown", ok(&["log", "--format", "markdown"]));
    insta::assert_snapshot!("real_log_json", ok(&["log", "--format", "json"]));
}

#[test]
fn real_diff() {
    insta::assert_snapshot!(
        "real_diff_2019_2021_text",
        ok(&["diff", "region-2019", "oyer-2021", "--evidence"])
    );
    insta::assert_snapshot!(
        "real_diff_2019_2021_markdown",
        ok(&["diff", "2019", "2021", "--format", "markdown"])
    );
    insta::assert_snapshot!(
        "real_diff_2019_2021_json",
        ok(&["diff", "2019", "2021", "--format", "json"])
    );
}

#[test]
fn real_history() {
    insta::assert_snapshot!(
        "real_history_brann_text",
        ok(&["history", "felles-brann-og-feiertjeneste", "--evidence"])
    );
    insta::assert_snapshot!(
        "real_history_kvalitet_markdown",
        ok(&["history", "Kvalitetskoordinator", "--format", "markdown"])
    );
    insta::assert_snapshot!(
        "real_history_glor_json",
        ok(&["history", "glor", "--format", "json"])
    );
}
