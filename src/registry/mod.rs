//! The domain registry: legal-form vocabulary, printed spellings,
//! organisations and their successions, titles renamed by law, and dated
//! events that explain changes.
//!
//! The registry is data (`snapshots/registry.json`, format
//! `samdiff-registry/1`), built into the binary like the snapshots and
//! replaceable with `--registry FILE`. It is validated like a snapshot:
//! every problem is an [`Issue`] at `path:line:col`.
//!
//! ```
//! use samdiff::registry::{Registry, Window, FormLink};
//! use chrono::NaiveDate;
//!
//! let reg = Registry::embedded().expect("the built-in registry is valid");
//! let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
//! let w = Window::new(d("2019-01-01"), d("2021-01-01"));
//! // `§ 28 – 1B` became `Kommuneloven` (ch. 20) with the 2018 act: a relabel.
//! assert!(matches!(reg.relate_forms("kl1992-s28-1b", "kl2018-vertskommune", w),
//!     FormLink::Relabel { .. }));
//! assert_eq!(reg.spelling("27?").map(|s| (s.form.as_str(), s.uncertain)),
//!     Some(("kl1992-s27", true)));
//! ```

mod knowledge;
mod model;
mod validate;

pub use model::{
    CommentVocabulary, Conversion, EventDef, EventScope, FormDef, OrganisationDef,
    OrganisationKind, REGISTRY_FORMAT, RegistryFile, Relabel, SpellingDef, SuccessionDef,
    TitleChangeDef,
};
pub(crate) use validate::unknown_change_kind;
pub use validate::{EXPLAINABLE_KINDS, parse_registry, validate_registry};

use chrono::NaiveDate;
use std::collections::HashMap;
use std::path::Path;

use crate::error::{Error, Issue, Location};
use crate::model::PartialDate;
use crate::snapshot::{EMBEDDED, REGISTRY_FILE, fold_whitespace, words};

/// A validated registry and the file it came from.
#[derive(Debug, Clone)]
pub struct Registry {
    file: RegistryFile,
    origin: String,
    /// Folded spellings and organisation names, made on first use: a
    /// register looks up a form per row and a partner per change.
    folded: std::sync::OnceLock<Folded>,
}

/// The registry's names folded once ([`fold_whitespace`], and lowercase).
#[derive(Debug, Clone)]
struct Folded {
    /// Per spelling: folded, and folded lowercase.
    spellings: Vec<(String, String)>,
    /// Each organisation's name and aliases, folded lowercase, with the
    /// first organisation that has it: a register asks about every part
    /// of every comment.
    organisation_by_name: HashMap<String, usize>,
    /// Finds any status phrase of the comment vocabulary in a lower-case
    /// sentence at once: every comment of a register is asked.
    status_phrases: aho_corasick::AhoCorasick,
}

/// The span of time between two snapshots, inclusive, in date order
/// whichever side is given first (so swapping the sides of a diff asks the
/// same question).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Window {
    /// The earlier bound.
    pub from: NaiveDate,
    /// The later bound.
    pub to: NaiveDate,
}

impl Window {
    /// The window between two days, in either order.
    pub fn new(a: NaiveDate, b: NaiveDate) -> Window {
        Window {
            from: a.min(b),
            to: a.max(b),
        }
    }

    /// Whether an event dated `d` may have happened inside the window.
    pub fn admits(&self, d: PartialDate) -> bool {
        d.latest() >= self.from && d.earliest() <= self.to
    }
}

/// How two normalised legal forms relate, according to the registry.
#[derive(Debug, Clone, PartialEq)]
pub enum FormLink<'r> {
    /// The same form.
    Same,
    /// The same legal basis under a new label, by `event`. `vague` is set
    /// when the new label names only the act (`Kommuneloven`), which fits
    /// the continued form without proving it.
    Relabel {
        /// The event that relabelled the form.
        event: &'r EventDef,
        /// The later label names only the act.
        vague: bool,
    },
    /// A conversion the law required (`§ 27` → kommunalt oppgavefellesskap):
    /// substantive, but explained by `event`.
    Conversion {
        /// The event that started the conversion period.
        event: &'r EventDef,
    },
    /// A substantive change the registry does not explain.
    Change,
}

