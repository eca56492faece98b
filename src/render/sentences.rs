//! Every user-facing sentence of the changelog reports, in one place, so a
//! message catalogue (Norwegian bokmål) can replace it later. Functions
//! return plain text; renderers add layout and colour.

use crate::diff::{Absence, Change, ChangeKind, Group, SnapshotInfo, Value, WordOp, value_text};
use crate::model::{Arrangement, Host, Municipality, Status};

/// Title of a reading group.
pub fn group_title(g: Group) -> &'static str {
    match g {
        Group::Ended => "Ended and notice given",
        Group::Added => "Added",
        Group::HostAndForm => "Host and legal form",
        Group::Members => "Participants and partners",
        Group::Other => "Other changes",
        Group::Scope => "Outside a document's scope (not added or ended)",
    }
}

/// `region-2019 (2019-01-01)`.
pub fn snapshot_label(s: &SnapshotInfo) -> String {
    format!("{} ({})", s.id, s.as_of)
}

/// Heading of one step: `region-2019 (2019-01-01) → oyer-2021 (2021-01-01)`.
pub fn step_title(from: &SnapshotInfo, to: &SnapshotInfo) -> String {
    format!("{} → {}", snapshot_label(from), snapshot_label(to))
}

/// The count line under a step heading.
pub fn step_summary(shown: usize, hidden_cosmetic: usize) -> String {
    let mut s = match shown {
        0 => "no changes".to_owned(),
        1 => "1 change".to_owned(),
        n => format!("{n} changes"),
    };
    if hidden_cosmetic > 0 {
        s.push_str(&format!(
            "; {hidden_cosmetic} cosmetic edit{} hidden (--all shows {})",
            if hidden_cosmetic == 1 { "" } else { "s" },
            if hidden_cosmetic == 1 { "it" } else { "them" }
        ));
    }
    s
}

/// The first line of a log report.
pub fn log_title(snapshots: &[SnapshotInfo]) -> String {
    match snapshots {
        [] => "changelog: no snapshots".to_owned(),
        [one] => format!(
            "changelog: only one snapshot, {}; nothing to compare",
            snapshot_label(one)
        ),
        [from, to] => format!(
            "changes from {} to {}",
            snapshot_label(from),
            snapshot_label(to)
        ),
        _ => format!("changelog of {} snapshots, oldest first", snapshots.len()),
    }
}

fn quoted(s: &str) -> String {
    format!("“{s}”")
}

fn list(ms: &[Municipality]) -> String {
    match ms {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => {
            format!(
                "{} and {last}",
                init.iter()
                    .map(|m| m.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        }
    }
}

fn takes(ms: &[Municipality]) -> &'static str {
    if ms.len() == 1 { "takes" } else { "take" }
}

fn status_words(s: &Status) -> String {
    match s {
        Status::Active => "active".to_owned(),
        Status::NoticeGiven { by, effective } => {
            let mut t = "under notice of termination".to_owned();
            if let Some(by) = by {
                t.push_str(&format!(" by {}", by.join(", ")));
            }
            if let Some(e) = effective {
                t.push_str(&format!(", effective {e}"));
            }
            t
        }
        Status::Ended { effective: Some(e) } => format!("ended ({e})"),
        Status::Ended { effective: None } => "ended".to_owned(),
        Status::Proposed => "proposed".to_owned(),
        Status::UnderStudy => "under study".to_owned(),
    }
}

fn status_of(v: &Option<Value>) -> Option<&Status> {
    match v {
        Some(Value::Status(s)) => Some(s),
        _ => None,
    }
}

fn host_words(v: &Option<Value>) -> String {
    match v {
        Some(Value::Host(Some(h))) => h.clone(),
        Some(Value::Host(None)) => "no host".to_owned(),
        Some(v) => value_text(v),
        None => "unknown".to_owned(),
    }
}

fn form_words(v: &Option<Value>) -> String {
    match v {
        Some(Value::Form(f)) => match (&f.printed, &f.normalised) {
            (Some(p), Some(n)) => format!("{} ({n})", quoted(p)),
            (Some(p), None) => quoted(p),
            (None, Some(n)) => n.clone(),
            (None, None) => "none".to_owned(),
        },
        Some(v) => value_text(v),
        None => "none".to_owned(),
    }
}

fn text_of(v: &Option<Value>) -> String {
    v.as_ref().map(value_text).unwrap_or_default()
}

/// A study or proposal is not an established arrangement: say so.
fn not_established(s: Option<&Status>) -> &'static str {
    match s {
        Some(Status::Proposed) => " as a proposal, not an established arrangement",
        Some(Status::UnderStudy) => " as under study, not an established arrangement",
        _ => "",
    }
}

