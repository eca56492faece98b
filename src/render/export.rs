//! Flat tables of snapshots, arrangements, participation, changes and
//! findings, one JSON object per line (JSON Lines), for tools that take
//! over where one machine ends: DuckDB, Spark, Datasette, pandas
//! (`samdiff export`, issue 16; `docs/scale.md` documents every column).
//!
//! Every row is flat: scalars, and lists of scalars where a cell holds a
//! list (participants, lines). Rows are written in the order of the data
//! (snapshots oldest first, arrangements as listed, changes as the
//! changelog sorts them), so the same input gives byte-identical files.

use serde::Serialize;
use std::io::{self, Write};

use crate::audit::Audit;
use crate::diff::{Changelog, value_text};
use crate::model::{Host, Snapshot};

/// The tables, by file stem (`snapshots` → `snapshots.jsonl`).
pub const TABLES: [&str; 5] = [
    "snapshots",
    "arrangements",
    "participation",
    "changes",
    "findings",
];

/// One row of `snapshots`.
#[derive(Debug, Serialize)]
pub struct SnapshotRow<'a> {
    /// Snapshot id.
    pub snapshot: &'a str,
    /// The document's title.
    pub title: &'a str,
    /// Who published it.
    pub publisher: &'a str,
    /// `inventory` or `plan`.
    pub kind: &'static str,
    /// The date as the document gives it (`2021-01-01`, `2010`, `2017-01-01..2019-10-31`).
    pub as_of: String,
    /// First day it may denote (`YYYY-MM-DD`).
    pub earliest: String,
    /// Last day it may denote.
    pub latest: String,
    /// Municipalities it covers completely.
    pub covers: Vec<&'a str>,
    /// Whether it lists every arrangement of those municipalities.
    pub exhaustive: bool,
    /// Source document path.
    pub source: &'a str,
    /// Source document SHA-256.
    pub sha256: &'a str,
    /// Number of arrangements listed.
    pub arrangements: usize,
}

/// One row of `arrangements`: one arrangement as one snapshot lists it.
#[derive(Debug, Serialize)]
pub struct ArrangementRow<'a> {
    /// Snapshot id.
    pub snapshot: &'a str,
    /// Arrangement id (stable across snapshots).
    pub arrangement: &'a str,
    /// The register's own key, if its table has one.
    pub key: Option<&'a str>,
    /// The name as printed.
    pub name: &'a str,
    /// The normalised name, else the printed one.
    pub display_name: &'a str,
    /// Section heading (fagområde).
    pub category: Option<&'a str>,
    /// Legal form as printed.
    pub legal_form_printed: Option<&'a str>,
    /// Legal form id from the registry's vocabulary (`iks`, `kl2018-vertskommune`).
    pub legal_form: Option<&'a str>,
    /// Host municipality or body; `none`, or null when unknown.
    pub host: Option<&'a str>,
    /// `active`, `notice_given`, `ended`, `proposed` or `under_study`.
    pub status: &'static str,
    /// Municipalities marked as taking part.
    pub participants: Vec<&'a str>,
    /// Source lines cited.
    pub lines: Vec<u32>,
}

/// One row of `participation`: one municipality's mark on one arrangement.
#[derive(Debug, Serialize)]
pub struct ParticipationRow<'a> {
    /// Snapshot id.
    pub snapshot: &'a str,
    /// Arrangement id.
    pub arrangement: &'a str,
    /// Municipality.
    pub municipality: &'a str,
    /// `yes`, `no`, `unknown` or `considering`.
    pub participation: &'static str,
}

/// One row of `changes`.
#[derive(Debug, Serialize)]
pub struct ChangeRow<'a> {
    /// Earlier snapshot id.
    pub from: &'a str,
    /// Later snapshot id.
    pub to: &'a str,
    /// First day the later snapshot may denote: group by its year.
    pub to_date: String,
    /// Change kind (`added`, `ended`, `renamed`, ...; docs/changelog-format.md).
    pub kind: &'static str,
    /// Arrangement id.
    pub arrangement: &'a str,
    /// Latest display name.
    pub name: &'a str,
    /// Latest category.
    pub category: Option<&'a str>,
    /// The municipality of a participation change.
    pub municipality: Option<&'a str>,
    /// Value before, as text.
    pub before: Option<String>,
    /// Value after, as text.
    pub after: Option<String>,
    /// A purely cosmetic edit.
    pub cosmetic: bool,
    /// The documents cannot settle it.
    pub uncertain: bool,
}

/// One row of `findings`.
#[derive(Debug, Serialize)]
pub struct FindingRow<'a> {
    /// Finding code (`listed-twice`, ...).
    pub code: &'static str,
    /// `info`, `warning` or `error`.
    pub severity: &'static str,
    /// Snapshot id.
    pub snapshot: &'a str,
    /// Arrangement id, if the finding is about one.
    pub arrangement: Option<&'a str>,
    /// What was found (English).
    pub message: &'a str,
    /// Source document of the first evidence.
    pub source: Option<&'a str>,
    /// Its lines.
    pub lines: Vec<u32>,
}

