//! JSON text to a tree ([`Json`]) that borrows from it, with one reading only: a key repeated in an object is refused (a host
//! whose parser keeps the first would see another order than one that keeps the last), and
//! numbers keep their literal text (serde_json's `arbitrary_precision`).

use std::borrow::Cow;
use std::collections::HashSet;

use super::tree::{key_order, Json, Number, Object};
use crate::arena::Arena;
use crate::error::{Code, Error, Place};

/// The most bytes a JSON input (an order request, pricing rules) may have.
pub const MAX_INPUT_BYTES: usize = 1 << 20;

/// The most bytes of one call's arguments as JSON text: room for an OT answer of
/// [`crate::otapi::MAX_ANSWER_BYTES`] however much JSON escapes it.
pub const MAX_CALL_BYTES: usize = 2 * crate::otapi::MAX_ANSWER_BYTES;

/// The longest key an error path quotes; a longer one is cut, so that no error echoes a huge input.
const MAX_KEY_IN_PATH: usize = 100;

/// Parses JSON text of at most [`MAX_INPUT_BYTES`]; see [`parse_json_within`].
pub(crate) fn parse_json<'a>(text: &'a str, field: &str, arena: &'a Arena) -> Result<Json<'a>, Error> {
    parse_json_within(text, field, MAX_INPUT_BYTES, arena)
}

/// Parses JSON text of at most `max` bytes, its lists, objects and unescaped strings kept in
/// `arena`; syntax errors carry their line and column; a repeated key is `duplicate` at its path
/// under `field`.
pub(crate) fn parse_json_within<'a>(
    text: &'a str,
    field: &str,
    max: usize,
    arena: &'a Arena,
) -> Result<Json<'a>, Error> {
    if text.len() > max {
        return Err(Error::new(Code::TooLong, field, Some(format!("at most {max} bytes"))));
    }
    match Scanner::new(text, arena).document(&Place::root(field)) {
        Ok(value) => Ok(value),
        Err(Stop::Repeated(path)) => Err(Error::new(Code::Duplicate, path, None)),
        Err(Stop::Syntax(at)) => {
            let (line, column) = line_and_column(text.as_bytes(), at);
            Err(Error::new(
                Code::InvalidJson,
                field,
                Some(format!("line {line}, column {column}")),
            ))
        }
    }
}

/// A key as an error path quotes it: cut after [`MAX_KEY_IN_PATH`] characters.
pub(crate) fn key_in_path(key: &str) -> String {
    match key.char_indices().nth(MAX_KEY_IN_PATH) {
        Some((at, _)) => format!("{}…", key.get(..at).unwrap_or(key)),
        None => key.to_owned(),
    }
}

/// How many bytes each stack of a [`Scanner`] has room for at first: those of a small order, read
/// without growing them, and no more than the allocator hands out from its per-thread cache
/// (glibc's tcache: up to 1032 bytes), where a larger block costs several times as much.
const FIRST_ROOM_BYTES: usize = 1024;

/// Room for `FIRST_ROOM_BYTES` of `T`s.
fn first_room<T>() -> Vec<T> {
    Vec::with_capacity(FIRST_ROOM_BYTES.checked_div(std::mem::size_of::<T>()).unwrap_or(0))
}

/// A member of an object: its key and its value.
type Member<'de> = (&'de str, Json<'de>);

/// Why a reading stopped.
enum Stop {
    /// The text is not JSON: the byte offset serde_json would report the error at.
    Syntax(usize),
    /// A key repeated in an object: its path.
    Repeated(String),
}

/// The line (from 1) and column (from 0, in bytes) of the byte offset `at`, as serde_json counts them.
fn line_and_column(bytes: &[u8], at: usize) -> (usize, usize) {
    let before = bytes.get(..at).unwrap_or(bytes);
    let start_of_line = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i.saturating_add(1));
    let lines_before = before.iter().take(start_of_line).filter(|&&b| b == b'\n').count();
    (lines_before.saturating_add(1), at.saturating_sub(start_of_line))
}

/// How deep lists and objects may nest: serde_json's limit, reached at the 128th open bracket.
const MAX_DEPTH: u8 = 127;

