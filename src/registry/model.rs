//! The registry file format (`samdiff-registry/1`): legal forms and their
//! printed spellings, organisations and their successions, title changes,
//! and dated events that explain changes.
//!
//! Every entry carries a `source` saying where the fact comes from; nothing
//! here is region-specific in code, all of it is data.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::PartialDate;

/// The `format` value of every registry file this version reads.
pub const REGISTRY_FORMAT: &str = "samdiff-registry/1";

/// Domain knowledge shipped as data: `snapshots/registry.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RegistryFile {
    /// Always `samdiff-registry/1`.
    pub format: String,
    /// What this registry covers, for a human reader.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The normalised legal-form vocabulary.
    pub forms: Vec<FormDef>,
    /// Every printed spelling of a legal form seen in the sources.
    pub spellings: Vec<SpellingDef>,
    /// Organisations that partners and names refer to.
    #[serde(default)]
    pub organisations: Vec<OrganisationDef>,
    /// Mergers and renames of organisations.
    #[serde(default)]
    pub successions: Vec<SuccessionDef>,
    /// Titles renamed by law (`rådmann` → `kommunedirektør`), which rename
    /// arrangements named after them.
    #[serde(default)]
    pub title_changes: Vec<TitleChangeDef>,
    /// Dated changes of law or responsibility.
    #[serde(default)]
    pub events: Vec<EventDef>,
    /// How comment cells name hosts, partners and notices: the words of
    /// the curated conventions (`snapshots/README.md`), read by
    /// [`crate::import::comment::read_comment`].
    #[serde(default)]
    pub comment_vocabulary: CommentVocabulary,
}

/// The words of comment cells that name a host, partners or a notice of
/// termination. All matching ignores case; phrases match whole words.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CommentVocabulary {
    /// Words that follow a host's name (`Lillehammer vertskommune`,
    /// `Ringsaker er vertskommune`).
    #[serde(default)]
    pub host_words: Vec<String>,
    /// A word allowed between the host's name and the host word (`er`).
    #[serde(default)]
    pub host_copulas: Vec<String>,
    /// Phrases before a municipality that sells the service, read as its
    /// host (`Kjøp av tjenester fra Lillehammer`).
    #[serde(default)]
    pub purchase_from: Vec<String>,
    /// Phrases that open a list of partners (`Med`, `Eierskap gjennom`).
    #[serde(default)]
    pub partner_leads: Vec<String>,
    /// Phrases that close one (`Nord-Fron er med`, `Flere kommuner med`).
    #[serde(default)]
    pub partner_trails: Vec<String>,
    /// Words joining the last two partners of a list (`og`).
    #[serde(default)]
    pub list_words: Vec<String>,
    /// Word endings that make a phrase a group of unnamed municipalities
    /// when no name precedes them (`flere deltakerkommuner`, `kommunene i
    /// Innlandet`).
    #[serde(default)]
    pub group_endings: Vec<String>,
    /// Words that may precede a group ending (`flere`, `andre`); digits
    /// may too (`46 kommuner`).
    #[serde(default)]
    pub group_quantifiers: Vec<String>,
    /// Words after a municipality's name that are not part of it (`kommune`).
    #[serde(default)]
    pub municipality_suffixes: Vec<String>,
    /// Words that make a partner a county authority (`fylkeskommune`).
    #[serde(default)]
    pub county_words: Vec<String>,
    /// Last words of a company's name (`AS`, `IKS`).
    #[serde(default)]
    pub company_suffixes: Vec<String>,
    /// Phrases that say notice of termination was given (`sagt opp`).
    #[serde(default)]
    pub notice_phrases: Vec<String>,
    /// The verb before a notice phrase whose subject gave notice
    /// (`Øyer har sagt opp`); a municipality right before the phrase gave
    /// it too (`Gausdal trer ut`).
    #[serde(default)]
    pub notice_subject_verbs: Vec<String>,
    /// Phrases that say the arrangement has ended (`avviklet`, `nedlagt`);
    /// a notice phrase is looked for first (`under avvikling`).
    #[serde(default)]
    pub ended_phrases: Vec<String>,
    /// Phrases that say it is being studied, not established
    /// (`under utredning`).
    #[serde(default)]
    pub study_phrases: Vec<String>,
    /// Words of a section heading over ended arrangements (`Avviklede
    /// samarbeid`, `Tidligere samarbeid`); a heading may also name a
    /// state with the phrases above (`Samarbeid under utredning`).
    #[serde(default)]
    pub ended_heading_words: Vec<String>,
    /// A status cell's words for an arrangement that runs (`Aktiv`, `I
    /// drift`).
    #[serde(default)]
    pub active_words: Vec<String>,
    /// The word before the date the notice takes effect (`fra oktober
    /// 2021`); a date right after a status phrase counts too (`trer ut
    /// 1.7.2024`, `avviklet 2023`).
    #[serde(default)]
    pub effective_words: Vec<String>,
    /// Month names in calendar order, for effective dates.
    #[serde(default)]
    pub months: Vec<String>,
    /// Normalised legal forms that have no host (companies, informal
    /// networks): such a row without a named host gets host `none`.
    #[serde(default)]
    pub no_host_forms: Vec<String>,
    /// Where these conventions come from.
    #[serde(default)]
    pub source: String,
}

