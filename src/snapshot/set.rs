//! A set of loaded snapshots from the embedded data, a directory or files,
//! sorted by date, with lookup by id or year.

use include_dir::{Dir, include_dir};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::error::{Error, Issue, Location, Result, io_reason};
use crate::i18n::{Msg, Text, TextArg};
use crate::input::InputError;
use crate::model::{Snapshot, SnapshotKind};

use super::read::parse_snapshot;
use super::validate::{SourceLookup, validate_snapshot};

/// The curated snapshots and their sources, compiled into the binary.
pub static EMBEDDED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/snapshots");

/// The file in a snapshot directory that holds domain data, not a snapshot.
pub const REGISTRY_FILE: &str = "registry.json";

/// One snapshot with where it came from and its source document's text.
#[derive(Debug, Clone)]
pub struct LoadedSnapshot {
    /// The snapshot itself.
    pub snapshot: Snapshot,
    /// The file it was read from, as shown in messages
    /// (`embedded:region-2019.json` for built-in data).
    pub origin: String,
    /// The source document's text (validated against its SHA-256).
    pub source_text: String,
    /// Byte offsets of the source's lines, built on first use so that
    /// [`LoadedSnapshot::source_line`] is a lookup, not a rescan (issue 16).
    line_starts: OnceLock<LineIndex>,
}

/// Where each line of a text starts, and the text's length it was built
/// for (a changed text is rescanned rather than misread).
#[derive(Debug, Clone)]
struct LineIndex {
    len: usize,
    starts: Vec<usize>,
}

impl LineIndex {
    fn of(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1)
                .filter(|&i| i < text.len()),
        );
        if text.is_empty() {
            starts.clear();
        }
        LineIndex {
            len: text.len(),
            starts,
        }
    }
}

impl LoadedSnapshot {
    /// A loaded snapshot from its parts.
    pub fn new(snapshot: Snapshot, origin: impl Into<String>, source_text: String) -> Self {
        LoadedSnapshot {
            snapshot,
            origin: origin.into(),
            source_text,
            line_starts: OnceLock::new(),
        }
    }

    /// Line `n` (1-based) of the source document, as `str::lines` reads it
    /// (without its `\n` or `\r\n`).
    pub fn source_line(&self, n: u32) -> Option<&str> {
        let i = (n as usize).checked_sub(1)?;
        let text = self.source_text.as_str();
        let idx = self.line_starts.get_or_init(|| LineIndex::of(text));
        if idx.len != text.len() {
            return text.lines().nth(i);
        }
        let start = *idx.starts.get(i)?;
        let end = idx.starts.get(i + 1).copied().unwrap_or(text.len());
        let raw = &text[start..end];
        Some(match raw.strip_suffix('\n') {
            Some(r) => r.strip_suffix('\r').unwrap_or(r),
            None => raw,
        })
    }
}

/// Snapshots sorted by date (earliest possible day, then latest, then id),
/// so that every listing and every log is in one deterministic order.
#[derive(Debug, Clone, Default)]
pub struct SnapshotSet {
    /// The snapshots, oldest first.
    pub snapshots: Vec<LoadedSnapshot>,
}

/// What loading a set produced: the good snapshots and the problems with the
/// rest. One bad file does not stop the others from loading.
#[derive(Debug, Default)]
pub struct LoadOutcome {
    /// Every snapshot that loaded without problems.
    pub set: SnapshotSet,
    /// Every problem found, sorted by location.
    pub issues: Vec<Issue>,
    /// How many files could not be read at all (refused or unreadable):
    /// an input error (exit 2), where the other issues are data problems.
    pub unreadable: usize,
}

impl LoadOutcome {
    /// The set, or every issue as one error.
    pub fn into_result(self) -> Result<SnapshotSet> {
        if self.issues.is_empty() {
            Ok(self.set)
        } else {
            Err(Error::Invalid(self.issues))
        }
    }
}

struct EmbeddedSources;

impl SourceLookup for EmbeddedSources {
    fn read_source(&self, rel: &str) -> Result<Vec<u8>, TextArg> {
        EMBEDDED
            .get_file(rel)
            .map(|f| f.contents().to_vec())
            .ok_or_else(|| "no such file in the embedded data".into())
    }
}

struct DirSources(PathBuf);

