//! Flat tables of snapshots, arrangements, participation, changes and
//! findings, for tools that take over where one machine ends: DuckDB,
//! Spark, Datasette, pandas (`samdiff export`, issue 16; `docs/scale.md`
//! documents every column).
//!
//! One description of the tables ([`Table`], [`Column`], [`Kind`]) serves
//! three formats: JSON Lines (here), SQLite ([`super::export_sqlite`]) and
//! Parquet ([`super::export_parquet`]). Every row is flat: scalars, and
//! lists of scalars where a cell holds a list (participants, lines). Rows
//! are visited in the order of the data (snapshots oldest first,
//! arrangements as listed, changes as the changelog sorts them), so the
//! same input gives the same rows in the same order in every format.

use chrono::NaiveDate;
use serde::Serialize;
use std::io::{self, Write};

use crate::audit::Audit;
use crate::diff::{Changelog, value_text};
use crate::model::{Host, Snapshot};

/// The version of the tables' layout, written into every SQLite and
/// Parquet export (`meta` table, file metadata). Raise it when a column
/// is renamed, retyped or removed.
pub const SCHEMA_VERSION: u32 = 1;

/// A column's type, the same in every format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Text: a JSON string, SQLite `TEXT`, Parquet `BYTE_ARRAY` (`STRING`).
    Text,
    /// A whole number: a JSON number, SQLite `INTEGER`, Parquet `INT64`.
    Int,
    /// True or false: a JSON boolean, SQLite `INTEGER` 0 or 1, Parquet `BOOLEAN`.
    Bool,
    /// A day: a JSON string `YYYY-MM-DD`, SQLite `TEXT` `YYYY-MM-DD`,
    /// Parquet `INT32` (`DATE`).
    Date,
    /// A list of texts: a JSON array, SQLite `TEXT` holding a JSON array,
    /// Parquet `LIST` of `STRING`.
    TextList,
    /// A list of line numbers: a JSON array, SQLite `TEXT` holding a JSON
    /// array, Parquet `LIST` of `INT32`.
    IntList,
}

/// One column of a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// Its name, the same in every format.
    pub name: &'static str,
    /// Its type.
    pub kind: Kind,
    /// Whether a cell may be null (a list is never null: it may be empty).
    pub nullable: bool,
}

const fn col(name: &'static str, kind: Kind) -> Column {
    Column {
        name,
        kind,
        nullable: false,
    }
}

const fn null(name: &'static str, kind: Kind) -> Column {
    Column {
        name,
        kind,
        nullable: true,
    }
}

/// Columns of one table that refer to the key of another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reference {
    /// The referring columns.
    pub columns: &'static [&'static str],
    /// The table referred to.
    pub table: Table,
    /// Its key columns.
    pub to: &'static [&'static str],
}

/// The exported tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Table {
    /// One row per snapshot.
    Snapshots,
    /// One row per arrangement in a snapshot.
    Arrangements,
    /// One row per municipality's mark on an arrangement.
    Participation,
    /// One row per change in the log of the inventories.
    Changes,
    /// One row per audit finding.
    Findings,
}

impl Table {
    /// Every table, in the order they are written.
    pub const ALL: [Table; 5] = [
        Table::Snapshots,
        Table::Arrangements,
        Table::Participation,
        Table::Changes,
        Table::Findings,
    ];

