//! Decimals written as text, as rust_decimal writes them (`Display`, its serde), digit for
//! digit: the sign, the whole part (`0` when there is none), and every place of the scale
//! (`-0.50`, `12`, `0.000`). It takes the digits from two 64-bit chunks of the mantissa, where
//! rust_decimal divides its 96 bits by ten for each digit.

use rust_decimal::Decimal;

/// The text of one decimal, on the stack, written from its last place back.
pub(crate) struct DecimalText {
    bytes: [u8; LONGEST],
    start: usize,
}

/// The longest text: a sign, 29 digits and a point, or `-0.` and 28 places.
const LONGEST: usize = 32;

/// 10¹⁹: the low chunk's digits fill a u64.
const CHUNK: u128 = 10_000_000_000_000_000_000;

impl DecimalText {
    /// The text of `d`.
    pub(crate) fn of(d: &Decimal) -> Self {
        let mut text = DecimalText {
            bytes: [b'0'; LONGEST],
            start: LONGEST,
        };
        let mut digits = Digits::of(d.mantissa().unsigned_abs());
        for _ in 0..d.scale() {
            text.prepend(digits.next_lowest());
        }
        if d.scale() > 0 {
            text.prepend(b'.');
        }
        // The whole part: a zero at least.
        loop {
            text.prepend(digits.next_lowest());
            if digits.done() {
                break;
            }
        }
        if d.is_sign_negative() {
            text.prepend(b'-');
        }
        text
    }

    /// The text.
    pub(crate) fn as_str(&self) -> &str {
        // Only ASCII digits, a sign and a point are ever written.
        std::str::from_utf8(self.bytes.get(self.start..).unwrap_or_default()).unwrap_or_default()
    }

    fn prepend(&mut self, byte: u8) {
        if let Some(start) = self.start.checked_sub(1) {
            if let Some(slot) = self.bytes.get_mut(start) {
                *slot = byte;
                self.start = start;
            }
        }
    }
}

/// The decimal digits of a mantissa, lowest first: 19 from the low chunk (its leading zeros
/// included when the high one has digits), then the high one's.
struct Digits {
    low: u64,
    high: u64,
    taken: u32,
}

impl Digits {
    fn of(m: u128) -> Self {
        // Below 2⁹⁶, a mantissa is at most 29 digits: the high chunk holds at most 10.
        let (high, low) = if m < CHUNK { (0, m) } else { (m / CHUNK, m % CHUNK) };
        Digits {
            low: u64::try_from(low).unwrap_or(0),
            high: u64::try_from(high).unwrap_or(0),
            taken: 0,
        }
    }

    /// The next digit, as ASCII; `0` once there are none.
    fn next_lowest(&mut self) -> u8 {
        let chunk = if self.taken < 19 { &mut self.low } else { &mut self.high };
        let digit = *chunk % 10;
        *chunk /= 10;
        self.taken = self.taken.saturating_add(1);
        b'0'.saturating_add(u8::try_from(digit).unwrap_or(0))
    }

    /// Whether every digit has been taken.
    fn done(&self) -> bool {
        self.low == 0 && self.high == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::any_mantissa;
    use proptest::prelude::*;

    /// Ours and rust_decimal's serde text of `d`.
    fn both(d: Decimal) -> (String, String) {
        let ours = format!("\"{}\"", DecimalText::of(&d).as_str());
        (ours, serde_json::to_string(&d).unwrap())
    }

    #[test]
    fn corners_are_written_as_rust_decimal_writes_them() {
        for (m, scale) in [
            (0, 0),
            (0, 2),
            (0, 28),
            (5, 2),
            (-5, 2),
            (1234, 2),
            (1234, 0),
            (10_000_000_000_000_000_000, 0),
            (10_000_000_000_000_000_001, 19),
            (79_228_162_514_264_337_593_543_950_335, 0),
            (-79_228_162_514_264_337_593_543_950_335, 28),
            (1, 28),
        ] {
            let (ours, theirs) = both(Decimal::from_i128_with_scale(m, scale));
            assert_eq!(ours, theirs, "{m} at scale {scale}");
        }
        // However a negative zero is made, it is written alike.
        for zero in [
            Decimal::from_parts(0, 0, 0, true, 2),
            -Decimal::new(0, 2),
            "-0.00".parse().unwrap(),
        ] {
            let (ours, theirs) = both(zero);
            assert_eq!(ours, theirs);
        }
    }

    proptest! {
        #[test]
        fn every_decimal_is_written_as_rust_decimal_writes_it(
            m in any_mantissa(),
            small in -10_000_000_000i128..10_000_000_000,
            scale in 0u32..=28,
        ) {
            for m in [m, small] {
                let (ours, theirs) = both(Decimal::from_i128_with_scale(m, scale));
                prop_assert_eq!(ours, theirs);
            }
        }
    }
}