/// A reason from the registry, in both languages, with the entry it
/// comes from.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Explanation {
    /// One English sentence.
    pub text_en: String,
    /// The same in Norwegian (bokmål).
    pub text_nb: String,
    /// The registry entry (`events/county-merger-2020`).
    pub source: String,
}

/// A form that must be converted by a deadline, with its events resolved.
#[derive(Debug, Clone, Copy)]
pub struct ConversionRule<'r> {
    /// The form that must be converted.
    pub form: &'r FormDef,
    /// The forms it may become.
    pub to: &'r [String],
    /// When the conversion period starts.
    pub starts: &'r EventDef,
    /// The deadline.
    pub deadline: &'r EventDef,
    /// A further lawful target described in words (English), if any.
    pub or_else_en: &'r Option<String>,
    /// The same in bokmål.
    pub or_else_nb: &'r Option<String>,
}

impl Registry {
    /// The registry built into the binary (`snapshots/registry.json`).
    pub fn embedded() -> Result<Registry, Error> {
        let origin = format!("embedded:{REGISTRY_FILE}");
        let file = EMBEDDED.get_file(REGISTRY_FILE).ok_or_else(|| {
            Error::Invalid(vec![Issue::new(
                Location::start(&origin),
                crate::i18n::Msg::IssueNoEmbeddedRegistry,
            )])
        })?;
        Registry::from_bytes(&origin, file.contents()).map_err(Error::Invalid)
    }

    /// Read and validate a registry file.
    pub fn load(path: &Path) -> Result<Registry, Error> {
        let shown = path.display().to_string();
        let bytes = crate::input::read_input(path, &shown).map_err(|e| e.into_error(&shown))?;
        Registry::from_bytes(&path.display().to_string(), &bytes).map_err(Error::Invalid)
    }

    /// The registry to use with a snapshot directory: its `registry.json`
    /// if it has one, else the built-in one.
    pub fn for_dir(dir: &Path) -> Result<Registry, Error> {
        let p = dir.join(REGISTRY_FILE);
        match std::fs::metadata(&p) {
            Ok(_) => Registry::load(&p),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Registry::embedded(),
            Err(e) => Err(Error::Invalid(vec![Issue::new(
                Location::start(p.display().to_string()),
                crate::snapshot::cannot_read(&e),
            )])),
        }
    }

    /// Parse and validate registry bytes; `origin` names the file in issues.
    pub fn from_bytes(origin: &str, bytes: &[u8]) -> Result<Registry, Vec<Issue>> {
        let (file, text) = parse_registry(origin, bytes).map_err(|i| vec![i])?;
        let issues = validate_registry(origin, &text, &file);
        if issues.is_empty() {
            Ok(Registry {
                file,
                origin: origin.to_owned(),
                folded: std::sync::OnceLock::new(),
            })
        } else {
            Err(issues)
        }
    }

    /// Where the registry was read from (`embedded:registry.json`).
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// The registry's contents.
    pub fn file(&self) -> &RegistryFile {
        &self.file
    }

    /// The form with this id.
    pub fn form(&self, id: &str) -> Option<&FormDef> {
        self.file.forms.iter().find(|f| f.id == id)
    }

    /// The labels of the registry's terms (every legal form, in both
    /// languages), for the catalogue ([`crate::i18n::Catalog::learn`]), so
    /// human-facing text names a form by its label, never by its id.
    pub fn vocabulary(&self) -> crate::i18n::Vocabulary {
        let mut v = crate::i18n::Vocabulary::new();
        for f in &self.file.forms {
            v.add_term(
                f.id.clone(),
                crate::i18n::Label {
                    en: f.label_en.clone(),
                    nb: f.label_nb.clone(),
                },
            );
        }
        v
    }

    /// The words comment cells use for hosts, partners and notices: this
    /// registry's, or the built-in registry's when this one has none (a
    /// registry written before the vocabulary existed, such as an older
    /// `samdiff init` copy), so such a set is not read as if no comment
    /// named a host.
    pub fn comment_vocabulary(&self) -> &CommentVocabulary {
        static BUILT_IN: std::sync::OnceLock<CommentVocabulary> = std::sync::OnceLock::new();
        let own = &self.file.comment_vocabulary;
        if *own != CommentVocabulary::default() {
            return own;
        }
        BUILT_IN.get_or_init(|| {
            Registry::embedded()
                .map(|r| r.file.comment_vocabulary)
                .unwrap_or_default()
        })
    }

    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&EventDef> {
        self.file.events.iter().find(|e| e.id == id)
    }

