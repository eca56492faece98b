//! The one-page summary for an annual report (`samdiff report --brief`):
//! what changed for one municipality (or all) over a range of documents,
//! in plain sentences, ranked, with a source line per item, doubtful items
//! in a labelled footnote, and the documents with their SHA-256.
//!
//! Ranking, by change kind: ended and notice given; new (added, listed
//! again); host changed; legal form changed; a municipality joined or left;
//! renamed. Everything else (relabels under a new act, comments, partners,
//! spelling, participation that became known) is counted in one line.
//! Changes outside a document's scope are not changes and are not counted.
//!
//! Doubt is never decided here: an item is doubtful when the diff engine
//! flags the change `uncertain`, or when the audit of the same documents
//! reports a probable column slip (`participation-swapped`) for the
//! arrangement whose participation changed.

use serde::Serialize;
use std::collections::BTreeSet;

use crate::audit::{Audit, Code};
use crate::diff::{Change, ChangeKind, Changelog, Group, Value};
use crate::i18n::{Arg, Catalog, Msg};
use crate::model::{Snapshot, Status};
use crate::render::sentences::{form_words, host_words, status_words};

/// At most this many ranked items; the rest of the same kinds are counted
/// in one line, so the page stays one A4 page: an item takes two to three
/// lines with its source, and 10 of them leave room for the footnote of
/// doubtful items and the appendix of four documents (the browser test
/// prints every covered municipality's page and counts one page).
pub const MAX_ITEMS: usize = 10;

/// At most this many doubtful items in the footnote; the rest are counted.
pub const MAX_DOUBTFUL: usize = 4;

/// One fact of the one-pager.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BriefItem {
    /// The sentence.
    pub sentence: String,
    /// Where to see it: documents and lines.
    pub source: String,
    /// The change kind (machine key, for checks; never printed).
    pub kind: String,
    /// The arrangement's id (machine key, for checks; never printed).
    pub arrangement: String,
    /// The municipality a participation change is about (machine key).
    pub municipality: Option<String>,
}

/// One document of the appendix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BriefSource {
    /// Its short name ("oversikten per 1. januar 2021").
    pub name: String,
    /// Its title as printed, in quotation marks.
    pub title: String,
    /// Lowercase hex SHA-256 of the file.
    pub sha256: String,
}

/// The one-pager, every text in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Brief {
    /// Language code (`nb`, `en`).
    pub lang: String,
    /// The title.
    pub title: String,
    /// Which documents are compared.
    pub subtitle: String,
    /// Where the facts come from, when a document of the range does not
    /// cover the municipality: one sentence per such document.
    pub coverage: Vec<String>,
    /// Heading of the list.
    pub changes_heading: String,
    /// The ranked facts.
    pub items: Vec<BriefItem>,
    /// "… and 4 more changes of these kinds", when the list was cut.
    pub more: Option<String>,
    /// "In addition, 58 smaller edits …", when there are any.
    pub smaller: Option<String>,
    /// What to say when nothing of note changed.
    pub nothing: Option<String>,
    /// Label of the footnote of doubtful items.
    pub doubtful_label: String,
    /// The doubtful items.
    pub doubtful: Vec<BriefItem>,
    /// "… and 2 more doubtful items", when the footnote was cut.
    pub doubtful_more: Option<String>,
    /// Heading of the appendix.
    pub sources_heading: String,
    /// The documents.
    pub sources: Vec<BriefSource>,
    /// Label of the "source" line of an item.
    pub source_label: String,
    /// Closing line (how it was made).
    pub colophon: String,
}

/// The rank of a change kind on the page, best first; `None` for kinds
/// that are only counted.
pub fn rank(kind: ChangeKind) -> Option<u8> {
    use ChangeKind::*;
    Some(match kind {
        Ended | NoticeGiven => 0,
        Added | Reappeared => 1,
        HostChanged => 2,
        LegalFormChanged => 3,
        ParticipantJoined | ParticipantLeft => 4,
        Renamed => 5,
        _ => return None,
    })
}

