//! Issue 7: the HTML report in a real browser. Headless Chromium opens the
//! report from disk with the network blocked, and the test checks that it
//! renders without console errors or network requests, that the timeline
//! figure has one row per arrangement, and saves a screenshot and a PDF
//! print in `test-artifacts/`.
//!
//! Chromium comes from `scripts/ensure-chromium`, which says what it
//! installs and why before installing the Debian package as root with
//! apt-get; `SAMDIFF_CHROMIUM` points at another binary. Where Chromium
//! cannot be had (not root, no apt-get, `SAMDIFF_NO_INSTALL=1`), the test is
//! skipped with a message on the terminal, except under `CI=true`, where a
//! missing browser fails it (issue 17).

use headless_chrome::browser::tab::RequestPausedDecision;
use headless_chrome::protocol::cdp::Fetch::{FailRequest, RequestPattern};
use headless_chrome::protocol::cdp::Network::ErrorReason;
use headless_chrome::protocol::cdp::Page::CaptureScreenshotFormatOption;
use headless_chrome::protocol::cdp::types::Event;
use headless_chrome::types::PrintToPdfOptions;
use headless_chrome::{Browser, LaunchOptions};
use std::collections::BTreeSet;
use std::ffi::OsStr;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// `ensure-chromium`'s exit status when Chromium cannot be installed here.
const CANNOT_INSTALL: i32 = 3;

/// Whether this is a CI run (`CI=true`, as GitHub, GitLab and others set).
fn ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v.eq_ignore_ascii_case("true") || v == "1")
}

/// The Chromium binary, installed through the project's script if needed;
/// `None` (after saying so on the terminal) when the test must be skipped.
fn chromium() -> Option<PathBuf> {
    // The script's own messages and apt-get's progress go straight to the
    // terminal: nothing is installed silently.
    let out = Command::new(Path::new(ROOT).join("scripts/ensure-chromium"))
        .stderr(Stdio::inherit())
        .output()
        .expect("run scripts/ensure-chromium");
    if out.status.success() {
        return Some(PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()));
    }
    assert!(
        !ci(),
        "CI=true and no Chromium for the browser test (scripts/ensure-chromium exited {:?})",
        out.status.code()
    );
    let why = if out.status.code() == Some(CANNOT_INSTALL) {
        "Chromium is not installed and cannot be installed here (see above)"
    } else {
        "installing Chromium failed (see above)"
    };
    // Straight to the terminal: the test harness captures `eprintln!`.
    let _ = writeln!(
        std::io::stderr(),
        "\n*** SKIPPED tests/browser.rs: {why}.\n\
         *** The HTML report was not checked in a browser. Install Chromium or set\n\
         *** SAMDIFF_CHROMIUM to run it; under CI=true this is a failure.\n"
    );
    None
}

/// Write the HTML report of the embedded snapshots through the real binary.
fn write_report(dir: &Path) -> PathBuf {
    let path = dir.join("report.html");
    let out = assert_cmd::Command::cargo_bin("samdiff")
        .unwrap()
        .args([
            "--lang",
            "nb",
            "report",
            "--proposals",
            "--format",
            "html",
            "--force",
            "-o",
        ])
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    path
}

/// Distinct arrangement ids in the snapshots the report shows (all of them,
/// with `--proposals`).
fn arrangement_ids() -> BTreeSet<String> {
    let set = samdiff::snapshot::SnapshotSet::embedded()
        .into_result()
        .unwrap();
    set.snapshots
        .iter()
        .flat_map(|l| &l.snapshot.arrangements)
        .map(|a| a.id.to_string())
        .collect()
}

