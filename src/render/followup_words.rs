//! The follow-up list in plain words, for the files a secretary reads and
//! edits (the Word document and the workbook): printed values in quotation
//! marks instead of Markdown code spans, documents by name instead of
//! snapshot id, line numbers and dates in words, register fields by label.
//! Markdown and HTML keep their code spans and ids for the auditor.

use chrono::NaiveDate;

use crate::audit::register::{FollowUpStatus, RegisterState};
use crate::audit::{Evidence, Finding};
use crate::i18n::words::date_words;
use crate::i18n::{Catalog, Lang, Msg};
use crate::model::PartialDate;

/// `s` with each `` `code span` `` between `open` and `close`; `s` as it
/// is when its backticks do not pair up.
pub fn code_spans_as(s: &str, open: char, close: char) -> String {
    if !s.matches('`').count().is_multiple_of(2) {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len() + 8);
    let mut opening = true;
    for ch in s.chars() {
        if ch == '`' {
            out.push(if opening { open } else { close });
            opening = !opening;
        } else {
            out.push(ch);
        }
    }
    out
}

/// A catalogue sentence for a document: code spans as the language's
/// quotation marks («27?» in bokmål, “27?” in English).
pub fn plain(s: &str, cat: &Catalog) -> String {
    match cat.lang() {
        Lang::Nb => code_spans_as(s, '«', '»'),
        Lang::En => code_spans_as(s, '“', '”'),
    }
}

/// What was found, in one plain sentence.
pub fn finding_words(f: &Finding, cat: &Catalog) -> String {
    plain(&f.text.render(cat), cat)
}

/// "oversikten per 1. januar 2019, linjene 95 og 96: «…»" / "the overview
/// of 1 January 2019, lines 95 and 96: “…”".
pub fn evidence_words(e: &Evidence, cat: &Catalog) -> String {
    let lines: Vec<String> = e.lines.iter().map(u32::to_string).collect();
    let lines = cat.get(
        Msg::MeetingLines,
        &[
            ("count", lines.len().into()),
            ("lines", cat.and_list(&lines).into()),
        ],
    );
    cat.get(
        Msg::MeetingEvidenceAt,
        &[
            ("document", cat.document(e.snapshot.as_str()).into()),
            ("lines", lines.into()),
            ("excerpt", e.excerpt.as_str().into()),
        ],
    )
}

/// A due date as a date, when it is written as one (`YYYY-MM-DD`,
/// `YYYY-MM`); anything else is the secretary's own words.
pub fn due_date(due: &str) -> Option<PartialDate> {
    let d: PartialDate = due.trim().parse().ok()?;
    match d {
        PartialDate::Year(_) => None,
        d => Some(d),
    }
}

/// A due date for reading: a date in words, anything else as written.
pub fn due_words(due: &str, cat: &Catalog) -> String {
    due_date(due).map_or_else(|| due.to_owned(), |d| date_words(d, cat))
}

/// A finding's register state as labelled parts: the change since the
/// register was written, the status, and each human field filled in (the
/// due date in words, marked as passed when it lies before `today` and the
/// committee has neither closed nor accepted the finding).
pub fn register_parts(st: &RegisterState, today: NaiveDate, cat: &Catalog) -> Vec<String> {
    let mut parts = Vec::new();
    if let Some(c) = st.change {
        parts.push(cat.text(c.msg()));
    }
    if let Some(s) = st.status {
        parts.push(format!(
            "{}: {}",
            cat.text(Msg::RegisterStatus),
            cat.text(s.msg())
        ));
    }
    let settled = matches!(
        st.status,
        Some(FollowUpStatus::Closed | FollowUpStatus::Accepted)
    );
    let due = st.due.as_deref().map(|d| {
        let words = due_words(d, cat);
        match due_date(d) {
            Some(date) if !settled && date.latest() < today => {
                cat.get(Msg::MeetingDuePassed, &[("due", words.into())])
            }
            _ => words,
        }
    });
    for (msg, v) in [
        (Msg::RegisterOwner, st.owner.as_ref()),
        (Msg::RegisterDue, due.as_ref()),
        (Msg::RegisterCase, st.case.as_ref()),
        (Msg::RegisterNote, st.note.as_ref()),
    ] {
        if let Some(v) = v {
            parts.push(format!("{}: {}", cat.text(msg), v));
        }
    }
    parts
}

/// The first letter in upper case (a catalogue label as a heading).
pub fn heading_case(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_spans_become_the_language_s_quotation_marks() {
        let nb = Catalog::new(Lang::Nb);
        let en = Catalog::new(Lang::En);
        assert_eq!(
            plain("står med `27?` og `§ 27`", &nb),
            "står med «27?» og «§ 27»"
        );
        assert_eq!(plain("prints `27?`", &en), "prints “27?”");
        // unpaired: left alone rather than half-converted
        assert_eq!(plain("a ` b", &nb), "a ` b");
    }

    #[test]
    fn evidence_names_the_document_and_lines_in_words() {
        let nb = Catalog::new(Lang::Nb);
        let e = Evidence {
            snapshot: crate::model::SnapshotId("x-2019".into()),
            source: "sources/x.txt".into(),
            lines: vec![95, 96],
            excerpt: "INNOFF § 27".into(),
        };
        // an unknown document is named by its id (the catalogue learns the
        // set's documents in a real run)
        assert_eq!(
            evidence_words(&e, &nb),
            "x-2019, linjene 95 og 96: «INNOFF § 27»"
        );
        let one = Evidence {
            lines: vec![7],
            ..e
        };
        let en = Catalog::new(Lang::En);
        assert_eq!(evidence_words(&one, &en), "x-2019, line 7: “INNOFF § 27”");
    }

    #[test]
    fn a_due_date_that_has_passed_says_so_until_the_finding_is_settled() {
        let nb = Catalog::new(Lang::Nb);
        let today = NaiveDate::from_ymd_opt(2023, 3, 1).unwrap();
        let st = |status| RegisterState {
            change: None,
            status: Some(status),
            owner: None,
            due: Some("2022-06-01".into()),
            case: None,
            note: None,
        };
        assert_eq!(
            register_parts(&st(FollowUpStatus::Asked), today, &nb),
            ["status: spurt", "frist: 1. juni 2022 (passert)"]
        );
        assert_eq!(
            register_parts(&st(FollowUpStatus::Closed), today, &nb),
            ["status: lukket", "frist: 1. juni 2022"]
        );
        let later = NaiveDate::from_ymd_opt(2022, 5, 1).unwrap();
        assert_eq!(
            register_parts(&st(FollowUpStatus::Asked), later, &nb)[1],
            "frist: 1. juni 2022"
        );
    }

    #[test]
    fn due_dates_in_words_other_text_as_written() {
        let nb = Catalog::new(Lang::Nb);
        assert_eq!(due_words("2027-02-01", &nb), "1. februar 2027");
        assert_eq!(due_words("2027-02", &nb), "februar 2027");
        assert_eq!(due_words("neste møte", &nb), "neste møte");
        assert_eq!(due_words("2027", &nb), "2027");
        assert_eq!(due_date("2027"), None);
    }
}