/// Which `shown` of the `ranked` changes (sorted by rank) the page lists,
/// in their order: the first of each rank before any rank's second, so ten
/// endings do not hide that something was added or changed host.
fn pick<T>(ranked: &[(u8, usize, T)], shown: usize) -> Vec<usize> {
    let mut picked: Vec<usize> = Vec::with_capacity(shown);
    for k in 0..ranked.len() {
        if picked.len() < shown && (k == 0 || ranked[k].0 != ranked[k - 1].0) {
            picked.push(k);
        }
    }
    for k in 0..ranked.len() {
        if picked.len() < shown && !picked.contains(&k) {
            picked.push(k);
        }
    }
    picked.sort_unstable();
    picked
}

/// What the page is about: one municipality, or every one.
#[derive(Debug, Clone, Default)]
pub struct BriefOptions {
    /// The municipality, resolved (`Øyer`); `None` for all.
    pub municipality: Option<String>,
    /// Include changes of arrangements that are only proposed or under
    /// study (left out by default: they are plans, not cooperation).
    pub proposals: bool,
}

/// Whether a change is about an arrangement only proposed or under study
/// on its later side (or its earlier side, when it is gone).
pub fn about_proposal(c: &Change) -> bool {
    let proposal = |v: &Option<Value>| {
        matches!(
            v,
            Some(Value::Status(Status::Proposed | Status::UnderStudy))
        )
    };
    match c.kind {
        ChangeKind::Added | ChangeKind::Reappeared => proposal(&c.after),
        ChangeKind::Ended => proposal(&c.before),
        _ => false,
    }
}

fn text_of(v: &Option<Value>) -> String {
    v.as_ref().map(crate::diff::value_text).unwrap_or_default()
}

/// The plain sentence of a ranked change, on one line (see
/// [`crate::render::one_line`]).
pub fn sentence(c: &Change, cat: &Catalog) -> String {
    crate::render::one_line(&sentence_printed(c, cat)).into_owned()
}

/// [`sentence`] with the values' line breaks as printed.
fn sentence_printed(c: &Change, cat: &Catalog) -> String {
    let name: Arg = c.name.as_str().into();
    let to: Arg = cat.document(c.to.as_str()).into();
    let status = |v: &Option<Value>| match v {
        Some(Value::Status(s)) => Some(s.clone()),
        _ => None,
    };
    match c.kind {
        // Still listed, marked as ended ("Avviklet"): not "no longer listed".
        ChangeKind::Ended if matches!(status(&c.after), Some(Status::Ended { .. })) => {
            let words = status(&c.after)
                .map(|s| status_words(&s, cat))
                .unwrap_or_default();
            cat.get(
                Msg::BriefEndedMarked,
                &[("name", name), ("status", words.into()), ("to", to)],
            )
        }
        ChangeKind::Ended => cat.get(Msg::BriefEnded, &[("name", name), ("to", to)]),
        ChangeKind::NoticeGiven => {
            let words = status(&c.after)
                .map(|s| status_words(&s, cat))
                .unwrap_or_default();
            cat.get(
                Msg::BriefNotice,
                &[("name", name), ("status", words.into())],
            )
        }
        ChangeKind::Added | ChangeKind::Reappeared => {
            let already = match status(&c.after) {
                Some(s @ (Status::NoticeGiven { .. } | Status::Ended { .. })) => {
                    status_words(&s, cat)
                }
                _ => String::new(),
            };
            let msg = if c.kind == ChangeKind::Added {
                Msg::BriefAdded
            } else {
                Msg::BriefReappeared
            };
            // The catalogue's selector: "none" when simply active.
            let already = if already.is_empty() {
                "none".to_owned()
            } else {
                already
            };
            cat.get(
                msg,
                &[("name", name), ("to", to), ("already", already.into())],
            )
        }
        // A host or form only now stated, or no longer stated, is no
        // change to either: the shared sentence says so.
        ChangeKind::HostChanged | ChangeKind::LegalFormChanged
            if c.before.is_none() || c.after.is_none() =>
        {
            let said = crate::render::sentences::describe(c, cat);
            format!(
                "{}: {}.",
                c.name,
                crate::render::followup_words::plain(&said, cat)
            )
        }
        ChangeKind::HostChanged => cat.get(
            Msg::BriefHost,
            &[
                ("name", name),
                ("before", host_words(&c.before, cat).into()),
                ("after", host_words(&c.after, cat).into()),
            ],
        ),
        ChangeKind::LegalFormChanged => cat.get(
            Msg::BriefForm,
            &[
                ("name", name),
                ("before", form_words(&c.before, cat).into()),
                ("after", form_words(&c.after, cat).into()),
            ],
        ),
        ChangeKind::ParticipantJoined | ChangeKind::ParticipantLeft => {
            let msg = if c.kind == ChangeKind::ParticipantJoined {
                Msg::BriefJoined
            } else {
                Msg::BriefLeft
            };
            let m = c
                .municipality
                .as_ref()
                .map(|m| m.to_string())
                .unwrap_or_default();
            cat.get(msg, &[("name", name), ("municipality", m.into())])
        }
        ChangeKind::Renamed => cat.get(
            Msg::BriefRenamed,
            &[
                ("before", text_of(&c.before).into()),
                ("after", text_of(&c.after).into()),
            ],
        ),
        // Only ranked kinds get a sentence of their own.
        _ => crate::render::sentences::describe(c, cat),
    }
}

