//! Issue 6 acceptance, registry side: what the registry says about every
//! legal-form change, partner change and rename between region-2019 and
//! oyer-2021. The diff asks exactly these questions through its
//! `DomainKnowledge` plug-in; this golden file lists the answers so a
//! reader can check that no pure relabel or county succession is called
//! substantive and every substantive change still is.

use std::fmt::Write;

use samdiff::model::Partner;
use samdiff::registry::{FormLink, Registry, Window};
use samdiff::snapshot::SnapshotSet;

#[test]
fn readings_2019_to_2021() {
    let set = SnapshotSet::embedded().into_result().unwrap();
    let reg = Registry::embedded().unwrap();
    let a = &set.resolve("region-2019").unwrap().snapshot;
    let b = &set.resolve("oyer-2021").unwrap().snapshot;
    let w = Window::new(a.as_of.earliest(), b.as_of.latest());
    let mut out = String::new();
    for x in &a.arrangements {
        let Some(y) = b.arrangement(x.id.as_str()) else {
            continue;
        };
        let form = |f: &Option<samdiff::model::LegalFormField>| {
            f.as_ref().and_then(|f| f.normalised.clone())
        };
        if let (Some(fa), Some(fb)) = (form(&x.legal_form), form(&y.legal_form))
            && fa != fb
        {
            let verdict = match reg.relate_forms(&fa, &fb, w) {
                FormLink::Same => "same".to_owned(),
                FormLink::Relabel { event, vague } => {
                    format!(
                        "relabel by {}{}",
                        event.id,
                        if vague { " (vague)" } else { "" }
                    )
                }
                FormLink::Conversion { event } => format!("required conversion ({})", event.id),
                FormLink::Change => "SUBSTANTIVE".to_owned(),
            };
            writeln!(out, "form    {:<40} {fa} -> {fb}: {verdict}", x.id).unwrap();
        }
        let names = |ps: &[Partner]| ps.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
        let (pa, pb) = (names(&x.partners), names(&y.partners));
        for old in pa.iter().filter(|n| !pb.contains(n)) {
            let by = pb
                .iter()
                .filter(|n| !pa.contains(n))
                .find_map(|new| reg.explain_partner(old, new, w).map(|e| (new, e)));
            match by {
                Some((new, e)) => writeln!(
                    out,
                    "partner {:<40} {old} -> {new}: succession ({})",
                    x.id, e.source
                )
                .unwrap(),
                None => writeln!(
                    out,
                    "partner {:<40} {old} -> (gone): not a succession",
                    x.id
                )
                .unwrap(),
            }
        }
        if x.name != y.name {
            let why = reg
                .explain_rename(&x.name, &y.name, w)
                .or_else(|| reg.explain_change("renamed", &[&x.name, &y.name], w));
            if let Some(e) = why {
                writeln!(
                    out,
                    "rename  {:<40} {} -> {}: {}",
                    x.id, x.name, y.name, e.source
                )
                .unwrap();
            }
        }
        if let (Some(ca), Some(cb)) = (&x.comment, &y.comment)
            && ca != cb
            && let Some(e) = reg.explain_mentions(ca, cb, w)
        {
            writeln!(out, "comment {:<40} {ca} -> {cb}: {}", x.id, e.source).unwrap();
        }
    }
    insta::assert_snapshot!(out);
}

/// Issue 6 acceptance: with the registry plugged in, the 2019 → 2021
/// changelog reports no pure relabel and no county succession as a
/// substantive change, and still reports every substantive one.
#[test]
fn changelog_2019_2021_separates_relabels_from_substantive_changes() {
    use samdiff::diff::{ChangeKind, diff_snapshots};
    let set = SnapshotSet::embedded().into_result().unwrap();
    let reg = Registry::embedded().unwrap();
    let a = &set.resolve("region-2019").unwrap().snapshot;
    let b = &set.resolve("oyer-2021").unwrap().snapshot;
    let log = diff_snapshots(a, b, &reg);
    let of = |k: ChangeKind, uncertain: bool| {
        let mut v: Vec<&str> = log
            .changes
            .iter()
            .filter(|c| c.kind == k && c.uncertain == uncertain)
            .map(|c| c.arrangement.as_str())
            .collect();
        v.sort_unstable();
        v
    };
    assert_eq!(
        of(ChangeKind::LegalFormChanged, false),
        vec!["felles-brann-og-feiertjeneste", "gudbrandsdalsmusea"]
    );
    // a form printed on one side only (issue 12 point 7): reported, uncertain
    assert_eq!(
        of(ChangeKind::LegalFormChanged, true),
        vec![
            "eidsiva-energi",
            "giax",
            "gudbrandsdal-energi",
            "ufo-ungdom"
        ]
    );
    // every § 28-1 b row of 2019 still listed in 2021 is a relabel by the 2018 act
    let by_act = log
        .changes
        .iter()
        .filter(|c| {
            c.kind == ChangeKind::LegalFormRelabelled
                && c.reason.as_ref().and_then(|r| r.source.as_deref())
                    == Some("registry:events/kl2018-in-force")
        })
        .count();
    let s28: usize = a
        .arrangements
        .iter()
        .filter(|x| {
            x.legal_form.as_ref().and_then(|f| f.normalised.as_deref()) == Some("kl1992-s28-1b")
                && b.arrangement(x.id.as_str()).is_some()
        })
        .count();
    assert_eq!((by_act, s28), (15, 15));
    assert_eq!(
        of(ChangeKind::PartnerSucceeded, false),
        vec![
            "karriereveiledning-you-koordinator",
            "kontrollutvalgssekretariat",
            "regionrad"
        ]
    );
    for c in log
        .changes
        .iter()
        .filter(|c| matches!(c.kind, ChangeKind::PartnerJoined | ChangeKind::PartnerLeft))
    {
        let name = match (&c.before, &c.after) {
            (Some(samdiff::diff::Value::Partner(p)), _)
            | (_, Some(samdiff::diff::Value::Partner(p))) => p.name.clone(),
            _ => String::new(),
        };
        assert!(!name.contains("fylkeskommune"), "{} {name}", c.arrangement);
    }
    assert_eq!(
        of(ChangeKind::HostChanged, false),
        vec!["gerica-elektronisk-pasientjournal"]
    );
    let renamed = log
        .changes
        .iter()
        .find(|c| {
            c.kind == ChangeKind::Renamed && c.arrangement.as_str() == "kommunedirektorutvalg"
        })
        .unwrap();
    assert_eq!(
        renamed.reason.as_ref().and_then(|r| r.source.as_deref()),
        Some("registry:events/kl2018-in-force")
    );
}
