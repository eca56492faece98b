//! The audit: what looks wrong in the snapshots, for the control committee.
//!
//! [`run_audit`] runs every family of checks over a set of snapshots and
//! returns [`Finding`]s, each with a stable [`Code`], a [`Severity`], a
//! message, one sentence on why it matters, and the evidence (snapshot,
//! source file, lines). Findings are values: the audit never stops early.
//!
//! | code | severity | family |
//! |---|---|---|
//! | `legal-basis-missing` | warning | [`legal_basis`]: a table row with an empty form cell |
//! | `legal-basis-uncertain` | warning | the document marks its own form as uncertain (`27?`) |
//! | `legal-basis-vague` | info | the form names only an act (`Kommuneloven`), not the chapter |
//! | `legal-form-unregistered` | warning | a printed form the registry does not know |
//! | `legal-form-misread` | warning | the curated form contradicts the registry's reading of the printed one |
//! | `conversion-overdue` | error | a form the law required converted is still printed in a document dated after the deadline |
//! | `conversion-due` | warning | … the latest document printing it lies inside the period, or the deadline has passed since ([`AuditOptions::today`]) |
//! | `conversion-ahead` | info | … before the conversion period starts, today included |
//! | `host-missing` | warning | [`hosts`]: a host-municipality form with no host |
//! | `host-not-participant` | error | the host is marked as *not* taking part |
//! | `notice-given` | info | [`notices`]: notice of termination with its effective date |
//! | `notice-without-date` | warning | notice of termination with no effective date |
//! | `vanished-without-notice` | warning | gone from a later document that covers it, no notice recorded |
//! | `listed-twice` | warning | [`duplicates`]: the same arrangement printed twice in one document |
//! | `row-outside-scope` | warning | [`scope`]: a row none of the covered municipalities takes part in |
//! | `participation-unknown` | info | a row where the document does not show any covered participant |
//! | `participation-swapped` | warning | [`contradictions`]: marks move from one municipality to another |
//! | `host-changed-unexplained` | warning | the host changed and no registry event explains it |
//! | `name-variants` | info | [`spellings`]: variant spellings of one name across documents |
//!
//! Proposal tracking ([`proposals`]) is separate: `samdiff proposals`.
//!
//! After the checks, [`triage`] turns the raw findings into a follow-up
//! list: one finding per root cause (a column slip's consequences, a
//! problem repeated in later documents), a stable [`FindingId`] each,
//! findings a later document resolves marked [`FindingState::Resolved`]
//! with the resolving line, and the list in priority order. The
//! committee's follow-up register ([`register`]) is kept by finding id.

pub mod contradictions;
pub mod duplicates;
pub mod followup;
pub mod hosts;
pub mod legal_basis;
pub mod messages;
pub mod notices;
pub mod proposals;
pub mod register;
pub mod scope;
pub mod spellings;
pub mod triage;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::Text;
use crate::model::{
    Arrangement, ArrangementId, AsOf, Host, Municipality, Participation, SnapshotId, SnapshotKind,
};
use crate::registry::{Registry, Window};
use crate::snapshot::LoadedSnapshot;

/// How serious a finding is; ordered, so `--fail-on warning` catches errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Worth knowing; nothing is necessarily wrong.
    Info,
    /// Probably wrong or incomplete; a human should check the source.
    Warning,
    /// A definite contradiction, within a document or with the law the
    /// registry records: a host marked as not taking part, a form still
    /// printed in a document dated after its conversion deadline.
    Error,
}

impl Severity {
    /// The lowercase name used in output and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// Parse a lowercase name (`warning`).
    pub fn parse(s: &str) -> Option<Severity> {
        [Severity::Info, Severity::Warning, Severity::Error]
            .into_iter()
            .find(|v| v.as_str() == s)
    }
}

