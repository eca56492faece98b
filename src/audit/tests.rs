//! Unit tests of the audit checks on small snapshots built in code.

use serde_json::{Value, json};

use super::proposals::{Outcome, track_proposals};
use super::*;
use crate::model::Snapshot;

fn reg() -> Registry {
    Registry::embedded().unwrap_or_else(|e| panic!("{e}"))
}

/// A table snapshot (or prose, with `table: false`) whose source has 120
/// numbered lines.
fn snap(
    id: &str,
    as_of: Value,
    covers: &[&str],
    mentions: &[&str],
    table: bool,
    arrangements: Vec<Value>,
) -> LoadedSnapshot {
    let mut v = json!({
        "format": "samdiff-snapshot/1",
        "id": id,
        "title": id,
        "publisher": "test",
        "as_of": as_of,
        "kind": "inventory",
        "scope": {"covers": covers, "mentions": mentions},
        "source": {"path": format!("sources/{id}.txt"), "sha256": "0"},
        "arrangements": arrangements,
    });
    if table {
        let cols: Vec<&str> = covers.iter().chain(mentions).copied().collect();
        v["table"] = json!({"columns": cols, "order": "printed"});
    }
    let snapshot: Snapshot = serde_json::from_value(v).unwrap_or_else(|e| panic!("{e}"));
    LoadedSnapshot::new(
        snapshot,
        format!("{id}.json"),
        (1..=120).map(|n| format!("line {n}\n")).collect(),
    )
}

fn day(d: &str) -> Value {
    json!({"precision": "day", "date": d})
}

/// An arrangement: `part` like `[("A", "yes")]`; `form` = (printed, normalised).
fn arr(
    id: &str,
    name: &str,
    form: Option<(&str, &str)>,
    part: &[(&str, &str)],
    host: Value,
    status: Value,
    rows: &[u32],
) -> Value {
    let mut v = json!({
        "id": id,
        "name": name,
        "participation": part.iter().map(|(m, p)| (m.to_string(), json!(p))).collect::<serde_json::Map<_, _>>(),
        "host": host,
        "status": status,
        "provenance": rows.iter().map(|r| json!({"lines": [r]})).collect::<Vec<_>>(),
    });
    if let Some((p, n)) = form {
        v["legal_form"] = json!({"printed": p, "normalised": n, "uncertain": p.ends_with('?')});
    }
    v
}

fn active() -> Value {
    json!({"state": "active"})
}

fn codes(a: &Audit) -> Vec<(&str, &str)> {
    a.findings
        .iter()
        .map(|f| {
            (
                f.code.as_str(),
                f.arrangement.as_ref().map_or("", |x| x.as_str()),
            )
        })
        .collect()
}

fn audit(snaps: &[&LoadedSnapshot]) -> Audit {
    run_audit(snaps, &reg())
}

const ABC: [(&str, &str); 3] = [("A", "yes"), ("B", "yes"), ("C", "yes")];

#[test]
fn legal_basis_findings() {
    let s = snap(
        "t-2021",
        day("2021-01-01"),
        &["A", "B", "C"],
        &[],
        true,
        vec![
            arr(
                "empty",
                "Empty form",
                None,
                &ABC,
                json!("none"),
                active(),
                &[1],
            ),
            arr(
                "unc",
                "Uncertain",
                Some(("27?", "kl1992-s27")),
                &ABC,
                json!("unknown"),
                active(),
                &[2],
            ),
            arr(
                "vague",
                "Vague",
                Some(("Kommuneloven", "kl2018-unspecified")),
                &ABC,
                json!("unknown"),
                active(),
                &[3],
            ),
            arr(
                "unreg",
                "Unregistered",
                Some(("Avtaleverk", "agreement")),
                &ABC,
                json!("unknown"),
                active(),
                &[4],
            ),
            arr(
                "misread",
                "Misread",
                Some(("Vetak", "agreement")),
                &ABC,
                json!("unknown"),
                active(),
                &[5],
            ),
            arr(
                "fine",
                "Fine",
                Some(("Kommuneloven", "kl2018-vertskommune")),
                &ABC,
                json!({"participant": "A"}),
                active(),
                &[6],
            ),
            arr(
                "study",
                "Study",
                None,
                &ABC,
                json!("unknown"),
                json!({"state": "under_study"}),
                &[7],
            ),
        ],
    );
    let a = audit(&[&s]);
    assert_eq!(
        codes(&a),
        // the form's own doubt is part of its conversion finding (issue 14)
        vec![
            ("legal-basis-missing", "empty"),
            ("legal-form-unregistered", "unreg"),
            ("legal-form-misread", "misread"),
            ("conversion-due", "unc"),
            ("legal-basis-vague", "vague"),
        ]
    );
    let due = &a.findings[3];
    assert!(
        due.message
            .contains("The deadline 1 November 2023 is in 2 years"),
        "{}",
        due.message
    );
    assert_eq!(due.consequences[0].code, Code::LegalBasisUncertain);
    assert!(due.message.contains("(marked as uncertain)"));
    assert_eq!(due.evidence[0].lines, vec![2]);
    assert_eq!(due.evidence[0].excerpt, "line 2");
}

