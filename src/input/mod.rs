//! Reading untrusted JSON into typed values while collecting every problem with its path.
//!
//! A field that is missing or `null` reads as its empty value (validation then says whether it
//! was required); a field of the wrong type is recorded and reads as empty too, so that one bad
//! field never hides the problems of the others.

mod de;
mod json;
pub(crate) mod number;
mod tree;

use std::marker::PhantomData;

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::de::DeserializeOwned;

use crate::error::{Code, Place, Problems};
use crate::money::Currency;
pub(crate) use de::deserialize;
pub(crate) use json::{key_in_path, parse_json, parse_json_within, plain_run_len};
pub use json::{MAX_CALL_BYTES, MAX_INPUT_BYTES};
pub(crate) use tree::{Json, Object};

/// A value with a reader of its own: every problem at once (type and validation), each with
/// its path — where serde would stop at the first.
pub(crate) trait Read: Sized {
    /// `value` read and checked as `Self`, or `None` with its problems recorded; paths start at
    /// `root` (the argument's name).
    fn read(value: &Json, root: &str, problems: &mut Problems) -> Option<Self>;
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
    fn read(&self, value: &Json, root: &str, problems: &mut Problems) -> Option<T>;
}

impl<T: Read> ReadOwn<T> for Arg<T> {
    fn read(&self, value: &Json, root: &str, problems: &mut Problems) -> Option<T> {
        T::read(value, root, problems)
    }
}

/// Reading through serde.
pub(crate) trait ReadSerde<T> {
    fn read(&self, value: &Json, root: &str, problems: &mut Problems) -> Option<T>;
}

impl<T: DeserializeOwned> ReadSerde<T> for &Arg<T> {
    fn read(&self, value: &Json, root: &str, problems: &mut Problems) -> Option<T> {
        de::deserialize(value, root, problems)
    }
}

/// The fields of one JSON object, read at their place (written out as a path only for a problem).
pub(crate) struct Fields<'v, 'p> {
    map: Option<&'v Object<'v>>,
    at: Place<'p>,
    problems: &'p mut Problems,
}

impl<'v, 'p> Fields<'v, 'p> {
    /// The fields of `value` at `at`; a non-object is recorded and reads as empty.
    pub(crate) fn of(value: &'v Json<'v>, at: Place<'p>, problems: &'p mut Problems) -> Self {
        let map = match value {
            Json::Object(map) => Some(map),
            Json::Null => None,
            _ => {
                problems.push(Code::InvalidType, at, Some("an object".into()));
                None
            }
        };
        Fields { map, at, problems }
    }

    /// The fields of `value`, the input itself (paths start with the member's name).
    pub(crate) fn root(value: &'v Json<'v>, problems: &'p mut Problems) -> Self {
        Fields::of(value, Place::root(""), problems)
    }

    /// The path of the member `key`.
    pub(crate) fn path_of(&self, key: &str) -> String {
        self.at.name(key).to_string()
    }

    fn get(&self, key: &str) -> Option<&'v Json<'v>> {
        self.map.and_then(|m| m.get(key)).filter(|v| !v.is_null())
    }

    /// Records a problem at the member `key`.
    fn record(&mut self, code: Code, key: &str, detail: Option<String>) {
        self.problems.push(code, self.at.name(key), detail);
    }

    fn wrong_type(&mut self, key: &str, expected: &str) {
        self.record(Code::InvalidType, key, Some(expected.into()));
    }

