//! Parse and check a registry file: every problem collected as an
//! [`Issue`] at `path:line:col`, like a snapshot's.

use std::collections::{BTreeMap, BTreeSet};

use crate::error::Issue;
use crate::i18n::{Msg, Text, TextArg};
use crate::jpath;
use crate::model::is_valid_id;
use crate::snapshot::{LocatedIssues, Seg, fold_whitespace, what};

use super::model::{REGISTRY_FORMAT, RegistryFile};

/// Change kinds an event may name in `explains.kinds`: the diff's JSON
/// names of changes of an existing arrangement or its ending.
pub const EXPLAINABLE_KINDS: [&str; 12] = [
    "ended",
    "renamed",
    "category_changed",
    "legal_form_changed",
    "host_changed",
    "participant_joined",
    "participant_left",
    "partner_joined",
    "partner_left",
    "comment_changed",
    "status_changed",
    "added",
];

/// Parse `bytes` as a registry file: text, JSON, the `format` tag and the
/// schema. Semantic checks are [`validate_registry`]'s job.
pub fn parse_registry(path: &str, bytes: &[u8]) -> Result<(RegistryFile, String), Issue> {
    crate::snapshot::parse_versioned(path, bytes, REGISTRY_FORMAT, None)
}

/// The issue collector of one registry file.
type Checker<'a> = LocatedIssues<'a>;

/// Record `key` under `kind` in `seen`; report it if seen before.
trait Unique {
    /// Report `key` at `at` if `seen` already has it, else remember it.
    fn unique(
        &mut self,
        seen: &mut BTreeMap<String, Vec<Seg>>,
        key: String,
        at: Vec<Seg>,
        what: TextArg,
    );
}

impl Unique for LocatedIssues<'_> {
    /// Record `key` under `kind`; report it if seen before.
    fn unique(
        &mut self,
        seen: &mut BTreeMap<String, Vec<Seg>>,
        key: String,
        at: Vec<Seg>,
        what: TextArg,
    ) {
        if let Some(first) = seen.get(&key) {
            let line = self.line_of(first);
            self.at(
                at,
                Text::new(
                    Msg::IssueDuplicate,
                    vec![("what", what), ("key", key.into()), ("line", line.into())],
                ),
            );
        } else {
            seen.insert(key, at);
        }
    }
}

