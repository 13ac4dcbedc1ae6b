//! Values to JSON text: a serde `Serializer` that writes compact JSON, byte for byte what
//! `serde_json::to_string` writes, into one `String`. It is faster where the answers spend their
//! bytes: a string is pushed as whole runs, found eight bytes at a time, where serde_json looks
//! each byte up in its escape table; a struct's member names, fixed when the library is built,
//! are pushed unsearched; and no byte goes through `io::Write`.

use std::fmt;

use serde::ser::{self, Serialize};

use crate::error::{internal, Error};
use crate::input::{number, plain_run_len};

/// `value` as compact JSON text; a value that JSON cannot hold (a map whose keys are not
/// strings or numbers, a float key that is not finite) is the library's own defect, `internal`.
pub(crate) fn to_json<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    append_json(String::with_capacity(1024), value)
}

/// `text` with `value`'s compact JSON text appended (see [`to_json`]).
pub(crate) fn append_json<T: Serialize + ?Sized>(text: String, value: &T) -> Result<String, Error> {
    let mut out = Text {
        json: Buffer::new(text),
        decimal_next: false,
    };
    value.serialize(&mut out).map_err(internal)?;
    Ok(out.json.into_string())
}

/// How many bytes a [`Buffer`] holds before it appends them to its text.
const PENDING: usize = 256;

/// A text appended to through a small buffer: each of an answer's many short writes (a comma, a
/// quote mark, a member's name, a decimal) is a copy into the buffer, inlined, and the buffer is
/// appended to the text when full. In the wasm, built for size, `String::push` and `push_str`
/// are a chain of calls for each write (the reservation, the growth check, the copy, a
/// character's encoding): a fifth of a 10-line quote's time in Node.
struct Buffer {
    text: String,
    pending: [u8; PENDING],
    /// How many bytes of `pending` are written: always whole `str`s, so they are UTF-8.
    len: usize,
}

impl Buffer {
    /// A buffer appending to `text`.
    fn new(text: String) -> Self {
        Buffer {
            text,
            pending: [0; PENDING],
            len: 0,
        }
    }

    /// Appends `s`.
    #[inline(always)]
    fn push_str(&mut self, s: &str) {
        let end = self.len.wrapping_add(s.len());
        match self.pending.get_mut(self.len..end) {
            Some(free) => {
                copy(free, s.as_bytes());
                self.len = end;
            }
            None => self.push_past_pending(s),
        }
    }

    /// Appends `c`: an ASCII character as its byte.
    #[inline(always)]
    fn push(&mut self, c: char) {
        match (u8::try_from(c), self.pending.get_mut(self.len)) {
            (Ok(byte), Some(free)) if c.is_ascii() => {
                *free = byte;
                self.len = self.len.wrapping_add(1);
            }
            _ => self.push_str(c.encode_utf8(&mut [0; 4])),
        }
    }

    /// Appends `s` when the buffer cannot take it: the buffer first, then `s` to the text, or
    /// to the emptied buffer when it fits there.
    #[inline(never)]
    fn push_past_pending(&mut self, s: &str) {
        self.flush();
        match self.pending.get_mut(..s.len()) {
            Some(free) => {
                copy(free, s.as_bytes());
                self.len = s.len();
            }
            None => self.text.push_str(s),
        }
    }

    /// The text, every byte written so far appended.
    fn text(&mut self) -> &mut String {
        self.flush();
        &mut self.text
    }

    /// The whole text.
    fn into_string(mut self) -> String {
        self.flush();
        self.text
    }

    /// Appends the buffer's bytes to the text.
    fn flush(&mut self) {
        let pending = self.pending.get(..self.len).unwrap_or_default();
        // Whole `str`s back to back are UTF-8: the check cannot fail, and costs little beside
        // the copies it saves.
        self.text.push_str(std::str::from_utf8(pending).unwrap_or_default());
        self.len = 0;
    }
}

/// Copies `from` into `to`, of the same length (`copy_from_slice` is a call of its own in the
/// wasm, for its length check).
#[inline(always)]
fn copy(to: &mut [u8], from: &[u8]) {
    for (to, from) in to.iter_mut().zip(from) {
        *to = *from;
    }
}

/// The JSON text written so far.
struct Text {
    json: Buffer,
    /// The next string is a decimal's text (see `serialize_newtype_struct`), which holds
    /// nothing to escape.
    decimal_next: bool,
}

