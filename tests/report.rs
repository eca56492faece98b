//! Issue 7: the annual report. Golden Markdown and HTML reports in both
//! languages, on the embedded snapshots and on a small fixture, through the
//! real binary; and the report's numbers agree with `samdiff log --format json`.

use assert_cmd::Command;
use std::collections::BTreeMap;
use std::path::Path;

const FX: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/diff");

mod common;
use common::samdiff_ok as run;

#[test]
fn embedded_markdown_reports() {
    for lang in ["en", "nb"] {
        let md = run(&["--lang", lang, "report", "--format", "markdown"]);
        insta::assert_snapshot!(format!("embedded_markdown_{lang}"), md);
    }
}

#[test]
fn embedded_html_reports() {
    for lang in ["en", "nb"] {
        let html = run(&["--lang", lang, "report", "--format", "html"]);
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\""));
        insta::assert_snapshot!(format!("embedded_html_{lang}"), html);
    }
}

#[test]
fn fixture_reports() {
    for lang in ["en", "nb"] {
        let md = run(&["--snapshots", FX, "--lang", lang, "report"]);
        insta::assert_snapshot!(format!("fixture_markdown_{lang}"), md);
    }
    let html = run(&[
        "--snapshots",
        FX,
        "--lang",
        "nb",
        "report",
        "--format",
        "html",
    ]);
    insta::assert_snapshot!("fixture_html_nb", html);
}

#[test]
fn from_and_to_select_a_range_and_the_output_file_is_written_whole() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("r.md");
    let stdout = run(&[
        "report",
        "--from",
        "region-2019",
        "--to",
        "2021",
        "-o",
        path.to_str().unwrap(),
    ]);
    assert_eq!(stdout, "");
    let md = std::fs::read_to_string(&path).unwrap();
    // Column heads are years, not snapshot ids; the plan of 2019 is left
    // out unless asked for (issue 13).
    assert!(md.contains("| name | 2019 | 2021 | Changes |"), "{md}");
    assert!(!md.contains("oyer-2010"));
    assert!(!timeline_section(&md).contains("region-2019"), "{md}");
    assert!(
        !md.contains("Strategi for interkommunalt samarbeid"),
        "{md}"
    );
    let with = run(&[
        "report",
        "--from",
        "region-2019",
        "--to",
        "2021",
        "--proposals",
    ]);
    // Two documents of 2019: their heads give the dates in words.
    assert!(
        with.contains("| name | 1 January 2019 | 28 March 2019 | 2021 | Changes |"),
        "{with}"
    );
    assert!(with.contains("Strategi for interkommunalt samarbeid"));
    // No temporary files left beside it.
    let names: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().collect();
    assert_eq!(names.len(), 1);
    let out = Command::cargo_bin("samdiff")
        .unwrap()
        .env("LC_ALL", "C")
        .args(["report", "--from", "2021", "--to", "2010"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is later than --to"));
}

/// Every `<tr data-ATTR="KEY">…<td class="num">N</td>` row of the HTML.
fn html_counts(html: &str, attr: &str) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    let open = format!("<tr data-{attr}=\"");
    for part in html.split(&open).skip(1) {
        let key = part.split('"').next().unwrap().to_owned();
        let n = part
            .split("<td class=\"num\">")
            .nth(1)
            .and_then(|s| s.split('<').next())
            .unwrap()
            .parse()
            .unwrap();
        m.insert(key, n);
    }
    m
}

