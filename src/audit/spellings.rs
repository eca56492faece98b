//! Variant spellings of one arrangement's name across documents.
//!
//! Code: `name-variants`.

use std::collections::BTreeMap;

use super::messages as msg;
use super::{Code, Cx, Finding, evidence_of, finding, window};
use crate::snapshot::LoadedSnapshot;

/// Two printed names of one arrangement this similar (normalised
/// Damerau-Levenshtein on the lowercased letters and digits, separators
/// removed) are spellings of one name rather than a rename. 0.8 admits a
/// typo or two in a long name ("Frisklivsentral" / "Frislivssentral",
/// "nødalarmeringssentral" / "nødalarmeingsentral") and rejects renames
/// ("Rådmannsutvalg" / "Kommunedirektørutvalg"); names that differ only in
/// case, spaces or punctuation are not variants at all.
pub const MIN_VARIANT_SIMILARITY: f64 = 0.8;

/// Check every arrangement id across all snapshots. Only names printed as
/// table rows count: prose inflects names ("Regionrådet") and describes
/// arrangements rather than naming them ("brannvesen").
pub fn check(cx: &Cx, out: &mut Vec<Finding>) {
    // id -> distinct spellings (key) -> first (snapshot, printed name)
    let mut by_id: BTreeMap<&str, Vec<(String, &LoadedSnapshot, &crate::model::Arrangement)>> =
        BTreeMap::new();
    for s in cx.snapshots {
        for a in s
            .snapshot
            .arrangements
            .iter()
            .filter(|a| a.printed_rows().next().is_some())
        {
            let key = spelling_key(a, cx.registry);
            let v = by_id.entry(a.id.as_str()).or_default();
            if !v.iter().any(|(k, _, _)| *k == key) {
                v.push((key, s, a));
            }
        }
    }
    for variants in by_id.values().filter(|v| v.len() > 1) {
        // union of pairs that are similar and not explained by the registry
        let n = variants.len();
        let mut group: Vec<usize> = (0..n).collect();
        for i in 0..n {
            for j in i + 1..n {
                let (ki, si, ai) = &variants[i];
                let (kj, sj, aj) = &variants[j];
                let sim = strsim::normalized_damerau_levenshtein(ki, kj);
                let explained = cx
                    .registry
                    .explain_rename(&ai.name, &aj.name, window(si, sj))
                    .is_some();
                if sim >= MIN_VARIANT_SIMILARITY && !explained {
                    let (gi, gj) = (find(&mut group, i), find(&mut group, j));
                    group[gj.max(gi)] = gi.min(gj);
                }
            }
        }
        let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for i in 0..n {
            let g = find(&mut group, i);
            groups.entry(g).or_default().push(i);
        }
        for members in groups.values().filter(|m| m.len() > 1) {
            let spelled: Vec<(String, String)> = members
                .iter()
                .map(|&i| {
                    (
                        variants[i].2.name.clone(),
                        variants[i].1.snapshot.id.to_string(),
                    )
                })
                .collect();
            let (_, last_s, last_a) = &variants[*members.last().unwrap_or(&0)];
            out.push(finding(
                Code::NameVariants,
                last_s,
                Some(last_a),
                msg::name_variants(&spelled),
                members
                    .iter()
                    .map(|&i| evidence_of(variants[i].1, variants[i].2))
                    .collect(),
            ));
        }
    }
}

/// A printed name as a spelling (issue 12 point 11): lowercase letters and
/// digits, and a hyphen inside a word (`Innkjøps-samarbeid` and
/// `Innkjøpssamarbeid` are spelled differently; a spaced dash is only
/// punctuation), without what is not part of the name: a trailing `*` (a
/// table's mark for a sub-agreement) and a trailing word that is a legal
/// form the registry knows (`Gudbrandsdal krisesenter IKS`).
fn spelling_key(a: &crate::model::Arrangement, registry: &crate::registry::Registry) -> String {
    let mut name = a.name.trim().trim_end_matches(['*', ' ']);
    if let Some((head, last)) = name.rsplit_once(' ')
        && !head.trim().is_empty()
        && registry.spelling(last).is_some()
    {
        name = head.trim_end();
    }
    let chars: Vec<char> = name.chars().collect();
    let mut key = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_alphanumeric() {
            key.extend(c.to_lowercase());
        } else if c == '-'
            && i > 0
            && chars[i - 1].is_alphanumeric()
            && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric())
        {
            key.push('-');
        }
    }
    key
}

fn find(group: &mut [usize], i: usize) -> usize {
    let mut r = i;
    while group[r] != r {
        r = group[r];
    }
    group[i] = r;
    r
}
