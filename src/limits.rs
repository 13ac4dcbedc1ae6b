//! Bounds on every input number, list and text. Inside them no computation can overflow (the
//! property `any_order_within_the_bounds_is_priced` in tests/properties.rs tries the extremes).

use std::fmt::Display;

use rust_decimal::Decimal;

use crate::error::{Code, Problems};

/// The most lines an order may have.
pub const MAX_LINES: usize = 1000;
/// The largest quantity of one line.
pub const MAX_QUANTITY: u32 = 1_000_000;
/// The most units a carton may hold.
pub const MAX_UNITS_PER_CARTON: u32 = 100_000;
/// The largest money amount anywhere: a unit price, a line, a subtotal, a fee, a threshold.
pub const MAX_AMOUNT: Decimal = Decimal::from_parts(0xD4A5_1000, 232, 0, false, 0);
/// The most decimal places of a unit price, a percentage or a point value.
pub const MAX_SCALE: u32 = 6;
/// The most loyalty points an order may redeem or a balance may hold.
pub const MAX_POINTS: u64 = 1_000_000_000_000;
/// The most loyalty points earned per currency unit.
pub const MAX_EARN_RATE: u64 = 1_000_000;
/// The longest id, code or short text, in characters.
pub const MAX_SHORT_TEXT: usize = 100;
/// The longest free text (notes, street), in characters.
pub const MAX_LONG_TEXT: usize = 1000;
/// The most offers, products or category rates in one set of rules.
pub const MAX_RULE_ENTRIES: usize = 10_000;

/// The largest amount's mantissa (its scale is 0).
const MAX_AMOUNT_MANTISSA: i128 = MAX_AMOUNT.mantissa();
const _: () = assert!(MAX_AMOUNT.scale() == 0);

/// Whether `amount` is more than [`MAX_AMOUNT`]: a mantissa of at most 10¹² is not, whatever the
/// scale, and is told so without aligning two decimals.
pub(crate) fn above_max_amount(amount: Decimal) -> bool {
    amount.mantissa() > MAX_AMOUNT_MANTISSA && amount > MAX_AMOUNT
}

/// Whether `amount` has more than `scale` decimal places once its trailing zeros are dropped
/// (normalised only when it is written with more).
fn more_places_than(amount: Decimal, scale: u32) -> bool {
    amount.scale() > scale && amount.normalize().scale() > scale
}

/// Records a problem unless `amount` is a money amount from 0 to [`MAX_AMOUNT`] with at most
/// `scale` decimal places.
pub(crate) fn check_amount(problems: &mut Problems, field: impl Display, amount: Decimal, scale: u32) {
    if amount.is_sign_negative() || above_max_amount(amount) {
        problems.push(Code::OutOfRange, field, Some(format!("0 to {MAX_AMOUNT}")));
    } else if more_places_than(amount, scale) {
        problems.push(Code::TooPrecise, field, Some(format!("at most {scale} decimal places")));
    }
}

/// Records a problem unless `rate` is a percentage from 0 to 100 with at most [`MAX_SCALE`] places.
pub(crate) fn check_percentage(problems: &mut Problems, field: impl Display, rate: Decimal) {
    if rate.is_sign_negative() || rate > Decimal::ONE_HUNDRED {
        problems.push(Code::OutOfRange, field, Some("0 to 100".into()));
    } else if more_places_than(rate, MAX_SCALE) {
        problems.push(
            Code::TooPrecise,
            field,
            Some(format!("at most {MAX_SCALE} decimal places")),
        );
    }
}

/// Whether `text` has more than `max` characters (counted only when it has more bytes).
pub(crate) fn longer_than(text: &str, max: usize) -> bool {
    text.len() > max && text.chars().count() > max
}

/// Records a problem if `text` is longer than `max` characters, or empty when `required`.
pub(crate) fn check_text(problems: &mut Problems, field: impl Display, text: &str, max: usize, required: bool) {
    if required && is_blank(text) {
        problems.push(Code::Required, field, None);
    } else if longer_than(text, max) {
        problems.push(Code::TooLong, field, Some(format!("at most {max} characters")));
    }
}

/// Whether `text` is empty or white space only (a visible ASCII first character settles it).
pub(crate) fn is_blank(text: &str) -> bool {
    !text.as_bytes().first().is_some_and(u8::is_ascii_graphic) && text.trim().is_empty()
}

/// Records a problem if a list has more than `max` entries.
pub(crate) fn check_len(problems: &mut Problems, field: impl Display, len: usize, max: usize) {
    if len > max {
        problems.push(Code::TooMany, field, Some(format!("at most {max}")));
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn max_amount_is_ten_to_the_twelfth() {
        assert_eq!(super::MAX_AMOUNT.to_string(), "1000000000000");
    }
}
