//! The `samdiff` binary: all work happens in [`samdiff::cli::run`].

/// mimalloc rather than the system's malloc: the commands that read a
/// register or a large set make and free millions of small strings
/// (Cargo.toml says which build, and why).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(samdiff::cli::run())
}
