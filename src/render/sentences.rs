//! Every user-facing sentence of the changelog reports, in one place, from
//! the message catalogue ([`crate::i18n`]), in the reader's language.
//! Functions return plain text; renderers add layout and colour.

use crate::diff::{Absence, Change, ChangeKind, Group, SnapshotInfo, Value, WordOp, value_text};
use crate::i18n::words::{as_of_words, date_words};
use crate::i18n::{Arg, Catalog, Lang, Msg};
use crate::model::{Arrangement, Host, Municipality, Participation, Status};

/// Title of a reading group.
pub fn group_title(g: Group, cat: &Catalog) -> String {
    cat.text(match g {
        Group::Ended => Msg::GroupEnded,
        Group::Added => Msg::GroupAdded,
        Group::HostAndForm => Msg::GroupHostAndForm,
        Group::Members => Msg::GroupMembers,
        Group::Other => Msg::GroupOther,
        Group::Scope => Msg::GroupScope,
    })
}

/// `region-2019 (2019-01-01)`.
pub fn snapshot_label(s: &SnapshotInfo) -> String {
    format!("{} ({})", s.id, s.as_of)
}

/// Heading of one step: `region-2019 (2019-01-01) → oyer-2021 (2021-01-01)`.
pub fn step_title(from: &SnapshotInfo, to: &SnapshotInfo) -> String {
    format!("{} → {}", snapshot_label(from), snapshot_label(to))
}

/// `41 arrangements` (the size of a collapsed run of identical sentences).
pub fn arrangement_count(n: usize, cat: &Catalog) -> String {
    cat.get(Msg::ArrangementCount, &[("count", n.into())])
}

/// A note under a step whose documents are not in date order: given in
/// reverse (the later document first, as in `diff 2021 2019`), or with
/// overlapping dates (an undated document known only to a range), so they
/// may be in the other order.
pub fn step_order_note(from: &SnapshotInfo, to: &SnapshotInfo, cat: &Catalog) -> Option<String> {
    if from.as_of.earliest() > to.as_of.latest() {
        return Some(cat.get(
            Msg::StepReversedNote,
            &[
                ("from", cat.document(from.id.as_str()).into()),
                ("to", cat.document(to.id.as_str()).into()),
            ],
        ));
    }
    (from.as_of.latest() >= to.as_of.earliest()).then(|| {
        let (ranged, other) = if from.as_of.is_range() {
            (from, to)
        } else {
            (to, from)
        };
        cat.get(
            Msg::StepOrderNote,
            &[
                ("snapshot", cat.document(ranged.id.as_str()).into()),
                ("date", as_of_words(&ranged.as_of, cat).into()),
                ("other", cat.document(other.id.as_str()).into()),
            ],
        )
    })
}

/// The count line under a step heading.
pub fn step_summary(shown: usize, hidden_cosmetic: usize, cat: &Catalog) -> String {
    let mut s = cat.get(Msg::StepSummary, &[("shown", shown.into())]);
    if hidden_cosmetic > 0 {
        s.push_str("; ");
        s.push_str(&cat.get(
            Msg::StepHiddenCosmetic,
            &[("hidden", hidden_cosmetic.into())],
        ));
    }
    s
}

/// The first line of a log report.
pub fn log_title(snapshots: &[SnapshotInfo], cat: &Catalog) -> String {
    match snapshots {
        [] => cat.text(Msg::LogTitleNone),
        [one] => cat.get(
            Msg::LogTitleOne,
            &[("snapshot", snapshot_label(one).into())],
        ),
        [from, to] => cat.get(
            Msg::LogTitleTwo,
            &[
                ("from", snapshot_label(from).into()),
                ("to", snapshot_label(to).into()),
            ],
        ),
        _ => cat.get(Msg::LogTitleMany, &[("count", snapshots.len().into())]),
    }
}

fn quoted(s: &str, cat: &Catalog) -> String {
    cat.get(Msg::Quoted, &[("text", s.into())])
}