/// Check a parsed registry (read from `text` at `path`): ids, references
/// between entries, dates, cycles. Returns every issue found, sorted.
pub fn validate_registry(path: &str, text: &str, r: &RegistryFile) -> Vec<Issue> {
    let mut c = Checker::new(path, text);
    let events: BTreeSet<&str> = r.events.iter().map(|e| e.id.as_str()).collect();
    let forms: BTreeSet<&str> = r.forms.iter().map(|f| f.id.as_str()).collect();
    let event_list = || events.iter().copied().collect::<Vec<_>>().join(", ");

    let mut seen = BTreeMap::new();
    for (i, e) in r.events.iter().enumerate() {
        check_entry(
            &mut c,
            &mut seen,
            "events",
            i,
            &e.id,
            &e.source,
            Entry::Event,
        );
        if let Some(x) = &e.explains {
            for (k, kind) in x.kinds.iter().enumerate() {
                if !EXPLAINABLE_KINDS.contains(&kind.as_str()) {
                    c.at(
                        jpath!["events", i, "explains", "kinds", k],
                        unknown_change_kind(kind, &EXPLAINABLE_KINDS.join(", ")),
                    );
                }
            }
            if x.kinds.is_empty() || x.name_contains.iter().all(|w| w.trim().is_empty()) {
                c.at(jpath!["events", i, "explains"], Msg::IssueExplainsEmpty);
            }
        }
    }

    let mut seen = BTreeMap::new();
    for (i, f) in r.forms.iter().enumerate() {
        check_entry(&mut c, &mut seen, "forms", i, &f.id, &f.source, Entry::Form);
        if let Some(rl) = &f.relabelled_as {
            check_form_ref(
                &mut c,
                &forms,
                &rl.form,
                jpath!["forms", i, "relabelled_as", "form"].to_vec(),
            );
            if rl.form == f.id {
                c.at(
                    jpath!["forms", i, "relabelled_as", "form"],
                    Text::new(
                        Msg::IssueRelabelledAsItself,
                        vec![("form", f.id.as_str().into())],
                    ),
                );
            }
            if !events.contains(rl.event.as_str()) {
                c.at(
                    jpath!["forms", i, "relabelled_as", "event"],
                    unknown_event(&rl.event, &event_list()),
                );
            }
        }
        if let Some(cv) = &f.must_convert {
            for (k, to) in cv.to.iter().enumerate() {
                check_form_ref(
                    &mut c,
                    &forms,
                    to,
                    jpath!["forms", i, "must_convert", "to", k].to_vec(),
                );
            }
            for (key, ev) in [
                ("from_event", &cv.from_event),
                ("deadline_event", &cv.deadline_event),
            ] {
                if !events.contains(ev.as_str()) {
                    c.at(
                        jpath!["forms", i, "must_convert", key],
                        unknown_event(ev, &event_list()),
                    );
                }
            }
            let date = |id: &str| r.events.iter().find(|e| e.id == id).map(|e| e.date);
            if let (Some(a), Some(b)) = (date(&cv.from_event), date(&cv.deadline_event))
                && b.latest() < a.earliest()
            {
                c.at(
                    jpath!["forms", i, "must_convert", "deadline_event"],
                    Text::new(
                        Msg::IssueDeadlineBeforeStart,
                        vec![
                            ("deadline", b.to_string().into()),
                            ("start", a.to_string().into()),
                        ],
                    ),
                );
            }
        }
        if f.relabelled_as.is_some() && f.must_convert.is_some() {
            c.at(
                jpath!["forms", i],
                Text::new(
                    Msg::IssueRelabelledAndConverted,
                    vec![("form", f.id.as_str().into())],
                ),
            );
        }
    }
    check_relabel_cycles(&mut c, r);

    let mut seen = BTreeMap::new();
    for (i, s) in r.spellings.iter().enumerate() {
        if s.printed.trim().is_empty() {
            c.at(jpath!["spellings", i, "printed"], Msg::IssueEmptySpelling);
        }
        c.unique(
            &mut seen,
            fold_whitespace(&s.printed),
            jpath!["spellings", i, "printed"].to_vec(),
            what("spelling", "skrivemåte"),
        );
        check_form_ref(
            &mut c,
            &forms,
            &s.form,
            jpath!["spellings", i, "form"].to_vec(),
        );
        check_source(&mut c, &s.source, jpath!["spellings", i, "source"].to_vec());
    }

    let mut seen = BTreeMap::new();
    let mut names = BTreeMap::new();
    for (i, o) in r.organisations.iter().enumerate() {
        check_entry(
            &mut c,
            &mut seen,
            "organisations",
            i,
            &o.id,
            &o.source,
            Entry::Organisation,
        );
        c.unique(
            &mut names,
            fold_whitespace(&o.name).to_lowercase(),
            jpath!["organisations", i, "name"].to_vec(),
            what("organisation name", "organisasjonsnavn"),
        );
        for (k, a) in o.aliases.iter().enumerate() {
            c.unique(
                &mut names,
                fold_whitespace(a).to_lowercase(),
                jpath!["organisations", i, "aliases", k].to_vec(),
                what("organisation name", "organisasjonsnavn"),
            );
        }
        if let (Some(a), Some(b)) = (o.exists_from, o.exists_until)
            && b.latest() < a.earliest()
        {
            c.at(
                jpath!["organisations", i, "exists_until"],
                Text::new(
                    Msg::IssueCeasesBeforeExists,
                    vec![
                        ("id", o.id.as_str().into()),
                        ("until", b.to_string().into()),
                        ("from", a.to_string().into()),
                    ],
                ),
            );
        }
    }

    let orgs: BTreeMap<&str, &super::model::OrganisationDef> =
        r.organisations.iter().map(|o| (o.id.as_str(), o)).collect();
    let org_list = || orgs.keys().copied().collect::<Vec<_>>().join(", ");
    let mut seen = BTreeMap::new();
    for (i, s) in r.successions.iter().enumerate() {
        check_entry(
            &mut c,
            &mut seen,
            "successions",
            i,
            &s.id,
            &s.source,
            Entry::Succession,
        );
        if s.from.is_empty() {
            c.at(
                jpath!["successions", i, "from"],
                Msg::IssueSuccessionNoPredecessor,
            );
        }
        if let Some(ev) = &s.event
            && !events.contains(ev.as_str())
        {
            c.at(
                jpath!["successions", i, "event"],
                unknown_event(ev, &event_list()),
            );
        }
        match orgs.get(s.to.as_str()) {
            None => c.at(
                jpath!["successions", i, "to"],
                unknown_organisation(&s.to, &org_list()),
            ),
            Some(o) => {
                if let Some(from) = o.exists_from
                    && from.earliest() > s.date.latest()
                {
                    c.at(
                        jpath!["successions", i, "date"],
                        Text::new(
                            Msg::IssueSuccessorLater,
                            vec![
                                ("date", s.date.to_string().into()),
                                ("successor", o.id.as_str().into()),
                                ("from", from.to_string().into()),
                            ],
                        ),
                    );
                }
            }
        }
        for (k, p) in s.from.iter().enumerate() {
            let at = jpath!["successions", i, "from", k];
            match orgs.get(p.as_str()) {
                None => c.at(at, unknown_organisation(p, &org_list())),
                Some(o) => {
                    if let Some(from) = o.exists_from
                        && s.date.latest() < from.earliest()
                    {
                        c.at(
                            jpath!["successions", i, "date"],
                            Text::new(
                                Msg::IssuePredecessorLater,
                                vec![
                                    ("date", s.date.to_string().into()),
                                    ("predecessor", p.as_str().into()),
                                    ("from", from.to_string().into()),
                                ],
                            ),
                        );
                    }
                    if let Some(until) = o.exists_until
                        && until.earliest() >= s.date.earliest()
                    {
                        c.at(
                            jpath!["successions", i, "date"],
                            Text::new(
                                Msg::IssuePredecessorStillExists,
                                vec![
                                    ("date", s.date.to_string().into()),
                                    ("predecessor", p.as_str().into()),
                                    ("until", until.to_string().into()),
                                ],
                            ),
                        );
                    }
                    if *p == s.to {
                        c.at(
                            at,
                            Text::new(
                                Msg::IssueSucceedsItself,
                                vec![("organisation", p.as_str().into())],
                            ),
                        );
                    }
                }
            }
        }
    }
    check_succession_cycles(&mut c, r);

    let mut seen = BTreeMap::new();
    for (i, t) in r.title_changes.iter().enumerate() {
        check_entry(
            &mut c,
            &mut seen,
            "title_changes",
            i,
            &t.id,
            &t.source,
            Entry::TitleChange,
        );
        if t.old.is_empty()
            || t.new.is_empty()
            || t.old.iter().chain(&t.new).any(|w| w.trim().is_empty())
        {
            c.at(jpath!["title_changes", i], Msg::IssueTitleChangeWords);
        }
        if !events.contains(t.event.as_str()) {
            c.at(
                jpath!["title_changes", i, "event"],
                unknown_event(&t.event, &event_list()),
            );
        }
    }
    c.issues.sort();
    c.issues.dedup();
    c.issues
}

