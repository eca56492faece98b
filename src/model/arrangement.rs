//! One arrangement (one row of an overview) and its parts.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use super::{ArrangementId, Municipality, PartialDate};

/// One cooperation arrangement as a snapshot lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Arrangement {
    /// Stable id, the same in every snapshot that lists this arrangement.
    pub id: ArrangementId,
    /// The name exactly as printed, typos included.
    pub name: String,
    /// The name normalised by the curator (typos fixed, prose turned into a
    /// name), when it differs from the printed one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub normalised_name: Option<String>,
    /// The document's own key for this row, when its table has an id column
    /// (an id, an organisation number), exactly as printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Section heading (fagområde) as printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Legal or organisational form, as printed and normalised.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_form: Option<LegalFormField>,
    /// Participation per municipality; a declared municipality left out here
    /// is unknown.
    pub participation: BTreeMap<Municipality, Participation>,
    /// Host municipality (vertskommune).
    #[serde(default)]
    pub host: Host,
    /// Other partners: a county, other municipalities, institutions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<Partner>,
    /// Comment column, exactly as printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// Whether the arrangement is active, under notice, ended, proposed or
    /// under study.
    pub status: Status,
    /// Where the source prints this arrangement; more than one `row`
    /// citation means the document lists it more than once.
    pub provenance: Vec<Citation>,
    /// Curator judgements about this entry, with their evidence.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<CuratorNote>,
}

impl Arrangement {
    /// An active arrangement printed as the table row on `line`, with
    /// everything the row did not say left unknown or empty: the starting
    /// point of importers, tests and benches, which fill in what they know.
    pub fn row(id: impl Into<ArrangementId>, name: impl Into<String>, line: u32) -> Arrangement {
        Arrangement {
            id: id.into(),
            name: name.into(),
            normalised_name: None,
            key: None,
            category: None,
            legal_form: None,
            participation: BTreeMap::new(),
            host: Host::Unknown,
            partners: vec![],
            comment: None,
            status: Status::Active,
            provenance: vec![Citation {
                lines: vec![line],
                role: CitationRole::Row,
                quote: None,
            }],
            notes: vec![],
        }
    }

    /// The name to show a reader: the normalised name if any, else as printed.
    pub fn display_name(&self) -> &str {
        self.normalised_name.as_deref().unwrap_or(&self.name)
    }

    /// Participation of `m`; a municipality not listed is unknown.
    pub fn participation_of(&self, m: &Municipality) -> Participation {
        self.participation
            .get(m)
            .copied()
            .unwrap_or(Participation::Unknown)
    }

    /// Municipalities marked as participating.
    pub fn participants(&self) -> impl Iterator<Item = &Municipality> {
        self.participation
            .iter()
            .filter(|(_, p)| **p == Participation::Yes)
            .map(|(m, _)| m)
    }

    /// All source lines cited for this arrangement, in order, without repeats.
    pub fn cited_lines(&self) -> Vec<u32> {
        let mut v: Vec<u32> = self
            .provenance
            .iter()
            .flat_map(|c| c.lines.iter().copied())
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    }

    /// Table rows the document prints for this arrangement (more than one
    /// means it is listed twice).
    pub fn printed_rows(&self) -> impl Iterator<Item = &Citation> {
        self.provenance
            .iter()
            .filter(|c| c.role == CitationRole::Row)
    }
}

/// A legal form as printed, and its normalised vocabulary entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LegalFormField {
    /// Exactly as printed (`§ 28 – 1B`, `27?`, `Vetak`); absent when the
    /// cell is empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub printed: Option<String>,
    /// Normalised form id from the registry's vocabulary (`kl1992-s28-1b`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub normalised: Option<String>,
    /// True where the document itself marks the form as uncertain (`27?`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub uncertain: bool,
}

/// Whether a municipality takes part in an arrangement.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Participation {
    /// Marked as taking part.
    Yes,
    /// Known not to take part.
    No,
    /// The document does not say (or its layout does not show which column).
    Unknown,
    /// The document says the municipality is considering joining.
    Considering,
}

impl Participation {
    /// The lowercase name used in files and output.
    pub fn as_str(self) -> &'static str {
        match self {
            Participation::Yes => "yes",
            Participation::No => "no",
            Participation::Unknown => "unknown",
            Participation::Considering => "considering",
        }
    }
}

/// Who hosts an arrangement (vertskommune).
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Host {
    /// One of the snapshot's declared municipalities.
    Participant(Municipality),
    /// A body outside the declared municipalities (`Ringsaker`, `Hamar`).
    Outside(String),
    /// The arrangement has no host (a company, an informal network).
    None,
    /// The document does not say.
    #[default]
    Unknown,
}

impl Host {
    /// The host's name, if one is known.
    pub fn name(&self) -> Option<&str> {
        match self {
            Host::Participant(m) => Some(m.as_str()),
            Host::Outside(s) => Some(s),
            Host::None | Host::Unknown => None,
        }
    }
}

/// A partner other than the declared municipalities.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(deny_unknown_fields)]
pub struct Partner {
    /// The partner's name (`Oppland fylkeskommune`, `Ringebu`, `flere kommuner`).
    pub name: String,
    /// What kind of body it is.
    pub kind: PartnerKind,
}

/// What kind of body a partner is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum PartnerKind {
    /// A county authority (fylkeskommune).
    County,
    /// A named municipality outside the declared ones.
    Municipality,
    /// Unnamed further municipalities ("med flere kommuner").
    MunicipalityGroup,
    /// A college, a state body, a foundation.
    Institution,
    /// A company.
    Company,
}

/// Life-cycle state of an arrangement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "state", rename_all = "snake_case", deny_unknown_fields)]
pub enum Status {
    /// Established and running.
    Active,
    /// Notice of termination given; the arrangement runs until it takes effect.
    NoticeGiven {
        /// Who gave notice; absent when the document does not say.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        by: Option<Vec<String>>,
        /// When the notice takes effect; absent when not stated.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        effective: Option<PartialDate>,
    },
    /// The document says the arrangement has ended.
    Ended {
        /// When it ended, if stated.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        effective: Option<PartialDate>,
    },
    /// Proposed as a new area of cooperation, not established.
    Proposed,
    /// Decided to be studied (utredning, forstudie), not established.
    UnderStudy,
}

impl Status {
    /// The state's name as used in files and output.
    pub fn as_str(&self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::NoticeGiven { .. } => "notice_given",
            Status::Ended { .. } => "ended",
            Status::Proposed => "proposed",
            Status::UnderStudy => "under_study",
        }
    }

    /// Whether the arrangement exists (active or under notice).
    pub fn is_established(&self) -> bool {
        matches!(self, Status::Active | Status::NoticeGiven { .. })
    }
}

/// A pointer into the source document.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    /// 1-based line numbers in the source file (a row may wrap over several).
    pub lines: Vec<u32>,
    /// A table row, or a mention in prose.
    #[serde(default)]
    pub role: CitationRole,
    /// The exact text cited, when the cited lines do not print the
    /// arrangement's name (prose); validation checks it is in those lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

/// What a citation points at.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Default,
    Serialize,
    Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum CitationRole {
    /// A row of a table.
    #[default]
    Row,
    /// A mention in prose or in a list.
    Mention,
}

/// A curator's judgement, with the evidence for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CuratorNote {
    /// The judgement, in a sentence or two.
    pub text: String,
    /// Source lines that support it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Citation>,
}