#[test]
fn prose_without_forms_is_not_missing_a_legal_basis() {
    let s = snap(
        "t-2010",
        json!({"precision": "year", "date": "2010"}),
        &["A"],
        &[],
        false,
        vec![arr(
            "x",
            "X",
            None,
            &[("A", "yes")],
            json!("unknown"),
            active(),
            &[1],
        )],
    );
    assert!(codes(&audit(&[&s])).is_empty());
}

#[test]
fn conversion_deadline_relative_to_the_snapshot_date() {
    let row = || {
        vec![arr(
            "k",
            "K",
            Some(("§ 27", "kl1992-s27")),
            &ABC,
            json!("unknown"),
            active(),
            &[1],
        )]
    };
    let code_at = |as_of: Value| {
        let s = snap("t", as_of, &["A", "B", "C"], &[], true, row());
        let a = audit(&[&s]);
        (
            a.findings[0].code,
            a.findings[0].severity,
            a.findings[0].message.clone(),
        )
    };
    let (c, sev, m) = code_at(day("2024-01-01"));
    assert_eq!((c, sev), (Code::ConversionOverdue, Severity::Error));
    assert!(
        m.contains("The deadline 1 November 2023 passed 2 months ago, and t, dated after it, still prints it"),
        "{m}"
    );
    assert_eq!(code_at(day("2023-11-01")).0, Code::ConversionDue);
    assert_eq!(code_at(day("2019-01-01")).0, Code::ConversionAhead);
    let (c, _, m) = code_at(
        json!({"precision": "range", "from": "2023-01-01", "to": "2024-06-30", "evidence": [{"lines": [1]}]}),
    );
    assert_eq!(c, Code::ConversionDue);
    assert!(
        m.contains("may be dated after the deadline 1 November 2023"),
        "{m}"
    );
}

#[test]
fn host_findings() {
    let s = snap(
        "t",
        day("2021-01-01"),
        &["A", "B"],
        &[],
        true,
        vec![
            arr(
                "nohost",
                "No host",
                Some(("§ 28 – 1B", "kl1992-s28-1b")),
                &[("A", "yes"), ("B", "yes")],
                json!("unknown"),
                active(),
                &[1],
            ),
            arr(
                "outsider",
                "Host not in",
                Some(("§ 28 – 1B", "kl1992-s28-1b")),
                &[("A", "yes"), ("B", "no")],
                json!({"participant": "B"}),
                active(),
                &[2],
            ),
            arr(
                "unknownpart",
                "Host unknown",
                Some(("§ 28 – 1B", "kl1992-s28-1b")),
                &[("A", "yes"), ("B", "unknown")],
                json!({"participant": "B"}),
                active(),
                &[3],
            ),
            arr(
                "outside",
                "Outside host",
                Some(("§ 28 – 1B", "kl1992-s28-1b")),
                &[("A", "yes"), ("B", "yes")],
                json!({"outside": "Hamar"}),
                active(),
                &[4],
            ),
            arr(
                "company",
                "Company",
                Some(("AS", "as")),
                &[("A", "yes"), ("B", "yes")],
                json!("none"),
                active(),
                &[5],
            ),
        ],
    );
    assert_eq!(
        codes(&audit(&[&s])),
        // a host marked as not taking part is a definite contradiction:
        // an error, listed first (issue 14)
        vec![
            ("host-not-participant", "outsider"),
            ("host-missing", "nohost")
        ]
    );
}

