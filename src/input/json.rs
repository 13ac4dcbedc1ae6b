//! JSON text to a tree ([`Json`]) that borrows from it, with one reading only: a key repeated in an object is refused (a host
//! whose parser keeps the first would see another order than one that keeps the last), and
//! numbers keep their literal text (serde_json's `arbitrary_precision`).

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};

use super::tree::{key_order, Json, Number, Object};
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
pub(crate) fn parse_json<'a>(text: &'a str, field: &str) -> Result<Json<'a>, Error> {
    parse_json_within(text, field, MAX_INPUT_BYTES)
}

/// Parses JSON text of at most `max` bytes; syntax errors carry their line and column; a repeated
/// key is `duplicate` at its path under `field`.
pub(crate) fn parse_json_within<'a>(text: &'a str, field: &str, max: usize) -> Result<Json<'a>, Error> {
    if text.len() > max {
        return Err(Error::new(Code::TooLong, field, Some(format!("at most {max} bytes"))));
    }
    let mut reading = Reading::new();
    let mut reader = serde_json::Deserializer::from_str(text);
    let root = Place::root(field);
    let seed = Unique {
        at: &root,
        reading: &mut reading,
    };
    let parsed = seed.deserialize(&mut reader).and_then(|v| reader.end().map(|()| v));
    match (parsed, reading.duplicate) {
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

/// What every level of one reading shares: the first repeated key's path, and the stacks on
/// which the entries of a list and the members of an object are gathered, each list and object
/// then taking a vector of its exact size.
struct Reading<'de> {
    duplicate: Option<String>,
    items: Vec<Json<'de>>,
    members: Vec<Member<'de>>,
}

/// How many bytes each stack of a reading has room for at first: those of a small order, read
/// without growing them, and no more than the allocator hands out from its per-thread cache
/// (glibc's tcache: up to 1032 bytes), where a larger block costs several times as much.
const FIRST_ROOM_BYTES: usize = 1024;

/// Room for `FIRST_ROOM_BYTES` of `T`s.
fn first_room<T>() -> Vec<T> {
    Vec::with_capacity(FIRST_ROOM_BYTES.checked_div(std::mem::size_of::<T>()).unwrap_or(0))
}

impl Reading<'_> {
    /// A reading yet to start.
    fn new() -> Self {
        Reading {
            duplicate: None,
            items: first_room(),
            members: first_room(),
        }
    }
}

/// A member of an object: its key and its value.
type Member<'de> = (Cow<'de, str>, Json<'de>);

/// Builds a value at a place, stopping at the first repeated key (its path is left in
/// `reading.duplicate`).
struct Unique<'p, 'r, 'de> {
    at: &'p Place<'p>,
    reading: &'r mut Reading<'de>,
}

impl<'de> Unique<'_, '_, 'de> {
    /// The reader of a value at `at`, a place inside this one.
    fn at<'q>(&'q mut self, at: &'q Place<'q>) -> Unique<'q, 'q, 'de> {
        Unique {
            at,
            reading: self.reading,
        }
    }
}

impl<'de> DeserializeSeed<'de> for Unique<'_, '_, 'de> {
    type Value = Json<'de>;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Json<'de>, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Unique<'_, '_, 'de> {
    type Value = Json<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, b: bool) -> Result<Json<'de>, E> {
        Ok(Json::Bool(b))
    }

    fn visit_i64<E>(self, n: i64) -> Result<Json<'de>, E> {
        Ok(Json::Number(Number::Signed(n)))
    }

    fn visit_u64<E>(self, n: u64) -> Result<Json<'de>, E> {
        Ok(Json::Number(Number::Unsigned(n)))
    }

    fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Borrowed(s)))
    }

    fn visit_str<E>(self, s: &str) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Owned(s.to_owned())))
    }

    fn visit_string<E>(self, s: String) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Owned(s)))
    }

    fn visit_unit<E>(self) -> Result<Json<'de>, E> {
        Ok(Json::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut items: A) -> Result<Json<'de>, A::Error> {
        let start = self.reading.items.len();
        loop {
            let at = self.at.index(self.reading.items.len().saturating_sub(start));
            match items.next_element_seed(self.at(&at))? {
                Some(item) => self.reading.items.push(item),
                None => break,
            }
        }
        Ok(Json::Array(self.reading.items.split_off(start)))
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut entries: A) -> Result<Json<'de>, A::Error> {
        let mut keys = Keys::new(self.reading.members.len());
        while let Some(key) = entries.next_key_seed(Key)? {
            if key == NUMBER_TOKEN && keys.count(&self.reading.members) == 0 {
                return number(entries.next_value()?);
            }
            let Some(slot) = keys.slot(&self.reading.members, &key) else {
                self.reading.duplicate = Some(self.at.name(&key).to_string());
                return Err(de::Error::custom("a repeated key"));
            };
            let at = self.at.name(&key);
            let value = entries.next_value_seed(self.at(&at))?;
            keys.insert(&mut self.reading.members, slot, (key, value));
        }
        Ok(Json::Object(keys.object(&mut self.reading.members)))
    }
}

