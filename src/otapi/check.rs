//! Bounds on what goes into a request: texts (length, and characters XML can carry), lists,
//! quantities, amounts and dates. Each check records its problem at the field's path.

use chrono::{NaiveDateTime, Timelike};
use rust_decimal::Decimal;

use super::xml::first_invalid_char;
use crate::error::{Code, Place, Problems};
use crate::limits::{check_amount, longer_than, MAX_LINES, MAX_SCALE, MAX_SHORT_TEXT};

/// Records a problem if `text` is empty when `required`, longer than `max` characters, or holds a
/// character XML cannot carry.
pub(crate) fn text(p: &mut Problems, at: Place<'_>, text: &str, max: usize, required: bool) {
    if required && text.trim().is_empty() {
        p.push(Code::Required, at, None);
    } else if longer_than(text, max) {
        p.push(Code::TooLong, at, Some(format!("at most {max} characters")));
    } else if let Some(c) = first_invalid_char(text) {
        p.push(Code::InvalidValue, at, Some(format!("{c} cannot be carried by XML")));
    }
}

/// [`text`] for an optional text.
pub(crate) fn opt_text(p: &mut Problems, at: Place<'_>, value: Option<&str>, max: usize) {
    if let Some(value) = value {
        text(p, at, value, max, false);
    }
}

/// Records a problem if a list has more than [`MAX_LINES`] entries, or an entry is not an id.
pub(crate) fn ids(p: &mut Problems, at: Place<'_>, ids: &[String]) {
    count(p, at, ids.len());
    for (i, id) in ids.iter().enumerate() {
        text(p, at.index(i), id, MAX_SHORT_TEXT, true);
    }
}

/// Records a problem if a list has more than [`MAX_LINES`] entries.
pub(crate) fn count(p: &mut Problems, at: Place<'_>, len: usize) {
    if len > MAX_LINES {
        p.push(Code::TooMany, at, Some(format!("at most {MAX_LINES}")));
    }
}

/// Records a problem unless `n` is from 1 to `max`.
pub(crate) fn positive(p: &mut Problems, at: Place<'_>, n: u32, max: u32) {
    if n == 0 {
        p.push(Code::NotPositive, at, None);
    } else if n > max {
        p.push(Code::OutOfRange, at, Some(format!("1 to {max}")));
    }
}

/// Records a problem unless `amount` is from 0 (excluded when `positive`) to [`MAX_AMOUNT`](crate::limits::MAX_AMOUNT) with
/// at most [`MAX_SCALE`] decimal places.
pub(crate) fn amount(p: &mut Problems, at: Place<'_>, amount: Decimal, positive: bool) {
    if positive && amount.is_zero() {
        p.push(Code::NotPositive, at, None);
    } else {
        check_amount(p, at, amount, MAX_SCALE);
    }
}

/// Records a problem if a date has a fraction of a second: OT writes whole seconds.
pub(crate) fn whole_seconds(p: &mut Problems, at: Place<'_>, date: Option<NaiveDateTime>) {
    if date.is_some_and(|d| d.nanosecond() != 0) {
        p.push(Code::TooPrecise, at, Some("whole seconds".into()));
    }
}

/// A date as OT writes it: `2024-01-31T23:59:59`, no zone.
pub(crate) fn ot_date(date: NaiveDateTime) -> impl std::fmt::Display {
    date.format_with_items(crate::datetime::T_SECONDS.iter())
}
