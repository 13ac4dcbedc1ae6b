//! Typed values read from a tree of elements (XML or JSON), tolerantly: unknown elements are
//! ignored and missing ones are absent, but a value of the wrong type or given twice is a problem
//! at its path (`xml.Result.SalesLinesList[3].Qty`). Every problem of the document is reported.

use std::str::FromStr;

use chrono::NaiveDateTime;
use rust_decimal::Decimal;

use super::xml::Node;
use crate::datetime;
use crate::error::{Code, Place, Problems};
use crate::input::number::exact_decimal;

/// One element to read, with its place and the problems found so far.
pub(crate) struct Field<'n, 'p> {
    node: &'n Node<'n>,
    at: Place<'p>,
    problems: &'p mut Problems,
}

/// A value an element's text is read as.
pub(crate) trait Scalar: Sized {
    /// The value of `text` (not empty), or the problem's code and what was expected.
    fn parse(text: &str) -> Result<Self, (Code, &'static str)>;
}

impl Scalar for String {
    fn parse(text: &str) -> Result<Self, (Code, &'static str)> {
        Ok(text.to_owned())
    }
}

impl Scalar for Decimal {
    fn parse(text: &str) -> Result<Self, (Code, &'static str)> {
        exact_decimal(text.trim()).map_err(|(code, _)| (code, "a decimal number"))
    }
}

impl Scalar for u32 {
    fn parse(text: &str) -> Result<Self, (Code, &'static str)> {
        u32::from_str(text.trim()).map_err(|_| (Code::InvalidNumber, "a whole number from 0 to 4294967295"))
    }
}

impl Scalar for bool {
    fn parse(text: &str) -> Result<Self, (Code, &'static str)> {
        match text.trim() {
            "true" | "True" | "1" => Ok(true),
            "false" | "False" | "0" => Ok(false),
            _ => Err((Code::InvalidValue, "true, false, 1 or 0")),
        }
    }
}

impl Scalar for NaiveDateTime {
    fn parse(text: &str) -> Result<Self, (Code, &'static str)> {
        datetime::parse_naive(text.trim(), datetime::T_FRACTION).map_err(|_| {
            (
                Code::InvalidValue,
                "a date and time without a zone: 2024-01-31T23:59:59",
            )
        })
    }
}

/// A value an element is read as: a scalar from its text, a record from its children.
pub(crate) trait Readable: Sized {
    /// The element read into `slot` (a problem recorded if it is given twice or is wrong).
    fn read_into(f: Field<'_, '_>, slot: &mut Option<Self>);
}

macro_rules! scalars_are_readable {
    ($($t:ty),*) => {$(
        impl Readable for $t {
            fn read_into(f: Field<'_, '_>, slot: &mut Option<Self>) {
                f.scalar(slot);
            }
        }
    )*};
}
scalars_are_readable!(String, Decimal, u32, bool, NaiveDateTime);

/// A record read from an element's children, the names it does not know ignored.
pub(crate) trait Record: Sized {
    fn read(f: Field<'_, '_>) -> Self;
}

/// A member an element is read into: an optional value, or a list of them (the element's children).
pub(crate) trait Slot {
    fn read(&mut self, f: Field<'_, '_>);
}

impl<T: Readable> Slot for Option<T> {
    fn read(&mut self, f: Field<'_, '_>) {
        T::read_into(f, self);
    }
}

impl<T: Readable + Default> Slot for Vec<T> {
    fn read(&mut self, f: Field<'_, '_>) {
        f.list(self, |f| {
            let mut value = None;
            T::read_into(f, &mut value);
            value.unwrap_or_default()
        });
    }
}

/// Whether a member is left out of the JSON written: an absent value is; a list never is.
pub(crate) trait Absent {
    fn absent(&self) -> bool;
}

impl<T> Absent for Option<T> {
    fn absent(&self) -> bool {
        self.is_none()
    }
}

impl<T> Absent for Vec<T> {
    fn absent(&self) -> bool {
        false
    }
}

impl<'n, 'p> Field<'n, 'p> {
    /// The document's root element, at the argument `at`.
    pub(crate) fn root(node: &'n Node<'n>, at: Place<'p>, problems: &'p mut Problems) -> Self {
        Field { node, at, problems }
    }

    /// Hands each child to `each` with its name; the names a reader does not know are ignored.
    /// An element with a text where elements belong is a problem.
    pub(crate) fn fields(&mut self, mut each: impl FnMut(&str, Field<'n, '_>)) {
        if self.node.children.is_empty() && !self.node.text.is_empty() {
            self.problem(Code::InvalidType, Some("elements, not a value"));
        }
        for child in &self.node.children {
            let at = self.at.name(&child.name);
            each(
                &child.name,
                Field {
                    node: child,
                    at,
                    problems: self.problems,
                },
            );
        }
    }

