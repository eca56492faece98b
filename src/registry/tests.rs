//! Unit tests of the registry: the built-in data, lookups and bad input.

use super::*;
use serde_json::{Value, json};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn w(a: &str, b: &str) -> Window {
    Window::new(d(a), d(b))
}

fn reg() -> Registry {
    Registry::embedded().unwrap_or_else(|e| panic!("{e}"))
}

/// A small valid registry to break in tests.
fn minimal() -> Value {
    json!({
        "format": "samdiff-registry/1",
        "forms": [
            {"id": "old", "label_en": "old", "label_nb": "gammel", "has_host": true,
             "relabelled_as": {"form": "new", "event": "act"}, "source": "test"},
            {"id": "new", "label_en": "new", "label_nb": "ny", "has_host": true, "source": "test"}
        ],
        "spellings": [
            {"printed": "Old", "form": "old", "source": "test"}
        ],
        "organisations": [
            {"id": "a", "name": "A county", "kind": "county", "exists_from": "2000-01-01",
             "exists_until": "2019-12-31", "source": "test"},
            {"id": "b", "name": "B county", "kind": "county", "exists_from": "2020-01-01", "source": "test"}
        ],
        "successions": [
            {"id": "ab", "from": ["a"], "to": "b", "date": "2020-01-01", "source": "test"}
        ],
        "events": [
            {"id": "act", "date": "2019-11-01", "text_en": "act", "text_nb": "lov", "source": "test"}
        ]
    })
}

fn load(v: &Value) -> Result<Registry, Vec<Issue>> {
    let text = serde_json::to_string_pretty(v).unwrap();
    Registry::from_bytes("reg.json", text.as_bytes())
}

fn messages(v: &Value) -> Vec<String> {
    match load(v) {
        Ok(_) => panic!("expected issues"),
        Err(issues) => issues.iter().map(|i| i.to_string()).collect(),
    }
}

#[test]
fn embedded_registry_is_valid() {
    let r = reg();
    assert_eq!(r.origin(), "embedded:registry.json");
    assert!(r.file().forms.len() >= 16);
}

#[test]
fn minimal_registry_is_valid() {
    load(&minimal()).unwrap_or_else(|e| panic!("{e:?}"));
}

#[test]
fn every_team_vocabulary_id_is_a_form() {
    let r = reg();
    for id in [
        "kl1992-s27",
        "kl1992-s28-1b",
        "kl1992-s28-1c",
        "kl2018-ipr",
        "kl2018-kof",
        "kl2018-vertskommune",
        "kl2018-unspecified",
        "iks",
        "as",
        "agreement",
        "council-decision",
        "informal",
        "cooperation-agreement",
        "service-purchase",
        "network",
        "project",
    ] {
        assert!(r.form(id).is_some(), "{id}");
    }
}

#[test]
fn printed_spellings_of_the_sources_map_to_forms() {
    let r = reg();
    let cases = [
        ("§ 28 – 1B", "kl1992-s28-1b", false),
        ("§28 – 1B", "kl1992-s28-1b", false),
        ("§ 27", "kl1992-s27", false),
        ("§27", "kl1992-s27", false),
        ("27?", "kl1992-s27", true),
        ("Kommuneloven", "kl2018-unspecified", false),
        ("IKS", "iks", false),
        ("AS", "as", false),
        ("Aksjeselskap", "as", false),
        ("Avtale", "agreement", false),
        ("Vedtak", "council-decision", false),
        ("Vetak", "council-decision", false),
        ("Uformelt", "informal", false),
        ("Samarbeidsavtale", "cooperation-agreement", false),
        // whitespace as PDF extraction leaves it
        ("§ 28  –  1B ", "kl1992-s28-1b", false),
    ];
    for (printed, form, uncertain) in cases {
        let s = r.spelling(printed).unwrap_or_else(|| panic!("{printed}"));
        assert_eq!(
            (s.form.as_str(), s.uncertain),
            (form, uncertain),
            "{printed}"
        );
    }
    assert!(r.spelling("§ 99").is_none());
}

#[test]
fn kommuneloven_may_be_read_as_any_2018_form_but_not_as_1992() {
    let r = reg();
    let s = r.spelling("Kommuneloven").unwrap();
    assert!(r.reading_allowed(s, "kl2018-vertskommune"));
    assert!(r.reading_allowed(s, "kl2018-unspecified"));
    assert!(!r.reading_allowed(s, "kl1992-s28-1b"));
    let vetak = r.spelling("Vetak").unwrap();
    assert!(!r.reading_allowed(vetak, "agreement"));
}

