//! Reading untrusted JSON into typed values while collecting every problem with its path.
//!
//! A field that is missing or `null` reads as its empty value (validation then says whether it
//! was required); a field of the wrong type is recorded and reads as empty too, so that one bad
//! field never hides the problems of the others.

mod de;

use std::marker::PhantomData;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::error::{Code, Error, Problems};
pub(crate) use de::deserialize;

/// The most bytes a JSON input (an order request, pricing rules) may have.
pub const MAX_INPUT_BYTES: usize = 1 << 20;

/// The most bytes of one call's arguments as JSON text: room for an OT answer of
/// [`crate::otapi::MAX_ANSWER_BYTES`] however much JSON escapes it.
pub const MAX_CALL_BYTES: usize = 2 * crate::otapi::MAX_ANSWER_BYTES;

/// Parses JSON text of at most [`MAX_INPUT_BYTES`]; syntax errors carry their line and column.
pub(crate) fn parse_json(text: &str, field: &str) -> Result<Value, Error> {
    parse_json_within(text, field, MAX_INPUT_BYTES)
}

/// Parses JSON text of at most `max` bytes; syntax errors carry their line and column.
pub(crate) fn parse_json_within(text: &str, field: &str, max: usize) -> Result<Value, Error> {
    if text.len() > max {
        return Err(Error::new(Code::TooLong, field, Some(format!("at most {max} bytes"))));
    }
    serde_json::from_str(text).map_err(|e| {
        Error::new(
            Code::InvalidJson,
            field,
            Some(format!("line {}, column {}", e.line(), e.column())),
        )
    })
}

/// A value with a reader of its own: every problem at once (type and validation), each with
/// its path — where serde would stop at the first.
pub(crate) trait Read: Sized {
    /// `value` read and checked as `Self`, or `None` with its problems recorded; paths start at
    /// `root` (the argument's name).
    fn read(value: &Value, root: &str, problems: &mut Problems) -> Option<Self>;
}

/// How an operation's argument of type `T` is read: with `T`'s own [`Read`] where it has one,
/// else through serde (first problem, by kind, with its path). The choice is made at compile
/// time by method resolution: `(&Arg::<T>::new()).read(…)` finds [`ReadOwn`] on `Arg<T>` before
/// it tries [`ReadSerde`] on `&Arg<T>`.
pub(crate) struct Arg<T>(PhantomData<T>);

impl<T> Arg<T> {
    /// The reader of `T`.
    pub(crate) fn new() -> Self {
        Arg(PhantomData)
    }
}

/// Reading with the type's own reader.
pub(crate) trait ReadOwn<T> {
    fn read(&self, value: &Value, root: &str, problems: &mut Problems) -> Option<T>;
}

impl<T: Read> ReadOwn<T> for Arg<T> {
    fn read(&self, value: &Value, root: &str, problems: &mut Problems) -> Option<T> {
        T::read(value, root, problems)
    }
}

/// Reading through serde.
pub(crate) trait ReadSerde<T> {
    fn read(&self, value: &Value, root: &str, problems: &mut Problems) -> Option<T>;
}

impl<T: DeserializeOwned> ReadSerde<T> for &Arg<T> {
    fn read(&self, value: &Value, root: &str, problems: &mut Problems) -> Option<T> {
        de::deserialize(value, root, problems)
    }
}

/// The fields of one JSON object, read with their paths.
pub(crate) struct Fields<'v, 'p> {
    map: Option<&'v Map<String, Value>>,
    path: String,
    problems: &'p mut Problems,
}

impl<'v, 'p> Fields<'v, 'p> {
    /// The fields of `value` at `path`; a non-object is recorded and reads as empty.
    pub(crate) fn of(value: &'v Value, path: String, problems: &'p mut Problems) -> Self {
        let map = match value {
            Value::Object(map) => Some(map),
            Value::Null => None,
            _ => {
                problems.push(Code::InvalidType, path.clone(), Some("an object".into()));
                None
            }
        };
        Fields { map, path, problems }
    }

    fn path_of(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    fn get(&self, key: &str) -> Option<&'v Value> {
        self.map.and_then(|m| m.get(key)).filter(|v| !v.is_null())
    }

    fn wrong_type(&mut self, key: &str, expected: &str) {
        let path = self.path_of(key);
        self.problems.push(Code::InvalidType, path, Some(expected.into()));
    }