/// Why a value could not be written.
#[derive(Debug)]
struct Unwritable(String);

impl fmt::Display for Unwritable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Unwritable {}

impl ser::Error for Unwritable {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Unwritable(msg.to_string())
    }
}

/// serde_json's names for the structs that carry a number's literal or raw JSON text.
const SERDE_JSON_TOKENS: [&str; 2] = ["$serde_json::private::Number", "$serde_json::private::RawValue"];

impl Text {
    /// Pushes `s` as a JSON string: quoted, with serde_json's escapes (`\"`, `\\`, `\b`, `\f`,
    /// `\n`, `\r`, `\t`, and `\u00XX` for any other control character).
    fn string(&mut self, s: &str) {
        self.quoted(s, false);
    }

    /// Pushes `s` as a JSON string (see [`Text::string`]), unsearched when it is `known_plain`.
    fn quoted(&mut self, s: &str, known_plain: bool) {
        self.json.push('"');
        if known_plain || plain_run_len(s.as_bytes()) == s.len() {
            self.json.push_str(s);
        } else {
            self.escaped(s);
        }
        self.json.push('"');
    }

    /// Pushes the contents of a string that holds a character to escape.
    #[cold]
    fn escaped(&mut self, s: &str) {
        let mut rest = s;
        loop {
            let run = plain_run_len(rest.as_bytes());
            let (plain, escaped) = rest.split_at_checked(run).unwrap_or((rest, ""));
            self.json.push_str(plain);
            let mut chars = escaped.chars();
            let Some(c) = chars.next() else { break };
            self.escape(c);
            rest = chars.as_str();
        }
    }

    /// Pushes the escape of `c`, a quote mark, a backslash or a control character.
    fn escape(&mut self, c: char) {
        let short = match c {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\u{8}' => "\\b",
            '\u{c}' => "\\f",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            _ => {
                // `\u00` and two lowercase hex digits, as serde_json writes them.
                let code = u32::from(c);
                self.json.push_str("\\u00");
                for nibble in [code >> 4 & 0xf, code & 0xf] {
                    self.json.push(char::from_digit(nibble, 16).unwrap_or('0'));
                }
                return;
            }
        };
        self.json.push_str(short);
    }

    /// Pushes a whole number.
    fn integer<I: itoa::Integer>(&mut self, n: I) -> Result<(), Unwritable> {
        self.json.push_str(itoa::Buffer::new().format(n));
        Ok(())
    }

    /// Pushes a float: `null` when it is not finite, as serde_json writes it.
    fn float<F: zmij::Float>(&mut self, f: F, finite: bool) {
        match finite {
            true => self.json.push_str(zmij::Buffer::new().format_finite(f)),
            false => self.json.push_str("null"),
        }
    }

    /// Opens `{"variant":` of an enum's variant with content, closed by `}`.
    fn open_variant(&mut self, variant: &str) {
        self.json.push('{');
        self.string(variant);
        self.json.push(':');
    }

    /// The members of a list or an object opened by `open`, closed by `close`.
    fn members(&mut self, open: &str, close: &'static str) -> Members<'_> {
        self.json.push_str(open);
        Members {
            text: self,
            first: true,
            close,
        }
    }
}

/// A list's entries or an object's members being written: a comma before all but the first.
struct Members<'t> {
    text: &'t mut Text,
    first: bool,
    close: &'static str,
}

impl Members<'_> {
    /// Pushes the comma before an entry or a member unless it is the first.
    fn next(&mut self) {
        if !self.first {
            self.text.json.push(',');
        }
        self.first = false;
    }

    /// Pushes an entry.
    fn entry<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unwritable> {
        self.next();
        value.serialize(&mut *self.text)
    }

    /// Pushes a member of a struct: its name, then its value. The names of a struct's members
    /// are fixed when the library is built (Rust's names, or those `rename` gives), and none
    /// holds a character that JSON escapes: each is pushed as it is, unsearched.
    fn field<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) -> Result<(), Unwritable> {
        self.name(name);
        value.serialize(&mut *self.text)
    }

    /// Pushes a struct member's name and its colon, after a comma unless it is the first.
    // In the wasm, built for size, one copy rather than one in each writer of a field's type
    // (7 KB, no slower in Node); natively inlined, where the calls cost 3 % of the dispatch.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn name(&mut self, name: &'static str) {
        debug_assert_eq!(plain_run_len(name.as_bytes()), name.len(), "{name:?} needs escaping");
        self.next();
        let text = &mut self.text.json;
        text.push('"');
        text.push_str(name);
        text.push_str("\":");
    }

    /// Closes the list or object.
    fn close(self) -> Result<(), Unwritable> {
        self.text.json.push_str(self.close);
        Ok(())
    }
}

