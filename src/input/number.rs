//! Decimals read exactly: a JSON number literal, or a string holding one, is the only text a
//! decimal may have (one reading in every host: no `1_000`, no spaces, no `+1`, no `.5`), and its
//! value is taken digit for digit — never through a float, never rounded. A value `Decimal` cannot
//! hold exactly is refused (`out_of_range`, `too_precise`), not approximated.

use std::collections::HashMap;

use rust_decimal::Decimal;
use serde::de::{self, Deserializer, Unexpected, Visitor};

use crate::error::Code;

/// The most decimal places `Decimal` holds.
const MAX_SCALE: u32 = 28;

/// Why a text is not an exact decimal: its code and the detail its message names.
pub(crate) type Refused = (Code, Option<String>);

/// The decimal `text` writes, exactly; `text` must be in JSON's number grammar
/// (`-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`).
pub(crate) fn exact_decimal(text: &str) -> Result<Decimal, Refused> {
    // The common case, a plain literal of at most 28 digits, fits as it is written.
    if let Some(d) = plain(text) {
        return Ok(d);
    }
    let invalid = || (Code::InvalidNumber, None);
    let (negative, rest) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (mantissa, exponent) = match rest.split_once(['e', 'E']) {
        Some((mantissa, exponent)) => (mantissa, Some(exponent)),
        None => (rest, None),
    };
    let (whole, fraction) = match mantissa.split_once('.') {
        Some((whole, fraction)) => (whole, fraction),
        None => (mantissa, ""),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let whole_ok = digits(whole) && (whole == "0" || !whole.starts_with('0'));
    let fraction_ok = fraction.is_empty() || digits(fraction);
    if !whole_ok || !fraction_ok || mantissa.ends_with('.') {
        return Err(invalid());
    }
    let exponent = match exponent {
        None => 0,
        Some(e) => {
            let unsigned = e.strip_prefix(['+', '-']).unwrap_or(e);
            if !digits(unsigned) {
                return Err(invalid());
            }
            // Past six digits the exponent places the value beyond any decimal's reach (or makes
            // it zero, which it is only if every digit is).
            let magnitude: i64 = unsigned.parse().unwrap_or(i64::MAX).min(1_000_000);
            if e.starts_with('-') {
                magnitude.saturating_neg()
            } else {
                magnitude
            }
        }
    };
    // The value is `significand × 10^-scale`; leading zeros say nothing.
    let significand: String = whole
        .chars()
        .chain(fraction.chars())
        .skip_while(|&c| c == '0')
        .collect();
    let fraction_len = i64::try_from(fraction.len()).unwrap_or(i64::MAX);
    if significand.is_empty() {
        // Zero keeps the places it is written with (`0.00`), as any other value does.
        let scale = fraction_len.saturating_sub(exponent).clamp(0, i64::from(MAX_SCALE));
        return Ok(Decimal::new(0, u32::try_from(scale).unwrap_or(0)));
    }
    let mut scale = fraction_len.saturating_sub(exponent);
    let mut significand = significand.as_str();
    // Trailing zeros are kept (`2.50` stays `2.50`) unless dropping them is what makes it fit.
    loop {
        if let Some(d) = build(negative, significand, scale) {
            return Ok(d);
        }
        match significand.strip_suffix('0') {
            Some(shorter) if scale > 0 => {
                significand = shorter;
                scale = scale.saturating_sub(1);
            }
            _ => break,
        }
    }
    let whole_digits = i64::try_from(significand.len())
        .unwrap_or(i64::MAX)
        .saturating_sub(scale);
    let whole_part = significand
        .get(..usize::try_from(whole_digits.max(0)).unwrap_or(0))
        .unwrap_or(significand);
    if whole_digits > 0 && build(false, whole_part, scale.min(0)).is_none() {
        Err((Code::OutOfRange, Some("beyond a decimal's 28 digits".into())))
    } else {
        Err((Code::TooPrecise, Some("beyond a decimal's 28 digits".into())))
    }
}

/// The decimal a plain literal (`-?(0|[1-9][0-9]*)(\.[0-9]+)?`) of at most 28 digits writes,
/// with the fraction's places, read in one pass; `None` for any other text (below 10²⁸, the value
/// fits a decimal's 96 bits).
fn plain(text: &str) -> Option<Decimal> {
    let (negative, literal) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, fraction) = literal.split_once('.').unwrap_or((literal, ""));
    let well_formed = match whole.as_bytes() {
        [] => false,
        [b'0', _, ..] => false,
        _ => literal.len() != whole.len().saturating_add(1),
    };
    if !well_formed || whole.len().saturating_add(fraction.len()) > 28 {
        return None;
    }
    let mut value: i128 = 0;
    for digit in whole.bytes().chain(fraction.bytes()) {
        if !digit.is_ascii_digit() {
            return None;
        }
        // At most 28 digits: below 10²⁸, no step overflows.
        value = value
            .wrapping_mul(10)
            .wrapping_add(i128::from(digit.wrapping_sub(b'0')));
    }
    let value = if negative { value.wrapping_neg() } else { value };
    Decimal::try_from_i128_with_scale(value, u32::try_from(fraction.len()).ok()?).ok()
}

