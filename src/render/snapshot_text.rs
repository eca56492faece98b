//! `show`: one snapshot as a table that reads like the source document.

use anstyle::Style;
use std::io::{self, Write};

use crate::model::{Arrangement, Host, Municipality, Participation, Snapshot, Status};

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

/// Short description of a host.
pub fn host_text(h: &Host) -> String {
    match h {
        Host::Participant(m) => m.to_string(),
        Host::Outside(s) => format!("{s} (outside)"),
        Host::None => "none".to_owned(),
        Host::Unknown => "?".to_owned(),
    }
}

/// Short description of a status.
pub fn status_text(s: &Status) -> String {
    match s {
        Status::Active => "active".to_owned(),
        Status::NoticeGiven { by, effective } => {
            let mut t = "notice given".to_owned();
            if let Some(by) = by {
                t.push_str(&format!(" by {}", by.join(", ")));
            }
            if let Some(e) = effective {
                t.push_str(&format!(" from {e}"));
            }
            t
        }
        Status::Ended { effective: Some(e) } => format!("ended {e}"),
        Status::Ended { effective: None } => "ended".to_owned(),
        Status::Proposed => "proposed".to_owned(),
        Status::UnderStudy => "under study".to_owned(),
    }
}

/// Write the snapshot's header and its arrangements grouped by category, in
/// document order.
pub fn write_snapshot(s: &Snapshot, out: &mut dyn Write, heading: Style) -> io::Result<()> {
    writeln!(out, "{heading}{}{heading:#}  {}", s.id, s.title)?;
    let covers = names(&s.scope.covers);
    writeln!(
        out,
        "{} · as of {} · covers {}",
        s.kind.as_str(),
        s.as_of,
        if covers.is_empty() {
            "-".into()
        } else {
            covers
        }
    )?;
    if let Some(t) = &s.table {
        let basis = match t.order {
            crate::model::ColumnOrderBasis::Printed => "printed in the header",
            crate::model::ColumnOrderBasis::Inferred => {
                "header lost; order inferred by the curator"
            }
        };
        writeln!(out, "columns: {} ({basis})", names(&t.columns))?;
    }
    writeln!(out, "marks: x yes · - no · ? unknown · ~ considering")?;
    writeln!(out)?;
    let cols = columns(s);
    let mut header = vec!["name".to_owned(), "form".to_owned()];
    header.extend(cols.iter().map(|m| m.to_string()));
    header.extend(["host".to_owned(), "status".to_owned(), "comment".to_owned()]);
    let mut t = Table::with_header(header);
    let mut current: Option<&str> = None;
    for a in &s.arrangements {
        let cat = a.category.as_deref();
        if cat != current {
            t.section(cat.unwrap_or("(no category)"));
            current = cat;
        }
        t.row(row(a, &cols));
    }
    t.write(out, heading)
}

fn row(a: &Arrangement, cols: &[&Municipality]) -> Vec<String> {
    let mut cells = vec![
        format!("  {}", a.name),
        a.legal_form
            .as_ref()
            .and_then(|f| f.printed.clone())
            .unwrap_or_default(),
    ];
    cells.extend(cols.iter().map(|m| mark(a.participation_of(m)).to_owned()));
    cells.push(host_text(&a.host));
    cells.push(status_text(&a.status));
    let mut comment = a.comment.clone().unwrap_or_default();
    let rows = a.printed_rows().count();
    if rows > 1 {
        comment.push_str(&format!(" [listed {rows} times]"));
    }
    cells.push(comment.trim().to_owned());
    cells
}

fn names(v: &[Municipality]) -> String {
    v.iter().map(|m| m.as_str()).collect::<Vec<_>>().join(", ")
}
