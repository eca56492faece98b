//! Scope and date from the document's own words.
//!
//! Scope: whose cooperation the overview lists, as the document states it —
//! "Øyer deltar i …", "samarbeid Gausdal kommune deltar i", "kommunene
//! Gausdal, Lillehammer og Øyer", "Gausdal, Lillehammer og Øyer kommuner".
//! Only names of the table's municipality columns count, so a sentence
//! about other municipalities is never read as the scope.

use super::vocab::{Vocabulary, fold};
use crate::model::{Citation, CitationRole, Municipality, PartialDate};

/// The municipalities among `columns` that a list ending (or starting) at
/// a word boundary of `text` names, in folded form: "a, b og c".
fn list_names(text: &str, columns: &[(String, Municipality)], from_end: bool) -> Vec<Municipality> {
    let mut rest = text.trim().to_owned();
    let mut out = Vec::new();
    loop {
        let hit = columns.iter().find(|(k, _)| {
            if from_end {
                rest == *k || rest.ends_with(&format!(" {k}"))
            } else {
                rest == *k || rest.starts_with(&format!("{k} "))
            }
        });
        let Some((k, m)) = hit else { break };
        if !out.contains(m) {
            out.push(m.clone());
        }
        rest = if from_end {
            rest[..rest.len() - k.len()].trim_end().to_owned()
        } else {
            rest[k.len()..].trim_start().to_owned()
        };
        let sep = ["og", "and", "samt"];
        let stripped = sep.iter().find_map(|s| {
            if from_end {
                rest.strip_suffix(&format!(" {s}")).map(str::to_owned)
            } else {
                rest.strip_prefix(&format!("{s} ")).map(str::to_owned)
            }
        });
        match stripped {
            Some(r) => rest = r,
            // `fold` turns commas into spaces, so a list "a, b" is "a b".
            None if !rest.is_empty() => {}
            None => break,
        }
    }
    out
}

/// The scope the document states, with the line that states it: first a
/// "… deltar i" sentence, then a list "kommunene A, B og C" or
/// "A, B og C kommuner" naming at least two columns.
pub(crate) fn find_scope(
    lines: &[String],
    columns: &[Municipality],
    vocab: &Vocabulary,
) -> Option<(Vec<Municipality>, Citation)> {
    let keyed: Vec<(String, Municipality)> = columns
        .iter()
        .map(|m| (vocab.municipality_key(m.as_str()), m.clone()))
        .collect();
    let in_column_order = |mut names: Vec<Municipality>| {
        names.sort_by_key(|n| columns.iter().position(|c| c == n));
        names
    };
    let cite = |i: usize, l: &str| Citation {
        lines: vec![i as u32 + 1],
        role: CitationRole::Mention,
        quote: Some(l.trim().chars().take(200).collect()),
    };
    for (i, l) in lines.iter().enumerate() {
        let f = fold(l);
        for (pos, _) in f
            .match_indices(" deltar i ")
            .chain(f.match_indices(" deltar "))
        {
            let mut before = f[..pos].to_owned();
            for s in [" kommunene", " kommuner", " kommune"] {
                if let Some(b) = before.strip_suffix(s) {
                    before = b.to_owned();
                    break;
                }
            }
            let names = list_names(&before, &keyed, true);
            if !names.is_empty() {
                return Some((in_column_order(names), cite(i, l)));
            }
        }
    }
    for (i, l) in lines.iter().enumerate() {
        let f = fold(l);
        for (pos, w) in f.match_indices("kommunene ") {
            let names = list_names(&f[pos + w.len()..], &keyed, false);
            if names.len() >= 2 {
                return Some((in_column_order(names), cite(i, l)));
            }
        }
        for (pos, _) in f.match_indices(" kommuner") {
            let names = list_names(&f[..pos], &keyed, true);
            if names.len() >= 2 {
                return Some((in_column_order(names), cite(i, l)));
            }
        }
    }
    title_scope(lines, &keyed).map(|(m, i)| (in_column_order(m), cite(i, &lines[i])))
}

/// A title about cooperation that names one column's municipality as
/// "X kommune" ("Interkommunale samarbeid – Øyer kommune"): the
/// municipality's own overview; or that lists two or more after "for" or
/// "mellom" ("Interkommunale samarbeid for Gausdal, Lillehammer og Øyer
/// per 31.12.2023"): theirs. Only the document's first line, and only
/// when it is one cell, so a comment in a row ("Kjøp av tjenester fra
/// Lillehammer kommune") is never read as the scope. With its line index.
fn title_scope(
    lines: &[String],
    keyed: &[(String, Municipality)],
) -> Option<(Vec<Municipality>, usize)> {
    let (i, title) = lines
        .iter()
        .map(|l| l.trim().trim_end_matches([';', ',', '\t']).trim())
        .enumerate()
        .find(|(_, l)| !l.is_empty())?;
    if title.contains([';', '\t']) {
        return None;
    }
    let f = format!(" {} ", fold(title));
    if !f.contains("samarbeid") {
        return None;
    }
    for (pos, w) in f.match_indices(" for ").chain(f.match_indices(" mellom ")) {
        let names = list_names(&f[pos + w.len()..], keyed, false);
        if names.len() >= 2 {
            return Some((names, i));
        }
    }
    let named: Vec<&Municipality> = keyed
        .iter()
        .filter(|(k, _)| f.contains(&format!(" {k} kommune ")))
        .map(|(_, m)| m)
        .collect();
    match named.as_slice() {
        [m] => Some((vec![(*m).clone()], i)),
        _ => None,
    }
}

