//! `samdiff match A B`: match arrangements across two snapshots or raw
//! documents, with scores and evidence, for a curator to review.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::import::{LayoutArg, import_file, import_options, snapshot_json};
use super::{Context, EXIT_OK, out_err, style};
use crate::error::Error;
use crate::i18n::Msg;
use crate::matching::key::match_by_key;
use crate::matching::{
    Alias, DEFAULT_THRESHOLD, IdPolicy, MatchBasis, MatchOptions, match_arrangements, rewrite_ids,
};
use crate::model::{AsOf, PartialDate, Snapshot};
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
    /// The date the one raw document describes (YYYY-MM-DD or YYYY).
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// The date the raw document A describes.
    #[arg(long, value_name = "DATE")]
    pub as_of_a: Option<String>,
    /// The date the raw document B describes.
    #[arg(long, value_name = "DATE")]
    pub as_of_b: Option<String>,
    /// Write B with the matched arrangements renamed to A's ids (atomically).
    #[arg(long, value_name = "OUT")]
    pub write_ids: Option<PathBuf>,
    /// Overwrite the `--write-ids` file if it exists.
    #[arg(long)]
    pub force: bool,
    /// Match by the key column COLUMN of two register tables; names only pair
    /// what is left (an arrangement given a new key)
    #[arg(long, value_name = "COLUMN")]
    pub key: Option<String>,
}

/// Resolve one side: a file (a snapshot if it is JSON, else a raw
/// document to import), or a snapshot id/year from the set.
pub(super) fn load_side(
    arg: &str,
    columns: Option<&[String]>,
    as_of: Option<&str>,
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
        let mut opts = import_options(ctx, LayoutArg::Auto, as_of, None, columns, None)?;
        opts.scope_default = crate::import::ScopeDefault::EveryColumn;
        return Ok(import_file(p, &opts, &ctx.catalog)?.snapshot);
    }
    let set = ctx.load_set()?;
    Ok(set.resolve(arg)?.snapshot.clone())
}

/// Import a raw document for `diff`, with its source text for `--evidence`.
pub(super) fn import_raw(
    name: &str,
    as_of: Option<&str>,
    ctx: &mut Context,
) -> Result<LoadedSnapshot, Error> {
    let mut opts = import_options(ctx, LayoutArg::Auto, as_of, None, None, None)?;
    opts.scope_default = crate::import::ScopeDefault::EveryColumn;
    import_with(name, &opts, ctx)
}

/// Import the register table `name` keyed by its column `column`; a table
/// that prints no date is dated `undated` (its place in the argument
/// order), with a note saying so.
pub(super) fn import_keyed(
    name: &str,
    column: &str,
    undated: PartialDate,
    ctx: &mut Context,
) -> Result<LoadedSnapshot, Error> {
    if !is_raw(name) {
        return Err(Error::usage(
            Msg::UsageKeyNeedsTables,
            vec![("name", name.into())],
        ));
    }
    let mut opts = import_options(ctx, LayoutArg::Table, None, None, None, None)?;
    opts.scope_default = crate::import::ScopeDefault::EveryColumn;
    opts.key_column = Some(column.to_owned());
    opts.date_if_undated = Some(undated);
    let loaded = import_with(name, &opts, ctx)?;
    if matches!(&loaded.snapshot.as_of, AsOf::Year { date, evidence } if *date == undated && evidence.is_empty())
    {
        let args = [("path", name.into()), ("date", undated.to_string().into())];
        style::note_line(
            &ctx.catalog,
            &ctx.catalog.get(Msg::NoteUndatedByOrder, &args),
        );
    }
    Ok(loaded)
}

