//! The one public error type: every problem found, each with a stable code and a field path.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::i18n::{self, Locale};

/// A stable, machine-readable problem code (serialised as a snake_case string).
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Code {
    /// The input is not well-formed JSON.
    InvalidJson,
    /// The input is not well-formed XML, or uses what this library refuses in XML (a DOCTYPE,
    /// an entity other than the five predefined ones, a character XML 1.0 does not allow).
    InvalidXml,
    /// A value has the wrong JSON type (a string where an object belongs, …).
    InvalidType,
    /// A value that should be a decimal number is not one.
    InvalidNumber,
    /// A value is not one of the allowed tags.
    UnknownValue,
    /// An object has a field that is not part of its format (a misspelt policy, …).
    UnknownField,
    /// A value is malformed in another way (a bad date, …).
    InvalidValue,
    /// A required field is missing or empty.
    Required,
    /// A list has more entries than allowed.
    TooMany,
    /// A text is longer than allowed.
    TooLong,
    /// A document is nested more deeply than allowed.
    TooDeep,
    /// A number is outside its allowed range.
    OutOfRange,
    /// A number that must be greater than zero is not.
    NotPositive,
    /// A count that must be whole has a fraction.
    NotWhole,
    /// A number has more decimal places than allowed.
    TooPrecise,
    /// A phone number is not a phone number.
    InvalidPhone,
    /// A currency code is not an ISO 4217 code with a minor unit.
    UnknownCurrency,
    /// The same key appears twice where keys must be unique.
    Duplicate,
    /// A refund names a line the quote does not have.
    UnknownLine,
    /// A refund asks for more units than remain to refund.
    ExceedsQuantity,
    /// Allocation was asked to split a non-zero amount over weights that are all zero.
    ZeroWeights,
    /// An intermediate result left the supported range (cannot happen with bounded inputs).
    Overflow,
    /// A quote given back breaks an invariant of the engine (changed, or not made by it).
    InconsistentQuote,
    /// A quote's seal does not match it (changed since it was sealed, or sealed with another key).
    SealMismatch,
    /// A workflow's final state has transitions leaving it.
    FinalWithExits,
    /// A workflow's state that is not final has no transition leaving it.
    DeadEnd,
    /// No path from a workflow's initial state reaches this state.
    Unreachable,
    /// The workflow allows no such change (or action) in the current status, to this actor; the
    /// problem carries the current status and the actions still allowed.
    TransitionNotAllowed,
    /// The status the caller expected is no longer the order's.
    StaleStatus,
    /// The order is already in the status asked for.
    RepeatedTransition,
    /// The order already has a rating.
    AlreadyRated,
    /// A defect in the library was caught at its boundary; please report it.
    Internal,
}

impl Code {
    /// The code as it appears in JSON and in every runtime.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::InvalidJson => "invalid_json",
            Code::InvalidXml => "invalid_xml",
            Code::InvalidType => "invalid_type",
            Code::InvalidNumber => "invalid_number",
            Code::UnknownValue => "unknown_value",
            Code::UnknownField => "unknown_field",
            Code::InvalidValue => "invalid_value",
            Code::Required => "required",
            Code::TooMany => "too_many",
            Code::TooLong => "too_long",
            Code::TooDeep => "too_deep",
            Code::OutOfRange => "out_of_range",
            Code::NotPositive => "not_positive",
            Code::NotWhole => "not_whole",
            Code::TooPrecise => "too_precise",
            Code::InvalidPhone => "invalid_phone",
            Code::UnknownCurrency => "unknown_currency",
            Code::Duplicate => "duplicate",
            Code::UnknownLine => "unknown_line",
            Code::ExceedsQuantity => "exceeds_quantity",
            Code::ZeroWeights => "zero_weights",
            Code::Overflow => "overflow",
            Code::InconsistentQuote => "inconsistent_quote",
            Code::SealMismatch => "seal_mismatch",
            Code::FinalWithExits => "final_with_exits",
            Code::DeadEnd => "dead_end",
            Code::Unreachable => "unreachable",
            Code::TransitionNotAllowed => "transition_not_allowed",
            Code::StaleStatus => "stale_status",
            Code::RepeatedTransition => "repeated_transition",
            Code::AlreadyRated => "already_rated",
            Code::Internal => "internal",
        }
    }

    /// Every code, in declaration order.
    pub const ALL: [Code; 32] = [
        Code::InvalidJson,
        Code::InvalidXml,
        Code::InvalidType,
        Code::InvalidNumber,
        Code::UnknownValue,
        Code::UnknownField,
        Code::InvalidValue,
        Code::Required,
        Code::TooMany,
        Code::TooLong,
        Code::TooDeep,
        Code::OutOfRange,
        Code::NotPositive,
        Code::NotWhole,
        Code::TooPrecise,
        Code::InvalidPhone,
        Code::UnknownCurrency,
        Code::Duplicate,
        Code::UnknownLine,
        Code::ExceedsQuantity,
        Code::ZeroWeights,
        Code::Overflow,
        Code::InconsistentQuote,
        Code::SealMismatch,
        Code::FinalWithExits,
        Code::DeadEnd,
        Code::Unreachable,
        Code::TransitionNotAllowed,
        Code::StaleStatus,
        Code::RepeatedTransition,
        Code::AlreadyRated,
        Code::Internal,
    ];
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One thing wrong with an input.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Problem {
    /// The stable code.
    pub code: Code,
    /// The path of the offending field (`items[1].quantity`); empty for the whole input.
    pub field: String,
    /// The limit, allowed values or parser detail that the message mentions, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub detail: Option<String>,
    /// The message in English.
    pub message: String,
    /// For a refused transition: the order's status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub current_status: Option<String>,
    /// For a refused transition: the actions still allowed in the current status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub allowed_actions: Option<Vec<String>>,
}

