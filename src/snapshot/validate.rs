//! Semantic checks of a parsed snapshot: ids, declared municipalities,
//! dates, the source file and every citation into it.
//!
//! Every problem is collected as an [`Issue`] located at the offending value,
//! so a curator sees all of them at once.

use sha2::{Digest, Sha256};
use std::borrow::Cow;
use std::collections::BTreeMap;

use crate::error::Issue;
use crate::i18n::{Msg, Text, TextArg};
use crate::jpath;
use crate::model::{AsOf, Citation, Host, PartialDate, Snapshot, is_valid_id};

use super::locate::{LocatedIssues, Seg};
use super::mention::{fold_whitespace, mentions};
use super::read::decode_text;

/// Where a snapshot's `source.path` is looked up.
pub trait SourceLookup {
    /// The bytes of the file at `rel` (relative to the snapshot directory),
    /// or a reason it cannot be read.
    fn read_source(&self, rel: &str) -> Result<Vec<u8>, TextArg>;
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
            invalid_id(what("snapshot", "dokument"), s.id.as_str()),
        );
    }
    let mut first_seen: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, a) in s.arrangements.iter().enumerate() {
        if !is_valid_id(a.id.as_str()) {
            c.at(
                jpath!["arrangements", i, "id"],
                invalid_id(what("arrangement", "samarbeid"), a.id.as_str()),
            );
        }
        if let Some(&j) = first_seen.get(a.id.as_str()) {
            let line = c.line_of(&jpath!["arrangements", j, "id"]);
            c.at(
                jpath!["arrangements", i, "id"],
                Text::new(
                    Msg::IssueDuplicateArrangementId,
                    vec![("id", a.id.as_str().into()), ("line", line.into())],
                ),
            );
        } else {
            first_seen.insert(a.id.as_str(), i);
        }
        if a.name.trim().is_empty() {
            c.at(jpath!["arrangements", i, "name"], Msg::IssueEmptyName);
        }
        if a.provenance.is_empty() {
            c.at(
                jpath!["arrangements", i, "provenance"],
                Text::new(Msg::IssueNoProvenance, vec![("id", a.id.as_str().into())]),
            );
        }
    }
}

fn check_dates(c: &mut Checker, s: &Snapshot) {
    let precision_mismatch = |date: &PartialDate, want: &str| match (date, want) {
        (PartialDate::Day(_), "day") | (PartialDate::Year(_), "year") => None,
        _ => Some(Text::new(
            Msg::IssueDatePrecision,
            vec![
                ("date", date.to_string().into()),
                ("precision", want.into()),
                (
                    "pattern",
                    if want == "day" {
                        what("YYYY-MM-DD", "ÅÅÅÅ-MM-DD")
                    } else {
                        what("YYYY", "ÅÅÅÅ")
                    },
                ),
            ],
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
                    Text::new(
                        Msg::IssueRangeReversed,
                        vec![
                            ("from", from.to_string().into()),
                            ("to", to.to_string().into()),
                        ],
                    ),
                );
            }
            if evidence.is_empty() {
                c.at(jpath!["as_of", "evidence"], Msg::IssueRangeNoEvidence);
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
                Text::new(
                    Msg::IssueCoveredAndMentioned,
                    vec![("municipality", m.as_str().into())],
                ),
            );
        }
    }
    if let Some(t) = &s.table {
        for (i, m) in t.columns.iter().enumerate() {
            if !declared.contains(m) {
                c.at(
                    jpath!["table", "columns", i],
                    Text::new(
                        Msg::IssueColumnUndeclared,
                        vec![("column", m.as_str().into()), ("expected", list().into())],
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
                    Text::new(
                        Msg::IssueParticipantUndeclared,
                        vec![
                            ("municipality", m.as_str().into()),
                            ("expected", list().into()),
                        ],
                    ),
                );
            }
        }
        if let Host::Participant(m) = &a.host
            && !declared.contains(m)
        {
            c.at(
                jpath!["arrangements", i, "host"],
                Text::new(
                    Msg::IssueHostUndeclared,
                    vec![("host", m.as_str().into()), ("expected", list().into())],
                ),
            );
        }
    }
}

