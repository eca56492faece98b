//! `samdiff add FILE --snapshots DIR`: one step from a received document to
//! a validated snapshot in the user's own set.
//!
//! Import the file, give its arrangements the set's ids (latest inventory
//! first, then older ones, then the plans' proposals and studies), print a
//! review, and, when nothing needs a decision, copy the source verbatim into
//! `DIR/sources/` and write `DIR/<id>.json`, each atomically, then check the
//! whole set again. Nothing is written on any error, with `--dry-run`, or
//! while an uncertain match waits for a decision (exit 1).

use std::io::Write;
use std::path::{Path, PathBuf};

use super::import::{LayoutArg, ShapeArgs, import_file, import_options, snapshot_json};
use super::{Context, EXIT_FOUND, EXIT_OK, out_err, style};
use crate::error::{Error, Issue};
use crate::i18n::{Catalog, Msg};
use crate::import::slug;
use crate::matching::Alias;
use crate::matching::set::{
    Decision, Decisions, IdAssignment, REVIEW_FORMAT, ReviewFile, ReviewPair, Uncertainty,
    assign_ids_from_set, first_line,
};
use crate::model::{Snapshot, SnapshotId};
use crate::snapshot::{SnapshotSet, SourceLookup, hex_sha256, load_snapshot_bytes};

/// Arguments of `samdiff add`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The document to add (a table or PDF text).
    pub file: PathBuf,
    /// The document's layout.
    #[arg(long, value_enum, default_value_t = LayoutArg::Auto)]
    pub layout: LayoutArg,
    /// The date the document describes (YYYY-MM-DD or YYYY).
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// Municipalities the document covers, comma-separated.
    #[arg(long, value_name = "M,...", value_delimiter = ',')]
    pub scope: Option<Vec<String>>,
    /// Municipality column order for pdf-text.
    #[arg(long, value_name = "M,...", value_delimiter = ',')]
    pub columns: Option<Vec<String>>,
    /// Snapshot id; default: the covered municipality and the year.
    #[arg(long)]
    pub id: Option<String>,
    /// Header of the key column (an id, an organisation number): a row
    /// takes the id of the arrangement with its key in the set first, then
    /// by name
    #[arg(long, value_name = "COLUMN")]
    pub key: Option<String>,
    #[command(flatten)]
    pub shape: Box<ShapeArgs>,
    /// Show the review and write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Write the uncertain matches to FILE for a decision (JSON).
    #[arg(long, value_name = "FILE")]
    pub review: Option<PathBuf>,
    /// Apply the decisions of a review file.
    #[arg(long, value_name = "FILE")]
    pub decisions: Option<PathBuf>,
    /// Decide one uncertain pair as the same arrangement: LINE=ID.
    #[arg(long, value_name = "LINE=ID")]
    pub same: Vec<String>,
    /// Decide one uncertain pair as different arrangements: LINE=ID.
    #[arg(long, value_name = "LINE=ID")]
    pub different: Vec<String>,
}

/// Source lookup for a draft whose source is not on disk yet.
struct InMemory<'a>(&'a [u8]);

impl SourceLookup for InMemory<'_> {
    fn read_source(&self, _rel: &str) -> Result<Vec<u8>, crate::i18n::TextArg> {
        Ok(self.0.to_vec())
    }
}