/// A reader of JSON text into a [`Json`] tree, accepting and refusing exactly what serde_json
/// does (RFC 8259, nesting within [`MAX_DEPTH`]) and placing each error where serde_json places
/// it, so that a host sees the same line and column whichever reads its text.
struct Scanner<'de> {
    text: &'de str,
    bytes: &'de [u8],
    /// The offset of the next byte to read.
    at: usize,
    /// Where the lists, objects and unescaped strings go.
    arena: &'de Arena,
    /// How many lists and objects are open.
    depth: u8,
    /// The stacks on which the entries of the lists and the members of the objects being read
    /// are gathered, each list and object then copied into the arena.
    items: Vec<Json<'de>>,
    members: Vec<Member<'de>>,
}

impl<'de> Scanner<'de> {
    /// A scanner at the start of `text`.
    fn new(text: &'de str, arena: &'de Arena) -> Self {
        Scanner {
            text,
            bytes: text.as_bytes(),
            at: 0,
            arena,
            depth: 0,
            items: first_room(),
            members: first_room(),
        }
    }

    /// The whole text: one value, with nothing but whitespace after it.
    fn document(&mut self, root: &Place) -> Result<Json<'de>, Stop> {
        let value = self.value(root)?;
        match self.skip_whitespace() {
            Some(_) => Err(self.error_after()),
            None => Ok(value),
        }
    }

    /// The byte at the reading point, if any.
    // This and the three below are inlined for the wasm, built for size, where each was a call
    // for every byte read.
    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    /// Moves past one byte.
    #[inline(always)]
    fn advance(&mut self) {
        // An offset within a text, at most its length: far from wrapping.
        self.at = self.at.wrapping_add(1);
    }

    /// The next byte, moved past.
    #[inline(always)]
    fn next(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.advance();
        Some(b)
    }

    /// An error at the reading point (serde_json's `error`: after the byte just read).
    fn error(&self) -> Stop {
        Stop::Syntax(self.at)
    }

    /// An error one byte past the reading point (serde_json's `peek_error`: at the byte looked at).
    fn error_after(&self) -> Stop {
        Stop::Syntax(self.at.saturating_add(1).min(self.bytes.len()))
    }

    /// Moves past whitespace to the next byte, returned without moving past it.
    #[inline(always)]
    fn skip_whitespace(&mut self) -> Option<u8> {
        while let Some(b) = self.peek() {
            if !matches!(b, b' ' | b'\n' | b'\t' | b'\r') {
                return Some(b);
            }
            self.advance();
        }
        None
    }

    /// A value at `at`, after any whitespace.
    fn value(&mut self, at: &Place) -> Result<Json<'de>, Stop> {
        let Some(first) = self.skip_whitespace() else {
            return Err(self.error_after());
        };
        match first {
            b'n' => self.word(b"null").map(|()| Json::Null),
            b't' => self.word(b"true").map(|()| Json::Bool(true)),
            b'f' => self.word(b"false").map(|()| Json::Bool(false)),
            b'-' | b'0'..=b'9' => self.number().map(Json::Number),
            b'"' => {
                self.advance();
                self.string().map(Json::String)
            }
            b'[' => self.nested(|s| s.list(at)),
            b'{' => self.nested(|s| s.object(at)),
            _ => Err(self.error_after()),
        }
    }

    /// The literal `word`, whose first byte is at the reading point.
    fn word(&mut self, word: &[u8]) -> Result<(), Stop> {
        self.advance();
        for &expected in word.iter().skip(1) {
            if self.next() != Some(expected) {
                return Err(self.error());
            }
        }
        Ok(())
    }

    /// A list or an object, read by `read` from its opening bracket at the reading point to its
    /// closing one, one level deeper.
    fn nested(&mut self, read: impl FnOnce(&mut Self) -> Result<Json<'de>, Stop>) -> Result<Json<'de>, Stop> {
        if self.depth >= MAX_DEPTH {
            return Err(self.error_after());
        }
        self.depth = self.depth.saturating_add(1);
        self.advance();
        let value = read(self)?;
        self.advance();
        self.depth = self.depth.saturating_sub(1);
        Ok(value)
    }

    /// Whether another entry or member follows, the reading point then at its first byte; `false`
    /// at the closing bracket `close`. `key` asks for a member, whose first byte is a quote mark.
    fn more(&mut self, first: bool, close: u8, key: bool) -> Result<bool, Stop> {
        match self.skip_whitespace() {
            Some(b) if b == close => Ok(false),
            Some(b) if first && (!key || b == b'"') => Ok(true),
            Some(b',') if !first => {
                self.advance();
                match self.skip_whitespace() {
                    Some(b) if b == close => Err(self.error_after()),
                    Some(b) if !key || b == b'"' => Ok(true),
                    _ => Err(self.error_after()),
                }
            }
            _ => Err(self.error_after()),
        }
    }

    /// A list's entries, from after its `[` to its `]`.
    fn list(&mut self, at: &Place) -> Result<Json<'de>, Stop> {
        let start = self.items.len();
        let mut first = true;
        while self.more(first, b']', false)? {
            first = false;
            let item = self.value(&at.index(self.items.len().saturating_sub(start)))?;
            self.items.push(item);
        }
        let items = self.arena.alloc_slice_copy(self.items.get(start..).unwrap_or_default());
        self.items.truncate(start);
        Ok(Json::Array(items))
    }

    /// An object's members, from after its `{` to its `}`; a repeated key stops the reading.
    fn object(&mut self, at: &Place) -> Result<Json<'de>, Stop> {
        let mut keys = Keys::new(self.members.len());
        let mut first = true;
        while self.more(first, b'}', true)? {
            first = false;
            self.advance();
            let key = self.string()?;
            let Some(slot) = keys.slot(&self.members, key) else {
                return Err(Stop::Repeated(at.name(key).to_string()));
            };
            match self.skip_whitespace() {
                Some(b':') => self.advance(),
                _ => return Err(self.error_after()),
            }
            let value = self.value(&at.name(key))?;
            keys.insert(&mut self.members, slot, (key, value));
        }
        Ok(Json::Object(keys.object(&mut self.members, self.arena)))
    }

    /// A number, from its first byte: a whole number that fits 64 bits as itself, any other as
    /// its literal in serde_json's form (the exponent as `e` and a sign).
    fn number(&mut self) -> Result<Number<'de>, Stop> {
        let start = self.at;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.advance();
        }
        match self.next() {
            Some(b'0') if matches!(self.peek(), Some(b'0'..=b'9')) => return Err(self.error_after()),
            Some(b'0'..=b'9') => {
                self.digits();
            }
            _ => return Err(self.error()),
        }
        let fraction = self.peek() == Some(b'.');
        if fraction {
            self.advance();
            if !self.digits() {
                return Err(self.error_after());
            }
        }
        let exponent = matches!(self.peek(), Some(b'e' | b'E'));
        if exponent {
            self.exponent()?;
        }
        let literal = self.text.get(start..self.at).unwrap_or_default();
        let whole = match (fraction || exponent, negative) {
            (false, false) => literal.parse().ok().map(Number::Unsigned),
            // `-0` stays a literal, as serde_json keeps it.
            (false, true) if literal != "-0" => literal.parse().ok().map(Number::Signed),
            _ => None,
        };
        Ok(whole.unwrap_or_else(|| {
            Number::Literal(match exponent {
                false => literal,
                true => match in_serde_json_form(literal) {
                    Cow::Borrowed(literal) => literal,
                    Cow::Owned(rewritten) => self.arena.alloc_str(&rewritten),
                },
            })
        }))
    }

    /// Moves past decimal digits; whether there was one.
    fn digits(&mut self) -> bool {
        let from = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.advance();
        }
        self.at > from
    }

    /// An exponent, from its `e`.
    fn exponent(&mut self) -> Result<(), Stop> {
        self.advance();
        if matches!(self.peek(), Some(b'+' | b'-')) {
            self.advance();
        }
        match self.next() {
            Some(b'0'..=b'9') => {
                self.digits();
                Ok(())
            }
            _ => Err(self.error()),
        }
    }

    /// A string's text, from after its opening quote mark to after its closing one: a slice of
    /// the text unless it holds an escape, then unescaped into the arena.
    #[inline(always)] // every key and string value: no call each (5k of 117k instructions, 10 lines)
    fn string(&mut self) -> Result<&'de str, Stop> {
        let start = self.at;
        self.skip_plain();
        if self.peek() != Some(b'"') {
            let unescaped = self.escaped_string(start)?;
            return Ok(self.arena.alloc_str(&unescaped));
        }
        let text = self.text.get(start..self.at).unwrap_or_default();
        self.advance();
        Ok(text)
    }

    /// A string that holds an escape (or is not closed), from `start`, after its opening quote
    /// mark, to after its closing one, the reading point at the first byte that ends a plain run.
    #[cold]
    fn escaped_string(&mut self, mut start: usize) -> Result<String, Stop> {
        let mut unescaped = String::new();
        loop {
            unescaped.push_str(self.text.get(start..self.at).unwrap_or_default());
            match self.next() {
                Some(b'"') => return Ok(unescaped),
                Some(b'\\') => unescaped.push(self.escape()?),
                _ => return Err(self.error()),
            }
            start = self.at;
            self.skip_plain();
        }
    }

    /// Moves to the next byte that ends a string's plain run.
    fn skip_plain(&mut self) {
        let rest = self.bytes.get(self.at..).unwrap_or_default();
        // Within the text: far from wrapping.
        self.at = self.at.wrapping_add(plain_run_len(rest));
    }

    /// The character an escape stands for, from after its backslash.
    fn escape(&mut self) -> Result<char, Stop> {
        Ok(match self.next() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => return self.unicode_escape(),
            _ => return Err(self.error()),
        })
    }

    /// The character of a `\u` escape, from after its `u`: a pair of them for a character
    /// past the first plane; a lone surrogate is refused.
    fn unicode_escape(&mut self) -> Result<char, Stop> {
        let high = self.hex4()?;
        if !(0xD800..=0xDBFF).contains(&high) {
            return char::from_u32(high).ok_or_else(|| self.error());
        }
        for expected in [b'\\', b'u'] {
            let found = self.peek().ok_or_else(|| self.error())?;
            self.advance();
            if found != expected {
                return Err(self.error());
            }
        }
        let low = self.hex4()?;
        if !(0xDC00..=0xDFFF).contains(&low) {
            return Err(self.error());
        }
        let c = high.saturating_sub(0xD800) << 10 | low.saturating_sub(0xDC00);
        char::from_u32(c.saturating_add(0x1_0000)).ok_or_else(|| self.error())
    }

    /// Four hex digits, as a number.
    fn hex4(&mut self) -> Result<u32, Stop> {
        let Some(digits) = self.bytes.get(self.at..self.at.saturating_add(4)) else {
            self.at = self.bytes.len();
            return Err(self.error());
        };
        self.at = self.at.saturating_add(4);
        let mut n = 0u32;
        for &d in digits {
            let v = char::from(d).to_digit(16).ok_or_else(|| self.error())?;
            n = n << 4 | v;
        }
        Ok(n)
    }
}

