//! `samdiff export --format parquet`: one table of [`super::export`] as one
//! Parquet file, for DuckDB, Spark, pandas or polars.
//!
//! Written with the `parquet` crate's column writers (no Arrow): columns
//! are typed from the one description of the tables: texts as
//! `BYTE_ARRAY` (`STRING`), numbers as `INT64`, true/false as `BOOLEAN`,
//! days as `INT32` (`DATE`), lists as `LIST` of `STRING` or `INT64` (never
//! null: an empty list is an empty list). A nullable column is `OPTIONAL`,
//! every other `REQUIRED`. Pages are Snappy-compressed; rows go in row
//! groups of [`ROW_GROUP_ROWS`], in the data's order. The file's key-value
//! metadata says which schema, which samdiff and which snapshots wrote it.
//! Nothing in the file depends on the clock: the same input gives the same
//! bytes.

use std::io::Write;
use std::sync::Arc;

use chrono::NaiveDate;
use parquet::basic::{Compression, LogicalType, Repetition, Type as Physical};
use parquet::data_type::{BoolType, ByteArray, ByteArrayType, Int32Type, Int64Type};
use parquet::errors::{ParquetError, Result};
use parquet::file::metadata::KeyValue;
use parquet::file::properties::WriterProperties;
use parquet::file::writer::{SerializedColumnWriter, SerializedFileWriter};
use parquet::schema::types::{Type, TypePtr};

use super::export::{Cell, Column, Export, Kind, SCHEMA_VERSION, Table};

/// Rows per row group: large enough for good compression and few groups
/// in a national register (36 000 arrangements a year), small enough that
/// the buffered columns of one group stay a few tens of megabytes.
pub const ROW_GROUP_ROWS: usize = 100_000;

/// The Parquet schema of `table`.
pub fn schema(table: Table) -> Result<TypePtr> {
    let fields = table
        .columns()
        .iter()
        .map(field)
        .collect::<Result<Vec<_>>>()?;
    Ok(Arc::new(
        Type::group_type_builder(table.name())
            .with_fields(fields)
            .build()?,
    ))
}

fn primitive(
    name: &str,
    physical: Physical,
    logical: Option<LogicalType>,
    repetition: Repetition,
) -> Result<TypePtr> {
    Ok(Arc::new(
        Type::primitive_type_builder(name, physical)
            .with_repetition(repetition)
            .with_logical_type(logical)
            .build()?,
    ))
}

fn field(c: &Column) -> Result<TypePtr> {
    let repetition = if c.nullable {
        Repetition::OPTIONAL
    } else {
        Repetition::REQUIRED
    };
    let element = match c.kind {
        Kind::Text => {
            return primitive(
                c.name,
                Physical::BYTE_ARRAY,
                Some(LogicalType::String),
                repetition,
            );
        }
        Kind::Int => return primitive(c.name, Physical::INT64, None, repetition),
        Kind::Bool => return primitive(c.name, Physical::BOOLEAN, None, repetition),
        Kind::Date => {
            return primitive(c.name, Physical::INT32, Some(LogicalType::Date), repetition);
        }
        Kind::TextList => primitive(
            "element",
            Physical::BYTE_ARRAY,
            Some(LogicalType::String),
            Repetition::REQUIRED,
        )?,
        Kind::IntList => primitive("element", Physical::INT64, None, Repetition::REQUIRED)?,
    };
    // The standard three-level list: <name> (LIST) { repeated list { element } }.
    let list = Type::group_type_builder("list")
        .with_repetition(Repetition::REPEATED)
        .with_fields(vec![element])
        .build()?;
    Ok(Arc::new(
        Type::group_type_builder(c.name)
            .with_repetition(Repetition::REQUIRED)
            .with_logical_type(Some(LogicalType::List))
            .with_fields(vec![Arc::new(list)])
            .build()?,
    ))
}

/// Days since 1970-01-01, Parquet's `DATE`.
fn epoch_days(d: NaiveDate) -> i32 {
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or(NaiveDate::MIN);
    // A NaiveDate is within ±262 143 years: its day count fits an i32.
    (d - epoch).num_days() as i32
}

/// The values of one column of one row group, with their levels.
enum Values {
    Bytes(Vec<ByteArray>),
    Int64(Vec<i64>),
    Int32(Vec<i32>),
    Bool(Vec<bool>),
}

struct Buffer {
    column: &'static Column,
    values: Values,
    def: Vec<i16>,
    rep: Vec<i16>,
}

impl Buffer {
    fn new(column: &'static Column) -> Buffer {
        let values = match column.kind {
            Kind::Text | Kind::TextList => Values::Bytes(Vec::new()),
            Kind::Int | Kind::IntList => Values::Int64(Vec::new()),
            Kind::Date => Values::Int32(Vec::new()),
            Kind::Bool => Values::Bool(Vec::new()),
        };
        Buffer {
            column,
            values,
            def: Vec::new(),
            rep: Vec::new(),
        }
    }

    fn mismatch(&self, cell: &Cell<'_>) -> ParquetError {
        ParquetError::General(format!(
            "column {} ({:?}) cannot hold {cell:?}",
            self.column.name, self.column.kind
        ))
    }

