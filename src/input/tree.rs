//! A JSON value that borrows from the text it was read from and from an [`Arena`]: a string or
//! a key without escapes is a slice of the text, a whole number is held as a number, any other
//! number as its literal text; lists, objects and unescaped strings are in the arena. A tree
//! needs no new memory once the thread's arena has grown to its size, and it is dropped
//! whole, not node by node — where a `serde_json::Value` holds a `String` for every key, string
//! and number, and a B-tree for every object.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::fmt;

use rust_decimal::Decimal;

use super::number;
use crate::arena::Arena;

/// A JSON value, its strings borrowed from the text where they need no unescaping.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Json<'a> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Number(Number<'a>),
    /// A string, unescaped.
    String(&'a str),
    /// A list.
    Array(&'a [Json<'a>]),
    /// An object.
    Object(Object<'a>),
}

/// A JSON number: a whole number that fits 64 bits as itself, any other as its literal text in
/// serde_json's `arbitrary_precision` form (`1.10`, `1e+2`). Every reading of it is the one a
/// `serde_json::Number` (with `arbitrary_precision`) gives of the same literal.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Number<'a> {
    /// A whole number from 0 to `u64::MAX`.
    Unsigned(u64),
    /// A negative whole number from `i64::MIN`.
    Signed(i64),
    /// Any other number, as its literal.
    Literal(&'a str),
}

/// The members of a JSON object, sorted by key (each key once): visited in the order of a
/// `serde_json::Map` without `preserve_order`, and looked up by a scan or a binary search.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub(crate) struct Object<'a> {
    members: &'a [(&'a str, Json<'a>)],
}

impl<'a> Json<'a> {
    /// The tree of a `serde_json::Value`, borrowing its keys, strings and numbers' literals, its
    /// lists and objects in `arena`.
    pub(crate) fn from_value(value: &'a serde_json::Value, arena: &'a Arena) -> Self {
        use serde_json::Value;
        match value {
            Value::Null => Json::Null,
            Value::Bool(b) => Json::Bool(*b),
            Value::Number(n) => Json::Number(Number::Literal(n.as_str())),
            Value::String(s) => Json::String(s),
            Value::Array(items) => {
                Json::Array(arena.alloc_slice_fill_iter(items.iter().map(|v| Json::from_value(v, arena))))
            }
            Value::Object(map) => Json::Object(Object::new(
                arena.alloc_slice_fill_iter(map.iter().map(|(k, v)| (k.as_str(), Json::from_value(v, arena)))),
            )),
        }
    }

    /// Whether this is `null`.
    pub(crate) fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }

    /// The member `key` of an object; `None` for any other value.
    pub(crate) fn get(&self, key: &str) -> Option<&Json<'a>> {
        match self {
            Json::Object(object) => object.get(key),
            _ => None,
        }
    }

    /// The text of a string; `None` for any other value.
    pub(crate) fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }
}

impl<'a> Object<'a> {
    /// An object of `members`, each key once, in any order (sorted here, in place).
    pub(crate) fn new(members: &'a mut [(&'a str, Json<'a>)]) -> Self {
        members.sort_unstable_by(|(a, _), (b, _)| key_order(a, b));
        Object { members }
    }

    /// An object of `members` sorted by key already, each key once (the reader keeps them so).
    pub(crate) fn sorted(members: &'a [(&'a str, Json<'a>)]) -> Self {
        Object { members }
    }

    /// The value of the member `key`.
    pub(crate) fn get(&self, key: &str) -> Option<&'a Json<'a>> {
        let at = if self.members.len() <= MAX_SCANNED_MEMBERS {
            self.members.iter().position(|(k, _)| same_key(k, key))
        } else {
            self.members.binary_search_by(|(k, _)| key_order(k, key)).ok()
        };
        self.members.get(at?).map(|(_, value)| value)
    }

    /// The members, in key order.
    pub(crate) fn members(&self) -> &'a [(&'a str, Json<'a>)] {
        self.members
    }

    /// The keys, in order.
    pub(crate) fn keys(&self) -> impl Iterator<Item = &'a str> {
        self.members.iter().map(|(k, _)| *k)
    }
}

/// Up to this many members, an object is scanned for a key rather than searched: most keys differ
/// in their length or first byte, which tell them apart without a call to compare the texts.
const MAX_SCANNED_MEMBERS: usize = 16;

/// Whether `a` and `b` are the same key, told apart by their lengths and first bytes when they can.
fn same_key(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.as_bytes().first() == b.as_bytes().first() && a == b
}