#[test]
fn notices_and_vanished_arrangements() {
    let before = snap(
        "t-2019",
        day("2019-01-01"),
        &["A", "B"],
        &[],
        true,
        vec![
            arr(
                "gone",
                "Gone",
                Some(("Avtale", "agreement")),
                &[("A", "yes"), ("B", "yes")],
                json!("unknown"),
                active(),
                &[1],
            ),
            arr(
                "noticed",
                "Noticed",
                Some(("Avtale", "agreement")),
                &[("A", "yes"), ("B", "yes")],
                json!("unknown"),
                json!({"state": "notice_given"}),
                &[2],
            ),
            arr(
                "b-only",
                "B only",
                Some(("Avtale", "agreement")),
                &[("A", "no"), ("B", "yes")],
                json!("unknown"),
                active(),
                &[3],
            ),
            arr(
                "stays",
                "Stays",
                Some(("Avtale", "agreement")),
                &[("A", "yes"), ("B", "yes")],
                json!("unknown"),
                json!({"state": "notice_given", "by": ["A"], "effective": "2021-10"}),
                &[4],
            ),
        ],
    );
    let after = snap(
        "t-2021",
        day("2021-01-01"),
        &["A"],
        &["B"],
        true,
        vec![arr(
            "stays",
            "Stays",
            Some(("Avtale", "agreement")),
            &[("A", "yes"), ("B", "yes")],
            json!("unknown"),
            active(),
            &[1],
        )],
    );
    let a = audit(&[&after, &before]);
    assert_eq!(
        codes(&a),
        // priority: warnings before info, the latest document first
        vec![
            ("vanished-without-notice", "gone"),
            ("notice-without-date", "noticed"),
            ("notice-given", "stays"),
        ]
    );
    assert_eq!(
        a.findings[2].message,
        "A gave notice on `Stays`, effective October 2021"
    );
    assert_eq!(a.findings[0].snapshot.as_str(), "t-2021");
    assert_eq!(a.findings[0].evidence[0].snapshot.as_str(), "t-2019");
}

/// Issue 14 (follow-up 4): a notice is settled by the first later overview
/// that covers every municipality it concerns: printed as ended (resolved
/// by that row) or no longer listed (resolved by the line stating the
/// document's scope). An overview covering only some of them, or printing
/// the arrangement as still running, settles nothing.
#[test]
fn a_later_overview_covering_its_municipalities_settles_a_notice() {
    let notice = || json!({"state": "notice_given"});
    let ab = [("A", "yes"), ("B", "yes")];
    let form = Some(("Avtale", "agreement"));
    let unknown = || json!("unknown");
    let first = snap(
        "t-2019",
        day("2019-01-01"),
        &["A", "B"],
        &[],
        true,
        vec![
            arr("dropped", "Dropped", form, &ab, unknown(), notice(), &[1]),
            arr("ended", "Ended", form, &ab, unknown(), notice(), &[2]),
            arr("running", "Running", form, &ab, unknown(), notice(), &[3]),
        ],
    );
    // covers A only: settles nothing for B
    let partial = snap("t-2020", day("2020-01-01"), &["A"], &["B"], true, vec![]);
    let mut later = snap(
        "t-2021",
        day("2021-01-01"),
        &["A", "B"],
        &[],
        true,
        vec![
            arr(
                "ended",
                "Ended",
                form,
                &ab,
                unknown(),
                json!({"state": "ended"}),
                &[7],
            ),
            arr("running", "Running", form, &ab, unknown(), active(), &[8]),
        ],
    );
    let only_partial = audit(&[&first, &partial]);
    assert!(
        only_partial
            .findings
            .iter()
            .filter(|f| f.code == Code::NoticeWithoutDate)
            .all(|f| f.is_open()),
        "{:?}",
        codes(&only_partial)
    );
    // without a line stating its scope, silence is not cited as settling
    let unstated = audit(&[&first, &partial, &later]);
    let state = |a: &Audit, id: &str| {
        let f = a
            .findings
            .iter()
            .find(|f| {
                f.code == Code::NoticeWithoutDate && f.arrangement.as_ref().unwrap().as_str() == id
            })
            .unwrap();
        (
            f.state,
            f.resolved_by
                .as_ref()
                .map(|e| (e.snapshot.to_string(), e.lines.clone())),
        )
    };
    assert_eq!(state(&unstated, "dropped"), (FindingState::Open, None));
    later.snapshot.scope.evidence = vec![crate::model::Citation {
        lines: vec![5],
        role: Default::default(),
        quote: None,
    }];
    let a = audit(&[&first, &partial, &later]);
    assert_eq!(
        state(&a, "dropped"),
        (FindingState::Resolved, Some(("t-2021".to_owned(), vec![5])))
    );
    assert_eq!(
        state(&a, "ended"),
        (FindingState::Resolved, Some(("t-2021".to_owned(), vec![7])))
    );
    assert_eq!(state(&a, "running"), (FindingState::Open, None));
    // the id does not change when a later document resolves it
    let ids = |a: &Audit| -> Vec<String> {
        let mut v: Vec<String> = a
            .findings
            .iter()
            .filter(|f| f.code == Code::NoticeWithoutDate)
            .map(|f| f.id.to_string())
            .collect();
        v.sort();
        v
    };
    assert_eq!(ids(&a), ids(&only_partial));
}