fn list(ms: &[Municipality], cat: &Catalog) -> String {
    match ms {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => cat.get(
            Msg::ListAnd,
            &[
                (
                    "init",
                    init.iter()
                        .map(|m| m.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                        .into(),
                ),
                ("last", last.as_str().into()),
            ],
        ),
    }
}

/// A status in words, dates in words (`sagt opp av Øyer med virkning fra oktober 2021`).
pub fn status_words(s: &Status, cat: &Catalog) -> String {
    match s {
        Status::Active => cat.text(Msg::SayActive),
        Status::NoticeGiven { by, effective } => {
            let by = by.as_ref().map(|b| b.join(", "));
            match (by, effective) {
                (None, None) => cat.text(Msg::SayNotice),
                (Some(by), None) => cat.get(Msg::SayNoticeBy, &[("by", by.into())]),
                (None, Some(e)) => cat.get(
                    Msg::SayNoticeEffective,
                    &[("date", date_words(*e, cat).into())],
                ),
                (Some(by), Some(e)) => cat.get(
                    Msg::SayNoticeByEffective,
                    &[("by", by.into()), ("date", date_words(*e, cat).into())],
                ),
            }
        }
        Status::Ended { effective: Some(e) } => {
            cat.get(Msg::SayEndedOn, &[("date", date_words(*e, cat).into())])
        }
        Status::Ended { effective: None } => cat.text(Msg::SayEnded),
        Status::Proposed => cat.text(Msg::SayProposed),
        Status::UnderStudy => cat.text(Msg::SayUnderStudy),
    }
}

fn status_of(v: &Option<Value>) -> Option<&Status> {
    match v {
        Some(Value::Status(s)) => Some(s),
        _ => None,
    }
}

/// How a newly listed arrangement stands, when it is not simply active, as
/// a suffix with its leading separator: a study or proposal is not an
/// established arrangement, and an arrangement may appear with notice of
/// termination already given (or already ended).
fn standing(s: Option<&Status>, cat: &Catalog) -> Arg {
    match s {
        Some(Status::Proposed) => format!(" {}", cat.text(Msg::StandingProposed)),
        Some(Status::UnderStudy) => format!(" {}", cat.text(Msg::StandingUnderStudy)),
        Some(st @ (Status::NoticeGiven { .. } | Status::Ended { .. })) => format!(
            ", {}",
            cat.get(
                Msg::StandingAlready,
                &[("status", status_words(st, cat).into())]
            )
        ),
        _ => String::new(),
    }
    .into()
}

/// A selector value for messages that say "only proposed" or "only under
/// study": the status's file name (`proposed`, `under_study`), or `other`.
fn state_selector(s: Option<&Status>) -> Arg {
    match s {
        Some(s @ (Status::Proposed | Status::UnderStudy)) => s.as_str().into(),
        _ => "other".into(),
    }
}

/// A participation value in words.
pub fn participation_words(p: Participation, cat: &Catalog) -> String {
    cat.text(match p {
        Participation::Yes => Msg::ParticipationYes,
        Participation::No => Msg::ParticipationNo,
        Participation::Unknown => Msg::ParticipationUnknown,
        Participation::Considering => Msg::ParticipationConsidering,
    })
}

/// A value in words: like [`value_text`], with statuses and participation
/// in the reader's language.
fn value_words(v: &Value, cat: &Catalog) -> String {
    match v {
        Value::Participation(p) => participation_words(*p, cat),
        Value::Status(s) => status_words(s, cat),
        Value::Host(None) => cat.text(Msg::SayNoHost),
        other => value_text(other),
    }
}

/// A host in words: the municipality, "no host" or "unknown"; never a code.
pub fn host_words(v: &Option<Value>, cat: &Catalog) -> String {
    match v {
        Some(Value::Host(Some(h))) => h.clone(),
        Some(v) => value_words(v, cat),
        None => cat.text(Msg::Unknown),
    }
}

/// A legal form in words: as printed, with the registry's label of its
/// normalised form when the label says more than the printed text; never
/// the raw form id.
pub fn form_words(v: &Option<Value>, cat: &Catalog) -> String {
    match v {
        Some(Value::Form(f)) => {
            let label = f.normalised.as_deref().and_then(|n| cat.term(n));
            match (&f.printed, label) {
                (Some(p), Some(l)) if fold(p) != fold(&l) => cat.get(
                    Msg::SayFormBoth,
                    &[
                        ("printed", quoted(p, cat).into()),
                        ("normalised", unnest(without_printed(&l, p)).into()),
                    ],
                ),
                (Some(p), _) => quoted(p, cat),
                (None, Some(l)) => l,
                (None, None) => cat.text(Msg::SayNoForm),
            }
        }
        Some(v) => value_words(v, cat),
        None => cat.text(Msg::SayNoForm),
    }
}

/// A label without a final parenthesis that only repeats the printed text:
/// "aksjeselskap (AS)" beside «AS» is "aksjeselskap".
fn without_printed<'a>(label: &'a str, printed: &str) -> &'a str {
    match (label.rfind(" ("), label.strip_suffix(')')) {
        (Some(i), Some(body)) if fold(&body[i + 2..]) == fold(printed) => &label[..i],
        _ => label,
    }
}

