//! The follow-up list ([`MeetingList`]) as a Word document for the control
//! committee's agenda (`audit --format docx`): a title, the day deadlines
//! are counted from and the documents in words, then per municipality a
//! heading, per priority a subheading, and each finding numbered with the
//! question to put to the administration (bold), what was found, the
//! evidence (document, lines, the printed text) and the register state.
//! Findings a later document resolved, and register entries the audit no
//! longer reports, follow for the record.
//!
//! Written through the shared docx writer ([`super::docx`]); no snapshot
//! ids, registry codes or ISO dates in the text, so the document can go to
//! the committee as it is. The finding id stays, in small type, as the key
//! to the register and the workbook.

use std::io;

use super::docx::{Block, Doc, Run, docx_bytes, lang_tag};
use super::followup::heading_of;
use super::followup_words::{evidence_words, finding_words, heading_case, plain, register_parts};
use crate::audit::Code;
use crate::audit::followup::{MeetingItem, MeetingList, question};
use crate::audit::register::RegisterEntry;
use crate::i18n::words::date_words;
use crate::i18n::{Catalog, Msg};
use crate::model::PartialDate;
use chrono::NaiveDate;

/// The document's title: the list's, and the municipality when filtered.
pub fn meeting_title(list: &MeetingList, cat: &Catalog) -> String {
    let title = cat.text(Msg::MeetingTitle);
    match &list.audit.municipality {
        Some(m) => cat.get(
            Msg::MeetingDocMunicipality,
            &[("title", title.into()), ("municipality", m.as_str().into())],
        ),
        None => title,
    }
}

/// "Deadlines are counted from 30 November 2026. Based on the overview of
/// 1 January 2019 and …": the documents by name, each name once.
pub fn meeting_intro(list: &MeetingList, cat: &Catalog) -> String {
    let mut docs: Vec<String> = Vec::new();
    for s in &list.audit.snapshots {
        let name = cat.document(s.id.as_str());
        if !docs.contains(&name) {
            docs.push(name);
        }
    }
    cat.get(
        Msg::MeetingDocIntro,
        &[
            (
                "today",
                date_words(PartialDate::Day(list.audit.today), cat).into(),
            ),
            ("documents", cat.and_list(&docs).into()),
        ],
    )
}

/// The register comparison in one sentence, without the file's path.
pub fn register_counts(list: &MeetingList, cat: &Catalog) -> Option<String> {
    let (new, open, resolved) = list.register?.comparison.counts();
    Some(cat.get(
        Msg::MeetingRegisterCounts,
        &[
            ("new", new.into()),
            ("open", open.into()),
            ("resolved", resolved.into()),
        ],
    ))
}

fn label(msg: Msg, cat: &Catalog) -> String {
    format!("{}: ", heading_case(cat.text(msg).trim_end_matches(':')))
}

fn item_blocks(
    n: usize,
    item: &MeetingItem,
    today: NaiveDate,
    cat: &Catalog,
    blocks: &mut Vec<Block>,
) {
    let f = item.finding;
    let mark = Run::plain(format!("{n}.\u{a0}"));
    if f.is_open() {
        blocks.push(Block::Item(vec![mark, Run::bold(cat.text(item.question))]));
        blocks.push(Block::Detail(vec![
            Run::bold(label(Msg::MeetingFinding, cat)),
            Run::plain(finding_words(f, cat)),
        ]));
    } else {
        blocks.push(Block::Item(vec![mark, Run::bold(finding_words(f, cat))]));
    }
    for c in &f.consequences {
        blocks.push(Block::Detail(vec![
            Run::bold(label(Msg::AuditAlso, cat)),
            Run::plain(plain(&c.text.render(cat), cat)),
        ]));
    }
    if let Some(st) = &item.register {
        let parts = register_parts(st, today, cat);
        if !parts.is_empty() {
            blocks.push(Block::Detail(vec![
                Run::bold(label(Msg::RegisterLabel, cat)),
                Run::plain(parts.join(" · ")),
            ]));
        }
    }
    for e in &f.evidence {
        blocks.push(Block::Small(vec![Run::plain(format!(
            "{}{}",
            label(Msg::MeetingEvidence, cat),
            evidence_words(e, cat)
        ))]));
    }
    if let Some(e) = &f.resolved_by {
        blocks.push(Block::Small(vec![Run::plain(format!(
            "{}{}",
            label(Msg::AuditResolvedBy, cat),
            evidence_words(e, cat)
        ))]));
    }
    blocks.push(Block::Small(vec![Run::plain(
        cat.get(Msg::MeetingFindingId, &[("id", f.id.as_str().into())]),
    )]));
}