#[test]
fn listed_twice_by_rows_and_by_name() {
    let s = snap(
        "t",
        day("2021-01-01"),
        &["A"],
        &[],
        true,
        vec![
            arr(
                "twice",
                "Twice",
                Some(("Avtale", "agreement")),
                &[("A", "yes")],
                json!("unknown"),
                active(),
                &[10, 20],
            ),
            arr(
                "x1",
                "Same name",
                Some(("Avtale", "agreement")),
                &[("A", "yes")],
                json!("unknown"),
                active(),
                &[30],
            ),
            arr(
                "x2",
                "Same  NAME.",
                Some(("Avtale", "agreement")),
                &[("A", "yes")],
                json!("unknown"),
                active(),
                &[40],
            ),
        ],
    );
    let a = audit(&[&s]);
    assert_eq!(
        codes(&a),
        vec![("listed-twice", "twice"), ("listed-twice", "x1")]
    );
    assert_eq!(
        a.findings[0].message,
        "`Twice` is printed more than once: rows at lines 10 and 20"
    );
    assert_eq!(a.findings[0].evidence.len(), 2);
}

#[test]
fn scope_findings() {
    let s = snap(
        "t",
        day("2021-01-01"),
        &["A"],
        &["B"],
        true,
        vec![
            arr(
                "out",
                "Outside",
                Some(("Avtale", "agreement")),
                &[("A", "no"), ("B", "yes")],
                json!("unknown"),
                active(),
                &[1],
            ),
            arr(
                "blank",
                "Blank",
                Some(("Avtale", "agreement")),
                &[("A", "no"), ("B", "no")],
                json!("unknown"),
                active(),
                &[2],
            ),
            arr(
                "unk",
                "Unknown",
                Some(("Avtale", "agreement")),
                &[("A", "unknown"), ("B", "yes")],
                json!("unknown"),
                active(),
                &[3],
            ),
            arr(
                "in",
                "Inside",
                Some(("Avtale", "agreement")),
                &[("A", "yes"), ("B", "no")],
                json!("unknown"),
                active(),
                &[4],
            ),
        ],
    );
    let a = audit(&[&s]);
    assert_eq!(
        codes(&a),
        vec![
            ("row-outside-scope", "blank"),
            ("row-outside-scope", "out"),
            ("participation-unknown", "unk")
        ]
    );
    assert_eq!(
        a.findings[1].message,
        "`Outside` is marked only for B, not for A, whose cooperation the document claims to cover"
    );
}

#[test]
fn swapped_marks_and_unexplained_host_changes() {
    let before = snap(
        "t-2019",
        day("2019-01-01"),
        &["A", "B", "C"],
        &[],
        true,
        vec![
            arr(
                "swap",
                "Swap",
                Some(("AS", "as")),
                &[("A", "yes"), ("B", "no"), ("C", "no")],
                json!("none"),
                active(),
                &[1],
            ),
            arr(
                "join",
                "Join",
                Some(("AS", "as")),
                &[("A", "yes"), ("B", "no"), ("C", "no")],
                json!("none"),
                active(),
                &[2],
            ),
            arr(
                "host",
                "Host",
                Some(("§ 28 – 1B", "kl1992-s28-1b")),
                &ABC,
                json!({"participant": "A"}),
                active(),
                &[3],
            ),
            arr(
                "county",
                "County",
                Some(("§ 28 – 1B", "kl1992-s28-1b")),
                &ABC,
                json!({"outside": "Oppland fylkeskommune"}),
                active(),
                &[4],
            ),
        ],
    );
    let after = snap(
        "t-2021",
        day("2021-01-01"),
        &["A", "B", "C"],
        &[],
        true,
        vec![
            arr(
                "swap",
                "Swap",
                Some(("AS", "as")),
                &[("A", "no"), ("B", "yes"), ("C", "no")],
                json!("none"),
                active(),
                &[1],
            ),
            arr(
                "join",
                "Join",
                Some(("AS", "as")),
                &[("A", "yes"), ("B", "yes"), ("C", "no")],
                json!("none"),
                active(),
                &[2],
            ),
            arr(
                "host",
                "Host",
                Some(("Kommuneloven", "kl2018-vertskommune")),
                &ABC,
                json!({"participant": "B"}),
                active(),
                &[3],
            ),
            arr(
                "county",
                "County",
                Some(("Kommuneloven", "kl2018-vertskommune")),
                &ABC,
                json!({"outside": "Innlandet fylkeskommune"}),
                active(),
                &[4],
            ),
        ],
    );
    let a = audit(&[&before, &after]);
    assert_eq!(
        codes(&a),
        vec![
            ("participation-swapped", "swap"),
            ("host-changed-unexplained", "host")
        ]
    );
    assert_eq!(
        a.findings[0].message,
        "`Swap` is marked for A in t-2019 but for B instead in t-2021"
    );
}

