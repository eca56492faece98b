//! Semantic checks of a parsed snapshot: ids, declared municipalities,
//! dates, the source file and every citation into it.
//!
//! Every problem is collected as an [`Issue`] located at the offending value,
//! so a curator sees all of them at once.

use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

use crate::error::Issue;
use crate::jpath;
use crate::model::{AsOf, Citation, Host, PartialDate, Snapshot, is_valid_id};

use super::locate::{LocatedIssues, Seg};
use super::mention::{fold_whitespace, mentions};
use super::read::decode_text;

/// Where a snapshot's `source.path` is looked up.
pub trait SourceLookup {
    /// The bytes of the file at `rel` (relative to the snapshot directory),
    /// or a reason it cannot be read.
    fn read_source(&self, rel: &str) -> Result<Vec<u8>, String>;
}

/// The issue collector of one snapshot file.
type Checker<'a> = LocatedIssues<'a>;

/// Check `snapshot` (parsed from `text` at `path`). Returns the issues found
/// and, when the source file could be read, its text.
pub fn validate_snapshot(
    path: &str,
    text: &str,
    snapshot: &Snapshot,
    sources: &dyn SourceLookup,
) -> (Vec<Issue>, Option<String>) {
    let mut c = Checker::new(path, text);
    check_ids(&mut c, snapshot);
    check_dates(&mut c, snapshot);
    check_municipalities(&mut c, snapshot);
    let source_text = check_source(&mut c, snapshot, sources);
    if let Some(src) = &source_text {
        check_citations(&mut c, snapshot, src);
    }
    c.issues.sort();
    (c.issues, source_text)
}

fn check_ids(c: &mut Checker, s: &Snapshot) {
    if !is_valid_id(s.id.as_str()) {
        c.at(
            jpath!["id"],
            format!(
                "invalid snapshot id `{}`: expected lowercase ASCII letters, digits and hyphens",
                s.id
            ),
        );
    }
    let mut first_seen: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, a) in s.arrangements.iter().enumerate() {
        if !is_valid_id(a.id.as_str()) {
            c.at(
                jpath!["arrangements", i, "id"],
                format!("invalid arrangement id `{}`: expected lowercase ASCII letters, digits and hyphens", a.id),
            );
        }
        if let Some(&j) = first_seen.get(a.id.as_str()) {
            let line = c.line_of(&jpath!["arrangements", j, "id"]);
            c.at(
                jpath!["arrangements", i, "id"],
                format!("duplicate arrangement id `{}`: first used on line {line}; each arrangement appears once per snapshot (cite a repeated row as a second provenance entry)", a.id),
            );
        } else {
            first_seen.insert(a.id.as_str(), i);
        }
        if a.name.trim().is_empty() {
            c.at(
                jpath!["arrangements", i, "name"],
                "empty name: expected the name as printed".into(),
            );
        }
        if a.provenance.is_empty() {
            c.at(
                jpath!["arrangements", i, "provenance"],
                format!(
                    "arrangement `{}` cites no source line: expected at least one citation",
                    a.id
                ),
            );
        }
    }
}

fn check_dates(c: &mut Checker, s: &Snapshot) {
    let precision_mismatch = |date: &PartialDate, want: &str| match (date, want) {
        (PartialDate::Day(_), "day") | (PartialDate::Year(_), "year") => None,
        _ => Some(format!(
            "date `{date}` does not match precision `{want}`: expected {}",
            if want == "day" { "YYYY-MM-DD" } else { "YYYY" }
        )),
    };
    match &s.as_of {
        AsOf::Day { date, .. } => {
            if let Some(m) = precision_mismatch(date, "day") {
                c.at(jpath!["as_of", "date"], m);
            }
        }
        AsOf::Year { date, .. } => {
            if let Some(m) = precision_mismatch(date, "year") {
                c.at(jpath!["as_of", "date"], m);
            }
        }
        AsOf::Range { from, to, evidence } => {
            if from.earliest() > to.latest() {
                c.at(
                    jpath!["as_of", "to"],
                    format!(
                        "date range ends before it starts ({from} > {to}): expected `from` <= `to`"
                    ),
                );
            }
            if evidence.is_empty() {
                c.at(
                    jpath!["as_of", "evidence"],
                    "a date range needs evidence: expected at least one citation".into(),
                );
            }
        }
    }
}

