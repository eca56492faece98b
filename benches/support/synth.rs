//! Synthetic data at any size, deterministic, with a known truth: pairs of
//! snapshot directories for load, audit, report and log, and pairs of keyed
//! register tables for `diff --key`. Shared by the benches, the `synth`
//! example (which the end-to-end and peer scripts call) and the tests.

#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use samdiff::model::*;

/// Municipality columns of every synthetic document.
pub const MUNIS: [&str; 4] = ["Alfa", "Beta", "Gamma", "Delta"];

const FORMS: [(&str, &str); 4] = [
    ("§ 28-1 b", "kl1992-s28-1b"),
    ("IKS", "iks"),
    ("Avtale", "agreement"),
    ("Kommuneloven", "kl2018-vertskommune"),
];

/// One snapshot file and its source document.
pub struct SnapshotFiles {
    /// File name of the snapshot (`synthetic-0.json`).
    pub file: String,
    /// The snapshot as pretty JSON, as `samdiff import` writes it.
    pub json: String,
    /// `source.path` (`sources/synthetic-0.txt`).
    pub source_path: String,
    /// The source document.
    pub source: String,
}

/// Snapshot `variant` (0 = earlier, 1 = later) of `n` arrangements. The
/// later one ends, adds, renames or edits about one arrangement in eleven
/// (about 9 % of them, as in issue 16's table).
pub fn snapshot(n: usize, variant: u32) -> SnapshotFiles {
    let id = format!("synthetic-{variant}");
    let source_path = format!("sources/{id}.txt");
    let mut source = format!(
        "Oversikt over interkommunalt samarbeid {}\n",
        2019 + variant
    );
    source.push_str("Navn\tForm\tAlfa\tBeta\tGamma\tDelta\tMerknad\n");
    let mut arrangements = Vec::with_capacity(n);
    let mut line = 2;
    for i in 0..n {
        let v = if variant == 1 { i % 77 } else { usize::MAX };
        if v == 0 {
            continue; // ended
        }
        let aid = if v == 1 {
            format!("new-{i:07}")
        } else {
            format!("arr-{i:07}")
        };
        let name = if v == 2 {
            format!("Renamed cooperation {i}")
        } else {
            format!("Cooperation {i}")
        };
        let form = FORMS[if v == 3 { (i + 1) % 4 } else { i % 4 }];
        let host = MUNIS[if v == 4 { (i + 1) % 4 } else { i % 4 }];
        let mut participation = BTreeMap::new();
        let mut marks = String::new();
        for (k, m) in MUNIS.iter().enumerate() {
            let yes = ((i + k) % 3 != 0) ^ (v == 5 && k == 1);
            participation.insert(
                Municipality::from(*m),
                if yes {
                    Participation::Yes
                } else {
                    Participation::No
                },
            );
            marks.push_str(if yes { "\tx" } else { "\t" });
        }
        let comment = if v == 6 {
            format!("Hosted by {host}, with the county since the new act")
        } else {
            format!("Hosted by {host}, with the county")
        };
        line += 1;
        let _ = writeln!(source, "{name}\t{}{marks}\t{comment}", form.0);
        let mut a = Arrangement::row(aid.as_str(), name, line);
        a.category = Some(format!("Area {}", i % 12));
        a.legal_form = Some(LegalFormField {
            printed: Some(form.0.into()),
            normalised: Some(form.1.into()),
            uncertain: false,
        });
        a.participation = participation;
        a.host = Host::Participant(host.into());
        a.partners = vec![Partner {
            name: format!("County {}", i % 3),
            kind: PartnerKind::County,
        }];
        a.comment = Some(comment);
        arrangements.push(a);
    }
    let snapshot = Snapshot {
        format: SNAPSHOT_FORMAT.into(),
        id: id.as_str().into(),
        title: format!("Synthetic overview {variant}"),
        publisher: "samdiff synth".into(),
        as_of: AsOf::Day {
            date: PartialDate::Day(
                chrono::NaiveDate::from_ymd_opt(2019 + variant as i32, 1, 1).expect("a real day"),
            ),
            evidence: vec![],
        },
        kind: SnapshotKind::Inventory,
        scope: Scope {
            covers: MUNIS.iter().map(|m| (*m).into()).collect(),
            mentions: vec![],
            exhaustive: true,
            evidence: vec![],
        },
        source: SourceRef {
            path: source_path.clone(),
            sha256: samdiff::snapshot::hex_sha256(source.as_bytes()),
            original_name: None,
            description: None,
            sheet: None,
        },
        table: None,
        notes: vec![],
        skipped: vec![],
        arrangements,
        index: Default::default(),
    };
    let mut json = serde_json::to_string_pretty(&snapshot).expect("a snapshot serialises");
    json.push('\n');
    SnapshotFiles {
        file: format!("{id}.json"),
        json,
        source_path,
        source,
    }
}