impl Problem {
    /// A problem with `code` at `field`, with an optional detail (a limit, the allowed values).
    pub fn new(code: Code, field: impl Into<String>, detail: Option<String>) -> Self {
        let message = i18n::problem_message(code, detail.as_deref(), Locale::En);
        Problem {
            code,
            field: field.into(),
            detail,
            message,
            current_status: None,
            allowed_actions: None,
        }
    }

    /// A refused transition at `field`, carrying the order's status and the actions still
    /// allowed in it (the seed's 422 body).
    pub fn refused(code: Code, field: &str, current_status: &str, allowed_actions: Vec<String>) -> Self {
        Problem {
            current_status: Some(current_status.to_owned()),
            allowed_actions: Some(allowed_actions),
            ..Problem::new(code, field, Some(current_status.to_owned()))
        }
    }

    /// The message in `locale`.
    pub fn message_in(&self, locale: Locale) -> String {
        i18n::problem_message(self.code, self.detail.as_deref(), locale)
    }
}

/// Every problem found in one call. Never empty: the first problem is the headline.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[serde(try_from = "ErrorBody", into = "ErrorBody")]
pub struct Error {
    first: Box<Problem>,
    rest: Vec<Problem>,
}

impl Error {
    /// An error of one problem.
    pub fn new(code: Code, field: impl Into<String>, detail: Option<String>) -> Self {
        Problem::new(code, field, detail).into()
    }

    /// The headline problem's code.
    pub fn code(&self) -> Code {
        self.first.code
    }

    /// The headline problem's field path.
    pub fn field(&self) -> &str {
        &self.first.field
    }

    /// The headline problem's English message.
    pub fn message(&self) -> &str {
        &self.first.message
    }

    /// Every problem, the headline first.
    pub fn problems(&self) -> impl Iterator<Item = &Problem> {
        std::iter::once(&*self.first).chain(self.rest.iter())
    }

    /// The problems keyed by field, with messages in `locale`: the seed's `validation_errors`.
    pub fn validation_errors(&self, locale: Locale) -> ValidationErrors {
        let mut map = BTreeMap::<String, Vec<String>>::new();
        for p in self.problems() {
            map.entry(p.field.clone()).or_default().push(p.message_in(locale));
        }
        ValidationErrors(map)
    }

    /// The same problems with the argument `from` named `to` in their paths, for an error of an
    /// inner call whose arguments sit deeper in the caller's (`quote.lines` → `order.quote.lines`).
    pub(crate) fn renamed(mut self, from: &str, to: &str) -> Error {
        for p in std::iter::once(&mut *self.first).chain(self.rest.iter_mut()) {
            if let Some(rest) = p
                .field
                .strip_prefix(from)
                .filter(|r| r.is_empty() || r.starts_with(['.', '[']))
            {
                p.field = format!("{to}{rest}");
            }
        }
        self
    }

    /// The same problems with their paths, relative to an entry, placed under `at`.
    pub(crate) fn under(mut self, at: impl fmt::Display) -> Error {
        for p in std::iter::once(&mut *self.first).chain(self.rest.iter_mut()) {
            p.field = nested(&at, &p.field);
        }
        self
    }

    /// Whether the error is a defect of the library (`internal`) rather than a refused input.
    pub fn is_internal(&self) -> bool {
        self.code() == Code::Internal
    }
}

