//! Ids for a new document from a whole set of snapshots: match its
//! arrangements against the latest inventory first, then the older ones
//! (so an arrangement that reappears gets its old id), then the plans'
//! proposals and studies (so the arrangement that realises a study takes
//! its id and `samdiff proposals` sees it realised). One-to-one throughout.
//!
//! A pair below [`DEFAULT_THRESHOLD`] but above [`UNCERTAIN_FLOOR`], or a
//! pair with a rival candidate within [`AMBIGUITY_MARGIN`], is *uncertain*:
//! it is never merged or split silently, but listed for a decision
//! ([`Decision`], in a [`ReviewFile`]).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

use super::{Alias, DEFAULT_THRESHOLD, Evidence, MatchBasis, MatchOptions, match_arrangements};
use crate::model::{Arrangement, ArrangementId, Snapshot, SnapshotId, SnapshotKind};

/// Lowest score worth showing a curator as a possible match: below it two
/// names share little more than common words ("Felles …", "Regional …").
/// The closest pair of different arrangements in the 2019 → 2021 overviews
/// scores under 0.70 (see [`DEFAULT_THRESHOLD`]), so 0.60 shows those
/// borderline pairs for review instead of calling them new.
pub const UNCERTAIN_FLOOR: f64 = 0.60;

/// A match whose runner-up scores within this margin is ambiguous: the
/// evidence cannot tell the two candidates apart.
pub const AMBIGUITY_MARGIN: f64 = 0.05;

/// A fuzzy pair whose names are less alike than [`DEFAULT_THRESHOLD`] is
/// certain only if the names share at least this much of their words
/// ([`super::score::word_similarity`]): else host, form and participants
/// carry two different services of one host over the threshold ("Felles
/// barnevernstjeneste" and "Felles brann- og feiertjeneste": 0.69 alike
/// letter by letter, 0.42 word by word, 0.82 with the rest of the row).
pub const CERTAIN_WORD_FLOOR: f64 = 0.5;

/// The `format` value of review files.
pub const REVIEW_FORMAT: &str = "samdiff-review/1";

/// A curator's decision on an uncertain pair.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// The same arrangement: the new row takes the candidate's id.
    Same,
    /// Different arrangements: the new row gets an id of its own.
    Different,
}

/// A review file: the uncertain pairs of one document, each with a
/// `decision` for the curator to fill in (`same` or `different`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewFile {
    /// Always `samdiff-review/1`.
    pub format: String,
    /// The document reviewed, as given on the command line.
    pub document: String,
    /// SHA-256 of the document's bytes: decisions apply to this document only.
    pub sha256: String,
    /// The uncertain pairs.
    pub pairs: Vec<ReviewPair>,
}

/// One uncertain pair.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewPair {
    /// The new document's line that prints the row.
    pub line: u32,
    /// The row's name as printed.
    pub name: String,
    /// The candidate's id in the set.
    pub candidate: String,
    /// The candidate's name as its snapshot prints it.
    pub candidate_name: String,
    /// The snapshot the candidate was found in.
    pub snapshot: String,
    /// The match score (two decimals).
    pub score: f64,
    /// Why it is uncertain and what the score rests on.
    pub evidence: Vec<String>,
    /// `same` or `different`; `null` until decided.
    pub decision: Option<Decision>,
}

/// Why a pair needs a decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Uncertainty {
    /// The score is below the threshold.
    BelowThreshold,
    /// Another candidate scores nearly as well.
    Ambiguous,
    /// The matcher was sure, and the curator decided `different`: the
    /// curator's word stands.
    Overruled,
    /// The score reached the threshold on the rest of the row, but the
    /// names share few words ([`CERTAIN_WORD_FLOOR`]).
    FewSharedWords,
}

