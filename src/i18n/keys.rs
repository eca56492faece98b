//! Every message key the code uses, with the named arguments it passes.
//! One line per message; the tests format each one in both languages.

macro_rules! messages {
    ($( $(#[$doc:meta])* $variant:ident = $id:literal [$($arg:literal),*] ; )*) => {
        /// A message key. Each names one Fluent message and the arguments the
        /// code passes to it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Msg {
            $( $(#[$doc])* $variant, )*
        }

        impl Msg {
            /// Every key, in declaration order.
            pub const ALL: &'static [Msg] = &[ $( Msg::$variant, )* ];

            /// The Fluent message id.
            pub fn id(self) -> &'static str {
                match self { $( Msg::$variant => $id, )* }
            }

            /// The named arguments the code passes.
            pub fn args(self) -> &'static [&'static str] {
                match self { $( Msg::$variant => &[$($arg),*], )* }
            }
        }
    };
}

/// Prefixes of message families looked up by computed ids
/// ([`super::Catalog::get_id`]); each family is tested by its owner.
pub const FAMILIES: &[&str] = &["change-kind-"];

messages! {
    /// Column: snapshot id.
    ColId = "col-id" [];
    /// Column: snapshot kind.
    ColKind = "col-kind" [];
    /// Column: the date a document describes.
    ColAsOf = "col-as-of" [];
    /// Column: municipalities a document covers.
    ColCovers = "col-covers" [];
    /// Column: municipalities a document only mentions.
    ColMentions = "col-mentions" [];
    /// Column: number of arrangements.
    ColArrangements = "col-arrangements" [];
    /// Column: a document's title.
    ColTitle = "col-title" [];
    /// Column: an arrangement's name.
    ColName = "col-name" [];
    /// Column: legal form.
    ColForm = "col-form" [];
    /// Column: host municipality.
    ColHost = "col-host" [];
    /// Column: status.
    ColStatus = "col-status" [];
    /// Column: comment.
    ColComment = "col-comment" [];
    /// Column: policy area.
    ColCategory = "col-category" [];
    /// Column: municipality.
    ColMunicipality = "col-municipality" [];
    /// Column: a count.
    ColCount = "col-count" [];
    /// Column: change kind.
    ColChangeKind = "col-change-kind" [];
    /// Column: source file.
    ColFile = "col-file" [];
    /// Column: SHA-256 of a source file.
    ColSha256 = "col-sha256" [];
    /// Column: scope of a document.
    ColScope = "col-scope" [];

    /// Snapshot kind: an overview of existing arrangements.
    KindInventory = "kind-inventory" [];
    /// Snapshot kind: a strategy or plan.
    KindPlan = "kind-plan" [];

    /// `show` header line.
    ShowHeader = "show-header" ["kind", "as_of", "covers"];
    /// `show`: column order printed in the document.
    ShowColumnsPrinted = "show-columns-printed" ["columns"];
    /// `show`: column order inferred by the curator.
    ShowColumnsInferred = "show-columns-inferred" ["columns"];
    /// `show`: the legend of participation marks.
    ShowMarks = "show-marks" [];
    /// `show`: an arrangement printed more than once.
    ShowListedTimes = "show-listed-times" ["count"];
    /// An arrangement without a policy area.
    NoCategory = "no-category" [];

    /// A host outside the declared municipalities.
    HostOutside = "host-outside" ["name"];
    /// No host.
    HostNone = "host-none" [];

    /// Status: active.
    StatusActive = "status-active" [];
    /// Status: notice given, nothing more known.
    StatusNoticeGiven = "status-notice-given" [];
    /// Status: notice given by someone.
    StatusNoticeGivenBy = "status-notice-given-by" ["by"];
    /// Status: notice given, taking effect on a date.
    StatusNoticeGivenFrom = "status-notice-given-from" ["date"];
    /// Status: notice given by someone, taking effect on a date.
    StatusNoticeGivenByFrom = "status-notice-given-by-from" ["by", "date"];
    /// Status: ended.
    StatusEnded = "status-ended" [];
    /// Status: ended on a date.
    StatusEndedOn = "status-ended-on" ["date"];
    /// Status: proposed.
    StatusProposed = "status-proposed" [];
    /// Status: under study.
    StatusUnderStudy = "status-under-study" [];

    /// `validate`: all good.
    ValidateOk = "validate-ok" ["snapshots", "arrangements"];
    /// `validate`: problems found.
    ValidateProblems = "validate-problems" ["problems", "files", "valid"];

    /// Timeline: the figure's title.
    TimelineTitle = "timeline-title" [];
    /// Timeline: the figure's description (alt text).
    TimelineDesc = "timeline-desc" ["count", "snapshots", "first", "last"];
    /// Timeline: heading of the legend.
    TimelineLegend = "timeline-legend" [];
    /// Legend: listed and active.
    TimelineActive = "timeline-active" [];
    /// Legend: listed with notice given.
    TimelineNotice = "timeline-notice" [];
    /// Legend: listed as ended.
    TimelineEnded = "timeline-ended" [];
    /// Legend: listed as proposed or under study.
    TimelineProposed = "timeline-proposed" [];
    /// Legend: not listed although the document covers a participant.
    TimelineNotListed = "timeline-not-listed" [];
    /// Legend: not listed, and the document does not cover it.
    TimelineOutside = "timeline-outside" [];
    /// Legend: host changed since the previous listing.
    TimelineHostChanged = "timeline-host-changed" [];
    /// Legend: legal form changed since the previous listing.
    TimelineFormChanged = "timeline-form-changed" [];
    /// Legend: a covered municipality's participation is unknown.
    TimelineUnknown = "timeline-unknown" [];
    /// Cell tooltip: listed.
    TimelineCellListed = "timeline-cell-listed" ["name", "snapshot", "status", "host", "form"];
    /// Cell tooltip: not listed although covered.
    TimelineCellNotListed = "timeline-cell-not-listed" ["name", "snapshot"];
    /// Cell tooltip: outside the document's scope.
    TimelineCellOutside = "timeline-cell-outside" ["name", "snapshot"];
    /// Cell tooltip suffix: the host changed.
    TimelineCellHost = "timeline-cell-host" ["from", "to"];
    /// Cell tooltip suffix: the legal form changed.
    TimelineCellForm = "timeline-cell-form" ["from", "to"];
    /// Cell tooltip suffix: participation unknown.
    TimelineCellUnknown = "timeline-cell-unknown" ["municipalities"];
    /// An unknown value (host, form).
    Unknown = "unknown" [];

    /// Report: document title.
    ReportTitle = "report-title" [];
    /// Report: what the report covers.
    ReportSubtitle = "report-subtitle" ["count", "first", "last"];
    /// Report: how to read and verify it.
    ReportIntro = "report-intro" [];
    /// Report: table of contents heading.
    ReportContents = "report-contents" [];
    /// Report: summary section.
    ReportSummary = "report-summary" [];
    /// Report: total number of changes.
    ReportSummaryTotal = "report-summary-total" ["count", "cosmetic", "steps"];
    /// Report: counts by change kind.
    ReportByKind = "report-by-kind" [];
    /// Report: counts by municipality.
    ReportByMunicipality = "report-by-municipality" [];
    /// Report: counts by policy area.
    ReportByCategory = "report-by-category" [];
    /// Report: the important changes section.
    ReportChanges = "report-changes" [];
    /// Report: what the changes section leaves out.
    ReportChangesNote = "report-changes-note" [];
    /// Report: no changes to list.
    ReportNoChanges = "report-no-changes" [];
    /// Report: the timeline section.
    ReportTimeline = "report-timeline" [];
    /// Report: how to read the timeline.
    ReportTimelineNote = "report-timeline-note" [];
    /// Report: text form of the timeline (Markdown).
    ReportTimelineSymbols = "report-timeline-symbols" [];
    /// Report: per-municipality section.
    ReportMunicipalities = "report-municipalities" [];
    /// Report: arrangements a municipality joined.
    ReportJoined = "report-joined" [];
    /// Report: arrangements a municipality left.
    ReportLeft = "report-left" [];
    /// Report: arrangements a municipality hosts.
    ReportHosts = "report-hosts" ["snapshot"];
    /// Report: an empty list.
    ReportNone = "report-none" [];
    /// Report: audit findings section.
    ReportFindings = "report-findings" [];
    /// Report: no findings.
    ReportNoFindings = "report-no-findings" [];
    /// Report: why a finding matters.
    ReportWhy = "report-why" [];
    /// Report: where to check.
    ReportEvidence = "report-evidence" [];
    /// Report: appendix of source documents.
    ReportAppendix = "report-appendix" [];
    /// Report: how to verify a source document.
    ReportAppendixNote = "report-appendix-note" [];
    /// Report: a citation of source lines.
    ReportLines = "report-lines" ["snapshot", "lines"];
    /// Report: closing line naming the tool.
    ReportColophon = "report-colophon" ["version"];
    /// Report: column of original file names.
    ReportOriginalName = "report-original-name" [];
    /// Report: total row.
    ReportTotal = "report-total" [];
}
