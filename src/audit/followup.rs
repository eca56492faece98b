//! The follow-up list for the control committee's meeting: findings grouped
//! by municipality and priority, each with the question to put to the
//! administration and its register state. Renderers (Markdown, HTML, and
//! any other) draw this value; they decide nothing.

use super::register::{RegisterState, RegisterView};
use super::{Audit, Code, Finding, Severity};
use crate::i18n::Msg;
use crate::model::Municipality;

/// One finding on the list.
#[derive(Debug, Clone)]
pub struct MeetingItem<'a> {
    /// The finding.
    pub finding: &'a Finding,
    /// The suggested question to the administration.
    pub question: Msg,
    /// Its register state, when a register was given.
    pub register: Option<RegisterState>,
}

/// The findings of one priority within a municipality.
#[derive(Debug, Clone)]
pub struct PriorityGroup<'a> {
    /// The severity.
    pub severity: Severity,
    /// Its findings, the latest document's first.
    pub items: Vec<MeetingItem<'a>>,
}

/// The open findings that concern one municipality.
#[derive(Debug, Clone)]
pub struct MunicipalityGroup<'a> {
    /// The municipality.
    pub municipality: Municipality,
    /// Errors, then warnings, then info (empty priorities left out).
    pub priorities: Vec<PriorityGroup<'a>>,
}

/// The whole list.
#[derive(Debug, Clone)]
pub struct MeetingList<'a> {
    /// The audit it is drawn from.
    pub audit: &'a Audit,
    /// One group per municipality, in name order.
    pub groups: Vec<MunicipalityGroup<'a>>,
    /// Findings a later document resolved, for the record.
    pub resolved: Vec<MeetingItem<'a>>,
    /// The register, when given.
    pub register: Option<&'a RegisterView>,
}

/// The question to put to the administration about a finding of `code`.
pub fn question(code: Code) -> Msg {
    use Code::*;
    match code {
        LegalBasisMissing => Msg::QuestionLegalBasisMissing,
        LegalBasisUncertain => Msg::QuestionLegalBasisUncertain,
        LegalBasisVague => Msg::QuestionLegalBasisVague,
        LegalFormUnregistered => Msg::QuestionLegalFormUnregistered,
        LegalFormMisread => Msg::QuestionLegalFormMisread,
        ConversionOverdue => Msg::QuestionConversionOverdue,
        ConversionDue => Msg::QuestionConversionDue,
        ConversionAhead => Msg::QuestionConversionAhead,
        HostMissing => Msg::QuestionHostMissing,
        HostNotParticipant => Msg::QuestionHostNotParticipant,
        NoticeGiven => Msg::QuestionNoticeGiven,
        NoticeWithoutDate => Msg::QuestionNoticeWithoutDate,
        VanishedWithoutNotice => Msg::QuestionVanishedWithoutNotice,
        ListedTwice => Msg::QuestionListedTwice,
        RowOutsideScope => Msg::QuestionRowOutsideScope,
        ParticipationUnknown => Msg::QuestionParticipationUnknown,
        ParticipationSwapped => Msg::QuestionParticipationSwapped,
        HostChangedUnexplained => Msg::QuestionHostChangedUnexplained,
        NameVariants => Msg::QuestionNameVariants,
    }
}

/// Build the list from an audit (already filtered, if filtered) and an
/// optional register.
pub fn meeting_list<'a>(audit: &'a Audit, register: Option<&'a RegisterView>) -> MeetingList<'a> {
    let item = |f: &'a Finding| MeetingItem {
        finding: f,
        question: question(f.code),
        register: register.map(|r| r.state(f)),
    };
    let groups = audit
        .municipalities()
        .into_iter()
        .map(|m| {
            let priorities = [Severity::Error, Severity::Warning, Severity::Info]
                .into_iter()
                .map(|sev| PriorityGroup {
                    severity: sev,
                    items: audit
                        .open()
                        .filter(|f| f.severity == sev && f.municipalities.contains(&m))
                        .map(item)
                        .collect(),
                })
                .filter(|g| !g.items.is_empty())
                .collect::<Vec<_>>();
            MunicipalityGroup {
                municipality: m,
                priorities,
            }
        })
        .filter(|g| !g.priorities.is_empty())
        .collect();
    MeetingList {
        audit,
        groups,
        resolved: audit
            .findings
            .iter()
            .filter(|f| !f.is_open())
            .map(item)
            .collect(),
        register,
    }
}
