//! Words for the things samdiff talks about, shared by every report that
//! writes prose (`log`, `diff`, `history`, `audit`, `report`, and the
//! one-page summary):
//!
//! - **dates in words** from the model's partial dates: "1. januar 2021",
//!   "oktober 2021", "2021" in bokmål; "1 January 2021", "October 2021" in
//!   English ([`date_words`], [`as_of_words`]);
//! - **a short human name for a document**, to use in sentences instead of
//!   a snapshot id: "oversikten per 1. januar 2021" / "the overview of
//!   1 January 2021", and for an undated document an honest "den udaterte
//!   oversikten (2017–2019)" ([`document_name`]);
//! - **labels of registry terms** (legal forms such as
//!   `cooperation-agreement` or `kl2018-vertskommune`) in both languages,
//!   so that human-facing text never shows a raw code ([`Vocabulary`]).
//!
//! The month names and the sentence frames come from the message catalogue;
//! the labels of registry terms come from the registry data
//! (`snapshots/registry.json`), which a command hands to the catalogue with
//! [`Catalog::learn`]. Statuses, participation values and change kinds have
//! their labels in the catalogue itself (`say-status-*`, `participation-*`,
//! `change-kind-*`).
//!
//! ```
//! use samdiff::i18n::words::{DocumentWords, date_words, document_name};
//! use samdiff::i18n::{Catalog, Lang};
//! use samdiff::model::{AsOf, PartialDate, SnapshotKind};
//!
//! let nb = Catalog::new(Lang::Nb);
//! let en = Catalog::new(Lang::En);
//! let day: PartialDate = "2021-01-01".parse().unwrap();
//! assert_eq!(date_words(day, &nb), "1. januar 2021");
//! assert_eq!(date_words("2021-10".parse().unwrap(), &en), "October 2021");
//! let as_of = AsOf::Day { date: day, evidence: vec![] };
//! let doc = DocumentWords { kind: SnapshotKind::Inventory, exhaustive: true, as_of };
//! assert_eq!(
//!     document_name(&doc, &nb),
//!     "oversikten per 1. januar 2021"
//! );
//! ```

use std::collections::BTreeMap;

use chrono::Datelike;

use super::{Arg, Catalog, Lang, Msg};
use crate::model::{AsOf, PartialDate, SnapshotKind};

/// A term's label in each language.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Label {
    /// English.
    pub en: String,
    /// Norwegian bokmål.
    pub nb: String,
}

impl Label {
    /// The label in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Nb => &self.nb,
        }
    }
}

/// What a document is, for its human name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentWords {
    /// Inventory or plan.
    pub kind: SnapshotKind,
    /// Whether it claims to list every arrangement of its scope (an
    /// overview); a prose page that names only some is a "document".
    pub exhaustive: bool,
    /// The date it describes.
    pub as_of: AsOf,
}

/// The words of one run that are data, not catalogue: labels of registry
/// terms (legal forms) and the documents loaded, by snapshot id. Sorted
/// maps, so nothing depends on insertion order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Vocabulary {
    terms: BTreeMap<String, Label>,
    documents: BTreeMap<String, DocumentWords>,
}

impl Vocabulary {
    /// An empty vocabulary.
    pub fn new() -> Vocabulary {
        Vocabulary::default()
    }

    /// Add (or replace) the label of a registry term such as a legal-form id.
    pub fn add_term(&mut self, id: impl Into<String>, label: Label) {
        self.terms.insert(id.into(), label);
    }

    /// Add (or replace) a document, by snapshot id.
    pub fn add_document(&mut self, id: impl Into<String>, doc: DocumentWords) {
        self.documents.insert(id.into(), doc);
    }

    /// Everything of `other` added to this vocabulary.
    pub fn extend(&mut self, other: Vocabulary) {
        self.terms.extend(other.terms);
        self.documents.extend(other.documents);
    }

    /// The label of a term, if known.
    pub fn term(&self, id: &str) -> Option<&Label> {
        self.terms.get(id)
    }

    /// A document, if known.
    pub fn document(&self, id: &str) -> Option<&DocumentWords> {
        self.documents.get(id)
    }
}

/// A partial date in words: "1. januar 2021", "oktober 2021", "2021"
/// (bokmål); "1 January 2021", "October 2021", "2021" (English).
pub fn date_words(d: PartialDate, cat: &Catalog) -> String {
    let month = |m: u32| cat.get(Msg::WordsMonth, &[("month", Arg::Num(m.into()))]);
    match d {
        PartialDate::Year(y) => y.to_string(),
        PartialDate::Month(y, m) => cat.get(
            Msg::WordsMonthYear,
            &[("month", month(m).into()), ("year", y.to_string().into())],
        ),
        PartialDate::Day(day) => cat.get(
            Msg::WordsDayMonthYear,
            &[
                ("day", day.day().to_string().into()),
                ("month", month(day.month()).into()),
                ("year", day.year().to_string().into()),
            ],
        ),
    }
}

/// The date a document describes, in words: a day or a year as
/// [`date_words`], a range as "mellom januar 2017 og oktober 2019" /
/// "between January 2017 and October 2019".
pub fn as_of_words(a: &AsOf, cat: &Catalog) -> String {
    match a {
        AsOf::Day { date, .. } | AsOf::Year { date, .. } => date_words(*date, cat),
        AsOf::Range { from, to, .. } => cat.get(
            Msg::WordsDateRange,
            &[
                ("from", date_words(*from, cat).into()),
                ("to", date_words(*to, cat).into()),
            ],
        ),
    }
}