/// A serializer's methods for every whole-number type, each handing the number to `self.$write`.
macro_rules! integers {
    ($write:ident) => {
        integers!(@each $write; serialize_i8 i8, serialize_i16 i16, serialize_i32 i32, serialize_i64 i64,
            serialize_i128 i128, serialize_u8 u8, serialize_u16 u16, serialize_u32 u32, serialize_u64 u64,
            serialize_u128 u128);
    };
    (@each $write:ident; $($method:ident $ty:ty),*) => {$(
        fn $method(self, n: $ty) -> Result<(), Unwritable> {
            self.$write(n)
        }
    )*};
}

impl<'t> ser::Serializer for &'t mut Text {
    type Ok = ();
    type Error = Unwritable;
    type SerializeSeq = Members<'t>;
    type SerializeTuple = Members<'t>;
    type SerializeTupleStruct = Members<'t>;
    type SerializeTupleVariant = Members<'t>;
    type SerializeMap = Members<'t>;
    type SerializeStruct = Members<'t>;
    type SerializeStructVariant = Members<'t>;

    fn serialize_bool(self, v: bool) -> Result<(), Unwritable> {
        self.json.push_str(if v { "true" } else { "false" });
        Ok(())
    }

    integers!(integer);

    fn serialize_f32(self, v: f32) -> Result<(), Unwritable> {
        self.float(v, v.is_finite());
        Ok(())
    }

    fn serialize_f64(self, v: f64) -> Result<(), Unwritable> {
        self.float(v, v.is_finite());
        Ok(())
    }

    fn serialize_char(self, v: char) -> Result<(), Unwritable> {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }

    fn serialize_str(self, v: &str) -> Result<(), Unwritable> {
        let known_plain = std::mem::take(&mut self.decimal_next);
        self.quoted(v, known_plain);
        Ok(())
    }

    fn serialize_bytes(self, v: &[u8]) -> Result<(), Unwritable> {
        let mut bytes = self.members("[", "]");
        for b in v {
            bytes.entry(b)?;
        }
        bytes.close()
    }

    fn serialize_none(self) -> Result<(), Unwritable> {
        self.serialize_unit()
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Unwritable> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), Unwritable> {
        self.json.push_str("null");
        Ok(())
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Unwritable> {
        self.serialize_unit()
    }

    fn serialize_unit_variant(self, _name: &'static str, _index: u32, variant: &'static str) -> Result<(), Unwritable> {
        self.string(variant);
        Ok(())
    }

    /// A decimal's text comes as a newtype named [`number::TEXT_NAME`]: written without looking
    /// for characters to escape (its digits, point and sign have none).
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, name: &'static str, value: &T) -> Result<(), Unwritable> {
        self.decimal_next = name == number::TEXT_NAME;
        let written = value.serialize(&mut *self);
        self.decimal_next = false;
        written
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Unwritable> {
        self.open_variant(variant);
        value.serialize(&mut *self)?;
        self.json.push('}');
        Ok(())
    }

    fn serialize_seq(self, _len: Option<usize>) -> Result<Members<'t>, Unwritable> {
        Ok(self.members("[", "]"))
    }

    fn serialize_tuple(self, _len: usize) -> Result<Members<'t>, Unwritable> {
        Ok(self.members("[", "]"))
    }

    fn serialize_tuple_struct(self, _name: &'static str, _len: usize) -> Result<Members<'t>, Unwritable> {
        Ok(self.members("[", "]"))
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Members<'t>, Unwritable> {
        self.open_variant(variant);
        Ok(self.members("[", "]}"))
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Members<'t>, Unwritable> {
        Ok(self.members("{", "}"))
    }

    fn serialize_struct(self, name: &'static str, _len: usize) -> Result<Members<'t>, Unwritable> {
        if SERDE_JSON_TOKENS.contains(&name) {
            return Err(Unwritable(format!("{name} is serde_json's own")));
        }
        Ok(self.members("{", "}"))
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Members<'t>, Unwritable> {
        self.open_variant(variant);
        Ok(self.members("{", "}}"))
    }
}

/// The serde traits of a list, each entry pushed by [`Members::entry`].
macro_rules! lists {
    ($($list:ident::$push:ident),*) => {$(
        impl ser::$list for Members<'_> {
            type Ok = ();
            type Error = Unwritable;

            fn $push<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unwritable> {
                self.entry(value)
            }

            fn end(self) -> Result<(), Unwritable> {
                self.close()
            }
        }
    )*};
}
lists!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