/// Run `add`.
pub fn run(args: Args, ctx: &mut Context, out: &mut dyn Write) -> Result<u8, Error> {
    let Some(dir) = ctx.snapshots_dir.clone() else {
        return Err(Error::usage(
            Msg::AddNeedsSnapshots,
            vec![("path", args.file.display().to_string().into())],
        ));
    };
    // A review file may hold decisions being made: never replace one.
    super::output::refuse_existing(args.review.as_deref(), false)?;
    let set = SnapshotSet::load_dir(&dir)?.into_result()?;
    let mut opts = import_options(
        ctx,
        args.layout,
        args.as_of.as_deref(),
        args.scope.as_deref(),
        args.columns.as_deref(),
        args.id.as_deref(),
    )?;
    args.shape.apply(&mut opts);
    opts.key_column = args.key.clone();
    let shown = args.file.display().to_string();
    let bytes = crate::input::read_input(&args.file, &shown).map_err(|e| e.into_error(&shown))?;
    let sha = hex_sha256(&bytes);
    if let Some(s) = set
        .snapshots
        .iter()
        .find(|s| s.snapshot.source.sha256 == sha)
    {
        return Err(Error::usage(
            Msg::AddAlreadyInSet,
            vec![
                ("path", shown.as_str().into()),
                ("id", s.snapshot.id.as_str().into()),
            ],
        ));
    }
    let report = import_file(&args.file, &opts, &ctx.catalog)?;
    // A row printed twice is a finding the snapshot keeps (and the audit
    // reports), and so is a status the vocabulary does not know (a note on
    // the arrangement); any other problem is a row that could not be read,
    // which must not be lost silently.
    let unread = report
        .problems
        .iter()
        .filter(|p| {
            !matches!(
                p.message.msg,
                Msg::ImportListedTwice | Msg::ImportStatusNotRead
            )
        })
        .count();
    let mut draft = report.snapshot;
    if args.id.is_none() {
        draft.id = default_id(&draft, &args.file);
    }
    if set.snapshots.iter().any(|s| s.snapshot.id == draft.id) {
        return Err(Error::usage(
            Msg::AddIdTaken,
            vec![("id", draft.id.as_str().into())],
        ));
    }
    let source_name = source_file_name(&dir, &draft, &args.file, &bytes)?;
    draft.source.path = format!("sources/{source_name}");

    let decisions = read_decisions(&args, &sha)?;
    let registry = ctx.load_registry()?;
    let snaps: Vec<&Snapshot> = set.snapshots.iter().map(|s| &s.snapshot).collect();
    let (snapshot, ids) =
        assign_ids_from_set(&draft, &snaps, &Alias::from_registry(&registry), &decisions);
    print_review(&snapshot, &ids, &ctx.catalog, out)?;

    if let Some(path) = &args.review {
        write_review(path, &shown, &sha, &snapshot, &ids, &ctx.catalog)?;
        let a = [("path", path.display().to_string().into())];
        style::note_line(&ctx.catalog, &ctx.catalog.get(Msg::AddWroteReview, &a));
    }
    if ids.needs_decision() {
        let n = ids
            .uncertain
            .iter()
            .filter(|u| u.decision.is_none())
            .count();
        style::warning_line(
            &ctx.catalog,
            &ctx.catalog
                .get(Msg::AddNeedsDecision, &[("count", n.into())]),
        );
    }
    if unread > 0 {
        style::warning_line(
            &ctx.catalog,
            &ctx.catalog
                .get(Msg::AddRowsNotRead, &[("count", unread.into())]),
        );
    }
    if unread > 0 || ids.needs_decision() {
        return Ok(EXIT_FOUND);
    }
    // Validate the new snapshot against its source before anything is written.
    let json = snapshot_json(&snapshot)?;
    let target = dir.join(format!("{}.json", snapshot.id));
    load_snapshot_bytes(&target.display().to_string(), &json, &InMemory(&bytes))
        .map_err(Error::Invalid)?;
    if args.dry_run {
        style::note_line(&ctx.catalog, &ctx.catalog.text(Msg::AddDryRun));
        return Ok(EXIT_OK);
    }
    let source_path = dir.join("sources").join(&source_name);
    let wrote_source = write_source(&source_path, &bytes)?;
    let written = super::output::write_file(&target, &json, false).and_then(|()| {
        // The whole set, with the new file, must still load cleanly.
        SnapshotSet::load_dir(&dir)?.into_result().map(|_| ())
    });
    if let Err(e) = written {
        let _ = std::fs::remove_file(&target);
        if wrote_source {
            let _ = std::fs::remove_file(&source_path);
        }
        return Err(e);
    }
    let a = [
        ("path", target.display().to_string().into()),
        ("count", snapshot.arrangements.len().into()),
    ];
    style::note_line(&ctx.catalog, &ctx.catalog.get(Msg::NoteWrote, &a));
    let a = [("path", source_path.display().to_string().into())];
    style::note_line(&ctx.catalog, &ctx.catalog.get(Msg::AddWroteSource, &a));
    Ok(EXIT_OK)
}

/// `oyer-2022` for a document covering one municipality, else the file
/// name's slug (`oversikt-2022`), with the year added if it lacks one.
fn default_id(s: &Snapshot, file: &Path) -> SnapshotId {
    let year = s.as_of.year().map(|y| y.to_string()).unwrap_or_default();
    let base = match s.scope.covers.as_slice() {
        [one] => slug(one.as_str()),
        _ => slug(
            &file
                .file_stem()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_default(),
        ),
    };
    if year.is_empty() || base.contains(&year) {
        SnapshotId(base)
    } else {
        SnapshotId(format!("{base}-{year}"))
    }
}