/// A label that goes inside parentheses, with its own parenthesis turned
/// into a comma, so the reader never meets "(… (…))": "kommuneloven 1992
/// § 27 (interkommunalt samarbeid med eget styre)" becomes "kommuneloven
/// 1992 § 27, interkommunalt samarbeid med eget styre".
fn unnest(label: &str) -> String {
    match (label.find(" ("), label.strip_suffix(')')) {
        (Some(i), Some(body)) if !body[i + 2..].contains(['(', ')']) => {
            format!("{}, {}", &body[..i], &body[i + 2..])
        }
        _ => label.to_owned(),
    }
}

/// Lowercase without spaces and punctuation, to tell whether a label only
/// repeats the printed text.
fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A value in words, or "unknown" where a side has none (a municipality
/// not listed has unknown participation).
fn known_or_unknown(v: &Option<Value>, cat: &Catalog) -> String {
    match v {
        Some(v) => value_words(v, cat),
        None => cat.text(Msg::Unknown),
    }
}

/// What changed, in words a municipal analyst uses (without the
/// arrangement's name, which the renderer prints first), on one line: a
/// value printed over two lines (a quoted CSV cell, a wrapped sheet cell)
/// would otherwise break a list of one change a line.
pub fn describe(c: &Change, cat: &Catalog) -> String {
    let s = describe_printed(c, cat);
    match super::one_line(&s) {
        std::borrow::Cow::Borrowed(_) => s,
        std::borrow::Cow::Owned(folded) => folded,
    }
}

/// [`describe`] with the values' line breaks as printed.
fn describe_printed(c: &Change, cat: &Catalog) -> String {
    let m_name = c
        .municipality
        .as_ref()
        .map(|m| m.to_string())
        .unwrap_or_default();
    let m: Arg = m_name.as_str().into();
    let basis: Arg = list(&c.scope_basis, cat).into();
    let n: Arg = c.scope_basis.len().into();
    let to: Arg = cat.document(c.to.as_str()).into();
    let from: Arg = cat.document(c.from.as_str()).into();
    let q = |v: &Option<Value>| -> Arg {
        v.as_ref()
            .map(|v| quoted(&value_text(v), cat))
            .unwrap_or_else(|| cat.text(Msg::Unknown))
            .into()
    };
    let mut s = match c.kind {
        ChangeKind::Added if c.scope_basis.is_empty() => cat.get(
            Msg::ChangeAddedPlain,
            &[("to", to), ("standing", standing(status_of(&c.after), cat))],
        ),
        ChangeKind::Ended
            if c.scope_basis.is_empty()
                && !matches!(status_of(&c.after), Some(Status::Ended { .. })) =>
        {
            cat.get(Msg::ChangeEndedPlain, &[("to", to)])
        }
        ChangeKind::Added => {
            let after = status_of(&c.after);
            let considering = after.is_some_and(|s| !s.is_established());
            cat.get(
                Msg::ChangeAdded,
                &[
                    ("to", to),
                    ("standing", standing(after, cat)),
                    ("from", from),
                    ("basis", basis),
                    ("n", n),
                    ("considering", if considering { "yes" } else { "no" }.into()),
                ],
            )
        }
        ChangeKind::Reappeared => {
            let last = c
                .evidence
                .before
                .as_ref()
                .map(|s| cat.document(s.snapshot.as_str()))
                .unwrap_or_default();
            cat.get(
                Msg::ChangeReappeared,
                &[("to", to), ("from", from), ("last", last.into())],
            )
        }
        ChangeKind::Ended => match (status_of(&c.before), status_of(&c.after)) {
            (_, Some(after @ Status::Ended { .. })) => cat.get(
                Msg::ChangeEndedMarked,
                &[("status", status_words(after, cat).into())],
            ),
            (before, _) => cat.get(
                Msg::ChangeEnded,
                &[
                    ("to", to),
                    ("basis", basis),
                    ("n", n),
                    ("was", state_selector(before)),
                ],
            ),
        },
        ChangeKind::NoticeGiven => match status_of(&c.after) {
            Some(Status::NoticeGiven { by, effective }) => {
                let by = by.as_ref().map(|b| b.join(", "));
                match (by, effective) {
                    (None, None) => cat.text(Msg::ChangeNotice),
                    (Some(by), None) => cat.get(Msg::ChangeNoticeBy, &[("by", by.into())]),
                    (None, Some(e)) => cat.get(
                        Msg::ChangeNoticeEffective,
                        &[("date", date_words(*e, cat).into())],
                    ),
                    (Some(by), Some(e)) => cat.get(
                        Msg::ChangeNoticeByEffective,
                        &[("by", by.into()), ("date", date_words(*e, cat).into())],
                    ),
                }
            }
            _ => cat.text(Msg::ChangeNoticePlain),
        },
        ChangeKind::LeftScope if c.absence == Some(Absence::Plan) => {
            cat.get(Msg::ChangeLeftScopePlan, &[("to", to)])
        }
        ChangeKind::EnteredScope if c.absence == Some(Absence::Plan) => cat.get(
            Msg::ChangeEnteredScopePlan,
            &[
                ("to", to),
                ("standing", standing(status_of(&c.after), cat)),
                ("from", from),
            ],
        ),
        ChangeKind::LeftScope if c.absence == Some(Absence::NotExhaustive) => {
            cat.get(Msg::ChangeLeftScopeNotExhaustive, &[("to", to)])
        }
        ChangeKind::EnteredScope if c.absence == Some(Absence::NotExhaustive) => cat.get(
            Msg::ChangeEnteredScopeNotExhaustive,
            &[
                ("to", to),
                ("standing", standing(status_of(&c.after), cat)),
                ("from", from),
            ],
        ),
        ChangeKind::LeftScope if c.absence == Some(Absence::Unknown) => cat.get(
            Msg::ChangeLeftScopeUncertain,
            &[("to", to), ("basis", basis), ("from", from), ("n", n)],
        ),
        ChangeKind::LeftScope => cat.get(Msg::ChangeLeftScope, &[("to", to)]),
        ChangeKind::EnteredScope if c.absence == Some(Absence::Unknown) => cat.get(
            Msg::ChangeEnteredScopeUncertain,
            &[("to", to), ("from", from), ("basis", basis), ("n", n)],
        ),
        ChangeKind::EnteredScope => cat.get(
            Msg::ChangeEnteredScope,
            &[
                ("to", to),
                ("standing", standing(status_of(&c.after), cat)),
                ("from", from),
            ],
        ),
        ChangeKind::Renamed if c.uncertain => cat.get(
            Msg::ChangeNamedDifferently,
            &[
                ("before", q(&c.before)),
                ("from", from),
                ("after", q(&c.after)),
                ("to", to),
                (
                    "similarity",
                    c.similarity
                        .map(|x| decimal(x, cat))
                        .unwrap_or_default()
                        .into(),
                ),
            ],
        ),
        ChangeKind::Renamed => {
            let args = [("before", q(&c.before)), ("after", q(&c.after))];
            match (c.cosmetic, c.similarity) {
                (true, _) => cat.get(Msg::ChangeRenamedSpelling, &args),
                (false, Some(x)) => {
                    let mut args = args.to_vec();
                    args.push(("similarity", decimal(x, cat).into()));
                    cat.get(Msg::ChangeRenamedSimilar, &args)
                }
                (false, None) => cat.get(Msg::ChangeRenamed, &args),
            }
        }
        ChangeKind::CategoryChanged => match (&c.before, &c.after) {
            (Some(_), Some(_)) => cat.get(
                Msg::ChangeCategoryMoved,
                &[("before", q(&c.before)), ("after", q(&c.after))],
            ),
            (None, Some(_)) => cat.get(Msg::ChangeCategoryNow, &[("after", q(&c.after))]),
            (Some(_), None) => cat.get(Msg::ChangeCategoryNoLonger, &[("before", q(&c.before))]),
            (None, None) => cat.text(Msg::ChangeCategoryChanged),
        },
        ChangeKind::LegalFormChanged => match (&c.before, &c.after) {
            (None, Some(_)) => cat.get(
                Msg::ChangeLegalFormStated,
                &[("after", form_words(&c.after, cat).into())],
            ),
            (Some(_), None) => cat.get(
                Msg::ChangeLegalFormUnstated,
                &[("before", form_words(&c.before, cat).into())],
            ),
            _ => cat.get(
                Msg::ChangeLegalForm,
                &[
                    ("before", form_words(&c.before, cat).into()),
                    ("after", form_words(&c.after, cat).into()),
                ],
            ),
        },
        ChangeKind::LegalFormRelabelled => {
            let doubt = |v: &Option<Value>| matches!(v, Some(Value::Form(f)) if f.uncertain);
            let tail = match (doubt(&c.before), doubt(&c.after)) {
                (false, true) => Msg::RelabelNowUncertain,
                (true, false) => Msg::RelabelNoLongerUncertain,
                _ if c.cosmetic => Msg::RelabelPrinted,
                _ => Msg::RelabelSameBasis,
            };
            // The same normalised form on both sides: its label would only
            // repeat itself; the printed texts are the news.
            let same = match (&c.before, &c.after) {
                (Some(Value::Form(a)), Some(Value::Form(b))) => a.normalised == b.normalised,
                _ => false,
            };
            let side = |v: &Option<Value>| match v {
                Some(Value::Form(f)) if same && f.printed.is_some() => {
                    quoted(f.printed.as_deref().unwrap_or_default(), cat)
                }
                _ => form_words(v, cat),
            };
            if same && tail == Msg::RelabelPrinted {
                // The same form printed another way (a typo such as
                // `Vetak`): a spelling, not a relabel.
                cat.get(
                    Msg::ChangeFormSpelling,
                    &[
                        ("before", side(&c.before).into()),
                        ("after", side(&c.after).into()),
                    ],
                )
            } else {
                cat.get(
                    Msg::ChangeRelabelled,
                    &[
                        ("before", side(&c.before).into()),
                        ("after", side(&c.after).into()),
                        ("tail", cat.text(tail).into()),
                    ],
                )
            }
        }
        ChangeKind::HostChanged => match (&c.before, &c.after) {
            (None, Some(_)) => cat.get(
                Msg::ChangeHostStated,
                &[("after", host_words(&c.after, cat).into())],
            ),
            (Some(_), None) => cat.get(
                Msg::ChangeHostUnstated,
                &[("before", host_words(&c.before, cat).into())],
            ),
            _ => cat.get(
                Msg::ChangeHost,
                &[
                    ("before", host_words(&c.before, cat).into()),
                    ("after", host_words(&c.after, cat).into()),
                ],
            ),
        },
        ChangeKind::ParticipantJoined => match &c.before {
            Some(Value::Participation(Participation::Considering)) => {
                cat.get(Msg::ChangeJoinedConsidering, &[("municipality", m)])
            }
            _ => cat.get(Msg::ChangeJoined, &[("municipality", m)]),
        },
        ChangeKind::ParticipantLeft => match &c.after {
            Some(Value::Participation(Participation::Considering)) => {
                cat.get(Msg::ChangeLeftConsidering, &[("municipality", m)])
            }
            _ => cat.get(Msg::ChangeLeft, &[("municipality", m)]),
        },
        ChangeKind::ParticipationUncertain => cat.get(
            Msg::ChangeUncertain,
            &[
                ("municipality", m),
                ("before", known_or_unknown(&c.before, cat).into()),
                ("after", known_or_unknown(&c.after, cat).into()),
            ],
        ),
        ChangeKind::PartnerJoined => cat.get(
            Msg::ChangePartnerJoined,
            &[("partner", known_or_unknown(&c.after, cat).into())],
        ),
        ChangeKind::PartnerLeft => cat.get(
            Msg::ChangePartnerLeft,
            &[("partner", known_or_unknown(&c.before, cat).into())],
        ),
        ChangeKind::PartnerSucceeded => cat.get(
            Msg::ChangePartnerSucceeded,
            &[
                ("before", known_or_unknown(&c.before, cat).into()),
                ("after", known_or_unknown(&c.after, cat).into()),
            ],
        ),
        ChangeKind::CommentChanged => match (&c.before, &c.after) {
            (None, Some(_)) => cat.get(Msg::ChangeCommentAdded, &[("text", q(&c.after))]),
            (Some(_), None) => cat.get(Msg::ChangeCommentRemoved, &[("text", q(&c.before))]),
            (Some(_), Some(_)) if !c.cosmetic && mostly_rewritten(c) => cat.get(
                Msg::ChangeCommentWhole,
                &[("before", q(&c.before)), ("after", q(&c.after))],
            ),
            _ => cat.get(
                if c.cosmetic {
                    Msg::ChangeCommentCosmetic
                } else {
                    Msg::ChangeComment
                },
                &[("diff", word_diff_text(c).into())],
            ),
        },
        ChangeKind::StatusChanged => cat.get(
            Msg::ChangeStatus,
            &[
                (
                    "before",
                    status_of(&c.before)
                        .map(|s| status_words(s, cat))
                        .unwrap_or_else(|| cat.text(Msg::Unknown))
                        .into(),
                ),
                (
                    "after",
                    status_of(&c.after)
                        .map(|s| status_words(s, cat))
                        .unwrap_or_else(|| cat.text(Msg::Unknown))
                        .into(),
                ),
            ],
        ),
    };
    if c.uncertain
        && matches!(
            c.kind,
            ChangeKind::Added | ChangeKind::Ended | ChangeKind::Reappeared
        )
    {
        s.push_str(&cat.text(Msg::OrderUncertainSuffix));
    }
    if c.uncertain
        && matches!(
            c.kind,
            ChangeKind::ParticipantJoined | ChangeKind::ParticipantLeft
        )
    {
        s.push_str(&cat.text(Msg::MarksDoubtSuffix));
    }
    if c.uncertain && c.kind == ChangeKind::ParticipationUncertain {
        s.push_str(&cat.get(Msg::OutsideScopeSuffix, &[("municipality", m_name.into())]));
    }
    if c.uncertain && matches!(c.kind, ChangeKind::PartnerJoined | ChangeKind::PartnerLeft) {
        s.push_str(&cat.text(Msg::ProsePartnerSuffix));
    }
    if let Some(r) = &c.reason {
        let text = match (cat.lang(), &r.text_nb) {
            (Lang::Nb, Some(nb)) => nb,
            _ => &r.text,
        };
        s.push_str(&format!(" ({text})"));
    }
    s
}

/// The share of a comment's text that a word diff may change before the
/// diff stops being readable: past half, `[-a-]{+b+}` runs outnumber the
/// kept words and a reader is better served by the old and the new text
/// whole (issue 12 point 10).
const WORD_DIFF_MAX_CHANGED: f64 = 0.5;

/// Whether most of a comment's words changed (by characters, kept runs
/// counted once, changed runs on both sides).
fn mostly_rewritten(c: &Change) -> bool {
    let (mut kept, mut changed) = (0usize, 0usize);
    for w in &c.words {
        let n = w.text.trim().chars().count();
        match w.op {
            WordOp::Equal => kept += 2 * n,
            WordOp::Delete | WordOp::Insert => changed += n,
        }
    }
    let total = kept + changed;
    total > 0 && changed as f64 > WORD_DIFF_MAX_CHANGED * total as f64
}

/// A number with two decimals, with the reader's decimal separator
/// (`0.83`, `0,83`).
fn decimal(x: f64, cat: &Catalog) -> String {
    let s = format!("{x:.2}");
    match cat.lang() {
        Lang::Nb => s.replace('.', ","),
        Lang::En => s,
    }
}

/// A word diff as `kept [-removed-]{+inserted+}` (the `git diff --word-diff`
/// notation).
pub fn word_diff_text(c: &Change) -> String {
    let mut s = String::new();
    for w in &c.words {
        match w.op {
            WordOp::Equal => s.push_str(&w.text),
            WordOp::Delete => s.push_str(&format!("[-{}-]", w.text)),
            WordOp::Insert => s.push_str(&format!("{{+{}+}}", w.text)),
        }
    }
    s
}

/// Label of an evidence side.
pub fn side_label(before: bool, cat: &Catalog) -> String {
    cat.text(if before {
        Msg::SideBefore
    } else {
        Msg::SideAfter
    })
}

/// One history row's description of an entry.
pub fn history_entry(a: &Arrangement, cat: &Catalog) -> String {
    let form = a
        .legal_form
        .as_ref()
        .and_then(|f| {
            f.printed
                .clone()
                .or_else(|| f.normalised.as_deref().and_then(|n| cat.term(n)))
        })
        .unwrap_or_else(|| cat.text(Msg::HistoryFormNotStated));
    let host = match &a.host {
        Host::Participant(m) => cat.get(Msg::HistoryHost, &[("host", m.as_str().into())]),
        Host::Outside(s) => cat.get(Msg::HistoryHost, &[("host", s.into())]),
        Host::None => cat.text(Msg::HistoryNoHost),
        Host::Unknown => cat.text(Msg::HistoryHostNotStated),
    };
    let parts: Vec<String> = a
        .participation
        .iter()
        .map(|(m, p)| match p {
            Participation::Yes => m.to_string(),
            other => format!("{m} ({})", participation_words(*other, cat)),
        })
        .collect();
    let parts = if parts.is_empty() {
        cat.text(Msg::HistoryParticipantsNotStated)
    } else {
        parts.join(", ")
    };
    format!(
        "{} · {form} · {host} · {parts} · {}",
        quoted(&a.name, cat),
        status_words(&a.status, cat)
    )
}

/// One history row's description of an absence.
pub fn history_absence(a: Option<Absence>, cat: &Catalog) -> String {
    cat.text(match a {
        Some(Absence::Covered) => Msg::HistoryAbsentCovered,
        Some(Absence::Unknown) => Msg::HistoryAbsentUnknown,
        Some(Absence::NotExhaustive) => Msg::HistoryAbsentNotExhaustive,
        Some(Absence::Plan) => Msg::HistoryAbsentPlan,
        Some(Absence::OutOfScope) | None => Msg::HistoryAbsentOutOfScope,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AsOf, PartialDate, SnapshotKind};

    fn info(id: &str, as_of: AsOf) -> SnapshotInfo {
        SnapshotInfo {
            id: id.into(),
            title: String::new(),
            as_of,
            kind: SnapshotKind::Inventory,
            source: String::new(),
            sha256: String::new(),
        }
    }

    #[test]
    fn labels_inside_parentheses_do_not_nest_them() {
        assert_eq!(
            unnest("kommuneloven 1992 § 27 (interkommunalt samarbeid med eget styre)"),
            "kommuneloven 1992 § 27, interkommunalt samarbeid med eget styre"
        );
        assert_eq!(unnest("aksjeselskap (AS)"), "aksjeselskap, AS");
        assert_eq!(unnest("samarbeidsavtale"), "samarbeidsavtale");
        assert_eq!(unnest("a (b (c))"), "a (b (c))");
        assert_eq!(without_printed("aksjeselskap (AS)", "AS"), "aksjeselskap");
        assert_eq!(
            without_printed("aksjeselskap (AS)", "IKS"),
            "aksjeselskap (AS)"
        );
    }

    #[test]
    fn overlapping_dates_are_flagged() {
        let day = |d: &str| AsOf::Day {
            date: d.parse().unwrap(),
            evidence: vec![],
        };
        let range = AsOf::Range {
            from: PartialDate::Year(2017),
            to: "2019-10-31".parse().unwrap(),
            evidence: vec![],
        };
        let revised = info("revised", range);
        let table = info("table", day("2019-01-01"));
        let cat = Catalog::new(crate::i18n::Lang::En);
        let note = step_order_note(&revised, &table, &cat).expect("overlap");
        assert!(
            note.contains("revised is dated only between 2017 and 31 October 2019"),
            "{note}"
        );
        assert_eq!(
            step_order_note(&table, &info("later", day("2021-01-01")), &cat),
            None
        );
    }

    #[test]
    fn issue12_p10_a_mostly_rewritten_comment_is_shown_whole() {
        use crate::diff::{NoKnowledge, diff_snapshots, testutil::snap};
        use crate::model::Arrangement;
        let with = |id: &str, year, comment: &str| {
            let mut a = Arrangement::row("x", "X", 1);
            a.comment = Some(comment.into());
            snap(id, year, &["A"], [a])
        };
        let en = Catalog::new(crate::i18n::Lang::En);
        let say = |x: &str, y: &str| {
            let log = diff_snapshots(&with("a", 2019, x), &with("b", 2021, y), &NoKnowledge);
            describe(&log.changes[0], &en)
        };
        assert_eq!(
            say(
                "46 kommuner, Hamar vertskommune",
                "Hamar vertskommune, flere deltakerkommuner."
            ),
            "comment rewritten: was “46 kommuner, Hamar vertskommune”, now “Hamar vertskommune, flere deltakerkommuner.”"
        );
        assert_eq!(
            say(
                "Felles for alle tre kommunene i regionen",
                "Felles for alle fire kommunene i regionen"
            ),
            "comment changed: Felles for alle [-tre-]{+fire+} kommunene i regionen"
        );
    }

    #[test]
    fn issue12_p12_a_reversed_diff_says_so_not_that_dates_overlap() {
        let day = |d: &str| AsOf::Day {
            date: d.parse().unwrap(),
            evidence: vec![],
        };
        let cat = Catalog::new(crate::i18n::Lang::En);
        let note = step_order_note(
            &info("later", day("2021-01-01")),
            &info("earlier", day("2019-01-01")),
            &cat,
        )
        .expect("a note");
        assert!(!note.contains("overlap"), "{note}");
        assert!(note.contains("later is later than earlier"), "{note}");
    }
}