#[test]
fn report_numbers_agree_with_log_json() {
    for snapshots in [None, Some(FX)] {
        let mut base: Vec<&str> = Vec::new();
        if let Some(dir) = snapshots {
            base.extend(["--snapshots", dir]);
        }
        let json: serde_json::Value =
            serde_json::from_str(&run(
                &[base.as_slice(), &["log", "--format", "json"]].concat()
            ))
            .unwrap();
        let html = run(&[
            base.as_slice(),
            // Everything, as the log counts it: proposals too.
            &["--lang", "en", "report", "--proposals", "--format", "html"],
        ]
        .concat());

        let total = json["summary"]["total"].as_u64().unwrap() as usize;
        assert!(
            html.contains(&format!("data-total=\"{total}\"")),
            "total {total}"
        );
        let mut by_kind: BTreeMap<String, usize> = BTreeMap::new();
        for (k, v) in json["summary"]["by_kind"].as_object().unwrap() {
            let n = v.as_u64().unwrap() as usize;
            if n > 0 {
                by_kind.insert(k.clone(), n);
            }
        }
        assert_eq!(html_counts(&html, "kind"), by_kind);

        let changes = json["changes"].as_array().unwrap();
        assert_eq!(changes.len(), total);
        let mut by_category: BTreeMap<String, usize> = BTreeMap::new();
        for c in changes {
            let cat = c["category"].as_str().unwrap_or("(no category)").to_owned();
            *by_category.entry(cat).or_default() += 1;
        }
        let html_categories: BTreeMap<String, usize> = html_counts(&html, "category")
            .into_iter()
            .map(|(k, v)| (k.replace("&amp;", "&"), v))
            .collect();
        assert_eq!(html_categories, by_category);

        // A change counts for the municipality it is about; every change
        // with a `municipality` is counted for it.
        let mut about: BTreeMap<String, usize> = BTreeMap::new();
        for c in changes {
            if let Some(m) = c["municipality"].as_str() {
                *about.entry(m.to_owned()).or_default() += 1;
            }
        }
        let per_municipality = html_counts(&html, "municipality");
        for (m, n) in about {
            assert!(per_municipality.get(&m).copied().unwrap_or(0) >= n, "{m}");
        }
        let audit: serde_json::Value =
            serde_json::from_str(&run(
                &[base.as_slice(), &["audit", "--format", "json"]].concat()
            ))
            .unwrap();
        // the report lists the open findings (issue 14: a finding a later
        // document resolves is the audit's record, not the report's)
        let findings: Vec<&serde_json::Value> = audit["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["state"] == "open")
            .collect();
        assert_eq!(
            html.matches("<div class=\"finding\"").count(),
            findings.len()
        );
        for f in findings {
            let code = f["code"].as_str().unwrap();
            assert!(html.contains(&format!("data-code=\"{code}\"")), "{code}");
        }
        let snaps = json["snapshots"].as_array().unwrap();
        for s in snaps {
            assert!(
                html.contains(s["sha256"].as_str().unwrap()),
                "appendix lacks {s}"
            );
        }
    }
    assert!(Path::new(FX).is_dir());
}

/// Issue 7: changelog sentences come from the catalogue; the Norwegian log
/// of the fixture (every change, with evidence) reads in bokmål.
#[test]
fn log_in_norwegian() {
    let text = run(&[
        "--snapshots",
        FX,
        "--lang",
        "nb",
        "log",
        "--all",
        "--evidence",
    ]);
    insta::assert_snapshot!("fixture_log_text_nb", text);
    let md = run(&[
        "--snapshots",
        FX,
        "--lang",
        "nb",
        "log",
        "--format",
        "markdown",
        "--all",
    ]);
    insta::assert_snapshot!("fixture_log_markdown_nb", md);
    let history = run(&[
        "--snapshots",
        FX,
        "--lang",
        "nb",
        "history",
        "payroll-office",
    ]);
    insta::assert_snapshot!("fixture_history_text_nb", history);
}

/// The timeline section of a Markdown report: its heading up to the next
/// section.
fn timeline_section(md: &str) -> String {
    let start = md
        .find("\n## Tidslinje\n")
        .or_else(|| md.find("\n## Timeline\n"))
        .expect("a timeline section");
    let rest = &md[start + 1..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |e| e + 4);
    rest[..end].to_owned()
}

/// Issue 13 item 4: the timeline of each covered municipality, in nb and
/// en. Legend and columns come before the table; column heads are years,
/// never snapshot ids; each cell shows the municipality's own part; host
/// and legal-form changes are words; no plan and no proposal unasked.
#[test]
fn timeline_goldens_per_municipality_in_both_languages() {
    let embedded = samdiff::snapshot::SnapshotSet::embedded()
        .into_result()
        .unwrap();
    for lang in ["nb", "en"] {
        for m in ["Gausdal", "Lillehammer", "Øyer"] {
            let md = run(&["--lang", lang, "report", "--municipality", m]);
            let tl = timeline_section(&md);
            insta::assert_snapshot!(format!("timeline_{m}_{lang}"), tl);
            let legend = tl.find("**").unwrap();
            let table = tl.find("\n| ").unwrap();
            assert!(legend < table, "legend first: {tl}");
            for l in &embedded.snapshots {
                let id = l.snapshot.id.as_str();
                assert!(!tl.contains(id), "{m} {lang}: snapshot id {id} in {tl}");
            }
            let head = tl[table..].lines().nth(1).unwrap();
            assert!(head.contains(" 2010 | 2017–2019 | 2019 | 2021 |"), "{head}");
            // Codes of the old figure, and proposals (the strategy's 26
            // proposals and the 2021 studies), are not there.
            assert!(!tl.contains(" H |") && !tl.contains(" F |"), "{tl}");
            assert!(!tl.contains("boliger med bemanning"), "{tl}");
            assert!(!tl.contains("Strategi for interkommunalt"), "{tl}");
        }
    }
    let oyer = timeline_section(&run(&["--lang", "nb", "report", "--municipality", "Øyer"]));
    assert!(
        oyer.contains("| Gerica elektronisk pasientjournal |  |  | ✓ | ✓ | 2021: ny vertskommune Øyer (før Lillehammer) |"),
        "{oyer}"
    );
    assert!(
        oyer.contains("| Kvalitetskoordinator |  |  |  | ✓ sagt opp |  |"),
        "{oyer}"
    );
    // Asked for, the studies of 2021 and the plan's column appear.
    let with = timeline_section(&run(&[
        "--lang",
        "nb",
        "report",
        "--municipality",
        "Øyer",
        "--proposals",
    ]));
    assert!(with.contains("boliger med bemanning"), "{with}");
    assert!(with.contains("28. mars 2019"), "{with}");
}