    /// [`Self::spelling`] of `printed`, or of a form explained in brackets
    /// whose two parts are spellings of one form ("Vertskommune (§ 20-2)",
    /// "Interkommunalt selskap (IKS)"): then the outer part's.
    pub fn spelling_read(&self, printed: &str) -> Option<&SpellingDef> {
        self.spelling(printed).or_else(|| {
            let (outer, inner) = bracket_parts(printed)?;
            let (a, b) = (self.spelling(outer)?, self.spelling(inner)?);
            (a.form == b.form).then_some(a)
        })
    }

    /// The registered spelling of a printed legal form: exact after folding
    /// whitespace, else ignoring case.
    pub fn spelling(&self, printed: &str) -> Option<&SpellingDef> {
        let p = fold_whitespace(printed);
        let folded = &self.folded().spellings;
        let at = folded.iter().position(|(f, _)| *f == p).or_else(|| {
            let lower = p.to_lowercase();
            folded.iter().position(|(_, l)| *l == lower)
        })?;
        self.file.spellings.get(at)
    }

    fn folded(&self) -> &Folded {
        self.folded.get_or_init(|| self.fold())
    }

    fn fold(&self) -> Folded {
        let mut folded = Folded {
            spellings: self
                .file
                .spellings
                .iter()
                .map(|s| {
                    let f = fold_whitespace(&s.printed);
                    let l = f.to_lowercase();
                    (f, l)
                })
                .collect(),
            status_phrases: {
                let v = self.comment_vocabulary();
                let phrases: Vec<String> = [&v.notice_phrases, &v.ended_phrases, &v.study_phrases]
                    .into_iter()
                    .flatten()
                    .map(|p| p.to_lowercase())
                    .collect();
                // A few dozen short phrases: building cannot fail.
                aho_corasick::AhoCorasick::new(phrases).expect("status phrases")
            },
            organisation_by_name: HashMap::new(),
        };
        for (at, o) in self.file.organisations.iter().enumerate() {
            for name in std::iter::once(&o.name).chain(&o.aliases) {
                let n = fold_whitespace(name).to_lowercase();
                folded.organisation_by_name.entry(n).or_insert(at);
            }
        }
        folded
    }

    /// Whether the lower-case `text` holds any status phrase of the comment
    /// vocabulary (notice, ended, study); a quick test before reading it.
    pub fn names_a_status(&self, lower: &str) -> bool {
        self.folded().status_phrases.is_match(lower)
    }

    /// Whether a curator's normalised form `normalised` is a reading of
    /// `spelling`'s form: the same form, or, when the spelling names only an
    /// act (`vague`), any form of that act.
    pub fn reading_allowed(&self, spelling: &SpellingDef, normalised: &str) -> bool {
        if spelling.form == normalised {
            return true;
        }
        match (self.form(&spelling.form), self.form(normalised)) {
            (Some(s), Some(n)) => s.vague && s.act.is_some() && s.act == n.act,
            _ => false,
        }
    }

