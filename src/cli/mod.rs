//! The command-line interface: argument types, one file per subcommand,
//! exit codes and colour. Nothing else in the crate touches clap, the
//! environment, the terminal or exit codes.

use clap::{Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::path::PathBuf;

use crate::error::{Error, Issue};
use crate::i18n::{Catalog, Lang};
use crate::snapshot::{LoadOutcome, SnapshotSet};

mod add;
mod audit;
mod completions;
mod diff;
mod export;
pub mod help;
mod history;
mod import;
mod init;
mod list;
mod log;
mod man;
mod r#match;
mod output;
mod proposals;
mod report;
mod report_command;
mod schema;
mod show;
mod state;
mod stdout;
pub mod style;
mod validate;

/// Exit status: success, nothing to report.
pub const EXIT_OK: u8 = 0;
/// Exit status: problems found in the data (`validate`), or changes found
/// with `--exit-code`.
pub const EXIT_FOUND: u8 = 1;
/// Exit status: usage error, unreadable input, or input that is not valid.
pub const EXIT_ERROR: u8 = 2;

/// Turn dated overviews of inter-municipal cooperation into a precise,
/// traceable history of what changed.
#[derive(Debug, Parser)]
#[command(name = "samdiff", version, about, long_about = None)]
pub struct Cli {
    /// Read snapshots from DIR instead of the curated set built into samdiff.
    #[arg(long, global = true, value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    pub snapshots: Option<PathBuf>,

    /// Read the domain registry from FILE instead of `DIR/registry.json`
    /// (with `--snapshots DIR`) or the one built into samdiff.
    #[arg(long, global = true, value_name = "FILE")]
    pub registry: Option<PathBuf>,

    /// Largest input file to read, in bytes (snapshots, registry, sources,
    /// documents to import); default 8388608 (8 MiB).
    #[arg(long, global = true, value_name = "BYTES")]
    pub max_size: Option<u64>,

    /// When to colour output: auto (only on a terminal, never with NO_COLOR),
    /// always or never.
    #[arg(long, global = true, value_enum, default_value_t = ColorWhen::Auto)]
    pub color: ColorWhen,

    /// Language of all output: nb (Norwegian bokmål) or en. Default: from
    /// LC_ALL, LC_MESSAGES or LANG (nb for nb, nn and no locales, else en).
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<LangArg>,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// When to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// Only when writing to a terminal and NO_COLOR is not set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// `--lang` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// Norwegian bokmål.
    Nb,
    /// English.
    En,
}

impl LangArg {
    /// The library's language.
    pub fn lang(self) -> Lang {
        match self {
            LangArg::Nb => Lang::Nb,
            LangArg::En => Lang::En,
        }
    }
}

/// The language asked for: `--lang`, else the locale environment.
fn choose_lang(arg: Option<LangArg>) -> Lang {
    match arg {
        Some(a) => a.lang(),
        None => {
            let var = |k: &str| std::env::var(k).ok();
            Lang::from_env_values(
                var("LC_ALL").as_deref(),
                var("LC_MESSAGES").as_deref(),
                var("LANG").as_deref(),
            )
        }
    }
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the snapshots: id, kind, as-of date, scope, number of arrangements.
    List(list::Args),
    /// Show one snapshot's arrangements as a table.
    Show(show::Args),
    /// Check snapshot files and report every problem with file:line:col.
    Validate(validate::Args),
    /// Print the JSON Schema of a file format.
    Schema(schema::Args),
    /// Report what looks wrong in the snapshots, with evidence.
    Audit(audit::Args),
    /// Track a plan's proposals and studies through later inventories.
    Proposals(proposals::Args),
    /// The changelog across all inventories, oldest first.
    Log(log::Args),
    /// What changed between two snapshots (ids, years or files).
    Diff(diff::Args),
    /// One arrangement through all inventories, by id or name.
    History(history::Args),
    /// Turn a raw source document into a draft snapshot.
    Import(import::Args),
    /// Match arrangements across two snapshots or raw documents, with scores.
    Match(r#match::Args),
    /// Write an annual-report document (Markdown or self-contained HTML).
    Report(report_command::Args),
    /// The cooperation a municipality takes part in on a date, or all covered
    /// municipalities side by side.
    State(state::Args),
    /// Print a shell completion script.
    Completions(completions::Args),
    /// Print a manual page (roff), for samdiff or one of its commands.
    Man(man::Args),
    /// Start your own snapshot set as a copy of the built-in one.
    Init(init::Args),
    /// Add a new document to your set: import, match ids, review, write.
    Add(add::Args),
    /// Write snapshots, arrangements, changes and findings as flat tables (JSON Lines, Parquet or SQLite) for DuckDB, Spark or Datasette
    Export(export::Args),
}

/// What every subcommand gets: where snapshots come from, and a way to
/// report problems on stderr while the run goes on.
pub struct Context {
    /// `--snapshots DIR`, if given.
    pub snapshots_dir: Option<PathBuf>,
    /// `--registry FILE`, if given.
    pub registry: Option<PathBuf>,
    /// Whether any input problem was reported (the run then exits 2).
    pub had_errors: bool,
    /// The messages, in the language asked for.
    pub catalog: Catalog,
}

impl Context {
    /// Load the snapshot set the user asked for; problems with single files
    /// are reported on stderr and the good files are used.
    pub fn load_set(&mut self) -> Result<SnapshotSet, Error> {
        let outcome = match &self.snapshots_dir {
            Some(dir) => SnapshotSet::load_dir(dir)?,
            None => SnapshotSet::embedded(),
        };
        Ok(self.take_outcome(outcome))
    }

    /// The registry the user asked for: `--registry FILE`, else the
    /// snapshot directory's `registry.json`, else the built-in one.
    pub fn load_registry(&self) -> Result<crate::registry::Registry, Error> {
        use crate::registry::Registry;
        let registry = match (&self.registry, &self.snapshots_dir) {
            (Some(p), _) => Registry::load(p),
            (None, Some(dir)) => Registry::for_dir(dir),
            (None, None) => Registry::embedded(),
        }?;
        self.catalog.learn(registry.vocabulary());
        Ok(registry)
    }

    /// Report an outcome's issues and keep its set; the catalogue learns
    /// its documents' names.
    pub fn take_outcome(&mut self, outcome: LoadOutcome) -> SnapshotSet {
        self.report_issues(&outcome.issues);
        self.catalog.learn(outcome.set.vocabulary());
        outcome.set
    }

    /// Print issues on stderr, one `error:` each, in the reader's language.
    pub fn report_issues(&mut self, issues: &[Issue]) {
        for i in issues {
            style::error_line(&self.catalog, &i.render(&self.catalog));
            self.had_errors = true;
        }
    }
}

/// Parse arguments, run the subcommand, and return the process exit status.
pub fn run() -> u8 {
    let cli = match help::parse(std::env::args_os().collect()) {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    style::init(cli.color);
    crate::output::install_interrupt_cleanup();
    if let Some(max) = cli.max_size {
        crate::input::set_max_input_bytes(max);
    }
    let mut ctx = Context {
        snapshots_dir: cli.snapshots.clone(),
        registry: cli.registry.clone(),
        had_errors: false,
        catalog: Catalog::new(choose_lang(cli.lang)),
    };
    // Buffered: a changelog of a national register is millions of short
    // lines, and a line-buffered stdout makes one system call each.
    let mut stdout = std::io::BufWriter::with_capacity(1 << 16, stdout::Stdout::new());
    let result = dispatch(cli.command, &mut ctx, &mut stdout).and_then(|code| {
        stdout.flush().map_err(|source| Error::Write {
            path: "<stdout>".into(),
            source,
        })?;
        Ok(code)
    });
    match result {
        Ok(code) if ctx.had_errors => code.max(EXIT_ERROR),
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => EXIT_OK,
        Err(e) => {
            style::error_line(&ctx.catalog, &style::error_text(&e, &ctx.catalog));
            EXIT_ERROR
        }
    }
}

fn dispatch(command: Command, ctx: &mut Context, out: &mut dyn Write) -> Result<u8, Error> {
    match command {
        Command::List(a) => list::run(a, ctx, out),
        Command::Show(a) => show::run(a, ctx, out),
        Command::Validate(a) => validate::run(a, ctx, out),
        Command::Schema(a) => schema::run(a, ctx, out),
        Command::Audit(a) => audit::run(a, ctx, out),
        Command::Proposals(a) => proposals::run(a, ctx, out),
        Command::Log(a) => log::run(a, ctx, out),
        Command::Diff(a) => diff::run(a, ctx, out),
        Command::History(a) => history::run(a, ctx, out),
        Command::Import(a) => import::run(a, ctx, out),
        Command::Match(a) => r#match::run(a, ctx, out),
        Command::Report(a) => report_command::run(a, ctx, out),
        Command::State(a) => state::run(a, ctx, out),
        Command::Completions(a) => completions::run(a, ctx, out),
        Command::Man(a) => man::run(a, ctx, out),
        Command::Init(a) => init::run(a, ctx, out),
        Command::Add(a) => add::run(a, ctx, out),
        Command::Export(a) => export::run(a, ctx, out),
    }
}

/// Writing to stdout failed because the reader went away (`| head`): the
/// run then ends quietly with [`EXIT_OK`], as `ripgrep` does (README, "Exit
/// codes"). The broken pipe may come wrapped (in a JSON writer's error).
fn is_broken_pipe(e: &Error) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    let Error::Write { source, .. } = e else {
        return false;
    };
    let mut io = source;
    loop {
        if io.kind() == BrokenPipe {
            return true;
        }
        let Some(inner) = io.get_ref() else {
            return false;
        };
        if let Some(json) = inner.downcast_ref::<serde_json::Error>() {
            return json.io_error_kind() == Some(BrokenPipe);
        }
        match inner.downcast_ref::<std::io::Error>() {
            Some(next) => io = next,
            None => return false,
        }
    }
}

/// An argument that names a snapshot or a file: if it can only be a path
/// (ids and years have no `.` or `/`) and nothing is there, the error says
/// the file is missing, not that no snapshot has that id.
pub(crate) fn check_path_like(name: &str) -> Result<(), Error> {
    let path_like = name.contains(['.', '/', std::path::MAIN_SEPARATOR]);
    match std::fs::metadata(name) {
        Err(source) if path_like => Err(Error::Io {
            path: name.to_owned(),
            source,
        }),
        _ => Ok(()),
    }
}

/// Map an I/O error on stdout to the crate's error type.
pub fn out_err(source: std::io::Error) -> Error {
    Error::Write {
        path: "<stdout>".into(),
        source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A writer whose reader has gone away.
    struct Closed;
    impl Write for Closed {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::ErrorKind::BrokenPipe.into())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_broken_pipe_is_found_inside_wrappers() {
        let json = serde_json::to_writer(Closed, &[1, 2, 3]).unwrap_err();
        let wrapped = [
            std::io::Error::from(std::io::ErrorKind::BrokenPipe),
            std::io::Error::other(json),
            std::io::Error::other(std::io::Error::from(std::io::ErrorKind::BrokenPipe)),
        ];
        for source in wrapped {
            assert!(is_broken_pipe(&out_err(source)));
        }
        let other = out_err(std::io::Error::other("disk full"));
        assert!(!is_broken_pipe(&other));
        let read = Error::Io {
            path: "x".into(),
            source: std::io::ErrorKind::BrokenPipe.into(),
        };
        assert!(!is_broken_pipe(&read), "only writes to stdout end quietly");
    }
}
