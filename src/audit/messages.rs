//! Every user-facing sentence of the audit and of proposal tracking, in one
//! place, so a catalogue in another language can replace them.

use super::Code;

/// Why a finding of `code` matters, in one sentence.
pub fn why(code: Code) -> &'static str {
    use Code::*;
    match code {
        LegalBasisMissing => {
            "every arrangement needs a legal basis the councils decided; an empty form cell means the overview cannot show which rules govern it"
        }
        LegalBasisUncertain => {
            "the document itself doubts the legal basis, so the council cannot rely on the overview for which rules govern the arrangement"
        }
        LegalBasisVague => {
            "naming only the act does not say which kind of cooperation it is, and the kinds have different rules for boards, hosts and agreements"
        }
        LegalFormUnregistered => {
            "a form the registry does not know cannot be compared across years, so relabels and real changes of form cannot be told apart"
        }
        LegalFormMisread => {
            "the curated form must be a reading of what the document prints, or the changelog reports a change that never happened"
        }
        ConversionOverdue => {
            "the law required this kind of cooperation to be converted by the deadline, so an arrangement still listed under the old form may lack a valid legal basis"
        }
        ConversionDue => {
            "the law requires this kind of cooperation to be converted by a deadline, and the councils must decide the new agreement in time"
        }
        ConversionAhead => {
            "a coming change of law will require this arrangement to be converted, which the councils should plan for"
        }
        HostMissing => {
            "in host-municipality cooperation the host carries the service and its legal responsibility, so the overview should say who it is"
        }
        HostNotParticipant => {
            "a host municipality runs the service for the participants and must itself take part, so either the host or the marks are wrong"
        }
        NoticeGiven => {
            "a notice of termination ends the arrangement on its effective date, and the services it provides must be arranged otherwise by then"
        }
        NoticeWithoutDate => {
            "without an effective date nobody can tell when the arrangement ends and its services must be arranged otherwise"
        }
        VanishedWithoutNotice => {
            "an arrangement that disappears without a recorded notice may have ended without a council decision, or may have been left out of the overview by mistake"
        }
        ListedTwice => {
            "a row printed twice makes the overview look larger than it is and may hide two different arrangements under one name"
        }
        RowOutsideScope => {
            "the document claims to cover these municipalities' cooperation, so a row none of them takes part in contradicts its own scope"
        }
        ParticipationUnknown => {
            "the document does not show who takes part, so any conclusion about these municipalities' participation rests on guesswork"
        }
        ParticipationSwapped => {
            "marks that move from one municipality to another between years are more often a column slip than a real change, so a human should check the sources"
        }
        HostChangedUnexplained => {
            "a new host moves the service and its legal responsibility to another municipality, which needs council decisions; if none exist, one document is wrong"
        }
        NameVariants => {
            "the same arrangement spelled differently across documents is hard to find and easy to mistake for two arrangements"
        }
    }
}

/// `legal-basis-missing`.
pub fn legal_basis_missing(name: &str) -> String {
    format!("`{name}` has no legal form in the document")
}

/// `legal-basis-uncertain`.
pub fn legal_basis_uncertain(name: &str, printed: &str, label: &str) -> String {
    format!(
        "`{name}` has the form `{printed}`, which the document marks as uncertain (read as {label})"
    )
}

/// `legal-basis-vague`.
pub fn legal_basis_vague(name: &str, printed: &str) -> String {
    format!(
        "`{name}` has the form `{printed}`, which names only the act, not the kind of cooperation"
    )
}

/// `legal-form-unregistered`.
pub fn legal_form_unregistered(name: &str, printed: &str) -> String {
    format!("`{name}` has the form `{printed}`, which the registry has no spelling for")
}

/// `legal-form-misread`.
pub fn legal_form_misread(name: &str, printed: &str, curated: &str, expected: &str) -> String {
    format!(
        "`{name}` prints `{printed}`, which the registry reads as `{expected}`, but the snapshot says `{curated}`"
    )
}

/// `conversion-*`: where the snapshot date lies relative to the deadline.
pub fn conversion(
    name: &str,
    printed: &str,
    label: &str,
    uncertain: bool,
    deadline: &str,
    to: &str,
    when: ConversionWhen,
) -> String {
    let doubt = if uncertain {
        " (marked as uncertain)"
    } else {
        ""
    };
    let when_kind = when;
    let when = match when {
        ConversionWhen::Overdue { days } => format!("{days} days after the deadline {deadline}"),
        ConversionWhen::MaybeOverdue => format!("possibly after the deadline {deadline}"),
        ConversionWhen::Due { days } => format!("{days} days before the deadline {deadline}"),
        ConversionWhen::Ahead => {
            format!("before the conversion period starts; the deadline is {deadline}")
        }
    };
    let still = if matches!(when_kind, ConversionWhen::Ahead) {
        "is on"
    } else {
        "is still on"
    };
    format!("`{name}` {still} `{printed}`{doubt}, {label}, {when}; it must become {to}")
}

