//! Issue 13: what goes into an annual report must read as Norwegian prose.
//! Every human-facing format of the one-pager (Markdown, HTML, Word) and of
//! the state table (text, Markdown, Word, workbook), in bokmål, for every
//! covered municipality, is checked for what leaked from the machinery:
//! snapshot ids, registry codes and change-kind names, backticks, ISO
//! dates, and English words. (JSON, CSV and the changelog and audit outputs
//! keep ids and codes on purpose, for programs and auditors.)

use assert_cmd::Command;
use calamine::{DataType, Reader, Xlsx};
use std::io::Read;

const COVERED: [&str; 3] = ["Gausdal", "Lillehammer", "Øyer"];

fn out(args: &[&str]) -> Vec<u8> {
    let o = Command::cargo_bin("samdiff")
        .unwrap()
        .env("LC_ALL", "C")
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    o.stdout
}

fn docx_text(b: Vec<u8>) -> String {
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(b)).unwrap();
    let mut xml = String::new();
    z.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    let runs: Vec<&str> = xml
        .split("<w:t xml:space=\"preserve\">")
        .skip(1)
        .filter_map(|s| s.split("</w:t>").next())
        .collect();
    unescape(&runs.join("\n"))
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&#x2f;", "/")
        .replace("&amp;", "&")
}

/// The visible text of an HTML page: no style sheet, no tags.
fn html_text(html: &str) -> String {
    let body = html.split("</style>").nth(1).unwrap_or(html);
    let mut text = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    unescape(&text)
}

/// Markdown's own marks are layout, not text: `<small>` and escapes.
fn markdown_text(md: &str) -> String {
    md.replace("<small>", " ")
        .replace("</small>", " ")
        .replace('\\', "")
}

