//! Every user-facing sentence of the audit and of proposal tracking, in one
//! place, so a catalogue in another language can replace them.

use super::Code;
use crate::i18n::{Msg, Text, TextArg};

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
pub fn legal_basis_missing(name: &str) -> Text {
    Text::new(Msg::FindingLegalBasisMissing, vec![("name", name.into())])
}

/// `legal-basis-uncertain`; `label` is the registry's reading.
pub fn legal_basis_uncertain(name: &str, printed: &str, label: TextArg) -> Text {
    Text::new(
        Msg::FindingLegalBasisUncertain,
        vec![
            ("name", name.into()),
            ("printed", printed.into()),
            ("label", label),
        ],
    )
}

/// `legal-basis-vague`.
pub fn legal_basis_vague(name: &str, printed: &str) -> Text {
    Text::new(
        Msg::FindingLegalBasisVague,
        vec![("name", name.into()), ("printed", printed.into())],
    )
}

/// `legal-form-unregistered`.
pub fn legal_form_unregistered(name: &str, printed: &str) -> Text {
    Text::new(
        Msg::FindingLegalFormUnregistered,
        vec![("name", name.into()), ("printed", printed.into())],
    )
}

/// `legal-form-misread`.
pub fn legal_form_misread(name: &str, printed: &str, curated: &str, expected: &str) -> Text {
    Text::new(
        Msg::FindingLegalFormMisread,
        vec![
            ("name", name.into()),
            ("printed", printed.into()),
            ("expected", expected.into()),
            ("curated", curated.into()),
        ],
    )
}

/// The dates a conversion finding is worded with.
#[derive(Debug, Clone)]
pub struct Dated {
    /// The deadline, as [`date_text`] words it.
    pub deadline: TextArg,
    /// The snapshot that prints the form.
    pub snapshot: String,
    /// Its date.
    pub as_of: String,
}

/// `conversion-*`: where the snapshot and today lie relative to the
/// deadline. `label` and `to` are registry labels in each language.
pub fn conversion(
    name: &str,
    printed: &str,
    label: TextArg,
    uncertain: bool,
    dated: Dated,
    to: TextArg,
    when: ConversionWhen,
) -> Text {
    let Dated {
        deadline,
        snapshot,
        as_of: _,
    } = dated;
    let base = || -> Vec<(&'static str, TextArg)> {
        vec![
            ("deadline", deadline.clone()),
            // The document by its name in words, which carries its date.
            ("snapshot", TextArg::Document(snapshot.clone())),
        ]
    };
    let with = |mut v: Vec<(&'static str, TextArg)>, k: &'static str, t: RelTime| {
        v.push((k, t.text(k == "ago").into()));
        v
    };
    let when_text = match when {
        ConversionWhen::Overdue { ago } => {
            Text::new(Msg::FindingWhenOverdue, with(base(), "ago", ago))
        }
        ConversionWhen::MaybeOverdue => Text::new(Msg::FindingWhenMaybeOverdue, base()),
        ConversionWhen::Passed { ago } => {
            let mut v = with(base(), "ago", ago);
            v.push(("printed", printed.into()));
            Text::new(Msg::FindingWhenPassed, v)
        }
        ConversionWhen::Due { until } => Text::new(
            Msg::FindingWhenDue,
            with(base()[..1].to_vec(), "until", until),
        ),
        ConversionWhen::Ahead { until } => Text::new(
            Msg::FindingWhenAhead,
            with(base()[..1].to_vec(), "until", until),
        ),
    };
    let yes_no = |b: bool| TextArg::from(if b { "yes" } else { "no" });
    Text::new(
        Msg::FindingConversion,
        vec![
            ("name", name.into()),
            (
                "ahead",
                yes_no(matches!(when, ConversionWhen::Ahead { .. })),
            ),
            ("printed", printed.into()),
            ("uncertain", yes_no(uncertain)),
            ("label", label),
            ("when", when_text.into()),
            ("to", to),
        ],
    )
}

/// Where a snapshot, and today, lie relative to a conversion deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConversionWhen {
    /// The document is dated after the deadline.
    Overdue {
        /// From the deadline to today.
        ago: RelTime,
    },
    /// The document's date range straddles the deadline.
    MaybeOverdue,
    /// The document is dated before the deadline, which has passed since.
    Passed {
        /// From the deadline to today.
        ago: RelTime,
    },
    /// Inside the period, before the deadline.
    Due {
        /// From today to the deadline.
        until: RelTime,
    },
    /// Before the period starts.
    Ahead {
        /// From today to the deadline.
        until: RelTime,
    },
}

