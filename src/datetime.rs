//! The fixed date-and-time layouts the library reads and writes, as the chrono items their
//! format strings stand for (`%Y-%m-%dT%H:%M:%S` is [`T_SECONDS`]): read and written exactly as
//! with the strings, without chrono's format-string parser in every binary (the wasm's size).

use chrono::format::{Fixed, Item, Numeric, Pad, ParseResult, Parsed};
use chrono::NaiveDateTime;

/// A zero-padded number, as `%Y`, `%m`, … stand for.
const fn num0(numeric: Numeric) -> Item<'static> {
    Item::Numeric(numeric, Pad::Zero)
}

/// `%Y-%m-%d{separator}%H:%M:%S%.f`: a date, `separator`, a time and an optional fraction of a
/// second.
const fn date_time(separator: Item<'static>) -> [Item<'static>; 12] {
    [
        num0(Numeric::Year),
        Item::Literal("-"),
        num0(Numeric::Month),
        Item::Literal("-"),
        num0(Numeric::Day),
        separator,
        num0(Numeric::Hour),
        Item::Literal(":"),
        num0(Numeric::Minute),
        Item::Literal(":"),
        num0(Numeric::Second),
        Item::Fixed(Fixed::Nanosecond),
    ]
}

/// `%Y-%m-%dT%H:%M:%S%.f`: `2024-01-31T23:59:59`, `2024-01-31T23:59:59.5`.
pub(crate) const T_FRACTION: &[Item<'static>] = &date_time(Item::Literal("T"));

/// `%Y-%m-%dT%H:%M:%S`: [`T_FRACTION`] without the fraction.
pub(crate) const T_SECONDS: &[Item<'static>] = match T_FRACTION.split_last() {
    Some((_, seconds)) => seconds,
    None => &[],
};

/// `%Y-%m-%d %H:%M:%S%.f`: [`T_FRACTION`] with a space between the date and the time.
pub(crate) const SPACE_FRACTION: &[Item<'static>] = &date_time(Item::Space(" "));

/// `%Y%m%d%H%M%S`: `20240131235959`.
pub(crate) const COMPACT: &[Item<'static>] = &[
    num0(Numeric::Year),
    num0(Numeric::Month),
    num0(Numeric::Day),
    num0(Numeric::Hour),
    num0(Numeric::Minute),
    num0(Numeric::Second),
];

/// `text` read in `layout`, as `NaiveDateTime::parse_from_str` reads it in the layout's string.
pub(crate) fn parse_naive(text: &str, layout: &[Item<'_>]) -> ParseResult<NaiveDateTime> {
    let mut parsed = Parsed::new();
    chrono::format::parse(&mut parsed, text, layout.iter())?;
    parsed.to_naive_datetime_with_offset(0)
}

#[cfg(test)]
mod tests {
    use chrono::format::StrftimeItems;

    use super::*;

    #[test]
    fn each_layout_is_what_its_format_string_stands_for() {
        for (format, layout) in [
            ("%Y-%m-%dT%H:%M:%S", T_SECONDS),
            ("%Y-%m-%dT%H:%M:%S%.f", T_FRACTION),
            ("%Y-%m-%d %H:%M:%S%.f", SPACE_FRACTION),
            ("%Y%m%d%H%M%S", COMPACT),
        ] {
            assert_eq!(StrftimeItems::new(format).collect::<Vec<_>>(), layout, "{format}");
        }
    }
}
