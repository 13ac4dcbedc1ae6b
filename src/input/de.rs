//! serde over a JSON value, with an error type of our own: each serde error keeps its kind (a
//! missing field, an unknown tag, a wrong type…) and the path where it happened, and becomes a
//! problem with a stable code here, in one place — never by reading an error message.

use std::fmt::{self, Display};

use serde::de::value::BorrowedStrDeserializer;
use serde::de::{self, DeserializeSeed, Expected, MapAccess, SeqAccess, Unexpected, Visitor};

use super::tree::{Json, Number, Object};
use super::{key_in_path, number};
use crate::error::{Code, Problems};
use crate::money::Currency;

/// The longest detail a problem keeps from a free-form serde message, which may quote the input.
const MAX_DETAIL: usize = 200;

/// `value` deserialised as `T`, or `None` with the first problem recorded at its path under `root`.
pub(crate) fn deserialize<T: de::DeserializeOwned>(value: &Json, root: &str, problems: &mut Problems) -> Option<T> {
    T::deserialize(Node(value))
        .map_err(|e| problems.push(e.code, e.path(root), e.detail))
        .ok()
}

/// A serde error as a problem: its code, the detail its message needs, and its path, innermost
/// segment first while it travels up.
#[derive(Debug)]
pub(crate) struct ReadError {
    code: Code,
    detail: Option<String>,
    path: Vec<Segment>,
}

#[derive(Debug)]
enum Segment {
    Key(String),
    Index(usize),
}

impl ReadError {
    fn new(code: Code, detail: Option<String>) -> Self {
        ReadError {
            code,
            detail,
            path: Vec::new(),
        }
    }

    /// The error raised for the object field `name` (missing, unknown or repeated there).
    fn at_field(code: Code, name: &str) -> Self {
        ReadError {
            code,
            detail: None,
            path: vec![Segment::Key(key_in_path(name))],
        }
    }

    fn under(mut self, segment: Segment) -> Self {
        self.path.push(segment);
        self
    }

    /// The path under `root`: `root.items[1].quantity`.
    fn path(&self, root: &str) -> String {
        let mut path = root.to_owned();
        for segment in self.path.iter().rev() {
            match segment {
                Segment::Key(key) if path.is_empty() => path.push_str(key),
                Segment::Key(key) => {
                    path.push('.');
                    path.push_str(key);
                }
                Segment::Index(i) => path.push_str(&format!("[{i}]")),
            }
        }
        path
    }
}

impl Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path(""), self.code)
    }
}

impl std::error::Error for ReadError {}

fn detail(text: impl Display) -> Option<String> {
    Some(text.to_string())
}

/// What serde says it expected, in the words the rest of the library uses (`a whole number`
/// rather than `u32`, `an object` rather than `struct Quote`): wording only, never the code.
fn expected(e: &dyn Expected) -> Option<String> {
    let text = e.to_string();
    let words = match text.as_str() {
        "u8" | "u16" | "u32" | "u64" | "u128" | "i8" | "i16" | "i32" | "i64" | "i128" => "a whole number",
        "a sequence" => "a list",
        "a map" => "an object",
        t if t.starts_with("struct ") => "an object",
        _ => return Some(text),
    };
    Some(words.to_owned())
}

impl de::Error for ReadError {
    fn custom<T: Display>(message: T) -> Self {
        ReadError::new(
            Code::InvalidValue,
            Some(message.to_string().chars().take(MAX_DETAIL).collect()),
        )
    }

    /// A `null` where a value belongs is a missing value; a number with a fraction where a count
    /// belongs is not whole; anything else is the wrong type.
    fn invalid_type(unexpected: Unexpected<'_>, exp: &dyn Expected) -> Self {
        match unexpected {
            Unexpected::Unit => ReadError::new(Code::Required, None),
            Unexpected::Float(_) if expected(exp).as_deref() == Some("a whole number") => {
                ReadError::new(Code::NotWhole, None)
            }
            _ => ReadError::new(Code::InvalidType, expected(exp)),
        }
    }

    /// A whole number that does not fit the count it is read into is out of range.
    fn invalid_value(unexpected: Unexpected<'_>, exp: &dyn Expected) -> Self {
        match unexpected {
            Unexpected::Signed(_) | Unexpected::Unsigned(_) => ReadError::new(Code::OutOfRange, None),
            _ => ReadError::new(Code::InvalidValue, expected(exp)),
        }
    }

    fn invalid_length(_: usize, exp: &dyn Expected) -> Self {
        ReadError::new(Code::InvalidValue, expected(exp))
    }

    fn unknown_variant(_: &str, expected: &'static [&'static str]) -> Self {
        ReadError::new(Code::UnknownValue, detail(expected.join(", ")))
    }

    fn unknown_field(field: &str, _: &'static [&'static str]) -> Self {
        ReadError::at_field(Code::UnknownField, field)
    }

    fn missing_field(field: &'static str) -> Self {
        ReadError::at_field(Code::Required, field)
    }

    fn duplicate_field(field: &'static str) -> Self {
        ReadError::at_field(Code::Duplicate, field)
    }
}