/// `±digits × 10^-scale` as a decimal, if it holds it exactly (a negative scale appends zeros).
fn build(negative: bool, digits: &str, scale: i64) -> Option<Decimal> {
    let padding = usize::try_from(scale.min(0).unsigned_abs()).ok()?;
    if scale > i64::from(MAX_SCALE) || digits.len().saturating_add(padding) > 29 {
        return None;
    }
    let mut value: i128 = 0;
    for digit in digits.bytes().chain(std::iter::repeat_n(b'0', padding)) {
        value = value
            .checked_mul(10)?
            .checked_add(i128::from(digit.wrapping_sub(b'0')))?;
    }
    let value = if negative { value.checked_neg()? } else { value };
    Decimal::try_from_i128_with_scale(value, u32::try_from(scale.max(0)).ok()?).ok()
}

/// The name a decimal field gives serde as a newtype (see [`decimal`]), so that the input reader
/// parses it itself and reports `invalid_number`, `out_of_range` or `too_precise` at its path.
pub(crate) const SERDE_NAME: &str = "Decimal";

/// The name of the newtype a decimal field writes its text in (see [`decimal`]): the library's
/// writer pushes it without a search for characters to escape; any other writer sees the string.
pub(crate) const TEXT_NAME: &str = "$ordercore::DecimalText";

/// A decimal field as JSON carries it, `#[serde(with = "input::number::decimal")]`: read exactly
/// from a number or a string, written as a string.
pub(crate) mod decimal {
    use rust_decimal::Decimal;
    use serde::{Deserializer, Serializer};

    use crate::money::DecimalText;

    /// Reads the decimal exactly.
    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        d.deserialize_newtype_struct(super::SERDE_NAME, super::Exact)
    }

    /// Writes the decimal as rust_decimal's serde does, with fewer steps: a string, in a newtype
    /// named [`super::TEXT_NAME`].
    pub(crate) fn serialize<S: Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_newtype_struct(super::TEXT_NAME, DecimalText::of(d).as_str())
    }
}

/// An optional decimal field, `#[serde(with = "input::number::opt_decimal")]`: as [`decimal`],
/// with `null` and absence read as `None`.
pub(crate) mod opt_decimal {
    use rust_decimal::Decimal;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::Exactly;

    /// Reads the decimal exactly, if there is one.
    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
        Ok(<Option<Exactly> as Deserialize>::deserialize(d)?.map(|Exactly(d)| d))
    }

    /// Writes the decimal as [`super::decimal`] does, or `null`.
    pub(crate) fn serialize<S: Serializer>(d: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
        d.map(Exactly).serialize(s)
    }
}

/// Deserialises a map of decimals exactly.
pub(crate) fn decimal_map<'de, D: Deserializer<'de>>(d: D) -> Result<HashMap<String, Decimal>, D::Error> {
    let map = <HashMap<String, Exactly> as de::Deserialize>::deserialize(d)?;
    Ok(map.into_iter().map(|(k, Exactly(v))| (k, v)).collect())
}