/// What changed, in words a municipal analyst uses (without the
/// arrangement's name, which the renderer prints first).
pub fn describe(c: &Change) -> String {
    let m = c
        .municipality
        .as_ref()
        .map(|m| m.to_string())
        .unwrap_or_default();
    let basis = list(&c.scope_basis);
    let mut s = match c.kind {
        ChangeKind::Added => format!(
            "new in {}{}; {} covers {basis}, who {} part",
            c.to,
            not_established(status_of(&c.after)),
            c.from,
            takes(&c.scope_basis)
        ),
        ChangeKind::Reappeared => {
            let last = c
                .evidence
                .before
                .as_ref()
                .map(|s| s.snapshot.to_string())
                .unwrap_or_default();
            format!(
                "listed again in {} after being absent from {}; last listed in {last}",
                c.to, c.from
            )
        }
        ChangeKind::Ended => match (status_of(&c.before), status_of(&c.after)) {
            (_, Some(after @ Status::Ended { .. })) => format!("marked as {}", status_words(after)),
            (before, _) => format!(
                "no longer listed in {}, which covers {basis}, who took part{}",
                c.to,
                match before {
                    Some(Status::Proposed) => " (it was only proposed)",
                    Some(Status::UnderStudy) => " (it was only under study)",
                    _ => "",
                }
            ),
        },
        ChangeKind::NoticeGiven => match status_of(&c.after) {
            Some(Status::NoticeGiven { by, effective }) => {
                let mut t = "notice of termination given".to_owned();
                if let Some(by) = by {
                    t.push_str(&format!(" by {}", by.join(", ")));
                }
                match effective {
                    Some(e) => t.push_str(&format!(", effective {e}")),
                    None => t.push_str(", effective date not stated"),
                }
                t
            }
            _ => "notice of termination given".to_owned(),
        },
        ChangeKind::LeftScope if c.absence == Some(Absence::NotExhaustive) => format!(
            "not in {}; it does not list every arrangement (a prose summary or a plan), so this may or may not be an ending",
            c.to
        ),
        ChangeKind::EnteredScope if c.absence == Some(Absence::NotExhaustive) => format!(
            "first listed in {}{}; {} does not list every arrangement (a prose summary or a plan), so this may or may not be new",
            c.to,
            not_established(status_of(&c.after)),
            c.from
        ),
        ChangeKind::LeftScope if c.uncertain => format!(
            "not in {}, which covers {basis}, but {} does not say whether {basis} {} part: this may be an ending",
            c.to,
            c.from,
            takes(&c.scope_basis)
        ),
        ChangeKind::LeftScope => {
            format!(
                "not in {}, which does not cover its participants; not an ending",
                c.to
            )
        }
        ChangeKind::EnteredScope if c.uncertain => format!(
            "first listed in {}; {} covers {basis}, but {} does not say whether {basis} {} part: this may be new",
            c.to,
            c.from,
            c.to,
            takes(&c.scope_basis)
        ),
        ChangeKind::EnteredScope => format!(
            "first listed in {}{}; {} did not cover its participants, so it is not new",
            c.to,
            not_established(status_of(&c.after)),
            c.from
        ),
        ChangeKind::Renamed => format!(
            "renamed from {} to {}{}",
            quoted(&text_of(&c.before)),
            quoted(&text_of(&c.after)),
            if c.cosmetic {
                " (spelling only)".to_owned()
            } else {
                similarity(c)
            }
        ),
        ChangeKind::CategoryChanged => match (&c.before, &c.after) {
            (Some(b), Some(a)) => {
                format!(
                    "moved from section {} to {}",
                    quoted(&value_text(b)),
                    quoted(&value_text(a))
                )
            }
            (None, Some(a)) => format!("now listed under section {}", quoted(&value_text(a))),
            (Some(b), None) => {
                format!("no longer under a section (was {})", quoted(&value_text(b)))
            }
            (None, None) => "section changed".to_owned(),
        },
        ChangeKind::LegalFormChanged => {
            format!(
                "legal form changed from {} to {}",
                form_words(&c.before),
                form_words(&c.after)
            )
        }
        ChangeKind::LegalFormRelabelled => {
            let doubt = |v: &Option<Value>| matches!(v, Some(Value::Form(f)) if f.uncertain);
            let tail = match (doubt(&c.before), doubt(&c.after)) {
                (false, true) => "now marked as uncertain by the document",
                (true, false) => "no longer marked as uncertain",
                _ if c.cosmetic => "printed differently",
                _ => "same legal basis",
            };
            format!(
                "legal form relabelled from {} to {}, {tail}",
                form_words(&c.before),
                form_words(&c.after)
            )
        }
        ChangeKind::HostChanged => {
            format!(
                "host changed from {} to {}",
                host_words(&c.before),
                host_words(&c.after)
            )
        }
        ChangeKind::ParticipantJoined => match &c.before {
            Some(Value::Participation(crate::model::Participation::Considering)) => {
                format!("{m} joined (was considering it)")
            }
            _ => format!("{m} joined"),
        },
        ChangeKind::ParticipantLeft => match &c.after {
            Some(Value::Participation(crate::model::Participation::Considering)) => {
                format!("{m} left (now only considering it)")
            }
            _ => format!("{m} left"),
        },
        ChangeKind::ParticipationUncertain => format!(
            "{m}'s participation went from {} to {}; not reported as joined or left",
            text_of(&c.before),
            text_of(&c.after)
        ),
        ChangeKind::PartnerJoined => format!("new partner: {}", text_of(&c.after)),
        ChangeKind::PartnerLeft => format!("partner no longer listed: {}", text_of(&c.before)),
        ChangeKind::PartnerSucceeded => {
            format!(
                "partner {} succeeded by {}",
                text_of(&c.before),
                text_of(&c.after)
            )
        }
        ChangeKind::CommentChanged => match (&c.before, &c.after) {
            (None, Some(a)) => format!("comment added: {}", quoted(&value_text(a))),
            (Some(b), None) => format!("comment removed: {}", quoted(&value_text(b))),
            _ => format!(
                "comment changed{}: {}",
                if c.cosmetic {
                    " (punctuation or case only)"
                } else {
                    ""
                },
                word_diff_text(c)
            ),
        },
        ChangeKind::StatusChanged => format!(
            "status changed from {} to {}",
            status_of(&c.before).map(status_words).unwrap_or_default(),
            status_of(&c.after).map(status_words).unwrap_or_default()
        ),
    };
    if let Some(r) = &c.reason {
        s.push_str(&format!(" ({})", r.text));
    }
    s
}

