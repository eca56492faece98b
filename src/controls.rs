//! Control characters: the one definition of what may not reach a terminal
//! or a file as is, and the one escaper.
//!
//! A control character in data can act on the reader's terminal (`ESC ]0;`
//! sets the window title, `ESC [2J` clears the screen, backspace hides
//! text) or disguise text (bidirectional overrides). samdiff refuses them
//! where data comes in (snapshot and registry files, imported documents,
//! each with `path:line:col`) and escapes any that would still reach its
//! messages, so stdout, `-o` files and stderr show the same visible text.

use std::borrow::Cow;

/// Whether `c` may not be shown as is: C0 controls other than tab and line
/// feed, DEL, C1 controls, and the bidirectional embedding, override and
/// isolate characters (U+202A..U+202E, U+2066..U+2069).
pub fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || ('\u{202A}'..='\u{202E}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// Whether `s` holds an unsafe character ([`is_unsafe`]), not counting
/// `\r` when `allow_cr`. A scan of the bytes, for large texts: only the
/// bytes that can begin an unsafe character are decoded.
pub fn has_unsafe(s: &str, allow_cr: bool) -> bool {
    /// Bytes checked together: a block without a suspect byte is passed
    /// over in a few vector instructions (no early exit inside it).
    const BLOCK: usize = 64;
    let cr: u8 = if allow_cr { 0 } else { 0xff };
    // Branch-free, so that a block compiles to vector instructions.
    let c0 = |b: u8| -> u8 {
        let low = (b < 0x20) as u8 & (b != b'\n') as u8 & (b != b'\t') as u8;
        (low & ((b != b'\r') as u8 | cr)) | (b == 0x7f) as u8
    };
    // A byte and the two after it: C1 controls (U+0080..U+009F) are
    // C2 80..C2 9F, the bidirectional controls E2 80 AA..E2 80 AE and
    // E2 81 A6..E2 81 A9. Text that is full of `§` (C2 A7) and dashes
    // (E2 80 93) is passed over as quickly as plain ASCII.
    let suspect = |x: u8, y: u8, z: u8| -> u8 {
        let c1 = (x == 0xc2) as u8 & (y < 0xa0) as u8;
        let e2 = (x == 0xe2) as u8;
        let bidi = ((y == 0x80) as u8 & (z.wrapping_sub(0xaa) < 5) as u8)
            | ((y == 0x81) as u8 & (z.wrapping_sub(0xa6) < 4) as u8);
        c0(x) | c1 | (e2 & bidi)
    };
    let bytes = s.as_bytes();
    let exact = |from: usize, to: usize| {
        bytes[from..to].iter().enumerate().any(|(j, &b)| match b {
            // A lead byte: the character starts here.
            0xc2 | 0xe2 => s[from + j..].chars().next().is_some_and(is_unsafe),
            _ => c0(b) != 0,
        })
    };
    let mut k = 0;
    // Each block reads two bytes past its end: the last blocks are
    // checked character by character.
    while k + BLOCK + 2 <= bytes.len() {
        let w: &[u8; BLOCK + 2] = bytes[k..k + BLOCK + 2]
            .try_into()
            .unwrap_or(&[0; BLOCK + 2]);
        let any = (0..BLOCK).fold(0, |any, i| any | suspect(w[i], w[i + 1], w[i + 2]));
        if any != 0 && exact(k, k + BLOCK) {
            return true;
        }
        k += BLOCK;
    }
    exact(k, bytes.len())
}

/// The first unsafe character of `s`: its character index and the
/// character.
pub fn first_unsafe(s: &str) -> Option<(usize, char)> {
    s.chars().enumerate().find(|(_, c)| is_unsafe(*c))
}

/// `U+001B`: how a refused character is named in messages.
pub fn code_point(c: char) -> String {
    format!("U+{:04X}", c as u32)
}

/// `s` with every unsafe character written as `\u{1b}` (visible, and the
/// same on a terminal, in a pipe and in a file).
pub fn escape_controls(s: &str) -> Cow<'_, str> {
    if !has_unsafe(s, false) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_unsafe(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// [`escape_controls`] for a whole document, keeping the carriage return
/// of each `\r\n` line ending (which line splitting removes).
pub fn escape_document(s: &str) -> Cow<'_, str> {
    if !has_unsafe(s, false) {
        return Cow::Borrowed(s);
    }
    let lines: Vec<String> = s
        .split('\n')
        .map(|l| match l.strip_suffix('\r') {
            Some(body) => format!("{}\r", escape_controls(body)),
            None => escape_controls(l).into_owned(),
        })
        .collect();
    Cow::Owned(lines.join("\n"))
}

/// The first unsafe character of `lines` (1-based line and character
/// column), allowing the form feed that PDF text extraction writes between
/// pages.
pub fn first_unsafe_in_lines(lines: &[String]) -> Option<(usize, usize, char)> {
    lines.iter().enumerate().find_map(|(i, l)| {
        l.chars()
            .enumerate()
            .find(|&(_, c)| is_unsafe(c) && c != '\u{c}')
            .map(|(col, c)| (i + 1, col + 1, c))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_byte_scan_agrees_with_the_characters() {
        let samples = [
            "",
            "plain",
            "tab\tand\nnewline",
            "cr\r\n",
            "esc\u{1b}[31m",
            "del\u{7f}",
            "c1\u{85}",
            "nbsp\u{a0}ø",
            "bidi\u{202e}x",
            "iso\u{2068}",
            "dash – ok",
            "€",
            "\u{2069}",
            "\u{2065}\u{202f}",
            "§ 28-1 b\u{2029}\u{206a}",
            "\u{9f}",
            "\u{202a}",
        ];
        // Each sample at every offset around the scan's 64-byte blocks.
        for (s, pad) in samples.iter().flat_map(|s| (0..70).map(move |n| (s, n))) {
            let s = &format!("{}{s}", "å".repeat(pad / 2) + &"a".repeat(pad % 2));
            for allow_cr in [false, true] {
                let want = s.chars().any(|c| is_unsafe(c) && !(allow_cr && c == '\r'));
                assert_eq!(has_unsafe(s, allow_cr), want, "{s:?} {allow_cr}");
            }
        }
    }

    #[test]
    fn escapes_what_acts_on_a_terminal() {
        assert_eq!(
            escape_controls("a\u{1b}]0;owned\u{7}b\u{8}\u{202e}c\n\td"),
            "a\\u{1b}]0;owned\\u{7}b\\u{8}\\u{202e}c\n\td"
        );
        assert!(matches!(escape_controls("Øyer – x"), Cow::Borrowed(_)));
        assert_eq!(first_unsafe("ab\u{9b}c"), Some((2, '\u{9b}')));
        assert_eq!(code_point('\u{1b}'), "U+001B");
        assert_eq!(escape_document("a\r\nb\u{7}\r\n"), "a\r\nb\\u{7}\r\n");
        let lines = ["ok\u{c}".to_owned(), "x\u{1b}".to_owned()];
        assert_eq!(first_unsafe_in_lines(&lines), Some((2, 2, '\u{1b}')));
    }
}