/// The checks every entry of a registry list gets: a well-formed id, unique
/// within its list, and a non-empty source.
fn check_entry(
    c: &mut Checker,
    seen: &mut BTreeMap<String, Vec<Seg>>,
    list: &str,
    i: usize,
    id: &str,
    source: &str,
    entry: Entry,
) {
    check_id(c, id, jpath![list, i, "id"].to_vec(), entry);
    c.unique(
        seen,
        id.to_owned(),
        jpath![list, i, "id"].to_vec(),
        entry.id_words(),
    );
    check_source(c, source, jpath![list, i, "source"].to_vec());
}

fn check_id(c: &mut Checker, id: &str, at: Vec<Seg>, entry: Entry) {
    if !is_valid_id(id) {
        c.at(at, crate::snapshot::invalid_id(entry.words(), id));
    }
}

fn check_source(c: &mut Checker, source: &str, at: Vec<Seg>) {
    if source.trim().is_empty() {
        c.at(at, Msg::IssueEmptySource);
    }
}

fn check_form_ref(c: &mut Checker, forms: &BTreeSet<&str>, id: &str, at: Vec<Seg>) {
    if !forms.contains(id) {
        c.at(
            at,
            Text::new(
                Msg::IssueUnknownForm,
                vec![
                    ("form", id.into()),
                    (
                        "expected",
                        forms.iter().copied().collect::<Vec<_>>().join(", ").into(),
                    ),
                ],
            ),
        );
    }
}

/// The kinds of registry list entry, named in messages.
#[derive(Debug, Clone, Copy)]
enum Entry {
    Event,
    Form,
    Organisation,
    Succession,
    TitleChange,
}