/// A finding's stable code. The kebab-case names are a public contract:
/// never renamed, only added to (see the table in the module docs).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Code {
    /// A table row whose form cell is empty.
    LegalBasisMissing,
    /// The document marks the form as uncertain.
    LegalBasisUncertain,
    /// The form names only an act.
    LegalBasisVague,
    /// A printed form the registry has no spelling for.
    LegalFormUnregistered,
    /// The curated form is not a reading of the printed spelling.
    LegalFormMisread,
    /// Still on a form that had to be converted, after the deadline.
    ConversionOverdue,
    /// Still on a form that must be converted, inside the period.
    ConversionDue,
    /// On a form that will have to be converted once the period starts.
    ConversionAhead,
    /// A host-municipality form with no host named.
    HostMissing,
    /// The host is not marked as a participant.
    HostNotParticipant,
    /// Notice of termination given, with an effective date.
    NoticeGiven,
    /// Notice of termination given, no effective date recorded.
    NoticeWithoutDate,
    /// Gone from a later document that covers it, without a notice.
    VanishedWithoutNotice,
    /// The same arrangement printed more than once in one document.
    ListedTwice,
    /// A row in which no covered municipality takes part.
    RowOutsideScope,
    /// A row in which the document shows no covered participant.
    ParticipationUnknown,
    /// Participation marks moved from one municipality to another.
    ParticipationSwapped,
    /// The host changed with no registry event to explain it.
    HostChangedUnexplained,
    /// Variant spellings of one arrangement's name.
    NameVariants,
}

impl Code {
    /// Every code, in declaration order.
    pub const ALL: [Code; 19] = [
        Code::LegalBasisMissing,
        Code::LegalBasisUncertain,
        Code::LegalBasisVague,
        Code::LegalFormUnregistered,
        Code::LegalFormMisread,
        Code::ConversionOverdue,
        Code::ConversionDue,
        Code::ConversionAhead,
        Code::HostMissing,
        Code::HostNotParticipant,
        Code::NoticeGiven,
        Code::NoticeWithoutDate,
        Code::VanishedWithoutNotice,
        Code::ListedTwice,
        Code::RowOutsideScope,
        Code::ParticipationUnknown,
        Code::ParticipationSwapped,
        Code::HostChangedUnexplained,
        Code::NameVariants,
    ];

    /// The kebab-case code (`legal-basis-missing`).
    pub fn as_str(self) -> &'static str {
        use Code::*;
        match self {
            LegalBasisMissing => "legal-basis-missing",
            LegalBasisUncertain => "legal-basis-uncertain",
            LegalBasisVague => "legal-basis-vague",
            LegalFormUnregistered => "legal-form-unregistered",
            LegalFormMisread => "legal-form-misread",
            ConversionOverdue => "conversion-overdue",
            ConversionDue => "conversion-due",
            ConversionAhead => "conversion-ahead",
            HostMissing => "host-missing",
            HostNotParticipant => "host-not-participant",
            NoticeGiven => "notice-given",
            NoticeWithoutDate => "notice-without-date",
            VanishedWithoutNotice => "vanished-without-notice",
            ListedTwice => "listed-twice",
            RowOutsideScope => "row-outside-scope",
            ParticipationUnknown => "participation-unknown",
            ParticipationSwapped => "participation-swapped",
            HostChangedUnexplained => "host-changed-unexplained",
            NameVariants => "name-variants",
        }
    }

    /// The severity a finding of this code has.
    pub fn severity(self) -> Severity {
        use Code::*;
        match self {
            ConversionOverdue | HostNotParticipant => Severity::Error,
            LegalBasisVague | ConversionAhead | NoticeGiven | ParticipationUnknown
            | NameVariants => Severity::Info,
            _ => Severity::Warning,
        }
    }

    /// One sentence on why a finding of this code matters.
    pub fn why_it_matters(self) -> &'static str {
        messages::why(self)
    }

    /// Parse a kebab-case code.
    pub fn parse(s: &str) -> Option<Code> {
        Code::ALL.into_iter().find(|c| c.as_str() == s)
    }

    /// The root cause a code names, for finding ids: the three conversion
    /// codes are one cause seen at different dates, so a finding keeps its
    /// id when time moves it from `conversion-ahead` to `conversion-due`.
    pub fn family(self) -> &'static str {
        match self {
            Code::ConversionAhead | Code::ConversionDue | Code::ConversionOverdue => "conversion",
            c => c.as_str(),
        }
    }

    /// Whether a finding of this code is about one document's row, so a
    /// later overview table that prints the row again either repeats it
    /// (same cause, still open) or no longer shows it (resolved). Notices
    /// are not: a later row without the notice raises its own question.
    /// Comparisons between documents are not either: they are about a pair.
    pub fn per_document(self) -> bool {
        use Code::*;
        !matches!(
            self,
            NoticeGiven
                | NoticeWithoutDate
                | VanishedWithoutNotice
                | ParticipationSwapped
                | HostChangedUnexplained
                | NameVariants
        )
    }
}