/// A span of time as a reader counts it: whole years, else whole months,
/// else days ("2 years ago", "in 3 months").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RelTime {
    /// How many units.
    pub n: i64,
    /// `year`, `month` or `day`.
    pub unit: &'static str,
}

impl RelTime {
    /// The span from `from` to `to` (negative spans count as zero days).
    pub fn between(from: chrono::NaiveDate, to: chrono::NaiveDate) -> RelTime {
        use chrono::Datelike;
        if to <= from {
            return RelTime { n: 0, unit: "day" };
        }
        let mut months =
            (to.year() - from.year()) as i64 * 12 + to.month() as i64 - from.month() as i64;
        if to.day() < from.day() {
            months -= 1;
        }
        if months >= 12 {
            RelTime {
                n: months / 12,
                unit: "year",
            }
        } else if months >= 1 {
            RelTime {
                n: months,
                unit: "month",
            }
        } else {
            RelTime {
                n: (to - from).num_days(),
                unit: "day",
            }
        }
    }

    /// `2 years ago` (`past`) or `in 2 years`, in the reader's language.
    pub fn text(self, past: bool) -> Text {
        let unit = if self.n == 0 { "today" } else { self.unit };
        Text::new(
            if past {
                Msg::FollowupAgo
            } else {
                Msg::FollowupIn
            },
            vec![("n", self.n.into()), ("unit", unit.into())],
        )
    }
}

/// A date in words (`1 November 2023`, `1. november 2023`, `oktober 2021`),
/// through the shared words ([`crate::i18n::words::date_words`]).
pub fn date_text(d: crate::model::PartialDate) -> TextArg {
    // One way of writing dates in words for every report (issue 12):
    // "1. november 2023", "oktober 2021", "2021".
    TextArg::Date(d)
}

/// `host-missing`; `label` is the form's registry label.
pub fn host_missing(name: &str, label: TextArg) -> Text {
    Text::new(
        Msg::FindingHostMissing,
        vec![("name", name.into()), ("label", label)],
    )
}

/// `host-not-participant`.
pub fn host_not_participant(name: &str, host: &str) -> Text {
    Text::new(
        Msg::FindingHostNotParticipant,
        vec![("name", name.into()), ("host", host.into())],
    )
}

/// `notice-given`.
pub fn notice_given(
    name: &str,
    by: Option<&[String]>,
    effective: crate::model::PartialDate,
) -> Text {
    match by {
        Some(by) if !by.is_empty() => Text::new(
            Msg::FindingNoticeGivenBy,
            vec![
                ("by", by.join(", ").into()),
                ("name", name.into()),
                ("effective", TextArg::Date(effective)),
            ],
        ),
        _ => Text::new(
            Msg::FindingNoticeGiven,
            vec![
                ("name", name.into()),
                ("effective", TextArg::Date(effective)),
            ],
        ),
    }
}

/// `notice-without-date`.
pub fn notice_without_date(name: &str, by: Option<&[String]>) -> Text {
    match by {
        Some(by) if !by.is_empty() => Text::new(
            Msg::FindingNoticeWithoutDateBy,
            vec![("by", by.join(", ").into()), ("name", name.into())],
        ),
        _ => Text::new(Msg::FindingNoticeWithoutDate, vec![("name", name.into())]),
    }
}

/// `vanished-without-notice`.
pub fn vanished(
    name: &str,
    before: &str,
    after: &str,
    covered: &[String],
    dates_overlap: bool,
) -> Text {
    Text::new(
        Msg::FindingVanished,
        vec![
            ("name", name.into()),
            ("before", TextArg::Document(before.into())),
            ("covered", TextArg::List(covered.to_vec())),
            ("after", TextArg::Document(after.into())),
            ("overlap", if dates_overlap { "yes" } else { "no" }.into()),
        ],
    )
}

/// `listed-twice`.
pub fn listed_twice(name: &str, rows: &[String]) -> Text {
    Text::new(
        Msg::FindingListedTwice,
        vec![
            ("name", name.into()),
            ("rows", TextArg::List(rows.to_vec())),
        ],
    )
}

/// `listed-twice` for two entries with the same name.
pub fn same_name_twice(name: &str, ids: &[String]) -> Text {
    Text::new(
        Msg::FindingSameNameTwice,
        vec![("name", name.into()), ("ids", TextArg::List(ids.to_vec()))],
    )
}

