//! `samdiff export`: the snapshots, changes and findings as flat tables in
//! a directory, for DuckDB, Spark or Datasette (issue 16).

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use super::Context;
use super::report::knowledge;
use crate::audit::run_audit;
use crate::diff::log_snapshots;
use crate::error::{Error, io_reason};
use crate::i18n::Msg;
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
        write_atomically(&path, |w| match stem {
            "snapshots" => write_jsonl(snapshot_rows(&all), w),
            "arrangements" => write_jsonl(arrangement_rows(&all), w),
            "participation" => write_jsonl(participation_rows(&all), w),
            "changes" => write_jsonl(change_rows(&log), w),
            _ => write_jsonl(finding_rows(&audit), w),
        })?;
    }
    Ok(super::EXIT_OK)
}

/// Write `path` through a temporary file in its directory, renamed into
/// place only when complete.
fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), Error> {
    let shown = path.display().to_string();
    let werr = |source: std::io::Error| Error::Write {
        path: shown.clone(),
        source,
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    let tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| {
        Error::usage(
            Msg::UsageCannotCreate,
            vec![
                ("path", shown.as_str().into()),
                ("reason", io_reason(&e).into()),
            ],
        )
    })?;
    let mut w = BufWriter::new(tmp);
    write(&mut w).map_err(werr)?;
    let tmp = w.into_inner().map_err(|e| werr(e.into_error()))?;
    // A temporary file is private (0600); a table is for other tools.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))
            .map_err(werr)?;
    }
    tmp.as_file().sync_all().map_err(werr)?;
    tmp.persist(path).map_err(|e| werr(e.error))?;
    Ok(())
}