/// The serde traits of a struct, each member pushed by [`Members::field`].
macro_rules! structs {
    ($($record:ident),*) => {$(
        impl ser::$record for Members<'_> {
            type Ok = ();
            type Error = Unwritable;

            fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Unwritable> {
                self.field(key, value)
            }

            fn end(self) -> Result<(), Unwritable> {
                self.close()
            }
        }
    )*};
}
structs!(SerializeStruct, SerializeStructVariant);

impl ser::SerializeMap for Members<'_> {
    type Ok = ();
    type Error = Unwritable;

    /// Pushes a key as serde_json writes one: a string as it is; a number or a boolean quoted
    /// (`"12"`, `"true"`); anything else (a list, an object, `null`) refused.
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Unwritable> {
        self.next();
        let start = self.text.json.text().len();
        key.serialize(&mut *self.text)?;
        let text = self.text.json.text();
        let written = text.get(start..).unwrap_or_default();
        match written.bytes().next() {
            Some(b'"') => Ok(()),
            Some(b'0'..=b'9' | b'-' | b't' | b'f') => {
                text.insert(start, '"');
                text.push('"');
                Ok(())
            }
            _ => {
                let refused = Unwritable(format!("a map key must be a string, not {written}"));
                text.truncate(start);
                Err(refused)
            }
        }
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unwritable> {
        self.text.json.push(':');
        value.serialize(&mut *self.text)
    }

    fn end(self) -> Result<(), Unwritable> {
        self.close()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use proptest::prelude::*;
    use serde::Serialize;

    use super::*;

    /// Ours and serde_json's text of `value`.
    fn both<T: Serialize + ?Sized>(value: &T) -> (String, String) {
        (to_json(value).unwrap(), serde_json::to_string(value).unwrap())
    }

    #[derive(Serialize)]
    struct Unit;

    #[derive(Serialize)]
    struct Wrapper(u8);

    #[derive(Serialize)]
    struct Pair(i8, &'static str);

    #[derive(Serialize)]
    #[serde(rename_all = "snake_case")]
    enum Kind {
        Plain,
        Wrapped(String),
        Paired(u8, bool),
        Named { a: Option<u8>, b: Vec<u8> },
    }

    #[derive(Serialize)]
    struct Record {
        unit: Unit,
        wrapper: Wrapper,
        pair: Pair,
        kinds: Vec<Kind>,
        #[serde(skip_serializing_if = "Option::is_none")]
        skipped: Option<u8>,
        none: Option<u8>,
        empty: Vec<u8>,
        empty_map: BTreeMap<String, u8>,
        tuple: (u128, i128, char),
        floats: [f64; 6],
        small_float: f32,
        #[serde(with = "serde_bytes_as_seq")]
        bytes: Vec<u8>,
        int_keys: BTreeMap<i32, bool>,
        bool_keys: BTreeMap<bool, ()>,
        char_keys: BTreeMap<char, u8>,
        enum_keys: BTreeMap<KeyKind, u8>,
        option_keys: BTreeMap<Option<i8>, u8>,
        float_keys: FloatKeys,
        #[serde(with = "number::decimal")]
        amount: rust_decimal::Decimal,
        /// A string to escape after a decimal's text, and after a number named as one.
        escaped: &'static str,
        named_number: NamedNumber,
        escaped_again: &'static str,
    }

    /// A number in a newtype named as a decimal's text is.
    struct NamedNumber(u8);

    impl Serialize for NamedNumber {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_newtype_struct(number::TEXT_NAME, &self.0)
        }
    }

    /// A map keyed by floats (which no standard map can be).
    struct FloatKeys(Vec<(f64, u8)>);

    impl Serialize for FloatKeys {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_map(self.0.iter().map(|(k, v)| (k, v)))
        }
    }

    #[derive(Serialize, PartialEq, Eq, PartialOrd, Ord)]
    enum KeyKind {
        First,
    }

    /// Writes bytes through `serialize_bytes`.
    mod serde_bytes_as_seq {
        pub fn serialize<S: serde::Serializer>(v: &[u8], s: S) -> Result<S::Ok, S::Error> {
            s.serialize_bytes(v)
        }
    }

    #[test]
    fn every_kind_of_value_is_written_as_serde_json_writes_it() {
        let record = Record {
            unit: Unit,
            wrapper: Wrapper(7),
            pair: Pair(-3, "x"),
            kinds: vec![
                Kind::Plain,
                Kind::Wrapped("w".into()),
                Kind::Paired(1, true),
                Kind::Named { a: None, b: vec![1, 2] },
            ],
            skipped: None,
            none: None,
            empty: vec![],
            empty_map: BTreeMap::new(),
            tuple: (u128::MAX, i128::MIN, '\u{1}'),
            floats: [0.1, -0.0, 1e300, f64::NAN, f64::INFINITY, 12.0],
            small_float: 0.3,
            bytes: vec![0, 255],
            int_keys: BTreeMap::from([(-1, true), (20, false)]),
            bool_keys: BTreeMap::from([(true, ())]),
            char_keys: BTreeMap::from([('"', 1)]),
            enum_keys: BTreeMap::from([(KeyKind::First, 1)]),
            option_keys: BTreeMap::from([(Some(-3), 1)]),
            float_keys: FloatKeys(vec![(0.5, 1), (-2.0, 2)]),
            amount: rust_decimal::Decimal::new(-1250, 2),
            escaped: "a\"b\n",
            named_number: NamedNumber(5),
            escaped_again: "\\",
        };
        let (ours, theirs) = both(&record);
        assert_eq!(ours, theirs);
    }

    #[test]
    fn what_json_cannot_hold_is_refused_not_written() {
        assert!(to_json(&BTreeMap::from([((1, 2), 3)])).is_err());
        assert!(to_json(&BTreeMap::from([(None::<u8>, 3)])).is_err());
        assert!(to_json(&FloatKeys(vec![(f64::NAN, 1)])).is_err());
        assert!(serde_json::to_string(&FloatKeys(vec![(f64::NAN, 1)])).is_err());
        assert!(
            to_json(&serde_json::json!({"n": 1})).is_err(),
            "serde_json's private number"
        );
    }

    #[test]
    fn writes_across_the_buffer_s_edge_are_whole() {
        // Texts of every length to past twice the buffer's, of two-byte characters, escapes and
        // plain bytes, so that every write meets the edge at every offset; then as a map's
        // values under number keys, which are quoted in the text already appended.
        let texts: Vec<String> = (0..2 * PENDING + 2)
            .map(|n| "é\"a\n".chars().cycle().take(n).collect())
            .collect();
        let (ours, theirs) = both(&texts);
        assert_eq!(ours, theirs);
        let keyed: BTreeMap<usize, &String> = texts.iter().enumerate().collect();
        let (ours, theirs) = both(&keyed);
        assert_eq!(ours, theirs);
    }

    /// A JSON value as untagged Rust data, for random trees.
    #[derive(Debug, Clone, Serialize)]
    #[serde(untagged)]
    enum Tree {
        Null,
        Bool(bool),
        Int(i64),
        Float(f64),
        Text(String),
        List(Vec<Tree>),
        Map(BTreeMap<String, Tree>),
    }

    fn tree() -> impl Strategy<Value = Tree> {
        let leaf = prop_oneof![
            Just(Tree::Null),
            any::<bool>().prop_map(Tree::Bool),
            any::<i64>().prop_map(Tree::Int),
            any::<f64>().prop_map(Tree::Float),
            any::<String>().prop_map(Tree::Text),
            "[\"\\\\\\x00-\\x1f a-zé]{0,20}".prop_map(Tree::Text),
        ];
        leaf.prop_recursive(4, 40, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Tree::List),
                prop::collection::btree_map("[\"\\\\\\x00-\\x1f a-z]{0,12}", inner, 0..6).prop_map(Tree::Map),
            ]
        })
    }

    proptest! {
        #[test]
        fn any_tree_is_written_as_serde_json_writes_it(tree in tree()) {
            let (ours, theirs) = both(&tree);
            prop_assert_eq!(ours, theirs);
        }
    }
}
