//! The control committee's follow-up register (`samdiff-register/1`): one
//! entry per finding id, with what samdiff knows of the finding and what
//! the secretariat records about it.
//!
//! ```json
//! {
//!   "format": "samdiff-register/1",
//!   "written": "2026-11-30",
//!   "entries": [
//!     {
//!       "id": "f-8c1d…", "code": "conversion-due", "arrangement": "…",
//!       "snapshot": "oyer-2021", "municipalities": ["Øyer"],
//!       "summary": "…", "found": "open", "first_seen": "2026-11-30",
//!       "status": "asked", "owner": "kommunedirektør", "due": "2027-02-01",
//!       "case": "24/117", "note": "…"
//!     }
//!   ]
//! }
//! ```
//!
//! **Machine fields** (`id`, `code`, `arrangement`, `snapshot`,
//! `documents`, `municipalities`, `summary`, `found`, `first_seen`, `resolved_on`,
//! `resolved_by`) are rewritten by `--update-register`. **Human fields**
//! (`status`, `owner`, `due`, `case`, `note`, and any field samdiff does not
//! know) are kept exactly as written, byte for byte: samdiff copies their
//! JSON text, never a re-encoding of it. A finding that is no longer found
//! keeps its entry, marked `"found": "resolved"`; entries are never dropped.
//! A finding counts as gone only when the audit read every document it
//! rests on (`documents`; `snapshot` in a register written before that
//! field): an audit of fewer documents leaves the other entries as they
//! were ([`Comparison::unread`]).

use std::collections::{BTreeMap, HashSet};

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::de::{Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::{Audit, Code, Finding, FindingId, FindingState};
use crate::error::{Issue, Location};
use crate::i18n::{Msg, Text};
use crate::model::{ArrangementId, Municipality, SnapshotId};
use crate::snapshot::{Locator, parse_versioned};

/// The `format` of a register file.
pub const REGISTER_FORMAT: &str = "samdiff-register/1";

/// Fields samdiff writes; every other field belongs to the humans.
pub const MACHINE_FIELDS: [&str; 11] = [
    "id",
    "code",
    "arrangement",
    "snapshot",
    "documents",
    "municipalities",
    "summary",
    "found",
    "first_seen",
    "resolved_on",
    "resolved_by",
];

/// Where the committee stands with a finding.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum FollowUpStatus {
    /// Nothing done yet.
    Open,
    /// Asked of the administration.
    Asked,
    /// The administration has answered.
    Answered,
    /// The committee has closed it.
    Closed,
    /// Accepted as it is (no action).
    Accepted,
}

impl FollowUpStatus {
    /// The catalogue label.
    pub fn msg(self) -> Msg {
        match self {
            FollowUpStatus::Open => Msg::RegisterStatusOpen,
            FollowUpStatus::Asked => Msg::RegisterStatusAsked,
            FollowUpStatus::Answered => Msg::RegisterStatusAnswered,
            FollowUpStatus::Closed => Msg::RegisterStatusClosed,
            FollowUpStatus::Accepted => Msg::RegisterStatusAccepted,
        }
    }
}

/// Whether samdiff still finds it (a machine field).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Found {
    /// The latest audit still reports it.
    Open,
    /// A later document resolved it, or the audit no longer reports it.
    Resolved,
}

/// The register file as its JSON Schema describes it (`samdiff schema
/// register`). Reading keeps each field's text instead ([`Register`]).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[schemars(title = "samdiff follow-up register")]
pub struct RegisterDoc {
    /// Always `samdiff-register/1`.
    #[schemars(extend("const" = "samdiff-register/1"))]
    pub format: String,
    /// The day it was last written (the audit's `today`), `YYYY-MM-DD`.
    pub written: String,
    /// One entry per finding id.
    pub entries: Vec<RegisterEntryDoc>,
}