impl SourceLookup for DirSources {
    fn read_source(&self, rel: &str) -> Result<Vec<u8>, TextArg> {
        crate::input::read_source_in(&self.0, rel).map_err(|e| match e {
            InputError::Io(e) => {
                format!("{}: {}", self.0.join(rel).display(), io_reason(&e)).into()
            }
            InputError::Refused(i) => i.message.into(),
        })
    }
}

/// Parse and validate one snapshot file's bytes.
pub fn load_snapshot_bytes(
    origin: &str,
    bytes: &[u8],
    sources: &dyn SourceLookup,
) -> std::result::Result<LoadedSnapshot, Vec<Issue>> {
    let (snapshot, text) = parse_snapshot(origin, bytes).map_err(|i| vec![i])?;
    let (issues, source_text) = validate_snapshot(origin, &text, &snapshot, sources);
    match source_text {
        Some(source_text) if issues.is_empty() => Ok(LoadedSnapshot::new(
            snapshot,
            origin,
            // Source lines are quoted as evidence: never with a control
            // character that could act on the reader's terminal.
            crate::controls::escape_document(&source_text).into_owned(),
        )),
        _ => Err(issues),
    }
}

impl SnapshotSet {
    /// The curated snapshots compiled into the binary.
    pub fn embedded() -> LoadOutcome {
        let mut files: Vec<_> = EMBEDDED
            .files()
            .filter(|f| is_snapshot_file(f.path()))
            .collect();
        files.sort_by(|a, b| a.path().cmp(b.path()));
        let mut out = LoadOutcome::default();
        for f in files {
            let origin = format!("embedded:{}", f.path().display());
            out.push(load_snapshot_bytes(&origin, f.contents(), &EmbeddedSources));
        }
        out.finish()
    }

    /// Every `*.json` file directly in `dir` (except the registry), with
    /// sources resolved relative to `dir`. Files load in name order.
    pub fn load_dir(dir: &Path) -> Result<LoadOutcome> {
        let entries = std::fs::read_dir(dir).map_err(|source| Error::Io {
            path: dir.display().to_string(),
            source,
        })?;
        let mut paths = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|source| Error::Io {
                path: dir.display().to_string(),
                source,
            })?;
            let p = entry.path();
            if p.is_file() && is_snapshot_file(&p) {
                paths.push(p);
            }
        }
        paths.sort();
        let mut out = LoadOutcome::default();
        for p in paths {
            out.push_file(&p);
        }
        Ok(out.finish())
    }

    /// A directory, or a single snapshot file (its sources resolved relative
    /// to the file's directory).
    pub fn load_path(path: &Path) -> Result<LoadOutcome> {
        let meta = std::fs::metadata(path).map_err(|source| Error::Io {
            path: path.display().to_string(),
            source,
        })?;
        if meta.is_dir() {
            return Self::load_dir(path);
        }
        let mut out = LoadOutcome::default();
        out.push_file(path);
        Ok(out.finish())
    }

    /// The documents of the set, for the catalogue
    /// ([`crate::i18n::Catalog::learn`]), so prose names each by its short
    /// human name rather than its snapshot id.
    pub fn vocabulary(&self) -> crate::i18n::Vocabulary {
        let mut v = crate::i18n::Vocabulary::new();
        for s in &self.snapshots {
            let s = &s.snapshot;
            v.add_document(
                s.id.as_str(),
                crate::i18n::words::DocumentWords {
                    kind: s.kind,
                    exhaustive: s.scope.exhaustive,
                    as_of: s.as_of.clone(),
                },
            );
        }
        v
    }

    /// Inventories only, oldest first: what `log` walks through.
    pub fn inventories(&self) -> impl Iterator<Item = &LoadedSnapshot> {
        self.snapshots
            .iter()
            .filter(|s| s.snapshot.kind == SnapshotKind::Inventory)
    }

    /// Find a snapshot by id, or by a year that exactly one inventory has.
    pub fn resolve(&self, name: &str) -> Result<&LoadedSnapshot> {
        if let Some(s) = self
            .snapshots
            .iter()
            .find(|s| s.snapshot.id.as_str() == name)
        {
            return Ok(s);
        }
        if let Ok(year) = name.parse::<i32>() {
            let hits: Vec<_> = self
                .inventories()
                .filter(|s| s.snapshot.as_of.year() == Some(year))
                .collect();
            match hits.as_slice() {
                [one] => return Ok(one),
                [] => {}
                many => {
                    return Err(Error::AmbiguousSnapshot {
                        name: name.to_owned(),
                        candidates: many
                            .iter()
                            .map(|s| s.snapshot.id.as_str())
                            .collect::<Vec<_>>()
                            .join(", "),
                    });
                }
            }
        }
        let known = self
            .snapshots
            .iter()
            .map(|s| s.snapshot.id.as_str())
            .collect::<Vec<_>>();
        // A year names a snapshot too, when one inventory has it.
        let mut years: Vec<String> = self
            .inventories()
            .filter_map(|s| s.snapshot.as_of.year())
            .map(|y| y.to_string())
            .collect();
        years.sort();
        years.dedup();
        let closest = crate::matching::names::closest(
            name,
            known
                .iter()
                .copied()
                .chain(years.iter().map(String::as_str)),
        );
        Err(Error::UnknownSnapshot {
            name: name.to_owned(),
            known: if known.is_empty() {
                "(no snapshots loaded)".to_owned()
            } else {
                known.join(", ")
            },
            closest: closest.into_iter().map(str::to_owned).collect(),
        })
    }
}