fn item(c: &Change, cat: &Catalog) -> BriefItem {
    BriefItem {
        sentence: sentence(c, cat),
        source: super::evidence_text(c, cat),
        kind: c.kind.as_str().to_owned(),
        arrangement: c.arrangement.to_string(),
        municipality: c.municipality.as_ref().map(|m| m.to_string()),
    }
}

/// Whether the audit reports a probable column slip for the arrangement
/// whose participation `c` changes.
fn column_slip(c: &Change, slips: &BTreeSet<(String, String)>) -> bool {
    matches!(
        c.kind,
        ChangeKind::ParticipantJoined | ChangeKind::ParticipantLeft
    ) && (slips.contains(&(c.to.to_string(), c.arrangement.to_string()))
        || slips.contains(&(c.from.to_string(), c.arrangement.to_string())))
}

/// Whether a change is doubtful on the page: a ranked change, not
/// cosmetic, flagged by the engine, or a probable column slip by the audit.
pub fn is_doubtful(c: &Change, audit: &Audit) -> bool {
    rank(c.kind).is_some() && !c.cosmetic && (c.uncertain || column_slip(c, &slips(audit)))
}

fn slips(audit: &Audit) -> BTreeSet<(String, String)> {
    audit
        .findings
        .iter()
        .filter(|f| f.code == Code::ParticipationSwapped)
        .filter_map(|f| {
            f.arrangement
                .as_ref()
                .map(|a| (f.snapshot.to_string(), a.to_string()))
        })
        .collect()
}