/// A pair found in the set.
#[derive(Debug, Clone, PartialEq)]
pub struct SetMatch {
    /// Index of the new arrangement in the draft.
    pub new: usize,
    /// The candidate's id.
    pub id: ArrangementId,
    /// The candidate's name.
    pub name: String,
    /// The snapshot it was found in.
    pub snapshot: SnapshotId,
    /// Score in `[0, 1]`.
    pub score: f64,
    /// What the match rests on.
    pub basis: MatchBasis,
    /// The score's evidence.
    pub evidence: Vec<Evidence>,
    /// Set when the pair needs a decision.
    pub uncertain: Option<Uncertainty>,
    /// The decision given for it, if any.
    pub decision: Option<Decision>,
}

/// How the draft's arrangements got their ids.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IdAssignment {
    /// Pairs taken (certain, or decided `same`).
    pub matched: Vec<SetMatch>,
    /// Uncertain pairs: undecided, or decided `different`.
    pub uncertain: Vec<SetMatch>,
    /// Draft indexes that got an id of their own.
    pub new: Vec<usize>,
    /// Arrangements (studies too) of the latest table inventory (not a
    /// prose page, whose silence says little) the draft does not list:
    /// (id, name).
    pub no_longer_listed: Vec<(ArrangementId, String)>,
    /// The latest table inventory, if the set has one.
    pub latest: Option<SnapshotId>,
}

impl IdAssignment {
    /// Whether some uncertain pair still waits for a decision.
    pub fn needs_decision(&self) -> bool {
        self.uncertain.iter().any(|u| u.decision.is_none())
    }
}

/// Decisions keyed by (new row's line, candidate id).
pub type Decisions = BTreeMap<(u32, String), Decision>;

/// First printed line of an arrangement (the key of decisions).
pub fn first_line(a: &Arrangement) -> u32 {
    a.provenance
        .first()
        .and_then(|c| c.lines.first())
        .copied()
        .unwrap_or(0)
}

