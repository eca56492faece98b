//! Issue 4 property tests: a snapshot diffed with itself is empty; swapping
//! the sides mirrors the changelog; arrangement order in the files does not
//! matter; JSON output round-trips through serde.

use std::collections::BTreeMap;

use proptest::prelude::*;
use samdiff::diff::{Change, ChangeKind, NoKnowledge, Value, WordOp, diff_snapshots, status_kind};
use samdiff::model::*;
use samdiff::render::wire::ChangelogDoc;

const MUNIS: [&str; 3] = ["Alpha", "Beta", "Gamma"];

fn participation() -> impl Strategy<Value = Participation> {
    prop_oneof![
        Just(Participation::Yes),
        Just(Participation::No),
        Just(Participation::Unknown),
        Just(Participation::Considering)
    ]
}

fn status() -> impl Strategy<Value = Status> {
    prop_oneof![
        Just(Status::Active),
        Just(Status::Proposed),
        Just(Status::UnderStudy),
        Just(Status::Ended { effective: None }),
        Just(Status::NoticeGiven {
            by: Some(vec!["Alpha".into()]),
            effective: Some(PartialDate::Year(2021))
        }),
    ]
}

fn host() -> impl Strategy<Value = Host> {
    prop_oneof![
        Just(Host::Unknown),
        Just(Host::None),
        Just(Host::Participant("Alpha".into())),
        Just(Host::Participant("Beta".into())),
        Just(Host::Outside("Hamar".into())),
    ]
}

fn form() -> impl Strategy<Value = Option<LegalFormField>> {
    let f = |p: &str, n: &str, u: bool| LegalFormField {
        printed: Some(p.into()),
        normalised: Some(n.into()),
        uncertain: u,
    };
    prop_oneof![
        Just(None),
        Just(Some(f("§ 27", "kl1992-s27", false))),
        Just(Some(f("27?", "kl1992-s27", true))),
        Just(Some(f("IKS", "iks", false))),
        Just(Some(f("Iks.", "iks", false))),
    ]
}

fn text(options: &'static [&'static str]) -> impl Strategy<Value = Option<String>> {
    proptest::sample::select(options).prop_map(|s| {
        if s.is_empty() {
            None
        } else {
            Some(s.to_owned())
        }
    })
}

fn partners() -> impl Strategy<Value = Vec<Partner>> {
    proptest::sample::subsequence(vec!["Oppland fylkeskommune", "Ringebu", "Høgskolen"], 0..=3)
        .prop_map(|v| {
            v.into_iter()
                .map(|n| Partner {
                    name: n.into(),
                    kind: PartnerKind::Institution,
                })
                .collect()
        })
}

prop_compose! {
    fn arrangement(id: usize)(
        name in proptest::sample::select(vec!["Fire service", "fire  service.", "Waste company", "Archive"]),
        category in text(&["", "Politics", "Technical", "technical"]),
        legal_form in form(),
        parts in proptest::collection::vec(participation(), 3),
        host in host(),
        partners in partners(),
        comment in text(&["", "Med Oppland fylkeskommune.", "Med Innlandet fylkeskommune", "med oppland fylkeskommune"]),
        status in status(),
        line in 1u32..50,
    ) -> Arrangement {
        let participation: BTreeMap<Municipality, Participation> =
            MUNIS.iter().zip(parts).filter(|(_, p)| *p != Participation::Unknown || line % 2 == 0)
                .map(|(m, p)| ((*m).into(), p)).collect();
        Arrangement {
            id: format!("a{id}").as_str().into(),
            name: name.to_owned(),
            key: None,
            normalised_name: None,
            category,
            legal_form,
            participation,
            host,
            partners,
            comment,
            status,
            provenance: vec![Citation { lines: vec![line], role: CitationRole::Row, quote: None }],
            notes: vec![],
        }
    }
}

fn snapshot(id: &'static str, year: i32) -> impl Strategy<Value = Snapshot> {
    (
        proptest::sample::subsequence(MUNIS.to_vec(), 0..=3),
        proptest::collection::vec(proptest::option::of(Just(())), 6),
        any::<bool>(),
    )
        .prop_flat_map(move |(covers, present, plan)| {
            let ids: Vec<usize> = present
                .iter()
                .enumerate()
                .filter(|(_, p)| p.is_some())
                .map(|(i, _)| i)
                .collect();
            let arrs: Vec<_> = ids.into_iter().map(arrangement).collect();
            (Just(covers), arrs, Just(plan))
        })
        .prop_map(move |(covers, arrangements, plan)| Snapshot {
            format: SNAPSHOT_FORMAT.into(),
            id: id.into(),
            title: id.into(),
            publisher: "p".into(),
            as_of: AsOf::Year {
                date: PartialDate::Year(year),
                evidence: vec![],
            },
            kind: if plan && year > 2020 {
                SnapshotKind::Plan
            } else {
                SnapshotKind::Inventory
            },
            scope: Scope {
                covers: covers.into_iter().map(Into::into).collect(),
                mentions: vec!["Beta".into()],
                exhaustive: true,
                evidence: vec![],
            },
            source: SourceRef {
                path: format!("sources/{id}.txt"),
                sha256: "00".into(),
                original_name: None,
                description: None,
                sheet: None,
            },
            table: None,
            notes: vec![],
            skipped: vec![],
            arrangements,
            index: Default::default(),
        })
}

