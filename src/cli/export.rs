//! `samdiff export`: the snapshots, changes and findings as flat tables,
//! for DuckDB, Spark or Datasette (issue 16): JSON Lines or Parquet files
//! in a directory, or one SQLite database.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::report::knowledge;
use super::{Context, out_err};
use crate::audit::run_audit;
use crate::diff::log_snapshots;
use crate::error::Error;
use crate::i18n::Msg;
use crate::output::{Overwrite, write_output, write_output_with};
use crate::render::export::{Export, Table};
use crate::render::export_parquet::write_parquet;
use crate::render::export_sqlite::write_sqlite;

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// One JSON object per line, one file per table
    Jsonl,
    /// One Parquet file per table, typed columns
    Parquet,
    /// One SQLite database file holding every table, typed columns, keys and indexes
    Sqlite,
}

impl ExportFormat {
    /// The file extension of its tables (or of its one database).
    fn extension(self) -> &'static str {
        match self {
            ExportFormat::Jsonl => "jsonl",
            ExportFormat::Parquet => "parquet",
            ExportFormat::Sqlite => "sqlite",
        }
    }
}

/// Arguments of `samdiff export`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output format
    #[arg(long, value_enum, default_value_t = ExportFormat::Jsonl)]
    pub format: ExportFormat,
    /// Where to write: for jsonl and parquet a directory (created if missing)
    /// holding one file per table (snapshots, arrangements, participation,
    /// changes, findings); for sqlite the database file
    #[arg(short, long, value_name = "PATH")]
    pub output: PathBuf,
    /// Overwrite tables (or the database) that already exist
    #[arg(long)]
    pub force: bool,
}

/// Load the set, diff its inventories, audit it, and write every table
/// (nothing goes to stdout).
pub fn run(args: Args, ctx: &mut Context, _out: &mut dyn Write) -> Result<u8, Error> {
    // A wrong kind of PATH is refused before any work is done.
    match args.format {
        ExportFormat::Sqlite => check_database_path(&args.output)?,
        f => check_directory(&args.output, f)?,
    }
    let set = ctx.load_set()?;
    // The tables are the whole set or nothing: a query over an export that
    // silently lacks a snapshot would count wrong.
    if ctx.had_errors {
        return Err(Error::usage(Msg::ExportIncompleteSet, vec![]));
    }
    let registry = ctx.load_registry()?;
    let all: Vec<_> = set.snapshots.iter().map(|l| &l.snapshot).collect();
    let inventories: Vec<_> = set.inventories().map(|l| &l.snapshot).collect();
    let log = log_snapshots(&inventories, knowledge(ctx)?.as_ref());
    let audit = run_audit(&set.snapshots.iter().collect::<Vec<_>>(), &registry);
    let export = Export {
        snapshots: &all,
        log: &log,
        audit: &audit,
    };
    let overwrite = Overwrite::from_force(args.force);
    if args.format == ExportFormat::Sqlite {
        let path = &args.output;
        // Through the one atomic writer: SQLite fills the temporary file.
        write_output_with(path, overwrite, |_, tmp| {
            write_sqlite(&export, tmp).map_err(|e| failed(path, e))
        })?;
        return Ok(super::EXIT_OK);
    }
    let dir = &args.output;
    std::fs::create_dir_all(dir).map_err(|source| Error::Write {
        path: dir.display().to_string(),
        source,
    })?;
    let ext = args.format.extension();
    let file = |t: Table| dir.join(format!("{}.{ext}", t.name()));
    if !args.force
        && let Some(p) = Table::ALL.into_iter().map(file).find(|p| p.exists())
    {
        return Err(Error::usage(
            Msg::UsageAlreadyExists,
            vec![("path", p.display().to_string().into())],
        ));
    }
    for table in Table::ALL {
        let path = file(table);
        let mut buf = Vec::new();
        match args.format {
            ExportFormat::Parquet => {
                write_parquet(&export, table, &mut buf).map_err(|e| failed(&path, e))?
            }
            _ => export.write_jsonl(table, &mut buf).map_err(out_err)?,
        }
        // Through the one atomic writer of every output file.
        write_output(&path, &buf, overwrite)?;
    }
    Ok(super::EXIT_OK)
}

/// A writer's failure, as a write error naming `path`.
fn failed(path: &Path, e: impl std::fmt::Display) -> Error {
    Error::Write {
        path: path.display().to_string(),
        source: std::io::Error::other(e.to_string()),
    }
}

/// `--format sqlite` writes one file: a directory (or a path written as
/// one, with a final `/`) is refused with the file name to use.
fn check_database_path(path: &Path) -> Result<(), Error> {
    let written_as_dir = path.as_os_str().to_string_lossy().ends_with('/');
    if path.is_dir() || written_as_dir {
        let suggested = path.join("samdiff.sqlite");
        return Err(Error::usage(
            Msg::ExportDatabaseIsDirectory,
            vec![
                ("path", path.display().to_string().into()),
                ("file", suggested.display().to_string().into()),
            ],
        ));
    }
    Ok(())
}

/// `--format jsonl|parquet` writes one file per table into a directory:
/// anything else that exists at `path` is refused.
fn check_directory(path: &Path, format: ExportFormat) -> Result<(), Error> {
    if path.exists() && !path.is_dir() {
        return Err(Error::usage(
            Msg::ExportNotDirectory,
            vec![
                ("path", path.display().to_string().into()),
                ("format", format.extension().into()),
            ],
        ));
    }
    Ok(())
}