    /// The child named `name`, if there is one.
    pub(crate) fn child(&mut self, name: &str) -> Option<Field<'n, '_>> {
        let node = self.node.children.iter().find(|c| c.name == name)?;
        Some(Field {
            node,
            at: self.at.name(&node.name),
            problems: self.problems,
        })
    }

    /// The element's text read as `T` into `slot`; an empty element is absent. A value given
    /// twice, or that is not a `T`, is a problem here.
    pub(crate) fn scalar<T: Scalar>(mut self, slot: &mut Option<T>) {
        if !self.node.children.is_empty() {
            return self.problem(Code::InvalidType, Some("a value, not elements"));
        }
        if self.node.text.is_empty() {
            return;
        }
        if slot.is_some() {
            return self.problem(Code::Duplicate, None);
        }
        match T::parse(&self.node.text) {
            Ok(value) => *slot = Some(value),
            Err((code, expected)) => self.problem(code, Some(expected)),
        }
    }

    /// The element read into `slot`, as its type is read.
    pub(crate) fn read(self, slot: &mut impl Slot) {
        slot.read(self);
    }

    /// The element read as a record by `read` into `slot`.
    pub(crate) fn record<T>(mut self, slot: &mut Option<T>, read: impl FnOnce(Field<'_, '_>) -> T) {
        if slot.is_some() {
            return self.problem(Code::Duplicate, None);
        }
        *slot = Some(read(self));
    }

    /// The element's children, whatever their names, each read by `read`.
    pub(crate) fn list<T>(mut self, slot: &mut Vec<T>, read: impl Fn(Field<'_, '_>) -> T) {
        if !slot.is_empty() {
            return self.problem(Code::Duplicate, None);
        }
        for (i, node) in self.node.children.iter().enumerate() {
            let at = self.at.index(i);
            slot.push(read(Field {
                node,
                at,
                problems: self.problems,
            }));
        }
        if slot.is_empty() && !self.node.text.trim().is_empty() {
            self.problem(Code::InvalidType, Some("a list of elements"));
        }
    }

    /// Records that this element has no child `name`.
    pub(crate) fn missing(&mut self, name: &str) {
        self.problems.push(Code::Required, self.at.name(name), None);
    }

    /// Records a problem at this element.
    pub(crate) fn problem(&mut self, code: Code, detail: Option<&str>) {
        self.problems.push(code, self.at, detail.map(str::to_owned));
    }
}

#[cfg(test)]
mod tests {
    use super::super::xml::parse_xml;
    use super::*;

    #[derive(Debug, Default, PartialEq)]
    struct Line {
        qty: Option<u32>,
        price: Option<Decimal>,
        paid: Option<bool>,
        names: Vec<String>,
    }

    fn line(mut f: Field<'_, '_>) -> Line {
        let mut line = Line::default();
        f.fields(|name, f| match name {
            "Qty" => f.scalar(&mut line.qty),
            "Price" => f.scalar(&mut line.price),
            "Paid" => f.scalar(&mut line.paid),
            "Names" => f.list(&mut line.names, |f| {
                let mut name = None;
                f.scalar(&mut name);
                name.unwrap_or_default()
            }),
            _ => {}
        });
        line
    }

    fn read(xml: &str) -> Result<Vec<Line>, crate::Error> {
        let root = parse_xml(xml, "xml").unwrap();
        let mut problems = Problems::default();
        let mut lines = Vec::new();
        Field::root(&root, Place::root("xml"), &mut problems).list(&mut lines, line);
        problems.finish(lines)
    }

    #[test]
    fn fields_are_typed_and_unknown_ones_ignored() {
        let lines = read("<L><Line><Qty> 2 </Qty><Price>1.50</Price><Paid>true</Paid><X>?</X><Names><N>a</N><N>b</N></Names></Line><Line><Qty/></Line></L>").unwrap();
        assert_eq!(
            lines[0],
            Line {
                qty: Some(2),
                price: Some(Decimal::new(150, 2)),
                paid: Some(true),
                names: vec!["a".into(), "b".into()]
            }
        );
        assert_eq!(lines[1], Line::default());
    }

    #[test]
    fn every_wrong_value_is_reported_at_its_path() {
        let error = read("<L><Line><Qty>-1</Qty><Price>x</Price></Line><Line><Paid>yes</Paid><Qty>1</Qty><Qty>2</Qty><Names>t</Names></Line></L>").unwrap_err();
        let found: Vec<(Code, &str)> = error.problems().map(|p| (p.code, p.field.as_str())).collect();
        assert_eq!(
            found,
            [
                (Code::InvalidNumber, "xml[0].Qty"),
                (Code::InvalidNumber, "xml[0].Price"),
                (Code::InvalidValue, "xml[1].Paid"),
                (Code::Duplicate, "xml[1].Qty"),
                (Code::InvalidType, "xml[1].Names"),
            ]
        );
    }
}