fn import_with(
    name: &str,
    opts: &crate::import::ImportOptions,
    ctx: &mut Context,
) -> Result<LoadedSnapshot, Error> {
    let p = Path::new(name);
    let report = import_file(p, opts, &ctx.catalog)?;
    let bytes = crate::input::read_input(p, name).map_err(|e| e.into_error(name))?;
    let source_text =
        crate::import::cited_text(name, &bytes, report.snapshot.source.sheet.as_deref())?;
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
    let (m, _) = crate::matching::set::certain_pairs(
        match_arrangements(&before.arrangements, &after.arrangements, &opts),
        &before.arrangements,
        &after.arrangements,
        &opts,
    );
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

/// `after` with the ids of the arrangements whose key `before` also has,
/// so the diff pairs by key; the pairs left over that share a name across
/// keys are counted in a note, not merged.
pub(super) fn keyed_ids(
    before: &Snapshot,
    after: &Snapshot,
    ctx: &mut Context,
) -> Result<Snapshot, Error> {
    let opts = MatchOptions {
        aliases: Alias::from_registry(&ctx.load_registry()?),
        ..MatchOptions::default()
    };
    let m = match_by_key(&before.arrangements, &after.arrangements, &opts);
    let args = [
        ("matched", m.by_key.matches.len().into()),
        ("count", after.arrangements.len().into()),
        ("across", m.across_keys.matches.len().into()),
    ];
    style::note_line(&ctx.catalog, &ctx.catalog.get(Msg::NoteMatchedByKey, &args));
    Ok(rewrite_ids(before, after, &m.by_key))
}

/// Whether `name` is a raw document (a file that is not a `.json` snapshot).
pub(super) fn is_raw(name: &str) -> bool {
    let p = Path::new(name);
    p.is_file()
        && !p
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"))
}

/// The dates of the two sides' raw documents: `--as-of` for the one raw
/// side, or one flag per side. A date for a side that is not raw, or
/// `--as-of` with two raw sides, is a usage error.
pub(super) fn side_dates<'a>(
    sides: (&str, &str),
    one: Option<&'a str>,
    each: (Option<&'a str>, Option<&'a str>),
    flags: (&'static str, &'static str),
) -> Result<(Option<&'a str>, Option<&'a str>), Error> {
    let raw = (is_raw(sides.0), is_raw(sides.1));
    for (given, is_raw, flag, side) in [
        (each.0, raw.0, flags.0, sides.0),
        (each.1, raw.1, flags.1, sides.1),
    ] {
        if given.is_some() && !is_raw {
            return Err(Error::usage(
                Msg::UsageAsOfNotRaw,
                vec![("flag", flag.into()), ("side", side.into())],
            ));
        }
    }
    let Some(d) = one else {
        return Ok(each);
    };
    match raw {
        (true, false) if each.0.is_none() => Ok((Some(d), each.1)),
        (false, true) if each.1.is_none() => Ok((each.0, Some(d))),
        (false, false) => Err(Error::usage(Msg::UsageAsOfNoRawSide, vec![])),
        _ => Err(Error::usage(
            Msg::UsageAsOfWhichSide,
            vec![("old", flags.0.into()), ("new", flags.1.into())],
        )),
    }
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
    // Pairs over the threshold whose names share few words: shown, not paired.
    let mut kept_apart = Vec::new();
    let (a, b, m) = match &args.key {
        Some(column) => {
            let a = import_keyed(&args.a, column, PartialDate::Year(1), ctx)?.snapshot;
            let b = import_keyed(&args.b, column, PartialDate::Year(2), ctx)?.snapshot;
            let km = match_by_key(&a.arrangements, &b.arrangements, &opts);
            let mut matches = km.by_key.matches;
            matches.extend(km.across_keys.matches);
            matches.sort_by_key(|x| x.a);
            let m = crate::matching::Matching {
                matches,
                unmatched_a: km.across_keys.unmatched_a,
                unmatched_b: km.across_keys.unmatched_b,
            };
            (a, b, m)
        }
        None => {
            let (as_of_a, as_of_b) = side_dates(
                (&args.a, &args.b),
                args.as_of.as_deref(),
                (args.as_of_a.as_deref(), args.as_of_b.as_deref()),
                ("--as-of-a", "--as-of-b"),
            )?;
            let a = load_side(&args.a, args.columns.as_deref(), as_of_a, ctx)?;
            let b = load_side(&args.b, args.columns.as_deref(), as_of_b, ctx)?;
            let m = match_arrangements(&a.arrangements, &b.arrangements, &opts);
            let (m, apart) =
                crate::matching::set::certain_pairs(m, &a.arrangements, &b.arrangements, &opts);
            kept_apart = apart;
            (a, b, m)
        }
    };
    // One line an item, whatever line breaks a printed name holds.
    let w = |out: &mut dyn Write, s: String| {
        writeln!(out, "{}", crate::render::one_line(&s)).map_err(out_err)
    };
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
                    MatchBasis::Key => Msg::MatchBasisKey,
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
        // A pair by key rests on the key alone: no evidence line.
        if !ev.is_empty() {
            w(
                out,
                style::paint(style::DIM, &format!("      {}", ev.join("; "))),
            )?;
        }
    }
    if !kept_apart.is_empty() {
        w(
            out,
            style::paint(
                style::HEADING,
                &ctx.catalog
                    .get(Msg::MatchKeptApart, &[("count", kept_apart.len().into())]),
            ),
        )?;
    }
    for mt in &kept_apart {
        let (x, y) = (&a.arrangements[mt.a], &b.arrangements[mt.b]);
        w(
            out,
            format!(
                "{:.2}  {} -> {}  ({} -> {})",
                mt.score, x.id, y.id, x.name, y.name
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
