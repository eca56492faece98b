//! The `samdiff` binary: all work happens in [`samdiff::cli::run`].

fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(samdiff::cli::run())
}
