//! Colour and stderr messages (control characters in them escaped, see
//! [`crate::controls`]). Colour goes through `anstream`, which strips
//! it when the stream is not a terminal or `NO_COLOR` is set.

use anstyle::{AnsiColor, Style};
use std::io::Write;

use super::ColorWhen;
use crate::error::{Error, io_reason};
use crate::i18n::{Catalog, Msg};

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

/// Print `error: MESSAGE` on stderr (the label in the catalogue's language).
pub fn error_line(cat: &Catalog, message: &str) {
    let label = cat.text(Msg::ErrorLabel);
    let mut err = anstream::stderr().lock();
    let message = crate::controls::escape_controls(message);
    let _ = writeln!(err, "{ERROR}{label}{ERROR:#}: {message}");
}

/// An error's message in the catalogue's language; every variant is
/// translated (validation issues one per line, each with its location).
pub fn error_text(e: &Error, cat: &Catalog) -> String {
    match e {
        Error::Io { path, source } => cat.get(
            Msg::ErrorRead,
            &[("path", path.into()), ("reason", io_reason(source).into())],
        ),
        Error::Write { path, source } => cat.get(
            Msg::ErrorWrite,
            &[("path", path.into()), ("reason", io_reason(source).into())],
        ),
        Error::UnknownSnapshot {
            name,
            known,
            closest,
        } => crate::error::with_closest(
            crate::i18n::Text::new(
                Msg::ErrorUnknownSnapshot,
                vec![
                    ("name", name.as_str().into()),
                    ("known", known.as_str().into()),
                ],
            ),
            closest,
        )
        .render(cat),
        Error::AmbiguousSnapshot { name, candidates } => cat.get(
            Msg::ErrorAmbiguousSnapshot,
            &[("name", name.into()), ("candidates", candidates.into())],
        ),
        Error::Invalid(issues) => issues
            .iter()
            .map(|i| i.render(cat))
            .collect::<Vec<_>>()
            .join("\n"),
        Error::Usage(text) => text.render(cat),
    }
}

/// Print `note: MESSAGE` on stderr (the label in the catalogue's language).
pub fn note_line(cat: &Catalog, message: &str) {
    let label = cat.text(Msg::NoteLabel);
    let mut err = anstream::stderr().lock();
    let message = crate::controls::escape_controls(message);
    let _ = writeln!(err, "{DIM}{label}{DIM:#}: {message}");
}

/// `text` wrapped in `style` (stripped later when colour is off).
pub fn paint(style: Style, text: &str) -> String {
    format!("{style}{text}{style:#}")
}

/// Print `warning: MESSAGE` on stderr (the label in the catalogue's
/// language).
pub fn warning_line(cat: &Catalog, message: &str) {
    let label = cat.text(Msg::WarningLabel);
    let mut err = anstream::stderr().lock();
    let message = crate::controls::escape_controls(message);
    let _ = writeln!(err, "{WARNING}{label}{WARNING:#}: {message}");
}