/// A register entry whose finding the audit no longer reports: the
/// question it was about, and what the secretariat recorded.
fn gone_blocks(
    n: usize,
    e: &RegisterEntry,
    today: NaiveDate,
    cat: &Catalog,
    blocks: &mut Vec<Block>,
) {
    let q = e
        .raw("code")
        .and_then(|r| serde_json::from_str::<Code>(r.get()).ok())
        .map(|c| cat.text(question(c)))
        .unwrap_or_default();
    blocks.push(Block::Item(vec![
        Run::plain(format!("{n}.\u{a0}")),
        Run::bold(q),
    ]));
    let st = crate::audit::register::RegisterState {
        change: None,
        status: Some(e.status),
        owner: e.text("owner"),
        due: e.text("due"),
        case: e.text("case"),
        note: e.text("note"),
    };
    blocks.push(Block::Detail(vec![
        Run::bold(label(Msg::RegisterLabel, cat)),
        Run::plain(register_parts(&st, today, cat).join(" · ")),
    ]));
    blocks.push(Block::Small(vec![Run::plain(
        cat.get(Msg::MeetingFindingId, &[("id", e.id.as_str().into())]),
    )]));
}

/// The blocks of the follow-up list.
pub fn meeting_blocks(list: &MeetingList, cat: &Catalog) -> Vec<Block> {
    let mut blocks = vec![
        Block::Title(meeting_title(list, cat)),
        Block::Para(vec![Run::plain(meeting_intro(list, cat))]),
    ];
    if let Some(c) = register_counts(list, cat) {
        blocks.push(Block::Para(vec![Run::plain(c)]));
    }
    if list.groups.is_empty() {
        blocks.push(Block::Para(vec![Run::plain(cat.text(Msg::MeetingNone))]));
    }
    for g in &list.groups {
        blocks.push(Block::Heading(1, g.municipality.as_str().to_owned()));
        for p in &g.priorities {
            blocks.push(Block::Heading(2, heading_of(p.severity, cat)));
            for (i, item) in p.items.iter().enumerate() {
                item_blocks(i + 1, item, list.audit.today, cat, &mut blocks);
            }
        }
    }
    if !list.resolved.is_empty() {
        blocks.push(Block::Heading(1, cat.text(Msg::MeetingResolved)));
        for (i, item) in list.resolved.iter().enumerate() {
            item_blocks(i + 1, item, list.audit.today, cat, &mut blocks);
        }
    }
    if let Some(r) = list.register
        && !r.comparison.gone.is_empty()
    {
        blocks.push(Block::Heading(1, cat.text(Msg::MeetingNoLongerFound)));
        for (i, e) in r.comparison.gone.iter().enumerate() {
            gone_blocks(i + 1, e, list.audit.today, cat, &mut blocks);
        }
    }
    blocks
}

/// The follow-up list as the bytes of a `.docx` file.
pub fn followup_document(list: &MeetingList, cat: &Catalog) -> io::Result<Vec<u8>> {
    docx_bytes(&Doc {
        title: meeting_title(list, cat),
        landscape: false,
        lang: lang_tag(cat),
        blocks: meeting_blocks(list, cat),
    })
}
