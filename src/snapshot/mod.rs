//! Reading, validating and collecting snapshot files.

mod locate;

pub use locate::{line_col_at, Locator, Seg};
