//! Standard output with colour stripped the quick way.
//!
//! Text renderers paint headings with ANSI styles and rely on the stream
//! to strip them when colour is off (a pipe, a file, `NO_COLOR`).
//! `anstream` strips byte by byte; a changelog of a national register is
//! 85 MB of JSON without a single escape, so a buffer without ESC that
//! starts outside an escape sequence is written as it is. Data never
//! brings ESC of its own: control characters are escaped before output
//! ([`crate::controls`]), so the escapes here are the styles' CSI
//! sequences.

use std::io::{self, StdoutLock, Write};

use anstream::adapter::StripBytes;

/// Where the byte stream stands in an escape sequence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Escape {
    /// Outside any sequence.
    Ground,
    /// Just after ESC.
    Esc,
    /// Inside a CSI sequence (`ESC [`), before its final byte.
    Csi,
}

impl Escape {
    /// The state after `bytes`: only the bytes from the last ESC matter,
    /// or all of them when a sequence is open.
    fn after(self, bytes: &[u8]) -> Escape {
        let (mut state, tail) = match memchr::memrchr(0x1b, bytes) {
            Some(i) => (Escape::Ground, &bytes[i..]),
            None if self == Escape::Ground => return Escape::Ground,
            None => (self, bytes),
        };
        for &b in tail {
            state = match (state, b) {
                (_, 0x1b) => Escape::Esc,
                (Escape::Esc, b'[') => Escape::Csi,
                (Escape::Csi, 0x40..=0x7e) | (Escape::Esc, _) => Escape::Ground,
                (s, _) => s,
            };
        }
        state
    }
}

/// Standard output, locked, stripping styles when colour is off.
pub enum Stdout {
    /// Colour on (or a console that needs translating): `anstream`.
    Auto(anstream::AutoStream<StdoutLock<'static>>),
    /// Colour off: styles stripped, plain buffers passed straight on.
    Strip {
        raw: StdoutLock<'static>,
        strip: StripBytes,
        state: Escape,
    },
}

impl Stdout {
    /// Standard output as `--color` and the terminal decide.
    pub fn new() -> Stdout {
        let stdout = io::stdout();
        match anstream::AutoStream::choice(&stdout) {
            anstream::ColorChoice::Never => Stdout::Strip {
                raw: stdout.lock(),
                strip: StripBytes::new(),
                state: Escape::Ground,
            },
            _ => Stdout::Auto(anstream::stdout().lock()),
        }
    }

    fn strip_into(
        out: &mut dyn Write,
        strip: &mut StripBytes,
        state: &mut Escape,
        buf: &[u8],
    ) -> io::Result<()> {
        if *state == Escape::Ground && memchr::memchr(0x1b, buf).is_none() {
            return out.write_all(buf);
        }
        for piece in strip.strip_next(buf) {
            out.write_all(piece)?;
        }
        *state = state.after(buf);
        Ok(())
    }
}

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Stdout::Auto(s) => s.write(buf),
            Stdout::Strip { raw, strip, state } => {
                Stdout::strip_into(raw, strip, state, buf)?;
                Ok(buf.len())
            }
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Stdout::Auto(s) => s.flush(),
            Stdout::Strip { raw, .. } => raw.flush(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `anstream` makes of `text` in one piece, against the quick
    /// path fed `text` cut at every pair of places.
    #[test]
    fn strips_as_anstream_does_wherever_the_buffers_are_cut() {
        let h = anstyle::Style::new().bold();
        let d = anstyle::Style::new().dimmed();
        let r = anstyle::AnsiColor::Red.on_default().bold();
        let text =
            format!("{h}Tittel{h:#}\n  {d}linje 3{d:#} {{\"a\": [1]}}\n{r}feil{r:#}: x\nslutt");
        let want: Vec<u8> = anstream::adapter::strip_bytes(text.as_bytes()).into_vec();
        assert_eq!(want, b"Tittel\n  linje 3 {\"a\": [1]}\nfeil: x\nslutt");
        let bytes = text.as_bytes();
        for i in 0..=bytes.len() {
            for j in i..=bytes.len() {
                let (mut out, mut strip, mut state) =
                    (Vec::new(), StripBytes::new(), Escape::Ground);
                for piece in [&bytes[..i], &bytes[i..j], &bytes[j..]] {
                    Stdout::strip_into(&mut out, &mut strip, &mut state, piece).unwrap();
                }
                assert_eq!(out, want, "cut at {i} and {j}");
            }
        }
    }
}
