//! Issue 14: a follow-up list the control committee can work from. Stable
//! finding ids, one finding per root cause, priority and resolution,
//! `--today`, the follow-up register, the meeting formats, `--municipality`
//! and the audit's JSON Schema.
//!
//! The fixture `tests/fixtures/followup` has three overviews of two
//! municipalities: a fire service on § 27 in 2019 that 2021 prints as
//! host-municipality cooperation (resolved), an archive on § 27 in every
//! year (open; printed after the deadline in 2024), and a child-welfare
//! arrangement whose host is marked as not taking part (a definite
//! contradiction, `error`).

use std::collections::BTreeSet;
use std::path::Path;

use assert_cmd::Command;
use samdiff::audit::{AuditOptions, FindingState, run_audit_with};
use samdiff::model::Arrangement;
use samdiff::registry::Registry;
use samdiff::snapshot::{LoadedSnapshot, SnapshotSet};
use serde_json::Value;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/followup");

fn samdiff() -> Command {
    let mut c = Command::cargo_bin("samdiff").unwrap();
    c.env("NO_COLOR", "1").env("LC_ALL", "C");
    c
}

/// `samdiff --snapshots FIXTURE audit ARGS --format json`, parsed.
fn audit_json(args: &[&str]) -> Value {
    let out = samdiff()
        .args(["--snapshots", FIXTURE, "audit", "--format", "json"])
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.code() == Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn ids(v: &Value) -> Vec<String> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap().to_owned())
        .collect()
}

fn finding<'a>(v: &'a Value, code: &str, arrangement: &str) -> &'a Value {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == code && f["arrangement"] == arrangement)
        .unwrap_or_else(|| panic!("no {code} on {arrangement}"))
}

#[test]
fn ids_are_stable_across_runs_and_under_a_later_document() {
    let a = audit_json(&["fx-2019", "fx-2021", "--today", "2022-06-01"]);
    let b = audit_json(&["fx-2019", "fx-2021", "--today", "2022-06-01"]);
    assert_eq!(a, b, "two runs differ");
    for id in ids(&a) {
        assert!(
            id.len() == 14 && id.starts_with("f-"),
            "id {id}: expected f- and 12 hex digits"
        );
    }
    // adding the 2024 overview (and moving today on) changes wording and
    // severity, never an existing finding's id
    let c = audit_json(&["--today", "2026-11-30"]);
    let later: BTreeSet<String> = ids(&c).into_iter().collect();
    for id in ids(&a) {
        assert!(later.contains(&id), "{id} lost when fx-2024 was added");
    }
    let archive = |v: &Value| finding(v, "conversion-due", "archive")["id"].clone();
    assert_eq!(
        archive(&a),
        finding(&c, "conversion-overdue", "archive")["id"],
        "the archive's conversion keeps its id from due to overdue"
    );
    let _ = archive;
}

#[test]
fn ids_are_stable_under_an_unrelated_added_arrangement() {
    let set = SnapshotSet::load_dir(Path::new(FIXTURE))
        .unwrap()
        .into_result()
        .unwrap();
    let reg = Registry::embedded().unwrap();
    let opts = AuditOptions {
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 30),
    };
    let all: Vec<&LoadedSnapshot> = set.snapshots.iter().collect();
    let before = run_audit_with(&all, &reg, &opts);

    let mut changed: Vec<LoadedSnapshot> = set.snapshots.clone();
    let s = &mut changed[1];
    let mut extra = Arrangement::row("library", "Library", 2);
    extra.legal_form = None; // its own finding: legal-basis-missing
    s.snapshot.arrangements.insert(0, extra);
    let changed = LoadedSnapshot::new(s.snapshot.clone(), s.origin.clone(), s.source_text.clone());
    let mut with: Vec<&LoadedSnapshot> = all.clone();
    with[1] = &changed;
    let after = run_audit_with(&with, &reg, &opts);
    let after_ids: BTreeSet<_> = after.findings.iter().map(|f| f.id.clone()).collect();
    for f in &before.findings {
        assert!(
            after_ids.contains(&f.id),
            "{} ({:?}) changed id",
            f.id,
            f.code
        );
    }
    assert!(after.findings.len() > before.findings.len());
}