#[test]
fn s28_1b_to_2018_ch20_is_a_relabel_in_both_directions() {
    let r = reg();
    let win = w("2019-01-01", "2021-01-01");
    for (a, b) in [
        ("kl1992-s28-1b", "kl2018-vertskommune"),
        ("kl2018-vertskommune", "kl1992-s28-1b"),
    ] {
        match r.relate_forms(a, b, win) {
            FormLink::Relabel { event, vague } => {
                assert_eq!(event.id, "kl2018-in-force");
                assert!(!vague);
            }
            other => panic!("{a} → {b}: {other:?}"),
        }
    }
    assert!(matches!(
        r.relate_forms("kl1992-s28-1b", "kl2018-unspecified", win),
        FormLink::Relabel { vague: true, .. }
    ));
}

#[test]
fn relabel_needs_the_act_inside_the_window() {
    let r = reg();
    assert_eq!(
        r.relate_forms(
            "kl1992-s28-1b",
            "kl2018-vertskommune",
            w("2010-01-01", "2019-01-01")
        ),
        FormLink::Change
    );
}

#[test]
fn s27_converted_to_kof_is_expected_elsewhere_substantive() {
    let r = reg();
    let win = w("2019-01-01", "2021-01-01");
    assert!(matches!(
        r.relate_forms("kl1992-s27", "kl2018-kof", win),
        FormLink::Conversion { .. }
    ));
    assert_eq!(
        r.relate_forms("kl1992-s27", "kl2018-vertskommune", win),
        FormLink::Change
    );
    assert_eq!(r.relate_forms("iks", "as", win), FormLink::Change);
    assert_eq!(r.relate_forms("iks", "iks", win), FormLink::Same);
}

#[test]
fn conversion_rule_of_s27_has_its_deadline() {
    let r = reg();
    let rule = r.conversion_rule("kl1992-s27").unwrap();
    assert_eq!(rule.deadline.date.to_string(), "2023-11-01");
    assert_eq!(rule.starts.id, "kl2018-in-force");
    assert!(r.conversion_rule("kl1992-s28-1b").is_none());
}

#[test]
fn county_merger_is_a_partner_succession() {
    let r = reg();
    let win = w("2019-01-01", "2021-01-01");
    let e = r
        .explain_partner("Oppland fylkeskommune", "Innlandet fylkeskommune", win)
        .unwrap();
    assert_eq!(e.source, "events/county-merger-2020");
    // the abbreviation is an alias
    assert!(
        r.explain_partner("OFK", "Innlandet fylkeskommune", win)
            .is_some()
    );
    // not before the merger
    assert!(
        r.explain_partner(
            "Oppland fylkeskommune",
            "Innlandet fylkeskommune",
            w("2010-01-01", "2019-01-01")
        )
        .is_none()
    );
    // not between unrelated bodies
    assert!(
        r.explain_partner("Oppland fylkeskommune", "Høgskolen i Innlandet", win)
            .is_none()
    );
}

#[test]
fn title_and_organisation_renames_are_explained() {
    let r = reg();
    let win = w("2019-01-01", "2021-01-01");
    let e = r
        .explain_rename("Rådmannsutvalg", "Kommunedirektørutvalg", win)
        .unwrap();
    assert_eq!(e.source, "events/kl2018-in-force");
    assert!(
        r.explain_rename("Felles formannskapsmøter", "Felels formannskapsmøter", win)
            .is_none()
    );
    let e = r
        .explain_rename(
            "Med Oppland fylkeskommune",
            "Med Innlandet fylkeskommune",
            win,
        )
        .unwrap();
    assert_eq!(e.source, "events/county-merger-2020");
    assert!(
        r.explain_mentions("Med OFK", "Med Innlandet fylkeskommune.", win)
            .is_some()
    );
    assert!(
        r.explain_mentions("Med OFK", "Med flere kommuner", win)
            .is_none()
    );
}

#[test]
fn tax_collection_event_explains_the_tax_office_rename() {
    let r = reg();
    let win = w("2019-01-01", "2021-01-01");
    let e = r
        .explain_change(
            "renamed",
            &[
                "Fellesenhet skatt, innfordring, arbeidsgiverkontroll",
                "Innforderingskontor for Lillehammer, Øyer og Gausdal",
            ],
            win,
        )
        .unwrap();
    assert_eq!(e.source, "events/tax-collection-to-state");
    assert!(
        r.explain_change("renamed", &["Borgerlig vigsel"], win)
            .is_none()
    );
    assert!(
        r.explain_change("host_changed", &["Fellesenhet skatt"], win)
            .is_none()
    );
}

// ---- bad input -------------------------------------------------------