/// A year or a day in a file name (`oversikt-2022.xlsx`,
/// `oversikt_2022-01-01.csv`): the only date it holds, within the model's
/// years ([`crate::model::YEARS`]).
pub(crate) fn date_from_file_name(name: &str) -> Option<PartialDate> {
    let stem = std::path::Path::new(name)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())?;
    let runs: Vec<&str> = stem
        .split(|c: char| !c.is_ascii_digit())
        .filter(|r| !r.is_empty())
        .collect();
    let years: Vec<(usize, i32)> = runs
        .iter()
        .enumerate()
        .filter(|(_, r)| r.len() == 4)
        .filter_map(|(i, r)| r.parse().ok().map(|y| (i, y)))
        .filter(|(_, y)| crate::model::is_valid_year(*y))
        .collect();
    let [(i, y)] = years.as_slice() else {
        return None;
    };
    if let (Some(m), Some(d)) = (runs.get(i + 1), runs.get(i + 2))
        && m.len() == 2
        && d.len() == 2
        && let (Ok(m), Ok(d)) = (m.parse(), d.parse())
        && let Some(day) = chrono::NaiveDate::from_ymd_opt(*y, m, d)
    {
        return Some(PartialDate::Day(day));
    }
    (runs.len() == 1).then_some(PartialDate::Year(*y))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Municipality {
        Municipality::from(s)
    }

    #[test]
    fn scope_sentences() {
        let v = Vocabulary::embedded();
        let cols = [m("Øyer"), m("Lillehammer"), m("Gausdal")];
        let lines = |s: &str| vec!["Tittel".to_owned(), s.to_owned()];
        let (s, c) = find_scope(
            &lines("Øyer deltar i en rekke samarbeidsordninger, sammen med Lillehammer og Gausdal kommuner."),
            &cols,
            &v,
        )
        .unwrap();
        assert_eq!(s, [m("Øyer")]);
        assert_eq!(c.lines, [2]);
        let (s, _) = find_scope(
            &lines("Oversikt over samarbeid Gausdal kommune deltar i"),
            &cols,
            &v,
        )
        .unwrap();
        assert_eq!(s, [m("Gausdal")]);
        let (s, _) = find_scope(
            &lines("Samarbeid mellom kommunene Gausdal, Lillehammer og Øyer."),
            &cols,
            &v,
        )
        .unwrap();
        assert_eq!(s, cols, "in column order");
        let (s, _) = find_scope(
            &lines("Gausdal, Lillehammer og Øyer kommuner utgjør Lillehammer-regionen"),
            &cols,
            &v,
        )
        .unwrap();
        assert_eq!(s.len(), 3);
        assert!(find_scope(&lines("Det er andre kommuner som deltar i noen"), &cols, &v).is_none());
        assert!(find_scope(&lines("Ringebu deltar i mye"), &cols, &v).is_none());
    }

    #[test]
    fn a_title_naming_one_municipality_is_its_own_overview() {
        let v = Vocabulary::embedded();
        let cols = [m("Øyer"), m("Lillehammer"), m("Gausdal")];
        let doc = |title: &str| {
            vec![
                String::new(),
                title.to_owned(),
                "Status pr. 01.03.2023".to_owned(),
                "Navn;Øyer;Lillehammer;Gausdal;Merknad".to_owned(),
                "Innkjøp;Ja;Ja;Ja;Kjøp av tjenester fra Lillehammer kommune, samarbeid".to_owned(),
            ]
        };
        let (s, c) = find_scope(
            &doc("Interkommunale samarbeid – Øyer kommune;;;;"),
            &cols,
            &v,
        )
        .unwrap();
        assert_eq!((s, c.lines), (vec![m("Øyer")], vec![2]));
        let (s, _) =
            find_scope(&doc("Gausdal kommune: interkommunalt samarbeid"), &cols, &v).unwrap();
        assert_eq!(s, [m("Gausdal")]);
        // A list of the columns after "for" or "mellom": theirs.
        for title in [
            "Oversikt over interkommunale samarbeid for Gausdal, Lillehammer og Øyer per 31.12.2023;;;",
            "Samarbeid mellom Øyer og Gausdal",
        ] {
            let (s, c) = find_scope(&doc(title), &cols, &v).unwrap();
            assert_eq!(c.lines, [2], "{title}");
            assert!(
                s.len() >= 2 && s.iter().all(|m| cols.contains(m)),
                "{title}"
            );
            assert_eq!(s[0], m("Øyer"), "in column order: {title}");
        }
        // Two municipalities, no word about cooperation, a title of
        // several cells, one name after "for", or only a row's comment: no
        // scope.
        for title in [
            "Samarbeid mellom Øyer kommune og Gausdal kommune",
            "Øyer kommune",
            "Samarbeid;Øyer kommune",
            "Oversikt",
            "Samarbeid i Øyer kommunene",
            "Samarbeid for Øyer og Ringebu",
            "Samarbeid;for Gausdal og Øyer",
            "Oversikt for Gausdal og Øyer",
        ] {
            assert!(find_scope(&doc(title), &cols, &v).is_none(), "{title}");
        }
    }

    #[test]
    fn dates_in_file_names() {
        assert_eq!(
            date_from_file_name("oversikt-2022.xlsx"),
            Some(PartialDate::Year(2022))
        );
        assert_eq!(
            date_from_file_name("oversikt_2022-01-01.csv").map(|d| d.to_string()),
            Some("2022-01-01".to_owned())
        );
        assert_eq!(date_from_file_name("oversikt.xlsx"), None);
        assert_eq!(date_from_file_name("2021-til-2022.csv"), None);
        assert_eq!(date_from_file_name("v0999.csv"), None);
    }
}