fn similarity(c: &Change) -> String {
    c.similarity
        .map(|x| format!(" (similarity {x:.2})"))
        .unwrap_or_default()
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
pub fn side_label(before: bool) -> &'static str {
    if before { "before" } else { "after" }
}

/// One history row's description of an entry.
pub fn history_entry(a: &Arrangement) -> String {
    let form = a
        .legal_form
        .as_ref()
        .and_then(|f| f.printed.clone().or_else(|| f.normalised.clone()))
        .unwrap_or_else(|| "form not stated".to_owned());
    let host = match &a.host {
        Host::Participant(m) => format!("host {m}"),
        Host::Outside(s) => format!("host {s}"),
        Host::None => "no host".to_owned(),
        Host::Unknown => "host not stated".to_owned(),
    };
    let parts: Vec<String> = a
        .participation
        .iter()
        .map(|(m, p)| match p {
            crate::model::Participation::Yes => m.to_string(),
            other => format!("{m} ({})", other.as_str()),
        })
        .collect();
    let parts = if parts.is_empty() {
        "participants not stated".to_owned()
    } else {
        parts.join(", ")
    };
    format!(
        "{} · {form} · {host} · {parts} · {}",
        quoted(&a.name),
        status_words(&a.status)
    )
}

/// One history row's description of an absence.
pub fn history_absence(a: Option<Absence>) -> &'static str {
    match a {
        Some(Absence::Covered) => {
            "not listed (the document covers a participant: not in existence)"
        }
        Some(Absence::Unknown) => {
            "not listed (the document cannot tell: a covered municipality's participation is unknown)"
        }
        Some(Absence::NotExhaustive) => {
            "not listed (the document does not list every arrangement: silence proves nothing)"
        }
        Some(Absence::OutOfScope) | None => "not listed (outside the document's scope)",
    }
}
