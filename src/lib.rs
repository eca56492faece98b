//! samdiff: a precise history of inter-municipal cooperation from dated overviews.
#![warn(missing_docs)]

pub mod diff;
pub mod error;
pub mod model;
pub mod snapshot;

pub use error::{Error, Issue, Location, Result};