    /// A text (strings, and whole numbers for ids sent as numbers); missing reads as `None`.
    pub(crate) fn opt_text(&mut self, key: &str) -> Option<String> {
        match self.get(key)? {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) if n.is_u64() || n.is_i64() => Some(n.to_string()),
            _ => {
                self.wrong_type(key, "a string");
                None
            }
        }
    }

    /// A text; missing reads as empty.
    pub(crate) fn text(&mut self, key: &str) -> String {
        self.opt_text(key).unwrap_or_default()
    }

    /// A decimal from a JSON number or a numeric string; missing reads as `None`.
    pub(crate) fn opt_decimal(&mut self, key: &str) -> Option<Decimal> {
        let value = self.get(key)?;
        let path = self.path_of(key);
        decimal(value)
            .map_err(|(code, detail)| self.problems.push(code, path, detail))
            .ok()
    }

    /// A decimal; missing reads as zero.
    pub(crate) fn decimal(&mut self, key: &str) -> Decimal {
        self.opt_decimal(key).unwrap_or_default()
    }

    /// A whole count; missing reads as `None`. Zero and negatives read as 0 and values past
    /// `u32::MAX` as `u32::MAX`, for validation to judge; a fraction is recorded here.
    pub(crate) fn opt_count(&mut self, key: &str) -> Option<u32> {
        let d = self.opt_decimal(key)?;
        if !d.fract().is_zero() {
            let path = self.path_of(key);
            self.problems.push(Code::NotWhole, path, None);
            return None;
        }
        let n = if d.is_sign_negative() {
            0
        } else {
            u32::try_from(d.trunc().mantissa()).unwrap_or(u32::MAX)
        };
        Some(n)
    }

    /// A whole number of points: negative or fractional values are recorded; missing reads as 0.
    pub(crate) fn points(&mut self, key: &str) -> u64 {
        let Some(d) = self.opt_decimal(key) else { return 0 };
        let path = self.path_of(key);
        if !d.fract().is_zero() {
            self.problems.push(Code::NotWhole, path, None);
            return 0;
        }
        match u64::try_from(d.trunc().mantissa()) {
            Ok(n) if !d.is_sign_negative() => n,
            _ => {
                self.problems
                    .push(Code::OutOfRange, path, Some(format!("0 to {}", u64::MAX)));
                0
            }
        }
    }

    /// A snake_case tag of an enum; missing reads as `None`.
    pub(crate) fn tag<T: DeserializeOwned>(&mut self, key: &str, allowed: &str) -> Option<T> {
        let value = self.get(key)?;
        if !value.is_string() {
            self.wrong_type(key, "a string");
            return None;
        }
        let parsed = de::deserialize(value, "", &mut Problems::default());
        if parsed.is_none() {
            let path = self.path_of(key);
            self.problems.push(Code::UnknownValue, path, Some(allowed.into()));
        }
        parsed
    }

    /// The entries of a list with their paths; at most `max` are read (more are recorded).
    pub(crate) fn list(&mut self, key: &str, max: usize) -> Vec<(String, &'v Value)> {
        let path = self.path_of(key);
        match self.get(key) {
            None => Vec::new(),
            Some(Value::Array(items)) => {
                if items.len() > max {
                    self.problems
                        .push(Code::TooMany, path.clone(), Some(format!("at most {max}")));
                }
                items
                    .iter()
                    .take(max)
                    .enumerate()
                    .map(|(i, v)| (format!("{path}[{i}]"), v))
                    .collect()
            }
            Some(_) => {
                self.wrong_type(key, "a list");
                Vec::new()
            }
        }
    }

    /// The fields of a nested object.
    pub(crate) fn object(&mut self, key: &str) -> Fields<'v, '_> {
        let path = self.path_of(key);
        match self.get(key) {
            Some(value) => Fields::of(value, path, self.problems),
            None => Fields {
                map: None,
                path,
                problems: self.problems,
            },
        }
    }

    /// The problems, for reading nested values with their own `Fields`.
    pub(crate) fn problems(&mut self) -> &mut Problems {
        self.problems
    }
}

/// A decimal from a JSON number or a numeric string, or the problem's code and detail.
fn decimal(value: &Value) -> Result<Decimal, (Code, Option<String>)> {
    let parsed = match value {
        Value::Number(n) => parse_decimal(&n.to_string()),
        Value::String(s) => parse_decimal(s.trim()),
        Value::Null => return Err((Code::Required, None)),
        _ => return Err((Code::InvalidType, Some("a number".into()))),
    };
    parsed.ok_or((Code::InvalidNumber, None))
}

/// A decimal argument, read as the request reads its amounts.
impl Read for Decimal {
    fn read(value: &Value, root: &str, problems: &mut Problems) -> Option<Self> {
        decimal(value)
            .map_err(|(code, detail)| problems.push(code, root, detail))
            .ok()
    }
}

/// A list argument whose entries have their own reader: every entry's problems, at `root[i]`.
impl<T: Read> Read for Vec<T> {
    fn read(value: &Value, root: &str, problems: &mut Problems) -> Option<Self> {
        let Value::Array(items) = value else {
            let (code, detail) = match value {
                Value::Null => (Code::Required, None),
                _ => (Code::InvalidType, Some("a list".into())),
            };
            problems.push(code, root, detail);
            return None;
        };
        let read: Vec<Option<T>> = items
            .iter()
            .enumerate()
            .map(|(i, item)| T::read(item, &format!("{root}[{i}]"), problems))
            .collect();
        read.into_iter().collect()
    }
}

/// A decimal from text, in plain or scientific notation.
pub(crate) fn parse_decimal(s: &str) -> Option<Decimal> {
    Decimal::from_str(s).ok().or_else(|| Decimal::from_scientific(s).ok())
}