/// How many bytes of `bytes` a JSON string holds as they are: up to the first quote mark,
/// backslash or control character. Eight bytes at a time, each word tested for all three at once
/// (the count, at most the text's length, is far from wrapping).
pub(crate) fn plain_run_len(bytes: &[u8]) -> usize {
    let mut words = bytes.chunks_exact(8);
    let mut len = 0usize;
    for word in &mut words {
        let stops = plain_run_ends(u64::from_le_bytes(word.try_into().unwrap_or([0; 8])));
        if stops != 0 {
            let within = usize::try_from(stops.trailing_zeros() / 8).unwrap_or(0);
            return len.wrapping_add(within);
        }
        len = len.wrapping_add(8);
    }
    let tail = words.remainder();
    len.wrapping_add(tail.iter().position(|&b| ends_plain_run(b)).unwrap_or(tail.len()))
}

/// Whether a byte ends a string's plain run: a quote mark, a backslash or a control character.
fn ends_plain_run(b: u8) -> bool {
    b == b'"' || b == b'\\' || b < 0x20
}

/// The high bit of each byte of `word` (eight bytes, the first lowest) set where the byte may end
/// a plain run, the lowest set one surely does: each test is the "has a zero byte" trick, whose
/// borrow can only mark bytes above a true one.
fn plain_run_ends(word: u64) -> u64 {
    const ONES: u64 = u64::MAX / 255;
    const HIGHS: u64 = ONES << 7;
    let zero_in = |w: u64| w.wrapping_sub(ONES) & !w;
    let control = word.wrapping_sub(ONES.wrapping_mul(0x20)) & !word;
    let quote = zero_in(word ^ ONES.wrapping_mul(u64::from(b'"')));
    let backslash = zero_in(word ^ ONES.wrapping_mul(u64::from(b'\\')));
    (control | quote | backslash) & HIGHS
}

