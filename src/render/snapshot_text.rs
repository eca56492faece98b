//! `show`: one snapshot as a table that reads like the source document.

use anstyle::Style;
use std::io::{self, Write};

use crate::i18n::{Catalog, Msg};
use crate::model::{
    Arrangement, Host, Municipality, Participation, Snapshot, SnapshotKind, Status,
};

use super::table::Table;

/// The mark printed for a participation value. Unknown is `?` so that it can
/// never be mistaken for a blank (no) cell.
pub fn mark(p: Participation) -> &'static str {
    match p {
        Participation::Yes => "x",
        Participation::No => "-",
        Participation::Unknown => "?",
        Participation::Considering => "~",
    }
}

/// The municipality columns to show: the table's printed order if the
/// snapshot has one, else covered then mentioned municipalities.
pub fn columns(s: &Snapshot) -> Vec<&Municipality> {
    match &s.table {
        Some(t) => t.columns.iter().collect(),
        None => s.scope.covers.iter().chain(&s.scope.mentions).collect(),
    }
}

/// Short description of a host, in the catalogue's language.
pub fn host_text(h: &Host, cat: &Catalog) -> String {
    match h {
        Host::Participant(m) => m.to_string(),
        Host::Outside(s) => cat.get(Msg::HostOutside, &[("name", s.into())]),
        Host::None => cat.text(Msg::HostNone),
        Host::Unknown => "?".to_owned(),
    }
}

/// Short description of a status, in the catalogue's language.
pub fn status_text(s: &Status, cat: &Catalog) -> String {
    match s {
        Status::Active => cat.text(Msg::StatusActive),
        Status::NoticeGiven { by, effective } => {
            let by = by.as_ref().map(|b| b.join(", "));
            let date = effective.map(|e| e.to_string());
            match (by, date) {
                (None, None) => cat.text(Msg::StatusNoticeGiven),
                (Some(by), None) => cat.get(Msg::StatusNoticeGivenBy, &[("by", by.into())]),
                (None, Some(d)) => cat.get(Msg::StatusNoticeGivenFrom, &[("date", d.into())]),
                (Some(by), Some(d)) => cat.get(
                    Msg::StatusNoticeGivenByFrom,
                    &[("by", by.into()), ("date", d.into())],
                ),
            }
        }
        Status::Ended { effective: Some(e) } => {
            cat.get(Msg::StatusEndedOn, &[("date", e.to_string().into())])
        }
        Status::Ended { effective: None } => cat.text(Msg::StatusEnded),
        Status::Proposed => cat.text(Msg::StatusProposed),
        Status::UnderStudy => cat.text(Msg::StatusUnderStudy),
    }
}

/// A snapshot kind's name, in the catalogue's language.
pub fn kind_text(k: SnapshotKind, cat: &Catalog) -> String {
    match k {
        SnapshotKind::Inventory => cat.text(Msg::KindInventory),
        SnapshotKind::Plan => cat.text(Msg::KindPlan),
    }
}

/// Write the snapshot's header and its arrangements grouped by category, in
/// document order.
pub fn write_snapshot(
    s: &Snapshot,
    cat: &Catalog,
    out: &mut dyn Write,
    heading: Style,
) -> io::Result<()> {
    writeln!(out, "{heading}{}{heading:#}  {}", s.id, s.title)?;
    let covers = names(&s.scope.covers);
    writeln!(
        out,
        "{}",
        cat.get(
            Msg::ShowHeader,
            &[
                ("kind", kind_text(s.kind, cat).into()),
                ("as_of", s.as_of.to_string().into()),
                (
                    "covers",
                    if covers.is_empty() {
                        "-".into()
                    } else {
                        covers.into()
                    }
                ),
            ]
        )
    )?;
    if let Some(t) = &s.table {
        let msg = match t.order {
            crate::model::ColumnOrderBasis::Printed => Msg::ShowColumnsPrinted,
            crate::model::ColumnOrderBasis::Inferred => Msg::ShowColumnsInferred,
        };
        writeln!(
            out,
            "{}",
            cat.get(msg, &[("columns", names(&t.columns).into())])
        )?;
    }
    writeln!(out, "{}", cat.text(Msg::ShowMarks))?;
    writeln!(out)?;
    let cols = columns(s);
    let mut header = vec![cat.text(Msg::ColName), cat.text(Msg::ColForm)];
    header.extend(cols.iter().map(|m| m.to_string()));
    header.extend([
        cat.text(Msg::ColHost),
        cat.text(Msg::ColStatus),
        cat.text(Msg::ColComment),
    ]);
    let mut t = Table::with_header(header);
    let mut current: Option<&str> = None;
    let no_category = cat.text(Msg::NoCategory);
    for a in &s.arrangements {
        let category = a.category.as_deref();
        if category != current {
            t.section(category.unwrap_or(&no_category));
            current = category;
        }
        t.row(row(a, &cols, cat));
    }
    t.write(out, heading)
}

fn row(a: &Arrangement, cols: &[&Municipality], cat: &Catalog) -> Vec<String> {
    let mut cells = vec![
        format!("  {}", a.name),
        a.legal_form
            .as_ref()
            .and_then(|f| f.printed.clone())
            .unwrap_or_default(),
    ];
    cells.extend(cols.iter().map(|m| mark(a.participation_of(m)).to_owned()));
    cells.push(host_text(&a.host, cat));
    cells.push(status_text(&a.status, cat));
    let mut comment = a.comment.clone().unwrap_or_default();
    let rows = a.printed_rows().count();
    if rows > 1 {
        comment.push(' ');
        comment.push_str(&cat.get(Msg::ShowListedTimes, &[("count", rows.into())]));
    }
    cells.push(comment.trim().to_owned());
    cells
}

fn names(v: &[Municipality]) -> String {
    v.iter().map(|m| m.as_str()).collect::<Vec<_>>().join(", ")
}