/// Where a finding can be checked: a snapshot, its source file, lines.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
pub struct Evidence {
    /// The snapshot.
    pub snapshot: SnapshotId,
    /// The source document's path, relative to the snapshot directory.
    pub source: String,
    /// 1-based source lines.
    pub lines: Vec<u32>,
    /// The first cited line's text, trimmed, so a reader sees what it says.
    pub excerpt: String,
}

/// A finding's stable identity: `f-` and 12 hex digits of a SHA-256 over
/// its root cause (code family, arrangement, the documents it rests on),
/// so it survives new documents, unrelated data and reordering, and a
/// follow-up register can be keyed by it.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(transparent)]
pub struct FindingId(pub String);

impl FindingId {
    /// The id as a string slice.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for FindingId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Whether a finding still stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FindingState {
    /// The latest document that could show it still does.
    Open,
    /// A later overview prints the row without the problem
    /// ([`Finding::resolved_by`] cites it).
    Resolved,
}

impl FindingState {
    /// The lowercase name used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            FindingState::Open => "open",
            FindingState::Resolved => "resolved",
        }
    }
}

/// Another finding of the same root cause, folded into the main one (a
/// column slip's row outside the document's scope; the form's own doubt
/// behind a conversion finding).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Consequence {
    /// Its code.
    pub code: Code,
    /// The snapshot it was found in.
    pub snapshot: SnapshotId,
    /// What was found (English; JSON carries it).
    pub message: String,
    /// The same, ready to render in any language.
    #[serde(skip)]
    pub text: Text,
}

/// One thing that looks wrong (or is worth knowing), with its evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Finding {
    /// Stable identity (see [`FindingId`]).
    pub id: FindingId,
    /// Stable code.
    pub code: Code,
    /// How serious it is.
    pub severity: Severity,
    /// Open, or resolved by a later document.
    pub state: FindingState,
    /// The snapshot it is about: the latest that shows it (the later one,
    /// for a comparison).
    pub snapshot: SnapshotId,
    /// The arrangement it is about, if one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arrangement: Option<ArrangementId>,
    /// The municipalities whose follow-up it belongs to: those the document
    /// covers that take part (or host), else every one it covers.
    pub municipalities: Vec<Municipality>,
    /// What was found, in one or two sentences (English; JSON carries it).
    pub message: String,
    /// The same, ready to render in any language.
    #[serde(skip)]
    pub text: Text,
    /// Why it matters, in one sentence.
    pub why_it_matters: &'static str,
    /// Where to check it: every document that shows it, oldest first.
    pub evidence: Vec<Evidence>,
    /// Other findings of the same root cause, folded into this one.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub consequences: Vec<Consequence>,
    /// The later row that no longer shows the problem, when resolved.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolved_by: Option<Evidence>,
}

impl Finding {
    /// Whether it still stands.
    pub fn is_open(&self) -> bool {
        self.state == FindingState::Open
    }
}

/// The snapshots an audit looked at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct AuditedSnapshot {
    /// Its id.
    pub id: SnapshotId,
    /// Inventory or plan.
    pub kind: SnapshotKind,
    /// The date it describes.
    #[serde(serialize_with = "ser_display")]
    #[schemars(with = "String")]
    pub as_of: AsOf,
    /// Its source document.
    pub source: String,
}

fn ser_display<S: serde::Serializer>(v: &AsOf, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(v)
}

/// The result of an audit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Audit {
    /// The registry used (`embedded:registry.json` or a path).
    pub registry: String,
    /// The day deadlines were counted from ([`AuditOptions::today`]).
    pub today: NaiveDate,
    /// The snapshots audited, oldest first.
    pub snapshots: Vec<AuditedSnapshot>,
    /// The findings in priority order: open before resolved, then by
    /// severity (worst first), recency (the latest document first), code,
    /// arrangement and message.
    pub findings: Vec<Finding>,
    /// The municipality the findings were filtered to, if any
    /// ([`Audit::retain_municipality`]).
    pub municipality: Option<Municipality>,
}

impl Audit {
    /// The worst severity of an open finding, if any.
    pub fn worst(&self) -> Option<Severity> {
        self.open().map(|f| f.severity).max()
    }