impl LoadOutcome {
    fn push_file(&mut self, p: &Path) {
        let origin = p.display().to_string();
        match crate::input::read_input(p, &origin) {
            Ok(bytes) => {
                let dir = p.parent().map(Path::to_path_buf).unwrap_or_default();
                self.push(load_snapshot_bytes(&origin, &bytes, &DirSources(dir)));
            }
            Err(e) => {
                self.unreadable += 1;
                self.issues.push(e.into_issue(&origin));
            }
        }
    }

    fn push(&mut self, r: std::result::Result<LoadedSnapshot, Vec<Issue>>) {
        match r {
            Ok(s) => self.set.snapshots.push(s),
            Err(issues) => self.issues.extend(issues),
        }
    }

    /// Sort, and report snapshot ids used by more than one file.
    fn finish(mut self) -> Self {
        let snaps = &mut self.set.snapshots;
        snaps.sort_by(|a, b| {
            let (x, y) = (&a.snapshot, &b.snapshot);
            (x.as_of.earliest(), x.as_of.latest(), &x.id).cmp(&(
                y.as_of.earliest(),
                y.as_of.latest(),
                &y.id,
            ))
        });
        let mut by_id: Vec<(&str, &str)> = snaps
            .iter()
            .map(|s| (s.snapshot.id.as_str(), s.origin.as_str()))
            .collect();
        by_id.sort();
        let mut dups = Vec::new();
        for w in by_id.windows(2) {
            if w[0].0 == w[1].0 {
                dups.push(Issue::new(
                    Location::start(w[1].1),
                    Text::new(
                        Msg::IssueDuplicateSnapshotId,
                        vec![("id", w[0].0.into()), ("other", w[0].1.into())],
                    ),
                ));
            }
        }
        self.issues.extend(dups);
        self.issues.sort();
        self
    }
}

/// A snapshot file: `*.json`, except the registry. Only files directly in
/// the directory count (`Dir::files` and `read_dir` do not descend).
fn is_snapshot_file(p: &Path) -> bool {
    p.extension().is_some_and(|e| e == "json") && p.file_name().is_some_and(|n| n != REGISTRY_FILE)
}

/// `cannot read: REASON` (the operating system's reason).
pub(crate) fn cannot_read(e: &std::io::Error) -> Text {
    Text::new(Msg::IssueCannotRead, vec![("reason", io_reason(e).into())])
}

#[cfg(test)]
mod line_index_tests {
    use super::*;

    #[test]
    fn source_line_reads_as_str_lines_does() {
        let texts = [
            "",
            "\n",
            "a",
            "a\n",
            "a\nb",
            "a\r\nb\r\n",
            "\n\nx\n",
            "a\rb\n",
            "end\r",
        ];
        for t in texts {
            let s = LoadedSnapshot::new(
                serde_json::from_value(serde_json::json!({
                    "format": "samdiff-snapshot/1", "id": "x", "title": "x",
                    "publisher": "x", "as_of": {"precision": "day", "date": "2020-01-01"},
                    "kind": "inventory", "scope": {"covers": []},
                    "source": {"path": "x", "sha256": "0"}, "arrangements": []
                }))
                .unwrap(),
                "x",
                t.to_owned(),
            );
            for n in 0..6u32 {
                let want = (n as usize).checked_sub(1).and_then(|i| t.lines().nth(i));
                assert_eq!(s.source_line(n), want, "{t:?} line {n}");
            }
        }
    }
}
