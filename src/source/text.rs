//! Character encodings of text sources: UTF-8 (with or without a
//! byte-order mark), UTF-16 LE/BE with a byte-order mark (Excel's "Unicode
//! text"), and Windows-1252 / ISO-8859-1 (what Norwegian Excel writes for
//! "CSV (semikolonseparert)"), told apart without asking the user.

use encoding_rs::{Encoding as Codec, UTF_16BE, UTF_16LE, WINDOWS_1252};

/// The encoding a text source was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEncoding {
    /// UTF-8 without a byte-order mark.
    Utf8,
    /// UTF-8 with a byte-order mark (Excel's "CSV UTF-8").
    Utf8Bom,
    /// UTF-16 little-endian with a byte-order mark.
    Utf16Le,
    /// UTF-16 big-endian with a byte-order mark.
    Utf16Be,
    /// Windows-1252 (a superset of ISO-8859-1's printable characters).
    Windows1252,
}

impl TextEncoding {
    /// The name shown in import notes.
    pub fn label(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "UTF-8",
            TextEncoding::Utf8Bom => "UTF-8 with byte-order mark",
            TextEncoding::Utf16Le => "UTF-16 LE",
            TextEncoding::Utf16Be => "UTF-16 BE",
            TextEncoding::Windows1252 => "Windows-1252",
        }
    }
}

/// Why bytes could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// A NUL byte at this offset, outside UTF-16.
    Binary(usize),
    /// Invalid data in a file whose byte-order mark promised UTF-8 or UTF-16.
    Invalid {
        /// Offset of the first bad byte.
        pos: usize,
        /// The encoding the byte-order mark named.
        encoding: TextEncoding,
    },
    /// Neither UTF-8 nor plausible Windows-1252 text: the first byte that
    /// is not UTF-8, at this offset.
    Unknown(usize),
}

/// Characters outside ASCII that Windows-1252 text in a Nordic or Western
/// document plausibly holds besides letters: typographic punctuation and
/// the few symbols office documents print.
const PLAUSIBLE_SYMBOLS: &str = "–—‘’‚“”„«»•…§°€½¼¾±´¨\u{a0}©®™¶ªº¹²³¡¿";

/// Most letters outside ASCII that a Windows-1252 reading may show in a
/// row of such letters (`ÐÒÉ×ÅÔ`). Western words mix them with ASCII
/// letters ("Øyer", "særskilt"); text in another 8-bit encoding (KOI8-R,
/// ISO-8859-5) read as Windows-1252 makes long runs of them. Four allows
/// "æøå"-style words such as "øyå", never a whole foreign word.
pub const MAX_NON_ASCII_LETTER_RUN: usize = 4;

/// Decode `bytes`, choosing the encoding by byte-order mark, then UTF-8,
/// then a Windows-1252 reading that must look like Western text.
pub fn decode_bytes(bytes: &[u8]) -> Result<(String, TextEncoding), DecodeError> {
    let utf16 = |codec: &'static Codec, rest: &[u8], enc| {
        match codec.decode_without_bom_handling_and_without_replacement(rest) {
            Some(s) => Ok((s.into_owned(), enc)),
            None => {
                // Find the first unit that does not decode, for the message.
                let pos = (0..rest.len() / 2)
                    .map(|i| i * 2)
                    .find(|&i| {
                        codec
                            .decode_without_bom_handling_and_without_replacement(&rest[..i + 2])
                            .is_none()
                            && !is_high_surrogate(codec, &rest[i..i + 2])
                    })
                    .unwrap_or(rest.len().saturating_sub(1));
                Err(DecodeError::Invalid {
                    pos: pos + 2,
                    encoding: enc,
                })
            }
        }
    };
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(UTF_16LE, rest, TextEncoding::Utf16Le);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(UTF_16BE, rest, TextEncoding::Utf16Be);
    }
    if let Some(pos) = memchr::memchr(0, bytes) {
        return Err(DecodeError::Binary(pos));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return match std::str::from_utf8(rest) {
            Ok(s) => Ok((s.to_owned(), TextEncoding::Utf8Bom)),
            Err(e) => Err(DecodeError::Invalid {
                pos: e.valid_up_to() + 3,
                encoding: TextEncoding::Utf8Bom,
            }),
        };
    }
    let first_bad = match std::str::from_utf8(bytes) {
        Ok(s) => return Ok((s.to_owned(), TextEncoding::Utf8)),
        Err(e) => e.valid_up_to(),
    };
    let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
    if plausible_western(&text) {
        Ok((text.into_owned(), TextEncoding::Windows1252))
    } else {
        Err(DecodeError::Unknown(first_bad))
    }
}

fn is_high_surrogate(codec: &'static Codec, unit: &[u8]) -> bool {
    let v = if codec == UTF_16LE {
        u16::from_le_bytes([unit[0], unit[1]])
    } else {
        u16::from_be_bytes([unit[0], unit[1]])
    };
    (0xD800..0xDC00).contains(&v)
}

/// Whether a Windows-1252 reading looks like Western text: every character
/// outside ASCII is a Latin letter or a plausible symbol, and letters
/// outside ASCII do not run on ([`MAX_NON_ASCII_LETTER_RUN`]).
fn plausible_western(text: &str) -> bool {
    let mut run = 0;
    for c in text.chars() {
        if c.is_ascii() {
            run = 0;
            continue;
        }
        if c.is_alphabetic() && (c as u32) < 0x250 {
            run += 1;
            if run > MAX_NON_ASCII_LETTER_RUN {
                return false;
            }
        } else if PLAUSIBLE_SYMBOLS.contains(c) {
            run = 0;
        } else {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings() {
        let (s, e) = decode_bytes("Øyer;x".as_bytes()).unwrap();
        assert_eq!((s.as_str(), e), ("Øyer;x", TextEncoding::Utf8));
        let (s, e) = decode_bytes(b"\xEF\xBB\xBF\xC3\x98yer").unwrap();
        assert_eq!((s.as_str(), e), ("Øyer", TextEncoding::Utf8Bom));
        let (s, e) = decode_bytes(b"\xD8yer;S\xE6rskilt \x96 kj\xF8p\r\n").unwrap();
        assert_eq!(s, "Øyer;Særskilt – kjøp\r\n");
        assert_eq!(e, TextEncoding::Windows1252);
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Øyer\tx".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        assert_eq!(
            decode_bytes(&le).unwrap(),
            ("Øyer\tx".to_owned(), TextEncoding::Utf16Le)
        );
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Å".encode_utf16().flat_map(|u| u.to_be_bytes()))
            .collect();
        assert_eq!(decode_bytes(&be).unwrap().1, TextEncoding::Utf16Be);
    }

    #[test]
    fn rejects_what_is_not_text() {
        assert_eq!(decode_bytes(b"ab\x00"), Err(DecodeError::Binary(2)));
        // KOI8-R "привет" read as Windows-1252 is a run of six letters.
        assert_eq!(
            decode_bytes(b"ok \xD0\xD2\xC9\xD7\xC5\xD4"),
            Err(DecodeError::Unknown(3))
        );
        // Shift-JIS: lead bytes become quotation marks and control codes.
        assert!(matches!(
            decode_bytes(b"\x82\xa0\x82\xa2"),
            Err(DecodeError::Unknown(0))
        ));
        assert_eq!(
            decode_bytes(b"\xEF\xBB\xBFok\xFF"),
            Err(DecodeError::Invalid {
                pos: 5,
                encoding: TextEncoding::Utf8Bom
            })
        );
    }
}