#[test]
fn html_report_renders_offline_with_the_timeline() {
    let Some(chromium) = chromium() else {
        return;
    };
    let artifacts = Path::new(ROOT).join("test-artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    let html_path = write_report(&artifacts);
    let html = std::fs::read_to_string(&html_path).unwrap();
    // Self-contained: nothing that could fetch anything.
    for bad in [
        "<script",
        "<link",
        "@import",
        "url(",
        " src=",
        "href=\"http",
    ] {
        assert!(!html.contains(bad), "report contains {bad:?}");
    }
    let url = format!("file://{}", html_path.display());

    let args: Vec<&OsStr> = [
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--disable-extensions",
        // Block the network below the page too: no name resolves.
        "--host-resolver-rules=MAP * ~NOTFOUND",
    ]
    .iter()
    .map(OsStr::new)
    .collect();
    let browser = Browser::new(LaunchOptions {
        headless: true,
        sandbox: false,
        path: Some(chromium),
        window_size: Some((1200, 1600)),
        args,
        idle_browser_timeout: Duration::from_secs(60),
        ..LaunchOptions::default()
    })
    .expect("launch chromium");
    let tab = browser.new_tab().unwrap();
    tab.set_default_timeout(Duration::from_secs(20));

    let console_errors: Arc<Mutex<Vec<String>>> = Arc::default();
    let requests: Arc<Mutex<Vec<String>>> = Arc::default();
    {
        let errors = console_errors.clone();
        let requests = requests.clone();
        tab.add_event_listener(Arc::new(move |e: &Event| match e {
            Event::RuntimeConsoleAPICalled(ev) => {
                let t = format!("{:?}", ev.params.Type);
                if t == "Error" || t == "Assert" || t == "Warning" {
                    errors
                        .lock()
                        .unwrap()
                        .push(format!("console {t}: {:?}", ev.params.args));
                }
            }
            Event::RuntimeExceptionThrown(ev) => {
                errors
                    .lock()
                    .unwrap()
                    .push(format!("exception: {:?}", ev.params.exception_details));
            }
            Event::LogEntryAdded(ev) => {
                let level = format!("{:?}", ev.params.entry.level);
                if level == "Error" || level == "Warning" {
                    errors
                        .lock()
                        .unwrap()
                        .push(format!("log {level}: {}", ev.params.entry.text));
                }
            }
            Event::NetworkRequestWillBeSent(ev) => {
                requests.lock().unwrap().push(ev.params.request.url.clone());
            }
            _ => {}
        }))
        .unwrap();
    }
    tab.enable_runtime().unwrap();
    tab.enable_log().unwrap();
    tab.call_method(headless_chrome::protocol::cdp::Network::Enable {
        max_total_buffer_size: None,
        max_resource_buffer_size: None,
        max_post_data_size: None,
        report_direct_socket_traffic: None,
        enable_durable_messages: None,
    })
    .unwrap();
    // Every request the page makes is paused here: the report file itself
    // and data: URLs continue, anything else fails and is recorded.
    let blocked: Arc<Mutex<Vec<String>>> = Arc::default();
    {
        let blocked = blocked.clone();
        let own = url.clone();
        tab.enable_fetch(
            Some(&[RequestPattern {
                url_pattern: Some("*".to_owned()),
                resource_Type: None,
                request_stage: None,
            }]),
            None,
        )
        .unwrap();
        tab.enable_request_interception(Arc::new(
            move |_t, _s, ev: headless_chrome::protocol::cdp::Fetch::events::RequestPausedEvent| {
                let u = ev.params.request.url.clone();
                if u == own || u.starts_with("data:") {
                    RequestPausedDecision::Continue(None)
                } else {
                    blocked.lock().unwrap().push(u);
                    RequestPausedDecision::Fail(FailRequest {
                        request_id: ev.params.request_id,
                        error_reason: ErrorReason::BlockedByClient,
                    })
                }
            },
        ))
        .unwrap();
    }

    tab.navigate_to(&url)
        .unwrap()
        .wait_until_navigated()
        .unwrap();

    let eval = |js: &str| tab.evaluate(js, false).unwrap().value.unwrap();
    let rows = eval("document.querySelectorAll('table.timeline [data-arrangement]').length");
    let ids = arrangement_ids();
    assert_eq!(
        rows.as_u64().unwrap() as usize,
        ids.len(),
        "one row per arrangement"
    );
    let row_ids = eval(
        "JSON.stringify([...document.querySelectorAll('table.timeline [data-arrangement]')].map(e => e.dataset.arrangement).sort())",
    );
    let row_ids: BTreeSet<String> = serde_json::from_str(row_ids.as_str().unwrap()).unwrap();
    assert_eq!(row_ids, ids);
    // The table is laid out (has a size) and is captioned for screen readers.
    let drawn = eval(
        "(() => { const s = document.querySelector('table.timeline'); const r = s.getBoundingClientRect(); \
         const c = s.querySelector('caption'); \
         return r.width > 100 && r.height > 100 && !!c && c.textContent.length > 0; })()",
    );
    assert_eq!(
        drawn,
        serde_json::Value::Bool(true),
        "timeline table missing or uncaptioned"
    );
    let lang = eval("document.documentElement.lang");
    assert_eq!(lang.as_str(), Some("nb"));
    let headings = eval("document.querySelectorAll('main h2').length");
    assert_eq!(headings.as_u64(), Some(6), "six sections");

    let png = tab
        .capture_screenshot(CaptureScreenshotFormatOption::Png, None, None, true)
        .unwrap();
    std::fs::write(artifacts.join("report.png"), &png).unwrap();
    let pdf = tab
        .print_to_pdf(Some(PrintToPdfOptions {
            print_background: Some(true),
            ..PrintToPdfOptions::default()
        }))
        .unwrap();
    assert!(pdf.starts_with(b"%PDF"), "not a PDF");
    std::fs::write(artifacts.join("report.pdf"), &pdf).unwrap();

    let errors = console_errors.lock().unwrap().clone();
    assert!(errors.is_empty(), "console errors: {errors:#?}");
    let blocked = blocked.lock().unwrap().clone();
    assert!(blocked.is_empty(), "network requests: {blocked:#?}");
    let requests = requests.lock().unwrap().clone();
    let foreign: Vec<&String> = requests
        .iter()
        .filter(|u| **u != url && !u.starts_with("data:"))
        .collect();
    assert!(foreign.is_empty(), "network requests: {foreign:#?}");
    assert!(
        requests.contains(&url),
        "the report itself was not loaded: {requests:?}"
    );
}

/// Pages of a PDF that Chromium printed: its page objects (`/Type /Page`,
/// not `/Type /Pages`).
fn pdf_pages(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(pdf);
    let mut n = 0;
    let mut rest: &str = &text;
    while let Some(i) = rest.find("/Type") {
        rest = &rest[i + 5..];
        let t = rest.trim_start();
        if t.starts_with("/Page") && !t.starts_with("/Pages") {
            n += 1;
        }
    }
    n
}

/// Issue 13: the one-pager prints on exactly one A4 page, for every covered
/// municipality, in both languages, over the whole range and 2019 → 2021.
#[test]
fn one_pager_prints_on_one_a4_page() {
    let Some(chromium) = chromium() else {
        return;
    };
    let artifacts = Path::new(ROOT).join("test-artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    let browser = Browser::new(LaunchOptions {
        headless: true,
        sandbox: false,
        path: Some(chromium),
        window_size: Some((794, 1123)),
        args: [
            "--disable-gpu",
            "--no-first-run",
            "--host-resolver-rules=MAP * ~NOTFOUND",
        ]
        .iter()
        .map(OsStr::new)
        .collect(),
        idle_browser_timeout: Duration::from_secs(60),
        ..LaunchOptions::default()
    })
    .expect("launch chromium");
    let tab = browser.new_tab().unwrap();
    tab.set_default_timeout(Duration::from_secs(20));
    for lang in ["nb", "en"] {
        for m in ["Gausdal", "Lillehammer", "Øyer"] {
            for range in [&[][..], &["--from", "2019", "--to", "2021"][..]] {
                let path = artifacts.join(format!("brief-{lang}-{m}-{}.html", range.len()));
                let out = assert_cmd::Command::cargo_bin("samdiff")
                    .unwrap()
                    .args(["--lang", lang, "report", "--brief", "--format", "html"])
                    .args(["--municipality", m])
                    .args(range)
                    .args(["--force", "-o"])
                    .arg(&path)
                    .output()
                    .unwrap();
                assert!(
                    out.status.success(),
                    "{}",
                    String::from_utf8_lossy(&out.stderr)
                );
                tab.navigate_to(&format!("file://{}", path.display()))
                    .unwrap()
                    .wait_until_navigated()
                    .unwrap();
                let pdf = tab
                    .print_to_pdf(Some(PrintToPdfOptions {
                        prefer_css_page_size: Some(true),
                        print_background: Some(true),
                        ..PrintToPdfOptions::default()
                    }))
                    .unwrap();
                assert!(pdf.starts_with(b"%PDF"), "not a PDF");
                std::fs::write(path.with_extension("pdf"), &pdf).unwrap();
                assert_eq!(pdf_pages(&pdf), 1, "{lang} {m} {range:?}: not one page");
            }
        }
    }
}