    /// The conversion rule of a form, if the law requires it to be converted.
    pub fn conversion_rule(&self, form_id: &str) -> Option<ConversionRule<'_>> {
        let form = self.form(form_id)?;
        let cv = form.must_convert.as_ref()?;
        Some(ConversionRule {
            form,
            to: &cv.to,
            starts: self.event(&cv.from_event)?,
            deadline: self.event(&cv.deadline_event)?,
            or_else_en: &cv.or_else_en,
            or_else_nb: &cv.or_else_nb,
        })
    }

    /// How legal form `a` relates to `b` between two snapshots. Symmetric:
    /// the answer does not depend on which side is earlier.
    pub fn relate_forms(&self, a: &str, b: &str, w: Window) -> FormLink<'_> {
        if a == b {
            return FormLink::Same;
        }
        for (x, y) in [(a, b), (b, a)] {
            if let Some(link) = self.relabel_chain(x, y, w) {
                return link;
            }
        }
        for (x, y) in [(a, b), (b, a)] {
            if let Some(rule) = self.conversion_rule(x)
                && rule.to.iter().any(|t| t == y)
                && w.admits(rule.starts.date)
            {
                return FormLink::Conversion { event: rule.starts };
            }
        }
        FormLink::Change
    }

    /// Follow `relabelled_as` from `from`; a relabel if it reaches `to`, or a
    /// vague form of the same act as a form on the chain.
    fn relabel_chain(&self, from: &str, to: &str, w: Window) -> Option<FormLink<'_>> {
        let target = self.form(to)?;
        let mut cur = self.form(from)?;
        for _ in 0..self.file.forms.len() {
            let rl = cur.relabelled_as.as_ref()?;
            let event = self.event(&rl.event)?;
            if !w.admits(event.date) {
                return None;
            }
            let next = self.form(&rl.form)?;
            if next.id == target.id {
                return Some(FormLink::Relabel {
                    event,
                    vague: false,
                });
            }
            if target.vague && target.act.is_some() && target.act == next.act {
                return Some(FormLink::Relabel { event, vague: true });
            }
            cur = next;
        }
        None
    }

    /// The organisation whose name or alias is `name` (case and whitespace
    /// ignored).
    pub fn organisation(&self, name: &str) -> Option<&OrganisationDef> {
        let by_name = &self.folded().organisation_by_name;
        if by_name.is_empty() {
            return None;
        }
        let n = if name.is_ascii() {
            // Already in NFKC: folded and lowered in one copy.
            let mut n = String::with_capacity(name.len());
            for w in name.split_whitespace() {
                if !n.is_empty() {
                    n.push(' ');
                }
                n.extend(w.bytes().map(|b| char::from(b.to_ascii_lowercase())));
            }
            n
        } else {
            fold_whitespace(name).to_lowercase()
        };
        self.file.organisations.get(*by_name.get(&n)?)
    }

    /// The succession by which organisation `after` took over from
    /// `before` (directly or through several), if one happened in `w`.
    /// Symmetric in the order of the names.
    pub fn succession(&self, before: &str, after: &str, w: Window) -> Option<&SuccessionDef> {
        let (a, b) = (self.organisation(before)?, self.organisation(after)?);
        if a.id == b.id {
            return None;
        }
        self.succession_path(&a.id, &b.id, w)
            .or_else(|| self.succession_path(&b.id, &a.id, w))
    }

    /// First succession on a path `from` → … → `to` whose date lies in `w`.
    fn succession_path(&self, from: &str, to: &str, w: Window) -> Option<&SuccessionDef> {
        let mut frontier = vec![(from, None::<&SuccessionDef>)];
        let mut seen = vec![from];
        while let Some((org, first)) = frontier.pop() {
            for s in self
                .file
                .successions
                .iter()
                .filter(|s| s.from.iter().any(|p| p == org))
            {
                let first = first.or(w.admits(s.date).then_some(s));
                if s.to == to {
                    if first.is_some() {
                        return first;
                    }
                } else if !seen.contains(&s.to.as_str()) {
                    seen.push(&s.to);
                    frontier.push((&s.to, first));
                }
            }
        }
        None
    }

    /// Why a partner `before` became `after`: a succession in `w`.
    pub fn explain_partner(&self, before: &str, after: &str, w: Window) -> Option<Explanation> {
        self.succession(before, after, w)
            .map(|s| self.explain_succession(s))
    }

    fn explain_succession(&self, s: &SuccessionDef) -> Explanation {
        match s.event.as_deref().and_then(|e| self.event(e)) {
            Some(e) => self.explain_event(e),
            None => {
                let name = |id: &str| {
                    self.file
                        .organisations
                        .iter()
                        .find(|o| o.id == id)
                        .map_or(id.to_owned(), |o| o.name.clone())
                };
                let from = s
                    .from
                    .iter()
                    .map(|p| name(p))
                    .collect::<Vec<_>>()
                    .join(" + ");
                Explanation {
                    text_en: format!("{from} succeeded by {} on {}", name(&s.to), s.date),
                    text_nb: format!("{from} etterfulgt av {} fra {}", name(&s.to), s.date),
                    source: format!("successions/{}", s.id),
                }
            }
        }
    }

    /// The explanation an event gives.
    pub fn explain_event(&self, e: &EventDef) -> Explanation {
        Explanation {
            text_en: e.text_en.clone(),
            text_nb: e.text_nb.clone(),
            source: format!("events/{}", e.id),
        }
    }

    /// Why a name (or a comment) changed from `before` to `after` in `w`: a
    /// title renamed by law (`Rådmannsutvalg` → `Kommunedirektørutvalg`), or
    /// an organisation it names succeeded by another. Symmetric.
    pub fn explain_rename(&self, before: &str, after: &str, w: Window) -> Option<Explanation> {
        let (b, a) = (fold(before), fold(after));
        if b == a {
            return None;
        }
        for t in &self.file.title_changes {
            let Some(event) = self.event(&t.event) else {
                continue;
            };
            if !w.admits(event.date) {
                continue;
            }
            for old in &t.old {
                for new in &t.new {
                    let (old, new) = (old.to_lowercase(), new.to_lowercase());
                    if (b.contains(&old) && b.replace(&old, &new) == a)
                        || (a.contains(&old) && a.replace(&old, &new) == b)
                    {
                        return Some(self.explain_event(event));
                    }
                }
            }
        }
        for s in &self.file.successions {
            if !w.admits(s.date) {
                continue;
            }
            let Some(to) = self.file.organisations.iter().find(|o| o.id == s.to) else {
                continue;
            };
            for p in &s.from {
                let Some(pre) = self.file.organisations.iter().find(|o| &o.id == p) else {
                    continue;
                };
                let new = fold(&to.name);
                for old in std::iter::once(&pre.name).chain(&pre.aliases) {
                    let old = fold(old);
                    if (b.contains(&old) && b.replace(&old, &new) == a)
                        || (a.contains(&old) && a.replace(&old, &new) == b)
                    {
                        return Some(self.explain_succession(s));
                    }
                }
            }
        }
        None
    }

    /// Whether texts `before` and `after` differ only in that one names an
    /// organisation and the other its successor in `w` (a comment "Med
    /// OFK" → "Med Innlandet fylkeskommune"): the succession explains the
    /// difference, even if other words changed too.
    pub fn explain_mentions(&self, before: &str, after: &str, w: Window) -> Option<Explanation> {
        for s in &self.file.successions {
            if !w.admits(s.date) {
                continue;
            }
            let Some(to) = self.file.organisations.iter().find(|o| o.id == s.to) else {
                continue;
            };
            let names_to = |t: &str| names_org(t, to);
            for p in &s.from {
                let Some(pre) = self.file.organisations.iter().find(|o| &o.id == p) else {
                    continue;
                };
                let names_pre = |t: &str| names_org(t, pre);
                if (names_pre(before) && names_to(after)) || (names_pre(after) && names_to(before))
                {
                    return Some(self.explain_succession(s));
                }
            }
        }
        None
    }

    /// An event that may explain a change of `kind` (a diff kind name such as
    /// `renamed`) of an arrangement with these names, in `w`: the first in
    /// file order whose `explains` names the kind and a word of a name.
    pub fn explain_change(&self, kind: &str, names: &[&str], w: Window) -> Option<Explanation> {
        self.file.events.iter().find_map(|e| {
            let x = e.explains.as_ref()?;
            let hit = w.admits(e.date)
                && x.kinds.iter().any(|k| k == kind)
                && names.iter().any(|n| {
                    let n = n.to_lowercase();
                    x.name_contains
                        .iter()
                        .any(|word| !word.is_empty() && n.contains(&word.to_lowercase()))
                });
            hit.then(|| self.explain_event(e))
        })
    }
}

/// Lowercase, whitespace-folded.
fn fold(s: &str) -> String {
    fold_whitespace(s).to_lowercase()
}

/// Whether `text` names `org` (its name or an alias) as whole words.
fn names_org(text: &str, org: &OrganisationDef) -> bool {
    let tw = words(text);
    std::iter::once(&org.name).chain(&org.aliases).any(|n| {
        let nw = words(n);
        !nw.is_empty() && tw.windows(nw.len()).any(|w| w == nw.as_slice())
    })
}

#[cfg(test)]
mod tests;

/// A printed form and its explanation in brackets, "A (B)": `(A, B)`, both
/// non-empty, with nothing after the bracket and no bracket inside it.
pub fn bracket_parts(printed: &str) -> Option<(&str, &str)> {
    printed
        .trim()
        .strip_suffix(')')
        .and_then(|p| p.split_once('('))
        .map(|(o, i)| (o.trim(), i.trim()))
        .filter(|(o, i)| !o.is_empty() && !i.is_empty() && !i.contains(['(', ')']))
}
