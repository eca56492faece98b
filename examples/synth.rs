//! Write synthetic data for the scale scripts (issue 16):
//!
//! ```text
//! cargo run --release --example synth -- snapshots N DIR   # a pair of snapshot files + sources
//! cargo run --release --example synth -- register N DIR    # old.csv, new.csv, truth.json
//! ```

#[path = "../benches/support/synth.rs"]
mod synth;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (what, n, dir) = match args.as_slice() {
        [what, n, dir] => match n.replace('_', "").parse::<usize>() {
            Ok(n) => (what.as_str(), n, PathBuf::from(dir)),
            Err(_) => return usage(),
        },
        _ => return usage(),
    };
    let done = match what {
        "snapshots" => synth::write_snapshot_dir(&dir, n),
        "register" => (|| {
            std::fs::create_dir_all(&dir)?;
            let (old, new, truth) = synth::register_pair(n);
            std::fs::write(dir.join("old.csv"), old)?;
            std::fs::write(dir.join("new.csv"), new)?;
            let counts = serde_json::json!({
                "rows": n,
                "removed": truth.removed.len(),
                "added": truth.added.len(),
                "renamed": truth.renamed.len(),
                "changed": truth.changed.len(),
                "truth": truth,
            });
            std::fs::write(dir.join("truth.json"), counts.to_string())
        })(),
        _ => return usage(),
    };
    match done {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("synth: {}: {e}", dir.display());
            ExitCode::from(2)
        }
    }
}

fn usage() -> ExitCode {
    eprintln!("usage: synth snapshots|register N DIR");
    ExitCode::from(2)
}
