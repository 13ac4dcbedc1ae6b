//! XML through quick-xml: documents written by its writer (escaping included), and untrusted
//! answers read into a bounded tree of elements — JSON answers into the same tree, so that one
//! reader serves both. No entity is ever expanded: a DOCTYPE is refused, and only the five
//! predefined entities and character references are resolved.

use std::borrow::Cow;
use std::fmt::Write as _;

use crate::input::Json;
use quick_xml::events::{BytesEnd, BytesRef, BytesStart, BytesText, Event};
use quick_xml::{Reader, Writer};

use crate::error::{internal, Code, Error};

/// The most bytes an answer (XML or JSON) may have: a 1 000-line order is about 2 MB.
pub const MAX_ANSWER_BYTES: usize = 8 << 20;
/// The most levels of elements an answer may nest (OT's answers use fewer than ten).
pub const MAX_DEPTH: usize = 64;
/// The most elements (or JSON values) an answer may hold.
pub const MAX_ELEMENTS: usize = 200_000;

/// Whether XML 1.0 can carry `c` in text (its `Char` production; a `str` holds no surrogates).
pub(crate) fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | ' '..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Whether `text` has a control byte (tab and line ends included) or a 0xEF byte (with which
/// U+FFFE and U+FFFF begin): most texts have neither, and need no closer look. Folded over every
/// byte without an early exit, so that the loop is vectorised.
fn has_suspect_bytes(text: &str) -> bool {
    text.as_bytes().iter().fold(false, |seen, &b| seen | is_suspect(b))
}

/// Whether `b` is a control byte or 0xEF.
fn is_suspect(b: u8) -> bool {
    (b < 0x20) | (b == 0xEF)
}

/// Whether `text` has a byte the writer must look at: a suspect one (see [`has_suspect_bytes`]) or
/// one of the five characters XML escapes. Vectorised like [`has_suspect_bytes`].
fn needs_care(text: &str) -> bool {
    text.as_bytes().iter().fold(false, |seen, &b| {
        seen | is_suspect(b) | (b == b'"') | (b == b'&') | (b == b'\'') | (b == b'<') | (b == b'>')
    })
}

/// The first character of `text` that XML 1.0 cannot carry, as `U+0001`.
pub(crate) fn first_invalid_char(text: &str) -> Option<String> {
    if !has_suspect_bytes(text) {
        return None;
    }
    text.chars().find(|&c| !is_xml_char(c)).map(code_point)
}

/// `c` as `U+0001`.
fn code_point(c: char) -> String {
    format!("U+{:04X}", u32::from(c))
}

/// The reference a character is written as: the five characters XML escapes, and a carriage
/// return (so that a reader's end-of-line handling keeps it).
fn escaped_as(c: char) -> Option<&'static str> {
    match c {
        '<' => Some("&lt;"),
        '>' => Some("&gt;"),
        '&' => Some("&amp;"),
        '\'' => Some("&apos;"),
        '"' => Some("&quot;"),
        '\r' => Some("&#13;"),
        _ => None,
    }
}

/// Whether the writer must look at `c`: the character form of [`needs_care`] (of the characters
/// that begin with 0xEF, only U+FFFE and U+FFFF).
fn needs_care_char(c: char) -> bool {
    c < ' ' || matches!(c, '"' | '&' | '\'' | '<' | '>' | '\u{FFFE}' | '\u{FFFF}')
}

/// `text` escaped into `out` (emptied first), checked in the same pass: the first character XML
/// cannot carry stops it. The runs between the characters that need care are copied whole.
fn escape_into(out: &mut String, text: &str) -> Result<(), char> {
    out.clear();
    for piece in text.split_inclusive(needs_care_char) {
        let mut chars = piece.chars();
        match chars.next_back() {
            Some(c) if needs_care_char(c) => {
                out.push_str(chars.as_str());
                match escaped_as(c) {
                    Some(r) => out.push_str(r),
                    None if is_xml_char(c) => out.push(c),
                    None => return Err(c),
                }
            }
            _ => out.push_str(piece),
        }
    }
    Ok(())
}

/// Writes a document element by element through quick-xml, into bytes turned into text once.
/// Writing into memory cannot fail, and every text is checked before it is written; a text XML
/// cannot carry is a defect of the caller's checks and makes [`XmlWriter::finish`] fail as
/// `internal`.
pub(crate) struct XmlWriter {
    writer: Writer<Bytes>,
    failure: Option<Error>,
    /// A value as `Display` writes it, before it is written as a text (kept between values).
    formatted: String,
    /// A text that needs escaping, escaped (kept between texts).
    escaped: String,
}

