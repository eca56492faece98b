//! The diff engine: what changed between dated snapshots.
//!
//! ```text
//! Snapshot, Snapshot --diff_snapshots--> Changelog --render--> text | json | markdown
//! [Snapshot]          --log_snapshots--> Changelog (every consecutive pair, date order)
//! [Snapshot], id      --history-------> History (one arrangement through all snapshots)
//! ```
//!
//! Arrangements are paired by id ([`pair_arrangements`]); each aspect of a
//! pair is decided by one small function in `engine.rs`. Facts the
//! snapshots do not contain (legal-form vocabulary, county mergers, titles
//! renamed by law) come from a [`DomainKnowledge`]; [`NoKnowledge`] knows
//! none and treats every different normalised form as a change.
//!
//! ```
//! use samdiff::diff::{diff_snapshots, NoKnowledge};
//! # let json = r#"{"format":"samdiff-snapshot/1","id":"a","title":"t","publisher":"p",
//! #  "as_of":{"precision":"year","date":"2019"},"kind":"inventory",
//! #  "scope":{"covers":["Øyer"]},"source":{"path":"sources/a.txt","sha256":"00"},
//! #  "table":{"columns":["Øyer"],"order":"printed"},
//! #  "arrangements":[{"id":"x","name":"X","participation":{"Øyer":"yes"},
//! #  "status":{"state":"active"},"provenance":[{"lines":[3]}]}]}"#;
//! let before: samdiff::model::Snapshot = serde_json::from_str(json).unwrap();
//! let mut after = before.clone();
//! after.id = "b".into();
//! after.arrangements.clear();
//! let log = diff_snapshots(&before, &after, &NoKnowledge);
//! assert_eq!(log.changes[0].kind.as_str(), "ended");
//! ```
//!
//! # Change kinds
//!
//! The `kind` values are a public contract: they are never renamed or
//! removed. Groups are the order in which text and Markdown reports show
//! them (big events first).
//!
//! | kind | group | meaning | `before` / `after` |
//! |---|---|---|---|
//! | `ended` | ended | listed earlier, gone from a later *inventory* that covers a municipality taking part (yes); or marked as ended | status / status |
//! | `notice_given` | ended | notice of termination appears (who, effective when) | status / status |
//! | `added` | added | listed later, absent from an earlier inventory that covers a participant; a `proposed` / `under_study` status says it is a study, not an established arrangement | – / status |
//! | `reappeared` | added | (log only) added at this step, but listed in an earlier snapshot; `before` evidence cites the last listing | status / status |
//! | `host_changed` | host and form | host municipality changed; unknown on either side is never a change | host / host |
//! | `legal_form_changed` | host and form | a substantive change of legal form or basis | form / form |
//! | `participant_joined` | members | a municipality declared by both snapshots went no (or considering) → yes | participation |
//! | `participant_left` | members | yes → no (or considering) | participation |
//! | `partner_joined` | members | another partner (county, institution, outside municipality) appears | – / partner |
//! | `partner_left` | members | another partner disappears | partner / – |
//! | `partner_succeeded` | members | a partner replaced by its successor (a merger), not a removal plus an addition; needs domain knowledge | partner / partner |
//! | `renamed` | other | printed name differs; `similarity` 0–1; `cosmetic` if only case/punctuation/whitespace differ or the curator normalised both to one name | name / name |
//! | `category_changed` | other | moved to another section (policy area) | category / category |
//! | `legal_form_relabelled` | other | same legal basis under a new label (a section of the 1992 act continued by the 2018 act); `cosmetic` when only the printing differs | form / form |
//! | `status_changed` | other | any other status transition (proposed → active, notice withdrawn, …) | status / status |
//! | `comment_changed` | other | comment text changed; word diff in `words`; `cosmetic` if only case/punctuation/whitespace | comment / comment |
//! | `participation_uncertain` | other | participation went between known and unknown, or between no and considering; never reported as joined or left | participation |
//! | `left_scope` | scope | gone from a later document that does not cover any participant: not an ending. `uncertain` when a covered municipality's participation is unknown, so it may be an ending | status / – |
//! | `entered_scope` | scope | symmetric: new to a document whose predecessor did not cover it | – / status |
//!
//! Rules the engine follows:
//! - absence from an inventory whose `scope.exhaustive` is false (a prose
//!   page) proves nothing: it does not list every arrangement, so a presence
//!   change against it is `entered_scope` / `left_scope` with `uncertain` and
//!   `absence: not_exhaustive`;
//! - a *plan* covers nobody: it lists proposals, not the arrangements that
//!   exist, so a presence change against it is `entered_scope` / `left_scope`
//!   with `absence: plan`, never `uncertain` (never a possible ending);
//! - the doubt of two documents whose dates overlap makes only an `added` or
//!   `ended` `uncertain`; out of scope is out of scope in either order;
//! - a prose paragraph heading is not a policy area: `category_changed` needs
//!   both sides printed as table rows; a name taken from a sentence makes a
//!   `renamed` change `uncertain` ("named differently");
//! - an arrangement listed as ended on one side and absent on the other is
//!   no change (its ending was reported when it was marked);
//! - an empty legal form, an unknown host, or a section/comment column the
//!   document does not print at all is *unknown*, never a change;
//! - participation is compared only for municipalities both snapshots declare.
//!
//! The JSON form of a [`Changelog`] is described in [`crate::render::wire`].

mod change;
mod comment;
mod engine;
mod knowledge;
mod log;
mod scope;
#[cfg(test)]
pub(crate) mod testutil;

pub use change::{
    Change, ChangeKind, Changelog, Evidence, Filter, Group, Reason, Side, SnapshotInfo, Value,
    WordEdit, WordOp, value_text,
};
pub use comment::{
    comments_cosmetically_equal, cosmetic_key, cosmetically_equal, similarity, word_diff,
};
pub use engine::{
    Pair, Printed, diff_arrangement, diff_snapshots, diff_snapshots_printed, pair_arrangements,
    status_kind,
};
pub use knowledge::{DomainKnowledge, FormRelation, Interval, NoKnowledge};
pub use log::{
    FUZZY_THRESHOLD, History, HistoryRow, date_order, find_arrangement, history, log_snapshots,
};
pub use scope::{Absence, absence, lists_everything, scope_basis};