#[test]
fn unknown_form_is_reported_where_it_is_referenced() {
    let mut v = minimal();
    v["spellings"][0]["form"] = json!("nope");
    let m = messages(&v);
    assert_eq!(m.len(), 1, "{m:?}");
    assert!(
        m[0].starts_with("reg.json:")
            && m[0].contains("unknown form `nope`: expected one of new, old"),
        "{m:?}"
    );
    let mut v = minimal();
    v["forms"][0]["relabelled_as"]["form"] = json!("gone");
    assert!(messages(&v)[0].contains("unknown form `gone`"));
}

#[test]
fn cyclic_succession_is_reported() {
    let mut v = minimal();
    v["organisations"][1]["exists_until"] = json!("2020-12-31");
    v["organisations"][0]["exists_until"] = json!("2019-12-31");
    v["successions"].as_array_mut().unwrap().push(
        json!({"id": "ba", "from": ["b"], "to": "a", "date": "2021-01-01", "source": "test"}),
    );
    let m = messages(&v).join("\n");
    assert!(m.contains("cyclic succession: a → b → a"), "{m}");
    assert!(m.contains("cyclic succession: b → a → b"), "{m}");
}

#[test]
fn succession_before_its_predecessor_existed_is_reported() {
    let mut v = minimal();
    v["successions"][0]["date"] = json!("1999-06-01");
    v["organisations"][0]["exists_until"] = Value::Null;
    v["organisations"][1]["exists_from"] = json!("1999-06-01");
    let m = messages(&v);
    assert_eq!(
        m,
        vec![
            "reg.json:58:15: succession dated 1999-06-01 is before its predecessor `a` existed (from 2000-01-01)"
        ],
        "{m:?}"
    );
}

#[test]
fn succession_before_its_successor_exists_is_reported() {
    let mut v = minimal();
    v["organisations"][1]["exists_from"] = json!("2021-01-01");
    let m = messages(&v).join("\n");
    assert!(m.contains("exists only from 2021-01-01"), "{m}");
}

#[test]
fn bad_dates_are_reported_with_their_location() {
    let mut v = minimal();
    v["events"][0]["date"] = json!("2019-02-30");
    let m = messages(&v);
    assert_eq!(m.len(), 1);
    assert!(
        m[0].contains("events[0].date: invalid date `2019-02-30`"),
        "{m:?}"
    );
    assert!(m[0].starts_with("reg.json:"), "{m:?}");
}

#[test]
fn duplicates_unknown_fields_and_unknown_events_are_reported() {
    let mut v = minimal();
    v["spellings"]
        .as_array_mut()
        .unwrap()
        .push(json!({"printed": " Old", "form": "new", "source": "test"}));
    v["forms"][1]["id"] = json!("old");
    let m = messages(&v).join("\n");
    assert!(m.contains("duplicate spelling `Old`"), "{m}");
    assert!(m.contains("duplicate form id `old`"), "{m}");

    let mut v = minimal();
    v["forms"][0]["relabelled_as"]["event"] = json!("nope");
    assert!(messages(&v)[0].contains("unknown event `nope`: expected one of act"));

    let mut v = minimal();
    v["forms"][0]["colour"] = json!("red");
    assert!(messages(&v)[0].contains("unknown field `colour`"));

    let mut v = minimal();
    v["format"] = json!("samdiff-registry/2");
    assert_eq!(
        messages(&v),
        vec![
            "reg.json:11:13: unsupported format `samdiff-registry/2`: expected `samdiff-registry/1`"
        ]
    );
}

#[test]
fn cyclic_relabelling_is_reported() {
    let mut v = minimal();
    v["forms"][1]["relabelled_as"] = json!({"form": "old", "event": "act"});
    let m = messages(&v).join("\n");
    assert!(m.contains("cyclic relabelling: old → new → old"), "{m}");
}

#[test]
fn event_kinds_must_be_change_kinds() {
    let mut v = minimal();
    v["events"][0]["explains"] = json!({"kinds": ["moved"], "name_contains": ["x"]});
    assert!(messages(&v)[0].contains("unknown change kind `moved`"));
}

/// The audit and the importer read a form explained in brackets alike:
/// known when both parts are spellings of one form.
#[test]
fn a_spelling_explained_in_brackets_is_read_when_both_parts_agree() {
    let r = reg();
    let form = |p: &str| r.spelling_read(p).map(|sp| sp.form.as_str());
    assert_eq!(form("Vertskommune (§ 20-2)"), Some("kl2018-vertskommune"));
    assert_eq!(form("IKS"), Some("iks"));
    assert_eq!(form("IKS (§ 20-2)"), None);
    assert_eq!(form("Vertskommune (Lillehammer)"), None);
    assert_eq!(bracket_parts("A (B) C"), None);
    assert_eq!(bracket_parts(" A ( B ) "), Some(("A", "B")));
}
