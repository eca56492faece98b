//! samdiff: a precise history of inter-municipal cooperation from dated overviews.
//!
//! Each source document is curated into a [`model::Snapshot`]; snapshots load and
//! validate through [`snapshot`], and every fact cites the line of its source.
//!
//! ```
//! use samdiff::snapshot::SnapshotSet;
//!
//! // The curated snapshots are built into the crate.
//! let set = SnapshotSet::embedded().into_result().expect("embedded data is valid");
//! for loaded in &set.snapshots {
//!     let s = &loaded.snapshot;
//!     println!("{} {} {} arrangements", s.id, s.as_of, s.arrangements.len());
//! }
//! ```
//!
//! Modules, in pipeline order: [`model`] (the data), [`snapshot`] (read, validate,
//! collect), [`render`] (output formats), [`i18n`] (messages in bokmål and English),
//! [`cli`] (the command line), [`error`].
#![warn(missing_docs)]

pub mod audit;
pub mod cli;
pub mod controls;
pub mod diff;
pub mod error;
pub mod i18n;
pub mod import;
pub mod input;
pub mod matching;
pub mod model;
pub mod output;
pub mod registry;
pub mod render;
pub mod report;
pub mod snapshot;
pub mod state;

pub use error::{Error, Issue, Location, Result};