/// `row-outside-scope`.
pub fn row_outside_scope(name: &str, covered: &[String], marked: &[String]) -> Text {
    if marked.is_empty() {
        Text::new(
            Msg::FindingRowOutsideScopeUnmarked,
            vec![
                ("name", name.into()),
                ("covered", TextArg::List(covered.to_vec())),
            ],
        )
    } else {
        Text::new(
            Msg::FindingRowOutsideScope,
            vec![
                ("name", name.into()),
                ("marked", TextArg::List(marked.to_vec())),
                ("covered", TextArg::List(covered.to_vec())),
            ],
        )
    }
}

/// `participation-unknown`.
pub fn participation_unknown(name: &str, covered: &[String]) -> Text {
    match covered {
        [one] => Text::new(
            Msg::FindingParticipationUnknownOne,
            vec![("name", name.into()), ("municipality", one.as_str().into())],
        ),
        _ => Text::new(
            Msg::FindingParticipationUnknown,
            vec![
                ("name", name.into()),
                ("covered", TextArg::List(covered.to_vec())),
            ],
        ),
    }
}

/// `participation-swapped`.
pub fn participation_swapped(
    name: &str,
    before: &str,
    after: &str,
    left: &[String],
    joined: &[String],
) -> Text {
    Text::new(
        Msg::FindingParticipationSwapped,
        vec![
            ("name", name.into()),
            ("left", TextArg::List(left.to_vec())),
            ("before", TextArg::Document(before.into())),
            ("joined", TextArg::List(joined.to_vec())),
            ("after", TextArg::Document(after.into())),
        ],
    )
}

/// `host-changed-unexplained`.
pub fn host_changed(name: &str, before: &str, after: &str, old: &str, new: &str) -> Text {
    Text::new(
        Msg::FindingHostChanged,
        vec![
            ("name", name.into()),
            ("old", old.into()),
            ("before", TextArg::Document(before.into())),
            ("new", new.into()),
            ("after", TextArg::Document(after.into())),
        ],
    )
}

/// `name-variants`: each spelling with the snapshot that prints it.
pub fn name_variants(spelled: &[(String, String)]) -> Text {
    Text::new(
        Msg::FindingNameVariants,
        vec![(
            "variants",
            TextArg::TextList(
                spelled
                    .iter()
                    .map(|(name, snapshot)| {
                        Text::new(
                            Msg::FindingSpelledIn,
                            vec![
                                ("name", name.as_str().into()),
                                ("snapshot", TextArg::Document(snapshot.clone())),
                            ],
                        )
                    })
                    .collect(),
            ),
        )],
    )
}

/// Proposal outcome: realised; `status` is the status's file name, shown
/// as is in English and in words in Norwegian.
pub fn proposal_realised(name: &str, became: &str, snapshot: &str, status: TextArg) -> Text {
    Text::new(
        Msg::ProposalRealised,
        vec![
            ("name", name.into()),
            ("became", became.into()),
            ("status", status),
            ("snapshot", TextArg::Document(snapshot.into())),
        ],
    )
}

/// Proposal outcome: still under study.
pub fn proposal_under_study(name: &str, snapshot: &str) -> Text {
    Text::new(
        Msg::ProposalUnderStudy,
        vec![
            ("name", name.into()),
            ("snapshot", TextArg::Document(snapshot.into())),
        ],
    )
}

/// Proposal outcome: ended.
pub fn proposal_ended(name: &str, snapshot: &str) -> Text {
    Text::new(
        Msg::ProposalEnded,
        vec![
            ("name", name.into()),
            ("snapshot", TextArg::Document(snapshot.into())),
        ],
    )
}

/// One later inventory checked for a proposal: its id and whom it covers.
pub fn proposal_checked(snapshot: &str, covers: &[String]) -> Text {
    Text::new(
        Msg::ProposalChecked,
        vec![
            ("snapshot", TextArg::Document(snapshot.into())),
            ("covers", TextArg::List(covers.to_vec())),
        ],
    )
}

/// Proposal outcome: no later inventory lists it.
pub fn proposal_not_started(name: &str, checked: &[Text]) -> Text {
    if checked.is_empty() {
        Text::new(Msg::ProposalNoLater, vec![("name", name.into())])
    } else {
        Text::new(
            Msg::ProposalNotStarted,
            vec![
                ("name", name.into()),
                ("checked", TextArg::TextJoin(checked.to_vec(), "; ")),
            ],
        )
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