/// The order of keys, `a.cmp(b)`: settled by the first bytes when they differ, as they do for
/// most keys of an object, without a call to compare the whole texts.
pub(crate) fn key_order(a: &str, b: &str) -> Ordering {
    match (a.as_bytes().first(), b.as_bytes().first()) {
        (Some(x), Some(y)) if x != y => x.cmp(y),
        _ => a.cmp(b),
    }
}

impl<'a> Number<'a> {
    /// The number as a `u64`, if it is a whole number in range.
    pub(crate) fn as_u64(&self) -> Option<u64> {
        match self {
            Number::Unsigned(n) => Some(*n),
            Number::Signed(n) => u64::try_from(*n).ok(),
            Number::Literal(text) => text.parse().ok(),
        }
    }

    /// The number as an `i64`, if it is a whole number in range.
    pub(crate) fn as_i64(&self) -> Option<i64> {
        match self {
            Number::Unsigned(n) => i64::try_from(*n).ok(),
            Number::Signed(n) => Some(*n),
            Number::Literal(text) => text.parse().ok(),
        }
    }

    /// The number as a decimal, exactly (see [`number::exact_decimal`]).
    pub(crate) fn decimal(&self) -> Result<Decimal, number::Refused> {
        match self {
            Number::Unsigned(n) => Ok(Decimal::from(*n)),
            Number::Signed(n) => Ok(Decimal::from(*n)),
            Number::Literal(text) => number::exact_decimal(text),
        }
    }

    /// Whether the number is a whole number as written (`42`, `-7`, not `4.0` or `1e2`).
    pub(crate) fn is_whole_literal(&self) -> bool {
        match self {
            Number::Unsigned(_) | Number::Signed(_) => true,
            Number::Literal(text) => {
                let digits = text.strip_prefix('-').unwrap_or(text);
                !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
            }
        }
    }

    /// The number's literal text: borrowed where it is held as text, written out where it is not.
    pub(crate) fn text(&self) -> Cow<'a, str> {
        match self {
            Number::Literal(text) => Cow::Borrowed(text),
            _ => Cow::Owned(self.to_string()),
        }
    }
}

impl fmt::Display for Number<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Number::Unsigned(n) => write!(f, "{n}"),
            Number::Signed(n) => write!(f, "{n}"),
            Number::Literal(text) => f.write_str(text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_serde_json_reads_them() {
        let literals = [
            "0",
            "7",
            "-7",
            "-0",
            "18446744073709551615",
            "18446744073709551616",
            "1.10",
            "1e+2",
            "-1.5e-3",
        ];
        for literal in literals {
            let value: serde_json::Number = literal.parse().unwrap();
            let ours = Number::Literal(literal);
            assert_eq!(ours.as_u64(), value.as_u64(), "{literal}");
            assert_eq!(ours.as_i64(), value.as_i64(), "{literal}");
            assert_eq!(ours.to_string(), value.to_string(), "{literal}");
        }
        for n in [0, 1, u64::MAX] {
            let held = Number::Unsigned(n);
            assert_eq!((held.as_u64(), held.as_i64()), (Some(n), i64::try_from(n).ok()));
            assert_eq!(held.decimal(), number::exact_decimal(&n.to_string()));
            assert_eq!(held.decimal().map(|d| d.scale()), Ok(0));
        }
        for n in [-1, i64::MIN] {
            let held = Number::Signed(n);
            assert_eq!((held.as_u64(), held.as_i64()), (None, Some(n)));
            assert_eq!(held.decimal(), number::exact_decimal(&n.to_string()));
        }
    }

    #[test]
    fn keys_are_ordered_as_texts_are() {
        let keys = ["", "a", "ab", "b", "B", "é", "aa", "a\u{0}"];
        for a in keys {
            for b in keys {
                assert_eq!(key_order(a, b), a.cmp(b), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn an_object_is_looked_up_and_visited_in_key_order() {
        let mut members = [("b", Json::Null), ("a", Json::Bool(true)), ("B", Json::Bool(false))];
        let object = Object::new(&mut members);
        assert_eq!(object.keys().collect::<Vec<_>>(), ["B", "a", "b"]);
        assert_eq!(object.get("a"), Some(&Json::Bool(true)));
        assert_eq!(object.get("c"), None);
        for size in [3, 16, 17, 40] {
            let keys: Vec<String> = (0..size).map(|i| format!("k{}", i * 7 % size)).collect();
            let mut members: Vec<_> = keys.iter().map(|k| (k.as_str(), Json::String(k))).collect();
            let object = Object::new(&mut members);
            for k in &keys {
                assert_eq!(object.get(k).and_then(Json::as_str), Some(k.as_str()));
            }
            assert_eq!(object.get("k"), None);
            assert_eq!(object.get(""), None);
        }
    }
}