/// One entry of [`RegisterDoc`]. Fields not listed here are the humans'
/// own and are kept as written.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct RegisterEntryDoc {
    /// Machine: the finding id.
    pub id: FindingId,
    /// Machine: the finding code.
    pub code: Code,
    /// Machine: the arrangement, if one.
    pub arrangement: Option<ArrangementId>,
    /// Machine: the latest snapshot that shows it.
    pub snapshot: SnapshotId,
    /// Machine: every snapshot it rests on. A later audit marks the entry
    /// resolved only if it read all of them.
    #[serde(default)]
    pub documents: Vec<SnapshotId>,
    /// Machine: whose follow-up it is.
    pub municipalities: Vec<Municipality>,
    /// Machine: the finding in one sentence (English).
    pub summary: String,
    /// Machine: whether the latest audit still finds it.
    pub found: Found,
    /// Machine: the day it entered the register.
    pub first_seen: String,
    /// Machine: the day the register first recorded it resolved.
    #[serde(default)]
    pub resolved_on: Option<String>,
    /// Machine: the line of the later document that resolved it.
    #[serde(default)]
    pub resolved_by: Option<String>,
    /// Human: where the committee stands.
    pub status: FollowUpStatus,
    /// Human: who answers for it.
    #[serde(default)]
    pub owner: Option<String>,
    /// Human: by when (`YYYY-MM-DD` by convention).
    #[serde(default)]
    pub due: Option<String>,
    /// Human: the committee's case number.
    #[serde(default)]
    pub case: Option<String>,
    /// Human: a free note (the answer, a decision).
    #[serde(default)]
    pub note: Option<String>,
}

/// The JSON Schema of the register.
pub fn register_schema() -> schemars::Schema {
    schemars::schema_for!(RegisterDoc)
}

/// One entry as read: its fields in file order, each as its JSON text.
#[derive(Debug, Clone)]
pub struct RegisterEntry {
    /// The finding id.
    pub id: FindingId,
    /// Where the committee stands.
    pub status: FollowUpStatus,
    /// Every field, in file order, as written.
    pub fields: Vec<(String, Box<RawValue>)>,
}

impl RegisterEntry {
    /// A field's JSON text.
    pub fn raw(&self, key: &str) -> Option<&RawValue> {
        self.fields
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| &**v)
    }

    /// A field for display: a string's value, `None` for null or an empty
    /// string, anything else as its JSON text.
    pub fn text(&self, key: &str) -> Option<String> {
        let raw = self.raw(key)?.get();
        match serde_json::from_str::<serde_json::Value>(raw) {
            Ok(serde_json::Value::String(s)) if s.trim().is_empty() => None,
            Ok(serde_json::Value::String(s)) => Some(s),
            Ok(serde_json::Value::Null) => None,
            _ => Some(raw.to_owned()),
        }
    }

    /// Whether the register last recorded the finding as found.
    pub fn was_open(&self) -> bool {
        self.raw("found").is_none_or(|r| r.get() != "\"resolved\"")
    }

    /// The snapshots the finding rests on: `documents`, or `snapshot` in a
    /// register written before `documents` existed.
    pub fn documents(&self) -> Vec<String> {
        let list = |k: &str| {
            self.raw(k)
                .and_then(|r| serde_json::from_str::<Vec<String>>(r.get()).ok())
        };
        list("documents")
            .filter(|d| !d.is_empty())
            .or_else(|| self.text("snapshot").map(|s| vec![s]))
            .unwrap_or_default()
    }

    /// Whether `audit` read every document the finding rests on, so that
    /// its absence from the audit means it is gone.
    pub fn read_by(&self, audit: &Audit) -> bool {
        let docs = self.documents();
        !docs.is_empty()
            && docs
                .iter()
                .all(|d| audit.snapshots.iter().any(|s| s.id.as_str() == d))
    }
}

/// A register file as read.
#[derive(Debug, Clone, Default)]
pub struct Register {
    /// The path as given.
    pub origin: String,
    /// `written`, if the file has it.
    pub written: Option<String>,
    /// The entries, in file order.
    pub entries: Vec<RegisterEntry>,
}

/// The file's top level, entries as raw fields.
#[derive(Deserialize)]
struct RawDoc {
    #[serde(rename = "format")]
    _format: String,
    #[serde(default)]
    written: Option<String>,
    entries: Vec<RawEntry>,
}

impl crate::snapshot::Versioned for RawDoc {
    fn format_tag(&self) -> &str {
        &self._format
    }
}

struct RawEntry(Vec<(String, Box<RawValue>)>);

impl<'de> Deserialize<'de> for RawEntry {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawEntry;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object (one register entry)")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<RawEntry, A::Error> {
                let mut v = Vec::new();
                while let Some((k, raw)) = m.next_entry::<String, Box<RawValue>>()? {
                    v.push((k, raw));
                }
                Ok(RawEntry(v))
            }
        }
        d.deserialize_map(V)
    }
}