impl Brief {
    /// The one-pager of `changelog` (the log of the range's inventories,
    /// already filtered to the municipality), with the `audit` of the same
    /// documents and the `documents` of the range for the appendix.
    pub fn build(
        changelog: &Changelog,
        audit: &Audit,
        documents: &[&Snapshot],
        opts: &BriefOptions,
        cat: &Catalog,
    ) -> Brief {
        let slips = slips(audit);
        let mut ranked: Vec<(u8, usize, &Change)> = Vec::new();
        let mut doubtful: Vec<&Change> = Vec::new();
        let mut smaller = 0usize;
        for (i, c) in changelog.changes.iter().enumerate() {
            if c.kind.group() == Group::Scope || (!opts.proposals && about_proposal(c)) {
                continue;
            }
            // Doubt matters only for what would otherwise be a fact on the
            // page; an uncertain smaller edit (a rename in case or spelling
            // only, read from prose) is still a smaller edit.
            match rank(c.kind) {
                Some(_) if c.cosmetic => smaller += 1,
                Some(_) if c.uncertain || column_slip(c, &slips) => doubtful.push(c),
                Some(r) => ranked.push((r, i, c)),
                None => smaller += 1,
            }
        }
        // By rank; within a rank in log order (step, then the engine's order).
        ranked.sort_by_key(|(r, i, _)| (*r, *i));
        let shown = ranked.len().min(MAX_ITEMS);
        let more = (ranked.len() > shown).then(|| {
            cat.get(
                Msg::BriefMore,
                &[("count", Arg::from(ranked.len() - shown))],
            )
        });
        let items: Vec<BriefItem> = pick(&ranked, shown)
            .into_iter()
            .map(|k| item(ranked[k].2, cat))
            .collect();
        let dshown = doubtful.len().min(MAX_DOUBTFUL);
        let doubtful_more = (doubtful.len() > dshown).then(|| {
            cat.get(
                Msg::BriefDoubtfulMore,
                &[("count", Arg::from(doubtful.len() - dshown))],
            )
        });
        let first = changelog.snapshots.first();
        let last = changelog.snapshots.last();
        let year = |s: Option<&crate::diff::SnapshotInfo>| {
            s.map(|s| s.as_of.earliest().format("%Y").to_string())
                .unwrap_or_default()
        };
        let who = opts
            .municipality
            .clone()
            .unwrap_or_else(|| cat.text(Msg::BriefAllMunicipalities));
        let coverage = match &opts.municipality {
            Some(m) => coverage_notes(
                documents,
                &crate::model::Municipality::from(m.as_str()),
                cat,
            ),
            None => Vec::new(),
        };
        let docs = |s: Option<&crate::diff::SnapshotInfo>| {
            s.map(|s| cat.document(s.id.as_str())).unwrap_or_default()
        };
        Brief {
            lang: cat.lang().code().to_owned(),
            title: cat.get(
                Msg::BriefTitle,
                &[
                    ("who", who.into()),
                    ("from", year(first).into()),
                    ("to", year(last).into()),
                ],
            ),
            subtitle: cat.get(
                Msg::BriefSubtitle,
                &[
                    ("count", Arg::from(changelog.snapshots.len())),
                    ("from", docs(first).into()),
                    ("to", docs(last).into()),
                ],
            ),
            coverage,
            changes_heading: cat.text(Msg::BriefChangesHeading),
            nothing: items.is_empty().then(|| cat.text(Msg::BriefNothing)),
            items,
            more,
            smaller: (smaller > 0)
                .then(|| cat.get(Msg::BriefSmaller, &[("count", Arg::from(smaller))])),
            doubtful_label: cat.text(Msg::BriefDoubtfulLabel),
            doubtful: doubtful[..dshown].iter().map(|c| item(c, cat)).collect(),
            doubtful_more,
            sources_heading: cat.text(Msg::BriefSourcesHeading),
            sources: documents
                .iter()
                .map(|s| BriefSource {
                    name: cat.document(s.id.as_str()),
                    title: cat.get(Msg::Quoted, &[("text", s.title.as_str().into())]),
                    sha256: s.source.sha256.clone(),
                })
                .collect(),
            source_label: cat.text(Msg::BriefSourceLabel),
            colophon: cat.get(
                Msg::BriefColophon,
                &[("version", env!("CARGO_PKG_VERSION").into())],
            ),
        }
    }
}

/// Where the facts about `m` come from, when inventories of `documents` do
/// not cover `m`: they cover only other municipalities' cooperation, so
/// what they show about `m` is only what `m` shares with them. One sentence
/// per set of covered municipalities (usually one), derived from each
/// document's scope; empty when every inventory covers `m`.
pub fn coverage_notes(
    documents: &[&Snapshot],
    m: &crate::model::Municipality,
    cat: &Catalog,
) -> Vec<String> {
    let mut by_scope: Vec<(&[crate::model::Municipality], Vec<String>)> = Vec::new();
    for s in documents
        .iter()
        .filter(|s| s.kind == crate::model::SnapshotKind::Inventory)
        .filter(|s| !s.covers(m) && !s.scope.covers.is_empty())
    {
        let name = cat.document(s.id.as_str());
        match by_scope
            .iter_mut()
            .find(|(c, _)| *c == s.scope.covers.as_slice())
        {
            Some((_, names)) => names.push(name),
            None => by_scope.push((&s.scope.covers, vec![name])),
        }
    }
    by_scope
        .into_iter()
        .map(|(covers, names)| {
            let covers: Vec<String> = covers.iter().map(|c| c.to_string()).collect();
            cat.get(
                Msg::BriefCoverage,
                &[
                    ("count", Arg::from(names.len())),
                    ("documents", cat.and_list(&names).into()),
                    ("covers", cat.and_list(&covers).into()),
                    ("municipality", m.as_str().into()),
                ],
            )
        })
        .collect()
}