/// Width of the printable area of an A4 page under the report's
/// `@page { size: A4; margin: 16mm 14mm }`, in CSS pixels (96 per inch):
/// (210 − 2 × 14) mm.
const A4_PRINTABLE_WIDTH_PX: f64 = (210.0 - 2.0 * 14.0) / 25.4 * 96.0;

/// Issue 13 item 4: the timeline of each municipality's full report, in nb
/// and en, fits the width of an A4 portrait page when printed: laid out in
/// print media at the printable width, nothing in it is wider than the page,
/// and the PDF Chromium prints has A4-wide pages.
#[test]
fn timeline_fits_a4_portrait_width() {
    use headless_chrome::protocol::cdp::Emulation;
    let Some(chromium) = chromium() else {
        return;
    };
    let artifacts = Path::new(ROOT).join("test-artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    let browser = Browser::new(LaunchOptions {
        headless: true,
        sandbox: false,
        path: Some(chromium),
        window_size: Some((1200, 1600)),
        args: [
            "--disable-gpu",
            "--no-first-run",
            // The page is measured as printed: no scrollbar takes width.
            "--hide-scrollbars",
            "--host-resolver-rules=MAP * ~NOTFOUND",
        ]
        .iter()
        .map(OsStr::new)
        .collect(),
        idle_browser_timeout: Duration::from_secs(60),
        ..LaunchOptions::default()
    })
    .expect("launch chromium");
    let tab = browser.new_tab().unwrap();
    tab.set_default_timeout(Duration::from_secs(20));
    let width = A4_PRINTABLE_WIDTH_PX.floor() as u32;
    tab.call_method(Emulation::SetEmulatedMedia {
        media: Some("print".to_owned()),
        features: None,
    })
    .unwrap();
    for lang in ["nb", "en"] {
        for m in ["Gausdal", "Lillehammer", "Øyer"] {
            let path = artifacts.join(format!("timeline-{lang}-{m}.html"));
            let out = assert_cmd::Command::cargo_bin("samdiff")
                .unwrap()
                .args(["--lang", lang, "report", "--format", "html"])
                .args(["--municipality", m, "--force", "-o"])
                .arg(&path)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            tab.call_method(Emulation::SetDeviceMetricsOverride {
                width,
                height: 1123,
                device_scale_factor: 1.0,
                mobile: false,
                scale: None,
                screen_width: None,
                screen_height: None,
                position_x: None,
                position_y: None,
                dont_set_visible_size: None,
                screen_orientation: None,
                viewport: None,
                display_feature: None,
                device_posture: None,
            })
            .unwrap();
            tab.navigate_to(&format!("file://{}", path.display()))
                .unwrap()
                .wait_until_navigated()
                .unwrap();
            let eval = |js: &str| tab.evaluate(js, false).unwrap().value.unwrap();
            // [page width, table scrollWidth, table right edge, widest cell
            // right edge, rows]
            let measured = eval(
                "JSON.stringify((() => { const t = document.querySelector('table.timeline'); \
                 const right = Math.max(...[...t.querySelectorAll('th, td')].map(c => c.getBoundingClientRect().right)); \
                 return [document.documentElement.clientWidth, t.scrollWidth, t.getBoundingClientRect().right, right, \
                         t.querySelectorAll('[data-arrangement]').length, document.documentElement.scrollWidth]; })())",
            );
            let v: Vec<f64> = serde_json::from_str(measured.as_str().unwrap()).unwrap();
            let (page, scroll, right, cells, rows, doc) = (v[0], v[1], v[2], v[3], v[4], v[5]);
            let what = format!("{lang} {m}: {v:?}");
            assert_eq!(page, f64::from(width), "{what}: viewport");
            assert!(rows > 10.0, "{what}: timeline rows");
            assert!(scroll <= page, "{what}: the timeline is wider than A4");
            assert!(right <= page + 0.5, "{what}: the timeline overflows A4");
            assert!(cells <= page + 0.5, "{what}: a cell overflows A4");
            assert!(doc <= page, "{what}: the page scrolls sideways");
            let pdf = tab
                .print_to_pdf(Some(PrintToPdfOptions {
                    prefer_css_page_size: Some(true),
                    print_background: Some(true),
                    ..PrintToPdfOptions::default()
                }))
                .unwrap();
            assert!(pdf.starts_with(b"%PDF"), "not a PDF");
            std::fs::write(path.with_extension("pdf"), &pdf).unwrap();
            assert!(
                pdf_media_boxes(&pdf)
                    .iter()
                    .all(|w| (w - 595.0).abs() < 2.0),
                "{what}: pages not A4 portrait: {:?}",
                pdf_media_boxes(&pdf)
            );
        }
    }
}

/// Widths (in points) of the `/MediaBox` of every page of a PDF.
fn pdf_media_boxes(pdf: &[u8]) -> Vec<f64> {
    let text = String::from_utf8_lossy(pdf);
    text.match_indices("/MediaBox")
        .filter_map(|(i, _)| {
            let rest = &text[i + "/MediaBox".len()..];
            let open = rest.find('[')?;
            let close = rest.find(']')?;
            let nums: Vec<f64> = rest[open + 1..close]
                .split_whitespace()
                .filter_map(|n| n.parse().ok())
                .collect();
            (nums.len() == 4).then(|| nums[2] - nums[0])
        })
        .collect()
}
