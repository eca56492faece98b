//! samdiff: a precise history of inter-municipal cooperation from dated overviews.
#![warn(missing_docs)]

pub mod cli;
pub mod error;
pub mod model;
pub mod render;
pub mod snapshot;

pub use error::{Error, Issue, Location, Result};