impl XmlWriter {
    pub(crate) fn new() -> Self {
        XmlWriter {
            writer: Writer::new(Bytes(Vec::with_capacity(512))),
            failure: None,
            formatted: String::new(),
            escaped: String::new(),
        }
    }

    /// `<name>…</name>` around what `inner` writes.
    pub(crate) fn element(&mut self, name: &str, inner: impl FnOnce(&mut Self)) -> &mut Self {
        self.event(Event::Start(BytesStart::new(name)));
        inner(self);
        self.event(Event::End(BytesEnd::new(name)));
        self
    }

    /// `<name>text</name>`, escaped (a carriage return as `&#13;`). Most texts have nothing to
    /// escape or refuse, which one vectorised scan tells: they are written as they are.
    pub(crate) fn text(&mut self, name: &str, text: &str) -> &mut Self {
        if !needs_care(text) {
            return self.element(name, |w| w.event(Event::Text(BytesText::from_escaped(text))));
        }
        let mut escaped = std::mem::take(&mut self.escaped);
        match escape_into(&mut escaped, text) {
            Ok(()) => {
                self.element(name, |w| {
                    w.event(Event::Text(BytesText::from_escaped(escaped.as_str())))
                });
            }
            Err(c) => self.fail(internal(format!("{name} holds {}", code_point(c)))),
        }
        self.escaped = escaped;
        self
    }

    /// `<name>text</name>` when there is a text; nothing for `None` or an empty text.
    pub(crate) fn opt_text(&mut self, name: &str, text: Option<&str>) -> &mut Self {
        match text.filter(|t| !t.is_empty()) {
            Some(text) => self.text(name, text),
            None => self,
        }
    }

    /// `<name>value</name>` for a number, a date or a flag, as `Display` writes it (into a text
    /// kept between values: no allocation per value).
    pub(crate) fn value(&mut self, name: &str, value: impl std::fmt::Display) -> &mut Self {
        let mut formatted = std::mem::take(&mut self.formatted);
        formatted.clear();
        match write!(formatted, "{value}") {
            Ok(()) => {
                self.text(name, &formatted);
            }
            Err(e) => self.fail(internal(e)),
        }
        self.formatted = formatted;
        self
    }

    /// `<name>value</name>` when there is a value.
    pub(crate) fn opt_value(&mut self, name: &str, value: Option<impl std::fmt::Display>) -> &mut Self {
        match value {
            Some(value) => self.value(name, value),
            None => self,
        }
    }

    /// `<list><item>text</item>…</list>` when `items` is not empty.
    pub(crate) fn list<T: std::fmt::Display>(&mut self, list: &str, item: &str, items: &[T]) -> &mut Self {
        if items.is_empty() {
            return self;
        }
        self.element(list, |w| {
            for value in items {
                w.value(item, value);
            }
        })
    }

    fn event(&mut self, event: Event<'_>) {
        if let Err(e) = self.writer.write_event(event) {
            self.fail(internal(e));
        }
    }

    /// Keeps the first failure.
    fn fail(&mut self, e: Error) {
        self.failure.get_or_insert(e);
    }

    /// The document's text.
    pub(crate) fn finish(self) -> Result<String, Error> {
        match self.failure {
            Some(e) => Err(e),
            None => String::from_utf8(self.writer.into_inner().0).map_err(internal),
        }
    }
}

/// The bytes of a document. quick-xml writes a tag in three pieces (`<` or `</`, the name, `>`):
/// the pieces of one or two bytes are stored, not copied by a call of `memcpy`.
struct Bytes(Vec<u8>);

impl std::io::Write for Bytes {
    fn write(&mut self, piece: &[u8]) -> std::io::Result<usize> {
        self.write_all(piece)?;
        Ok(piece.len())
    }

