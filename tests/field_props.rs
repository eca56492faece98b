//! Issue 12 point 7, as a property: for any two states of one arrangement
//! that differ in a field both documents print, the diff reports a change
//! touching that field. Nothing the documents say differently is silently
//! dropped (a form that appears, a host that becomes known).
//!
//! "Both documents print" matters: a document with no section headings, no
//! legal forms or no hosts at all says nothing about them, and the engine
//! rightly reports nothing. The fixtures here are two tables that cover all
//! three municipalities and print every field, so every difference counts.

use std::collections::BTreeMap;

use proptest::prelude::*;
use samdiff::diff::{Change, ChangeKind, NoKnowledge, diff_snapshots};
use samdiff::model::*;

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
        Just(Status::Ended {
            effective: Some(PartialDate::Month(2021, 10))
        }),
        Just(Status::NoticeGiven {
            by: None,
            effective: None
        }),
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
        Just(Some(f("Vedtak", "council-decision", false))),
        Just(Some(f("Vetak", "council-decision", false))),
    ]
}

fn text(options: &'static [&'static str]) -> impl Strategy<Value = Option<String>> {
    proptest::sample::select(options).prop_map(|s| (!s.is_empty()).then(|| s.to_owned()))
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
    fn state()(
        name in proptest::sample::select(vec!["Fire service", "fire  service.", "Waste company"]),
        category in text(&["", "Politics", "Technical", "technical"]),
        legal_form in form(),
        parts in proptest::collection::vec(participation(), 3),
        host in host(),
        partners in partners(),
        comment in text(&["", "Med Oppland fylkeskommune.", "Jfr. vedtak", "Jf. vedtak"]),
        status in status(),
    ) -> Arrangement {
        let participation: BTreeMap<Municipality, Participation> =
            MUNIS.iter().zip(parts).map(|(m, p)| ((*m).into(), p)).collect();
        Arrangement {
            name: name.to_owned(),
            category,
            legal_form,
            participation,
            host,
            partners,
            comment,
            status,
            ..Arrangement::row("x", "X", 3)
        }
    }
}

/// A table covering all three municipalities that prints every field: the
/// arrangement under test and an anchor row with a heading, a form, a host
/// and a comment.
fn table(id: &str, year: i32, x: Arrangement) -> Snapshot {
    let anchor = Arrangement {
        category: Some("Anchor".into()),
        legal_form: Some(LegalFormField {
            printed: Some("IKS".into()),
            normalised: Some("iks".into()),
            uncertain: false,
        }),
        host: Host::Participant("Alpha".into()),
        comment: Some("anchor".into()),
        participation: MUNIS
            .iter()
            .map(|m| ((*m).into(), Participation::Yes))
            .collect(),
        ..Arrangement::row("anchor", "Anchor", 2)
    };
    Snapshot {
        format: SNAPSHOT_FORMAT.into(),
        id: id.into(),
        title: id.into(),
        publisher: "p".into(),
        as_of: AsOf::Year {
            date: PartialDate::Year(year),
            evidence: vec![],
        },
        kind: SnapshotKind::Inventory,
        scope: Scope {
            covers: MUNIS.iter().map(|m| (*m).into()).collect(),
            mentions: vec![],
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
        table: Some(TableLayout {
            columns: MUNIS.iter().map(|m| (*m).into()).collect(),
            order: ColumnOrderBasis::Printed,
            evidence: vec![],
        }),
        notes: vec![],
        skipped: vec![],
        arrangements: vec![anchor, x],
        index: Default::default(),
    }
}

/// The fields in which `a` and `b` differ, each with a test of whether a
/// change touches it.
#[allow(clippy::type_complexity)]
fn differing(a: &Arrangement, b: &Arrangement) -> Vec<(String, Box<dyn Fn(&Change) -> bool>)> {
    use ChangeKind::*;
    let kinds = |ks: &'static [ChangeKind]| -> Box<dyn Fn(&Change) -> bool> {
        Box::new(move |c: &Change| ks.contains(&c.kind))
    };
    let mut out: Vec<(String, Box<dyn Fn(&Change) -> bool>)> = Vec::new();
    if a.name != b.name {
        out.push(("name".into(), kinds(&[Renamed])));
    }
    if a.category != b.category {
        out.push(("category".into(), kinds(&[CategoryChanged])));
    }
    if a.legal_form != b.legal_form {
        out.push((
            "legal_form".into(),
            kinds(&[LegalFormChanged, LegalFormRelabelled]),
        ));
    }
    if a.host != b.host {
        out.push(("host".into(), kinds(&[HostChanged])));
    }
    for m in MUNIS {
        let m = Municipality::from(m);
        if a.participation_of(&m) != b.participation_of(&m) {
            let name = m.to_string();
            out.push((
                format!("participation of {m}"),
                Box::new(move |c: &Change| {
                    matches!(
                        c.kind,
                        ParticipantJoined | ParticipantLeft | ParticipationUncertain
                    ) && c.municipality.as_ref().is_some_and(|x| x.as_str() == name)
                }),
            ));
        }
    }
    if a.partners != b.partners {
        out.push((
            "partners".into(),
            kinds(&[PartnerJoined, PartnerLeft, PartnerSucceeded]),
        ));
    }
    if a.comment != b.comment {
        out.push(("comment".into(), kinds(&[CommentChanged])));
    }
    if a.status != b.status {
        out.push(("status".into(), kinds(&[StatusChanged, Ended, NoticeGiven])));
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn issue12_p7_every_field_difference_is_reported(a in state(), b in state()) {
        let before = table("a", 2019, a.clone());
        let after = table("b", 2021, b.clone());
        let log = diff_snapshots(&before, &after, &NoKnowledge);
        let mine: Vec<&Change> = log.changes.iter().filter(|c| c.arrangement.as_str() == "x").collect();
        for (field, touches) in differing(&a, &b) {
            prop_assert!(
                mine.iter().any(|c| touches(c)),
                "{field} differs ({a:?} vs {b:?}) but no change touches it: {mine:?}"
            );
        }
    }
}