/// Write the pair of snapshots of `n` arrangements into `dir`.
pub fn write_snapshot_dir(dir: &std::path::Path, n: usize) -> std::io::Result<()> {
    std::fs::create_dir_all(dir.join("sources"))?;
    for variant in [0, 1] {
        let f = snapshot(n, variant);
        std::fs::write(dir.join(&f.file), &f.json)?;
        std::fs::write(dir.join(&f.source_path), &f.source)?;
    }
    Ok(())
}

/// What changed between the two register files, by key.
#[derive(Debug, Default, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Truth {
    /// Keys only in the old file.
    pub removed: BTreeSet<String>,
    /// Keys only in the new file.
    pub added: BTreeSet<String>,
    /// Keys whose name changed (and nothing else).
    pub renamed: BTreeSet<String>,
    /// Keys whose other cells changed (form, a participation mark, comment).
    pub changed: BTreeSet<String>,
}

impl Truth {
    /// Every changed key, whatever the change.
    pub fn total(&self) -> usize {
        self.removed.len() + self.added.len() + self.renamed.len() + self.changed.len()
    }
}

/// Two keyed register tables (comma-separated, no date, key column `id`
/// first, as a register export prints an organisation number) of `n` rows
/// each, and what changed between them. One row in fifty is removed, one
/// renamed, one gets a new form, one a new participation mark, one a new
/// comment, and as many rows are added as removed, each at the position of
/// a removed row, so order alone pairs nothing: 10 % of keys change.
pub fn register_pair(n: usize) -> (String, String, Truth) {
    let header = format!("id,Navn,Organisering,{},Merknad\n", MUNIS.join(","));
    let (mut old, mut new) = (header.clone(), header);
    let mut truth = Truth::default();
    let row =
        |out: &mut String, key: &str, name: &str, form: &str, marks: [bool; 4], note: &str| {
            out.push_str(key);
            out.push(',');
            out.push_str(name);
            out.push(',');
            out.push_str(form);
            for m in marks {
                out.push_str(if m { ",x" } else { "," });
            }
            out.push(',');
            out.push_str(note);
            out.push('\n');
        };
    for i in 0..n {
        let key = format!("{}", 900_000_000 + i * 7 % 99_999_991);
        let name = format!("Samarbeid om tjeneste {i}");
        let form = FORMS[i % 4].0;
        let marks = [0, 1, 2, 3].map(|k| (i + k) % 3 != 0);
        let note = format!("Merknad {}", i % 1000);
        row(&mut old, &key, &name, form, marks, &note);
        match i % 50 {
            0 => {
                truth.removed.insert(key);
                let added = format!("{}", 800_000_000 + i);
                row(
                    &mut new,
                    &added,
                    &format!("Ny tjeneste {i}"),
                    form,
                    marks,
                    &note,
                );
                truth.added.insert(added);
            }
            1 => {
                row(
                    &mut new,
                    &key,
                    &format!("Omdøpt tjeneste {i}"),
                    form,
                    marks,
                    &note,
                );
                truth.renamed.insert(key);
            }
            2 => {
                row(&mut new, &key, &name, FORMS[(i + 1) % 4].0, marks, &note);
                truth.changed.insert(key);
            }
            3 => {
                let mut m = marks;
                m[1] = !m[1];
                row(&mut new, &key, &name, form, m, &note);
                truth.changed.insert(key);
            }
            4 => {
                row(
                    &mut new,
                    &key,
                    &name,
                    form,
                    marks,
                    &format!("{note} endret"),
                );
                truth.changed.insert(key);
            }
            _ => row(&mut new, &key, &name, form, marks, &note),
        }
    }
    (old, new, truth)
}
