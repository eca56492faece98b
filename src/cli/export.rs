//! `samdiff export`: the snapshots, changes and findings as flat tables in
//! a directory, for DuckDB, Spark or Datasette (issue 16).

use std::io::Write;
use std::path::PathBuf;

use super::report::knowledge;
use super::{Context, out_err};
use crate::audit::run_audit;
use crate::diff::log_snapshots;
use crate::error::Error;
use crate::i18n::Msg;
use crate::output::{Overwrite, write_output};
use crate::render::export::{
    TABLES, arrangement_rows, change_rows, finding_rows, participation_rows, snapshot_rows,
    write_jsonl,
};

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// One JSON object per line, one file per table
    Jsonl,
}

/// Arguments of `samdiff export`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output format
    #[arg(long, value_enum, default_value_t = ExportFormat::Jsonl)]
    pub format: ExportFormat,
    /// Directory to write the tables into (created if missing): snapshots,
    /// arrangements, participation, changes and findings
    #[arg(short, long, value_name = "DIR")]
    pub output: PathBuf,
    /// Overwrite tables that already exist in DIR
    #[arg(long)]
    pub force: bool,
}

/// Load the set, diff its inventories, audit it, and write every table
/// (nothing goes to stdout).
pub fn run(args: Args, ctx: &mut Context, _out: &mut dyn Write) -> Result<u8, Error> {
    let set = ctx.load_set()?;
    let registry = ctx.load_registry()?;
    let all: Vec<_> = set.snapshots.iter().map(|l| &l.snapshot).collect();
    let inventories: Vec<_> = set.inventories().map(|l| &l.snapshot).collect();
    let log = log_snapshots(&inventories, knowledge(ctx)?.as_ref());
    let audit = run_audit(&set.snapshots.iter().collect::<Vec<_>>(), &registry);
    let dir = &args.output;
    std::fs::create_dir_all(dir).map_err(|source| Error::Write {
        path: dir.display().to_string(),
        source,
    })?;
    let file = |stem: &str| dir.join(format!("{stem}.jsonl"));
    if !args.force
        && let Some(p) = TABLES.iter().map(|t| file(t)).find(|p| p.exists())
    {
        return Err(Error::usage(
            Msg::UsageAlreadyExists,
            vec![("path", p.display().to_string().into())],
        ));
    }
    for stem in TABLES {
        let path = file(stem);
        let mut buf = Vec::new();
        match stem {
            "snapshots" => write_jsonl(snapshot_rows(&all), &mut buf),
            "arrangements" => write_jsonl(arrangement_rows(&all), &mut buf),
            "participation" => write_jsonl(participation_rows(&all), &mut buf),
            "changes" => write_jsonl(change_rows(&log), &mut buf),
            _ => write_jsonl(finding_rows(&audit), &mut buf),
        }
        .map_err(out_err)?;
        // Through the one atomic writer of every output file.
        write_output(&path, &buf, Overwrite::from_force(args.force))?;
    }
    Ok(super::EXIT_OK)
}