/// A number's literal in serde_json's form: as written, but an exponent as `e` and a sign.
fn in_serde_json_form(literal: &str) -> Cow<'_, str> {
    match literal.split_once(['e', 'E']) {
        Some((mantissa, exponent)) if literal.contains('E') || !exponent.starts_with(['+', '-']) => {
            let sign = if exponent.starts_with(['+', '-']) { "" } else { "+" };
            Cow::Owned(format!("{mantissa}e{sign}{exponent}"))
        }
        _ => Cow::Borrowed(literal),
    }
}

/// Past this many members, an object's keys are checked for repeats through a hash set, and
/// sorted once read, rather than kept in order as they come: a huge object costs `n log n`.
const MAX_ORDERED_KEYS: usize = 16;

/// The keys of the object being read, whose members are on the stack from `start`: in key order
/// up to [`MAX_ORDERED_KEYS`] of them, then also in a hash set, the later ones in the order read.
struct Keys<'de> {
    start: usize,
    set: Option<HashSet<&'de str>>,
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

    /// Where on the stack the member `key` goes, or `None` if it was read already.
    fn slot(&mut self, stack: &[Member<'de>], key: &str) -> Option<usize> {
        let members = self.members(stack);
        if self.set.is_none() && members.len() >= MAX_ORDERED_KEYS {
            self.set = Some(members.iter().map(|(k, _)| *k).collect());
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
            set.insert(member.0);
        }
        stack.insert(slot.min(stack.len()), member);
    }

    /// The object, its members taken off the stack into `arena`.
    fn object(self, stack: &mut Vec<Member<'de>>, arena: &'de Arena) -> Object<'de> {
        let members = arena.alloc_slice_copy(stack.get(self.start..).unwrap_or_default());
        stack.truncate(self.start);
        match self.set {
            Some(_) => Object::new(members),
            None => Object::sorted(members),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`super::parse_json`] with an arena of its own, kept as long as the test runs.
    fn parse_json<'a>(text: &'a str, field: &str) -> Result<Json<'a>, Error> {
        super::parse_json(text, field, Box::leak(Box::new(Arena::new())))
    }

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

    /// Ours and serde_json's reading of `text`, each as the written tree or the error's place;
    /// `None` where ours refuses a repeated key (serde_json keeps the last).
    fn both(text: &str) -> Option<(Result<String, String>, Result<String, String>)> {
        let theirs = serde_json::from_str::<serde_json::Value>(text)
            .map(|v| written(&Json::from_value(&v, &Arena::new())))
            .map_err(|e| format!("line {}, column {}", e.line(), e.column()));
        let ours = match parse_json(text, "") {
            Ok(tree) => Ok(written(&tree)),
            Err(e) if e.code() == Code::Duplicate => return None,
            Err(e) => Err(e.problems().next().and_then(|p| p.detail.clone()).unwrap_or_default()),
        };
        Some((ours, theirs))
    }

    #[test]
    fn the_tree_reads_as_a_serde_json_value_reads() {
        let texts = [
            r#"{"b": [1, -2, 2.50, 1E2, 1e-2, 1.5E+3, -0, 0, -0.0, 18446744073709551615, 18446744073709551616, -9223372036854775808, -9223372036854775809], "a": null, "B": true}"#,
            r#"{"s": "plain", "e": "tab\there \u00e9\ud83d\ude00\/\b\f\n\r\"\\", "\u00e9": {"": []}, "n": {"x": {"y": [[], {}]}}}"#,
            " \t\r\n[ 1 , { } ] \n",
            r#""text""#,
            "-12.5e-3",
            "false",
        ];
        let wide: Vec<String> = (0..40).map(|i| format!(r#""{}": [{i}]"#, (i * 7) % 40)).collect();
        let wide = format!("{{{}}}", wide.join(", "));
        for text in texts.into_iter().chain([wide.as_str()]) {
            let (ours, theirs) = both(text).unwrap();
            assert!(ours.is_ok(), "{text}");
            assert_eq!(ours, theirs, "{text}");
        }
        let refused = [
            "",
            " ",
            "{",
            "[",
            "[1",
            "[1,",
            "[1,]",
            "{\"a\"",
            "{\"a\":",
            "{\"a\":1,}",
            "{,}",
            "{1:2}",
            "{\n\"a\" 1}",
            "[1 2]",
            "{\"a\":1 \"b\":2}",
            "[1e]",
            "[1e+]",
            "[1.]",
            "[1.e2]",
            "[-]",
            "[-a]",
            "[01]",
            "[-01]",
            "[.5]",
            "[+1]",
            "{} []",
            "nul",
            "nulx",
            "tru",
            "[truex]",
            "fals",
            r#""abc"#,
            r#""a\"#,
            r#""a\x""#,
            r#""\u12""#,
            r#""\u12G4""#,
            r#""\udc00""#,
            r#""\ud83d""#,
            r#""\ud83d\n""#,
            r#""\ud83dx""#,
            r#""\ud83d\u0041""#,
            r#""\ud83d\"#,
            "\"a\u{1}b\"",
            "\"\u{7f}\" x",
            "\u{feff}{}",
            "[1]\n\n  x",
            "'a'",
            "{\"a\": 1 // x\n}",
            "[NaN]",
            "[Infinity]",
        ];
        for text in refused {
            let (ours, theirs) = both(text).unwrap();
            assert!(ours.is_err(), "{text:?}");
            assert_eq!(ours, theirs, "{text:?}");
        }
    }

    #[test]
    fn nesting_stops_where_serde_json_stops_it() {
        for depth in [126, 127, 128, 129, 1000] {
            for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
                let text = format!("{}1{}", open.repeat(depth), close.repeat(depth));
                let (ours, theirs) = both(&text).unwrap();
                assert_eq!(ours, theirs, "{depth} {open}");
            }
        }
    }

    #[test]
    fn serde_jsons_private_number_key_is_an_ordinary_key() {
        let tree = parse_json(r#"{"$serde_json::private::Number": "1E2"}"#, "").unwrap();
        assert_eq!(
            tree.get("$serde_json::private::Number").and_then(Json::as_str),
            Some("1E2")
        );
    }

    /// Pieces of JSON and of near-JSON, joined at random into texts that are often one byte
    /// from valid.
    const PIECES: &[&str] = &[
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        " ",
        "\n",
        "\"",
        "\\",
        "\"a\"",
        "\"b\"",
        "\"\\u00e9\"",
        "\"\\ud83d\\ude00\"",
        "\\u",
        "d83d",
        "\\n",
        "0",
        "1",
        "-",
        ".",
        "e",
        "E",
        "+",
        "12",
        "3.25",
        "true",
        "null",
        "fals",
        "é",
        "\u{1}",
        "x",
        "\"a long plain string\"",
        "\"سن توب كرتونة\"",
        "twelve bytes",
        "18446744073709551616",
        "-9223372036854775809",
        "{\"k\":",
        "[1,",
        "\"c\":[]",
    ];

    proptest::proptest! {
        #[test]
        fn a_word_marks_first_the_byte_a_plain_run_ends_at(word in proptest::array::uniform8(proptest::sample::select(
            vec![0u8, 0x1f, 0x20, b'"' - 1, b'"', b'"' + 1, b'\\' - 1, b'\\', b'\\' + 1, b'a', 0x7f, 0x80, 0xa2, 0xdc, 0xff],
        ))) {
            let first = word.iter().position(|&b| ends_plain_run(b)).map_or(64, |i| i * 8 + 7);
            proptest::prop_assert_eq!(plain_run_ends(u64::from_le_bytes(word)).trailing_zeros() as usize, first);
        }

        #[test]
        fn a_plain_run_ends_at_the_first_byte_that_ends_it(bytes in proptest::collection::vec(proptest::sample::select(
            vec![0u8, 0x1f, 0x20, b'"', b'\\', b'a', 0x7f, 0x80, 0xff],
        ), 0..40)) {
            let first = bytes.iter().position(|&b| ends_plain_run(b)).unwrap_or(bytes.len());
            proptest::prop_assert_eq!(plain_run_len(&bytes), first);
        }

        #[test]
        fn any_text_is_read_or_refused_as_serde_json_reads_it(
            picks in proptest::collection::vec(0..PIECES.len(), 0..40),
        ) {
            let text: String = picks.iter().map(|&i| PIECES[i]).collect();
            if let Some((ours, theirs)) = both(&text) {
                proptest::prop_assert_eq!(ours, theirs, "{:?}", text);
            }
        }

        #[test]
        fn a_valid_text_cut_or_changed_anywhere_is_refused_where_serde_json_refuses_it(
            at in 0usize..400,
            piece in 0..PIECES.len(),
            cut in proptest::bool::ANY,
        ) {
            let valid = r#"{"id": "o-1", "lines": [{"q": 2, "price": 10.50, "tags": ["a\"b", "\u00e9"]}, {"q": -1, "x": 1e-3, "ok": true, "no": null}], "z": {"e": []}}"#;
            let at = at % valid.len();
            let text = match cut {
                true => valid[..at].to_owned(),
                false => format!("{}{}{}", &valid[..at], PIECES[piece], &valid[at..]),
            };
            if let Some((ours, theirs)) = both(&text) {
                proptest::prop_assert_eq!(ours, theirs, "{:?}", text);
            }
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