/// One normalised legal form (`kl1992-s28-1b`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FormDef {
    /// The form id used in snapshots (`LegalFormField.normalised`).
    pub id: String,
    /// English label.
    pub label_en: String,
    /// Norwegian (bokmål) label.
    pub label_nb: String,
    /// The act the form is based on, if any (`kommuneloven 1992`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub act: Option<String>,
    /// Chapter or section of the act (`§ 28-1 b`, `kap. 20`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// Whether the form is run by a host municipality (vertskommune), so an
    /// arrangement of this form must name one.
    #[serde(default)]
    pub has_host: bool,
    /// Whether the printed form does not tell which basis applies (only the
    /// act's name), so the legal basis cannot be identified from it.
    #[serde(default)]
    pub vague: bool,
    /// The form this one continues as under a later act, unchanged in
    /// substance: a change to it is a relabel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relabelled_as: Option<Relabel>,
    /// The forms this one must be converted to by a deadline; the change is
    /// substantive but expected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub must_convert: Option<Conversion>,
    /// Where the fact comes from.
    pub source: String,
}

/// A form continued by a later act under a new label.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Relabel {
    /// The new form id.
    pub form: String,
    /// The event (an act taking effect) that relabelled it.
    pub event: String,
}

/// A form that must be converted to another by a deadline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Conversion {
    /// The forms it may be converted to.
    pub to: Vec<String>,
    /// The event that starts the conversion period (an act taking effect).
    pub from_event: String,
    /// The event whose date is the deadline.
    pub deadline_event: String,
    /// Any further target the law allows that is not a single form of the
    /// vocabulary ("another form of cooperation authorised by law"), in
    /// English; listed after `to` in findings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub or_else_en: Option<String>,
    /// The same in bokmål.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub or_else_nb: Option<String>,
}

/// A printed spelling of a legal form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SpellingDef {
    /// Exactly as printed (`§ 28 – 1B`, `27?`, `Vetak`).
    pub printed: String,
    /// The form id it stands for.
    pub form: String,
    /// Whether the printed text itself marks the form as uncertain (`27?`).
    #[serde(default)]
    pub uncertain: bool,
    /// Where it is printed, or why it maps to this form.
    pub source: String,
}

/// What kind of body an organisation is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum OrganisationKind {
    /// A county authority (fylkeskommune).
    County,
    /// A county as an area (fylke), as in "kommunene i Oppland".
    Region,
    /// A municipality.
    Municipality,
    /// A college, a state body, a foundation.
    Institution,
    /// A company.
    Company,
}

/// An organisation a partner or a name may refer to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OrganisationDef {
    /// Stable id (`oppland-fylkeskommune`).
    pub id: String,
    /// The official name.
    pub name: String,
    /// Other names and abbreviations the sources print (`OFK`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// What kind of body it is.
    pub kind: OrganisationKind,
    /// The first day it existed, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exists_from: Option<PartialDate>,
    /// The last day it existed, if it no longer exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exists_until: Option<PartialDate>,
    /// Where the fact comes from.
    pub source: String,
}

/// Organisations merged into or renamed as another.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SuccessionDef {
    /// Stable id of the succession.
    pub id: String,
    /// The predecessors (organisation ids).
    pub from: Vec<String>,
    /// The successor (organisation id).
    pub to: String,
    /// The day the successor took over.
    pub date: PartialDate,
    /// The event this succession is part of, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
    /// Where the fact comes from.
    pub source: String,
}

/// A title renamed by law; names built from it change with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TitleChangeDef {
    /// Stable id.
    pub id: String,
    /// The old word in the forms compounds use (`rådmann`, `rådmanns` as in
    /// `Rådmannsutvalg`), matched case-insensitively inside names.
    pub old: Vec<String>,
    /// The new word in its compound forms (`kommunedirektør`).
    pub new: Vec<String>,
    /// The event that renamed it.
    pub event: String,
    /// Where the fact comes from.
    pub source: String,
}

/// A dated change of law or responsibility.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EventDef {
    /// Stable id (`kl2018-in-force`).
    pub id: String,
    /// The day it took effect; for an event that took effect on different
    /// days in different places, the latest of them.
    pub date: PartialDate,
    /// One sentence in English a reader understands.
    pub text_en: String,
    /// The same sentence in Norwegian (bokmål).
    pub text_nb: String,
    /// Which changes it may explain, besides those that point at it
    /// (relabels, successions, title changes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explains: Option<EventScope>,
    /// How the date was chosen, where the sources give no single day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_note: Option<String>,
    /// Where the fact comes from.
    pub source: String,
}

/// The changes an event may explain: change kinds of arrangements whose
/// name contains one of the words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EventScope {
    /// Change kinds (`renamed`, `comment_changed`, `ended`, …).
    pub kinds: Vec<String>,
    /// Words, matched case-insensitively in the arrangement's names (before
    /// or after).
    pub name_contains: Vec<String>,
}

impl crate::snapshot::Versioned for RegistryFile {
    fn format_tag(&self) -> &str {
        &self.format
    }
}