#[test]
fn name_variants_skip_cosmetic_edits_and_registry_renames() {
    let before = snap(
        "t-2019",
        day("2019-01-01"),
        &["A"],
        &[],
        true,
        vec![
            arr(
                "typo",
                "Felles formannskapsmøter",
                Some(("Avtale", "agreement")),
                &[("A", "yes")],
                json!("unknown"),
                active(),
                &[1],
            ),
            arr(
                "case",
                "IKOMM AS",
                Some(("AS", "as")),
                &[("A", "yes")],
                json!("none"),
                active(),
                &[2],
            ),
            arr(
                "title",
                "Rådmannsutvalg",
                Some(("Uformelt", "informal")),
                &[("A", "yes")],
                json!("none"),
                active(),
                &[3],
            ),
            arr(
                "renamed",
                "Fellesenhet skatt",
                Some(("Avtale", "agreement")),
                &[("A", "yes")],
                json!("unknown"),
                active(),
                &[4],
            ),
        ],
    );
    let after = snap(
        "t-2021",
        day("2021-01-01"),
        &["A"],
        &[],
        true,
        vec![
            arr(
                "typo",
                "Felels formannskapsmøter",
                Some(("Avtale", "agreement")),
                &[("A", "yes")],
                json!("unknown"),
                active(),
                &[1],
            ),
            arr(
                "case",
                "Ikomm-AS",
                Some(("AS", "as")),
                &[("A", "yes")],
                json!("none"),
                active(),
                &[2],
            ),
            arr(
                "title",
                "Kommunedirektørutvalg",
                Some(("Uformelt", "informal")),
                &[("A", "yes")],
                json!("none"),
                active(),
                &[3],
            ),
            arr(
                "renamed",
                "Innfordringskontor",
                Some(("Avtale", "agreement")),
                &[("A", "yes")],
                json!("unknown"),
                active(),
                &[4],
            ),
        ],
    );
    let a = audit(&[&before, &after]);
    assert_eq!(codes(&a), vec![("name-variants", "typo")]);
    assert_eq!(
        a.findings[0].message,
        "one arrangement is spelled `Felles formannskapsmøter` in t-2019 and `Felels formannskapsmøter` in t-2021"
    );
}

#[test]
fn output_does_not_depend_on_input_order() {
    let s1 = snap(
        "t-2019",
        day("2019-01-01"),
        &["A", "B"],
        &[],
        true,
        vec![
            arr(
                "x",
                "X",
                None,
                &[("A", "yes"), ("B", "no")],
                json!("unknown"),
                active(),
                &[1],
            ),
            arr(
                "y",
                "Y",
                Some(("27?", "kl1992-s27")),
                &[("A", "no"), ("B", "yes")],
                json!("unknown"),
                active(),
                &[2],
            ),
        ],
    );
    let s2 = snap(
        "t-2021",
        day("2021-01-01"),
        &["A"],
        &["B"],
        true,
        vec![arr(
            "y",
            "Y",
            Some(("27?", "kl1992-s27")),
            &[("A", "yes"), ("B", "no")],
            json!("unknown"),
            active(),
            &[2],
        )],
    );
    assert_eq!(audit(&[&s1, &s2]), audit(&[&s2, &s1]));
    assert_eq!(audit(&[&s1, &s2, &s1]), audit(&[&s2, &s1]));
}

#[test]
fn severities_are_ordered_and_every_code_has_a_reason() {
    assert!(Severity::Info < Severity::Warning && Severity::Warning < Severity::Error);
    assert_eq!(Severity::parse("warning"), Some(Severity::Warning));
    for c in Code::ALL {
        assert!(
            c.why_it_matters().split_whitespace().count() > 8,
            "{}",
            c.as_str()
        );
        assert!(!c.why_it_matters().ends_with('.'));
    }
}

