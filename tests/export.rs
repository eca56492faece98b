//! `samdiff export` (issue 16): the tables are JSON Lines whose rows add up
//! to what the other commands report, and they are written atomically.

use assert_cmd::Command;

fn samdiff(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::cargo_bin("samdiff")
        .unwrap()
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("LC_ALL", "C")
        .args(args)
        .output()
        .unwrap()
}

fn rows(path: &std::path::Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn export_reads_back_and_agrees_with_log_and_audit() {
    let tmp = tempfile::tempdir().unwrap();
    let out = samdiff(tmp.path(), &["export", "-o", "out"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty());
    let dir = tmp.path().join("out");
    let snapshots = rows(&dir.join("snapshots.jsonl"));
    let arrangements = rows(&dir.join("arrangements.jsonl"));
    let listed: u64 = snapshots
        .iter()
        .map(|s| s["arrangements"].as_u64().unwrap())
        .sum();
    assert_eq!(snapshots.len(), 5);
    assert_eq!(arrangements.len() as u64, listed);
    assert!(!rows(&dir.join("participation.jsonl")).is_empty());

    let log = samdiff(tmp.path(), &["log", "--format", "json"]);
    let log: serde_json::Value = serde_json::from_slice(&log.stdout).unwrap();
    let changes = rows(&dir.join("changes.jsonl"));
    assert_eq!(changes.len(), log["changes"].as_array().unwrap().len());
    for (row, c) in changes.iter().zip(log["changes"].as_array().unwrap()) {
        assert_eq!(row["kind"], c["kind"]);
        assert_eq!(row["arrangement"], c["arrangement"]);
    }
    let audit = samdiff(tmp.path(), &["audit", "--format", "json"]);
    let audit: serde_json::Value = serde_json::from_slice(&audit.stdout).unwrap();
    let findings = rows(&dir.join("findings.jsonl"));
    assert_eq!(findings.len(), audit["findings"].as_array().unwrap().len());

    // A second export does not overwrite without --force, and leaves the
    // tables as they were.
    let again = samdiff(tmp.path(), &["export", "-o", "out"]);
    assert_eq!(again.status.code(), Some(2));
    let forced = samdiff(tmp.path(), &["export", "-o", "out", "--force"]);
    assert!(forced.status.success());
    assert_eq!(rows(&dir.join("changes.jsonl")), changes, "deterministic");
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| !n.ends_with(".jsonl"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "no temporary files left: {leftovers:?}"
    );
}

/// Every JSONL table of an export in `dir`, by name: its columns (the
/// keys of its first line, in order) and its rows.
fn jsonl_tables(dir: &std::path::Path) -> Vec<(&'static str, Vec<String>, Vec<serde_json::Value>)> {
    TABLES
        .iter()
        .map(|t| {
            let path = dir.join(format!("{t}.jsonl"));
            let first = std::fs::read_to_string(&path).unwrap();
            let first = first.lines().next().unwrap().to_string();
            let rows = rows(&path);
            // serde_json's map sorts its keys: order them as the line does.
            let mut keys: Vec<String> = rows[0].as_object().unwrap().keys().cloned().collect();
            keys.sort_by_key(|k| first.find(&format!("\"{k}\":")).unwrap());
            (*t, keys, rows)
        })
        .collect()
}

const TABLES: [&str; 5] = [
    "snapshots",
    "arrangements",
    "participation",
    "changes",
    "findings",
];

/// Export the built-in data as JSON Lines into `tmp/jsonl` and as `format`
/// to `output`; both must succeed.
fn export_both(tmp: &std::path::Path, format: &str, output: &str) {
    for args in [
        vec!["export", "-o", "jsonl"],
        vec!["export", "--format", format, "-o", output],
    ] {
        let out = samdiff(tmp, &args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.stdout.is_empty());
    }
}

/// A SQLite cell as the JSON value the JSONL table holds, read by the JSON
/// value's own type: 0/1 for a boolean, a JSON array held as text.
fn sqlite_as_json(
    cell: rusqlite::types::ValueRef<'_>,
    like: &serde_json::Value,
) -> serde_json::Value {
    use rusqlite::types::ValueRef;
    match (cell, like) {
        (ValueRef::Null, _) => serde_json::Value::Null,
        (ValueRef::Integer(n), serde_json::Value::Bool(_)) => {
            assert!(n == 0 || n == 1, "a boolean is 0 or 1, not {n}");
            serde_json::Value::Bool(n == 1)
        }
        (ValueRef::Integer(n), _) => n.into(),
        (ValueRef::Text(t), serde_json::Value::Array(_)) => {
            serde_json::from_slice(t).expect("a list is a JSON array")
        }
        (ValueRef::Text(t), _) => std::str::from_utf8(t).unwrap().into(),
        (other, _) => panic!("unexpected SQLite value {other:?}"),
    }
}

#[test]
fn sqlite_export_reads_back_and_agrees_with_jsonl_log_and_audit() {
    let tmp = tempfile::tempdir().unwrap();
    export_both(tmp.path(), "sqlite", "samdiff.sqlite");
    let db = rusqlite::Connection::open_with_flags(
        tmp.path().join("samdiff.sqlite"),
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
    )
    .unwrap();

    // Every table holds the JSONL table's rows, in order, column by column.
    for (table, columns, json) in jsonl_tables(&tmp.path().join("jsonl")) {
        let mut stmt = db
            .prepare(&format!("SELECT * FROM \"{table}\" ORDER BY rowid"))
            .unwrap();
        let names: Vec<String> = stmt.column_names().map(|s| s.to_string()).collect();
        assert_eq!(names, columns, "{table}: the columns are the JSONL keys");
        let mut got = Vec::new();
        let mut rows = stmt.query([]).unwrap();
        while let Some(r) = rows.next().unwrap() {
            let like = &json[got.len()];
            let obj: serde_json::Map<String, serde_json::Value> = names
                .iter()
                .enumerate()
                .map(|(i, n)| (n.clone(), sqlite_as_json(r.get_ref(i).unwrap(), &like[n])))
                .collect();
            got.push(serde_json::Value::Object(obj));
        }
        assert_eq!(got.len(), json.len(), "{table}: row count");
        assert_eq!(got, json, "{table}: rows");
    }

    // Counts agree with `log` and `audit`.
    let count = |sql: &str| db.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
    let log = samdiff(tmp.path(), &["log", "--format", "json"]);
    let log: serde_json::Value = serde_json::from_slice(&log.stdout).unwrap();
    assert_eq!(
        count("SELECT count(*) FROM changes") as usize,
        log["changes"].as_array().unwrap().len()
    );
    let audit = samdiff(tmp.path(), &["audit", "--format", "json"]);
    let audit: serde_json::Value = serde_json::from_slice(&audit.stdout).unwrap();
    assert_eq!(
        count("SELECT count(*) FROM findings") as usize,
        audit["findings"].as_array().unwrap().len()
    );

    // Typed values, exactly.
    let (as_of, earliest, covers, exhaustive, listed): (String, String, String, i64, i64) = db
        .query_row(
            "SELECT as_of, earliest, covers, exhaustive, arrangements FROM snapshots
             WHERE snapshot = 'region-2019'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .unwrap();
    assert_eq!(
        (
            as_of.as_str(),
            earliest.as_str(),
            covers.as_str(),
            exhaustive,
            listed
        ),
        (
            "2019-01-01",
            "2019-01-01",
            r#"["Gausdal","Lillehammer","Øyer"]"#,
            0,
            58
        )
    );
    let kind_of = |col: &str| {
        db.query_row(
            &format!("SELECT typeof(\"{col}\") FROM changes LIMIT 1"),
            [],
            |r| r.get::<_, String>(0),
        )
        .unwrap()
    };
    assert_eq!(kind_of("cosmetic"), "integer");
    assert_eq!(kind_of("to_date"), "text");

    // A join: the participants lists (JSON) and the participation table
    // name the same marks, and every participation row has its arrangement
    // and its snapshot.
    assert_eq!(
        count("SELECT count(*) FROM arrangements, json_each(arrangements.participants)"),
        count(
            "SELECT count(*) FROM participation p
             JOIN arrangements a USING (snapshot, arrangement)
             JOIN snapshots s USING (snapshot)
             WHERE p.participation = 'yes'"
        )
    );
    assert_eq!(count("SELECT count(*) FROM pragma_foreign_key_check"), 0);
    let ok: String = db
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");

    // Which schema, which samdiff, which snapshots.
    let meta = |key: &str| {
        db.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| {
            r.get::<_, String>(0)
        })
        .unwrap()
    };
    assert_eq!(meta("schema_version"), "1");
    assert_eq!(meta("samdiff_version"), env!("CARGO_PKG_VERSION"));
    assert_eq!(
        meta("snapshots"),
        r#"["oyer-2010","oyer-revised","region-2019","strategy-2019","oyer-2021"]"#
    );
    assert_eq!(count("PRAGMA user_version"), 1);
}

/// A Parquet field as the JSON value the JSONL table holds.
fn parquet_as_json(field: &parquet::record::Field) -> serde_json::Value {
    use parquet::record::Field;
    match field {
        Field::Null => serde_json::Value::Null,
        Field::Bool(b) => (*b).into(),
        Field::Long(n) => (*n).into(),
        Field::Str(s) => s.as_str().into(),
        Field::Date(days) => {
            let epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap();
            (epoch + chrono::Days::new(u64::try_from(*days).unwrap()))
                .to_string()
                .into()
        }
        Field::ListInternal(list) => list.elements().iter().map(parquet_as_json).collect(),
        other => panic!("unexpected Parquet field {other:?}"),
    }
}

#[test]
fn parquet_export_reads_back_typed_and_agrees_with_jsonl() {
    use parquet::basic::{LogicalType, Repetition, Type as Physical};
    use parquet::file::reader::{FileReader, SerializedFileReader};

    let tmp = tempfile::tempdir().unwrap();
    export_both(tmp.path(), "parquet", "parquet");
    for (table, columns, json) in jsonl_tables(&tmp.path().join("jsonl")) {
        let file =
            std::fs::File::open(tmp.path().join(format!("parquet/{table}.parquet"))).unwrap();
        let reader = SerializedFileReader::new(file).unwrap();
        let meta = reader.metadata().file_metadata();
        assert_eq!(meta.num_rows() as usize, json.len(), "{table}: row count");
        let kv: Vec<(String, Option<String>)> = meta
            .key_value_metadata()
            .unwrap()
            .iter()
            .map(|k| (k.key.clone(), k.value.clone()))
            .collect();
        assert!(kv.contains(&("samdiff.schema_version".into(), Some("1".into()))));
        let fields = meta.schema().get_fields();
        let names: Vec<String> = fields.iter().map(|f| f.name().to_string()).collect();
        assert_eq!(names, columns, "{table}: the columns are the JSONL keys");
        let got: Vec<serde_json::Value> = reader
            .get_row_iter(None)
            .unwrap()
            .map(|r| {
                let r = r.unwrap();
                r.get_column_iter()
                    .map(|(n, f)| (n.clone(), parquet_as_json(f)))
                    .collect::<serde_json::Map<_, _>>()
                    .into()
            })
            .collect();
        assert_eq!(got, json, "{table}: rows");
    }

    // Typed columns: a date is a DATE, a nullable column OPTIONAL, a list a LIST.
    let file = std::fs::File::open(tmp.path().join("parquet/changes.parquet")).unwrap();
    let reader = SerializedFileReader::new(file).unwrap();
    let schema = reader.metadata().file_metadata().schema_descr();
    let to_date = schema.column(2);
    assert_eq!(to_date.name(), "to_date");
    assert_eq!(to_date.physical_type(), Physical::INT32);
    assert_eq!(to_date.logical_type_ref(), Some(&LogicalType::Date));
    assert_eq!(
        to_date.self_type().get_basic_info().repetition(),
        Repetition::OPTIONAL
    );
    assert_eq!(schema.column(10).physical_type(), Physical::BOOLEAN);
    let file = std::fs::File::open(tmp.path().join("parquet/arrangements.parquet")).unwrap();
    let reader = SerializedFileReader::new(file).unwrap();
    let root = reader.metadata().file_metadata().schema();
    let participants = &root.get_fields()[10];
    assert_eq!(participants.name(), "participants");
    assert_eq!(
        participants.get_basic_info().logical_type_ref(),
        Some(&LogicalType::List)
    );
    // A few values: the first 2021 arrangement as the crate's reader sees it.
    let row = reader
        .get_row_iter(None)
        .unwrap()
        .map(|r| r.unwrap())
        .find(|r| {
            r.get_column_iter()
                .next()
                .is_some_and(|(_, f)| parquet_as_json(f) == "oyer-2021")
        })
        .unwrap();
    let row = serde_json::Value::Object(
        row.get_column_iter()
            .map(|(n, f)| (n.clone(), parquet_as_json(f)))
            .collect(),
    );
    let json = rows(&tmp.path().join("jsonl/arrangements.jsonl"));
    let first_2021 = json.iter().find(|r| r["snapshot"] == "oyer-2021").unwrap();
    assert_eq!(&row, first_2021);
    assert!(row["lines"].as_array().is_some_and(|l| !l.is_empty()));
}

#[test]
fn sqlite_and_parquet_refuse_to_replace_without_force_and_are_deterministic() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let read_all = |paths: &[std::path::PathBuf]| -> Vec<Vec<u8>> {
        paths.iter().map(|p| std::fs::read(p).unwrap()).collect()
    };
    let parquet: Vec<_> = TABLES
        .iter()
        .map(|t| dir.join(format!("parquet/{t}.parquet")))
        .collect();
    let sqlite = vec![dir.join("out.sqlite")];
    for (format, output, files) in [
        ("sqlite", "out.sqlite", &sqlite),
        ("parquet", "parquet", &parquet),
    ] {
        let args = ["export", "--format", format, "-o", output];
        assert!(samdiff(dir, &args).status.success());
        let first = read_all(files);
        let again = samdiff(dir, &args);
        assert_eq!(again.status.code(), Some(2), "{format}");
        let first_file = files[0].strip_prefix(dir).unwrap().display().to_string();
        assert_eq!(
            String::from_utf8_lossy(&again.stderr),
            format!("error: {first_file}: already exists: pass --force to overwrite it\n")
        );
        assert_eq!(read_all(files), first, "{format}: left as it was");
        let forced = samdiff(dir, &[&args[..], &["--force"]].concat());
        assert!(forced.status.success(), "{format}");
        assert_eq!(read_all(files), first, "{format}: the same bytes again");
    }
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .chain(std::fs::read_dir(dir.join("parquet")).unwrap())
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "arrangements.parquet",
            "changes.parquet",
            "findings.parquet",
            "out.sqlite",
            "parquet",
            "participation.parquet",
            "snapshots.parquet"
        ],
        "no temporary or journal file left"
    );
}