#[test]
fn today_words_deadlines_before_and_after() {
    let text = |today: &str| {
        let out = samdiff()
            .args([
                "--snapshots",
                FIXTURE,
                "audit",
                "fx-2019",
                "fx-2021",
                "--today",
                today,
            ])
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let before = text("2022-06-01");
    assert!(
        before.contains("The deadline 1 November 2023 is in 1 year"),
        "{before}"
    );
    let after = text("2025-12-01");
    assert!(
        after.contains(
            "The deadline 1 November 2023 passed 2 years ago; the overview of 1 January 2021 still prints `§ 27`"
        ),
        "{after}"
    );
    let nb = samdiff()
        .args([
            "--lang",
            "nb",
            "--snapshots",
            FIXTURE,
            "audit",
            "fx-2019",
            "fx-2021",
        ])
        .args(["--today", "2025-12-01"])
        .output()
        .unwrap();
    let nb = String::from_utf8(nb.stdout).unwrap();
    assert!(
        nb.contains("Fristen 1. november 2023 gikk ut for 2 år siden; oversikten per 1. januar 2021 skriver fortsatt «§ 27»"),
        "{nb}"
    );
    let bad = samdiff()
        .args(["--snapshots", FIXTURE, "audit", "--today", "2025-13-01"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&bad.stderr).trim(),
        "error: --today `2025-13-01`: expected a date YYYY-MM-DD"
    );
}

#[test]
fn fail_on_error_fails_on_a_definite_contradiction() {
    let out = samdiff()
        .args(["--snapshots", FIXTURE, "audit", "fx-2019", "fx-2021"])
        .args(["--today", "2022-06-01", "--fail-on", "error"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("error [host-not-participant] `Child welfare` names Alpha as host"),
        "{text}"
    );
    // without the contradiction (2019 alone) nothing is an error
    samdiff()
        .args([
            "--snapshots",
            FIXTURE,
            "audit",
            "fx-2019",
            "--today",
            "2022-06-01",
        ])
        .args(["--fail-on", "error"])
        .assert()
        .code(0);
}

#[test]
fn a_resolved_finding_cites_the_resolving_line_and_comes_last() {
    let v = audit_json(&["--today", "2026-11-30"]);
    let fire = finding(&v, "conversion-due", "fire-service");
    assert_eq!(fire["state"], "resolved");
    assert_eq!(fire["resolved_by"]["snapshot"], "fx-2021");
    assert_eq!(fire["resolved_by"]["lines"], serde_json::json!([3]));
    let states: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["state"].as_str().unwrap())
        .collect();
    assert_eq!(states, ["open", "open", "resolved"]);
    assert_eq!(v["summary"]["resolved"], 1);
    assert_eq!(v["summary"]["error"], 2);
}

/// Every human field of a register entry: odd spacing, escapes, non-ASCII
/// text, a field samdiff does not know, a number.
const HUMAN: &[(&str, &str)] = &[
    ("status", r#""asked""#),
    ("owner", r#""kommunedirektør \u00d8yer""#),
    ("due", r#""2027-02-01""#),
    ("case", r#""24/117""#),
    ("note", r#""Svar:\n\"omdannet\" \ud83d\udcdd  ""#),
    ("answer_page", "12"),
];

fn register_round(dir: &Path, args: &[&str]) -> (String, String) {
    let reg = dir.join("oppfolging.json");
    let out = samdiff()
        .args(["--snapshots", FIXTURE, "audit"])
        .args(args)
        .args(["--register", reg.to_str().unwrap(), "--update-register"])
        .output()
        .unwrap();
    assert!(
        out.status.code() == Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        String::from_utf8(out.stdout).unwrap(),
        std::fs::read_to_string(reg).unwrap(),
    )
}

#[test]
fn the_register_round_trip_keeps_every_human_field_and_moves_resolved_findings() {
    let tmp = tempfile::tempdir().unwrap();
    // first audit: 2019 and 2021; the register is created
    let (_, first) = register_round(tmp.path(), &["fx-2019", "fx-2021", "--today", "2022-06-01"]);
    let v: Value = serde_json::from_str(&first).unwrap();
    assert_eq!(v["format"], "samdiff-register/1");
    assert_eq!(v["written"], "2022-06-01");
    let entries = v["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 3);
    assert!(
        entries
            .iter()
            .all(|e| e["status"] == "open" && e["owner"] == "")
    );

    // the secretariat fills in the child-welfare entry by hand
    let welfare = entries
        .iter()
        .find(|e| e["arrangement"] == "child-welfare")
        .unwrap();
    let id = welfare["id"].as_str().unwrap();
    let block_start = first.find(&format!("\"id\": \"{id}\"")).unwrap();
    let block_end = block_start + first[block_start..].find("\n    }").unwrap();
    let mut block = first[block_start..block_end].to_owned();
    for k in ["status", "owner", "due", "case", "note"] {
        let from = block.find(&format!("\"{k}\": ")).unwrap();
        let to = from + block[from..].find('\n').unwrap_or(block.len() - from);
        let comma = if block[..to].ends_with(',') { "," } else { "" };
        block.replace_range(from..to, &format!("\"{k}\": PLACEHOLDER{comma}"));
        let (_, raw) = HUMAN.iter().find(|(h, _)| *h == k).unwrap();
        block = block.replacen("PLACEHOLDER", raw, 1);
    }
    block.push_str(",\n      \"answer_page\": 12");
    let edited = format!("{}{}{}", &first[..block_start], block, &first[block_end..]);
    std::fs::write(tmp.path().join("oppfolging.json"), &edited).unwrap();

    // next year: the 2024 overview fixes child welfare? No: it is still
    // there; the fire service stays resolved; everything is kept
    let (text, second) = register_round(tmp.path(), &["--today", "2026-11-30"]);
    for (k, raw) in HUMAN {
        assert!(
            second.contains(&format!("\"{k}\": {raw}")),
            "{k} not kept byte for byte:\n{second}"
        );
    }
    assert!(
        text.contains("register: still open · status: asked · owner: kommunedirektør Øyer"),
        "{text}"
    );
    assert!(
        text.contains("0 new, 2 still open, 0 resolved since it was written"),
        "{text}"
    );

    // an audit of the 2019 overview alone did not read the documents child
    // welfare rests on: its entry is left exactly as it was, neither still
    // open nor resolved, and stderr says so (issue 14, follow-up item 2)
    let reg = tmp.path().join("oppfolging.json");
    let out = samdiff()
        .args([
            "--snapshots",
            FIXTURE,
            "audit",
            "fx-2019",
            "--today",
            "2027-03-01",
        ])
        .args(["--register", reg.to_str().unwrap(), "--update-register"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let (text, err) = (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    );
    assert!(
        err.contains(
            "1 register entry rests on documents this audit did not read (fx-2021, fx-2024): \
             left as it was, neither still open nor resolved"
        ),
        "{err}"
    );
    assert!(text.contains("0 resolved since it was written"), "{text}");
    let entry = |reg: &str| -> Value {
        serde_json::from_str::<Value>(reg).unwrap()["entries"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["id"] == id)
            .unwrap()
            .clone()
    };
    let third = std::fs::read_to_string(&reg).unwrap();
    assert_eq!(
        entry(&third),
        entry(&second),
        "an unread entry is kept as it was"
    );
    assert_eq!(entry(&third)["found"], "open");
    assert_eq!(
        entry(&third)["documents"],
        serde_json::json!(["fx-2021", "fx-2024"])
    );

    // the curator corrects both overviews' marks (Alpha takes part): every
    // document child welfare rests on is read and the finding is gone, so
    // its entry is kept, marked resolved, with every human field
    let fixed = tmp.path().join("fixed");
    copy_dir(Path::new(FIXTURE), &fixed);
    for y in ["fx-2021", "fx-2024"] {
        let p = fixed.join(format!("{y}.json"));
        let t = std::fs::read_to_string(&p).unwrap();
        let at = t.find("\"id\": \"child-welfare\"").unwrap();
        let t = format!(
            "{}{}",
            &t[..at],
            t[at..].replacen("\"Alpha\": \"no\"", "\"Alpha\": \"yes\"", 1)
        );
        std::fs::write(&p, t).unwrap();
    }
    let fixed_round = |today: &str| {
        let out = samdiff()
            .args([
                "--snapshots",
                fixed.to_str().unwrap(),
                "audit",
                "--today",
                today,
            ])
            .args(["--register", reg.to_str().unwrap(), "--update-register"])
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        (
            String::from_utf8(out.stdout).unwrap(),
            std::fs::read_to_string(&reg).unwrap(),
        )
    };
    let (text, fourth) = fixed_round("2027-03-01");
    assert!(
        text.contains("resolved since the register was written"),
        "{text}"
    );
    assert!(text.contains(id), "{text}");
    let e = entry(&fourth);
    assert_eq!(e["found"], "resolved");
    assert_eq!(e["resolved_on"], "2027-03-01");
    for (k, raw) in HUMAN {
        assert!(fourth.contains(&format!("\"{k}\": {raw}")), "{k} lost");
    }
    // and once recorded as resolved, it is no longer "resolved since"
    let (text, fifth) = fixed_round("2027-04-01");
    assert!(text.contains("0 resolved since it was written"), "{text}");
    assert_eq!(entry(&fifth)["resolved_on"], "2027-03-01");
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

#[test]
fn a_bad_register_exits_2_with_its_location() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("r.json");
    std::fs::write(
        &p,
        "{\n  \"format\": \"samdiff-register/1\",\n  \"entries\": [\n    {\"id\": \"f-1\", \"status\": \"done\"}\n  ]\n}\n",
    )
    .unwrap();
    let out = samdiff()
        .args([
            "--snapshots",
            FIXTURE,
            "audit",
            "--register",
            p.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("r.json:4:29: status \"done\": expected \"open\", \"asked\""),
        "{err}"
    );
    let missing = tmp.path().join("none.json");
    let out = samdiff()
        .args([
            "--snapshots",
            FIXTURE,
            "audit",
            "--register",
            missing.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(!missing.exists());
}

#[test]
fn municipality_filters_every_format() {
    let all = audit_json(&["--today", "2026-11-30"]);
    let only = audit_json(&["--today", "2026-11-30", "--municipality", "alpha"]);
    assert_eq!(
        ids(&all),
        ids(&only),
        "every fixture finding concerns Alpha"
    );
    let embedded = |args: &[&str]| {
        let out = samdiff()
            .args(["audit", "--today", "2026-11-30"])
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        String::from_utf8(out.stdout).unwrap()
    };
    let gausdal: Value = serde_json::from_str(&embedded(&[
        "--municipality",
        "Gausdal",
        "--format",
        "json",
    ]))
    .unwrap();
    let findings = gausdal["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    assert!(findings.iter().all(|f| {
        f["municipalities"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m == "Gausdal")
    }));
    for format in ["text", "markdown", "html", "csv"] {
        let out = embedded(&["--municipality", "Gausdal", "--format", format]);
        assert!(
            !out.contains("Kvalitetskoordinator"),
            "{format}: an Øyer-only finding leaked"
        );
    }
    // the meeting list has the one municipality's group, though its
    // findings concern others too
    let md = embedded(&["--municipality", "øyer", "--format", "markdown"]);
    assert!(md.contains("\n## Øyer\n"), "{md}");
    assert!(!md.contains("\n## Gausdal\n"), "{md}");
    // names match as in every other command (case, accents, "kommune")
    for typed in ["ØYER", "Øyer kommune", "oyer"] {
        let md = embedded(&["--municipality", typed, "--format", "markdown"]);
        assert!(md.contains("\n## Øyer\n"), "{typed}: {md}");
    }
    // an unknown name is an error with the closest, and writes no register
    let tmp = tempfile::tempdir().unwrap();
    let reg = tmp.path().join("r.json");
    let out = samdiff()
        .args(["audit", "--municipality", "Øyr"])
        .args(["--register", reg.to_str().unwrap(), "--update-register"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "unknown municipality `Øyr`: the snapshots name `Gausdal`, `Lillehammer`, `Øyer`"
        ),
        "{err}"
    );
    assert!(err.contains("did you mean `Øyer`?"), "{err}");
    assert!(!reg.exists(), "a refused run wrote the register");
}

#[test]
fn audit_json_validates_against_its_schema() {
    let schema: Value =
        serde_json::from_slice(&samdiff().args(["schema", "audit"]).output().unwrap().stdout)
            .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for args in [
        vec!["audit", "--format", "json", "--today", "2026-11-30"],
        vec![
            "--snapshots",
            FIXTURE,
            "audit",
            "--format",
            "json",
            "--today",
            "2022-06-01",
        ],
    ] {
        let out = samdiff().args(&args).output().unwrap();
        let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
        let errors: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{args:?}: {errors:#?}");
    }
    let mut bad: Value = serde_json::from_slice(
        &samdiff()
            .args(["audit", "--format", "json"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    bad["findings"][0]["severity"] = "fatal".into();
    assert!(!validator.is_valid(&bad), "the schema accepts anything");
}

#[test]
fn a_register_validates_against_its_schema() {
    let schema: Value = serde_json::from_slice(
        &samdiff()
            .args(["schema", "register"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let (_, text) = register_round(tmp.path(), &["--today", "2026-11-30"]);
    let doc: Value = serde_json::from_str(&text).unwrap();
    let errors: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn on_the_embedded_data_one_finding_per_root_cause_and_the_fire_service_resolved() {
    let out = samdiff()
        .args(["audit", "--format", "json", "--today", "2026-11-30"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let fs = v["findings"].as_array().unwrap();
    // a row outside the scope never stands beside the swap that explains it,
    // and a conversion is reported once however many documents repeat it
    let mut seen = BTreeSet::new();
    for f in fs {
        let a = f["arrangement"].as_str().unwrap_or("");
        let family = match f["code"].as_str().unwrap() {
            c if c.starts_with("conversion-") => "conversion",
            "legal-basis-uncertain" => "conversion",
            "row-outside-scope" => "participation-swapped",
            c => c,
        };
        let key = (
            family.to_owned(),
            a.to_owned(),
            f["snapshot"].clone().to_string(),
        );
        assert!(seen.insert(key), "{family} on {a} reported twice");
        if family == "conversion" {
            assert!(
                fs.iter()
                    .filter(|g| g["arrangement"] == a
                        && g["code"].as_str().unwrap().starts_with("conversion-"))
                    .count()
                    == 1,
                "{a}: more than one conversion finding"
            );
        }
    }
    for a in [
        "eidsiva-energi",
        "gudbrandsdal-energi",
        "gudbrandsdalsmusea",
    ] {
        assert!(
            !fs.iter()
                .any(|f| f["code"] == "row-outside-scope" && f["arrangement"] == a),
            "{a}: row-outside-scope beside its swap"
        );
        let swap = fs
            .iter()
            .find(|f| f["code"] == "participation-swapped" && f["arrangement"] == a)
            .unwrap();
        assert_eq!(swap["consequences"][0]["code"], "row-outside-scope");
    }
    let fire = fs
        .iter()
        .find(|f| {
            f["arrangement"] == "felles-brann-og-feiertjeneste"
                && f["code"].as_str().unwrap().starts_with("conversion-")
        })
        .expect("the fire service's conversion finding");
    assert_eq!(fire["state"], "resolved");
    assert_eq!(fire["resolved_by"]["snapshot"], "oyer-2021");
    assert!(
        fire["resolved_by"]["excerpt"]
            .as_str()
            .unwrap()
            .starts_with("Felles brann- og feiertjeneste | Kommuneloven"),
        "{fire}"
    );
    // the library agrees on state
    let set = SnapshotSet::embedded().into_result().unwrap();
    let all: Vec<_> = set.snapshots.iter().collect();
    let audit = run_audit_with(
        &all,
        &Registry::embedded().unwrap(),
        &AuditOptions::default(),
    );
    assert!(
        audit
            .findings
            .iter()
            .any(|f| f.state == FindingState::Resolved)
    );
}

#[test]
fn the_meeting_list_groups_by_municipality_and_priority_with_questions() {
    let md = samdiff()
        .args([
            "--snapshots",
            FIXTURE,
            "audit",
            "--format",
            "markdown",
            "--today",
            "2026-11-30",
        ])
        .output()
        .unwrap();
    let md = String::from_utf8(md.stdout).unwrap();
    insta::assert_snapshot!("followup_fixture_markdown", md);
    let html = samdiff()
        .args([
            "--lang",
            "nb",
            "--snapshots",
            FIXTURE,
            "audit",
            "--format",
            "html",
        ])
        .args(["--today", "2026-11-30"])
        .output()
        .unwrap();
    let html = String::from_utf8(html.stdout).unwrap();
    insta::assert_snapshot!("followup_fixture_html_nb", html);
    assert!(html.contains("Spørsmål til administrasjonen"));
}

/// `report --today` counts the audit section's deadlines from the given
/// day; without it, from the newest document in the range (never the
/// system clock), so the same documents give the same report.
#[test]
fn report_counts_deadlines_from_today_when_given() {
    let report = |extra: &[&str]| {
        let out = samdiff()
            .args([
                "--lang",
                "nb",
                "--snapshots",
                FIXTURE,
                "report",
                "--to",
                "fx-2021",
            ])
            .args(extra)
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let default = report(&[]);
    assert!(
        default.contains("Fristen 1. november 2023 er om 2 år"),
        "{default}"
    );
    assert_eq!(default, report(&["--today", "2021-01-01"]));
    let later = report(&["--today", "2026-11-30"]);
    assert!(
        later.contains("Fristen 1. november 2023 gikk ut for 3 år siden"),
        "{later}"
    );
    let bad = samdiff()
        .args(["--snapshots", FIXTURE, "report", "--today", "30.11.2026"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&bad.stderr)
            .contains("--today `30.11.2026`: expected a date YYYY-MM-DD"),
        "{}",
        String::from_utf8_lossy(&bad.stderr)
    );
}