/// Types whose refused value has a code of its own, by the name they give serde as a newtype.
const CODED_NEWTYPES: [(&str, Code); 1] = [(Currency::SERDE_NAME, Code::UnknownCurrency)];

/// A JSON value, deserialised in place.
struct Node<'de>(&'de Json<'de>);

impl<'de> de::Deserializer<'de> for Node<'de> {
    type Error = ReadError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.0 {
            Json::Array(items) => {
                let mut seq = Items {
                    items: items.iter().enumerate(),
                };
                let value = visitor.visit_seq(&mut seq)?;
                match seq.items.len() {
                    0 => Ok(value),
                    _ => Err(de::Error::invalid_length(items.len(), &"fewer entries")),
                }
            }
            Json::Object(map) => visitor.visit_map(Fields::of(map)),
            scalar => visit_scalar(scalar, visitor),
        }
    }

    /// A record is an object: its fields are taken by name, never by position from a list (so no
    /// record's reader of lists is built at all).
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        match self.0 {
            Json::Object(map) => visitor.visit_map(Fields::of(map)),
            Json::Array(_) => Err(de::Error::invalid_type(Unexpected::Seq, &visitor)),
            scalar => visit_scalar(scalar, visitor),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.0 {
            Json::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        if name == number::SERDE_NAME {
            // Read here, handed over whole (see `number::Exact::visit_bytes`).
            return visitor.visit_bytes(&self.decimal()?.serialize());
        }
        visitor.visit_newtype_struct(self).map_err(|mut e| {
            if let Some((_, code)) = CODED_NEWTYPES.iter().find(|(n, _)| *n == name) {
                if e.code == Code::InvalidValue {
                    e.code = *code;
                }
            }
            e
        })
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        match self.0 {
            // Every enum read is a plain tag: `{"confirmed": null}` is not one.
            Json::String(tag) => visitor.visit_enum(BorrowedStrDeserializer::new(tag)),
            other => Err(de::Error::invalid_type(unexpected(other), &"a tag")),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf unit
        unit_struct seq tuple tuple_struct map identifier
    }
}

impl Node<'_> {
    /// The value as a decimal, read exactly from a number literal or a string.
    fn decimal(&self) -> Result<rust_decimal::Decimal, ReadError> {
        let read = match self.0 {
            Json::Number(n) => n.decimal(),
            Json::String(s) => number::exact_decimal(s),
            Json::Null => Err((Code::Required, None)),
            _ => Err((Code::InvalidType, Some("a number".into()))),
        };
        read.map_err(|(code, detail)| ReadError::new(code, detail))
    }
}

/// A value that is neither a list nor an object, to `visitor`.
fn visit_scalar<'de, V: Visitor<'de>>(value: &'de Json<'de>, visitor: V) -> Result<V::Value, ReadError> {
    match value {
        Json::Null => visitor.visit_unit(),
        Json::Bool(b) => visitor.visit_bool(*b),
        Json::Number(n) => visit_number(n, visitor),
        Json::String(s) => visitor.visit_borrowed_str(s),
        container => Err(de::Error::invalid_type(unexpected(container), &visitor)),
    }
}

/// A whole number as itself; any other number is refused as a float, which no field of ours takes
/// (decimal fields are read from the literal, see [`Node::decimal`]). Its value is not parsed: no
/// float reader is built, and none is needed to say the type is wrong.
fn visit_number<'de, V: Visitor<'de>>(n: &Number<'_>, visitor: V) -> Result<V::Value, ReadError> {
    if let Some(u) = n.as_u64() {
        visitor.visit_u64(u)
    } else if let Some(i) = n.as_i64() {
        visitor.visit_i64(i)
    } else {
        Err(de::Error::invalid_type(Unexpected::Float(f64::NAN), &visitor))
    }
}

fn unexpected<'v>(value: &'v Json<'_>) -> Unexpected<'v> {
    match value {
        Json::Null => Unexpected::Unit,
        Json::Bool(b) => Unexpected::Bool(*b),
        Json::Number(_) => Unexpected::Other("a number"),
        Json::String(s) => Unexpected::Str(s),
        Json::Array(_) => Unexpected::Seq,
        Json::Object(_) => Unexpected::Map,
    }
}

/// The entries of a JSON list; an error inside one is placed at its index.
struct Items<'de> {
    items: std::iter::Enumerate<std::slice::Iter<'de, Json<'de>>>,
}