fn check_source(c: &mut Checker, s: &Snapshot, sources: &dyn SourceLookup) -> Option<String> {
    let rel = &s.source.path;
    if rel.starts_with('/') || rel.split(['/', '\\']).any(|p| p == "..") {
        c.at(
            jpath!["source", "path"],
            Text::new(Msg::IssueSourcePathNotRelative, vec![("path", rel.into())]),
        );
        return None;
    }
    let bytes = match sources.read_source(rel) {
        Ok(b) => b,
        Err(why) => {
            c.at(
                jpath!["source", "path"],
                Text::new(
                    Msg::IssueSourceUnreadable,
                    vec![("path", rel.into()), ("reason", why)],
                ),
            );
            return None;
        }
    };
    let actual = hex_sha256(&bytes);
    let declared_ok = actual.eq_ignore_ascii_case(&s.source.sha256);
    if !declared_ok {
        c.at(
            jpath!["source", "sha256"],
            Text::new(
                Msg::IssueSha256Mismatch,
                vec![
                    ("path", rel.into()),
                    ("actual", actual.as_str().into()),
                    ("declared", s.source.sha256.as_str().into()),
                ],
            ),
        );
    }
    if crate::source::docx::is_docx(&bytes) {
        return match crate::source::docx::read_docx(&bytes) {
            Ok(blocks) => Some(crate::source::docx::docx_lines(&blocks).join("\n")),
            Err(reason) => {
                c.at(
                    jpath!["source", "path"],
                    Text::new(Msg::ImportWorkbookCorrupt, vec![("reason", reason.into())]),
                );
                None
            }
        };
    }
    if crate::source::is_container(&bytes) {
        return workbook_lines(c, s, rel, &bytes);
    }
    match crate::source::decode_bytes(&bytes) {
        Ok((t, _)) => Some(t),
        Err(e) => {
            let problem = match decode_text(rel, &bytes) {
                Err(mut e) => {
                    // A source is a text document, not JSON.
                    if e.message.msg == Msg::IssueBinaryJson {
                        e.message = Msg::ImportBinary.into();
                    }
                    e.to_text()
                }
                Ok(_) => Text::new(
                    Msg::SourceUnknownEncoding,
                    vec![("byte", format!("{e:?}").into())],
                ),
            };
            c.at(
                jpath!["source", "path"],
                Text::new(Msg::IssueSourceNotText, vec![("problem", problem.into())]),
            );
            None
        }
    }
}

/// The text a workbook source's citations point into: the rows of
/// `source.sheet`, row *n* as line *n* (docs/snapshot-format.md).
fn workbook_lines(c: &mut Checker, s: &Snapshot, rel: &str, bytes: &[u8]) -> Option<String> {
    let Some(name) = &s.source.sheet else {
        c.at(
            jpath!["source", "path"],
            Text::new(Msg::IssueSourceSheetMissing, vec![("path", rel.into())]),
        );
        return None;
    };
    let sheets = match crate::source::read_workbook(bytes) {
        Ok(sheets) => sheets,
        Err(e) => {
            let reason = match e {
                crate::source::WorkbookError::Encrypted => "password-protected".to_owned(),
                crate::source::WorkbookError::Corrupt(r) => r,
            };
            c.at(
                jpath!["source", "path"],
                Text::new(Msg::ImportWorkbookCorrupt, vec![("reason", reason.into())]),
            );
            return None;
        }
    };
    match sheets.iter().find(|sh| &sh.name == name) {
        Some(sheet) => Some(crate::source::workbook::sheet_lines(sheet).join("\n")),
        None => {
            c.at(
                jpath!["source", "sheet"],
                Text::new(
                    Msg::IssueSourceSheetUnknown,
                    vec![("path", rel.into()), ("sheet", name.as_str().into())],
                ),
            );
            None
        }
    }
}

/// A word in both languages, for a message argument.
pub(crate) fn what(en: &str, nb: &str) -> TextArg {
    TextArg::Local {
        en: en.to_owned(),
        nb: nb.to_owned(),
    }
}