impl Register {
    /// Read a register from its bytes; `origin` names it in messages.
    pub fn parse(origin: &str, bytes: &[u8]) -> Result<Register, Issue> {
        let (doc, text): (RawDoc, String) = parse_versioned(origin, bytes, REGISTER_FORMAT, None)?;
        let loc = Locator::new(&text);
        let at = |path: &[crate::snapshot::Seg]| {
            let (line, col) = loc.line_col(path);
            Location::new(origin, line, col)
        };
        let mut seen = HashSet::new();
        let mut entries = Vec::with_capacity(doc.entries.len());
        for (i, RawEntry(fields)) in doc.entries.into_iter().enumerate() {
            let get = |k: &str| fields.iter().find(|(f, _)| f == k).map(|(_, v)| v.get());
            let id: String = get("id")
                .and_then(|raw| serde_json::from_str::<String>(raw).ok())
                .filter(|id| !id.is_empty())
                .ok_or_else(|| {
                    Issue::new(
                        at(&crate::jpath!["entries", i, "id"]),
                        Text::new(Msg::IssueRegisterId, vec![]),
                    )
                })?;
            let status: FollowUpStatus = match get("status") {
                None => FollowUpStatus::Open,
                Some(raw) => serde_json::from_str(raw).map_err(|_| {
                    Issue::new(
                        at(&crate::jpath!["entries", i, "status"]),
                        Text::new(Msg::IssueRegisterStatus, vec![("value", raw.into())]),
                    )
                })?,
            };
            if !seen.insert(id.clone()) {
                return Err(Issue::new(
                    at(&crate::jpath!["entries", i, "id"]),
                    Text::new(Msg::IssueRegisterDuplicate, vec![("id", id.into())]),
                ));
            }
            entries.push(RegisterEntry {
                id: FindingId(id),
                status,
                fields,
            });
        }
        Ok(Register {
            origin: origin.to_owned(),
            written: doc.written,
            entries,
        })
    }

    /// The entry of finding `id`.
    pub fn get(&self, id: &FindingId) -> Option<&RegisterEntry> {
        self.entries.iter().find(|e| &e.id == id)
    }

    /// The entries by id, for many lookups.
    pub fn by_id(&self) -> BTreeMap<&FindingId, &RegisterEntry> {
        self.entries.iter().map(|e| (&e.id, e)).collect()
    }
}

/// How a finding stands against the register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    /// Found now, not in the register.
    New,
    /// Found now and in the register.
    StillOpen,
    /// In the register as found; now resolved or no longer reported.
    ResolvedSince,
}

impl Change {
    /// The catalogue label.
    pub fn msg(self) -> Msg {
        match self {
            Change::New => Msg::RegisterNew,
            Change::StillOpen => Msg::RegisterStillOpen,
            Change::ResolvedSince => Msg::RegisterResolvedSince,
        }
    }
}

/// The audit against a register: each finding's change, and the register
/// entries resolved since it was written whose finding is gone entirely.
#[derive(Debug, Clone, Default)]
pub struct Comparison {
    /// Per finding id in the audit: its change (`None`: resolved both in
    /// the register and now, or resolved and never registered).
    pub changes: BTreeMap<FindingId, Change>,
    /// Register entries the audit no longer reports at all, that the
    /// register still had as found, and whose documents the audit read.
    pub gone: Vec<RegisterEntry>,
    /// Register entries still found when it was written that rest on a
    /// document this audit did not read: neither found nor gone, left as
    /// they were.
    pub unread: Vec<RegisterEntry>,
}

impl Comparison {
    /// Count of each change, `gone` included in `ResolvedSince`.
    pub fn counts(&self) -> (usize, usize, usize) {
        let n = |c| self.changes.values().filter(|x| **x == c).count();
        (
            n(Change::New),
            n(Change::StillOpen),
            n(Change::ResolvedSince) + self.gone.len(),
        )
    }
}

/// Compare `audit` with `register`.
pub fn compare(audit: &Audit, register: &Register) -> Comparison {
    let by_id = register.by_id();
    let mut out = Comparison::default();
    for f in &audit.findings {
        let change = match (by_id.get(&f.id), f.state) {
            (None, FindingState::Open) => Some(Change::New),
            (Some(_), FindingState::Open) => Some(Change::StillOpen),
            (Some(e), FindingState::Resolved) if e.was_open() => Some(Change::ResolvedSince),
            _ => None,
        };
        if let Some(c) = change {
            out.changes.insert(f.id.clone(), c);
        }
    }
    let present: HashSet<&FindingId> = audit.findings.iter().map(|f| &f.id).collect();
    let (gone, unread) = register
        .entries
        .iter()
        .filter(|e| !present.contains(&e.id) && e.was_open())
        .cloned()
        .partition(|e| e.read_by(audit));
    out.gone = gone;
    out.unread = unread;
    out
}