    /// The open findings, in order.
    pub fn open(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.is_open())
    }

    /// Number of open findings per severity (every severity listed).
    pub fn counts(&self) -> [(Severity, usize); 3] {
        [Severity::Error, Severity::Warning, Severity::Info]
            .map(|s| (s, self.open().filter(|f| f.severity == s).count()))
    }

    /// Number of findings a later document resolves.
    pub fn resolved(&self) -> usize {
        self.findings.iter().filter(|f| !f.is_open()).count()
    }

    /// Keep only the findings that concern municipality `m` (any case);
    /// [`Audit::municipalities`] then names `m` alone.
    pub fn retain_municipality(&mut self, m: &str) {
        let m = m.to_lowercase();
        self.municipality = Some(
            self.municipalities()
                .into_iter()
                .find(|x| x.as_str().to_lowercase() == m)
                .unwrap_or_else(|| Municipality::from(m.as_str())),
        );
        self.findings.retain(|f| {
            f.municipalities
                .iter()
                .any(|x| x.as_str().to_lowercase() == m)
        });
    }

    /// Every municipality some finding concerns, sorted (only the one
    /// filtered to, after [`Audit::retain_municipality`]).
    pub fn municipalities(&self) -> Vec<Municipality> {
        if let Some(m) = &self.municipality {
            return vec![m.clone()];
        }
        let mut v: Vec<Municipality> = self
            .findings
            .iter()
            .flat_map(|f| f.municipalities.iter().cloned())
            .collect();
        v.sort();
        v.dedup();
        v
    }
}

/// How to run an audit.
#[derive(Debug, Clone, Default)]
pub struct AuditOptions {
    /// The day deadlines are counted from. `None`: the latest audited
    /// document's date, so a library call stays deterministic; the command
    /// line passes the system date or `--today`.
    pub today: Option<NaiveDate>,
}

/// What every check gets.
pub struct Cx<'a> {
    /// The snapshots, oldest first.
    pub snapshots: &'a [&'a LoadedSnapshot],
    /// Domain knowledge.
    pub registry: &'a Registry,
    /// The day deadlines are counted from.
    pub today: NaiveDate,
}

impl Cx<'_> {
    /// Inventories only, oldest first.
    pub fn inventories(&self) -> Vec<&LoadedSnapshot> {
        self.snapshots
            .iter()
            .copied()
            .filter(|s| s.snapshot.kind == SnapshotKind::Inventory)
            .collect()
    }
}

/// Evidence for arrangement `a` of `s`: every line it cites; the excerpt
/// is the first citation's quote where it has one (prose), else its line.
pub fn evidence_of(s: &LoadedSnapshot, a: &Arrangement) -> Evidence {
    let mut e = evidence_lines(s, a.cited_lines());
    if let Some(q) = a.provenance.first().and_then(|c| c.quote.as_deref()) {
        e.excerpt = clip(&crate::snapshot::fold_whitespace(q));
    }
    e
}

/// Longest excerpt shown, in characters: one screen line with the
/// location before it.
pub const MAX_EXCERPT_CHARS: usize = 90;

fn clip(s: &str) -> String {
    if s.chars().count() <= MAX_EXCERPT_CHARS {
        s.to_owned()
    } else {
        let mut t: String = s.chars().take(MAX_EXCERPT_CHARS - 1).collect();
        t.push('…');
        t
    }
}

/// A printed line as an excerpt that keeps its cell boundaries (issue 12
/// point 11): in a tab-separated row every tab is shown as ` | `, so an
/// empty cell stays visible (`x |  | x`); elsewhere (a table extracted from
/// a PDF, where an empty cell is only an extra space) each space beyond the
/// first of a run is shown as `·`. Leading and trailing whitespace goes.
pub fn show_cells(line: &str) -> String {
    let line = line.trim();
    if line.contains('\t') {
        return line
            .split('\t')
            .map(crate::snapshot::fold_whitespace)
            .collect::<Vec<_>>()
            .join(" | ");
    }
    let mut out = String::new();
    let mut run = 0;
    for c in line.chars() {
        if c.is_whitespace() {
            run += 1;
            out.push(if run == 1 { ' ' } else { '·' });
        } else {
            run = 0;
            out.push(c);
        }
    }
    out
}

/// Evidence for some lines of `s`.
pub fn evidence_lines(s: &LoadedSnapshot, lines: Vec<u32>) -> Evidence {
    let excerpt = lines
        .first()
        .and_then(|&n| s.source_line(n))
        .map(|l| clip(&show_cells(l)))
        .unwrap_or_default();
    Evidence {
        snapshot: s.snapshot.id.clone(),
        source: s.snapshot.source.path.clone(),
        lines,
        excerpt,
    }
}