fn check_municipalities(c: &mut Checker, s: &Snapshot) {
    let declared = s.declared_municipalities();
    let list = || {
        declared
            .iter()
            .map(|m| m.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    for (i, m) in s.scope.mentions.iter().enumerate() {
        if s.scope.covers.contains(m) {
            c.at(
                jpath!["scope", "mentions", i],
                format!(
                    "municipality `{m}` is both covered and mentioned: list it once, under `covers`"
                ),
            );
        }
    }
    if let Some(t) = &s.table {
        for (i, m) in t.columns.iter().enumerate() {
            if !declared.contains(m) {
                c.at(
                    jpath!["table", "columns", i],
                    format!(
                        "column `{m}` is not a declared municipality: expected one of {}",
                        list()
                    ),
                );
            }
        }
    }
    for (i, a) in s.arrangements.iter().enumerate() {
        for m in a.participation.keys() {
            if !declared.contains(m) {
                c.at(
                    jpath!["arrangements", i, "participation", m.as_str()],
                    format!("participant `{m}` is not declared in the snapshot's scope: expected one of {}", list()),
                );
            }
        }
        if let Host::Participant(m) = &a.host
            && !declared.contains(m)
        {
            c.at(
                    jpath!["arrangements", i, "host"],
                    format!("host `{m}` is not declared in the snapshot's scope: expected one of {} (use {{\"outside\": \"{m}\"}} for others)", list()),
                );
        }
    }
}

fn check_source(c: &mut Checker, s: &Snapshot, sources: &dyn SourceLookup) -> Option<String> {
    let rel = &s.source.path;
    if rel.starts_with('/') || rel.split(['/', '\\']).any(|p| p == "..") {
        c.at(
            jpath!["source", "path"],
            format!("source path `{rel}` must be relative to the snapshot directory, without `..`"),
        );
        return None;
    }
    let bytes = match sources.read_source(rel) {
        Ok(b) => b,
        Err(why) => {
            c.at(
                jpath!["source", "path"],
                format!("source file `{rel}` cannot be read: {why}"),
            );
            return None;
        }
    };
    let actual = hex_sha256(&bytes);
    if !actual.eq_ignore_ascii_case(&s.source.sha256) {
        c.at(
            jpath!["source", "sha256"],
            format!(
                "SHA-256 of `{rel}` does not match: file has {actual}, snapshot says {}",
                s.source.sha256
            ),
        );
    }
    match decode_text(rel, &bytes) {
        Ok(t) => Some(t),
        Err(e) => {
            c.at(
                jpath!["source", "path"],
                format!("source file is not text: {}", e),
            );
            None
        }
    }
}

/// Lowercase hex SHA-256 of `bytes`.
pub fn hex_sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn check_citations(c: &mut Checker, s: &Snapshot, source: &str) {
    let lines: Vec<&str> = source.lines().collect();
    let n = lines.len();
    let check_range = |c: &mut Checker, at: &[Seg], cite: &Citation| -> Option<String> {
        if cite.lines.is_empty() {
            c.at(
                at,
                "citation has no lines: expected at least one line number".into(),
            );
            return None;
        }
        let mut text = Vec::new();
        for (k, &l) in cite.lines.iter().enumerate() {
            if l == 0 || l as usize > n {
                let mut p = at.to_vec();
                p.extend(jpath!["lines", k]);
                c.at(
                    p,
                    format!("cited line {l} does not exist: the source has lines 1 to {n}"),
                );
                return None;
            }
            text.push(lines[l as usize - 1]);
        }
        let joined = text.join(" ");
        if let Some(q) = &cite.quote
            && !fold_whitespace(&joined).contains(&fold_whitespace(q))
        {
            let mut p = at.to_vec();
            p.push(Seg::from("quote"));
            c.at(
                p,
                format!("quote \"{q}\" is not on the cited lines {:?}", cite.lines),
            );
            return None;
        }
        Some(joined)
    };
    for (i, a) in s.arrangements.iter().enumerate() {
        for (k, cite) in a.provenance.iter().enumerate() {
            let at = jpath!["arrangements", i, "provenance", k];
            let Some(text) = check_range(c, &at, cite) else {
                continue;
            };
            let named = cite.quote.is_some()
                || mentions(&text, &a.name)
                || a.normalised_name
                    .as_deref()
                    .is_some_and(|nn| mentions(&text, nn));
            if !named {
                c.at(
                    at,
                    format!("cited lines {:?} do not mention `{}`: expected the name as printed there, or a `quote` of the words that name it", cite.lines, a.name),
                );
            }
        }
        for (k, note) in a.notes.iter().enumerate() {
            for (e, cite) in note.evidence.iter().enumerate() {
                check_range(
                    c,
                    &jpath!["arrangements", i, "notes", k, "evidence", e],
                    cite,
                );
            }
        }
    }
    for (k, note) in s.notes.iter().enumerate() {
        for (e, cite) in note.evidence.iter().enumerate() {
            check_range(c, &jpath!["notes", k, "evidence", e], cite);
        }
    }
    if let Some(t) = &s.table {
        for (k, note) in t.evidence.iter().enumerate() {
            for (e, cite) in note.evidence.iter().enumerate() {
                check_range(c, &jpath!["table", "evidence", k, "evidence", e], cite);
            }
        }
    }
    let date_evidence = match &s.as_of {
        AsOf::Day { evidence, .. } | AsOf::Year { evidence, .. } | AsOf::Range { evidence, .. } => {
            evidence
        }
    };
    for (e, cite) in date_evidence.iter().enumerate() {
        check_range(c, &jpath!["as_of", "evidence", e], cite);
    }
    for (e, cite) in s.scope.evidence.iter().enumerate() {
        check_range(c, &jpath!["scope", "evidence", e], cite);
    }
    for (k, skip) in s.skipped.iter().enumerate() {
        for (j, &l) in skip.lines.iter().enumerate() {
            if l == 0 || l as usize > n {
                c.at(
                    jpath!["skipped", k, "lines", j],
                    format!("skipped line {l} does not exist: the source has lines 1 to {n}"),
                );
            }
        }
    }
}
