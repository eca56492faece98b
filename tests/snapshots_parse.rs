//! Every curated snapshot in `snapshots/` deserialises into the model
//! (unknown fields are errors) and points at a verbatim source whose
//! SHA-256 matches the one it records.

use samdiff::model::{SNAPSHOT_FORMAT, Snapshot};
use sha2::{Digest, Sha256};
use std::fs;
use std::path::{Path, PathBuf};

fn snapshot_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("snapshots");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("snapshots/ exists")
        .map(|e| e.expect("readable dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .filter(|p| p.file_name().is_some_and(|n| n != "registry.json"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_snapshot_parses_and_matches_its_source() {
    let files = snapshot_files();
    assert!(
        !files.is_empty(),
        "expected five snapshots, found {files:?}"
    );
    for path in files {
        let text = fs::read_to_string(&path).expect("readable snapshot");
        let snap: Snapshot =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(snap.format, SNAPSHOT_FORMAT, "{}", path.display());
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        assert_eq!(snap.id.as_str(), stem, "file name and id differ");
        let source = path.parent().expect("has a parent").join(&snap.source.path);
        let bytes = fs::read(&source).unwrap_or_else(|e| panic!("{}: {e}", source.display()));
        let digest: String = Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(
            digest,
            snap.source.sha256,
            "{}: sha256 of {}",
            path.display(),
            source.display()
        );
        println!("{}: {} arrangements", snap.id, snap.arrangements.len());
    }
}
