//! Issue 13: the one-page summary (`samdiff report --brief`). Goldens in
//! both languages for each covered municipality; its facts agree with
//! `samdiff diff --format json` for the same range and municipality; the
//! Word version reads back; `--format docx` without `--brief` is an error.

use assert_cmd::Command;
use std::collections::BTreeSet;
use std::io::Read;

mod common;
use common::samdiff_ok as run;

const COVERED: [&str; 3] = ["Gausdal", "Lillehammer", "Øyer"];

#[test]
fn one_pager_goldens_per_municipality_in_both_languages() {
    for lang in ["nb", "en"] {
        for m in COVERED {
            let md = run(&[
                "--lang",
                lang,
                "report",
                "--brief",
                "--municipality",
                m,
                "--from",
                "2019",
                "--to",
                "2021",
            ]);
            insta::assert_snapshot!(format!("brief_{m}_{lang}"), md);
        }
    }
}

type Fact = (String, String, Option<String>);

fn facts(v: &serde_json::Value) -> Vec<Fact> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["kind"].as_str().unwrap().to_owned(),
                i["arrangement"].as_str().unwrap().to_owned(),
                i["municipality"].as_str().map(str::to_owned),
            )
        })
        .collect()
}

/// Kinds the one-pager ranks (the others are counted as smaller edits).
const RANKED: [&str; 8] = [
    "ended",
    "notice_given",
    "added",
    "reappeared",
    "host_changed",
    "legal_form_changed",
    "participant_joined",
    "participant_left",
];

#[test]
fn one_pager_facts_agree_with_the_diff() {
    for m in COVERED {
        let brief: serde_json::Value = serde_json::from_str(&run(&[
            "report",
            "--brief",
            "--format",
            "json",
            "--municipality",
            m,
            "--from",
            "2019",
            "--to",
            "2021",
        ]))
        .unwrap();
        let diff: serde_json::Value = serde_json::from_str(&run(&[
            "diff",
            "2019",
            "2021",
            "--municipality",
            m,
            "--format",
            "json",
        ]))
        .unwrap();
        let changes = diff["changes"].as_array().unwrap();
        let find = |f: &Fact| {
            changes
                .iter()
                .find(|c| {
                    c["kind"] == f.0.as_str()
                        && c["arrangement"] == f.1.as_str()
                        && c["municipality"].as_str().map(str::to_owned) == f.2
                })
                .unwrap_or_else(|| panic!("{m}: {f:?} is not in the diff"))
        };
        // Every fact is a change of the diff, neither cosmetic nor uncertain.
        let items = facts(&brief["items"]);
        for f in &items {
            let c = find(f);
            assert_eq!(c["uncertain"], false, "{m}: {f:?}");
            assert_eq!(c["cosmetic"], false, "{m}: {f:?}");
        }
        // Every doubtful item is a change of the diff.
        let doubtful = facts(&brief["doubtful"]);
        for f in &doubtful {
            find(f);
        }
        // Every ranked, certain, substantive change of the diff is on the
        // page, or in the doubtful footnote, or counted in "… and N more".
        let shown: BTreeSet<&Fact> = items.iter().chain(&doubtful).collect();
        // "… and 4 more changes", "… and one more": the count cut.
        let cut = |k: &str| {
            brief[k].as_str().map_or(0, |s| {
                s.split_whitespace()
                    .find_map(|w| w.parse::<usize>().ok())
                    .unwrap_or(1)
            })
        };
        let missing: Vec<&serde_json::Value> = changes
            .iter()
            .filter(|c| {
                RANKED.contains(&c["kind"].as_str().unwrap())
                    || (c["kind"] == "renamed" && c["cosmetic"] == false)
            })
            .filter(|c| {
                let f = (
                    c["kind"].as_str().unwrap().to_owned(),
                    c["arrangement"].as_str().unwrap().to_owned(),
                    c["municipality"].as_str().map(str::to_owned),
                );
                !shown.contains(&f)
            })
            .filter(|c| c["uncertain"] == false)
            .collect();
        // Column slips (doubtful by the audit) are certain in the diff.
        assert!(
            missing.len() <= cut("more") + cut("doubtful_more"),
            "{m}: changes missing from the page: {missing:#?}"
        );
        assert!(!items.is_empty() || brief["nothing"].is_string(), "{m}");
        // The Ended fact of the 2019 → 2021 step for Øyer is there.
        if m == "Øyer" {
            assert!(items.iter().any(|f| f.0 == "ended" && f.1 == "innoff"));
            assert!(
                items
                    .iter()
                    .any(|f| f.0 == "host_changed" && f.1 == "gerica-elektronisk-pasientjournal")
            );
        }
    }
}