    fn write_all(&mut self, piece: &[u8]) -> std::io::Result<()> {
        match *piece {
            [a] => self.0.push(a),
            [a, b] => self.0.extend_from_slice(&[a, b]),
            _ => self.0.extend_from_slice(piece),
        }
        Ok(())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// One element: its local name (without a namespace prefix), its text (for an element with
/// children, nothing), and its children in order. From JSON, an object member is an element named
/// by its key, and a list's entries are elements without a name.
#[derive(Debug, Default)]
pub(crate) struct Node<'a> {
    pub(crate) name: Cow<'a, str>,
    pub(crate) text: Cow<'a, str>,
    pub(crate) children: Vec<Node<'a>>,
}

/// Counts elements and levels against the bounds while a tree is built.
struct Bounds {
    field: &'static str,
    elements: usize,
}

impl Bounds {
    fn enter(&mut self, depth: usize) -> Result<(), Error> {
        self.elements = self.elements.saturating_add(1);
        if depth > MAX_DEPTH {
            Err(Error::new(
                Code::TooDeep,
                self.field,
                Some(format!("at most {MAX_DEPTH} levels")),
            ))
        } else if self.elements > MAX_ELEMENTS {
            Err(Error::new(
                Code::TooMany,
                self.field,
                Some(format!("at most {MAX_ELEMENTS} elements")),
            ))
        } else {
            Ok(())
        }
    }
}

/// Refuses a text longer than [`MAX_ANSWER_BYTES`].
fn check_size(text: &str, field: &str) -> Result<(), Error> {
    if text.len() > MAX_ANSWER_BYTES {
        return Err(Error::new(
            Code::TooLong,
            field,
            Some(format!("at most {MAX_ANSWER_BYTES} bytes")),
        ));
    }
    Ok(())
}

/// Reads XML text into its root element; every problem is an error at `field` (the argument).
pub(crate) fn parse_xml<'a>(text: &'a str, field: &'static str) -> Result<Node<'a>, Error> {
    check_size(text, field)?;
    let mut reader = Reader::from_str(text);
    let mut bounds = Bounds { field, elements: 0 };
    let mut open: Vec<Node<'a>> = Vec::new();
    let mut root = None;
    // The refusal at byte `at` (where quick-xml saw an error, or just after the event refused).
    let invalid = |at: u64, detail: &str| {
        let detail: String = detail.chars().take(200).collect();
        Error::new(Code::InvalidXml, field, Some(format!("at byte {at}: {detail}")))
    };
    loop {
        let event = reader
            .read_event()
            .map_err(|e| invalid(reader.error_position(), &e.to_string()))?;
        let at = reader.buffer_position();
        match event {
            Event::Start(start) => {
                bounds.enter(open.len().saturating_add(1))?;
                open.push(element(text, &start));
            }
            Event::Empty(start) => {
                bounds.enter(open.len().saturating_add(1))?;
                let node = element(text, &start);
                match open.last_mut() {
                    Some(parent) => adopt(parent, node),
                    None => place_root(&mut root, node).map_err(|d| invalid(at, d))?,
                }
            }
            Event::End(_) => {
                let node = open.pop().ok_or_else(|| invalid(at, "an end tag without its start"))?;
                match open.last_mut() {
                    Some(parent) => adopt(parent, node),
                    None => place_root(&mut root, node).map_err(|d| invalid(at, d))?,
                }
            }
            Event::Text(t) => {
                let t = allowed(t.xml10_content()).map_err(|d| invalid(at, &d))?;
                append(open.last_mut(), t).map_err(|d| invalid(at, d))?;
            }
            Event::CData(c) => {
                let c = allowed(c.xml10_content()).map_err(|d| invalid(at, &d))?;
                append(open.last_mut(), c).map_err(|d| invalid(at, d))?;
            }
            Event::GeneralRef(r) => {
                let c = reference(&r).map_err(|d| invalid(at, &d))?;
                append(open.last_mut(), Cow::Owned(c.to_string())).map_err(|d| invalid(at, d))?;
            }
            Event::DocType(_) => {
                return Err(invalid(at, "a DOCTYPE is not accepted (no entity is ever expanded)"));
            }
            Event::Decl(_) | Event::PI(_) | Event::Comment(_) => {}
            Event::Eof => break,
        }
    }
    let end = reader.buffer_position();
    if !open.is_empty() {
        return Err(invalid(end, "the document ends before its elements are closed"));
    }
    root.ok_or_else(|| invalid(end, "no element"))
}

/// Decoded text, unless it holds a character XML 1.0 does not allow.
fn allowed<E: std::fmt::Display>(text: Result<Cow<'_, str>, E>) -> Result<Cow<'_, str>, String> {
    let text = text.map_err(|e| e.to_string())?;
    match first_invalid_char(&text) {
        Some(c) => Err(format!("a character XML does not allow ({c})")),
        None => Ok(text),
    }
}

/// A new element named by `start`'s local name, borrowed from the answer's `text` where
/// quick-xml read it from there (no allocation per element).
fn element<'a>(text: &'a str, start: &BytesStart<'_>) -> Node<'a> {
    let local = start.local_name();
    let local = local.as_ref();
    let from = (local.as_ptr() as usize).checked_sub(text.as_ptr() as usize);
    let borrowed = from
        .and_then(|from| text.get(from..from.checked_add(local.len())?))
        .filter(|name| name.as_bytes() == local);
    Node {
        name: borrowed.map_or_else(
            || Cow::Owned(String::from_utf8_lossy(local).into_owned()),
            Cow::Borrowed,
        ),
        ..Node::default()
    }
}

/// `node` as the last child of `parent`, whose own text (space between children) is dropped.
fn adopt<'a>(parent: &mut Node<'a>, node: Node<'a>) {
    if parent.children.is_empty() {
        parent.text = Cow::Borrowed("");
    }
    parent.children.push(node);
}

/// `node` as the document's root, unless it already has one.
fn place_root<'a>(root: &mut Option<Node<'a>>, node: Node<'a>) -> Result<(), &'static str> {
    match root {
        Some(_) => Err("a second root element"),
        None => {
            *root = Some(node);
            Ok(())
        }
    }
}

/// Appends text to the open element (to none, only space is allowed). An element with children
/// keeps no text: mixed content is not part of OT's answers.
fn append<'a>(open: Option<&mut Node<'a>>, text: Cow<'a, str>) -> Result<(), &'static str> {
    match open {
        None if text.trim().is_empty() => Ok(()),
        None => Err("text outside the root element"),
        Some(node) if !node.children.is_empty() => Ok(()),
        Some(node) if node.text.is_empty() => {
            node.text = text;
            Ok(())
        }
        Some(node) => {
            node.text.to_mut().push_str(&text);
            Ok(())
        }
    }
}

/// The character a reference stands for: a character reference or one of the five predefined
/// entities. Any other entity is refused, never expanded.
fn reference(r: &BytesRef<'_>) -> Result<char, String> {
    let name = r.decode().map_err(|e| e.to_string())?;
    let c = match name.as_ref() {
        "lt" => '<',
        "gt" => '>',
        "amp" => '&',
        "apos" => '\'',
        "quot" => '"',
        _ => match r.resolve_char_ref() {
            Ok(Some(c)) => c,
            Ok(None) => return Err(format!("&{name}; is not one of the five predefined entities")),
            Err(e) => return Err(e.to_string()),
        },
    };
    if is_xml_char(c) {
        Ok(c)
    } else {
        Err(format!("&{name}; is a character XML does not allow"))
    }
}

/// Reads JSON text into the same tree as XML: the top-level object is the root element.
pub(crate) fn parse_json_tree<'a>(value: &'a Json<'a>, field: &'static str) -> Result<Node<'a>, Error> {
    let mut bounds = Bounds { field, elements: 0 };
    json_node(Cow::Borrowed(""), value, 1, &mut bounds)
}