impl<'de> SeqAccess<'de> for Items<'de> {
    type Error = ReadError;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, ReadError> {
        match self.items.next() {
            Some((i, value)) => seed
                .deserialize(Node(value))
                .map(Some)
                .map_err(|e| e.under(Segment::Index(i))),
            None => Ok(None),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

/// The fields of a JSON object; an error inside one is placed at its key.
struct Fields<'de> {
    fields: std::slice::Iter<'de, (&'de str, Json<'de>)>,
    value: Option<(&'de str, &'de Json<'de>)>,
}

impl<'de> Fields<'de> {
    /// The fields of `object`, in key order.
    fn of(object: &'de Object<'de>) -> Self {
        Fields {
            fields: object.members().iter(),
            value: None,
        }
    }
}

impl<'de> MapAccess<'de> for Fields<'de> {
    type Error = ReadError;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, ReadError> {
        match self.fields.next() {
            Some((key, value)) => {
                let key: &'de str = key;
                self.value = Some((key, value));
                seed.deserialize(BorrowedStrDeserializer::new(key)).map(Some)
            }
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, ReadError> {
        match self.value.take() {
            Some((key, value)) => seed
                .deserialize(Node(value))
                .map_err(|e| e.under(Segment::Key(key_in_path(key)))),
            None => Err(de::Error::custom("a value was read before its key")),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.fields.len())
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;
    use serde_json::json;

    use super::*;
    use crate::arena::Arena;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Line {
        quantity: u32,
        #[serde(default)]
        note: Option<String>,
        kind: Kind,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "snake_case")]
    enum Kind {
        Unit,
        Carton,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Order {
        lines: Vec<Line>,
        currency: Currency,
    }

    fn problem(value: serde_json::Value) -> (Code, String, Option<String>) {
        let mut problems = Problems::default();
        assert!(deserialize::<Order>(&Json::from_value(&value, &Arena::new()), "order", &mut problems).is_none());
        let p = problems.finish(()).unwrap_err();
        let p = p.problems().next().unwrap();
        (p.code, p.field.clone(), p.detail.clone())
    }

    #[test]
    fn a_record_is_an_object_never_a_list_by_position() {
        let by_position = json!({"lines": [[1, null, "unit"]], "currency": "EGP"});
        assert_eq!(
            problem(by_position),
            (Code::InvalidType, "order.lines[0]".into(), Some("an object".into()))
        );
        assert_eq!(problem(json!([[], "EGP"])).0, Code::InvalidType);
    }

    #[test]
    fn a_tag_is_a_string_never_an_object_naming_it() {
        let named = json!({"lines": [{"quantity": 1, "kind": {"unit": null}}], "currency": "EGP"});
        assert_eq!(
            problem(named),
            (Code::InvalidType, "order.lines[0].kind".into(), Some("a tag".into()))
        );
    }

    #[test]
    fn every_kind_of_serde_error_has_its_code_and_path() {
        let line = |l: serde_json::Value| json!({"lines": [{"quantity": 1, "kind": "unit"}, l], "currency": "EGP"});
        assert_eq!(problem(line(json!({"kind": "unit"}))).0, Code::Required);
        assert_eq!(problem(line(json!({"kind": "unit"}))).1, "order.lines[1].quantity");
        assert_eq!(
            problem(line(json!({"quantity": "x", "kind": "unit"}))),
            (
                Code::InvalidType,
                "order.lines[1].quantity".into(),
                Some("a whole number".into())
            )
        );
        for fraction in [json!(1.5), json!(1e2), json!(-0.5), json!(1e300)] {
            assert_eq!(
                problem(line(json!({"quantity": fraction, "kind": "unit"}))),
                (Code::NotWhole, "order.lines[1].quantity".into(), None)
            );
        }
        assert_eq!(
            problem(line(json!({"quantity": -1, "kind": "unit"}))).0,
            Code::OutOfRange
        );
        assert_eq!(
            problem(line(json!({"quantity": 5_000_000_000u64, "kind": "unit"}))).0,
            Code::OutOfRange
        );
        assert_eq!(
            problem(line(json!({"quantity": 1, "kind": "box"}))),
            (
                Code::UnknownValue,
                "order.lines[1].kind".into(),
                Some("unit, carton".into())
            )
        );
        assert_eq!(
            problem(line(json!({"quantity": 1, "kind": "unit", "colour": 1}))).0,
            Code::UnknownField
        );
        assert_eq!(
            problem(line(json!({"quantity": 1, "kind": "unit", "colour": 1}))).1,
            "order.lines[1].colour"
        );
        assert_eq!(
            problem(line(json!({"quantity": null, "kind": "unit"}))).0,
            Code::Required
        );
        assert_eq!(
            problem(json!({"lines": [], "currency": "XYZ"})).0,
            Code::UnknownCurrency
        );
        assert_eq!(problem(json!({"lines": [], "currency": 5})).0, Code::InvalidType);
        assert_eq!(problem(json!({"lines": [], "currency": 2.5})).0, Code::InvalidType);
        assert_eq!(problem(json!(null)), (Code::Required, "order".into(), None));
    }

    #[test]
    fn options_take_null_and_absence() {
        let mut problems = Problems::default();
        let value = json!({"quantity": 2, "note": null, "kind": "carton"});
        let line: Option<Line> = deserialize(&Json::from_value(&value, &Arena::new()), "", &mut problems);
        assert_eq!(line.map(|l| (l.quantity, l.note)), Some((2, None)));
        assert!(problems.finish(()).is_ok());
    }
}