    /// A text (strings, and whole numbers for ids sent as numbers); missing reads as `None`.
    pub(crate) fn opt_text(&mut self, key: &str) -> Option<String> {
        match self.get(key)? {
            Json::String(s) => Some((*s).to_owned()),
            Json::Number(n) if n.is_whole_literal() => Some(n.to_string()),
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
        decimal(value)
            .map_err(|(code, detail)| self.record(code, key, detail))
            .ok()
    }

    /// What `read` reads of a field that must be there; a missing one (absent or `null`) is
    /// `required` and reads as the type's default, for validation to go on.
    pub(crate) fn required<T: Default>(&mut self, key: &str, read: impl FnOnce(&mut Self, &str) -> Option<T>) -> T {
        // Each reader reads a missing field as `None` without a problem: the field is looked up
        // again only then, to tell a missing field from a refused one.
        if let Some(value) = read(self, key) {
            return value;
        }
        if self.get(key).is_none() {
            self.record(Code::Required, key, None);
        }
        T::default()
    }

    /// A whole count; missing reads as `None`. Zero and negatives read as 0 and values past
    /// `u32::MAX` as `u32::MAX`, for validation to judge; a fraction is recorded here.
    pub(crate) fn opt_count(&mut self, key: &str) -> Option<u32> {
        let d = self.opt_decimal(key)?;
        let Some(whole) = whole_part(d) else {
            self.record(Code::NotWhole, key, None);
            return None;
        };
        let n = if d.is_sign_negative() {
            0
        } else {
            u32::try_from(whole).unwrap_or(u32::MAX)
        };
        Some(n)
    }

    /// A whole number from 0 to `max`; missing reads as 0, anything else is recorded.
    pub(crate) fn whole(&mut self, key: &str, max: u64) -> u64 {
        let Some(d) = self.opt_decimal(key) else { return 0 };
        let Some(whole) = whole_part(d) else {
            self.record(Code::NotWhole, key, None);
            return 0;
        };
        match u64::try_from(whole) {
            Ok(n) if !d.is_sign_negative() && n <= max => n,
            _ => {
                self.record(Code::OutOfRange, key, Some(format!("0 to {max}")));
                0
            }
        }
    }

    /// A boolean; missing reads as `None`.
    pub(crate) fn opt_bool(&mut self, key: &str) -> Option<bool> {
        match self.get(key)? {
            Json::Bool(b) => Some(*b),
            _ => {
                self.wrong_type(key, "a boolean");
                None
            }
        }
    }

    /// An ISO 4217 currency code; missing reads as `None`.
    pub(crate) fn opt_currency(&mut self, key: &str) -> Option<Currency> {
        let found = match self.get(key)? {
            Json::String(code) => Currency::from_code(code),
            _ => {
                self.wrong_type(key, "a string");
                return None;
            }
        };
        if found.is_none() {
            self.record(Code::UnknownCurrency, key, Some(Currency::EXPECTED.into()));
        }
        found
    }

    /// An instant: RFC 3339 text, or whole seconds since 1970 (Shopee's `create_time`); missing
    /// reads as `None`.
    pub(crate) fn opt_instant(&mut self, key: &str) -> Option<DateTime<Utc>> {
        let instant = match self.get(key)? {
            Json::String(s) => DateTime::parse_from_rfc3339(s).ok().map(|t| t.with_timezone(&Utc)),
            Json::Number(n) => n.as_i64().and_then(|s| DateTime::from_timestamp(s, 0)),
            _ => {
                self.wrong_type(key, "an RFC 3339 string or seconds since 1970");
                return None;
            }
        };
        if instant.is_none() {
            let detail = "an RFC 3339 instant or whole seconds since 1970";
            self.record(Code::InvalidValue, key, Some(detail.into()));
        }
        instant
    }

    /// Records a problem if the text at `key` is longer than `max`, or empty when `required`;
    /// the path is written only for a problem.
    pub(crate) fn check_text(&mut self, key: &str, text: &str, max: usize, required: bool) {
        crate::limits::check_text(self.problems, self.at.name(key), text, max, required);
    }

    /// `value`, read at `key`, checked as a money amount (0 to the largest, at most 6 places).
    pub(crate) fn check_amount(&mut self, key: &str, value: Decimal) -> Decimal {
        crate::limits::check_amount(self.problems, self.at.name(key), value, crate::limits::MAX_SCALE);
        value
    }

    /// A snake_case tag of an enum; missing reads as `None`.
    pub(crate) fn tag<T: DeserializeOwned>(&mut self, key: &str, allowed: &str) -> Option<T> {
        let value = self.get(key)?;
        if value.as_str().is_none() {
            self.wrong_type(key, "a string");
            return None;
        }
        let parsed = de::deserialize(value, "", &mut Problems::default());
        if parsed.is_none() {
            self.record(Code::UnknownValue, key, Some(allowed.into()));
        }
        parsed
    }

    /// Each entry of a list read by `read` at its place; at most `max` are read (more are recorded).
    pub(crate) fn list<T>(&mut self, key: &str, max: usize, mut read: impl FnMut(&mut Fields) -> T) -> Vec<T> {
        let items = self.entries(key, max);
        let list = self.at.name(key);
        items
            .iter()
            .enumerate()
            .map(|(i, item)| read(&mut Fields::of(item, list.index(i), self.problems)))
            .collect()
    }

    /// The entries of a list, without their paths (for a reader that writes a path only when an
    /// entry has a problem, see [`Problems::nest`]); at most `max` are read (more are recorded).
    pub(crate) fn entries(&mut self, key: &str, max: usize) -> &'v [Json<'v>] {
        match self.get(key) {
            None => &[],
            Some(Json::Array(items)) => {
                if items.len() > max {
                    self.record(Code::TooMany, key, Some(format!("at most {max}")));
                }
                items.get(..max).unwrap_or(items)
            }
            Some(_) => {
                self.wrong_type(key, "a list");
                &[]
            }
        }
    }

    /// The fields of a nested object.
    pub(crate) fn object<'s>(&'s mut self, key: &'s str) -> Fields<'v, 's> {
        let at = self.at.name(key);
        match self.get(key) {
            Some(value) => Fields::of(value, at, self.problems),
            None => Fields {
                map: None,
                at,
                problems: self.problems,
            },
        }
    }

    /// The problems, for reading nested values with their own `Fields`.
    pub(crate) fn problems(&mut self) -> &mut Problems {
        self.problems
    }
}

/// The whole number `d` is, or `None` if it has a fraction (a decimal without places is one).
fn whole_part(d: Decimal) -> Option<i128> {
    if d.scale() == 0 {
        Some(d.mantissa())
    } else if d.fract().is_zero() {
        Some(d.trunc().mantissa())
    } else {
        None
    }
}

/// A decimal from a JSON number or a numeric string, or the problem's code and detail.
fn decimal(value: &Json) -> Result<Decimal, number::Refused> {
    match value {
        Json::Number(n) => n.decimal(),
        Json::String(s) => number::exact_decimal(s),
        Json::Null => Err((Code::Required, None)),
        _ => Err((Code::InvalidType, Some("a number".into()))),
    }
}

/// A decimal argument, read as the request reads its amounts.
impl Read for Decimal {
    fn read(value: &Json, root: &str, problems: &mut Problems) -> Option<Self> {
        decimal(value)
            .map_err(|(code, detail)| problems.push(code, root, detail))
            .ok()
    }
}

/// A list argument whose entries have their own reader: every entry's problems, at `root[i]`.
impl<T: Read> Read for Vec<T> {
    fn read(value: &Json, root: &str, problems: &mut Problems) -> Option<Self> {
        let Json::Array(items) = value else {
            let (code, detail) = match value {
                Json::Null => (Code::Required, None),
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