/// A short human name for a document, for prose: "oversikten per 1. januar
/// 2021", "planen av 28. mars 2019", "dokumentet fra 2010" (a prose page
/// that does not claim to list everything is a document, not an overview);
/// for a document known only to a range of dates, "den udaterte oversikten
/// (2017–2019)". English: "the overview of 1 January 2021", "the document
/// from 2010", "the undated overview (2017–2019)".
///
/// Built from the kind and the date rather than the printed title, because
/// titles repeat (two revisions of one web page share theirs) and say
/// nothing of when. Two documents of the same kind and date get the same
/// name; tables that list documents show their ids beside it.
pub fn document_name(doc: &DocumentWords, cat: &Catalog) -> String {
    let kind = match (doc.kind, doc.exhaustive) {
        (SnapshotKind::Plan, _) => "plan",
        (SnapshotKind::Inventory, true) => "inventory",
        (SnapshotKind::Inventory, false) => "document",
    };
    let (msg, date) = match &doc.as_of {
        AsOf::Day { date, .. } => (Msg::WordsDocumentDay, date_words(*date, cat)),
        AsOf::Year { date, .. } => (Msg::WordsDocumentYear, date_words(*date, cat)),
        AsOf::Range { .. } => {
            let (a, b) = (doc.as_of.earliest().year(), doc.as_of.latest().year());
            let years = if a == b {
                a.to_string()
            } else {
                format!("{a}–{b}")
            };
            (Msg::WordsDocumentUndated, years)
        }
    };
    cat.get(msg, &[("kind", kind.into()), ("date", date.into())])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> PartialDate {
        s.parse().unwrap()
    }

    #[test]
    fn dates_in_words_in_both_languages() {
        let nb = Catalog::new(Lang::Nb);
        let en = Catalog::new(Lang::En);
        assert_eq!(date_words(day("2021-01-01"), &nb), "1. januar 2021");
        assert_eq!(date_words(day("2019-03-28"), &nb), "28. mars 2019");
        assert_eq!(date_words(day("2021-10"), &nb), "oktober 2021");
        assert_eq!(date_words(day("2021"), &nb), "2021");
        assert_eq!(date_words(day("2021-01-01"), &en), "1 January 2021");
        assert_eq!(date_words(day("2021-10"), &en), "October 2021");
        assert_eq!(date_words(day("2010"), &en), "2010");
        for m in 1..=12 {
            let d = PartialDate::Month(2020, m);
            for cat in [&nb, &en] {
                let w = date_words(d, cat);
                assert!(!w.contains('{') && w.len() > 5, "{w}");
            }
        }
    }

    #[test]
    fn ranges_in_words() {
        let nb = Catalog::new(Lang::Nb);
        let en = Catalog::new(Lang::En);
        let r = AsOf::Range {
            from: day("2017-01"),
            to: day("2019-10"),
            evidence: vec![],
        };
        assert_eq!(as_of_words(&r, &nb), "mellom januar 2017 og oktober 2019");
        assert_eq!(
            as_of_words(&r, &en),
            "between January 2017 and October 2019"
        );
    }

    #[test]
    fn document_names() {
        let nb = Catalog::new(Lang::Nb);
        let en = Catalog::new(Lang::En);
        let doc = |kind, exhaustive, as_of| DocumentWords {
            kind,
            exhaustive,
            as_of,
        };
        let d = AsOf::Day {
            date: day("2021-01-01"),
            evidence: vec![],
        };
        let y = AsOf::Year {
            date: day("2010"),
            evidence: vec![],
        };
        let r = AsOf::Range {
            from: day("2017-01-01"),
            to: day("2019-10-31"),
            evidence: vec![],
        };
        let inv = SnapshotKind::Inventory;
        let name = |d: &DocumentWords| (document_name(d, &nb), document_name(d, &en));
        assert_eq!(
            name(&doc(inv, true, d.clone())),
            (
                "oversikten per 1. januar 2021".into(),
                "the overview of 1 January 2021".into()
            )
        );
        assert_eq!(
            name(&doc(inv, false, y)),
            (
                "dokumentet fra 2010".into(),
                "the document from 2010".into()
            )
        );
        assert_eq!(
            name(&doc(inv, true, r.clone())),
            (
                "den udaterte oversikten (2017–2019)".into(),
                "the undated overview (2017–2019)".into()
            )
        );
        assert_eq!(
            name(&doc(inv, false, r)),
            (
                "det udaterte dokumentet (2017–2019)".into(),
                "the undated document (2017–2019)".into()
            )
        );
        assert_eq!(
            name(&doc(SnapshotKind::Plan, true, d)),
            (
                "planen av 1. januar 2021".into(),
                "the plan of 1 January 2021".into()
            )
        );
    }

    #[test]
    fn vocabulary_labels_and_documents() {
        let mut v = Vocabulary::new();
        v.add_term(
            "council-decision",
            Label {
                en: "council decision".into(),
                nb: "kommunestyrevedtak".into(),
            },
        );
        let nb = Catalog::new(Lang::Nb);
        nb.learn(v);
        assert_eq!(
            nb.term("council-decision").as_deref(),
            Some("kommunestyrevedtak")
        );
        assert_eq!(nb.term("nope"), None);
        // An unknown document keeps its id: better an id than nothing.
        assert_eq!(nb.document("x-2020"), "x-2020");
    }
}