/// Write `rows` as JSON Lines.
pub fn write_jsonl<T: Serialize>(
    rows: impl IntoIterator<Item = T>,
    out: &mut dyn Write,
) -> io::Result<()> {
    for r in rows {
        serde_json::to_writer(&mut *out, &r)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// The `snapshots` rows.
pub fn snapshot_rows<'a>(snaps: &'a [&'a Snapshot]) -> impl Iterator<Item = SnapshotRow<'a>> {
    snaps.iter().map(|s| SnapshotRow {
        snapshot: s.id.as_str(),
        title: &s.title,
        publisher: &s.publisher,
        kind: s.kind.as_str(),
        as_of: s.as_of.to_string(),
        earliest: s.as_of.earliest().to_string(),
        latest: s.as_of.latest().to_string(),
        covers: s.scope.covers.iter().map(|m| m.as_str()).collect(),
        exhaustive: s.scope.exhaustive,
        source: &s.source.path,
        sha256: &s.source.sha256,
        arrangements: s.arrangements.len(),
    })
}

/// The `arrangements` rows.
pub fn arrangement_rows<'a>(snaps: &'a [&'a Snapshot]) -> impl Iterator<Item = ArrangementRow<'a>> {
    snaps.iter().flat_map(|s| {
        s.arrangements.iter().map(move |a| ArrangementRow {
            snapshot: s.id.as_str(),
            arrangement: a.id.as_str(),
            key: a.key.as_deref(),
            name: &a.name,
            display_name: a.display_name(),
            category: a.category.as_deref(),
            legal_form_printed: a.legal_form.as_ref().and_then(|f| f.printed.as_deref()),
            legal_form: a.legal_form.as_ref().and_then(|f| f.normalised.as_deref()),
            host: match &a.host {
                Host::None => Some("none"),
                h => h.name(),
            },
            status: a.status.as_str(),
            participants: a.participants().map(|m| m.as_str()).collect(),
            lines: a.cited_lines(),
        })
    })
}

/// The `participation` rows.
pub fn participation_rows<'a>(
    snaps: &'a [&'a Snapshot],
) -> impl Iterator<Item = ParticipationRow<'a>> {
    snaps.iter().flat_map(|s| {
        s.arrangements.iter().flat_map(move |a| {
            a.participation.iter().map(move |(m, p)| ParticipationRow {
                snapshot: s.id.as_str(),
                arrangement: a.id.as_str(),
                municipality: m.as_str(),
                participation: p.as_str(),
            })
        })
    })
}

/// The `changes` rows.
pub fn change_rows(log: &Changelog) -> impl Iterator<Item = ChangeRow<'_>> {
    log.changes.iter().map(move |c| ChangeRow {
        from: c.from.as_str(),
        to: c.to.as_str(),
        to_date: log
            .snapshots
            .iter()
            .find(|s| s.id == c.to)
            .map(|s| s.as_of.earliest().to_string())
            .unwrap_or_default(),
        kind: c.kind.as_str(),
        arrangement: c.arrangement.as_str(),
        name: &c.name,
        category: c.category.as_deref(),
        municipality: c.municipality.as_ref().map(|m| m.as_str()),
        before: c.before.as_ref().map(value_text),
        after: c.after.as_ref().map(value_text),
        cosmetic: c.cosmetic,
        uncertain: c.uncertain,
    })
}

/// The `findings` rows.
pub fn finding_rows(audit: &Audit) -> impl Iterator<Item = FindingRow<'_>> {
    audit.findings.iter().map(|f| FindingRow {
        code: f.code.as_str(),
        severity: f.severity.as_str(),
        snapshot: f.snapshot.as_str(),
        arrangement: f.arrangement.as_ref().map(|a| a.as_str()),
        message: &f.message,
        source: f.evidence.first().map(|e| e.source.as_str()),
        lines: f
            .evidence
            .first()
            .map(|e| e.lines.clone())
            .unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::testutil::snap;
    use crate::model::{Arrangement, Municipality, Participation};

    #[test]
    fn rows_are_flat_json_lines() {
        let mut a = Arrangement::row("brann", "Brann", 3);
        a.key = Some("912345678".into());
        a.participation
            .insert(Municipality::from("A"), Participation::Yes);
        let s = snap("s", 2021, &["A"], vec![a]);
        let snaps = [&s];
        let mut out = Vec::new();
        write_jsonl(arrangement_rows(&snaps), &mut out).unwrap();
        write_jsonl(participation_rows(&snaps), &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            concat!(
                r#"{"snapshot":"s","arrangement":"brann","key":"912345678","name":"Brann","display_name":"Brann","category":null,"legal_form_printed":null,"legal_form":null,"host":null,"status":"active","participants":["A"],"lines":[3]}"#,
                "\n",
                r#"{"snapshot":"s","arrangement":"brann","municipality":"A","participation":"yes"}"#,
                "\n"
            )
        );
    }
}