    /// The table's name (and file stem: `snapshots.jsonl`).
    pub fn name(self) -> &'static str {
        match self {
            Table::Snapshots => "snapshots",
            Table::Arrangements => "arrangements",
            Table::Participation => "participation",
            Table::Changes => "changes",
            Table::Findings => "findings",
        }
    }

    /// The columns, in order (the order of the JSON keys).
    pub fn columns(self) -> &'static [Column] {
        use Kind::{Bool, Date, Int, IntList, Text, TextList};
        match self {
            Table::Snapshots => {
                const C: &[Column] = &[
                    col("snapshot", Text),
                    col("title", Text),
                    col("publisher", Text),
                    col("kind", Text),
                    col("as_of", Text),
                    col("earliest", Date),
                    col("latest", Date),
                    col("covers", TextList),
                    col("exhaustive", Bool),
                    col("source", Text),
                    col("sha256", Text),
                    col("arrangements", Int),
                ];
                C
            }
            Table::Arrangements => {
                const C: &[Column] = &[
                    col("snapshot", Text),
                    col("arrangement", Text),
                    null("key", Text),
                    col("name", Text),
                    col("display_name", Text),
                    null("category", Text),
                    null("legal_form_printed", Text),
                    null("legal_form", Text),
                    null("host", Text),
                    col("status", Text),
                    col("participants", TextList),
                    col("lines", IntList),
                ];
                C
            }
            Table::Participation => {
                const C: &[Column] = &[
                    col("snapshot", Text),
                    col("arrangement", Text),
                    col("municipality", Text),
                    col("participation", Text),
                ];
                C
            }
            Table::Changes => {
                const C: &[Column] = &[
                    col("from", Text),
                    col("to", Text),
                    null("to_date", Date),
                    col("kind", Text),
                    col("arrangement", Text),
                    col("name", Text),
                    null("category", Text),
                    null("municipality", Text),
                    null("before", Text),
                    null("after", Text),
                    col("cosmetic", Bool),
                    col("uncertain", Bool),
                ];
                C
            }
            Table::Findings => {
                const C: &[Column] = &[
                    col("code", Text),
                    col("severity", Text),
                    col("snapshot", Text),
                    null("arrangement", Text),
                    col("message", Text),
                    null("source", Text),
                    col("lines", IntList),
                ];
                C
            }
        }
    }

    /// The columns that identify a row, if any (changes and findings have
    /// no natural key: a row is identified by its place).
    pub fn primary_key(self) -> &'static [&'static str] {
        match self {
            Table::Snapshots => &["snapshot"],
            Table::Arrangements => &["snapshot", "arrangement"],
            Table::Participation => &["snapshot", "arrangement", "municipality"],
            Table::Changes | Table::Findings => &[],
        }
    }

    /// The columns that refer to another table's key. Every reference
    /// holds for every export (a test checks it); a change's arrangement is
    /// not one, since an ended arrangement is listed only in `from`.
    pub fn references(self) -> &'static [Reference] {
        const SNAPSHOT: Reference = Reference {
            columns: &["snapshot"],
            table: Table::Snapshots,
            to: &["snapshot"],
        };
        match self {
            Table::Snapshots => &[],
            Table::Arrangements | Table::Findings => &[SNAPSHOT],
            Table::Participation => &[Reference {
                columns: &["snapshot", "arrangement"],
                table: Table::Arrangements,
                to: &["snapshot", "arrangement"],
            }],
            Table::Changes => &[
                Reference {
                    columns: &["from"],
                    table: Table::Snapshots,
                    to: &["snapshot"],
                },
                Reference {
                    columns: &["to"],
                    table: Table::Snapshots,
                    to: &["snapshot"],
                },
            ],
        }
    }
}

/// One cell of a row, typed by its column's [`Kind`].
#[derive(Debug, Clone, PartialEq)]
pub enum Cell<'a> {
    /// No value (only in a nullable column).
    Null,
    /// [`Kind::Text`].
    Text(&'a str),
    /// [`Kind::Int`].
    Int(i64),
    /// [`Kind::Bool`].
    Bool(bool),
    /// [`Kind::Date`].
    Date(NaiveDate),
    /// [`Kind::TextList`].
    TextList(&'a [&'a str]),
    /// [`Kind::IntList`].
    IntList(&'a [u32]),
}

fn opt_text(v: Option<&str>) -> Cell<'_> {
    v.map_or(Cell::Null, Cell::Text)
}

/// A row of one of the tables: its cells in column order, or its JSON line.
pub trait Row {
    /// The cells, in the order of [`Table::columns`].
    fn cells(&self) -> Vec<Cell<'_>>;
    /// The row as one JSON object (keys in column order), without the newline.
    fn write_json(&self, out: &mut dyn Write) -> io::Result<()>;
}

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
    /// First day it may denote (`YYYY-MM-DD` in JSON).
    pub earliest: NaiveDate,
    /// Last day it may denote.
    pub latest: NaiveDate,
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
    pub to_date: Option<NaiveDate>,
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
pub fn write_jsonl<T: Row>(
    rows: impl IntoIterator<Item = T>,
    out: &mut dyn Write,
) -> io::Result<()> {
    for r in rows {
        r.write_json(out)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

macro_rules! json_row {
    ($t:ident) => {
        impl Row for $t<'_> {
            fn cells(&self) -> Vec<Cell<'_>> {
                self.cells_in_order()
            }
            fn write_json(&self, out: &mut dyn Write) -> io::Result<()> {
                serde_json::to_writer(out, self).map_err(io::Error::from)
            }
        }
    };
}

json_row!(SnapshotRow);
json_row!(ArrangementRow);
json_row!(ParticipationRow);
json_row!(ChangeRow);
json_row!(FindingRow);