/// Where a snapshot lies relative to a conversion deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConversionWhen {
    /// Certainly after the deadline, by this many days.
    Overdue {
        /// Days from the deadline to the snapshot's earliest day.
        days: i64,
    },
    /// The snapshot's date range straddles the deadline.
    MaybeOverdue,
    /// Inside the period, this many days before the deadline.
    Due {
        /// Days from the snapshot's latest day to the deadline.
        days: i64,
    },
    /// Before the period starts.
    Ahead,
}

/// `host-missing`.
pub fn host_missing(name: &str, label: &str) -> String {
    format!("`{name}` is {label}, but no host municipality is named")
}

/// `host-not-participant`.
pub fn host_not_participant(name: &str, host: &str) -> String {
    format!("`{name}` names {host} as host, but {host} is not marked as taking part")
}

/// `notice-given`.
pub fn notice_given(name: &str, by: Option<&[String]>, effective: &str) -> String {
    match by {
        Some(by) if !by.is_empty() => format!(
            "{} gave notice on `{name}`, effective {effective}",
            by.join(", ")
        ),
        _ => format!("notice has been given on `{name}`, effective {effective}"),
    }
}

/// `notice-without-date`.
pub fn notice_without_date(name: &str, by: Option<&[String]>) -> String {
    match by {
        Some(by) if !by.is_empty() => format!(
            "{} gave notice on `{name}`; the document gives no effective date",
            by.join(", ")
        ),
        _ => format!(
            "notice has been given on `{name}`; the document says neither by whom nor from when"
        ),
    }
}

/// `vanished-without-notice`.
pub fn vanished(name: &str, before: &str, after: &str, covered: &str) -> String {
    format!(
        "`{name}` is listed in {before} for {covered}, but not in {after}, which covers {covered}; {before} records no notice"
    )
}

/// `listed-twice`.
pub fn listed_twice(name: &str, rows: &str) -> String {
    format!("`{name}` is printed more than once: rows at lines {rows}")
}

/// `listed-twice` for two entries with the same name.
pub fn same_name_twice(name: &str, ids: &str) -> String {
    format!("`{name}` names more than one entry: {ids}")
}

/// `row-outside-scope`.
pub fn row_outside_scope(name: &str, covered: &str, marked: &str) -> String {
    if marked.is_empty() {
        format!(
            "`{name}` is listed, but no municipality is marked, although the document claims to cover the cooperation of {covered}"
        )
    } else {
        format!(
            "`{name}` is marked only for {marked}, not for {covered}, whose cooperation the document claims to cover"
        )
    }
}

/// `participation-unknown`.
pub fn participation_unknown(name: &str, covered: &[String]) -> String {
    match covered {
        [one] => {
            format!("`{name}` is listed, but the document does not show whether {one} takes part")
        }
        _ => format!(
            "`{name}` is listed, but the document does not show which of {} take part",
            and_list(covered)
        ),
    }
}

/// `participation-swapped`.
pub fn participation_swapped(
    name: &str,
    before: &str,
    after: &str,
    left: &str,
    joined: &str,
) -> String {
    format!("`{name}` is marked for {left} in {before} but for {joined} instead in {after}")
}

/// `host-changed-unexplained`.
pub fn host_changed(name: &str, before: &str, after: &str, old: &str, new: &str) -> String {
    format!(
        "`{name}` has host {old} in {before} but {new} in {after}, and no registry event explains it"
    )
}

/// `name-variants`.
pub fn name_variants(variants: &str) -> String {
    format!("one arrangement is spelled {variants}")
}

/// Proposal outcome: realised.
pub fn proposal_realised(name: &str, became: &str, snapshot: &str, status: &str) -> String {
    format!("`{name}` became `{became}` ({status} in {snapshot})")
}

/// Proposal outcome: still under study.
pub fn proposal_under_study(name: &str, snapshot: &str) -> String {
    format!("`{name}` is still under study in {snapshot}")
}

/// Proposal outcome: ended.
pub fn proposal_ended(name: &str, snapshot: &str) -> String {
    format!("`{name}` was established and has ended by {snapshot}")
}

/// Proposal outcome: no later inventory lists it.
pub fn proposal_not_started(name: &str, checked: &str) -> String {
    if checked.is_empty() {
        format!("`{name}`: no later inventory to check")
    } else {
        format!("`{name}` is not listed in any later inventory (checked {checked})")
    }
}

/// Join names as `a, b and c`.
pub fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}