/// Give `draft`'s arrangements the ids of their counterparts in `set`
/// (any snapshot with the draft's own id is left out), and fresh ids that
/// no snapshot of the set uses to the rest. Returns the rewritten draft
/// and how each id was decided. An undecided uncertain pair leaves its row
/// with a fresh id; the caller must not store it while
/// [`IdAssignment::needs_decision`].
pub fn assign_ids_from_set(
    draft: &Snapshot,
    set: &[&Snapshot],
    aliases: &[Alias],
    decisions: &Decisions,
) -> (Snapshot, IdAssignment) {
    let mut sources: Vec<&Snapshot> = set.iter().copied().filter(|s| s.id != draft.id).collect();
    // Inventories latest first, then plans latest first; ties by id.
    sources.sort_by(|a, b| {
        let k = |s: &Snapshot| {
            (
                s.kind != SnapshotKind::Inventory,
                std::cmp::Reverse(s.as_of.latest()),
                s.id.clone(),
            )
        };
        k(a).cmp(&k(b))
    });
    let opts = MatchOptions {
        threshold: UNCERTAIN_FLOOR,
        aliases: aliases.to_vec(),
        ..MatchOptions::default()
    };
    let mut out = draft.clone();
    let mut result = IdAssignment {
        latest: sources
            .iter()
            .find(|s| s.kind == SnapshotKind::Inventory && s.table.is_some())
            .map(|s| s.id.clone()),
        ..IdAssignment::default()
    };
    let mut open: Vec<usize> = (0..draft.arrangements.len()).collect();
    let mut taken: BTreeSet<ArrangementId> = BTreeSet::new();
    // A register's key first: the same key is the same arrangement,
    // whatever the names say (issue 16). The first source (latest
    // inventory) that lists a key gives its id.
    let mut by_key: BTreeMap<&str, (&Snapshot, &Arrangement)> = BTreeMap::new();
    for src in &sources {
        for a in &src.arrangements {
            if let Some(k) = a.key.as_deref() {
                by_key.entry(k).or_insert((*src, a));
            }
        }
    }
    if !by_key.is_empty() {
        open.retain(|&i| {
            let x = &draft.arrangements[i];
            let Some(&(src, cand)) = x.key.as_deref().and_then(|k| by_key.get(k)) else {
                return true;
            };
            if !taken.insert(cand.id.clone()) {
                return true;
            }
            out.arrangements[i].id = cand.id.clone();
            result.matched.push(SetMatch {
                new: i,
                id: cand.id.clone(),
                name: cand.name.clone(),
                snapshot: src.id.clone(),
                score: 1.0,
                basis: MatchBasis::Key,
                evidence: vec![],
                uncertain: None,
                decision: None,
            });
            false
        });
    }
    // A curator's `same` for a pair the matcher did not propose links it
    // directly (a rename no score can see).
    for ((line, id), d) in decisions {
        if *d != Decision::Same {
            continue;
        }
        let Some(new) = open
            .iter()
            .copied()
            .find(|&i| first_line(&draft.arrangements[i]) == *line)
        else {
            continue;
        };
        let Some((src, cand)) = sources.iter().find_map(|s| {
            s.arrangements
                .iter()
                .find(|a| a.id.as_str() == id)
                .map(|a| (s, a))
        }) else {
            continue;
        };
        if taken.contains(&cand.id) {
            continue;
        }
        taken.insert(cand.id.clone());
        out.arrangements[new].id = cand.id.clone();
        open.retain(|&i| i != new);
        result.matched.push(SetMatch {
            new,
            id: cand.id.clone(),
            name: cand.name.clone(),
            snapshot: src.id.clone(),
            score: 1.0,
            basis: MatchBasis::Id,
            evidence: vec![],
            uncertain: None,
            decision: Some(Decision::Same),
        });
    }
    // Uncertain pairs wait here: a certain match in an older snapshot
    // supersedes them; otherwise they need a decision.
    let mut pending: Vec<SetMatch> = Vec::new();
    for src in &sources {
        let left_owned: Vec<Arrangement> = src
            .arrangements
            .iter()
            .filter(|a| !taken.contains(&a.id))
            .cloned()
            .collect();
        let right: Vec<Arrangement> = open
            .iter()
            .map(|&i| draft.arrangements[i].clone())
            .collect();
        if left_owned.is_empty() || right.is_empty() {
            continue;
        }
        let m = match_arrangements(&left_owned, &right, &opts);
        let mut closed = BTreeSet::new();
        for mt in &m.matches {
            let new = open[mt.b];
            let mut cand = &left_owned[mt.a];
            let mut uncertain = None;
            let mut same_rival: Option<(Arrangement, super::Match)> = None;
            if mt.basis == MatchBasis::Fuzzy && mt.score < DEFAULT_THRESHOLD {
                uncertain = Some(Uncertainty::BelowThreshold);
            } else if mt.basis == MatchBasis::Fuzzy
                && few_shared_words(mt, cand, &right[mt.b], &opts)
            {
                uncertain = Some(Uncertainty::FewSharedWords);
            } else if mt.basis == MatchBasis::Fuzzy {
                let rivals: Vec<Arrangement> = left_owned
                    .iter()
                    .enumerate()
                    .filter(|(k, _)| *k != mt.a)
                    .map(|(_, a)| a.clone())
                    .collect();
                let near = MatchOptions {
                    threshold: (mt.score - AMBIGUITY_MARGIN).max(UNCERTAIN_FLOOR),
                    ..opts.clone()
                };
                let r = match_arrangements(&rivals, std::slice::from_ref(&right[mt.b]), &near);
                for rm in &r.matches {
                    uncertain = Some(Uncertainty::Ambiguous);
                    // The rival is a candidate for the same decision.
                    let rival = &rivals[rm.a];
                    let decision = decisions
                        .get(&(first_line(&draft.arrangements[new]), rival.id.to_string()))
                        .copied();
                    if decision == Some(Decision::Same) {
                        same_rival = Some((rival.clone(), rm.clone()));
                    } else if !pending.iter().any(|p| p.new == new && p.id == rival.id) {
                        pending.push(SetMatch {
                            new,
                            id: rival.id.clone(),
                            name: rival.name.clone(),
                            snapshot: src.id.clone(),
                            score: rm.score,
                            basis: rm.basis,
                            evidence: rm.evidence.clone(),
                            uncertain: Some(Uncertainty::Ambiguous),
                            decision,
                        });
                    }
                }
            }
            let decided = decisions
                .get(&(first_line(&draft.arrangements[new]), cand.id.to_string()))
                .copied();
            // `different` stands even against a pair the matcher was sure
            // of (by name or score); only a shared key is not overruled.
            if uncertain.is_none() && decided == Some(Decision::Different) {
                uncertain = Some(Uncertainty::Overruled);
            }
            let mut decision = uncertain.and(decided);
            let (mut score, mut basis, mut evidence) = (mt.score, mt.basis, mt.evidence.clone());
            if let Some((rival, rm)) = &same_rival {
                // The curator chose the rival: the first candidate is different.
                if decision.is_none() {
                    pending.push(SetMatch {
                        new,
                        id: cand.id.clone(),
                        name: cand.name.clone(),
                        snapshot: src.id.clone(),
                        score,
                        basis,
                        evidence: evidence.clone(),
                        uncertain,
                        decision: Some(Decision::Different),
                    });
                }
                cand = rival;
                (score, basis, evidence) = (rm.score, rm.basis, rm.evidence.clone());
                decision = Some(Decision::Same);
            }
            let found = SetMatch {
                new,
                id: cand.id.clone(),
                name: cand.name.clone(),
                snapshot: src.id.clone(),
                score,
                basis,
                evidence,
                uncertain,
                decision,
            };
            match (uncertain, decision) {
                (None, _) | (Some(_), Some(Decision::Same)) => {
                    taken.insert(cand.id.clone());
                    out.arrangements[new].id = cand.id.clone();
                    result.matched.push(found);
                    closed.insert(new);
                }
                // Decided different, or undecided: the row may still find
                // a certain match in an older snapshot.
                (Some(_), _) => {
                    if !pending.iter().any(|p| p.new == new && p.id == found.id) {
                        pending.push(found);
                    }
                }
            }
        }
        open.retain(|i| !closed.contains(i));
    }
    let certain: BTreeSet<usize> = result.matched.iter().map(|m| m.new).collect();
    result.uncertain = pending
        .into_iter()
        .filter(|p| !certain.contains(&p.new) && !taken.contains(&p.id))
        .collect();
    let matched: BTreeSet<usize> = result.matched.iter().map(|m| m.new).collect();
    let mut used: BTreeSet<String> = set
        .iter()
        .flat_map(|s| s.arrangements.iter().map(|a| a.id.to_string()))
        .collect();
    used.extend(taken.iter().map(|t| t.to_string()));
    for i in 0..out.arrangements.len() {
        if matched.contains(&i) {
            continue;
        }
        let base = out.arrangements[i].id.to_string();
        let mut id = base.clone();
        let mut k = 1;
        while used.contains(&id) {
            k += 1;
            id = format!("{base}-{k}");
        }
        used.insert(id.clone());
        out.arrangements[i].id = ArrangementId(id);
        if !result
            .uncertain
            .iter()
            .any(|u| u.new == i && u.decision.is_none())
        {
            result.new.push(i);
        }
    }
    if let Some(latest) = sources
        .iter()
        .find(|s| s.kind == SnapshotKind::Inventory && s.table.is_some())
    {
        let ids: BTreeSet<&ArrangementId> = out.arrangements.iter().map(|a| &a.id).collect();
        result.no_longer_listed = latest
            .arrangements
            .iter()
            .filter(|a| !ids.contains(&a.id))
            .map(|a| (a.id.clone(), a.name.clone()))
            .collect();
    }
    result.matched.sort_by_key(|m| m.new);
    result.uncertain.sort_by_key(|m| (m.new, m.id.clone()));
    (out, result)
}

