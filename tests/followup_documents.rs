//! Issue 14 item 6: the follow-up list as the files a secretariat works
//! with. `audit --format docx` is the meeting's agenda (per municipality,
//! per priority, each question in bold, what was found, the evidence in
//! words, the register state); `audit --format xlsx` opens on the follow-up
//! sheet (one row per finding and municipality, a real date cell for the
//! due date) with the flat finding table second. Both are read back here:
//! the Word document's paragraphs with quick-xml, the workbook with
//! calamine.
//!
//! The fixture is `tests/fixtures/followup` (see `tests/followup.rs`).

use std::io::Read;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use calamine::{Data, Reader, Xlsx};
use quick_xml::Reader as XmlReader;
use quick_xml::events::Event;
use serde_json::Value;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/followup");

fn samdiff() -> Command {
    let mut c = Command::cargo_bin("samdiff").unwrap();
    c.env("NO_COLOR", "1").env("LC_ALL", "C");
    c
}

fn run(args: &[&str]) -> Vec<u8> {
    let out = samdiff().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// A register for the fixture whose child-welfare entry the secretariat
/// has filled in: asked, an owner, a due date, a case number and a note.
fn filled_register(dir: &Path) -> PathBuf {
    let reg = dir.join("oppfolging.json");
    run(&[
        "--snapshots",
        FIXTURE,
        "audit",
        "--today",
        "2026-11-30",
        "--register",
        reg.to_str().unwrap(),
        "--update-register",
    ]);
    let mut v: Value = serde_json::from_str(&std::fs::read_to_string(&reg).unwrap()).unwrap();
    for e in v["entries"].as_array_mut().unwrap() {
        if e["arrangement"] == "child-welfare" {
            e["status"] = "asked".into();
            e["owner"] = "kommunedirektøren".into();
            e["due"] = "2027-02-01".into();
            e["case"] = "24/117".into();
            e["note"] = "Svar ventes før neste møte".into();
        }
    }
    std::fs::write(&reg, serde_json::to_string_pretty(&v).unwrap()).unwrap();
    reg
}

/// [`filled_register`] with one more entry, for a finding the audit no
/// longer reports although it read its document.
fn register_with_a_gone_entry(dir: &Path) -> PathBuf {
    let reg = filled_register(dir);
    let mut v: Value = serde_json::from_str(&std::fs::read_to_string(&reg).unwrap()).unwrap();
    v["entries"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({
            "id": "f-000000000001", "code": "listed-twice", "arrangement": "archive",
            "snapshot": "fx-2021", "documents": ["fx-2021"], "municipalities": ["Beta"],
            "summary": "`Archive` is listed more than once", "found": "open",
            "first_seen": "2025-01-01", "status": "answered", "owner": "arkivleder",
            "due": "2025-03-01", "case": "25/3", "note": "Rettet i ny oversikt"
        }));
    std::fs::write(&reg, serde_json::to_string_pretty(&v).unwrap()).unwrap();
    reg
}

/// One paragraph of a Word document: its style, its text, and the text of
/// its bold runs.
#[derive(Debug, Default, Clone)]
struct Para {
    style: String,
    text: String,
    bold: String,
}

fn paragraphs(docx: &[u8]) -> Vec<Para> {
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut xml = String::new();
    z.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    let mut r = XmlReader::from_str(&xml);
    let mut out = Vec::new();
    let mut cur: Option<Para> = None;
    let (mut in_text, mut bold) = (false, false);
    loop {
        match r.read_event().unwrap() {
            Event::Start(e) if e.name().as_ref() == "w:p" => cur = Some(Para::default()),
            Event::End(e) if e.name().as_ref() == "w:p" => out.extend(cur.take()),
            Event::Start(e) if e.name().as_ref() == "w:r" => bold = false,
            Event::Empty(e) if e.name().as_ref() == "w:b" => bold = true,
            Event::Empty(e) if e.name().as_ref() == "w:pStyle" => {
                if let (Some(p), Some(a)) = (cur.as_mut(), e.try_get_attribute("w:val").unwrap()) {
                    p.style = a.value.into_owned();
                }
            }
            Event::Start(e) if e.name().as_ref() == "w:t" => in_text = true,
            Event::End(e) if e.name().as_ref() == "w:t" => in_text = false,
            Event::Text(t) if in_text => {
                let s = t.xml10_content().into_owned();
                if let Some(p) = cur.as_mut() {
                    p.text.push_str(&s);
                    if bold {
                        p.bold.push_str(&s);
                    }
                }
            }
            Event::GeneralRef(g) if in_text => {
                let s = match g.as_ref() {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    _ => "?",
                };
                if let Some(p) = cur.as_mut() {
                    p.text.push_str(s);
                    if bold {
                        p.bold.push_str(s);
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

fn docx(lang: &str, reg: Option<&Path>) -> Vec<u8> {
    let mut args = vec!["--lang", lang, "--snapshots", FIXTURE, "audit"];
    args.extend(["--format", "docx", "--today", "2026-11-30"]);
    let r;
    if let Some(p) = reg {
        r = p.to_str().unwrap().to_owned();
        args.extend(["--register", &r]);
    }
    run(&args)
}

#[test]
fn the_word_document_is_the_meeting_agenda_in_bokmal() {
    let tmp = tempfile::tempdir().unwrap();
    let reg = register_with_a_gone_entry(tmp.path());
    let bytes = docx("nb", Some(&reg));
    assert_eq!(bytes, docx("nb", Some(&reg)), "the same file every run");
    let ps = paragraphs(&bytes);
    let styled = |style: &str| -> Vec<String> {
        ps.iter()
            .filter(|p| p.style == style)
            .map(|p| p.text.clone())
            .collect()
    };
    assert_eq!(styled("Title"), ["Oppfølgingsliste for kontrollutvalget"]);
    assert_eq!(
        ps[1].text,
        "Frister er regnet fra 30. november 2026. Grunnlaget er oversikten per 1. januar 2019, \
         oversikten per 1. januar 2021 og oversikten per 1. januar 2024."
    );
    assert_eq!(
        ps[2].text,
        "Mot oppfølgingslisten: 0 nye, 2 fortsatt åpne, 1 løst siden den ble skrevet."
    );
    // per municipality, per priority; the resolved finding for the record
    assert_eq!(
        styled("Heading1"),
        [
            "Alpha",
            "Beta",
            "Løst av et senere dokument",
            "Ikke lenger funnet i dokumentene"
        ]
    );
    assert_eq!(styled("Heading2"), ["Feil", "Feil"]);

    // the child-welfare item: numbered, its question in bold, then what
    // was found, the register state (due date in words) and the evidence
    let q = ps
        .iter()
        .position(|p| p.style == "Item" && p.bold.starts_with("Deltar vertskommunen i samarbeidet"))
        .expect("the host question as a numbered item");
    assert_eq!(
        ps[q].text,
        "2.\u{a0}Deltar vertskommunen i samarbeidet, og hvilket kryss i oversikten er feil?"
    );
    assert_eq!(ps[q + 1].style, "Detail");
    assert_eq!(
        ps[q + 1].text,
        "Funn: «Child welfare» oppgir Alpha som vertskommune, men Alpha er ikke krysset av som deltaker"
    );
    assert_eq!(
        ps[q + 2].text,
        "Oppfølging: fortsatt åpen · status: spurt · ansvarlig: kommunedirektøren · \
         frist: 1. februar 2027 · saksnummer: 24/117 · merknad: Svar ventes før neste møte"
    );
    assert_eq!(ps[q + 3].style, "Source");
    assert_eq!(
        ps[q + 3].text,
        "Belegg: oversikten per 1. januar 2021, linje 6: \
         «Child welfare | Kommuneloven |  | x | Alpha host municipality»"
    );
    assert!(ps[q + 5].text.starts_with("Funn-id: f-"), "{:?}", ps[q + 5]);

    // the fire service: resolved by the 2021 overview, with its line
    let fire = ps
        .iter()
        .position(|p| p.style == "Item" && p.text.contains("«Fire service»"))
        .unwrap();
    assert!(
        ps[fire + 1..].iter().any(|p| p.text
            == "Løst av: oversikten per 1. januar 2021, linje 3: \
                    «Fire service | Kommuneloven | x | x | Beta host municipality»"),
        "{:?}",
        &ps[fire..]
    );
    // the register entry whose finding is gone: its question and what the
    // secretariat recorded (the due date has passed, but it is answered)
    let gone = ps
        .iter()
        .position(|p| p.text == "Ikke lenger funnet i dokumentene")
        .unwrap();
    assert_eq!(
        ps[gone + 1].bold,
        "Er dette ett samarbeid eller to, og kan oversikten føre det opp én gang?"
    );
    assert_eq!(
        ps[gone + 2].text,
        "Oppfølging: status: besvart · ansvarlig: arkivleder · frist: 1. mars 2025 (passert) · \
         saksnummer: 25/3 · merknad: Rettet i ny oversikt"
    );
    assert_eq!(ps[gone + 3].text, "Funn-id: f-000000000001");
    // no code spans, ids of documents or ISO dates in what the committee reads
    for p in &ps {
        assert!(
            !p.text.contains('`') && !p.text.contains("fx-20") && !p.text.contains("2027-02"),
            "{p:?}"
        );
    }
}

#[test]
fn the_word_document_in_english_and_for_one_municipality() {
    let ps = paragraphs(&run(&[
        "--lang",
        "en",
        "--snapshots",
        FIXTURE,
        "audit",
        "--format",
        "docx",
        "--today",
        "2026-11-30",
        "--municipality",
        "beta",
    ]));
    assert_eq!(ps[0].text, "Follow-up list for the control committee: Beta");
    assert!(
        ps[1]
            .text
            .starts_with("Deadlines are counted from 30 November 2026. Based on"),
        "{:?}",
        ps[1]
    );
    let h1: Vec<&str> = ps
        .iter()
        .filter(|p| p.style == "Heading1")
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(h1, ["Beta", "Resolved by a later document"]);
    assert!(
        ps.iter().any(|p| p.text
            == "Evidence: the overview of 1 January 2019, line 4: “Archive | § 27 | x | x”"),
        "{ps:?}"
    );
    assert!(ps.iter().all(|p| !p.text.contains('`')), "{ps:?}");
}

fn workbook(bytes: Vec<u8>) -> Xlsx<std::io::Cursor<Vec<u8>>> {
    Xlsx::new(std::io::Cursor::new(bytes)).unwrap()
}

fn text(d: &Data) -> String {
    match d {
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        other => format!("{other:?}"),
    }
}

#[test]
fn the_workbook_opens_on_the_follow_up_sheet_with_a_real_due_date() {
    let tmp = tempfile::tempdir().unwrap();
    let reg = filled_register(tmp.path());
    let args = [
        "--lang",
        "nb",
        "--snapshots",
        FIXTURE,
        "audit",
        "--format",
        "xlsx",
        "--today",
        "2026-11-30",
        "--register",
        reg.to_str().unwrap(),
    ];
    let bytes = run(&args);
    assert_eq!(bytes, run(&args), "the same file every run");
    let mut wb = workbook(bytes.clone());
    assert_eq!(wb.sheet_names(), ["Oppfølging", "Funn"]);
    let sheet = wb.worksheet_range("Oppfølging").unwrap();
    let rows: Vec<Vec<Data>> = sheet.rows().map(|r| r.to_vec()).collect();
    let header: Vec<String> = rows[0].iter().map(text).collect();
    assert_eq!(
        header,
        [
            "Kommune",
            "Prioritet",
            "Nr.",
            "Funn-id",
            "Status",
            "Ansvarlig",
            "Frist",
            "Saksnummer",
            "Merknad",
            "Spørsmål til administrasjonen",
            "Funn",
            "Belegg"
        ]
    );
    // grouped by municipality, then priority; numbered within each group;
    // the resolved finding last
    let keys: Vec<(String, String, Data)> = rows[1..]
        .iter()
        .map(|r| (text(&r[0]), text(&r[1]), r[2].clone()))
        .collect();
    assert_eq!(
        keys,
        [
            ("Alpha".into(), "feil".into(), Data::Float(1.0)),
            ("Alpha".into(), "feil".into(), Data::Float(2.0)),
            ("Beta".into(), "feil".into(), Data::Float(1.0)),
            ("Beta".into(), "feil".into(), Data::Float(2.0)),
            ("Alpha og Beta".into(), "løst".into(), Data::Float(1.0)),
        ]
    );
    let welfare = rows
        .iter()
        .find(|r| text(&r[0]) == "Alpha" && text(&r[10]).contains("Child welfare"))
        .unwrap();
    assert!(text(&welfare[3]).starts_with("f-"));
    assert_eq!(text(&welfare[4]), "spurt");
    assert_eq!(text(&welfare[5]), "kommunedirektøren");
    match &welfare[6] {
        // a spreadsheet date counts days from 30 December 1899
        Data::DateTime(d) => assert_eq!(
            d.as_f64(),
            (chrono::NaiveDate::from_ymd_opt(2027, 2, 1).unwrap()
                - chrono::NaiveDate::from_ymd_opt(1899, 12, 30).unwrap())
            .num_days() as f64
        ),
        other => panic!("due date as {other:?}, expected a date cell"),
    }
    assert_eq!(text(&welfare[7]), "24/117");
    assert_eq!(text(&welfare[8]), "Svar ventes før neste møte");
    assert_eq!(
        text(&welfare[9]),
        "Deltar vertskommunen i samarbeidet, og hvilket kryss i oversikten er feil?"
    );
    assert_eq!(
        text(&welfare[11]),
        "oversikten per 1. januar 2021, linje 6: «Child welfare | Kommuneloven |  | x | Alpha host municipality»\n\
         oversikten per 1. januar 2024, linje 6: «Child welfare | Kommuneloven |  | x | Alpha host municipality»"
    );
    // a finding not filled in yet has an empty status to fill
    let archive = rows
        .iter()
        .find(|r| text(&r[0]) == "Alpha" && text(&r[10]).contains("Archive"))
        .unwrap();
    assert_eq!(text(&archive[4]), "åpen");
    assert_eq!(text(&archive[6]), "");
    // the flat finding table keeps its codes for the auditor
    let flat = wb.worksheet_range("Funn").unwrap();
    assert_eq!(text(flat.get((0, 0)).unwrap()), "kode");
    assert_eq!(flat.height(), 4, "three findings and a header");

    // a frozen, filtered, styled header on the follow-up sheet
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    z.by_name("xl/worksheets/sheet1.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    assert!(xml.contains("ySplit=\"1\""), "frozen header: {xml}");
    assert!(xml.contains("<autoFilter ref=\"A1:L6\""), "filter: {xml}");
    // rows of wrapped text are as tall as their lines, whatever program
    // opens the file
    assert!(xml.contains("customHeight=\"1\""), "row heights: {xml}");
}

#[test]
fn without_a_register_the_workbook_leaves_the_follow_up_columns_empty() {
    let mut wb = workbook(run(&[
        "--snapshots",
        FIXTURE,
        "audit",
        "--format",
        "xlsx",
        "--today",
        "2026-11-30",
    ]));
    assert_eq!(wb.sheet_names(), ["Follow-up", "Findings"]);
    let sheet = wb.worksheet_range("Follow-up").unwrap();
    for r in sheet.rows().skip(1) {
        for c in 4..9 {
            assert_eq!(text(&r[c]), "", "{r:?}");
        }
        assert!(!text(&r[10]).contains('`'), "{r:?}");
    }
}

/// `audit -o FILE` writes any format to a file, complete or not at all, and
/// never replaces a file without `--force` (the rule of every command
/// that writes files); text in a file carries no colour codes.
#[test]
fn audit_writes_to_a_file_with_o() {
    let tmp = tempfile::tempdir().unwrap();
    let doc = tmp.path().join("møte.docx");
    let base = ["--snapshots", FIXTURE, "audit", "--today", "2026-11-30"];
    let mut args = base.to_vec();
    args.extend(["--format", "docx", "-o", doc.to_str().unwrap()]);
    assert!(run(&args).is_empty(), "nothing on stdout");
    let bytes = std::fs::read(&doc).unwrap();
    assert_eq!(
        paragraphs(&bytes)[0].text,
        "Follow-up list for the control committee"
    );
    let again = samdiff().args(&args).output().unwrap();
    assert_eq!(again.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("already exists"),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    args.push("--force");
    run(&args);
    let text = tmp.path().join("funn.txt");
    let mut args = vec!["--color", "always"];
    args.extend(base);
    args.extend(["-o", text.to_str().unwrap()]);
    run(&args);
    let t = std::fs::read_to_string(&text).unwrap();
    assert!(t.contains("[conversion-overdue]"), "{t}");
    assert!(!t.contains('\u{1b}'), "colour codes in a file: {t:?}");
}