#[test]
fn a_directory_for_sqlite_or_a_file_for_parquet_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::create_dir(dir.join("tables")).unwrap();
    std::fs::write(dir.join("notes.txt"), "keep").unwrap();
    for (args, message) in [
        (
            vec!["export", "--format", "sqlite", "-o", "tables"],
            "error: tables: names a directory: --format sqlite writes one database file: \
             name the file, such as tables/samdiff.sqlite\n",
        ),
        (
            vec!["export", "--format", "sqlite", "-o", "new/"],
            "error: new/: names a directory: --format sqlite writes one database file: \
             name the file, such as new/samdiff.sqlite\n",
        ),
        (
            vec!["export", "--format", "parquet", "-o", "notes.txt"],
            "error: notes.txt: is not a directory: --format parquet writes one file per \
             table into a directory\n",
        ),
        (
            vec!["export", "-o", "notes.txt"],
            "error: notes.txt: is not a directory: --format jsonl writes one file per \
             table into a directory\n",
        ),
    ] {
        let out = samdiff(dir, &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), message, "{args:?}");
    }
    assert!(
        std::fs::read_dir(dir.join("tables"))
            .unwrap()
            .next()
            .is_none()
    );
    assert!(!dir.join("new").exists());
    assert_eq!(
        std::fs::read_to_string(dir.join("notes.txt")).unwrap(),
        "keep"
    );
}

#[test]
fn a_set_with_an_unreadable_snapshot_exports_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    assert!(samdiff(dir, &["init", "set"]).status.success());
    std::fs::write(dir.join("set/oyer-2010.json"), "{ not json").unwrap();
    for (format, output) in [
        ("jsonl", "jsonl"),
        ("parquet", "parquet"),
        ("sqlite", "out.sqlite"),
    ] {
        let out = samdiff(
            dir,
            &[
                "--snapshots",
                "set",
                "export",
                "--format",
                format,
                "-o",
                output,
            ],
        );
        assert_eq!(out.status.code(), Some(2), "{format}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.starts_with("error: set/oyer-2010.json:1:"), "{err}");
        assert!(
            err.ends_with(
                "error: nothing exported: a snapshot file above could not be read, \
                 and an export holds the whole set\n"
            ),
            "{err}"
        );
        assert!(!dir.join(output).exists(), "{format}: nothing written");
    }
}
