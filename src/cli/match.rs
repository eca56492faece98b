//! `samdiff match A B`: match arrangements across two snapshots or raw
//! documents, with scores and evidence, for a curator to review.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::import::{LayoutArg, import_file, import_options, snapshot_json};
use super::{Context, EXIT_OK, out_err, style};
use crate::error::Error;
use crate::i18n::Msg;
use crate::matching::{
    Alias, DEFAULT_THRESHOLD, IdPolicy, MatchBasis, MatchOptions, match_arrangements, rewrite_ids,
};
use crate::model::Snapshot;
use crate::snapshot::{LoadedSnapshot, SnapshotSet};

/// Arguments of `samdiff match`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Left side: a snapshot id or year, a snapshot file, or a raw document.
    pub a: String,
    /// Right side: a snapshot id or year, a snapshot file, or a raw document.
    pub b: String,
    /// Score a fuzzy match must reach (0 to 1).
    #[arg(long, default_value_t = DEFAULT_THRESHOLD)]
    pub threshold: f64,
    /// A word-stem rename, `OLD=NEW` (e.g. `rådmann=kommunedirektør`); repeatable.
    #[arg(long = "alias", value_name = "OLD=NEW")]
    pub aliases: Vec<String>,
    /// Treat equal ids as the same arrangement (curated snapshots).
    #[arg(long)]
    pub use_ids: bool,
    /// Column order for raw pdf-text documents, comma-separated.
    #[arg(long, value_name = "M,...", value_delimiter = ',')]
    pub columns: Option<Vec<String>>,
    /// Write B with the matched arrangements renamed to A's ids (atomically).
    #[arg(long, value_name = "OUT")]
    pub write_ids: Option<PathBuf>,
    /// Overwrite the `--write-ids` file if it exists.
    #[arg(long)]
    pub force: bool,
}

/// Resolve one side: a file (a snapshot if it is JSON, else a raw
/// document to import), or a snapshot id/year from the set.
pub(super) fn load_side(
    arg: &str,
    columns: Option<&[String]>,
    ctx: &mut Context,
) -> Result<Snapshot, Error> {
    super::check_path_like(arg)?;
    let p = Path::new(arg);
    if p.is_file() {
        if p.extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"))
        {
            let outcome = SnapshotSet::load_path(p)?;
            if outcome.set.snapshots.is_empty() && !outcome.issues.is_empty() {
                // Each problem once, with its location (issue 15).
                return Err(Error::Invalid(outcome.issues));
            }
            let set = ctx.take_outcome(outcome);
            return set
                .snapshots
                .into_iter()
                .next()
                .map(|l| l.snapshot)
                .ok_or_else(|| {
                    Error::usage(Msg::UsageNotValidSnapshot, vec![("path", arg.into())])
                });
        }
        let opts = import_options(ctx, LayoutArg::Auto, None, None, columns, None)?;
        return Ok(import_file(p, &opts, &ctx.catalog)?.snapshot);
    }
    let set = ctx.load_set()?;
    Ok(set.resolve(arg)?.snapshot.clone())
}

/// Import a raw document for `diff`, with its source text for `--evidence`.
pub(super) fn import_raw(name: &str, ctx: &mut Context) -> Result<LoadedSnapshot, Error> {
    let p = Path::new(name);
    let opts = import_options(ctx, LayoutArg::Auto, None, None, None, None)?;
    let report = import_file(p, &opts, &ctx.catalog)?;
    let bytes = crate::input::read_input(p, name).map_err(|e| e.into_error(name))?;
    let source_text = crate::import::text::decode_source(name, &bytes)
        .map_err(|i| Error::Invalid(vec![i]))?
        .joined();
    let source_text = crate::controls::escape_document(&source_text).into_owned();
    Ok(LoadedSnapshot::new(report.snapshot, name, source_text))
}

/// `after` with the ids of the arrangements matched to `before` (default
/// options, the registry's aliases), so the diff pairs them.
pub(super) fn matched_ids(
    before: &Snapshot,
    after: &Snapshot,
    ctx: &mut Context,
) -> Result<Snapshot, Error> {
    let opts = MatchOptions {
        aliases: Alias::from_registry(&ctx.load_registry()?),
        ..MatchOptions::default()
    };
    let m = match_arrangements(&before.arrangements, &after.arrangements, &opts);
    let args = [
        ("matched", m.matches.len().into()),
        ("count", after.arrangements.len().into()),
    ];
    style::note_line(
        &ctx.catalog,
        &ctx.catalog.get(Msg::NoteMatchedByName, &args),
    );
    Ok(rewrite_ids(before, after, &m))
}