#[test]
fn proposals_outcomes() {
    let mut plan = snap(
        "plan",
        day("2019-03-28"),
        &[],
        &["A", "B"],
        false,
        vec![
            arr(
                "p-real",
                "Realised",
                None,
                &[("A", "considering")],
                json!("unknown"),
                json!({"state": "proposed"}),
                &[1],
            ),
            arr(
                "p-study",
                "Studied",
                None,
                &[("A", "considering")],
                json!("unknown"),
                json!({"state": "proposed"}),
                &[2],
            ),
            arr(
                "p-none",
                "Nothing",
                None,
                &[("A", "considering")],
                json!("unknown"),
                json!({"state": "under_study"}),
                &[3],
            ),
            arr(
                "p-ended",
                "Ended",
                None,
                &[("A", "considering")],
                json!("unknown"),
                json!({"state": "proposed"}),
                &[4],
            ),
        ],
    );
    plan.snapshot.kind = crate::model::SnapshotKind::Plan;
    let earlier = snap(
        "early",
        day("2019-01-01"),
        &["A"],
        &[],
        true,
        vec![arr(
            "p-none",
            "Nothing",
            None,
            &[("A", "yes")],
            json!("unknown"),
            active(),
            &[1],
        )],
    );
    let later = snap(
        "late",
        day("2021-01-01"),
        &["A"],
        &[],
        true,
        vec![
            arr(
                "p-real",
                "Realised for real",
                Some(("Avtale", "agreement")),
                &[("A", "yes")],
                json!("unknown"),
                active(),
                &[7],
            ),
            arr(
                "p-study",
                "Studied",
                None,
                &[("A", "considering")],
                json!("unknown"),
                json!({"state": "under_study"}),
                &[8],
            ),
            arr(
                "p-ended",
                "Ended",
                None,
                &[("A", "yes")],
                json!("unknown"),
                json!({"state": "ended"}),
                &[9],
            ),
        ],
    );
    let r = track_proposals(&[&later, &plan, &earlier]);
    let got: Vec<(&str, Outcome)> = r
        .proposals
        .iter()
        .map(|p| (p.id.as_str(), p.outcome))
        .collect();
    assert_eq!(
        got,
        vec![
            ("p-real", Outcome::Realised),
            ("p-study", Outcome::UnderStudy),
            ("p-none", Outcome::NotStarted),
            ("p-ended", Outcome::Ended),
        ]
    );
    assert_eq!(
        r.proposals[0].message,
        "`Realised` became `Realised for real` (active in late)"
    );
    assert_eq!(r.proposals[0].evidence.len(), 2);
    // an inventory before the plan does not count
    assert_eq!(
        r.proposals[2].message,
        "`Nothing` is not listed in any later inventory (checked late, covering A)"
    );
}

#[test]
fn issue12_p11_vanished_only_from_an_exhaustive_document_and_with_the_date_caveat() {
    let gone = || {
        arr(
            "gone",
            "Gone",
            Some(("Avtale", "agreement")),
            &[("A", "yes")],
            json!("unknown"),
            json!({"state": "active"}),
            &[1],
        )
    };
    let range = json!({"precision": "range", "from": "2017-01-01", "to": "2019-10-31",
        "evidence": [{"lines": [1]}]});
    let before = snap("t-before", range, &["A"], &[], true, vec![gone()]);
    let mut after = snap("t-2019", day("2019-01-01"), &["A"], &[], true, vec![]);
    let a = audit(&[&before, &after]);
    assert_eq!(codes(&a), vec![("vanished-without-notice", "gone")]);
    assert!(
        a.findings[0].message.contains("may be in the other order"),
        "{}",
        a.findings[0].message
    );
    // an overview that says it is not exhaustive proves nothing by silence
    after.snapshot.scope.exhaustive = false;
    assert!(codes(&audit(&[&before, &after])).is_empty());
}

#[test]
fn issue12_p11_excerpts_show_cell_boundaries() {
    use super::show_cells;
    assert_eq!(
        show_cells("Felles barnevern\tKommuneloven\tx\t\tx\tGausdal vertskommune\n"),
        "Felles barnevern | Kommuneloven | x |  | x | Gausdal vertskommune"
    );
    assert_eq!(
        show_cells("Borgerlig vigsel § 28 – 1B x x  Lillehammer vertskommune "),
        "Borgerlig vigsel § 28 – 1B x x ·Lillehammer vertskommune"
    );
}