    /// Add one row's cell.
    fn push(&mut self, cell: &Cell<'_>) -> Result<()> {
        let present = self.column.nullable;
        match (cell, &mut self.values) {
            (Cell::Null, _) if self.column.nullable => {
                self.def.push(0);
                return Ok(());
            }
            (Cell::Text(s), Values::Bytes(v)) if self.column.kind == Kind::Text => {
                v.push(ByteArray::from(*s))
            }
            (Cell::Int(n), Values::Int64(v)) if self.column.kind == Kind::Int => v.push(*n),
            (Cell::Bool(b), Values::Bool(v)) => v.push(*b),
            (Cell::Date(d), Values::Int32(v)) => v.push(epoch_days(*d)),
            (Cell::TextList(items), Values::Bytes(v)) if self.column.kind == Kind::TextList => {
                v.extend(items.iter().map(|s| ByteArray::from(*s)));
                self.list_levels(items.len());
                return Ok(());
            }
            (Cell::IntList(items), Values::Int64(v)) if self.column.kind == Kind::IntList => {
                v.extend(items.iter().map(|n| i64::from(*n)));
                self.list_levels(items.len());
                return Ok(());
            }
            _ => return Err(self.mismatch(cell)),
        }
        if present {
            self.def.push(1);
        }
        Ok(())
    }

    /// Levels of a required list of `n` required elements: an empty list
    /// is one level pair (0, 0); each element is defined (1), and repeats
    /// the list (1) after the first.
    fn list_levels(&mut self, n: usize) {
        if n == 0 {
            self.def.push(0);
            self.rep.push(0);
        }
        for i in 0..n {
            self.def.push(1);
            self.rep.push(i16::from(i > 0));
        }
    }

    /// Write the buffered values into `col`, and empty the buffer.
    fn write(&mut self, col: &mut SerializedColumnWriter<'_>) -> Result<()> {
        let list = matches!(self.column.kind, Kind::TextList | Kind::IntList);
        let def = (list || self.column.nullable).then_some(self.def.as_slice());
        let rep = list.then_some(self.rep.as_slice());
        match &mut self.values {
            Values::Bytes(v) => {
                col.typed::<ByteArrayType>().write_batch(v, def, rep)?;
                v.clear();
            }
            Values::Int64(v) => {
                col.typed::<Int64Type>().write_batch(v, def, rep)?;
                v.clear();
            }
            Values::Int32(v) => {
                col.typed::<Int32Type>().write_batch(v, def, rep)?;
                v.clear();
            }
            Values::Bool(v) => {
                col.typed::<BoolType>().write_batch(v, def, rep)?;
                v.clear();
            }
        }
        self.def.clear();
        self.rep.clear();
        Ok(())
    }
}

/// Write `table` of `export` as one Parquet file to `out`.
pub fn write_parquet<W: Write + Send>(export: &Export<'_>, table: Table, out: W) -> Result<()> {
    let ids = serde_json::to_string(&export.snapshot_ids())
        .map_err(|e| ParquetError::General(e.to_string()))?;
    let meta = vec![
        KeyValue::new("samdiff.schema_version".into(), SCHEMA_VERSION.to_string()),
        KeyValue::new(
            "samdiff.version".into(),
            env!("CARGO_PKG_VERSION").to_string(),
        ),
        KeyValue::new("samdiff.snapshots".into(), ids),
    ];
    let props = WriterProperties::builder()
        .set_compression(Compression::SNAPPY)
        .set_key_value_metadata(Some(meta))
        .build();
    let mut writer = SerializedFileWriter::new(out, schema(table)?, Arc::new(props))?;
    let mut buffers: Vec<Buffer> = table.columns().iter().map(Buffer::new).collect();
    let mut rows = 0;
    export.visit(table, |row| {
        for (b, cell) in buffers.iter_mut().zip(row.cells().iter()) {
            b.push(cell)?;
        }
        rows += 1;
        if rows == ROW_GROUP_ROWS {
            flush(&mut writer, &mut buffers)?;
            rows = 0;
        }
        Ok::<(), ParquetError>(())
    })?;
    if rows > 0 {
        flush(&mut writer, &mut buffers)?;
    }
    writer.close()?;
    Ok(())
}

fn flush<W: Write + Send>(
    writer: &mut SerializedFileWriter<W>,
    buffers: &mut [Buffer],
) -> Result<()> {
    let mut group = writer.next_row_group()?;
    for b in buffers {
        let mut col = group
            .next_column()?
            .ok_or_else(|| ParquetError::General(format!("no column {}", b.column.name)))?;
        b.write(&mut col)?;
        col.close()?;
    }
    group.close()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_count_days_from_1970() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(epoch_days(d(1970, 1, 1)), 0);
        assert_eq!(epoch_days(d(2021, 1, 1)), 18_628);
        assert_eq!(epoch_days(d(1969, 12, 31)), -1);
    }

    #[test]
    fn list_levels_mark_empty_lists_and_repeats() {
        static LINES: Column = Column {
            name: "lines",
            kind: Kind::IntList,
            nullable: false,
        };
        let mut b = Buffer::new(&LINES);
        b.push(&Cell::IntList(&[3, 4])).unwrap();
        b.push(&Cell::IntList(&[])).unwrap();
        b.push(&Cell::IntList(&[7])).unwrap();
        assert_eq!(b.def, [1, 1, 0, 1]);
        assert_eq!(b.rep, [0, 1, 0, 0]);
        assert!(matches!(&b.values, Values::Int64(v) if v == &[3, 4, 7]));
        assert!(b.push(&Cell::Null).is_err(), "a list is never null");
        assert!(b.push(&Cell::Text("x")).is_err());
    }

    #[test]
    fn the_schema_marks_nullable_columns_optional() {
        let s = schema(Table::Changes).unwrap();
        let fields = s.get_fields();
        assert_eq!(fields.len(), Table::Changes.columns().len());
        let to_date = &fields[2];
        assert_eq!(to_date.name(), "to_date");
        assert_eq!(to_date.get_basic_info().repetition(), Repetition::OPTIONAL);
        assert_eq!(
            to_date.get_basic_info().logical_type_ref(),
            Some(&LogicalType::Date)
        );
        assert_eq!(
            fields[0].get_basic_info().repetition(),
            Repetition::REQUIRED
        );
    }
}