/// The register after this audit, as JSON text, and its number of entries:
/// every entry kept (in file order, new findings after them in the
/// audit's order), machine fields refreshed, human fields copied as written.
pub fn updated_register(
    audit: &Audit,
    register: Option<&Register>,
    today: NaiveDate,
) -> (String, usize) {
    let today_s = today.to_string();
    let by_id: BTreeMap<&FindingId, &Finding> = audit.findings.iter().map(|f| (&f.id, f)).collect();
    let mut entries: Vec<Vec<(String, String)>> = Vec::new();
    let mut known = HashSet::new();
    if let Some(r) = register {
        for e in &r.entries {
            known.insert(&e.id);
            let kept: Vec<(String, String)> = e
                .fields
                .iter()
                .map(|(k, v)| (k.clone(), v.get().to_owned()))
                .collect();
            let machine = match by_id.get(&e.id) {
                Some(f) => machine_fields(f, e.raw("first_seen").map(|r| r.get()), e, &today_s),
                None if e.read_by(audit) => gone_fields(e, &today_s),
                // not looked for: kept exactly as it was
                None => {
                    entries.push(kept);
                    continue;
                }
            };
            entries.push(join(machine, kept));
        }
    }
    for f in audit.findings.iter().filter(|f| !known.contains(&f.id)) {
        let machine = machine_fields(f, None, &RegisterEntry::blank(), &today_s);
        let human = ["status", "owner", "due", "case", "note"]
            .iter()
            .map(|k| {
                let v = if *k == "status" { "\"open\"" } else { "\"\"" };
                (k.to_string(), v.to_owned())
            })
            .collect();
        entries.push(join(machine, human));
    }
    let mut s = String::new();
    s.push_str("{\n");
    s.push_str(&format!("  \"format\": {},\n", json_str(REGISTER_FORMAT)));
    s.push_str(&format!("  \"written\": {},\n", json_str(&today_s)));
    s.push_str("  \"entries\": [");
    for (i, e) in entries.iter().enumerate() {
        s.push_str(if i == 0 { "\n" } else { ",\n" });
        s.push_str("    {\n");
        for (j, (k, v)) in e.iter().enumerate() {
            let comma = if j + 1 < e.len() { "," } else { "" };
            s.push_str(&format!("      {}: {v}{comma}\n", json_str(k)));
        }
        s.push_str("    }");
    }
    s.push_str(if entries.is_empty() { "]\n" } else { "\n  ]\n" });
    s.push_str("}\n");
    (s, entries.len())
}

impl RegisterEntry {
    fn blank() -> RegisterEntry {
        RegisterEntry {
            id: FindingId(String::new()),
            status: FollowUpStatus::Open,
            fields: Vec::new(),
        }
    }
}

fn json_str(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_owned())
}

fn json<T: Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "null".to_owned())
}

/// Machine fields first (in [`MACHINE_FIELDS`] order), then every other
/// field as it was.
fn join(machine: Vec<(String, String)>, kept: Vec<(String, String)>) -> Vec<(String, String)> {
    let mut out = machine;
    out.extend(
        kept.into_iter()
            .filter(|(k, _)| !MACHINE_FIELDS.contains(&k.as_str())),
    );
    out
}

fn machine_fields(
    f: &Finding,
    first_seen: Option<&str>,
    old: &RegisterEntry,
    today: &str,
) -> Vec<(String, String)> {
    let mut v = vec![
        ("id".to_owned(), json(&f.id)),
        ("code".to_owned(), json(&f.code)),
        ("arrangement".to_owned(), json(&f.arrangement)),
        ("snapshot".to_owned(), json(&f.snapshot)),
        ("documents".to_owned(), json(&finding_documents(f))),
        ("municipalities".to_owned(), json(&f.municipalities)),
        ("summary".to_owned(), json(&f.message)),
        (
            "found".to_owned(),
            json(&match f.state {
                FindingState::Open => Found::Open,
                FindingState::Resolved => Found::Resolved,
            }),
        ),
        (
            "first_seen".to_owned(),
            first_seen.map_or_else(|| json_str(today), str::to_owned),
        ),
    ];
    if f.state == FindingState::Resolved {
        let on = match old.raw("resolved_on") {
            Some(r) if !old.was_open() => r.get().to_owned(),
            _ => json_str(today),
        };
        v.push(("resolved_on".to_owned(), on));
        if let Some(e) = &f.resolved_by {
            let lines: Vec<String> = e.lines.iter().map(|l| l.to_string()).collect();
            v.push((
                "resolved_by".to_owned(),
                json_str(&format!(
                    "{} {}:{}  {}",
                    e.snapshot,
                    e.source,
                    lines.join(","),
                    e.excerpt
                )),
            ));
        }
    }
    v
}

