//! The same arrangement listed twice in one document: one entry citing two
//! rows, or two entries with the same name.
//!
//! Code: `listed-twice`.

use std::collections::BTreeMap;

use super::messages as msg;
use super::{Code, Finding, evidence_lines, finding};
use crate::snapshot::{LoadedSnapshot, words};

/// Check `s`.
pub fn check(s: &LoadedSnapshot, out: &mut Vec<Finding>) {
    let mut by_name: BTreeMap<Vec<String>, Vec<usize>> = BTreeMap::new();
    for (i, a) in s.snapshot.arrangements.iter().enumerate() {
        let rows: Vec<_> = a.printed_rows().collect();
        if rows.len() > 1 {
            let list: Vec<String> = rows
                .iter()
                .map(|c| c.lines.first().map_or(String::new(), |l| l.to_string()))
                .collect();
            out.push(finding(
                Code::ListedTwice,
                s,
                Some(a),
                msg::listed_twice(a.display_name(), &list),
                rows.iter()
                    .map(|c| evidence_lines(s, c.lines.clone()))
                    .collect(),
            ));
        }
        let key = words(a.display_name());
        if !key.is_empty() {
            by_name.entry(key).or_default().push(i);
        }
    }
    for idx in by_name.values().filter(|v| v.len() > 1) {
        let entries: Vec<_> = idx.iter().map(|&i| &s.snapshot.arrangements[i]).collect();
        let ids: Vec<String> = entries.iter().map(|a| format!("`{}`", a.id)).collect();
        out.push(finding(
            Code::ListedTwice,
            s,
            Some(entries[0]),
            msg::same_name_twice(entries[0].display_name(), &ids),
            entries.iter().map(|a| super::evidence_of(s, a)).collect(),
        ));
    }
}
