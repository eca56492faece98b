//! serde_json's error messages as catalogue texts.
//!
//! serde writes its messages in English. The well-known ones (unknown or
//! missing field, invalid type, end of file, trailing characters ...) are
//! parsed here into a [`Text`] with the names and values kept verbatim, so
//! a Norwegian reader gets a Norwegian sentence. Anything else keeps
//! serde's English detail inside a translated frame. The English rendering
//! of every text is exactly serde's message: a parse that would not give
//! the same English back falls back to the frame.

use crate::i18n::{Msg, Text, TextArg};

/// `message` (serde_json's, without the ` at line L column C` suffix) as a
/// text; `eof` when serde classified it as an unexpected end of input.
pub(crate) fn serde_text(message: &str, eof: bool) -> Text {
    let parsed = if eof {
        parse_eof(message)
    } else {
        parse(message)
    };
    if let Some(t) = parsed
        && t.english() == expected_english(message, eof)
    {
        return t;
    }
    let detail = vec![("detail", message.into())];
    Text::new(
        if eof {
            Msg::JsonEofOther
        } else {
            Msg::JsonOther
        },
        detail,
    )
}

/// The English the text must render to.
fn expected_english(message: &str, eof: bool) -> String {
    if eof {
        format!("unexpected end of file: {message}")
    } else {
        message.to_owned()
    }
}

fn parse_eof(message: &str) -> Option<Text> {
    let what = message.strip_prefix("EOF while parsing ")?;
    let nb = match what {
        "a list" => "en liste",
        "an object" => "et objekt",
        "a string" => "en tekst",
        "a value" => "en verdi",
        _ => return None,
    };
    Some(Text::new(Msg::JsonEof, vec![("what", local(what, nb))]))
}

fn local(en: &str, nb: &str) -> TextArg {
    TextArg::Local {
        en: en.to_owned(),
        nb: nb.to_owned(),
    }
}

fn parse(m: &str) -> Option<Text> {
    let plain = |msg: Msg| Some(Text::from(msg));
    match m {
        "expected value" => return plain(Msg::JsonExpectedValue),
        "trailing characters" => return plain(Msg::JsonTrailingCharacters),
        "trailing comma" => return plain(Msg::JsonTrailingComma),
        "key must be a string" => return plain(Msg::JsonKeyMustBeString),
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            return plain(Msg::JsonControlCharacter);
        }
        "invalid escape" => return plain(Msg::JsonInvalidEscape),
        "invalid number" => return plain(Msg::JsonInvalidNumber),
        "number out of range" => return plain(Msg::JsonNumberOutOfRange),
        "recursion limit exceeded" => return plain(Msg::JsonRecursionLimit),
        _ => {}
    }
    if let Some(rest) = m.strip_prefix("unknown field ") {
        let (field, tail) = backticked(rest)?;
        return one_of(
            tail,
            [
                Msg::JsonUnknownField,
                Msg::JsonUnknownFieldOne,
                Msg::JsonUnknownFieldNone,
            ],
            ("field", field),
            ", there are no fields",
        );
    }
    if let Some(rest) = m.strip_prefix("unknown variant ") {
        let (value, tail) = backticked(rest)?;
        return one_of(
            tail,
            [
                Msg::JsonUnknownVariant,
                Msg::JsonUnknownVariantOne,
                Msg::JsonUnknownVariantNone,
            ],
            ("value", value),
            ", there are no variants",
        );
    }
    if let Some(rest) = m.strip_prefix("missing field ") {
        let (field, "") = backticked(rest)? else {
            return None;
        };
        return Some(Text::new(
            Msg::JsonMissingField,
            vec![("field", field.into())],
        ));
    }
    if let Some(rest) = m.strip_prefix("duplicate field ") {
        let (field, "") = backticked(rest)? else {
            return None;
        };
        return Some(Text::new(
            Msg::JsonDuplicateField,
            vec![("field", field.into())],
        ));
    }
    for (prefix, msg) in [
        ("invalid type: ", Msg::JsonInvalidType),
        ("invalid value: ", Msg::JsonInvalidValue),
    ] {
        if let Some(rest) = m.strip_prefix(prefix) {
            let (found, expected) = rest.rsplit_once(", expected ")?;
            return Some(Text::new(
                msg,
                vec![
                    ("found", unexpected(found)),
                    ("expected", expectation(expected)),
                ],
            ));
        }
    }
    if let Some(rest) = m.strip_prefix("invalid length ") {
        let (length, expected) = rest.split_once(", expected ")?;
        return Some(Text::new(
            Msg::JsonInvalidLength,
            vec![
                ("length", length.into()),
                ("expected", expectation(expected)),
            ],
        ));
    }
    if let Some(date) = m
        .strip_prefix("invalid date `")
        .and_then(|r| r.split_once("`: expected "))
        .map(|(d, _)| d)
    {
        return Some(invalid_date(date));
    }
    if let Some(rest) = m.strip_prefix("expected ") {
        return Some(match rest.split_once(" or ") {
            Some((a, b)) => Text::new(
                Msg::JsonExpectedEither,
                vec![("first", token(a)), ("second", token(b))],
            ),
            None => Text::new(Msg::JsonExpected, vec![("token", token(rest))]),
        });
    }
    None
}

