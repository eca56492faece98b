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
pub const FAMILIES: &[&str] = &["change-kind-", "finding-why-", "help-"];

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
    /// Legend: a covered municipality's participation is unknown.
    TimelineUnknown = "timeline-unknown" [];
    /// Cell tooltip: listed.
    TimelineCellListed = "timeline-cell-listed" ["name", "snapshot", "status", "host", "form"];
    /// Cell tooltip: not listed although covered.
    TimelineCellNotListed = "timeline-cell-not-listed" ["name", "snapshot"];
    /// Cell tooltip: outside the document's scope.
    TimelineCellOutside = "timeline-cell-outside" ["name", "snapshot"];
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
    /// Report: closing line naming the tool.
    ReportColophon = "report-colophon" ["version"];
    /// Report: column of original file names.
    ReportOriginalName = "report-original-name" [];
    /// Report: total row.
    ReportTotal = "report-total" [];
    /// Changelog text `change-group-ended`.
    GroupEnded = "change-group-ended" [];
    /// Changelog text `change-group-added`.
    GroupAdded = "change-group-added" [];
    /// Changelog text `change-group-host-and-form`.
    GroupHostAndForm = "change-group-host-and-form" [];
    /// Changelog text `change-group-members`.
    GroupMembers = "change-group-members" [];
    /// Changelog text `change-group-other`.
    GroupOther = "change-group-other" [];
    /// Changelog text `change-group-scope`.
    GroupScope = "change-group-scope" [];
    /// Changelog text `log-step-summary`.
    StepSummary = "log-step-summary" ["shown"];
    /// Changelog text `log-step-hidden-cosmetic`.
    StepHiddenCosmetic = "log-step-hidden-cosmetic" ["hidden"];
    /// Changelog text `log-title-none`.
    LogTitleNone = "log-title-none" [];
    /// Changelog text `log-title-one`.
    LogTitleOne = "log-title-one" ["snapshot"];
    /// Changelog text `log-title-two`.
    LogTitleTwo = "log-title-two" ["from", "to"];
    /// Changelog text `log-title-many`.
    LogTitleMany = "log-title-many" ["count"];
    /// Changelog text `list-and`.
    ListAnd = "list-and" ["init", "last"];
    /// Changelog text `quoted`.
    Quoted = "quoted" ["text"];
    /// Changelog text `say-status-active`.
    SayActive = "say-status-active" [];
    /// Changelog text `say-status-notice`.
    SayNotice = "say-status-notice" [];
    /// Changelog text `say-status-notice-by`.
    SayNoticeBy = "say-status-notice-by" ["by"];
    /// Changelog text `say-status-notice-effective`.
    SayNoticeEffective = "say-status-notice-effective" ["date"];
    /// Changelog text `say-status-notice-by-effective`.
    SayNoticeByEffective = "say-status-notice-by-effective" ["by", "date"];
    /// Changelog text `say-status-ended`.
    SayEnded = "say-status-ended" [];
    /// Changelog text `say-status-ended-on`.
    SayEndedOn = "say-status-ended-on" ["date"];
    /// Changelog text `say-status-proposed`.
    SayProposed = "say-status-proposed" [];
    /// Changelog text `say-status-under-study`.
    SayUnderStudy = "say-status-under-study" [];
    /// Changelog text `say-no-host`.
    SayNoHost = "say-no-host" [];
    /// Changelog text `say-no-form`.
    SayNoForm = "say-no-form" [];
    /// Changelog text `say-form-both`.
    SayFormBoth = "say-form-both" ["printed", "normalised"];
    /// Changelog text `participation-yes`.
    ParticipationYes = "participation-yes" [];
    /// Changelog text `participation-no`.
    ParticipationNo = "participation-no" [];
    /// Changelog text `participation-unknown`.
    ParticipationUnknown = "participation-unknown" [];
    /// Changelog text `participation-considering`.
    ParticipationConsidering = "participation-considering" [];
    /// Changelog text `change-added`.
    ChangeAdded = "change-added" ["to", "standing", "from", "basis", "n", "considering"];
    /// Changelog text `change-reappeared`.
    ChangeReappeared = "change-reappeared" ["to", "from", "last"];
    /// Changelog text `change-ended-marked`.
    ChangeEndedMarked = "change-ended-marked" ["status"];
    /// Changelog text `change-ended`.
    ChangeEnded = "change-ended" ["to", "basis", "n", "was"];
    /// Changelog text `change-notice`.
    ChangeNotice = "change-notice" [];
    /// Changelog text `change-notice-by`.
    ChangeNoticeBy = "change-notice-by" ["by"];
    /// Changelog text `change-notice-effective`.
    ChangeNoticeEffective = "change-notice-effective" ["date"];
    /// Changelog text `change-notice-by-effective`.
    ChangeNoticeByEffective = "change-notice-by-effective" ["by", "date"];
    /// Changelog text `change-notice-plain`.
    ChangeNoticePlain = "change-notice-plain" [];
    /// Changelog text `change-left-scope-uncertain`.
    ChangeLeftScopeUncertain = "change-left-scope-uncertain" ["to", "basis", "from", "n"];
    /// Changelog text `change-left-scope`.
    ChangeLeftScope = "change-left-scope" ["to"];
    /// Changelog text `change-entered-scope-uncertain`.
    ChangeEnteredScopeUncertain = "change-entered-scope-uncertain" ["to", "from", "basis", "n"];
    /// Changelog text `change-entered-scope`.
    ChangeEnteredScope = "change-entered-scope" ["to", "standing", "from"];
    /// Changelog text `change-renamed`.
    ChangeRenamed = "change-renamed" ["before", "after"];
    /// Changelog text `change-renamed-spelling`.
    ChangeRenamedSpelling = "change-renamed-spelling" ["before", "after"];
    /// Changelog text `change-renamed-similar`.
    ChangeRenamedSimilar = "change-renamed-similar" ["before", "after", "similarity"];
    /// Changelog text `change-category-moved`.
    ChangeCategoryMoved = "change-category-moved" ["before", "after"];
    /// Changelog text `change-category-now`.
    ChangeCategoryNow = "change-category-now" ["after"];
    /// Changelog text `change-category-no-longer`.
    ChangeCategoryNoLonger = "change-category-no-longer" ["before"];
    /// Changelog text `change-category-changed`.
    ChangeCategoryChanged = "change-category-changed" [];
    /// Changelog text `change-legal-form`.
    ChangeLegalForm = "change-legal-form" ["before", "after"];
    /// Changelog text `change-relabelled`.
    ChangeRelabelled = "change-relabelled" ["before", "after", "tail"];
    /// Changelog text `change-relabel-now-uncertain`.
    RelabelNowUncertain = "change-relabel-now-uncertain" [];
    /// Changelog text `change-relabel-no-longer-uncertain`.
    RelabelNoLongerUncertain = "change-relabel-no-longer-uncertain" [];
    /// Changelog text `change-relabel-printed`.
    RelabelPrinted = "change-relabel-printed" [];
    /// Changelog text `change-relabel-same-basis`.
    RelabelSameBasis = "change-relabel-same-basis" [];
    /// Changelog text `change-host`.
    ChangeHost = "change-host" ["before", "after"];
    /// Changelog text `change-joined`.
    ChangeJoined = "change-joined" ["municipality"];
    /// Changelog text `change-joined-considering`.
    ChangeJoinedConsidering = "change-joined-considering" ["municipality"];
    /// Changelog text `change-left`.
    ChangeLeft = "change-left" ["municipality"];
    /// Changelog text `change-left-considering`.
    ChangeLeftConsidering = "change-left-considering" ["municipality"];
    /// Changelog text `change-uncertain`.
    ChangeUncertain = "change-uncertain" ["municipality", "before", "after"];
    /// Changelog text `change-partner-joined`.
    ChangePartnerJoined = "change-partner-joined" ["partner"];
    /// Changelog text `change-partner-left`.
    ChangePartnerLeft = "change-partner-left" ["partner"];
    /// Changelog text `change-partner-succeeded`.
    ChangePartnerSucceeded = "change-partner-succeeded" ["before", "after"];
    /// Changelog text `change-comment-added`.
    ChangeCommentAdded = "change-comment-added" ["text"];
    /// Changelog text `change-comment-removed`.
    ChangeCommentRemoved = "change-comment-removed" ["text"];
    /// Changelog text `change-comment`.
    ChangeComment = "change-comment" ["diff"];
    /// Changelog text `change-comment-cosmetic`.
    ChangeCommentCosmetic = "change-comment-cosmetic" ["diff"];
    /// Changelog text `change-status`.
    ChangeStatus = "change-status" ["before", "after"];
    /// Changelog text `side-before`.
    SideBefore = "side-before" [];
    /// Changelog text `side-after`.
    SideAfter = "side-after" [];
    /// Changelog text `history-form-not-stated`.
    HistoryFormNotStated = "history-form-not-stated" [];
    /// Changelog text `history-host`.
    HistoryHost = "history-host" ["host"];
    /// Changelog text `history-no-host`.
    HistoryNoHost = "history-no-host" [];
    /// Changelog text `history-host-not-stated`.
    HistoryHostNotStated = "history-host-not-stated" [];
    /// Changelog text `history-participants-not-stated`.
    HistoryParticipantsNotStated = "history-participants-not-stated" [];
    /// Changelog text `history-absent-covered`.
    HistoryAbsentCovered = "history-absent-covered" [];
    /// Changelog text `history-absent-unknown`.
    HistoryAbsentUnknown = "history-absent-unknown" [];
    /// Changelog text `history-absent-not-exhaustive`.
    HistoryAbsentNotExhaustive = "history-absent-not-exhaustive" [];
    /// Changelog text `history-absent-out-of-scope`.
    HistoryAbsentOutOfScope = "history-absent-out-of-scope" [];
    /// Changelog text `col-snapshot`.
    ColSnapshot = "col-snapshot" [];
    /// Changelog text `col-source`.
    ColSource = "col-source" [];
    /// Changelog text `col-entry`.
    ColEntry = "col-entry" [];
    /// Changelog text: absent from a document that does not list everything.
    ChangeLeftScopeNotExhaustive = "change-left-scope-not-exhaustive" ["to"];
    /// Changelog text: first listed after a document that does not list everything.
    ChangeEnteredScopeNotExhaustive = "change-entered-scope-not-exhaustive" ["to", "standing", "from"];
    /// Changelog text: a collapsed run's size.
    ArrangementCount = "arrangement-count" ["count"];
    /// Changelog text: the dates of a step overlap.
    StepOrderNote = "step-order-note" ["snapshot", "date", "other"];
    /// Changelog text: an addition or ending across documents whose dates overlap.
    OrderUncertainSuffix = "order-uncertain-suffix" [];
    /// Changelog text: a partner change read from a prose page.
    ProsePartnerSuffix = "prose-partner-suffix" [];
    /// Changelog text: listed as a proposal.
    StandingProposed = "standing-proposed" [];
    /// Changelog text: listed as under study.
    StandingUnderStudy = "standing-under-study" [];
    /// Changelog text: listed already under notice or ended.
    StandingAlready = "standing-already" ["status"];
    /// Changelog text: two names, one of them from prose.
    ChangeNamedDifferently = "change-named-differently" ["before", "from", "after", "to", "similarity"];
    /// Severity: info.
    SeverityInfo = "severity-info" [];
    /// Severity: warning.
    SeverityWarning = "severity-warning" [];
    /// Severity: error.
    SeverityError = "severity-error" [];
    /// CSV column or value `csv-from`.
    CsvFrom = "csv-from" [];
    /// CSV column or value `csv-to`.
    CsvTo = "csv-to" [];
    /// CSV column or value `csv-kind`.
    CsvKind = "csv-kind" [];
    /// CSV column or value `csv-kind-label`.
    CsvKindLabel = "csv-kind-label" [];
    /// CSV column or value `csv-arrangement`.
    CsvArrangement = "csv-arrangement" [];
    /// CSV column or value `csv-name`.
    CsvName = "csv-name" [];
    /// CSV column or value `csv-category`.
    CsvCategory = "csv-category" [];
    /// CSV column or value `csv-municipality`.
    CsvMunicipality = "csv-municipality" [];
    /// CSV column or value `csv-before`.
    CsvBefore = "csv-before" [];
    /// CSV column or value `csv-after`.
    CsvAfter = "csv-after" [];
    /// CSV column or value `csv-cosmetic`.
    CsvCosmetic = "csv-cosmetic" [];
    /// CSV column or value `csv-uncertain`.
    CsvUncertain = "csv-uncertain" [];
    /// CSV column or value `csv-description`.
    CsvDescription = "csv-description" [];
    /// CSV column or value `csv-evidence-before`.
    CsvEvidenceBefore = "csv-evidence-before" [];
    /// CSV column or value `csv-evidence-after`.
    CsvEvidenceAfter = "csv-evidence-after" [];
    /// CSV column or value `csv-code`.
    CsvCode = "csv-code" [];
    /// CSV column or value `csv-severity`.
    CsvSeverity = "csv-severity" [];
    /// CSV column or value `csv-snapshot`.
    CsvSnapshot = "csv-snapshot" [];
    /// CSV column or value `csv-message`.
    CsvMessage = "csv-message" [];
    /// CSV column or value `csv-why`.
    CsvWhy = "csv-why" [];
    /// CSV column or value `csv-evidence`.
    CsvEvidence = "csv-evidence" [];
    /// CSV column or value `csv-yes`.
    CsvYes = "csv-yes" [];
    /// CSV column or value `csv-no`.
    CsvNo = "csv-no" [];
    /// Audit finding text `finding-legal-basis-missing`.
    FindingLegalBasisMissing = "finding-legal-basis-missing" ["name"];
    /// Audit finding text `finding-legal-basis-uncertain`.
    FindingLegalBasisUncertain = "finding-legal-basis-uncertain" ["name", "printed", "label"];
    /// Audit finding text `finding-legal-basis-vague`.
    FindingLegalBasisVague = "finding-legal-basis-vague" ["name", "printed"];
    /// Audit finding text `finding-legal-form-unregistered`.
    FindingLegalFormUnregistered = "finding-legal-form-unregistered" ["name", "printed"];
    /// Audit finding text `finding-legal-form-misread`.
    FindingLegalFormMisread = "finding-legal-form-misread" ["name", "printed", "expected", "curated"];
    /// Audit finding text `finding-conversion`.
    FindingConversion = "finding-conversion" ["name", "ahead", "printed", "uncertain", "label", "when", "to"];
    /// Audit finding text `finding-when-overdue`.
    FindingWhenOverdue = "finding-when-overdue" ["deadline", "snapshot", "ago"];
    /// Audit finding text `finding-when-maybe-overdue`.
    FindingWhenMaybeOverdue = "finding-when-maybe-overdue" ["deadline", "snapshot"];
    /// Audit finding text `finding-when-due`.
    FindingWhenDue = "finding-when-due" ["deadline", "until"];
    /// Audit finding text `finding-when-ahead`.
    FindingWhenAhead = "finding-when-ahead" ["deadline", "until"];
    /// Audit finding text `finding-host-missing`.
    FindingHostMissing = "finding-host-missing" ["name", "label"];
    /// Audit finding text `finding-host-not-participant`.
    FindingHostNotParticipant = "finding-host-not-participant" ["name", "host"];
    /// Audit finding text `finding-notice-given-by`.
    FindingNoticeGivenBy = "finding-notice-given-by" ["by", "name", "effective"];
    /// Audit finding text `finding-notice-given`.
    FindingNoticeGiven = "finding-notice-given" ["name", "effective"];
    /// Audit finding text `finding-notice-without-date-by`.
    FindingNoticeWithoutDateBy = "finding-notice-without-date-by" ["by", "name"];
    /// Audit finding text `finding-notice-without-date`.
    FindingNoticeWithoutDate = "finding-notice-without-date" ["name"];
    /// Audit finding text `finding-vanished`.
    FindingVanished = "finding-vanished" ["name", "before", "covered", "after", "overlap"];
    /// Audit finding text `finding-listed-twice`.
    FindingListedTwice = "finding-listed-twice" ["name", "rows"];
    /// Audit finding text `finding-same-name-twice`.
    FindingSameNameTwice = "finding-same-name-twice" ["name", "ids"];
    /// Audit finding text `finding-row-outside-scope-unmarked`.
    FindingRowOutsideScopeUnmarked = "finding-row-outside-scope-unmarked" ["name", "covered"];
    /// Audit finding text `finding-row-outside-scope`.
    FindingRowOutsideScope = "finding-row-outside-scope" ["name", "marked", "covered"];
    /// Audit finding text `finding-participation-unknown-one`.
    FindingParticipationUnknownOne = "finding-participation-unknown-one" ["name", "municipality"];
    /// Audit finding text `finding-participation-unknown`.
    FindingParticipationUnknown = "finding-participation-unknown" ["name", "covered"];
    /// Audit finding text `finding-participation-swapped`.
    FindingParticipationSwapped = "finding-participation-swapped" ["name", "left", "before", "joined", "after"];
    /// Audit finding text `finding-host-changed`.
    FindingHostChanged = "finding-host-changed" ["name", "old", "before", "new", "after"];
    /// Audit finding text `finding-name-variants`.
    FindingNameVariants = "finding-name-variants" ["variants"];
    /// Audit finding text `finding-spelled-in`.
    FindingSpelledIn = "finding-spelled-in" ["name", "snapshot"];
    /// Audit finding text `finding-unknown-form`.
    FindingUnknownForm = "finding-unknown-form" [];
    /// Audit report text `audit-why`.
    AuditWhy = "audit-why" [];
    /// Audit report text `audit-at`.
    AuditAt = "audit-at" [];
    /// Audit report text `audit-summary`.
    AuditSummary = "audit-summary" ["findings", "snapshots", "errors", "warnings", "infos"];
    /// Audit report text `audit-title`.
    AuditTitle = "audit-title" [];
    /// Audit report text `audit-registry`.
    AuditRegistry = "audit-registry" ["registry"];
    /// Audit report text `audit-col-errors`.
    AuditColErrors = "audit-col-errors" [];
    /// Audit report text `audit-col-warnings`.
    AuditColWarnings = "audit-col-warnings" [];
    /// Audit report text `audit-col-info`.
    AuditColInfo = "audit-col-info" [];
    /// Proposal tracking text `proposal-realised`.
    ProposalRealised = "proposal-realised" ["name", "became", "status", "snapshot"];
    /// Proposal tracking text `proposal-under-study`.
    ProposalUnderStudy = "proposal-under-study" ["name", "snapshot"];
    /// Proposal tracking text `proposal-ended`.
    ProposalEnded = "proposal-ended" ["name", "snapshot"];
    /// Proposal tracking text `proposal-checked`.
    ProposalChecked = "proposal-checked" ["snapshot", "covers"];
    /// Proposal tracking text `proposal-no-later`.
    ProposalNoLater = "proposal-no-later" ["name"];
    /// Proposal tracking text `proposal-not-started`.
    ProposalNotStarted = "proposal-not-started" ["name", "checked"];
    /// Proposal tracking text `outcome-realised`.
    OutcomeRealised = "outcome-realised" [];
    /// Proposal tracking text `outcome-under-study`.
    OutcomeUnderStudy = "outcome-under-study" [];
    /// Proposal tracking text `outcome-ended`.
    OutcomeEnded = "outcome-ended" [];
    /// Proposal tracking text `outcome-not-started`.
    OutcomeNotStarted = "outcome-not-started" [];
    /// Proposal tracking text `proposals-no-plan`.
    ProposalsNoPlan = "proposals-no-plan" [];
    /// Proposal tracking text `proposals-summary`.
    ProposalsSummary = "proposals-summary" ["count", "plans", "outcomes"];
    /// Proposal tracking text `proposals-title`.
    ProposalsTitle = "proposals-title" [];
    /// Proposal tracking text `proposals-col-plan`.
    ProposalsColPlan = "proposals-col-plan" [];
    /// Proposal tracking text `proposals-col-proposal`.
    ProposalsColProposal = "proposals-col-proposal" [];
    /// Proposal tracking text `proposals-col-outcome`.
    ProposalsColOutcome = "proposals-col-outcome" [];
    /// CLI error text `error-label`.
    ErrorLabel = "error-label" [];
    /// CLI error text `error-read`.
    ErrorRead = "error-read" ["path", "reason"];
    /// CLI error text `error-write`.
    ErrorWrite = "error-write" ["path", "reason"];
    /// CLI error text `error-unknown-snapshot`.
    ErrorUnknownSnapshot = "error-unknown-snapshot" ["name", "known"];
    /// CLI error text `error-ambiguous-snapshot`.
    ErrorAmbiguousSnapshot = "error-ambiguous-snapshot" ["name", "candidates"];
    /// Label of an issue's hint line.
    IssueHintLabel = "issue-hint-label" [];
    /// An issue nested in another message.
    IssueAt = "issue-at" ["location", "message"];
    /// A message after what it is about (a JSON path, a file, an option).
    Prefixed = "prefixed" ["prefix", "message"];
    /// Validation: a NUL byte in a JSON file.
    IssueBinaryJson = "issue-binary-json" [];
    /// Validation: bytes that are not UTF-8.
    IssueBadUtf8 = "issue-bad-utf8" ["byte", "offset"];
    /// Validation: an empty JSON file.
    IssueEmptyJson = "issue-empty-json" ["format"];
    /// Validation: the top level is not an object.
    IssueNotObject = "issue-not-object" [];
    /// Validation: another file format (version).
    IssueUnsupportedFormat = "issue-unsupported-format" ["found", "expected"];
    /// Hint: the snapshot format this version reads.
    HintSnapshotFormat = "hint-snapshot-format" ["format"];
    /// Validation: no `format` field.
    IssueMissingFormat = "issue-missing-format" ["format"];
    /// serde: an unknown field.
    JsonUnknownField = "json-unknown-field" ["field", "expected"];
    /// serde: an unknown field where one is allowed.
    JsonUnknownFieldOne = "json-unknown-field-one" ["field", "expected"];
    /// serde: a field where none are allowed.
    JsonUnknownFieldNone = "json-unknown-field-none" ["field"];
    /// serde: an unknown value of a fixed list.
    JsonUnknownVariant = "json-unknown-variant" ["value", "expected"];
    /// serde: an unknown value where one is allowed.
    JsonUnknownVariantOne = "json-unknown-variant-one" ["value", "expected"];
    /// serde: a value where none are allowed.
    JsonUnknownVariantNone = "json-unknown-variant-none" ["value"];
    /// serde: a required field is missing.
    JsonMissingField = "json-missing-field" ["field"];
    /// serde: a field given twice.
    JsonDuplicateField = "json-duplicate-field" ["field"];
    /// serde: a value of the wrong type.
    JsonInvalidType = "json-invalid-type" ["found", "expected"];
    /// serde: a value that is not allowed.
    JsonInvalidValue = "json-invalid-value" ["found", "expected"];
    /// serde: a list of the wrong length.
    JsonInvalidLength = "json-invalid-length" ["length", "expected"];
    /// serde: the file ends inside a value.
    JsonEof = "json-eof" ["what"];
    /// serde: the file ends early (other detail, in English).
    JsonEofOther = "json-eof-other" ["detail"];
    /// serde: no value where one must be.
    JsonExpectedValue = "json-expected-value" [];
    /// serde: a missing token.
    JsonExpected = "json-expected" ["token"];
    /// serde: one of two missing tokens.
    JsonExpectedEither = "json-expected-either" ["first", "second"];
    /// serde: text after the JSON value.
    JsonTrailingCharacters = "json-trailing-characters" [];
    /// serde: a comma after the last element.
    JsonTrailingComma = "json-trailing-comma" [];
    /// serde: an object key without quotes.
    JsonKeyMustBeString = "json-key-must-be-string" [];
    /// serde: a control character inside a string.
    JsonControlCharacter = "json-control-character" [];
    /// serde: a bad backslash escape.
    JsonInvalidEscape = "json-invalid-escape" [];
    /// serde: a malformed number.
    JsonInvalidNumber = "json-invalid-number" [];
    /// serde: a number too large.
    JsonNumberOutOfRange = "json-number-out-of-range" [];
    /// serde: nesting too deep.
    JsonRecursionLimit = "json-recursion-limit" [];
    /// serde: any other message, kept in English.
    JsonOther = "json-other" ["detail"];
    /// A date that is not YYYY, YYYY-MM or a real day.
    InvalidDate = "invalid-date" ["date"];
    /// Validation: an id with characters ids cannot have.
    IssueInvalidId = "issue-invalid-id" ["what", "id"];
    /// Validation: two arrangements with one id.
    IssueDuplicateArrangementId = "issue-duplicate-arrangement-id" ["id", "line"];
    /// Validation: an arrangement without a name.
    IssueEmptyName = "issue-empty-name" [];
    /// Validation: an arrangement without citations.
    IssueNoProvenance = "issue-no-provenance" ["id"];
    /// Validation: a date finer or coarser than declared.
    IssueDatePrecision = "issue-date-precision" ["date", "precision", "pattern"];
    /// Validation: a date range that ends before it starts.
    IssueRangeReversed = "issue-range-reversed" ["from", "to"];
    /// Validation: a date range without citations.
    IssueRangeNoEvidence = "issue-range-no-evidence" [];
    /// Validation: a municipality both covered and mentioned.
    IssueCoveredAndMentioned = "issue-covered-and-mentioned" ["municipality"];
    /// Validation: a table column outside the scope.
    IssueColumnUndeclared = "issue-column-undeclared" ["column", "expected"];
    /// Validation: a participant outside the scope.
    IssueParticipantUndeclared = "issue-participant-undeclared" ["municipality", "expected"];
    /// Validation: a host outside the scope.
    IssueHostUndeclared = "issue-host-undeclared" ["host", "expected"];
    /// Validation: a source path that leaves the directory.
    IssueSourcePathNotRelative = "issue-source-path-not-relative" ["path"];
    /// Validation: the source file cannot be read.
    IssueSourceUnreadable = "issue-source-unreadable" ["path", "reason"];
    /// Validation: the source file changed.
    IssueSha256Mismatch = "issue-sha256-mismatch" ["path", "actual", "declared"];
    /// Validation: the source file is not text.
    IssueSourceNotText = "issue-source-not-text" ["problem"];
    /// Validation: a citation without line numbers.
    IssueCitationNoLines = "issue-citation-no-lines" [];
    /// Validation: a cited line beyond the source.
    IssueCitedLineMissing = "issue-cited-line-missing" ["line", "count"];
    /// Validation: a quote not on its cited lines.
    IssueQuoteNotOnLines = "issue-quote-not-on-lines" ["quote", "lines"];
    /// Validation: cited lines that do not name the arrangement.
    IssueNameNotOnLines = "issue-name-not-on-lines" ["lines", "name"];
    /// Validation: a skipped line beyond the source.
    IssueSkippedLineMissing = "issue-skipped-line-missing" ["line", "count"];
    /// Validation: two files with one snapshot id.
    IssueDuplicateSnapshotId = "issue-duplicate-snapshot-id" ["id", "other"];
    /// A file that cannot be read.
    IssueCannotRead = "issue-cannot-read" ["reason"];
    /// The binary was built without a registry.
    IssueNoEmbeddedRegistry = "issue-no-embedded-registry" [];
    /// Registry: a key defined twice.
    IssueDuplicate = "issue-duplicate" ["what", "key", "line"];
    /// An unknown change kind (registry or --kind).
    UnknownChangeKind = "unknown-change-kind" ["kind", "expected"];
    /// Registry: an empty `explains`.
    IssueExplainsEmpty = "issue-explains-empty" [];
    /// Registry: a form relabelled as itself.
    IssueRelabelledAsItself = "issue-relabelled-as-itself" ["form"];
    /// Registry: a reference to an unknown event.
    IssueUnknownEvent = "issue-unknown-event" ["event", "expected"];
    /// Registry: a conversion deadline before its start.
    IssueDeadlineBeforeStart = "issue-deadline-before-start" ["deadline", "start"];
    /// Registry: a form both relabelled and converted.
    IssueRelabelledAndConverted = "issue-relabelled-and-converted" ["form"];
    /// Registry: an empty spelling.
    IssueEmptySpelling = "issue-empty-spelling" [];
    /// Registry: an organisation that ends before it starts.
    IssueCeasesBeforeExists = "issue-ceases-before-exists" ["id", "until", "from"];
    /// Registry: a succession without predecessors.
    IssueSuccessionNoPredecessor = "issue-succession-no-predecessor" [];
    /// Registry: a reference to an unknown organisation.
    IssueUnknownOrganisation = "issue-unknown-organisation" ["organisation", "expected"];
    /// Registry: a successor that exists only later.
    IssueSuccessorLater = "issue-successor-later" ["date", "successor", "from"];
    /// Registry: a succession before its predecessor existed.
    IssuePredecessorLater = "issue-predecessor-later" ["date", "predecessor", "from"];
    /// Registry: a predecessor that outlives its succession.
    IssuePredecessorStillExists = "issue-predecessor-still-exists" ["date", "predecessor", "until"];
    /// Registry: an organisation that succeeds itself.
    IssueSucceedsItself = "issue-succeeds-itself" ["organisation"];
    /// Registry: a title change without words.
    IssueTitleChangeWords = "issue-title-change-words" [];
    /// Registry: an entry without a source.
    IssueEmptySource = "issue-empty-source" [];
    /// Registry: a reference to an unknown form.
    IssueUnknownForm = "issue-unknown-form" ["form", "expected"];
    /// Registry: relabellings that go round in a circle.
    IssueCyclicRelabelling = "issue-cyclic-relabelling" ["chain"];
    /// Registry: successions that go round in a circle.
    IssueCyclicSuccession = "issue-cyclic-succession" ["chain"];
    /// Import: why the table layout was chosen.
    ImportLayoutTable = "import-layout-table" ["line", "delimiter", "count"];
    /// Import: why the pdf-text layout was chosen.
    ImportLayoutPdfText = "import-layout-pdf-text" ["lines"];
    /// Import: no layout fits.
    ImportUnknownLayout = "import-unknown-layout" ["line", "shown"];
    /// Hint: choose a layout by hand.
    HintLayout = "hint-layout" [];
    /// Import: no header row for the table layout.
    ImportNoHeader = "import-no-header" ["line"];
    /// Import: --as-of with a month only.
    ImportAsOfPrecision = "import-as-of-precision" ["date"];
    /// Import: the document states no date.
    ImportNoDate = "import-no-date" ["path"];
    /// Import: a name listed twice.
    ImportListedTwice = "import-listed-twice" ["name", "line"];
    /// Import: no row with marks.
    ImportNoTableRow = "import-no-table-row" [];
    /// Import: text that fits no cell.
    ImportStrayText = "import-stray-text" ["text"];
    /// Import: a pdf-text row without a name.
    ImportRowWithoutName = "import-row-without-name" [];
    /// Import: more or fewer marks than columns can explain.
    ImportMarksDoNotFit = "import-marks-do-not-fit" ["count", "columns"];
    /// Import: a row wider than the header.
    ImportTooManyCells = "import-too-many-cells" ["cells", "header", "width"];
    /// Import: a table row without a name.
    ImportRowNoName = "import-row-no-name" [];
    /// Import: a mark cell that is not a mark.
    ImportBadCell = "import-bad-cell" ["value", "column"];
    /// Warning: a status cell the vocabulary does not know.
    ImportStatusNotRead = "import-status-not-read" ["value"];
    /// Import: a file far larger than an overview.
    ImportTooLarge = "import-too-large" ["size", "max"];
    /// Hint: a too large file is probably the wrong one.
    HintTooLarge = "hint-too-large" [];
    /// Import: a NUL byte in a document.
    ImportBinary = "import-binary" [];
    /// Hint: convert to UTF-8.
    HintIconv = "hint-iconv" [];
    /// Import: a control character in a document.
    ImportControlChar = "import-control-char" ["code"];
    /// Import: an empty document.
    ImportEmpty = "import-empty" [];
    /// CLI: the output file exists.
    UsageAlreadyExists = "usage-already-exists" ["path"];
    /// CLI: the output file cannot be created.
    UsageCannotCreate = "usage-cannot-create" ["path", "reason"];
    /// CLI: --force without -o.
    UsageForceNeedsOutput = "usage-force-needs-output" [];
    /// CLI: a snapshot file with errors.
    UsageNotValidSnapshot = "usage-not-valid-snapshot" ["path"];
    /// CLI: a malformed --alias.
    UsageAlias = "usage-alias" ["alias"];
    /// CLI: a --threshold outside 0 to 1.
    UsageThreshold = "usage-threshold" ["threshold"];
    /// CLI: a snapshot file that could not be used.
    UsageNotUsableSnapshot = "usage-not-usable-snapshot" ["path"];
    /// CLI: an arrangement no inventory lists.
    UsageNoInventoryLists = "usage-no-inventory-lists" ["id"];
    /// CLI: --from later than --to.
    UsageFromAfterTo = "usage-from-after-to" ["from", "to"];
    /// CLI: the report template failed.
    UsageCannotRender = "usage-cannot-render" ["reason"];
    /// CLI: an empty arrangement query.
    UsageNoArrangementQuery = "usage-no-arrangement-query" ["query"];
    /// CLI: no arrangement matches; the closest ones.
    UsageNoArrangementClosest = "usage-no-arrangement-closest" ["query", "closest"];
    /// CLI: no arrangement matches, none close.
    UsageNoArrangementNone = "usage-no-arrangement-none" ["query"];
    /// CLI: a query that matches several arrangements.
    UsageAmbiguousArrangement = "usage-ambiguous-arrangement" ["query", "candidates"];
    /// CLI: label of a note on stderr.
    NoteLabel = "note-label" [];
    /// CLI: label of a warning on stderr.
    WarningLabel = "warning-label" [];
    /// CLI: a draft snapshot was written.
    NoteWrote = "note-wrote" ["path", "count"];
    /// CLI: arrangements matched by name for a diff.
    NoteMatchedByName = "note-matched-by-name" ["matched", "count"];
    /// CLI: match --write-ids wrote a file.
    NoteWroteIds = "note-wrote-ids" ["path", "count", "snapshot"];
    /// match: heading of the pairs.
    MatchHeading = "match-heading" ["count", "from", "to", "threshold"];
    /// match: heading of one side's unmatched arrangements.
    MatchOnlyIn = "match-only-in" ["count", "snapshot"];
    /// match evidence: equal names once aliases are applied.
    MatchSameNameAliases = "match-same-name-aliases" [];
    /// match evidence: equal names.
    MatchSameName = "match-same-name" [];
    /// match evidence: similar names.
    MatchSimilarNames = "match-similar-names" [];
    /// match evidence: the same host.
    MatchSameHost = "match-same-host" ["host"];
    /// match evidence: different hosts.
    MatchHostsDiffer = "match-hosts-differ" ["a", "b"];
    /// match evidence: the same policy area.
    MatchSameCategory = "match-same-category" [];
    /// match evidence: different policy areas.
    MatchCategoriesDiffer = "match-categories-differ" [];
    /// match evidence: related legal forms.
    MatchSameFormFamily = "match-same-form-family" ["a", "b"];
    /// match evidence: unrelated legal forms.
    MatchFormsDiffer = "match-forms-differ" ["a", "b"];
    /// match evidence: the same participants.
    MatchSameParticipants = "match-same-participants" [];
    /// match evidence: different participants.
    MatchParticipantsDiffer = "match-participants-differ" [];
    /// match: paired by equal id.
    MatchBasisId = "match-basis-id" [];
    /// match: paired by equal name.
    MatchBasisName = "match-basis-name" [];
    /// match: paired by similar names.
    MatchBasisFuzzy = "match-basis-fuzzy" [];

    // clap's words in command-line help and parse errors (src/cli/help.rs).
    /// Help heading before the command line.
    ClapUsage = "clap-usage" [];
    /// Help heading of the subcommands.
    ClapCommands = "clap-commands" [];
    /// Help heading of the positional arguments.
    ClapArguments = "clap-arguments" [];
    /// Help heading of the options.
    ClapOptions = "clap-options" [];
    /// Heading of the list of an option's values in long help.
    ClapPossibleValues = "clap-possible-values" [];
    /// An option's default value, after its help.
    ClapDefault = "clap-default" ["value"];
    /// An option's values, after its help or a parse error.
    ClapPossibleValuesList = "clap-possible-values-list" ["values"];
    /// The subcommands, after a parse error.
    ClapSubcommandsList = "clap-subcommands-list" ["values"];
    /// Help of `-h, --help` when there is no long help.
    ClapHelp = "clap-help" [];
    /// Help of `-h, --help` in short help.
    ClapHelpShort = "clap-help-short" [];
    /// Help of `-h, --help` in long help.
    ClapHelpLong = "clap-help-long" [];
    /// Help of `-V, --version`.
    ClapVersion = "clap-version" [];
    /// About of the `help` subcommand.
    ClapHelpCommand = "clap-help-command" [];
    /// Help of the `help` subcommand's argument.
    ClapHelpCommandArg = "clap-help-command-arg" [];
    /// A name quoted in a parse error.
    ClapQuoted = "clap-quoted" ["text"];
    /// Parse error: an argument samdiff does not take.
    ClapUnknownArgument = "clap-unknown-argument" ["arg"];
    /// Parse error: a value an option does not take.
    ClapInvalidValue = "clap-invalid-value" ["value", "arg"];
    /// Parse error: an option without its value.
    ClapValueRequired = "clap-value-required" ["arg"];
    /// Parse error: an unknown subcommand.
    ClapInvalidSubcommand = "clap-invalid-subcommand" ["name"];
    /// Parse error: required arguments missing (they follow, one a line).
    ClapMissingRequired = "clap-missing-required" [];
    /// Parse error: no subcommand.
    ClapMissingSubcommand = "clap-missing-subcommand" ["name"];
    /// Parse error: an argument given twice.
    ClapArgumentTwice = "clap-argument-twice" ["arg"];
    /// Label of a suggestion after a parse error.
    ClapTip = "clap-tip" [];
    /// Suggestion: subcommands with a similar name.
    ClapSimilarSubcommand = "clap-similar-subcommand" ["count", "names"];
    /// Suggestion: arguments with a similar name.
    ClapSimilarArgument = "clap-similar-argument" ["count", "names"];
    /// Suggestion: similar values.
    ClapSimilarValue = "clap-similar-value" ["count", "names"];
    /// Last line of a parse error.
    ClapTryHelp = "clap-try-help" ["flag"];
    // --- brief ---
    /// Title of the state table.
    StateTitle = "state-title" ["who"];
    /// The document a municipality's state is read from.
    StateBasis = "state-basis" ["municipality", "document"];
    /// No inventory covers a municipality on the date.
    StateNoBasis = "state-no-basis" ["municipality"];
    /// A form or host the document does not state.
    StateNotStated = "state-not-stated" [];
    /// A row's source line.
    StateSource = "state-source" ["document", "count", "lines"];
    /// The state has no arrangement.
    StateEmpty = "state-empty" [];
    /// Column: legal form as printed.
    StateColFormPrinted = "state-col-form-printed" [];
    /// Column: legal form in words.
    StateColFormWords = "state-col-form-words" [];
    /// Column: other partners.
    StateColPartners = "state-col-partners" [];
    /// Column: the date a notice takes effect.
    StateColNoticeEffective = "state-col-notice-effective" [];
    /// Column: source.
    StateColSource = "state-col-source" [];
    /// The state table's sheet name.
    StateSheetName = "state-sheet-name" [];
    /// Usage error: a binary format to a terminal.
    UsageBinaryToTerminal = "usage-binary-to-terminal" [];

    // --- truth ---
    /// A month's name (1 to 12), for dates in words.
    WordsMonth = "words-month" ["month"];
    /// A month of a year in words (`oktober 2021`).
    WordsMonthYear = "words-month-year" ["month", "year"];
    /// A day in words (`1. januar 2021`).
    WordsDayMonthYear = "words-day-month-year" ["day", "month", "year"];
    /// A range of dates in words (`mellom januar 2017 og oktober 2019`).
    WordsDateRange = "words-date-range" ["from", "to"];
    /// A document dated to a day, by kind (`oversikten per 1. januar 2021`).
    WordsDocumentDay = "words-document-day" ["kind", "date"];
    /// A document dated to a year (`oversikten fra 2010`).
    WordsDocumentYear = "words-document-year" ["kind", "date"];
    /// An undated document known to a range of dates.
    WordsDocumentUndated = "words-document-undated" ["kind", "date"];
    /// Note under a step given in reverse date order (`diff 2021 2019`).
    StepReversedNote = "step-reversed-note" ["from", "to"];
    // --- brief (one-pager) ---
    /// One-pager: title.
    BriefTitle = "brief-title" ["who", "from", "to"];
    /// One-pager: which documents are compared.
    BriefSubtitle = "brief-subtitle" ["count", "from", "to"];
    /// One-pager: "all municipalities" as the subject of the title.
    BriefAllMunicipalities = "brief-all-municipalities" [];
    /// One-pager: heading of the list.
    BriefChangesHeading = "brief-changes-heading" [];
    /// One-pager: nothing of note changed.
    BriefNothing = "brief-nothing" [];
    /// One-pager: an arrangement no longer listed.
    BriefEnded = "brief-ended" ["name", "to"];
    /// Brief: an arrangement still listed, marked as ended.
    BriefEndedMarked = "brief-ended-marked" ["name", "status", "to"];
    /// One-pager: notice given.
    BriefNotice = "brief-notice" ["name", "status"];
    /// One-pager: new (with its standing when already under notice).
    BriefAdded = "brief-added" ["name", "to", "already"];
    /// One-pager: listed again.
    BriefReappeared = "brief-reappeared" ["name", "to", "already"];
    /// One-pager: host changed.
    BriefHost = "brief-host" ["name", "before", "after"];
    /// One-pager: legal form changed.
    BriefForm = "brief-form" ["name", "before", "after"];
    /// One-pager: a municipality joined.
    BriefJoined = "brief-joined" ["name", "municipality"];
    /// One-pager: a municipality left.
    BriefLeft = "brief-left" ["name", "municipality"];
    /// One-pager: renamed.
    BriefRenamed = "brief-renamed" ["before", "after"];
    /// One-pager: the list was cut.
    BriefMore = "brief-more" ["count"];
    /// One-pager: the count of smaller edits.
    BriefSmaller = "brief-smaller" ["count"];
    /// One-pager: label of the doubtful footnote.
    BriefDoubtfulLabel = "brief-doubtful-label" [];
    /// One-pager: the doubtful footnote was cut.
    BriefDoubtfulMore = "brief-doubtful-more" ["count"];
    /// One-pager: heading of the documents appendix.
    BriefSourcesHeading = "brief-sources-heading" [];
    /// One-pager: label before an item's source.
    BriefSourceLabel = "brief-source-label" [];
    /// One-pager: closing line.
    BriefColophon = "brief-colophon" ["version"];
    /// Usage error: docx and json are for the one-pager.
    UsageBriefOnlyFormat = "usage-brief-only-format" [];
    /// Workbook column: the date of the earlier document.
    XlsxFromDate = "xlsx-from-date" [];
    /// Workbook column: the date of the later document.
    XlsxToDate = "xlsx-to-date" [];
    /// Workbook sheet name of a changelog.
    XlsxChangelogSheet = "xlsx-changelog-sheet" [];
    /// Workbook sheet name of an audit.
    XlsxAuditSheet = "xlsx-audit-sheet" [];

    // --- hostile ---
    /// Input refused: not a regular file (`kind` says what it is).
    InputNotRegular = "input-not-regular" ["kind"];
    /// Kind of file: a device.
    InputKindDevice = "input-kind-device" [];
    /// Kind of file: a named pipe.
    InputKindPipe = "input-kind-pipe" [];
    /// Kind of file: a socket.
    InputKindSocket = "input-kind-socket" [];
    /// Kind of file: a directory.
    InputKindDirectory = "input-kind-directory" [];
    /// Kind of file: anything else that is not a regular file.
    InputKindOther = "input-kind-other" [];
    /// Hint after a file over the size limit.
    HintMaxSize = "hint-max-size" [];
    /// A snapshot's source resolves outside its set's `sources/` folder.
    InputOutsideSources = "input-outside-sources" ["path"];
    /// An output path that is a symbolic link.
    OutputIsSymlink = "output-is-symlink" ["path"];
    /// An output path that is not a regular file.
    OutputNotRegular = "output-not-regular" ["path"];
    /// An output path that is a read-only file.
    OutputReadOnly = "output-read-only" ["path"];
    /// A control character in text (a snapshot or registry string, an
    /// imported document).
    IssueControlChar = "issue-control-char" ["char"];
    // --- cli ---
    /// A message followed by a hint line (`text`, then `  hint: hint`).
    WithHint = "with-hint" ["text", "hint"];
    /// Hint: the closest known names (backquoted, comma-separated).
    HintDidYouMean = "hint-did-you-mean" ["count", "names"];
    /// Usage error: `--municipality` names no municipality of the snapshots.
    UnknownMunicipality = "unknown-municipality" ["name", "known"];
    /// Usage error: `--municipality` names several (folded alike).
    AmbiguousMunicipality = "ambiguous-municipality" ["name", "candidates"];
    /// Usage error: `--category` is part of no section name.
    UnknownCategory = "unknown-category" ["text"];
    /// Usage error: an unknown finding code.
    UnknownFindingCode = "unknown-finding-code" ["code", "expected"];
    /// Heading of the examples at the end of a command's help.
    CliExamplesHeading = "cli-examples-heading" [];
    /// The end of a subcommand's help: where the global options are.
    CliGlobalOptions = "cli-global-options" ["options"];
    /// Usage error: `samdiff man` of a command that does not exist.
    UnknownCommand = "unknown-command" ["name", "expected"];
    /// Manual page heading: the name and one line on what it does.
    ManName = "man-name" [];
    /// Manual page heading: how to call it.
    ManSynopsis = "man-synopsis" [];
    /// Manual page heading: what it does.
    ManDescription = "man-description" [];
    /// Manual page heading: the options.
    ManOptions = "man-options" [];
    /// Manual page heading: the subcommands.
    ManCommands = "man-commands" [];
    /// Manual page heading: examples (and where the global options are).
    ManExamples = "man-examples" [];
    /// Manual page heading: the version.
    ManVersion = "man-version" [];
    /// Usage error: `match --force` without `--write-ids`.
    UsageForceNeedsWriteIds = "usage-force-needs-write-ids" [];
    // --- followup ---
    /// Conversion: the deadline passed after the latest document printing the form.
    FindingWhenPassed = "finding-when-passed" ["deadline", "snapshot", "ago", "printed"];
    /// A span of time back from today (`2 years ago`); `unit` is year, month, day or today.
    FollowupAgo = "followup-ago" ["n", "unit"];
    /// A span of time ahead of today (`in 2 years`).
    FollowupIn = "followup-in" ["n", "unit"];
    /// A date in words (`1 November 2023`); `month` is 1 to 12.
    FollowupDate = "followup-date" ["day", "month", "year"];
    /// Audit text label before a finding's id.
    AuditId = "audit-id" [];
    /// Audit label of a finding a later document resolves.
    AuditResolved = "audit-resolved" [];
    /// Audit text label before the resolving line.
    AuditResolvedBy = "audit-resolved-by" [];
    /// Audit text label before a folded consequence.
    AuditAlso = "audit-also" [];
    /// Audit summary: resolved findings and the day deadlines are counted from.
    AuditSummaryResolved = "audit-summary-resolved" ["resolved", "today"];
    /// `--today` is not a date.
    UsageToday = "usage-today" ["value"];
    /// A finding id listed twice in a register.
    IssueRegisterDuplicate = "issue-register-duplicate" ["id"];
    /// A register entry without a finding id.
    IssueRegisterId = "issue-register-id" [];
    /// A register entry with a status samdiff does not know.
    IssueRegisterStatus = "issue-register-status" ["value"];
    /// Register status: nothing done yet.
    RegisterStatusOpen = "register-status-open" [];
    /// Register status: asked of the administration.
    RegisterStatusAsked = "register-status-asked" [];
    /// Register status: the administration answered.
    RegisterStatusAnswered = "register-status-answered" [];
    /// Register status: the committee closed it.
    RegisterStatusClosed = "register-status-closed" [];
    /// Register status: accepted as it is.
    RegisterStatusAccepted = "register-status-accepted" [];
    /// Register change: not in the register before.
    RegisterNew = "register-new" [];
    /// Register change: in the register and still found.
    RegisterStillOpen = "register-still-open" [];
    /// Register change: in the register, no longer found (or resolved).
    RegisterResolvedSince = "register-resolved-since" [];
    /// Label: the register's fields of a finding.
    RegisterLabel = "register-label" [];
    /// Register field: status.
    RegisterStatus = "register-status" [];
    /// Register field: owner.
    RegisterOwner = "register-owner" [];
    /// Register field: due date.
    RegisterDue = "register-due" [];
    /// Register field: the committee's case number.
    RegisterCase = "register-case" [];
    /// Register field: note.
    RegisterNote = "register-note" [];
    /// Summary of a register comparison.
    RegisterSummary = "register-summary" ["path", "new", "open", "resolved"];
    /// Note after `--update-register`.
    RegisterWritten = "register-written" ["path", "entries"];
    /// CSV column: finding id.
    CsvFindingId = "csv-finding-id" [];
    /// CSV column: open or resolved.
    CsvState = "csv-state" [];
    /// CSV column: the line that resolved a finding.
    CsvResolvedBy = "csv-resolved-by" [];
    /// Meeting list: title.
    MeetingTitle = "meeting-title" [];
    /// Meeting list: no findings for anyone.
    MeetingNone = "meeting-none" [];
    /// Meeting list: column or label "finding".
    MeetingFinding = "meeting-finding" [];
    /// Meeting list: the question to put to the administration.
    MeetingQuestion = "meeting-question" [];
    /// Meeting list: evidence.
    MeetingEvidence = "meeting-evidence" [];
    /// Meeting list: heading of findings resolved by a later document.
    MeetingResolved = "meeting-resolved" [];
    /// Suggested question for `legal-basis-missing`.
    QuestionLegalBasisMissing = "question-legal-basis-missing" [];
    /// Suggested question for `legal-basis-uncertain`.
    QuestionLegalBasisUncertain = "question-legal-basis-uncertain" [];
    /// Suggested question for `legal-basis-vague`.
    QuestionLegalBasisVague = "question-legal-basis-vague" [];
    /// Suggested question for `legal-form-unregistered`.
    QuestionLegalFormUnregistered = "question-legal-form-unregistered" [];
    /// Suggested question for `legal-form-misread`.
    QuestionLegalFormMisread = "question-legal-form-misread" [];
    /// Suggested question for `conversion-overdue`.
    QuestionConversionOverdue = "question-conversion-overdue" [];
    /// Suggested question for `conversion-due`.
    QuestionConversionDue = "question-conversion-due" [];
    /// Suggested question for `conversion-ahead`.
    QuestionConversionAhead = "question-conversion-ahead" [];
    /// Suggested question for `host-missing`.
    QuestionHostMissing = "question-host-missing" [];
    /// Suggested question for `host-not-participant`.
    QuestionHostNotParticipant = "question-host-not-participant" [];
    /// Suggested question for `notice-given`.
    QuestionNoticeGiven = "question-notice-given" [];
    /// Suggested question for `notice-without-date`.
    QuestionNoticeWithoutDate = "question-notice-without-date" [];
    /// Suggested question for `vanished-without-notice`.
    QuestionVanishedWithoutNotice = "question-vanished-without-notice" [];
    /// Suggested question for `listed-twice`.
    QuestionListedTwice = "question-listed-twice" [];
    /// Suggested question for `row-outside-scope`.
    QuestionRowOutsideScope = "question-row-outside-scope" [];
    /// Suggested question for `participation-unknown`.
    QuestionParticipationUnknown = "question-participation-unknown" [];
    /// Suggested question for `participation-swapped`.
    QuestionParticipationSwapped = "question-participation-swapped" [];
    /// Suggested question for `host-changed-unexplained`.
    QuestionHostChangedUnexplained = "question-host-changed-unexplained" [];
    /// Suggested question for `name-variants`.
    QuestionNameVariants = "question-name-variants" [];
    // --- add ---
    /// add: no `--snapshots DIR`.
    AddNeedsSnapshots = "add-needs-snapshots" ["path"];
    /// add: the same document is already in the set.
    AddAlreadyInSet = "add-already-in-set" ["path", "id"];
    /// add: the snapshot id is taken.
    AddIdTaken = "add-id-taken" ["id"];
    /// add: a review file that cannot be read.
    AddBadReview = "add-bad-review" ["reason"];
    /// add: a review file made for another document.
    AddReviewOtherDocument = "add-review-other-document" ["path"];
    /// add: a decision flag without LINE=ID.
    AddBadDecisionFlag = "add-bad-decision-flag" ["flag", "value"];
    /// add: the review file was written.
    AddWroteReview = "add-wrote-review" ["path"];
    /// add: uncertain matches wait for a decision.
    AddNeedsDecision = "add-needs-decision" ["count"];
    /// add: dry run.
    AddDryRun = "add-dry-run" [];
    /// add: the source copy.
    AddWroteSource = "add-wrote-source" ["path"];
    /// add: review heading.
    AddHeading = "add-heading" ["id", "date", "count"];
    /// add: review section.
    AddMatched = "add-matched" ["count"];
    /// add: review section.
    AddNew = "add-new" ["count"];
    /// add: review section.
    AddNoLongerListed = "add-no-longer-listed" ["count", "snapshot"];
    /// add: review section.
    AddUncertain = "add-uncertain" ["count", "undecided"];
    /// add: the word before a line number.
    AddLine = "add-line" [];
    /// add: why a match is uncertain.
    AddWhyAmbiguous = "add-why-ambiguous" [];
    /// add: why a match is uncertain.
    AddWhyBelow = "add-why-below" [];
    /// add: a decision.
    AddDecidedSame = "add-decided-same" [];
    /// add: a decision.
    AddDecidedDifferent = "add-decided-different" [];
    /// add: no decision yet.
    AddUndecided = "add-undecided" [];
    /// init: the directory is not empty.
    InitNotEmpty = "init-not-empty" ["path"];
    /// init: done.
    InitDone = "init-done" ["path", "count"];
    /// CLI: a date for a side that is not a raw document.
    UsageAsOfNotRaw = "usage-as-of-not-raw" ["flag", "side"];
    /// CLI: --as-of without a raw side.
    UsageAsOfNoRawSide = "usage-as-of-no-raw-side" [];
    /// CLI: --as-of with two raw sides.
    UsageAsOfWhichSide = "usage-as-of-which-side" ["old", "new"];
    /// CLI: a raw document took the set's ids.
    NoteIdsFromSet = "note-ids-from-set" ["matched", "count", "uncertain"];
    /// add: rows the import could not read; nothing written.
    AddRowsNotRead = "add-rows-not-read" ["count"];
    // --- scale ---
    /// Match basis: the same key in a keyed register.
    MatchBasisKey = "match-basis-key" [];
    /// Import problem: a data row with an empty key cell (`--key`).
    ImportRowNoKey = "import-row-no-key" ["column"];
    /// Note: how many arrangements `--key` paired, and the pairs of the rest that share a name.
    NoteMatchedByKey = "note-matched-by-key" ["matched", "count", "across"];
    /// Note: a register printed no date and was dated by argument order.
    NoteUndatedByOrder = "note-undated-by-order" ["path", "date"];
    /// Usage: `--key` given with a side that is not a table file.
    UsageKeyNeedsTables = "usage-key-needs-tables" ["name"];




    // --- truth ---
    /// Absent from a later plan: a plan covers nobody.
    ChangeLeftScopePlan = "change-left-scope-plan" ["to"];
    /// Absent from an earlier plan: a plan covers nobody.
    ChangeEnteredScopePlan = "change-entered-scope-plan" ["to", "standing", "from"];
    /// Suffix: a participation change read from a document that does not
    /// cover the municipality.
    OutsideScopeSuffix = "outside-scope-suffix" ["municipality"];
    /// Suffix: joined or left read from marks the audit judges doubtful.
    MarksDoubtSuffix = "marks-doubt-suffix" [];
    /// Report section: changes resting on a doubtful reading.
    ReportDoubtful = "report-doubtful" [];
    /// Report: the note under the doubtful changes' heading.
    ReportDoubtfulNote = "report-doubtful-note" [];
    /// A legal form stated where the earlier document left the cell empty.
    ChangeLegalFormStated = "change-legal-form-stated" ["after"];
    /// A legal form no longer stated.
    ChangeLegalFormUnstated = "change-legal-form-unstated" ["before"];
    /// A host stated where the earlier document did not say.
    ChangeHostStated = "change-host-stated" ["after"];
    /// A host no longer stated.
    ChangeHostUnstated = "change-host-unstated" ["before"];
    /// A comment shown whole, old and new, when most of it changed.
    ChangeCommentWhole = "change-comment-whole" ["before", "after"];
    /// The same legal form printed another way (a typo): a spelling.
    ChangeFormSpelling = "change-form-spelling" ["before", "after"];
    /// Added, with no covered municipality to name.
    ChangeAddedPlain = "change-added-plain" ["to", "standing"];
    /// Ended by omission, with no covered municipality to name.
    ChangeEndedPlain = "change-ended-plain" ["to"];
    /// History: absent from a plan.
    HistoryAbsentPlan = "history-absent-plan" [];
    // --- shapes ---
    /// Reading a source: bytes invalid in the encoding its byte-order mark names.
    SourceInvalidEncoding = "source-invalid-encoding" ["encoding", "byte"];
    /// Reading a source: neither UTF-8 nor plausible Windows-1252.
    SourceUnknownEncoding = "source-unknown-encoding" ["byte"];
    /// Hint: save or convert the file as UTF-8.
    HintEncoding = "hint-encoding" [];
    /// Import: a password-protected workbook.
    ImportWorkbookEncrypted = "import-workbook-encrypted" [];
    /// Hint: remove the password.
    HintWorkbookPassword = "hint-workbook-password" [];
    /// Import: a workbook the reader cannot open.
    ImportWorkbookCorrupt = "import-workbook-corrupt" ["reason"];
    /// Import: a workbook without cells.
    ImportWorkbookEmpty = "import-workbook-empty" [];
    /// Import: --sheet names no sheet.
    ImportSheetNotFound = "import-sheet-not-found" ["sheet", "sheets"];
    /// Import: no sheet has a header row.
    ImportNoHeaderSheet = "import-no-header-sheet" ["sheets"];
    /// Hint: name the columns' roles.
    HintColumns = "hint-columns" [];
    /// Import: which sheet was read and why.
    ImportLayoutSheet = "import-layout-sheet" ["sheet", "line", "count", "sheets"];
    /// Import: the text was not UTF-8.
    ImportReadEncoding = "import-read-encoding" ["encoding"];
    /// Import: a header cell that fits no role.
    ImportColumnNoRole = "import-column-no-role" ["column"];
    /// Import: a row with marks above the header.
    ImportDataBeforeHeader = "import-data-before-header" ["header", "value", "column"];
    /// Import: a merged area over several table rows.
    ImportMergedRows = "import-merged-rows" ["area", "row"];
    /// Import: the document does not state its scope.
    ImportNoScope = "import-no-scope" ["path", "columns"];
    /// Import: a stated year outside the dates samdiff accepts.
    ImportYearOutOfRange = "import-year-out-of-range" ["year", "evidence"];
    /// Validation: a workbook source without `source.sheet`.
    IssueSourceSheetMissing = "issue-source-sheet-missing" ["path"];
    /// Validation: `source.sheet` names no sheet.
    IssueSourceSheetUnknown = "issue-source-sheet-unknown" ["path", "sheet"];
    /// Import: a Word document's table was read.
    ImportLayoutWord = "import-layout-word" ["line", "count"];
    /// Import (raw diff, match): no scope stated, every column taken.
    ImportScopeEveryColumn = "import-scope-every-column" ["columns"];
    // --- followup ---
    /// Meeting document: when deadlines are counted from, and the documents.
    MeetingDocIntro = "meeting-doc-intro" ["today", "documents"];
    /// Meeting document: the title of a list for one municipality.
    MeetingDocMunicipality = "meeting-doc-municipality" ["title", "municipality"];
    /// Meeting document: the register comparison, without the file path.
    MeetingRegisterCounts = "meeting-register-counts" ["new", "open", "resolved"];
    /// Meeting document: "line 95", "lines 95 and 96".
    MeetingLines = "meeting-lines" ["count", "lines"];
    /// Meeting document: evidence in words (document, lines, quoted text).
    MeetingEvidenceAt = "meeting-evidence-at" ["document", "lines", "excerpt"];
    /// Meeting document: a finding's id, in small type.
    MeetingFindingId = "meeting-finding-id" ["id"];
    /// Meeting document and sheet: register entries the audit no longer reports.
    MeetingNoLongerFound = "meeting-no-longer-found" [];
    /// Meeting workbook: the follow-up sheet's name.
    MeetingSheet = "meeting-sheet" [];
    /// Meeting workbook column.
    MeetingColMunicipality = "meeting-col-municipality" [];
    /// Meeting workbook column.
    MeetingColPriority = "meeting-col-priority" [];
    /// Meeting workbook column.
    MeetingColNumber = "meeting-col-number" [];
    /// Meeting workbook column.
    MeetingColId = "meeting-col-id" [];
    /// Meeting workbook column.
    MeetingColStatus = "meeting-col-status" [];
    /// Meeting workbook column.
    MeetingColOwner = "meeting-col-owner" [];
    /// Meeting workbook column.
    MeetingColDue = "meeting-col-due" [];
    /// Meeting workbook column.
    MeetingColCase = "meeting-col-case" [];
    /// Meeting workbook column.
    MeetingColNote = "meeting-col-note" [];
    /// Meeting workbook column.
    MeetingColQuestion = "meeting-col-question" [];
    /// Meeting workbook column.
    MeetingColFinding = "meeting-col-finding" [];
    /// Meeting workbook column.
    MeetingColEvidence = "meeting-col-evidence" [];
    /// Meeting document: a due date that has passed.
    MeetingDuePassed = "meeting-due-passed" ["due"];
    /// Register: entries resting on documents the audit did not read.
    RegisterUnread = "register-unread" ["count", "documents"];
    // --- export ---
    /// Export: --format sqlite was given a directory.
    ExportDatabaseIsDirectory = "export-database-is-directory" ["path", "file"];
    /// Export: a one-file-per-table format was given something else than a directory.
    ExportNotDirectory = "export-not-directory" ["path", "format"];
    /// Export: a snapshot file of the set could not be read.
    ExportIncompleteSet = "export-incomplete-set" [];
    // --- brief ---
    /// Timeline legend (one municipality): it takes part.
    TimelineLegendYes = "timeline-legend-yes" ["municipality"];
    /// Timeline legend: it does not take part by the document's account.
    TimelineLegendNo = "timeline-legend-no" ["municipality"];
    /// Timeline legend: the document does not show whether it takes part.
    TimelineLegendUnknown = "timeline-legend-unknown" ["municipality"];
    /// Timeline legend: it is considering taking part.
    TimelineLegendConsidering = "timeline-legend-considering" ["municipality"];
    /// Timeline legend: the document says nothing about it here.
    TimelineLegendSilent = "timeline-legend-silent" ["municipality"];
    /// Timeline legend: the name of the blank cell.
    TimelineBlank = "timeline-blank" [];
    /// Timeline cell: notice given, in a word or two.
    TimelineShortNotice = "timeline-short-notice" [];
    /// Timeline cell: ended, in a word.
    TimelineShortEnded = "timeline-short-ended" [];
    /// Timeline: a host change in words, with the column's head.
    TimelineNoteHost = "timeline-note-host" ["when", "from", "to"];
    /// Timeline: a legal-form change in words, with the column's head.
    TimelineNoteForm = "timeline-note-form" ["when", "from", "to"];
    /// Report: the note under the timeline heading for one municipality.
    ReportTimelineNoteFor = "report-timeline-note-for" ["municipality"];
    /// Report: label of the list of the timeline's columns.
    ReportTimelineColumns = "report-timeline-columns" [];
    /// Report: head of the timeline's last column.
    ReportTimelineChanges = "report-timeline-changes" [];
    /// Report: one column of the timeline, with its document.
    ReportTimelineColumn = "report-timeline-column" ["label", "name", "title"];
    /// One-pager: documents of the range do not cover the municipality.
    BriefCoverage = "brief-coverage" ["count", "documents", "covers", "municipality"];
    /// State: newer documents that do not cover the municipality (a clause).
    StateNewerNotCovering = "state-newer-not-covering" ["count", "documents", "covers"];
    /// State: where a shared row's details come from.
    StateDetailsFrom = "state-details-from" [];
    /// Match evidence: the same legal form, in words.
    MatchSameForm = "match-same-form" ["form"];
    // --- keyed ---
    /// Import: `--key COLUMN` names no column of the header.
    ImportKeyColumnMissing = "import-key-column-missing" ["column", "line", "columns"];
    // --- session 3 ---
    /// `add`: a pair the matcher was sure of, which the curator's
    /// `different` overrules.
    AddWhyOverruled = "add-why-overruled" [];
    /// `add`: a pair over the threshold whose names share few words.
    AddWhyFewWords = "add-why-few-words" [];
    /// `match`: heading of the pairs over the threshold kept apart because
    /// their names share few words.
    MatchKeptApart = "match-kept-apart" ["count"];
}