/// JSON text, bounded in size and depth before serde_json reads it. A fraction is read through a
/// double, exact to 15 significant digits: a longer one is refused rather than rounded.
pub(crate) fn parse_json_answer<'a>(
    text: &'a str,
    field: &'static str,
    arena: &'a crate::arena::Arena,
) -> Result<Json<'a>, Error> {
    check_size(text, field)?;
    let shape = json_shape(text);
    if shape.depth > MAX_DEPTH {
        return Err(Error::new(
            Code::TooDeep,
            field,
            Some(format!("at most {MAX_DEPTH} levels")),
        ));
    }
    if shape.digits > MAX_FRACTION_DIGITS {
        let detail =
            format!("a JSON number of more than {MAX_FRACTION_DIGITS} significant digits: send it as a string");
        return Err(Error::new(Code::TooPrecise, field, Some(detail)));
    }
    crate::input::parse_json_within(text, field, MAX_ANSWER_BYTES, arena)
}

/// The most significant digits of a JSON fraction that a double keeps exactly.
const MAX_FRACTION_DIGITS: usize = 15;

/// What JSON text holds beyond serde_json's sight: its deepest nesting of lists and objects, and
/// the most significant digits of a number with a fraction or an exponent (strings skipped).
#[derive(Debug, Default, PartialEq)]
struct Shape {
    depth: usize,
    digits: usize,
}