/// The text of [`crate::model::PartialDate`]'s parse error for `date`.
pub(crate) fn invalid_date(date: &str) -> Text {
    Text::new(Msg::InvalidDate, vec![("date", date.into())])
}

/// `` `name`REST `` → `(name, REST)`.
fn backticked(s: &str) -> Option<(&str, &str)> {
    let s = s.strip_prefix('`')?;
    let end = s.find('`')?;
    Some((&s[..end], &s[end + 1..]))
}

/// The tail of an "unknown field/variant" message: `, expected one of
/// LIST`, `, expected ONE` or `, there are no ...` (`none`).
fn one_of(
    tail: &str,
    [many, one, no]: [Msg; 3],
    (name, value): (&'static str, &str),
    none: &str,
) -> Option<Text> {
    let mut args = vec![(name, TextArg::from(value))];
    if tail == none {
        return Some(Text::new(no, args));
    }
    let (msg, expected) = match tail.strip_prefix(", expected one of ") {
        Some(list) => (many, list),
        None => (one, tail.strip_prefix(", expected ")?),
    };
    args.push(("expected", alternatives(expected)));
    Some(Text::new(msg, args))
}

/// serde's `` `a` or `b` `` (two names), with the `or` translated.
fn alternatives(expected: &str) -> TextArg {
    match expected.split_once("` or `") {
        Some((a, b)) if a.starts_with('`') && b.ends_with('`') && !b.contains(" or ") => {
            local(expected, &format!("{a}` eller `{b}"))
        }
        _ => expected.into(),
    }
}

/// serde's description of what it found (`string "six"`, `integer `5``).
fn unexpected(found: &str) -> TextArg {
    let fixed = match found {
        "null" | "unit value" => Some("null"),
        "map" => Some("et objekt"),
        "sequence" => Some("en liste"),
        _ => None,
    };
    if let Some(nb) = fixed {
        return local(found, nb);
    }
    for (en, nb) in [
        ("string ", "teksten "),
        ("integer ", "heltallet "),
        ("floating point ", "desimaltallet "),
        ("boolean ", "sannhetsverdien "),
        ("character ", "tegnet "),
    ] {
        if let Some(v) = found.strip_prefix(en) {
            return local(found, &format!("{nb}{v}"));
        }
    }
    found.into()
}

/// serde's description of what it expected (`u32`, `a string`).
fn expectation(expected: &str) -> TextArg {
    let nb = match expected {
        "a string" | "a borrowed string" => "en tekst".to_owned(),
        "a sequence" => "en liste".to_owned(),
        "a map" => "et objekt".to_owned(),
        "a boolean" => "true eller false".to_owned(),
        "u8" | "u16" | "u32" | "u64" | "usize" => {
            format!("et heltall fra 0 og oppover ({expected})")
        }
        "i8" | "i16" | "i32" | "i64" | "isize" => format!("et heltall ({expected})"),
        "f32" | "f64" => format!("et tall ({expected})"),
        _ => match expected.strip_prefix("struct ") {
            Some(name) => format!("et objekt ({name})"),
            None => return expected.into(),
        },
    };
    local(expected, &nb)
}

/// A JSON token serde expected (`` `:` ``, `` `,` ``, `ident`).
fn token(t: &str) -> TextArg {
    match t {
        "ident" => local(t, "true, false eller null"),
        "value" => local(t, "en verdi"),
        _ => t.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Catalog, Lang};

    fn nb(t: &Text) -> String {
        t.render(&Catalog::new(Lang::Nb))
    }

    /// Real serde_json messages for broken snapshot JSON.
    fn serde_message(json: &str) -> (String, bool) {
        #[derive(Debug, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct S {
            id: String,
            lines: Vec<u32>,
            name: Option<String>,
        }
        #[derive(Debug, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct Two {
            id: String,
            lines: Vec<u32>,
        }
        if let Some(json) = json.strip_prefix("two:") {
            let e = serde_json::from_str::<Two>(json).unwrap_err();
            let mut m = e.to_string();
            if let Some(i) = m.rfind(" at line ") {
                m.truncate(i);
            }
            return (m, false);
        }
        let e = serde_json::from_str::<S>(json).unwrap_err();
        let mut m = e.to_string();
        if let Some(i) = m.rfind(" at line ") {
            m.truncate(i);
        }
        (m, e.classify() == serde_json::error::Category::Eof)
    }

    #[test]
    fn english_is_serde_verbatim_and_bokmal_is_translated() {
        let cases = [
            (
                r#"{"id": "a", "lines": [], "x": 1}"#,
                "ukjent felt `x`: forventet ett av `id`, `lines`, `name`",
            ),
            (
                r#"two:{"id": "a", "lines": [], "x": 1}"#,
                "ukjent felt `x`: forventet `id` eller `lines`",
            ),
            (r#"{"id": "a"}"#, "mangler feltet `lines`"),
            (
                r#"{"id": "a", "lines": ["six"]}"#,
                "feil type: teksten \"six\", forventet et heltall fra 0 og oppover (u32)",
            ),
            (
                r#"{"id": 5, "lines": []}"#,
                "feil type: heltallet `5`, forventet en tekst",
            ),
            (
                r#"{"id": "a", "lines": [1"#,
                "filen slutter uventet midt i en liste",
            ),
            (
                r#"{"id": "a", "lines": []} x"#,
                "overflødige tegn etter JSON-verdien",
            ),
            (r#"{"id": }"#, "forventet en JSON-verdi"),
            (r#"{"id" "a"}"#, "forventet `:`"),
            (r#"{"id": "a" "lines": []}"#, "forventet `,` eller `}`"),
        ];
        for (json, want) in cases {
            let (m, eof) = serde_message(json);
            let t = serde_text(&m, eof);
            assert_eq!(t.english(), expected_english(&m, eof), "{json}");
            assert_eq!(nb(&t), want, "{json}: {m}");
        }
    }

    #[test]
    fn unknown_messages_keep_serde_detail_in_a_frame() {
        let t = serde_text("something new from serde", false);
        assert_eq!(t.english(), "something new from serde");
        assert_eq!(nb(&t), "feil i JSON-innholdet: something new from serde");
        let t = serde_text("EOF while parsing a frobnicator", true);
        assert_eq!(
            t.english(),
            "unexpected end of file: EOF while parsing a frobnicator"
        );
        assert!(nb(&t).starts_with("filen slutter uventet: "), "{}", nb(&t));
    }

    #[test]
    fn model_date_errors_are_translated() {
        let e = "2020-02-30"
            .parse::<crate::model::PartialDate>()
            .unwrap_err();
        let t = serde_text(&e.to_string(), false);
        assert_eq!(t.english(), e.to_string());
        assert!(
            nb(&t).starts_with("ugyldig dato `2020-02-30`"),
            "{}",
            nb(&t)
        );
    }
}
