//! Colour and stderr messages. Colour goes through `anstream`, which strips
//! it when the stream is not a terminal or `NO_COLOR` is set.

use anstyle::{AnsiColor, Style};
use std::io::Write;

use super::ColorWhen;

/// Apply `--color` globally.
pub fn init(when: ColorWhen) {
    let choice = match when {
        ColorWhen::Auto => anstream::ColorChoice::Auto,
        ColorWhen::Always => anstream::ColorChoice::Always,
        ColorWhen::Never => anstream::ColorChoice::Never,
    };
    choice.write_global();
}

/// Style for error labels.
pub const ERROR: Style = AnsiColor::Red.on_default().bold();
/// Style for warning labels.
pub const WARNING: Style = AnsiColor::Yellow.on_default().bold();
/// Style for headings.
pub const HEADING: Style = Style::new().bold();
/// Style for de-emphasised text (unknown values, evidence).
pub const DIM: Style = Style::new().dimmed();

/// Print `error: MESSAGE` on stderr.
pub fn error_line(message: &str) {
    let mut err = anstream::stderr().lock();
    let _ = writeln!(err, "{ERROR}error{ERROR:#}: {message}");
}

/// Print `note: MESSAGE` on stderr.
pub fn note_line(message: &str) {
    let mut err = anstream::stderr().lock();
    let _ = writeln!(err, "{DIM}note{DIM:#}: {message}");
}

/// `text` wrapped in `style` (stripped later when colour is off).
pub fn paint(style: Style, text: &str) -> String {
    format!("{style}{text}{style:#}")
}

/// Print `warning: MESSAGE` on stderr.
pub fn warning_line(message: &str) {
    let mut err = anstream::stderr().lock();
    let _ = writeln!(err, "{WARNING}warning{WARNING:#}: {message}");
}