/// A decimal read exactly and written as [`decimal`] writes it, for the containers above.
#[derive(serde::Deserialize, serde::Serialize)]
struct Exactly(#[serde(with = "decimal")] Decimal);

/// Reads a decimal from a number or a string, exactly.
struct Exact;

impl<'de> Visitor<'de> for Exact {
    type Value = Decimal;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a number")
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Decimal, D::Error> {
        d.deserialize_any(self)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Decimal, E> {
        exact_decimal(text).map_err(|_| E::invalid_value(Unexpected::Str(text), &self))
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Decimal, E> {
        Ok(Decimal::from(n))
    }

    /// A decimal the input reader has read already, in [`Decimal::serialize`]'s 16 bytes: no
    /// text written out to be parsed again.
    fn visit_bytes<E: de::Error>(self, bytes: &[u8]) -> Result<Decimal, E> {
        let bytes = <[u8; 16]>::try_from(bytes).map_err(|_| E::invalid_length(bytes.len(), &self))?;
        Ok(Decimal::deserialize(bytes))
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Decimal, E> {
        Ok(Decimal::from(n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_literal_reads_as_the_general_path_reads_it() {
        for text in [
            "0",
            "0.00",
            "-0.0",
            "2.50",
            "7",
            "179.75",
            "-12.345",
            "0.000001",
            "9999999999999999999999999999",
        ] {
            let (negative, rest) = text.strip_prefix('-').map_or((false, text), |r| (true, r));
            let (whole, fraction) = rest.split_once('.').unwrap_or((rest, ""));
            let digits: String = whole
                .chars()
                .chain(fraction.chars())
                .skip_while(|&c| c == '0')
                .collect();
            let general = if digits.is_empty() {
                Decimal::new(0, fraction.len() as u32)
            } else {
                build(negative, &digits, fraction.len() as i64).unwrap()
            };
            let fast = plain(text).unwrap();
            assert_eq!((fast, fast.scale()), (general, general.scale()), "{text}");
        }
        let others = [
            "",
            "-",
            "007",
            "-01",
            "5.",
            ".5",
            "1.2.3",
            "1e2",
            "--1",
            "1_0",
            "١",
            "99999999999999999999999999999",
        ];
        for text in others {
            assert_eq!(plain(text), None, "{text}");
        }
    }

    fn read(text: &str) -> Result<String, Code> {
        exact_decimal(text).map(|d| d.to_string()).map_err(|(code, _)| code)
    }

    #[test]
    fn json_number_literals_are_read_digit_for_digit() {
        assert_eq!(read("2.99"), Ok("2.99".into()));
        assert_eq!(read("2.50"), Ok("2.50".into()));
        assert_eq!(read("-0.5"), Ok("-0.5".into()));
        assert_eq!(read("0"), Ok("0".into()));
        assert_eq!(read("1.5e2"), Ok("150".into()));
        assert_eq!(read("15E-1"), Ok("1.5".into()));
        assert_eq!(read("1e+3"), Ok("1000".into()));
        assert_eq!(read("0e999999999"), Ok("0".into()));
        assert_eq!(read("123456789012.123456"), Ok("123456789012.123456".into()));
        assert_eq!(
            read("1234567890123456789012345678"),
            Ok("1234567890123456789012345678".into())
        );
        assert_eq!(
            read("0.0000000000000000000000000001"),
            Ok("0.0000000000000000000000000001".into())
        );
        assert_eq!(
            read("1.000000000000000000000000000000000"),
            Ok("1.0000000000000000000000000000".into())
        );
    }

    #[test]
    fn any_other_text_is_not_a_number() {
        for text in [
            "", "-", "1_000", " 2.99", "2.99 ", "+1", ".5", "5.", "01", "1e", "1e+", "0x10", "NaN", "Infinity", "1,5",
            "١٢",
        ] {
            assert_eq!(read(text), Err(Code::InvalidNumber), "{text:?}");
        }
    }

    #[test]
    fn what_a_decimal_cannot_hold_is_refused_not_rounded() {
        assert_eq!(
            read("79228162514264337593543950335"),
            Ok("79228162514264337593543950335".into())
        );
        assert_eq!(read("79228162514264337593543950336"), Err(Code::OutOfRange));
        assert_eq!(read("1e29"), Err(Code::OutOfRange));
        assert_eq!(read("1e999999999999"), Err(Code::OutOfRange));
        assert_eq!(read("1.00000000000000000000000000001"), Err(Code::TooPrecise));
        assert_eq!(read("7922816251426433759354395033.6"), Err(Code::TooPrecise));
        assert_eq!(read("1e-29"), Err(Code::TooPrecise));
        assert_eq!(read("1e-999999999999"), Err(Code::TooPrecise));
    }
}