/// `2022-01-01-<title slug>.<ext>` in `DIR/sources/`; a name already used
/// by a different file gets `-2`, `-3`, …; the same bytes reuse it.
fn source_file_name(dir: &Path, s: &Snapshot, file: &Path, bytes: &[u8]) -> Result<String, Error> {
    let date = slug(&s.as_of.to_string());
    let ext = file
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy().to_lowercase()))
        .unwrap_or_default();
    let mut title = slug(&s.title);
    title.truncate(40);
    let title = title.trim_end_matches('-').to_owned();
    let stem = [date, title]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    for k in 1.. {
        let name = if k == 1 {
            format!("{stem}{ext}")
        } else {
            format!("{stem}-{k}{ext}")
        };
        let path = dir.join("sources").join(&name);
        let shown = path.display().to_string();
        match std::fs::symlink_metadata(&path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(name),
            Err(source) => {
                return Err(Error::Io {
                    path: shown,
                    source,
                });
            }
            Ok(_) => {}
        }
        let existing = crate::input::read_input(&path, &shown).map_err(|e| e.into_error(&shown))?;
        if existing == bytes {
            return Ok(name);
        }
    }
    unreachable!("the loop returns")
}

/// Copy the source atomically (the one writer, never replacing a file);
/// `false` when the same bytes were already there.
fn write_source(path: &Path, bytes: &[u8]) -> Result<bool, Error> {
    if path.exists() {
        return Ok(false);
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|source| Error::Write {
            path: parent.display().to_string(),
            source,
        })?;
    }
    crate::output::write_output(path, bytes, crate::output::Overwrite::Refuse)?;
    Ok(true)
}

/// Decisions from `--decisions FILE` and the `--same`/`--different` flags.
fn read_decisions(args: &Args, sha: &str) -> Result<Decisions, Error> {
    let mut d = Decisions::new();
    if let Some(p) = &args.decisions {
        let shown = p.display().to_string();
        let bytes = crate::input::read_input(p, &shown).map_err(|e| e.into_error(&shown))?;
        let review: ReviewFile = serde_json::from_slice(&bytes).map_err(|e| {
            Error::Invalid(vec![Issue::new(
                crate::error::Location::new(&shown, e.line(), e.column()),
                crate::i18n::Text::new(Msg::AddBadReview, vec![("reason", e.to_string().into())]),
            )])
        })?;
        if review.format != REVIEW_FORMAT || review.sha256 != sha {
            return Err(Error::usage(
                Msg::AddReviewOtherDocument,
                vec![("path", shown.as_str().into())],
            ));
        }
        for p in review.pairs {
            if let Some(x) = p.decision {
                d.insert((p.line, p.candidate), x);
            }
        }
    }
    for (flag, list, decision) in [
        ("--same", &args.same, Decision::Same),
        ("--different", &args.different, Decision::Different),
    ] {
        for v in list {
            let parsed = v
                .split_once('=')
                .and_then(|(l, id)| Some((l.trim().parse::<u32>().ok()?, id.trim().to_owned())))
                .filter(|(_, id)| !id.is_empty());
            let Some(key) = parsed else {
                return Err(Error::usage(
                    Msg::AddBadDecisionFlag,
                    vec![("flag", flag.into()), ("value", v.as_str().into())],
                ));
            };
            d.insert(key, decision);
        }
    }
    Ok(d)
}

fn write_review(
    path: &Path,
    document: &str,
    sha: &str,
    s: &Snapshot,
    ids: &IdAssignment,
    cat: &Catalog,
) -> Result<(), Error> {
    let review = ReviewFile {
        format: REVIEW_FORMAT.into(),
        document: document.to_owned(),
        sha256: sha.to_owned(),
        pairs: ids
            .uncertain
            .iter()
            .map(|u| {
                let a = &s.arrangements[u.new];
                let why = cat.text(match u.uncertain {
                    Some(Uncertainty::Ambiguous) => Msg::AddWhyAmbiguous,
                    Some(Uncertainty::Overruled) => Msg::AddWhyOverruled,
                    Some(Uncertainty::FewSharedWords) => Msg::AddWhyFewWords,
                    _ => Msg::AddWhyBelow,
                });
                ReviewPair {
                    line: first_line(a),
                    name: a.name.clone(),
                    candidate: u.id.to_string(),
                    candidate_name: u.name.clone(),
                    snapshot: u.snapshot.to_string(),
                    score: (u.score * 100.0).round() / 100.0,
                    evidence: std::iter::once(why)
                        .chain(u.evidence.iter().map(|e| e.render(cat)))
                        .collect(),
                    decision: u.decision,
                }
            })
            .collect(),
    };
    let mut json = serde_json::to_vec_pretty(&review).map_err(|e| out_err(e.into()))?;
    json.push(b'\n');
    super::output::write_file(path, &json, false)?;
    Ok(())
}