impl From<Problem> for Error {
    fn from(first: Problem) -> Self {
        Error {
            first: Box::new(first),
            rest: Vec::new(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let p = &self.first;
        if p.field.is_empty() {
            write!(f, "{} ({})", p.message, p.code)?;
        } else {
            write!(f, "{}: {} ({})", p.field, p.message, p.code)?;
        }
        if !self.rest.is_empty() {
            write!(f, " and {} more", self.rest.len())?;
        }
        Ok(())
    }
}

/// The JSON shape of an error: the headline's code, field and message, and every problem.
#[derive(Serialize, Deserialize)]
struct ErrorBody {
    code: Code,
    field: String,
    message: String,
    problems: Vec<Problem>,
}

impl From<Error> for ErrorBody {
    fn from(e: Error) -> Self {
        ErrorBody {
            code: e.first.code,
            field: e.first.field.clone(),
            message: e.first.message.clone(),
            problems: std::iter::once(*e.first).chain(e.rest).collect(),
        }
    }
}

impl TryFrom<ErrorBody> for Error {
    type Error = &'static str;
    fn try_from(body: ErrorBody) -> Result<Self, Self::Error> {
        let mut problems = body.problems.into_iter();
        let first = problems.next().ok_or("an error has at least one problem")?;
        Ok(Error {
            first: Box::new(first),
            rest: problems.collect(),
        })
    }
}

/// Collects problems while a whole input is checked, so that all are reported at once.
#[derive(Debug, Default)]
pub(crate) struct Problems(Vec<Problem>);

impl Problems {
    /// Records a problem, unless its field or a field containing it already has one: the first
    /// cause is the one to fix (an address that is not an object has no missing street).
    pub(crate) fn push(&mut self, code: Code, field: impl fmt::Display, detail: Option<String>) {
        let field = field.to_string();
        let covered = |known: &str| {
            field
                .strip_prefix(known)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
        };
        if !self
            .0
            .iter()
            .any(|p| !p.field.is_empty() && covered(&p.field) || p.field == field)
        {
            self.0.push(Problem::new(code, field, detail));
        }
    }

    /// Whether nothing was recorded.
    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Records the problems of an entry read at the root (paths relative to it), each path
    /// placed under `at` (`item_id` under `items[2]` is `items[2].item_id`).
    pub(crate) fn nest(&mut self, inner: Problems, at: impl fmt::Display) {
        for mut problem in inner.0 {
            problem.field = nested(&at, &problem.field);
            self.0.push(problem);
        }
    }

    /// Records every problem of `error`.
    pub(crate) fn extend(&mut self, error: Error) {
        self.0.push(*error.first);
        self.0.extend(error.rest);
    }

    /// `Ok(value)` when nothing was recorded, else every problem.
    pub(crate) fn finish<T>(self, value: T) -> Result<T, Error> {
        let mut problems = self.0.into_iter();
        match problems.next() {
            None => Ok(value),
            Some(first) => Err(Error {
                first: Box::new(first),
                rest: problems.collect(),
            }),
        }
    }
}

/// `field`, a path relative to an entry, placed under the entry's path `at`.
fn nested(at: &impl fmt::Display, field: &str) -> String {
    match field {
        "" => at.to_string(),
        field if field.starts_with('[') => format!("{at}{field}"),
        field => format!("{at}.{field}"),
    }
}

/// The seed's `validation_errors`: each field with a problem and its messages, in one language.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ValidationErrors(pub BTreeMap<String, Vec<String>>);

/// The error for a defect caught at the boundary (a value the library made that it cannot write).
pub(crate) fn internal(detail: impl fmt::Display) -> Error {
    Error::new(Code::Internal, "", Some(detail.to_string()))
}

/// A place in an input — an argument, a member, an entry — written out as its path
/// (`rules.offers[2].code`) only when a problem is recorded at it: reading a valid input builds no
/// text. Each place borrows its parent's: a few words on the stack, no allocation.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Place<'a> {
    parent: Option<&'a Place<'a>>,
    step: Step<'a>,
}

/// How a place is reached from its parent.
#[derive(Debug, Clone, Copy)]
enum Step<'a> {
    /// A member (or, at the root, the argument; empty for the order request itself).
    Name(&'a str),
    /// A list's entry.
    Index(usize),
}

impl<'a> Place<'a> {
    /// The argument `name` (empty: the input itself, whose members' paths start with their name).
    pub(crate) fn root(name: &'a str) -> Self {
        Place {
            parent: None,
            step: Step::Name(name),
        }
    }

    /// The member `name` of this place.
    pub(crate) fn name(&'a self, name: &'a str) -> Place<'a> {
        Place {
            parent: Some(self),
            step: Step::Name(name),
        }
    }

    /// The entry `i` of this place, a list.
    pub(crate) fn index(&'a self, i: usize) -> Place<'a> {
        Place {
            parent: Some(self),
            step: Step::Index(i),
        }
    }

    /// Whether this is the input itself (an empty root), which writes no text.
    fn is_empty(&self) -> bool {
        matches!((self.parent, self.step), (None, Step::Name("")))
    }
}

impl fmt::Display for Place<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(parent) = self.parent {
            parent.fmt(f)?;
        }
        match self.step {
            Step::Name(name) => {
                if self.parent.is_some_and(|p| !p.is_empty()) {
                    f.write_str(".")?;
                }
                f.write_str(&crate::input::key_in_path(name))
            }
            Step::Index(i) => write!(f, "[{i}]"),
        }
    }
}

/// The overflow error, for arithmetic that bounded inputs keep in range.
pub(crate) fn overflow() -> Error {
    Error::new(Code::Overflow, "", None)
}
