//! JSON text to a value, with one reading only: a key repeated in an object is refused (a host
//! whose parser keeps the first would see another order than one that keeps the last), and
//! numbers keep their literal text (serde_json's `arbitrary_precision`).

use std::fmt;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::map::Entry;
use serde_json::{Map, Number, Value};

use crate::error::{Code, Error, Place};

/// The most bytes a JSON input (an order request, pricing rules) may have.
pub const MAX_INPUT_BYTES: usize = 1 << 20;

/// The most bytes of one call's arguments as JSON text: room for an OT answer of
/// [`crate::otapi::MAX_ANSWER_BYTES`] however much JSON escapes it.
pub const MAX_CALL_BYTES: usize = 2 * crate::otapi::MAX_ANSWER_BYTES;

/// The longest key an error path quotes; a longer one is cut, so that no error echoes a huge input.
const MAX_KEY_IN_PATH: usize = 100;

/// The key under which serde_json (with `arbitrary_precision`) hands a number to a visitor.
const NUMBER_TOKEN: &str = "$serde_json::private::Number";

/// Parses JSON text of at most [`MAX_INPUT_BYTES`]; see [`parse_json_within`].
pub(crate) fn parse_json(text: &str, field: &str) -> Result<Value, Error> {
    parse_json_within(text, field, MAX_INPUT_BYTES)
}

/// Parses JSON text of at most `max` bytes; syntax errors carry their line and column; a repeated
/// key is `duplicate` at its path under `field`.
pub(crate) fn parse_json_within(text: &str, field: &str, max: usize) -> Result<Value, Error> {
    if text.len() > max {
        return Err(Error::new(Code::TooLong, field, Some(format!("at most {max} bytes"))));
    }
    let mut duplicate = None;
    let mut reader = serde_json::Deserializer::from_str(text);
    let root = Place::root(field);
    let seed = Unique {
        at: &root,
        duplicate: &mut duplicate,
    };
    let parsed = seed.deserialize(&mut reader).and_then(|v| reader.end().map(|()| v));
    match (parsed, duplicate) {
        (_, Some(path)) => Err(Error::new(Code::Duplicate, path, None)),
        (Ok(value), None) => Ok(value),
        (Err(e), None) => Err(Error::new(
            Code::InvalidJson,
            field,
            Some(format!("line {}, column {}", e.line(), e.column())),
        )),
    }
}

/// A key as an error path quotes it: cut after [`MAX_KEY_IN_PATH`] characters.
pub(crate) fn key_in_path(key: &str) -> String {
    match key.char_indices().nth(MAX_KEY_IN_PATH) {
        Some((at, _)) => format!("{}…", key.get(..at).unwrap_or(key)),
        None => key.to_owned(),
    }
}

/// Builds a value at a place, stopping at the first repeated key (its path is left in `duplicate`).
struct Unique<'p, 'd> {
    at: &'p Place<'p>,
    duplicate: &'d mut Option<String>,
}

impl Unique<'_, '_> {
    /// The reader of a value at `at`, a place inside this one.
    fn at<'q>(&'q mut self, at: &'q Place<'q>) -> Unique<'q, 'q> {
        Unique {
            at,
            duplicate: self.duplicate,
        }
    }
}

impl<'de> DeserializeSeed<'de> for Unique<'_, '_> {
    type Value = Value;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Unique<'_, '_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, b: bool) -> Result<Value, E> {
        Ok(Value::Bool(b))
    }

    fn visit_i64<E>(self, n: i64) -> Result<Value, E> {
        Ok(Value::Number(n.into()))
    }

    fn visit_u64<E>(self, n: u64) -> Result<Value, E> {
        Ok(Value::Number(n.into()))
    }

    fn visit_str<E>(self, s: &str) -> Result<Value, E> {
        Ok(Value::String(s.to_owned()))
    }

    fn visit_string<E>(self, s: String) -> Result<Value, E> {
        Ok(Value::String(s))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut items: A) -> Result<Value, A::Error> {
        let mut list = Vec::new();
        loop {
            let at = self.at.index(list.len());
            match items.next_element_seed(self.at(&at))? {
                Some(item) => list.push(item),
                None => break,
            }
        }
        Ok(Value::Array(list))
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut entries: A) -> Result<Value, A::Error> {
        let mut map = Map::new();
        while let Some(key) = entries.next_key::<String>()? {
            if key == NUMBER_TOKEN && map.is_empty() {
                let literal: String = entries.next_value()?;
                return literal.parse::<Number>().map(Value::Number).map_err(de::Error::custom);
            }
            match map.entry(key) {
                Entry::Occupied(repeated) => {
                    *self.duplicate = Some(self.at.name(repeated.key()).to_string());
                    return Err(de::Error::custom("a repeated key"));
                }
                Entry::Vacant(slot) => {
                    let at = self.at.name(slot.key());
                    let value = entries.next_value_seed(self.at(&at))?;
                    slot.insert(value);
                }
            }
        }
        Ok(Value::Object(map))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(text: &str) -> (Code, String) {
        let e = parse_json(text, "rules").unwrap_err();
        (e.code(), e.field().to_owned())
    }

    #[test]
    fn a_repeated_key_is_refused_at_its_path() {
        assert_eq!(problem(r#"{"a": 1, "a": 2}"#), (Code::Duplicate, "rules.a".into()));
        assert_eq!(
            problem(r#"{"offers": [{}, {"code": "A", "code": "B"}]}"#),
            (Code::Duplicate, "rules.offers[1].code".into())
        );
        assert_eq!(parse_json(r#"{"a": {"b": 1}, "c": {"b": 2}}"#, "").map(|_| ()), Ok(()));
    }

    #[test]
    fn numbers_keep_their_literal_text() {
        let v = parse_json(
            r#"{"a": 1.10, "b": 12345678901234567890.123456789, "c": -5, "d": 1e2}"#,
            "",
        )
        .unwrap();
        let texts: Vec<String> = v.as_object().unwrap().values().map(|n| n.to_string()).collect();
        // serde_json writes the exponent's sign; the digits are the literal's.
        assert_eq!(texts, ["1.10", "12345678901234567890.123456789", "-5", "1e+2"]);
    }

    #[test]
    fn syntax_errors_and_trailing_text_carry_their_place() {
        assert_eq!(problem("{"), (Code::InvalidJson, "rules".into()));
        assert_eq!(problem("{} x"), (Code::InvalidJson, "rules".into()));
        let long_key = format!(r#"{{"{k}": 1, "{k}": 2}}"#, k = "k".repeat(10_000));
        assert_eq!(problem(&long_key).1.chars().count(), "rules.".len() + 101);
    }
}