fn parse_alias(s: &str) -> Result<Alias, Error> {
    let (old, new) = s
        .split_once('=')
        .filter(|(o, n)| !o.trim().is_empty() && !n.trim().is_empty())
        .ok_or_else(|| Error::usage(Msg::UsageAlias, vec![("alias", s.into())]))?;
    Ok(Alias {
        old: vec![old.trim().to_owned()],
        new: new.trim().to_owned(),
    })
}

/// Print the matching: one line per pair with score, basis and evidence,
/// then the arrangements left unmatched on each side.
pub fn run(args: Args, ctx: &mut Context, out: &mut dyn Write) -> Result<u8, Error> {
    if !(0.0..=1.0).contains(&args.threshold) {
        return Err(Error::usage(
            Msg::UsageThreshold,
            vec![("threshold", args.threshold.to_string().into())],
        ));
    }
    if args.force && args.write_ids.is_none() {
        return Err(Error::Usage(Msg::UsageForceNeedsWriteIds.into()));
    }
    super::output::refuse_existing(args.write_ids.as_deref(), args.force)?;
    let mut aliases = Alias::from_registry(&ctx.load_registry()?);
    for a in &args.aliases {
        aliases.push(parse_alias(a)?);
    }
    let opts = MatchOptions {
        threshold: args.threshold,
        aliases,
        ids: if args.use_ids {
            IdPolicy::Trust
        } else {
            IdPolicy::Ignore
        },
    };
    let a = load_side(&args.a, args.columns.as_deref(), ctx)?;
    let b = load_side(&args.b, args.columns.as_deref(), ctx)?;
    let m = match_arrangements(&a.arrangements, &b.arrangements, &opts);
    let w = |out: &mut dyn Write, s: String| writeln!(out, "{s}").map_err(out_err);
    w(
        out,
        style::paint(
            style::HEADING,
            &ctx.catalog.get(
                Msg::MatchHeading,
                &[
                    ("count", m.matches.len().into()),
                    ("from", a.id.as_str().into()),
                    ("to", b.id.as_str().into()),
                    ("threshold", format!("{:.2}", opts.threshold).into()),
                ],
            ),
        ),
    )?;
    for mt in &m.matches {
        let (x, y) = (&a.arrangements[mt.a], &b.arrangements[mt.b]);
        w(
            out,
            format!(
                "{:.2}  {:<5}  {} -> {}  ({} -> {})",
                mt.score,
                ctx.catalog.text(match mt.basis {
                    MatchBasis::Id => Msg::MatchBasisId,
                    MatchBasis::Name => Msg::MatchBasisName,
                    MatchBasis::Fuzzy => Msg::MatchBasisFuzzy,
                }),
                x.id,
                y.id,
                x.name,
                y.name
            ),
        )?;
        let ev: Vec<String> = mt.evidence.iter().map(|e| e.render(&ctx.catalog)).collect();
        w(
            out,
            style::paint(style::DIM, &format!("      {}", ev.join("; "))),
        )?;
    }
    for (side, idx) in [(&a, &m.unmatched_a), (&b, &m.unmatched_b)] {
        if idx.is_empty() {
            continue;
        }
        w(
            out,
            style::paint(
                style::HEADING,
                &ctx.catalog.get(
                    Msg::MatchOnlyIn,
                    &[
                        ("count", idx.len().into()),
                        ("snapshot", side.id.as_str().into()),
                    ],
                ),
            ),
        )?;
        for &i in idx {
            let x = &side.arrangements[i];
            w(out, format!("      {}  ({})", x.id, x.name))?;
        }
    }
    if let Some(path) = &args.write_ids {
        let rewritten = rewrite_ids(&a, &b, &m);
        super::output::write_file(path, &snapshot_json(&rewritten)?, args.force)?;
        let args = [
            ("path", path.display().to_string().into()),
            ("count", m.matches.len().into()),
            ("snapshot", a.id.as_str().into()),
        ];
        style::note_line(&ctx.catalog, &ctx.catalog.get(Msg::NoteWroteIds, &args));
    }
    Ok(EXIT_OK)
}