impl Entry {
    /// `event`, `hendelse`.
    fn words(self) -> TextArg {
        let (en, nb) = self.names();
        what(en, nb)
    }

    /// `event id`, `id for hendelse`.
    fn id_words(self) -> TextArg {
        let (en, nb) = self.names();
        what(&format!("{en} id"), &format!("id for {nb}"))
    }

    fn names(self) -> (&'static str, &'static str) {
        match self {
            Entry::Event => ("event", "hendelse"),
            Entry::Form => ("form", "organisasjonsform"),
            Entry::Organisation => ("organisation", "organisasjon"),
            Entry::Succession => ("succession", "etterfølging"),
            Entry::TitleChange => ("title change", "navneendring"),
        }
    }
}

fn unknown_event(event: &str, expected: &str) -> Text {
    Text::new(
        Msg::IssueUnknownEvent,
        vec![("event", event.into()), ("expected", expected.into())],
    )
}

fn unknown_organisation(org: &str, expected: &str) -> Text {
    Text::new(
        Msg::IssueUnknownOrganisation,
        vec![("organisation", org.into()), ("expected", expected.into())],
    )
}

/// `unknown change kind `KIND`: expected one of LIST`.
pub(crate) fn unknown_change_kind(kind: &str, expected: &str) -> Text {
    Text::new(
        Msg::UnknownChangeKind,
        vec![("kind", kind.into()), ("expected", expected.into())],
    )
}

/// A relabel chain that comes back to its start would make two forms each
/// other's relabel, so every change between them would vanish.
fn check_relabel_cycles(c: &mut Checker, r: &RegistryFile) {
    let next: BTreeMap<&str, &str> = r
        .forms
        .iter()
        .filter_map(|f| {
            f.relabelled_as
                .as_ref()
                .map(|rl| (f.id.as_str(), rl.form.as_str()))
        })
        .collect();
    for (i, f) in r.forms.iter().enumerate() {
        let mut at = f.id.as_str();
        let mut chain = vec![at];
        while let Some(&n) = next.get(at) {
            if n == f.id {
                chain.push(n);
                c.at(
                    jpath!["forms", i, "relabelled_as"],
                    Text::new(
                        Msg::IssueCyclicRelabelling,
                        vec![("chain", chain.join(" → ").into())],
                    ),
                );
                break;
            }
            if chain.contains(&n) {
                break;
            }
            chain.push(n);
            at = n;
        }
    }
}

/// Successions form a graph predecessor → successor; a cycle means an
/// organisation would succeed itself.
fn check_succession_cycles(c: &mut Checker, r: &RegistryFile) {
    let mut edges: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for s in &r.successions {
        for p in &s.from {
            edges.entry(p.as_str()).or_default().insert(s.to.as_str());
        }
    }
    for (i, s) in r.successions.iter().enumerate() {
        // Is any predecessor reachable from the successor?
        for p in &s.from {
            if p == &s.to {
                continue; // reported as "succeeds itself"
            }
            if let Some(path) = find_path(&edges, s.to.as_str(), p.as_str()) {
                let mut chain = vec![p.as_str()];
                chain.extend(path);
                c.at(
                    jpath!["successions", i],
                    Text::new(
                        Msg::IssueCyclicSuccession,
                        vec![("chain", chain.join(" → ").into())],
                    ),
                );
            }
        }
    }
}

/// A path `from` → … → `to` in `edges` (breadth-first, in sorted order, so
/// the reported chain is deterministic).
fn find_path<'a>(
    edges: &BTreeMap<&'a str, BTreeSet<&'a str>>,
    from: &'a str,
    to: &'a str,
) -> Option<Vec<&'a str>> {
    let mut prev: BTreeMap<&str, &str> = BTreeMap::new();
    let mut queue = std::collections::VecDeque::from([from]);
    let mut seen = BTreeSet::from([from]);
    while let Some(n) = queue.pop_front() {
        if n == to {
            let mut path = vec![n];
            let mut cur = n;
            while let Some(&p) = prev.get(cur) {
                path.push(p);
                cur = p;
            }
            path.reverse();
            return Some(path);
        }
        for &m in edges.get(n).into_iter().flatten() {
            if seen.insert(m) {
                prev.insert(m, n);
                queue.push_back(m);
            }
        }
    }
    None
}
