//! Reading, validating and collecting snapshot files.

mod locate;

pub use locate::{Locator, Seg, line_col_at};
