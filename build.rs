//! Rebuild when the curated data changes: `include_dir!` embeds `snapshots/`,
//! but on stable Rust the compiler does not track the files it reads.

fn main() {
    println!("cargo:rerun-if-changed=snapshots");
}
