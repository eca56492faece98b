//! Identity across snapshots (issue 3): the same arrangement carries the same
//! id in every snapshot that lists it, even when renamed or re-scoped. Each
//! case below is a judgement recorded in `snapshots/README.md`; this test
//! keeps a later edit from silently splitting one arrangement into two.

use samdiff::model::Snapshot;
use std::fs;
use std::path::Path;

fn load(id: &str) -> Snapshot {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("snapshots/{id}.json"));
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// `(snapshot, id, name as printed there)` for every listed occurrence.
const SAME_ARRANGEMENT: &[&[(&str, &str, &str)]] = &[
    &[
        ("region-2019", "kommunedirektorutvalg", "Rådmannsutvalg"),
        (
            "oyer-2021",
            "kommunedirektorutvalg",
            "Kommunedirektørutvalg",
        ),
    ],
    &[
        (
            "oyer-2010",
            "fellesenhet-skatt-innfordring",
            "Fellenenheten skatt og innfordring (Kemneren i Sør-Gudbrandsdal)",
        ),
        (
            "region-2019",
            "fellesenhet-skatt-innfordring",
            "Fellesenhet skatt, innfordring, arbeidsgiverkontroll",
        ),
        (
            "oyer-2021",
            "fellesenhet-skatt-innfordring",
            "Innforderingskontor for Lillehammer, Øyer og Gausdal",
        ),
    ],
    &[
        (
            "region-2019",
            "ika-opplandene",
            "Interkommunalt arkiv, IKA Opplandene",
        ),
        (
            "oyer-2021",
            "ika-opplandene",
            "Innlandet fylkesarkiv, IKA Opplandene",
        ),
    ],
    &[
        (
            "region-2019",
            "felles-okonomienhet",
            "Felles økonomienhet - regnskap, lønn, fakturering",
        ),
        (
            "oyer-2021",
            "felles-okonomienhet",
            "Fellessenhet økonomi - regnskap, lønn og fakturering",
        ),
    ],
    &[
        (
            "region-2019",
            "naeringsenhet-lillehammerregion-vekst",
            "Næringsenhet: Lillehammerregionen Vekst",
        ),
        (
            "oyer-2021",
            "naeringsenhet-lillehammerregion-vekst",
            "Næringsenhet: Lillehammerregion vekst",
        ),
    ],
    &[
        (
            "oyer-revised",
            "regionalt-helsesamarbeid",
            "Helseregion Sør - Gudbrandsdal",
        ),
        (
            "region-2019",
            "regionalt-helsesamarbeid",
            "Regionalt helsesamarbeid – overbygning med felles hovedavtale og 6 delavtaler. Se under*",
        ),
        (
            "oyer-2021",
            "regionalt-helsesamarbeid",
            "Regionalt helsesamarbeid - overbygning med felles hovedavtale og 6 delavtaler*",
        ),
    ],
    &[
        ("oyer-2010", "felles-brann-og-feiertjeneste", "brannvesen"),
        (
            "region-2019",
            "felles-brann-og-feiertjeneste",
            "Felles brann- og feiertjeneste",
        ),
    ],
    &[
        ("strategy-2019", "felles-barnevern", "Barnevern"),
        ("oyer-2021", "felles-barnevern", "Felles barnevern"),
    ],
    &[("strategy-2019", "ppt", "PPT"), ("oyer-2021", "ppt", "PPT")],
    &[
        (
            "strategy-2019",
            "tekniske-tjenester",
            "Tekniske tjenester/infrastruktur",
        ),
        (
            "oyer-2021",
            "tekniske-tjenester",
            "Tekniske tjenester - byggesak - planarbeid - ulike driftsoppgaver - osv.",
        ),
    ],
];

#[test]
fn renamed_arrangements_keep_their_id() {
    for group in SAME_ARRANGEMENT {
        for (snapshot, id, printed) in *group {
            let snap = load(snapshot);
            let a = snap
                .arrangement(id)
                .unwrap_or_else(|| panic!("{snapshot} does not list `{id}`"));
            assert_eq!(a.name, *printed, "{snapshot}/{id}: name as printed");
            assert!(
                !a.notes.is_empty() || group.len() < 2,
                "{snapshot}/{id}: identity needs a note"
            );
        }
    }
}

#[test]
fn overgrepsmottak_is_not_smiso() {
    let revised = load("oyer-revised");
    assert!(revised.arrangement("overgrepsmottak").is_some());
    assert!(revised.arrangement("smiso").is_none());
}