/// `m` without the fuzzy pairs whose names share few words
/// ([`CERTAIN_WORD_FLOOR`]), and those pairs: two documents compared
/// without a set keep them apart (an ending and an addition) where `add`
/// asks about them.
pub fn certain_pairs(
    mut m: super::Matching,
    a: &[Arrangement],
    b: &[Arrangement],
    opts: &MatchOptions,
) -> (super::Matching, Vec<super::Match>) {
    let (mut kept, mut apart) = (Vec::new(), Vec::new());
    for mt in m.matches {
        if mt.basis == MatchBasis::Fuzzy && few_shared_words(&mt, &a[mt.a], &b[mt.b], opts) {
            apart.push(mt);
        } else {
            kept.push(mt);
        }
    }
    for mt in &apart {
        m.unmatched_a.push(mt.a);
        m.unmatched_b.push(mt.b);
    }
    m.unmatched_a.sort_unstable();
    m.unmatched_b.sort_unstable();
    m.matches = kept;
    (m, apart)
}

/// Whether a fuzzy pair's names are less alike than the threshold and
/// share fewer words than [`CERTAIN_WORD_FLOOR`].
fn few_shared_words(
    m: &super::Match,
    a: &Arrangement,
    b: &Arrangement,
    opts: &MatchOptions,
) -> bool {
    let names = m
        .evidence
        .iter()
        .find(|e| e.kind == super::EvidenceKind::Name)
        .map_or(0.0, |e| e.weight);
    names < DEFAULT_THRESHOLD && {
        let norm = |x: &Arrangement| super::normalise_name(&x.name, &opts.aliases);
        super::score::word_similarity(&norm(a), &norm(b)) < CERTAIN_WORD_FLOOR
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AsOf, PartialDate, SNAPSHOT_FORMAT, Scope, SourceRef, Status};

    fn snap(id: &str, year: i32, kind: SnapshotKind, rows: &[(&str, &str)]) -> Snapshot {
        Snapshot {
            format: SNAPSHOT_FORMAT.into(),
            id: SnapshotId(id.into()),
            title: id.into(),
            publisher: "p".into(),
            as_of: AsOf::Year {
                date: PartialDate::Year(year),
                evidence: vec![],
            },
            kind,
            scope: Scope {
                covers: vec![],
                mentions: vec![],
                exhaustive: true,
                evidence: vec![],
            },
            source: serde_json::from_value::<SourceRef>(serde_json::json!({
                "path": "sources/x",
                "sha256": ""
            }))
            .unwrap(),
            table: (kind == SnapshotKind::Inventory).then(|| crate::model::TableLayout {
                columns: vec![],
                order: crate::model::ColumnOrderBasis::Printed,
                evidence: vec![],
            }),
            notes: vec![],
            skipped: vec![],
            arrangements: rows
                .iter()
                .enumerate()
                .map(|(i, (id, name))| Arrangement::row(*id, *name, i as u32 + 1))
                .collect(),
            index: Default::default(),
        }
    }

    #[test]
    fn latest_first_then_older_then_plans_and_fresh_ids_avoid_the_set() {
        let old = snap(
            "old",
            2019,
            SnapshotKind::Inventory,
            &[
                ("umk", "Ungdommens kulturmønstring"),
                ("vigsel", "Borgerlig vigsel"),
            ],
        );
        let latest = snap(
            "latest",
            2021,
            SnapshotKind::Inventory,
            &[
                ("vigsel", "Borgerlig vigsel"),
                ("gone", "Nedlagt samarbeid"),
            ],
        );
        let mut plan = snap("plan", 2019, SnapshotKind::Plan, &[("ppt", "PPT")]);
        plan.arrangements[0].status = Status::Proposed;
        let draft = snap(
            "new",
            2022,
            SnapshotKind::Inventory,
            &[
                ("borgerlig-vigsel", "Borgerlig vigsel"),
                ("ungdommens", "Ungdommens kulturmønstring"),
                ("ppt-x", "PPT"),
                ("gone", "Helt nytt"),
            ],
        );
        let (out, r) = assign_ids_from_set(&draft, &[&old, &latest, &plan], &[], &Decisions::new());
        let ids: Vec<&str> = out.arrangements.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["vigsel", "umk", "ppt", "gone-2"]);
        assert_eq!(r.new, [3]);
        assert_eq!(
            r.no_longer_listed,
            [(ArrangementId("gone".into()), "Nedlagt samarbeid".into())]
        );
        assert_eq!(r.matched[1].snapshot.as_str(), "old");
        assert!(!r.needs_decision());
    }

    #[test]
    fn uncertain_pairs_wait_for_a_decision() {
        let latest = snap(
            "latest",
            2021,
            SnapshotKind::Inventory,
            &[("nav", "Felles NAV-kontor Lillehammer")],
        );
        let draft = snap(
            "new",
            2022,
            SnapshotKind::Inventory,
            &[("x", "Felles NAV-kontor Gausdal")],
        );
        let (out, r) = assign_ids_from_set(&draft, &[&latest], &[], &Decisions::new());
        assert!(r.needs_decision(), "{r:?}");
        assert_ne!(out.arrangements[0].id.as_str(), "nav");
        assert!(r.new.is_empty());
        let mut d = Decisions::new();
        d.insert((1, "nav".into()), Decision::Same);
        let (out, r) = assign_ids_from_set(&draft, &[&latest], &[], &d);
        assert_eq!(out.arrangements[0].id.as_str(), "nav");
        assert!(!r.needs_decision());
        d.insert((1, "nav".into()), Decision::Different);
        let (out, r) = assign_ids_from_set(&draft, &[&latest], &[], &d);
        assert_eq!(out.arrangements[0].id.as_str(), "x");
        assert_eq!((r.new.as_slice(), r.uncertain.len()), (&[0][..], 1));
    }

    /// `different` stands against a pair the matcher was sure of, in the
    /// latest inventory and in an older one that lists the same id.
    #[test]
    fn different_overrules_a_certain_match() {
        let old = snap(
            "old",
            2019,
            SnapshotKind::Inventory,
            &[("vigsel", "Borgerlig vigsel")],
        );
        let latest = snap(
            "latest",
            2021,
            SnapshotKind::Inventory,
            &[("vigsel", "Borgerlig vigsel")],
        );
        let draft = snap(
            "new",
            2022,
            SnapshotKind::Inventory,
            &[("borgerlig-vigsel", "Borgerlig vigsel")],
        );
        let (out, r) = assign_ids_from_set(&draft, &[&old, &latest], &[], &Decisions::new());
        assert_eq!(out.arrangements[0].id.as_str(), "vigsel");
        assert!(r.uncertain.is_empty());
        let mut d = Decisions::new();
        d.insert((1, "vigsel".into()), Decision::Different);
        let (out, r) = assign_ids_from_set(&draft, &[&old, &latest], &[], &d);
        assert_eq!(out.arrangements[0].id.as_str(), "borgerlig-vigsel");
        assert_eq!(r.new, [0]);
        assert_eq!(r.uncertain.len(), 1);
        assert_eq!(r.uncertain[0].uncertain, Some(Uncertainty::Overruled));
        assert_eq!(r.uncertain[0].decision, Some(Decision::Different));
        assert!(!r.needs_decision());
    }

    /// Two services of one host, alike letter by letter but not word by
    /// word, wait for a decision though the rest of the row lifts them over
    /// the threshold; a typo in a long name does not.
    #[test]
    fn names_sharing_few_words_are_not_certain() {
        let row = |snap: &mut Snapshot| {
            let a = &mut snap.arrangements[0];
            a.host = crate::model::Host::Participant("Lillehammer".into());
            a.legal_form = Some(crate::model::LegalFormField {
                printed: Some("Vertskommune".into()),
                normalised: Some("kl2018-vertskommune".into()),
                uncertain: false,
            });
            for m in ["Gausdal", "Lillehammer", "Øyer"] {
                a.participation
                    .insert(m.into(), crate::model::Participation::Yes);
            }
        };
        let mut latest = snap(
            "latest",
            2021,
            SnapshotKind::Inventory,
            &[("brann", "Felles brann- og feiertjeneste")],
        );
        row(&mut latest);
        let mut draft = snap(
            "new",
            2022,
            SnapshotKind::Inventory,
            &[("x", "Felles barnevernstjeneste")],
        );
        row(&mut draft);
        let (_, r) = assign_ids_from_set(&draft, &[&latest], &[], &Decisions::new());
        assert!(r.needs_decision(), "{r:?}");
        assert!(r.uncertain[0].score >= DEFAULT_THRESHOLD);
        assert_eq!(r.uncertain[0].uncertain, Some(Uncertainty::FewSharedWords));
        draft.arrangements[0].name = "Felles brann- og feiertjenseste".into();
        let (out, r) = assign_ids_from_set(&draft, &[&latest], &[], &Decisions::new());
        assert_eq!(out.arrangements[0].id.as_str(), "brann");
        assert!(!r.needs_decision());
    }

    #[test]
    fn a_rival_nearly_as_good_makes_a_match_ambiguous() {
        let latest = snap(
            "latest",
            2021,
            SnapshotKind::Inventory,
            &[("a", "Felles legevakt nord"), ("b", "Felles legevakt sør")],
        );
        let draft = snap(
            "new",
            2022,
            SnapshotKind::Inventory,
            &[("x", "Felles legevakt")],
        );
        let (_, r) = assign_ids_from_set(&draft, &[&latest], &[], &Decisions::new());
        assert!(r.matched.is_empty(), "{r:?}");
        assert!(r.needs_decision());
        assert!(
            r.uncertain
                .iter()
                .all(|u| u.uncertain == Some(Uncertainty::Ambiguous)),
            "{r:?}"
        );
        let cands: BTreeSet<&str> = r.uncertain.iter().map(|u| u.id.as_str()).collect();
        assert_eq!(cands, ["a", "b"].into(), "both candidates are listed");
        // Choosing either one gives its id; the other is then different.
        for pick in ["a", "b"] {
            let mut d = Decisions::new();
            d.insert((1, pick.into()), Decision::Same);
            let (out, r) = assign_ids_from_set(&draft, &[&latest], &[], &d);
            assert_eq!(out.arrangements[0].id.as_str(), pick);
            assert!(!r.needs_decision(), "{r:?}");
        }
    }

    #[test]
    fn ids_do_not_depend_on_row_order() {
        let latest = snap(
            "latest",
            2021,
            SnapshotKind::Inventory,
            &[
                ("vigsel", "Borgerlig vigsel"),
                ("brann", "Felles brann- og feiertjeneste"),
                ("geo", "Geodata-samarbeid"),
            ],
        );
        let rows = [
            ("x1", "Geodatasamarbeid"),
            ("x2", "Borgerlig vigsel"),
            ("x3", "Felles brann og feiertjeneste"),
        ];
        let draft = snap("new", 2022, SnapshotKind::Inventory, &rows);
        let mut rev = draft.clone();
        rev.arrangements.reverse();
        let ids = |s: &Snapshot| {
            let (out, _) = assign_ids_from_set(s, &[&latest], &[], &Decisions::new());
            let mut v: Vec<(String, String)> = out
                .arrangements
                .iter()
                .map(|a| (a.name.clone(), a.id.to_string()))
                .collect();
            v.sort();
            v
        };
        assert_eq!(ids(&draft), ids(&rev));
        assert_eq!(ids(&draft).len(), 3);
    }
}