fn json_shape(text: &str) -> Shape {
    let mut shape = Shape::default();
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    let mut number = (0usize, false); // significant digits so far, and whether it is a fraction
    for b in text.bytes() {
        if !in_string && (b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'-' | b'+')) {
            match b {
                b'0' if number.0 == 0 => {}
                b'0'..=b'9' => number.0 = number.0.saturating_add(1),
                _ => number.1 = true,
            }
            continue;
        }
        if number.1 {
            shape.digits = shape.digits.max(number.0);
        }
        number = (0, false);
        match (in_string, escaped, b) {
            (true, true, _) => escaped = false,
            (true, false, b'\\') => escaped = true,
            (_, _, b'"') => in_string = !in_string,
            (false, _, b'[' | b'{') => {
                depth = depth.saturating_add(1);
                shape.depth = shape.depth.max(depth);
            }
            (false, _, b']' | b'}') => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    if number.1 {
        shape.digits = shape.digits.max(number.0);
    }
    shape
}

fn json_node<'a>(
    name: Cow<'a, str>,
    value: &'a Json<'a>,
    depth: usize,
    bounds: &mut Bounds,
) -> Result<Node<'a>, Error> {
    bounds.enter(depth)?;
    let deeper = depth.saturating_add(1);
    let (text, children) = match value {
        Json::Null => (Cow::Borrowed(""), Vec::new()),
        Json::Bool(b) => (Cow::Borrowed(if *b { "true" } else { "false" }), Vec::new()),
        Json::Number(n) => (n.text(), Vec::new()),
        Json::String(s) => (Cow::Borrowed(*s), Vec::new()),
        Json::Array(items) => (
            Cow::Borrowed(""),
            items
                .iter()
                .map(|v| json_node(Cow::Borrowed(""), v, deeper, bounds))
                .collect::<Result<_, _>>()?,
        ),
        Json::Object(object) => (
            Cow::Borrowed(""),
            object
                .members()
                .iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| json_node(Cow::Borrowed(*k), v, deeper, bounds))
                .collect::<Result<_, _>>()?,
        ),
    };
    Ok(Node { name, text, children })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(xml: &str) -> (Code, String) {
        let e = parse_xml(xml, "xml").unwrap_err();
        (e.code(), e.message().to_owned())
    }

    #[test]
    fn text_is_unescaped_and_space_between_elements_dropped() {
        let root = parse_xml("<?xml version=\"1.0\"?>\n<a:R xmlns:a=\"x\">\n  <Id>1 &lt;&amp;&gt; &#x41;&#66;</Id>\n  <E/><C><![CDATA[<x>]]></C>\n</a:R>", "xml").unwrap();
        assert_eq!(root.name, "R");
        assert!(
            matches!(root.name, Cow::Borrowed(_)),
            "names are borrowed from the answer"
        );
        assert_eq!(root.text, "");
        let texts: Vec<(&str, &str)> = root
            .children
            .iter()
            .map(|c| (c.name.as_ref(), c.text.as_ref()))
            .collect();
        assert_eq!(texts, [("Id", "1 <&> AB"), ("E", ""), ("C", "<x>")]);
    }

    #[test]
    fn characters_xml_cannot_carry_are_found_past_any_other_text() {
        assert_eq!(first_invalid_char("abc\tشارع\n好\r😀"), None);
        assert_eq!(first_invalid_char("ok\u{1}"), Some("U+0001".into()));
        assert_eq!(first_invalid_char("好\u{FFFE}"), Some("U+FFFE".into()));
        assert_eq!(first_invalid_char("\u{FFFD}\u{FFFF}"), Some("U+FFFF".into()));
    }

    #[test]
    fn entities_other_than_the_predefined_ones_are_refused() {
        let laughs = "<!DOCTYPE r [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]><r>&b;</r>";
        assert!(error(laughs).1.contains("DOCTYPE"));
        assert!(error("<r>&custom;</r>").1.contains("&custom;"));
        assert!(error("<r>&#0;</r>").0 == Code::InvalidXml);
        assert!(error("<r>&#x1;</r>").1.contains("&#x1;"));
        assert!(error("<r>a\u{1}b</r>").1.contains("U+0001"));
    }

    #[test]
    fn malformed_documents_are_refused() {
        for xml in [
            "",
            "<r>",
            "<r></s>",
            "<r/><s/>",
            "text",
            "<r>&</r>",
            "</r>",
            "<r><a></r>",
        ] {
            assert_eq!(error(xml).0, Code::InvalidXml, "{xml}");
        }
    }

    #[test]
    fn depth_elements_and_size_are_bounded() {
        let deep = "<a>".repeat(MAX_DEPTH + 1) + &"</a>".repeat(MAX_DEPTH + 1);
        assert_eq!(error(&deep).0, Code::TooDeep);
        let ok = "<a>".repeat(MAX_DEPTH) + &"</a>".repeat(MAX_DEPTH);
        assert!(parse_xml(&ok, "xml").is_ok());
        let wide = format!("<r>{}</r>", "<a/>".repeat(MAX_ELEMENTS));
        assert_eq!(error(&wide).0, Code::TooMany);
        assert_eq!(error(&" ".repeat(MAX_ANSWER_BYTES + 1)).0, Code::TooLong);
    }

    #[test]
    fn json_becomes_the_same_tree() {
        let arena = crate::arena::Arena::new();
        let text = r#"{"Id": 7, "Ok": true, "L": [{"A": "x"}], "N": null}"#;
        let value = crate::input::parse_json(text, "json", &arena).unwrap();
        let root = parse_json_tree(&value, "json").unwrap();
        let names: Vec<&str> = root.children.iter().map(|c| c.name.as_ref()).collect();
        // An object's members come in key order.
        assert_eq!(names, ["Id", "L", "Ok"]);
        assert_eq!(root.children[0].text, "7");
        assert_eq!(root.children[1].children[0].children[0].text, "x");
        assert_eq!(json_shape(r#"{"a": "[[[[", "b": [[1]]}"#).depth, 3);
        assert_eq!(
            json_shape(r#"{"a": "\"[[[", "n": 12345678901234567890}"#),
            Shape { depth: 1, digits: 0 }
        );
        assert_eq!(json_shape(r#"[0.000123456789012345, 1.5e2]"#).digits, 15);
        assert_eq!(json_shape(r#"[1234567890.1234567]"#).digits, 17);
    }

    #[test]
    fn the_writer_escapes_as_quick_xml_does_and_refuses_what_xml_cannot_carry() {
        let ascii: String = ('\t'..='\u{7F}').filter(|&c| is_xml_char(c)).collect();
        for text in [
            ascii.as_str(),
            "é—好😀 \u{FFFD}\u{FEFF}\u{E000}\u{F000}<",
            "plain",
            "\r",
            "a'b\"c",
        ] {
            let mut w = XmlWriter::new();
            w.text("T", text);
            let expected = quick_xml::escape::escape(text).replace('\r', "&#13;");
            assert_eq!(w.finish().unwrap(), format!("<T>{expected}</T>"), "{text:?}");
        }
        for (text, c) in [
            ("a\u{0}", "U+0000"),
            ("<\u{1F}", "U+001F"),
            ("好\u{FFFE}", "U+FFFE"),
            ("&\u{FFFF}", "U+FFFF"),
        ] {
            let mut w = XmlWriter::new();
            w.text("T", text);
            let e = w.finish().unwrap_err();
            assert_eq!(e.code(), Code::Internal, "{text:?}");
            assert!(e.message().contains(&format!("(T holds {c})")), "{text:?}: {e:?}");
        }
    }

    #[test]
    fn the_writer_escapes_and_keeps_carriage_returns() {
        let mut w = XmlWriter::new();
        w.element("R", |w| {
            w.text("T", "<a & 'b' \"c\">\r\n")
                .opt_text("E", Some(""))
                .list("L", "Id", &[1, 2]);
        });
        let xml = w.finish().unwrap();
        assert_eq!(
            xml,
            "<R><T>&lt;a &amp; &apos;b&apos; &quot;c&quot;&gt;&#13;\n</T><L><Id>1</Id><Id>2</Id></L></R>"
        );
        assert_eq!(parse_xml(&xml, "xml").unwrap().children[0].text, "<a & 'b' \"c\">\r\n");
        let mut w = XmlWriter::new();
        w.text("T", "\u{1}");
        assert_eq!(w.finish().unwrap_err().code(), Code::Internal);
    }
}