/// The number serde_json hands over as its literal (a fraction, an exponent, a whole number past
/// 64 bits), read again as a `serde_json::Number` is: an object written with serde_json's number
/// key reads as that number, as it would into a `serde_json::Value`.
fn number<'de, E: de::Error>(literal: String) -> Result<Json<'de>, E> {
    let parsed: serde_json::Number = literal.parse().map_err(E::custom)?;
    // serde_json's own literal reads back as itself; only a document's may not.
    let text = if parsed.as_str() == literal {
        literal
    } else {
        parsed.as_str().to_owned()
    };
    Ok(Json::Number(Number::Literal(Cow::Owned(text))))
}

/// Past this many members, an object's keys are checked for repeats through a hash set, and
/// sorted once read, rather than kept in order as they come: a huge object costs `n log n`.
const MAX_ORDERED_KEYS: usize = 16;

/// The keys of the object being read, whose members are on the stack from `start`: in key order
/// up to [`MAX_ORDERED_KEYS`] of them, then also in a hash set, the later ones in the order read.
struct Keys<'de> {
    start: usize,
    set: Option<HashSet<Cow<'de, str>>>,
}

impl<'de> Keys<'de> {
    /// The keys of an object whose members start at `start` on the stack.
    fn new(start: usize) -> Self {
        Keys { start, set: None }
    }

    /// The object's members read so far.
    fn members<'s>(&self, stack: &'s [Member<'de>]) -> &'s [Member<'de>] {
        stack.get(self.start..).unwrap_or_default()
    }

    /// How many members were read.
    fn count(&self, stack: &[Member<'de>]) -> usize {
        self.members(stack).len()
    }

    /// Where on the stack the member `key` goes, or `None` if it was read already.
    fn slot(&mut self, stack: &[Member<'de>], key: &str) -> Option<usize> {
        let members = self.members(stack);
        if self.set.is_none() && members.len() >= MAX_ORDERED_KEYS {
            self.set = Some(members.iter().map(|(k, _)| k.clone()).collect());
        }
        match &self.set {
            Some(set) => (!set.contains(key)).then_some(stack.len()),
            None => match members.binary_search_by(|(k, _)| key_order(k, key)) {
                Ok(_) => None,
                Err(i) => Some(self.start.saturating_add(i)),
            },
        }
    }

    /// Puts a new member at its slot (see [`Keys::slot`]), its key in the set once there is one.
    fn insert(&mut self, stack: &mut Vec<Member<'de>>, slot: usize, member: Member<'de>) {
        if let Some(set) = &mut self.set {
            set.insert(member.0.clone());
        }
        stack.insert(slot.min(stack.len()), member);
    }

    /// The object, its members taken off the stack.
    fn object(self, stack: &mut Vec<Member<'de>>) -> Object<'de> {
        let members = stack.split_off(self.start);
        match self.set {
            Some(_) => Object::new(members),
            None => Object::sorted(members),
        }
    }
}

/// Reads a key, borrowed from the text unless it holds an escape.
struct Key;

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Cow<'de, str>;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Cow<'de, str>, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Borrowed(s))
    }

    fn visit_str<E>(self, s: &str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(s.to_owned()))
    }