fn xlsx_text(b: Vec<u8>) -> String {
    let mut wb: Xlsx<_> = Xlsx::new(std::io::Cursor::new(b)).unwrap();
    let name = wb.sheet_names()[0].clone();
    let range = wb.worksheet_range(&name).unwrap();
    range
        .rows()
        .map(|r| {
            r.iter()
                .filter(|c| c.is_string())
                .map(|c| c.to_string())
                .collect::<Vec<_>>()
                .join(" | ")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Words that mark English prose (whole words, any case).
const ENGLISH: &[&str] = &[
    "the",
    "and",
    "of",
    "is",
    "was",
    "with",
    "from",
    "changed",
    "listed",
    "notice",
    "host",
    "source",
    "line",
    "lines",
    "uncertain",
    "document",
    "documents",
    "overview",
    "stated",
    "joined",
    "left",
    "now",
    "called",
    "yes",
    "active",
    "ended",
    "effective",
    "partners",
    "none",
    "unknown",
    "cooperation",
    "municipality",
];

/// Ids and codes that must not reach a reader: snapshot ids, the
/// registry's ids (legal forms, events, organisations), change kinds and
/// finding codes.
fn codes() -> Vec<String> {
    let set = samdiff::snapshot::SnapshotSet::embedded()
        .into_result()
        .unwrap();
    let mut codes: Vec<String> = set
        .snapshots
        .iter()
        .map(|s| s.snapshot.id.to_string())
        .collect();
    let reg: serde_json::Value =
        serde_json::from_str(include_str!("../snapshots/registry.json")).unwrap();
    for list in [
        "forms",
        "events",
        "organisations",
        "successions",
        "title_changes",
    ] {
        for e in reg[list].as_array().into_iter().flatten() {
            if let Some(id) = e["id"].as_str() {
                codes.push(id.to_owned());
            }
        }
    }
    codes.extend(
        samdiff::diff::ChangeKind::ALL
            .iter()
            .map(|k| k.as_str().to_owned()),
    );
    codes.extend(
        samdiff::audit::Code::ALL
            .iter()
            .map(|c| c.as_str().to_owned()),
    );
    codes
}

fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_'))
        .filter(|w| !w.is_empty())
}

/// Every problem of `text` (named `what`), one a line.
fn leaks(what: &str, text: &str, codes: &[String]) -> Vec<String> {
    let mut found = Vec::new();
    if text.contains('`') {
        found.push(format!("{what}: a backtick"));
    }
    for w in words(text) {
        if codes.iter().any(|c| c == w) {
            found.push(format!("{what}: code `{w}`"));
        }
        if ENGLISH.contains(&w.to_lowercase().as_str()) {
            found.push(format!("{what}: English word `{w}`"));
        }
        // An ISO date or month: 2021-10, 2021-01-01.
        let b = w.as_bytes();
        if b.len() >= 7
            && b[..4].iter().all(u8::is_ascii_digit)
            && b[4] == b'-'
            && b[5..7].iter().all(u8::is_ascii_digit)
        {
            found.push(format!("{what}: ISO date `{w}`"));
        }
    }
    found.sort();
    found.dedup();
    found
}

/// The checker itself catches each kind of leak.
#[test]
fn the_checker_catches_each_kind_of_leak() {
    let codes = codes();
    for (text, kind) in [
        ("endret i oyer-2021", "code"),
        ("organisasjonsform kl2018-vertskommune", "code"),
        ("endringen `added`", "backtick"),
        ("med virkning fra 2021-10", "ISO date"),
        ("sagt opp 2021-10-01", "ISO date"),
        ("the host changed", "English"),
    ] {
        let l = leaks("t", text, &codes);
        assert!(l.iter().any(|x| x.contains(kind)), "{text}: {l:?}");
    }
    assert!(
        leaks(
            "t",
            "Øyer ble med i Borgerlig vigsel, 1. januar 2021.",
            &codes
        )
        .is_empty()
    );
}

#[test]
fn norwegian_annual_report_outputs_leak_nothing() {
    let codes = codes();
    let mut found = Vec::new();
    for m in COVERED {
        for range in [&[][..], &["--from", "2019", "--to", "2021"][..]] {
            let brief = |f: &str| {
                let mut a = vec!["--lang", "nb", "report", "--brief", "--municipality", m];
                a.extend_from_slice(range);
                a.extend_from_slice(&["--format", f]);
                out(&a)
            };
            let md = String::from_utf8(brief("markdown")).unwrap();
            found.extend(leaks(
                &format!("brief md {m} {range:?}"),
                &markdown_text(&md),
                &codes,
            ));
            let html = String::from_utf8(brief("html")).unwrap();
            found.extend(leaks(
                &format!("brief html {m} {range:?}"),
                &html_text(&html),
                &codes,
            ));
            found.extend(leaks(
                &format!("brief docx {m} {range:?}"),
                &docx_text(brief("docx")),
                &codes,
            ));
        }
        for at in [&[][..], &["--at", "2020"][..]] {
            let state = |f: &str| {
                let mut a = vec!["--lang", "nb", "state", "--municipality", m];
                a.extend_from_slice(at);
                a.extend_from_slice(&["--format", f]);
                out(&a)
            };
            let text = String::from_utf8(state("text")).unwrap();
            found.extend(leaks(&format!("state text {m} {at:?}"), &text, &codes));
            let md = String::from_utf8(state("markdown")).unwrap();
            found.extend(leaks(
                &format!("state md {m} {at:?}"),
                &markdown_text(&md),
                &codes,
            ));
            found.extend(leaks(
                &format!("state docx {m} {at:?}"),
                &docx_text(state("docx")),
                &codes,
            ));
            found.extend(leaks(
                &format!("state xlsx {m} {at:?}"),
                &xlsx_text(state("xlsx")),
                &codes,
            ));
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// Issue 14: the control committee's follow-up list as a Word document and
/// as the workbook's first sheet (the one the secretariat works in), in
/// bokmål, for the whole region and each municipality, with a register
/// whose due date is written `YYYY-MM-DD`. (The workbook's second sheet,
/// the flat finding table, keeps codes for the auditor.)
#[test]
fn norwegian_meeting_documents_leak_nothing() {
    let codes = codes();
    let tmp = tempfile::tempdir().unwrap();
    let reg = tmp.path().join("oppfolging.json");
    let reg_s = reg.to_str().unwrap();
    let base = ["--lang", "nb", "audit", "--today", "2026-11-30"];
    let mut first = base.to_vec();
    first.extend(["--register", reg_s, "--update-register"]);
    out(&first);
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&reg).unwrap()).unwrap();
    for e in v["entries"].as_array_mut().unwrap() {
        e["status"] = "asked".into();
        e["owner"] = "kommunedirektøren".into();
        e["due"] = "2027-02-01".into();
        e["case"] = "24/117".into();
    }
    std::fs::write(&reg, serde_json::to_string_pretty(&v).unwrap()).unwrap();
    let mut found = Vec::new();
    for m in [None, Some("Gausdal"), Some("Lillehammer"), Some("Øyer")] {
        for with_register in [false, true] {
            let run = |f: &str| {
                let mut a = base.to_vec();
                a.extend(["--format", f]);
                if let Some(m) = m {
                    a.extend(["--municipality", m]);
                }
                if with_register {
                    a.extend(["--register", reg_s]);
                }
                out(&a)
            };
            let what = format!("{m:?} register {with_register}");
            found.extend(leaks(
                &format!("audit docx {what}"),
                &docx_text(run("docx")),
                &codes,
            ));
            found.extend(leaks(
                &format!("audit xlsx {what}"),
                &xlsx_text(run("xlsx")),
                &codes,
            ));
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}