/// Output format of the one-pager.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BriefFormat {
    /// Markdown, to paste.
    Markdown,
    /// One self-contained HTML file that prints on one A4 page.
    Html,
    /// The [`Brief`] value as JSON (for checks and other tools).
    Json,
    /// A Word document.
    Docx,
}

/// The one-pager in `format`, as bytes.
pub fn render_brief(brief: &Brief, format: BriefFormat) -> Result<Vec<u8>, String> {
    let template = match format {
        BriefFormat::Markdown => "brief.md",
        BriefFormat::Html => "brief.html",
        BriefFormat::Json => {
            let mut v = serde_json::to_vec_pretty(brief).map_err(|e| e.to_string())?;
            v.push(b'\n');
            return Ok(v);
        }
        BriefFormat::Docx => return brief_docx(brief).map_err(|e| e.to_string()),
    };
    let env = crate::render::templates::environment().map_err(|e| e.to_string())?;
    let mut s = env
        .get_template(template)
        .and_then(|t| t.render(minijinja::value::Serde(brief)))
        .map_err(|e| e.to_string())?;
    while s.ends_with("\n\n") {
        s.pop();
    }
    if !s.ends_with('\n') {
        s.push('\n');
    }
    Ok(s.into_bytes())
}

/// The one-pager as a Word document: the same blocks as the HTML page,
/// sources in small type under each item.
pub fn brief_docx(brief: &Brief) -> std::io::Result<Vec<u8>> {
    use crate::render::docx::{Block, Doc, Run, docx_bytes};
    let small =
        |label: &str, text: &str| Block::Small(vec![Run::plain(format!("{label}: {text}"))]);
    let mut blocks = vec![
        Block::Title(brief.title.clone()),
        Block::Para(vec![Run::plain(&brief.subtitle)]),
    ];
    for c in &brief.coverage {
        blocks.push(Block::Para(vec![Run::plain(c)]));
    }
    blocks.push(Block::Heading(1, brief.changes_heading.clone()));
    for (n, i) in brief.items.iter().enumerate() {
        blocks.push(Block::Item(vec![Run::plain(format!(
            "{}. {}",
            n + 1,
            i.sentence
        ))]));
        blocks.push(small(&brief.source_label, &i.source));
    }
    for line in [&brief.more, &brief.nothing, &brief.smaller]
        .into_iter()
        .flatten()
    {
        blocks.push(Block::Para(vec![Run::plain(line)]));
    }
    if !brief.doubtful.is_empty() {
        blocks.push(Block::Para(vec![Run::bold(&brief.doubtful_label)]));
        for i in &brief.doubtful {
            blocks.push(Block::Small(vec![Run::plain(format!(
                "• {} ({}: {})",
                i.sentence, brief.source_label, i.source
            ))]));
        }
        if let Some(m) = &brief.doubtful_more {
            blocks.push(Block::Small(vec![Run::plain(m)]));
        }
    }
    blocks.push(Block::Heading(1, brief.sources_heading.clone()));
    for s in &brief.sources {
        blocks.push(Block::Small(vec![Run::plain(format!(
            "{}: {}, SHA-256 {}",
            s.name, s.title, s.sha256
        ))]));
    }
    blocks.push(Block::Small(vec![Run::plain(&brief.colophon)]));
    docx_bytes(&Doc {
        title: brief.title.clone(),
        landscape: false,
        lang: match brief.lang.as_str() {
            "nb" => "nb-NO".to_owned(),
            _ => "en-GB".to_owned(),
        },
        blocks,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rank_has_a_place_before_a_rank_has_its_second() {
        let ranked: Vec<(u8, usize, ())> = [0, 0, 0, 0, 1, 2, 2, 4]
            .iter()
            .enumerate()
            .map(|(i, &r)| (r, i, ()))
            .collect();
        assert_eq!(pick(&ranked, 5), [0, 1, 4, 5, 7]);
        assert_eq!(pick(&ranked, 3), [0, 4, 5]);
        assert_eq!(pick(&ranked, 8), (0..8).collect::<Vec<_>>());
    }
}
