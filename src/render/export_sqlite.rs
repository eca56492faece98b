//! `samdiff export --format sqlite`: the tables of [`super::export`] in one
//! SQLite database, for Datasette, `sqlite3` or DuckDB's SQLite reader.
//!
//! Columns are typed from the one description of the tables: texts and
//! days (`YYYY-MM-DD`) as `TEXT`, numbers as `INTEGER`, true/false as
//! `INTEGER` 0 or 1 (checked), lists as `TEXT` holding a JSON array (read
//! them with `json_each`; the `participation` table is the participants as
//! rows). Each table gets its primary key and its foreign keys as declared
//! in [`Table`], and a few indexes for the usual joins; a `meta` table
//! says which schema, which samdiff and which snapshots wrote it.
//!
//! The database is written in one transaction without a journal (the file
//! is a temporary one until it is complete, see [`crate::output`]), rows in
//! the data's order, indexes last: the same input gives the same bytes.

use std::path::Path;

use rusqlite::types::{ToSqlOutput, Value, ValueRef};
use rusqlite::{Connection, ToSql, params_from_iter};

use super::export::{Cell, Column, Export, Kind, SCHEMA_VERSION, Table};

/// The indexes made besides the primary keys: `(table, columns)`.
const INDEXES: [(Table, &[&str]); 5] = [
    (Table::Arrangements, &["arrangement"]),
    (Table::Participation, &["municipality"]),
    (Table::Changes, &["arrangement"]),
    (Table::Changes, &["to"]),
    (Table::Findings, &["snapshot", "arrangement"]),
];

/// Write every table of `export`, and `meta`, into a new database at
/// `path` (an empty or missing file).
pub fn write_sqlite(export: &Export<'_>, path: &Path) -> rusqlite::Result<()> {
    let mut conn = Connection::open(path)?;
    // No journal: a failed export leaves a temporary file that is removed.
    conn.execute_batch("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")?;
    conn.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    let tx = conn.transaction()?;
    tx.execute_batch("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);")?;
    {
        let mut meta = tx.prepare("INSERT INTO meta (key, value) VALUES (?1, ?2)")?;
        let ids = serde_json::to_string(&export.snapshot_ids())
            .map_err(|e| rusqlite::Error::ToSqlConversionFailure(e.into()))?;
        meta.execute(["schema_version", &SCHEMA_VERSION.to_string()])?;
        meta.execute(["samdiff_version", env!("CARGO_PKG_VERSION")])?;
        meta.execute(["snapshots", &ids])?;
    }
    for table in Table::ALL {
        tx.execute_batch(&create_table(table))?;
        let mut insert = tx.prepare(&insert_row(table))?;
        export.visit(table, |row| {
            insert.execute(params_from_iter(row.cells().iter()))?;
            Ok::<(), rusqlite::Error>(())
        })?;
    }
    for (table, columns) in INDEXES {
        tx.execute_batch(&format!(
            "CREATE INDEX \"{}_by_{}\" ON \"{}\" ({});",
            table.name(),
            columns.join("_"),
            table.name(),
            quoted(columns)
        ))?;
    }
    tx.commit()?;
    conn.close().map_err(|(_, e)| e)
}

fn quoted(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

fn column_sql(c: &Column) -> String {
    let ty = match c.kind {
        Kind::Int | Kind::Bool => "INTEGER",
        Kind::Text | Kind::Date | Kind::TextList | Kind::IntList => "TEXT",
    };
    let mut s = format!("\"{}\" {ty}", c.name);
    if !c.nullable {
        s.push_str(" NOT NULL");
    }
    if c.kind == Kind::Bool {
        s.push_str(&format!(" CHECK (\"{}\" IN (0, 1))", c.name));
    }
    s
}

/// The `CREATE TABLE` statement of `table`.
pub fn create_table(table: Table) -> String {
    let mut parts: Vec<String> = table.columns().iter().map(column_sql).collect();
    if !table.primary_key().is_empty() {
        parts.push(format!("PRIMARY KEY ({})", quoted(table.primary_key())));
    }
    for r in table.references() {
        parts.push(format!(
            "FOREIGN KEY ({}) REFERENCES \"{}\" ({})",
            quoted(r.columns),
            r.table.name(),
            quoted(r.to)
        ));
    }
    format!(
        "CREATE TABLE \"{}\" (\n  {}\n);",
        table.name(),
        parts.join(",\n  ")
    )
}

fn insert_row(table: Table) -> String {
    let names: Vec<&str> = table.columns().iter().map(|c| c.name).collect();
    let marks: Vec<String> = (1..=names.len()).map(|i| format!("?{i}")).collect();
    format!(
        "INSERT INTO \"{}\" ({}) VALUES ({})",
        table.name(),
        quoted(&names),
        marks.join(", ")
    )
}

impl ToSql for Cell<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        let json = |v: Result<String, serde_json::Error>| {
            v.map(|s| ToSqlOutput::Owned(Value::Text(s)))
                .map_err(|e| rusqlite::Error::ToSqlConversionFailure(e.into()))
        };
        Ok(match self {
            Cell::Null => ToSqlOutput::Owned(Value::Null),
            Cell::Text(s) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
            Cell::Int(n) => ToSqlOutput::Owned(Value::Integer(*n)),
            Cell::Bool(b) => ToSqlOutput::Owned(Value::Integer(i64::from(*b))),
            Cell::Date(d) => ToSqlOutput::Owned(Value::Text(d.format("%Y-%m-%d").to_string())),
            Cell::TextList(v) => return json(serde_json::to_string(v)),
            Cell::IntList(v) => return json(serde_json::to_string(v)),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_typed_keyed_and_reference_their_parents() {
        assert_eq!(
            create_table(Table::Participation),
            concat!(
                "CREATE TABLE \"participation\" (\n",
                "  \"snapshot\" TEXT NOT NULL,\n",
                "  \"arrangement\" TEXT NOT NULL,\n",
                "  \"municipality\" TEXT NOT NULL,\n",
                "  \"participation\" TEXT NOT NULL,\n",
                "  PRIMARY KEY (\"snapshot\", \"arrangement\", \"municipality\"),\n",
                "  FOREIGN KEY (\"snapshot\", \"arrangement\") REFERENCES \"arrangements\" (\"snapshot\", \"arrangement\")\n",
                ");"
            )
        );
        let changes = create_table(Table::Changes);
        assert!(changes.contains("\"to_date\" TEXT,\n"), "{changes}");
        assert!(
            changes.contains("\"cosmetic\" INTEGER NOT NULL CHECK (\"cosmetic\" IN (0, 1))"),
            "{changes}"
        );
        assert!(!changes.contains("PRIMARY KEY"), "{changes}");
    }
}