/// A finding about arrangement `a` (or about the snapshot, with `None`).
/// Its id, state and priority are settled later by [`triage`].
pub fn finding(
    code: Code,
    s: &LoadedSnapshot,
    a: Option<&Arrangement>,
    text: Text,
    evidence: Vec<Evidence>,
) -> Finding {
    Finding {
        id: FindingId(String::new()),
        code,
        severity: code.severity(),
        state: FindingState::Open,
        snapshot: s.snapshot.id.clone(),
        arrangement: a.map(|a| a.id.clone()),
        municipalities: concerned(s, a),
        message: text.english(),
        text,
        why_it_matters: code.why_it_matters(),
        evidence,
        consequences: Vec::new(),
        resolved_by: None,
    }
}

/// Whose follow-up a finding about `a` in `s` belongs to: the covered
/// municipalities that take part or host; else all covered ones (the
/// document speaks for them); else whoever takes part.
fn concerned(s: &LoadedSnapshot, a: Option<&Arrangement>) -> Vec<Municipality> {
    let covers = &s.snapshot.scope.covers;
    let mut involved: Vec<Municipality> = Vec::new();
    if let Some(a) = a {
        involved.extend(
            a.participation
                .iter()
                .filter(|(_, p)| matches!(p, Participation::Yes | Participation::Considering))
                .map(|(m, _)| m.clone()),
        );
        if let Host::Participant(h) = &a.host {
            involved.push(h.clone());
        }
    }
    let mut out: Vec<Municipality> = if covers.is_empty() {
        involved
    } else {
        let v: Vec<Municipality> = involved
            .into_iter()
            .filter(|m| covers.contains(m))
            .collect();
        if v.is_empty() { covers.to_vec() } else { v }
    };
    out.sort();
    out.dedup();
    out
}

/// The window between two snapshots, for asking the registry.
pub fn window(a: &LoadedSnapshot, b: &LoadedSnapshot) -> Window {
    Window::new(a.snapshot.as_of.earliest(), b.snapshot.as_of.latest())
}

/// Run every check over `snapshots` (any order; they are sorted by date),
/// with default options.
pub fn run_audit(snapshots: &[&LoadedSnapshot], registry: &Registry) -> Audit {
    run_audit_with(snapshots, registry, &AuditOptions::default())
}

/// Run every check over `snapshots` (any order; they are sorted by date)
/// and triage the findings into a follow-up list.
pub fn run_audit_with(
    snapshots: &[&LoadedSnapshot],
    registry: &Registry,
    opts: &AuditOptions,
) -> Audit {
    let mut sorted: Vec<&LoadedSnapshot> = snapshots.to_vec();
    sorted.sort_by(|a, b| {
        let (x, y) = (&a.snapshot, &b.snapshot);
        (x.as_of.earliest(), x.as_of.latest(), &x.id).cmp(&(
            y.as_of.earliest(),
            y.as_of.latest(),
            &y.id,
        ))
    });
    sorted.dedup_by(|a, b| a.snapshot.id == b.snapshot.id);
    let today = opts.today.unwrap_or_else(|| {
        sorted
            .iter()
            .map(|s| s.snapshot.as_of.latest())
            .max()
            .unwrap_or(NaiveDate::MIN)
    });
    let cx = Cx {
        snapshots: &sorted,
        registry,
        today,
    };
    let mut out = Vec::new();
    for s in &sorted {
        legal_basis::check(&cx, s, &mut out);
        hosts::check(s, registry, &mut out);
        notices::check_notices(s, &mut out);
        duplicates::check(s, &mut out);
        scope::check(s, &mut out);
    }
    notices::check_vanished(&cx, &mut out);
    contradictions::check(&cx, &mut out);
    spellings::check(&cx, &mut out);
    let findings = triage::triage(&cx, out);
    Audit {
        registry: registry.origin().to_owned(),
        today,
        snapshots: sorted
            .iter()
            .map(|s| AuditedSnapshot {
                id: s.snapshot.id.clone(),
                kind: s.snapshot.kind,
                as_of: s.snapshot.as_of.clone(),
                source: s.snapshot.source.path.clone(),
            })
            .collect(),
        findings,
        municipality: None,
    }
}

#[cfg(test)]
mod tests;