/// The change seen from the other side.
fn mirror(c: &Change) -> Change {
    let mut m = c.clone();
    std::mem::swap(&mut m.before, &mut m.after);
    std::mem::swap(&mut m.evidence.before, &mut m.evidence.after);
    std::mem::swap(&mut m.from, &mut m.to);
    m.kind = match c.kind {
        ChangeKind::Added => ChangeKind::Ended,
        ChangeKind::Ended | ChangeKind::NoticeGiven | ChangeKind::StatusChanged => {
            match (&m.before, &m.after) {
                (Some(Value::Status(b)), Some(Value::Status(a))) => status_kind(b, a).unwrap(),
                _ => ChangeKind::Added,
            }
        }
        ChangeKind::LeftScope => ChangeKind::EnteredScope,
        ChangeKind::EnteredScope => ChangeKind::LeftScope,
        ChangeKind::ParticipantJoined => ChangeKind::ParticipantLeft,
        ChangeKind::ParticipantLeft => ChangeKind::ParticipantJoined,
        ChangeKind::PartnerJoined => ChangeKind::PartnerLeft,
        ChangeKind::PartnerLeft => ChangeKind::PartnerJoined,
        k => k,
    };
    for w in &mut m.words {
        w.op = match w.op {
            WordOp::Insert => WordOp::Delete,
            WordOp::Delete => WordOp::Insert,
            WordOp::Equal => WordOp::Equal,
        };
    }
    m
}

/// What does not mirror by construction: the latest name/category come from
/// the later side, and a word diff may align differently either way.
#[allow(clippy::type_complexity)]
fn comparable(
    c: &Change,
) -> (
    ChangeKind,
    String,
    Option<String>,
    String,
    String,
    bool,
    bool,
    Vec<Municipality>,
    Option<String>,
    Option<String>,
) {
    let v = |x: &Option<Value>| format!("{x:?}");
    let side = |s: &Option<samdiff::diff::Side>| {
        s.as_ref().map(|s| format!("{}:{:?}", s.snapshot, s.lines))
    };
    (
        c.kind,
        c.arrangement.to_string(),
        c.municipality.as_ref().map(|m| m.to_string()),
        v(&c.before),
        v(&c.after),
        c.cosmetic,
        c.uncertain,
        c.scope_basis.clone(),
        side(&c.evidence.before),
        side(&c.evidence.after),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn self_diff_is_empty(a in snapshot("a", 2019)) {
        let log = diff_snapshots(&a, &a, &NoKnowledge);
        prop_assert!(log.changes.is_empty(), "{:?}", log.changes);
    }

    #[test]
    fn swapping_sides_mirrors(a in snapshot("a", 2019), b in snapshot("b", 2019)) {
        let ab = diff_snapshots(&a, &b, &NoKnowledge);
        let ba = diff_snapshots(&b, &a, &NoKnowledge);
        let mut want: Vec<_> = ab.changes.iter().map(|c| comparable(&mirror(c))).collect();
        let mut got: Vec<_> = ba.changes.iter().map(comparable).collect();
        want.sort();
        got.sort();
        prop_assert_eq!(want, got);
    }

    #[test]
    fn order_of_arrangements_does_not_matter(a in snapshot("a", 2019), b in snapshot("b", 2021), seed in any::<u64>()) {
        let mut a2 = a.clone();
        let mut b2 = b.clone();
        // a deterministic shuffle
        let n = a2.arrangements.len().max(1);
        a2.arrangements.rotate_left((seed as usize) % n);
        a2.arrangements.reverse();
        b2.arrangements.reverse();
        let x = diff_snapshots(&a, &b, &NoKnowledge);
        let y = diff_snapshots(&a2, &b2, &NoKnowledge);
        prop_assert_eq!(x, y);
    }

    #[test]
    fn json_round_trips(a in snapshot("a", 2019), b in snapshot("b", 2021)) {
        let log = diff_snapshots(&a, &b, &NoKnowledge);
        let mut buf = Vec::new();
        samdiff::render::json::write_changelog(&log, &mut buf).unwrap();
        let text = String::from_utf8(buf).unwrap();
        let doc: ChangelogDoc = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(&doc, &ChangelogDoc::from(&log));
        prop_assert_eq!(serde_json::to_string_pretty(&doc).unwrap() + "\n", text);
    }
}