/// `invalid WHAT id `ID``: an id that is not lowercase ASCII with hyphens.
pub(crate) fn invalid_id(what: TextArg, id: &str) -> Text {
    Text::new(Msg::IssueInvalidId, vec![("what", what), ("id", id.into())])
}

/// Lowercase hex SHA-256 of `bytes`.
pub fn hex_sha256(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// `bytes` in lowercase hex.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn check_citations(c: &mut Checker, s: &Snapshot, source: &str) {
    let lines: Vec<&str> = source.lines().collect();
    let n = lines.len();
    // The JSON path of a citation is built only for a problem: a large
    // snapshot has a citation per arrangement, and nearly all are good.
    let check_range = |c: &mut Checker, at: &dyn Fn() -> Vec<Seg>, cite: &Citation| {
        if cite.lines.is_empty() {
            c.at(at(), Msg::IssueCitationNoLines);
            return None;
        }
        for (k, &l) in cite.lines.iter().enumerate() {
            if l == 0 || l as usize > n {
                let mut p = at();
                p.extend(jpath!["lines", k]);
                c.at(
                    p,
                    Text::new(
                        Msg::IssueCitedLineMissing,
                        vec![("line", l.into()), ("count", n.into())],
                    ),
                );
                return None;
            }
        }
        let joined: Cow<str> = match cite.lines.as_slice() {
            [one] => Cow::Borrowed(lines[*one as usize - 1]),
            many => Cow::Owned(
                many.iter()
                    .map(|&l| lines[l as usize - 1])
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
        };
        if let Some(q) = &cite.quote
            && !fold_whitespace(&joined).contains(&fold_whitespace(q))
        {
            let mut p = at();
            p.push(Seg::from("quote"));
            c.at(
                p,
                Text::new(
                    Msg::IssueQuoteNotOnLines,
                    vec![
                        ("quote", q.as_str().into()),
                        ("lines", format!("{:?}", cite.lines).into()),
                    ],
                ),
            );
            return None;
        }
        Some(joined)
    };
    for (i, a) in s.arrangements.iter().enumerate() {
        for (k, cite) in a.provenance.iter().enumerate() {
            let at = || jpath!["arrangements", i, "provenance", k].to_vec();
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
                    at(),
                    Text::new(
                        Msg::IssueNameNotOnLines,
                        vec![
                            ("lines", format!("{:?}", cite.lines).into()),
                            ("name", a.name.as_str().into()),
                        ],
                    ),
                );
            }
        }
        for (k, note) in a.notes.iter().enumerate() {
            for (e, cite) in note.evidence.iter().enumerate() {
                check_range(
                    c,
                    &|| jpath!["arrangements", i, "notes", k, "evidence", e].to_vec(),
                    cite,
                );
            }
        }
    }
    for (k, note) in s.notes.iter().enumerate() {
        for (e, cite) in note.evidence.iter().enumerate() {
            check_range(c, &|| jpath!["notes", k, "evidence", e].to_vec(), cite);
        }
    }
    if let Some(t) = &s.table {
        for (k, note) in t.evidence.iter().enumerate() {
            for (e, cite) in note.evidence.iter().enumerate() {
                check_range(
                    c,
                    &|| jpath!["table", "evidence", k, "evidence", e].to_vec(),
                    cite,
                );
            }
        }
    }
    let date_evidence = match &s.as_of {
        AsOf::Day { evidence, .. } | AsOf::Year { evidence, .. } | AsOf::Range { evidence, .. } => {
            evidence
        }
    };
    for (e, cite) in date_evidence.iter().enumerate() {
        check_range(c, &|| jpath!["as_of", "evidence", e].to_vec(), cite);
    }
    for (e, cite) in s.scope.evidence.iter().enumerate() {
        check_range(c, &|| jpath!["scope", "evidence", e].to_vec(), cite);
    }
    for (k, skip) in s.skipped.iter().enumerate() {
        for (j, &l) in skip.lines.iter().enumerate() {
            if l == 0 || l as usize > n {
                c.at(
                    jpath!["skipped", k, "lines", j],
                    Text::new(
                        Msg::IssueSkippedLineMissing,
                        vec![("line", l.into()), ("count", n.into())],
                    ),
                );
            }
        }
    }
}