/// The review on stdout: matched (score and evidence), new, no longer
/// listed, uncertain.
fn print_review(
    s: &Snapshot,
    ids: &IdAssignment,
    cat: &Catalog,
    out: &mut dyn Write,
) -> Result<(), Error> {
    // One line an item, whatever line breaks a printed name holds.
    let w = |out: &mut dyn Write, s: String| {
        writeln!(out, "{}", crate::render::one_line(&s)).map_err(out_err)
    };
    let heading = |out: &mut dyn Write, msg: Msg, args: &[(&str, crate::i18n::Arg)]| {
        w(out, style::paint(style::HEADING, &cat.get(msg, args)))
    };
    heading(
        out,
        Msg::AddHeading,
        &[
            ("id", s.id.as_str().into()),
            ("date", s.as_of.to_string().into()),
            ("count", s.arrangements.len().into()),
        ],
    )?;
    heading(out, Msg::AddMatched, &[("count", ids.matched.len().into())])?;
    for m in &ids.matched {
        let a = &s.arrangements[m.new];
        let basis = match m.basis {
            crate::matching::MatchBasis::Key => Msg::MatchBasisKey,
            crate::matching::MatchBasis::Id => Msg::MatchBasisId,
            crate::matching::MatchBasis::Name => Msg::MatchBasisName,
            crate::matching::MatchBasis::Fuzzy => Msg::MatchBasisFuzzy,
        };
        w(
            out,
            format!(
                "  {:.2}  {:<5}  {}  {} {}  {}  <-  {} ({})",
                m.score,
                cat.text(basis),
                m.id,
                cat.text(Msg::AddLine),
                first_line(a),
                a.name,
                m.name,
                m.snapshot
            ),
        )?;
        let ev: Vec<String> = m.evidence.iter().map(|e| e.render(cat)).collect();
        w(
            out,
            style::paint(style::DIM, &format!("        {}", ev.join("; "))),
        )?;
    }
    heading(out, Msg::AddNew, &[("count", ids.new.len().into())])?;
    for &i in &ids.new {
        let a = &s.arrangements[i];
        w(
            out,
            format!(
                "  {}  {} {}  {}",
                a.id,
                cat.text(Msg::AddLine),
                first_line(a),
                a.name
            ),
        )?;
    }
    if let Some(latest) = &ids.latest {
        heading(
            out,
            Msg::AddNoLongerListed,
            &[
                ("count", ids.no_longer_listed.len().into()),
                ("snapshot", latest.as_str().into()),
            ],
        )?;
        for (id, name) in &ids.no_longer_listed {
            w(out, format!("  {id}  {name}"))?;
        }
    }
    if !ids.uncertain.is_empty() {
        let undecided = ids
            .uncertain
            .iter()
            .filter(|u| u.decision.is_none())
            .count();
        heading(
            out,
            Msg::AddUncertain,
            &[
                ("count", ids.uncertain.len().into()),
                ("undecided", undecided.into()),
            ],
        )?;
        for u in &ids.uncertain {
            let a = &s.arrangements[u.new];
            let why = match u.uncertain {
                Some(Uncertainty::Ambiguous) => Msg::AddWhyAmbiguous,
                Some(Uncertainty::Overruled) => Msg::AddWhyOverruled,
                Some(Uncertainty::FewSharedWords) => Msg::AddWhyFewWords,
                _ => Msg::AddWhyBelow,
            };
            let decided = match u.decision {
                Some(Decision::Same) => cat.text(Msg::AddDecidedSame),
                Some(Decision::Different) => cat.text(Msg::AddDecidedDifferent),
                None => cat.text(Msg::AddUndecided),
            };
            w(
                out,
                format!(
                    "  {:.2}  {} {}  {}  ?=  {} ({}, {})  [{}; {}]",
                    u.score,
                    cat.text(Msg::AddLine),
                    first_line(a),
                    a.name,
                    u.id,
                    u.name,
                    u.snapshot,
                    cat.text(why),
                    decided
                ),
            )?;
            let ev: Vec<String> = u.evidence.iter().map(|e| e.render(cat)).collect();
            w(
                out,
                style::paint(style::DIM, &format!("        {}", ev.join("; "))),
            )?;
        }
    }
    Ok(())
}