#[test]
fn one_pager_docx_reads_back() {
    let out = Command::cargo_bin("samdiff")
        .unwrap()
        .env("LC_ALL", "C")
        .args(["--lang", "nb", "report", "--brief", "--format", "docx"])
        .args(["--municipality", "Øyer", "--from", "2019", "--to", "2021"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(out.stdout)).unwrap();
    let mut xml = String::new();
    z.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    let text: Vec<&str> = xml
        .split("<w:t xml:space=\"preserve\">")
        .skip(1)
        .filter_map(|s| s.split("</w:t>").next())
        .collect();
    assert_eq!(
        text[0],
        "Interkommunalt samarbeid: endringer for Øyer, 2019–2021"
    );
    let md = run(&[
        "--lang",
        "nb",
        "report",
        "--brief",
        "--municipality",
        "Øyer",
        "--from",
        "2019",
        "--to",
        "2021",
        "--format",
        "json",
    ]);
    let brief: serde_json::Value = serde_json::from_str(&md).unwrap();
    // Every item and its source are in the document, in order.
    let joined = text.join("\n");
    let mut at = 0;
    for (n, i) in brief["items"].as_array().unwrap().iter().enumerate() {
        let sentence = format!("{}. {}", n + 1, i["sentence"].as_str().unwrap());
        let sentence = sentence
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        let pos = joined[at..]
            .find(&sentence)
            .unwrap_or_else(|| panic!("missing: {sentence}"));
        at += pos;
    }
    assert!(
        joined.contains("SHA-256 0e7e0a534b182b7fd03fcbcd5ed3f177057abecac5e3b941cc972ca42ad608d2")
    );
}

#[test]
fn docx_and_json_need_the_one_pager() {
    Command::cargo_bin("samdiff")
        .unwrap()
        .env("LC_ALL", "C")
        .args(["report", "--format", "docx"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicates::str::contains("add --brief"));
}

/// The full report for one municipality: its timeline shows only the
/// arrangements the municipality takes part in or hosts in some document.
#[test]
fn full_report_for_a_municipality_draws_only_its_arrangements() {
    let ids = |html: &str| -> BTreeSet<String> {
        html.split("data-arrangement=\"")
            .skip(1)
            .filter_map(|s| s.split('"').next())
            .map(str::to_owned)
            .collect()
    };
    let all = ids(&run(&["report", "--format", "html"]));
    let oyer = ids(&run(&[
        "report",
        "--full",
        "--format",
        "html",
        "--municipality",
        "oyer",
    ]));
    assert!(
        !oyer.is_empty() && oyer.len() < all.len(),
        "{} of {}",
        oyer.len(),
        all.len()
    );
    let set = samdiff::snapshot::SnapshotSet::embedded()
        .into_result()
        .unwrap();
    let m = samdiff::model::Municipality::from("Øyer");
    for id in &oyer {
        let involved = set.snapshots.iter().any(|l| {
            l.snapshot.arrangement(id).is_some_and(|a| {
                a.participation_of(&m) == samdiff::model::Participation::Yes
                    || a.host.name() == Some("Øyer")
            })
        });
        assert!(involved, "{id}");
    }
}

/// Issue 13 item 3: a one-pager says, in one sentence derived from the
/// documents' scopes, when a document it rests on covers only other
/// municipalities' cooperation; never when every document covers the
/// municipality. The Word version carries the sentence too.
#[test]
fn one_pager_says_where_the_facts_come_from() {
    let page = |lang: &str, m: &str, range: &[&str]| {
        let mut args = vec!["--lang", lang, "report", "--brief", "--municipality", m];
        args.extend_from_slice(range);
        run(&args)
    };
    let r2019 = ["--from", "2019", "--to", "2021"];
    for m in ["Gausdal", "Lillehammer"] {
        let nb = page("nb", m, &r2019);
        let want = format!(
            "Merk: oversikten per 1. januar 2021 dekker bare samarbeidet til Øyer; \
             for {m} står det der bare samarbeid sammen med Øyer."
        );
        assert!(nb.contains(&want), "{nb}");
        let en = page("en", m, &r2019);
        assert!(
            en.contains("Note: the overview of 1 January 2021 covers only the cooperation of Øyer"),
            "{en}"
        );
        // The whole range: the three documents of Øyer in one sentence.
        let all = page("nb", m, &[]);
        assert_eq!(all.matches("Merk:").count(), 1, "{all}");
        assert!(all.contains("Merk: dokumentet fra 2010, det udaterte dokumentet (2017–2019) og oversikten per 1. januar 2021 dekker bare samarbeidet til Øyer"), "{all}");
    }
    for range in [&r2019[..], &[][..]] {
        let oyer = page("nb", "Øyer", range);
        assert!(!oyer.contains("Merk:"), "{oyer}");
    }
}

/// Issue 13 item 5: a rename in case only, read from prose ("innkjøp" →
/// "Innkjøp"), is a smaller edit, not a doubtful item in the footnote.
#[test]
fn cosmetic_renames_are_not_doubtful_items() {
    for m in COVERED {
        let page = run(&["--lang", "nb", "report", "--brief", "--municipality", m]);
        for cosmetic in ["innkjøp heter nå Innkjøp", "IKomm AS heter nå Ikomm AS"] {
            assert!(!page.contains(cosmetic), "{m}: {cosmetic:?} in {page}");
        }
    }
}

/// An overview that still lists an arrangement, marked "Avviklet", does
/// not make the one-pager say it is no longer listed: it says it is
/// marked as ended, in the document that marks it (and a notice by one
/// municipality is that municipality's notice).
#[test]
fn an_arrangement_marked_ended_is_not_said_to_be_unlisted() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path();
    common::samdiff_ok_in(p, &["init", "set"]);
    let year = |y: u32, rows: &str| {
        format!(
            "Interkommunale samarbeid for Gausdal og Øyer per 1.1.{y}\nNavn;Status;Gausdal;Øyer;Merknad\n{rows}"
        )
    };
    std::fs::write(
        p.join("a.csv"),
        year(
            2023,
            "Felles legevakt Nord;Aktiv;x;x;\nFelles kemner Nord;Aktiv;x;x;\n",
        ),
    )
    .unwrap();
    std::fs::write(
        p.join("b.csv"),
        year(
            2024,
            "Felles legevakt Nord;Avviklet;x;x;Nedlagt 31.12.2023\nFelles kemner Nord;Aktiv;x;x;Gausdal trer ut 1.7.2024\n",
        ),
    )
    .unwrap();
    for f in ["a.csv", "b.csv"] {
        common::samdiff_ok_in(p, &["--snapshots", "set", "add", f]);
    }
    let page = common::samdiff_ok_in(
        p,
        &[
            "--snapshots",
            "set",
            "--lang",
            "nb",
            "report",
            "--brief",
            "--municipality",
            "Gausdal",
            "--from",
            "a-2023",
        ],
    );
    assert!(
        page.contains(". Felles legevakt Nord er markert som avsluttet (31. desember 2023) i oversikten per 1. januar 2024."),
        "{page}"
    );
    assert!(
        page.contains("Felles kemner Nord er sagt opp av Gausdal med virkning fra 1. juli 2024."),
        "{page}"
    );
    assert!(!page.contains("ikke lenger oppført"), "{page}");
}
