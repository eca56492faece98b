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
//! Modules, in pipeline order (imports run downward only):
//!
//! - [`model`]: the data: snapshots, arrangements, dates, ids;
//! - [`snapshot`]: read, validate and collect snapshot files, with `path:line:col`;
//! - [`registry`]: domain knowledge (legal forms, successions, dated events), as data;
//! - [`source`]: a source document's bytes: text encodings, workbooks, Word documents;
//! - [`import`]: raw source documents (tables, workbooks, Word, PDF text) into draft snapshots;
//! - [`matching`]: identity across snapshots without shared ids, and names as people
//!   type them ([`matching::names`]);
//! - [`diff`]: changelogs between snapshots, one function per change kind;
//! - [`audit`]: findings for the control committee;
//! - [`render`]: one module per output format, and the labels they share;
//! - [`report`]: the annual-report document, built on the renderers;
//! - [`i18n`]: the message catalogue in bokmål and English;
//! - [`cli`]: the command line, the only module that touches clap, the environment,
//!   the terminal and exit codes;
//! - [`error`]: the error type, with locations.
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
pub mod parallel;
pub mod registry;
pub mod render;
pub mod report;
pub mod snapshot;
pub mod source;
pub mod state;

pub use error::{Error, Issue, Location, Result};