    fn visit_string<E>(self, s: String) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(s))
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
    fn the_first_repeat_in_the_text_is_the_one_refused_and_reading_stops_there() {
        assert_eq!(problem(r#"{"a": 1, "a": 2, "b": {"c": 1, "c": 2}}"#).1, "rules.a");
        assert_eq!(problem(r#"{"b": {"c": 1, "c": 2}, "a": 1, "a": 2}"#).1, "rules.b.c");
        assert_eq!(problem(r#"{"a": 1, "a": 2, x"#), (Code::Duplicate, "rules.a".into()));
        assert_eq!(problem(r#"{"a": 1, "\u0061": 2}"#), (Code::Duplicate, "rules.a".into()));
        let many: Vec<String> = (0..1000).map(|i| format!(r#""k{i}": {i}"#)).collect();
        let text = |repeated: &str| format!("{{{}, {repeated}}}", many.join(", "));
        assert_eq!(problem(&text(r#""k3": 0"#)).1, "rules.k3");
        assert_eq!(problem(&text(r#""k999": 0"#)).1, "rules.k999");
        assert!(parse_json(&text(r#""k1000": 0"#), "").is_ok());
    }

    /// A value written out in one form, whichever tree holds it: objects in key order, numbers
    /// as their literal.
    fn written(value: &Json) -> String {
        match value {
            Json::Array(items) => format!("[{}]", items.iter().map(written).collect::<Vec<_>>().join(",")),
            Json::Object(members) => {
                let members: Vec<String> = members
                    .members()
                    .iter()
                    .map(|(k, v)| format!("{k:?}:{}", written(v)))
                    .collect();
                format!("{{{}}}", members.join(","))
            }
            Json::Number(n) => n.to_string(),
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn the_tree_reads_as_a_serde_json_value_reads() {
        let texts = [
            r#"{"b": [1, -2, 2.50, 1E2, -0, 18446744073709551616, -9223372036854775809], "a": null, "B": true}"#,
            r#"{"s": "plain", "e": "tab\there \u00e9", "\u00e9": {"": []}, "n": {"x": {"y": [[], {}]}}}"#,
            r#"{"$serde_json::private::Number": "1E2"}"#,
            r#"{"$serde_json::private::Number": "5"}"#,
            r#""text""#,
            "-12.5e-3",
        ];
        let wide: Vec<String> = (0..40).map(|i| format!(r#""{}": [{i}]"#, (i * 7) % 40)).collect();
        let wide = format!("{{{}}}", wide.join(", "));
        for text in texts.into_iter().chain([wide.as_str()]) {
            let value: serde_json::Value = serde_json::from_str(text).unwrap();
            let tree = parse_json(text, "").unwrap();
            assert_eq!(written(&tree), written(&Json::from_value(&value)), "{text}");
        }
        let refused = [
            r#"{"a": [1, 2,]}"#,
            "{\n\"a\" 1}",
            "[1e]",
            r#""abc"#,
            r#"{"$serde_json::private::Number": "x"}"#,
            r#"{"$serde_json::private::Number": 5}"#,
            "[01]",
            "{} []",
        ];
        for text in refused {
            let e = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
            let ours = parse_json(text, "rules").unwrap_err();
            let detail = format!("line {}, column {}", e.line(), e.column());
            assert_eq!(
                (ours.code(), ours.problems().next().and_then(|p| p.detail.clone())),
                (Code::InvalidJson, Some(detail)),
                "{text}"
            );
        }
    }

    #[test]
    fn numbers_keep_their_literal_text() {
        let v = parse_json(
            r#"{"a": 1.10, "b": 12345678901234567890.123456789, "c": -5, "d": 1e2}"#,
            "",
        )
        .unwrap();
        let Json::Object(members) = v else { panic!("an object") };
        let texts: Vec<String> = members
            .members()
            .iter()
            .map(|(_, n)| match n {
                Json::Number(n) => n.to_string(),
                _ => panic!("a number"),
            })
            .collect();
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
