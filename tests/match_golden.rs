//! Issue 5 and 7: golden output of `samdiff match`, on curated snapshots and
//! on the raw source documents, in both languages, so a change in scores,
//! evidence or wording shows up in review.

mod common;

/// Run from the crate root: raw documents are named by relative path, so
/// the output does not depend on where the checkout lives.
fn run(args: &[&str]) -> String {
    common::samdiff_ok_in(std::path::Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

const RAW_2019: &str = "snapshots/sources/2019-01-01-oversikt-interkommunalt-samarbeid.txt";
const RAW_2021: &str = "snapshots/sources/2021-01-01-oversikt-oyer.txt";

#[test]
fn match_curated_2019_2021() {
    insta::assert_snapshot!(
        "match_curated_en",
        run(&["--lang", "en", "match", "2019", "2021"])
    );
    insta::assert_snapshot!(
        "match_curated_nb",
        run(&["--lang", "nb", "match", "2019", "2021"])
    );
}

#[test]
fn match_raw_2019_2021() {
    insta::assert_snapshot!(
        "match_raw_en",
        run(&["--lang", "en", "match", RAW_2019, RAW_2021])
    );
    insta::assert_snapshot!(
        "match_raw_nb",
        run(&["--lang", "nb", "match", RAW_2019, RAW_2021])
    );
}
