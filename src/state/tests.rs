use super::*;
use crate::snapshot::SnapshotSet;

fn embedded() -> SnapshotSet {
    SnapshotSet::embedded().set
}

fn state(set: &SnapshotSet, m: &[&str], at: Option<&str>) -> State {
    let snaps: Vec<&Snapshot> = set.snapshots.iter().map(|l| &l.snapshot).collect();
    let opts = StateOptions {
        at: at.map(|a| a.parse().unwrap()),
        municipalities: m.iter().map(|x| Municipality::from(*x)).collect(),
        proposals: false,
    };
    build_state(&snaps, &opts, &|id| Some(format!("<{id}>")))
}

#[test]
fn each_municipality_reads_its_newest_covering_inventory_on_the_date() {
    let set = embedded();
    let s = state(&set, &["Øyer"], Some("2021"));
    assert_eq!(s.municipalities[0].snapshot.as_deref(), Some("oyer-2021"));
    let s = state(&set, &["Øyer"], Some("2020"));
    assert_eq!(s.municipalities[0].snapshot.as_deref(), Some("region-2019"));
    // The 2021 overview covers only Øyer: Gausdal's state is still 2019's.
    let s = state(&set, &["Gausdal"], Some("2021"));
    assert_eq!(s.municipalities[0].snapshot.as_deref(), Some("region-2019"));
    // Before any document, there is no basis and no row.
    let s = state(&set, &["Øyer"], Some("1990"));
    assert_eq!(s.municipalities[0].snapshot, None);
    assert!(s.rows.is_empty());
}

#[test]
fn rows_are_established_arrangements_the_municipality_is_in() {
    let set = embedded();
    let s = state(&set, &["Øyer"], None);
    let oyer = set.resolve("oyer-2021").unwrap();
    assert!(!s.rows.is_empty());
    let mut ids: Vec<&str> = s.rows.iter().map(|r| r.id.as_str()).collect();
    for r in &s.rows {
        let a = oyer.snapshot.arrangement(&r.id).unwrap();
        assert!(a.status.is_established(), "{}", r.id);
        assert_ne!(r.participation["Øyer"], Participation::No, "{}", r.id);
        assert_eq!(r.sources[0].snapshot, "oyer-2021");
        assert!(!r.sources[0].lines.is_empty());
        if let Some(f) = &r.legal_form_id {
            assert_eq!(
                r.legal_form_words.as_deref(),
                Some(format!("<{f}>").as_str())
            );
        }
    }
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), s.rows.len(), "each arrangement once");
    // Every arrangement of the 2021 overview that Øyer takes part in is there.
    let expected = oyer
        .snapshot
        .arrangements
        .iter()
        .filter(|a| a.status.is_established())
        .filter(|a| a.participation_of(&"Øyer".into()) == Participation::Yes)
        .count();
    let yes = s
        .rows
        .iter()
        .filter(|r| r.participation["Øyer"] == Participation::Yes)
        .count();
    assert_eq!(yes, expected);
}

#[test]
fn side_by_side_covers_every_covered_municipality() {
    let set = embedded();
    let s = state(&set, &[], Some("2021"));
    let names: Vec<&str> = s
        .municipalities
        .iter()
        .map(|b| b.municipality.as_str())
        .collect();
    assert_eq!(names, ["Gausdal", "Lillehammer", "Øyer"]);
    for r in &s.rows {
        assert_eq!(r.participation.len(), 3, "{}", r.id);
    }
}
