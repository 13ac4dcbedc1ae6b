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

/// The digits, by their value.
const DIGITS: &[u8; 10] = b"0123456789";

/// How many digits the low chunk has when the high one has any (its leading zeros included).
const CHUNK_DIGITS: usize = 19;

impl DecimalText {
    /// The text of `d`.
    pub(crate) fn of(d: &Decimal) -> Self {
        let mut text = DecimalText {
            bytes: [b'0'; LONGEST],
            start: LONGEST,
        };
        let d = d.unpack();
        let places = usize::try_from(d.scale).unwrap_or(0);
        // The point's place; none (past the end) without places.
        let point = match places {
            0 => LONGEST,
            _ => LONGEST.saturating_sub(places).saturating_sub(1),
        };
        // The digits, lowest last. A place not written stays `0`: a place a small mantissa does
        // not reach, and the whole part's `0` below one.
        let low = u64::from(d.mid) << 32 | u64::from(d.lo);
        let first = match d.hi {
            0 => text.put(low, LONGEST, point, 0),
            hi => {
                let m = u128::from(hi) << 64 | u128::from(low);
                let high = text.put(u64::try_from(m % CHUNK).unwrap_or(0), LONGEST, point, CHUNK_DIGITS);
                text.put(u64::try_from(m / CHUNK).unwrap_or(0), high, point, 0)
            }
        };
        text.start = first.min(point.saturating_sub(1));
        text.set(point, b'.');
        if d.negative {
            text.start = text.start.saturating_sub(1);
            text.set(text.start, b'-');
        }
        text
    }

    /// The text.
    pub(crate) fn as_str(&self) -> &str {
        let written = self.bytes.get(self.start..).unwrap_or_default();
        debug_assert!(written.is_ascii());
        // SAFETY: every byte is ASCII, so the bytes are UTF-8: the array starts as `b'0'`s, and
        // its only writer, `set`, is given only digits (`b'0'` plus a remainder by ten, in
        // `put`), a point and a minus sign. (Checking it, `str::from_utf8`, took half as long as
        // writing the digits, for every amount of every answer.)
        unsafe { std::str::from_utf8_unchecked(written) }
    }

    /// Writes the digits of `n` leftward from before `end`, passing over the point's place, at
    /// least `width` of them (zeros first); where the last one went. (Places and counts stay
    /// within the text's 32 bytes, far from wrapping; `set` writes nothing outside them.)
    fn put(&mut self, mut n: u64, end: usize, point: usize, width: usize) -> usize {
        let mut at = end;
        let mut written = 0usize;
        while n > 0 || written < width {
            at = at.wrapping_sub(1);
            if at == point {
                at = at.wrapping_sub(1);
            }
            self.set(
                at,
                DIGITS
                    .get(usize::try_from(n % 10).unwrap_or(0))
                    .copied()
                    .unwrap_or(b'0'),
            );
            n /= 10;
            written = written.wrapping_add(1);
        }
        at
    }

    /// Writes `byte` at `at`; nothing past the end.
    #[inline(always)] // for each digit: a call each in the wasm, built for size
    fn set(&mut self, at: usize, byte: u8) {
        if let Some(slot) = self.bytes.get_mut(at) {
            *slot = byte;
        }
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