/// The snapshots a finding rests on: its own and its evidence's, sorted.
pub fn finding_documents(f: &Finding) -> Vec<SnapshotId> {
    let mut v: Vec<SnapshotId> = std::iter::once(f.snapshot.clone())
        .chain(f.evidence.iter().map(|e| e.snapshot.clone()))
        .collect();
    v.sort();
    v.dedup();
    v
}

/// The machine fields of an entry the audit no longer reports: as they
/// were, marked resolved (on the day it was first seen gone).
fn gone_fields(e: &RegisterEntry, today: &str) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = MACHINE_FIELDS
        .iter()
        .filter(|k| !matches!(**k, "found" | "resolved_on"))
        .filter_map(|k| e.raw(k).map(|r| (k.to_string(), r.get().to_owned())))
        .collect();
    let at = v
        .iter()
        .position(|(k, _)| k == "first_seen")
        .map_or(v.len(), |i| i + 1);
    let on = match e.raw("resolved_on") {
        Some(r) if !e.was_open() => r.get().to_owned(),
        _ => json_str(today),
    };
    v.insert(at, ("resolved_on".to_owned(), on));
    v.insert(at, ("found".to_owned(), json(&Found::Resolved)));
    v
}

/// A register beside an audit: what renderers show.
#[derive(Debug, Clone)]
pub struct RegisterView {
    /// The register as read (empty when the file does not exist yet).
    pub register: Register,
    /// The audit compared with it.
    pub comparison: Comparison,
}

/// One finding's register state, for renderers (xlsx, docx included).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegisterState {
    /// New, still open or resolved since.
    pub change: Option<Change>,
    /// Where the committee stands, when registered.
    pub status: Option<FollowUpStatus>,
    /// Owner, due date, case number and note, each when filled in.
    pub owner: Option<String>,
    /// Due date.
    pub due: Option<String>,
    /// Case number.
    pub case: Option<String>,
    /// Note.
    pub note: Option<String>,
}

impl RegisterView {
    /// Compare `audit` with `register`.
    pub fn new(audit: &Audit, register: Register) -> RegisterView {
        let comparison = compare(audit, &register);
        RegisterView {
            register,
            comparison,
        }
    }

    /// Finding `f`'s register state.
    pub fn state(&self, f: &Finding) -> RegisterState {
        let e = self.register.get(&f.id);
        RegisterState {
            change: self.comparison.changes.get(&f.id).copied(),
            status: e.map(|e| e.status),
            owner: e.and_then(|e| e.text("owner")),
            due: e.and_then(|e| e.text("due")),
            case: e.and_then(|e| e.text("case")),
            note: e.and_then(|e| e.text("note")),
        }
    }

    /// `still open · asked · owner: … · due: …`, in the reader's language.
    pub fn state_text(&self, f: &Finding, cat: &crate::i18n::Catalog) -> String {
        let st = self.state(f);
        let mut parts = Vec::new();
        if let Some(c) = st.change {
            parts.push(cat.text(c.msg()));
        }
        if let Some(s) = st.status {
            parts.push(format!(
                "{}: {}",
                cat.text(Msg::RegisterStatus),
                cat.text(s.msg())
            ));
        }
        for (msg, v) in [
            (Msg::RegisterOwner, &st.owner),
            (Msg::RegisterDue, &st.due),
            (Msg::RegisterCase, &st.case),
            (Msg::RegisterNote, &st.note),
        ] {
            if let Some(v) = v {
                parts.push(format!("{}: {}", cat.text(msg), v));
            }
        }
        parts.join(" · ")
    }

    /// `register FILE: 3 new, 10 still open, 1 resolved since it was written`.
    pub fn summary(&self, cat: &crate::i18n::Catalog) -> String {
        let (new, open, resolved) = self.comparison.counts();
        cat.get(
            Msg::RegisterSummary,
            &[
                ("path", self.register.origin.as_str().into()),
                ("new", new.into()),
                ("open", open.into()),
                ("resolved", resolved.into()),
            ],
        )
    }
}