impl SnapshotRow<'_> {
    fn cells_in_order(&self) -> Vec<Cell<'_>> {
        vec![
            Cell::Text(self.snapshot),
            Cell::Text(self.title),
            Cell::Text(self.publisher),
            Cell::Text(self.kind),
            Cell::Text(&self.as_of),
            Cell::Date(self.earliest),
            Cell::Date(self.latest),
            Cell::TextList(&self.covers),
            Cell::Bool(self.exhaustive),
            Cell::Text(self.source),
            Cell::Text(self.sha256),
            Cell::Int(self.arrangements as i64),
        ]
    }
}

impl ArrangementRow<'_> {
    fn cells_in_order(&self) -> Vec<Cell<'_>> {
        vec![
            Cell::Text(self.snapshot),
            Cell::Text(self.arrangement),
            opt_text(self.key),
            Cell::Text(self.name),
            Cell::Text(self.display_name),
            opt_text(self.category),
            opt_text(self.legal_form_printed),
            opt_text(self.legal_form),
            opt_text(self.host),
            Cell::Text(self.status),
            Cell::TextList(&self.participants),
            Cell::IntList(&self.lines),
        ]
    }
}

impl ParticipationRow<'_> {
    fn cells_in_order(&self) -> Vec<Cell<'_>> {
        vec![
            Cell::Text(self.snapshot),
            Cell::Text(self.arrangement),
            Cell::Text(self.municipality),
            Cell::Text(self.participation),
        ]
    }
}

impl ChangeRow<'_> {
    fn cells_in_order(&self) -> Vec<Cell<'_>> {
        vec![
            Cell::Text(self.from),
            Cell::Text(self.to),
            self.to_date.map_or(Cell::Null, Cell::Date),
            Cell::Text(self.kind),
            Cell::Text(self.arrangement),
            Cell::Text(self.name),
            opt_text(self.category),
            opt_text(self.municipality),
            opt_text(self.before.as_deref()),
            opt_text(self.after.as_deref()),
            Cell::Bool(self.cosmetic),
            Cell::Bool(self.uncertain),
        ]
    }
}

impl FindingRow<'_> {
    fn cells_in_order(&self) -> Vec<Cell<'_>> {
        vec![
            Cell::Text(self.code),
            Cell::Text(self.severity),
            Cell::Text(self.snapshot),
            opt_text(self.arrangement),
            Cell::Text(self.message),
            opt_text(self.source),
            Cell::IntList(&self.lines),
        ]
    }
}

/// What an export is made of: every snapshot of the set, the changelog of
/// its inventories and its audit.
#[derive(Debug, Clone, Copy)]
pub struct Export<'a> {
    /// Every snapshot, oldest first.
    pub snapshots: &'a [&'a Snapshot],
    /// The log of the inventories.
    pub log: &'a Changelog,
    /// The audit of the set.
    pub audit: &'a Audit,
}

impl Export<'_> {
    /// Call `f` with every row of `table`, in order; stop at its first error.
    pub fn visit<E>(
        &self,
        table: Table,
        mut f: impl FnMut(&dyn Row) -> Result<(), E>,
    ) -> Result<(), E> {
        fn each<R: Row, E>(
            rows: impl Iterator<Item = R>,
            f: &mut dyn FnMut(&dyn Row) -> Result<(), E>,
        ) -> Result<(), E> {
            rows.into_iter().try_for_each(|r| f(&r))
        }
        match table {
            Table::Snapshots => each(snapshot_rows(self.snapshots), &mut f),
            Table::Arrangements => each(arrangement_rows(self.snapshots), &mut f),
            Table::Participation => each(participation_rows(self.snapshots), &mut f),
            Table::Changes => each(change_rows(self.log), &mut f),
            Table::Findings => each(finding_rows(self.audit), &mut f),
        }
    }

    /// Write `table` as JSON Lines.
    pub fn write_jsonl(&self, table: Table, out: &mut dyn Write) -> io::Result<()> {
        self.visit(table, |r| {
            r.write_json(out)?;
            out.write_all(b"\n")
        })
    }

    /// The ids of the snapshots exported, oldest first.
    pub fn snapshot_ids(&self) -> Vec<&str> {
        self.snapshots.iter().map(|s| s.id.as_str()).collect()
    }
}

/// The `snapshots` rows.
pub fn snapshot_rows<'a>(snaps: &'a [&'a Snapshot]) -> impl Iterator<Item = SnapshotRow<'a>> {
    snaps.iter().map(|s| SnapshotRow {
        snapshot: s.id.as_str(),
        title: &s.title,
        publisher: &s.publisher,
        kind: s.kind.as_str(),
        as_of: s.as_of.to_string(),
        earliest: s.as_of.earliest(),
        latest: s.as_of.latest(),
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
            .map(|s| s.as_of.earliest()),
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
