//! Money: currencies and their minor units, rounding, exact allocation, checked arithmetic.

mod allocate;
mod currency;
mod rounding;
mod text;

pub use allocate::allocate;
pub(crate) use allocate::{allocate_into, allocate_within};
pub use currency::Currency;
pub use rounding::RoundingMode;
pub(crate) use text::DecimalText;

use rust_decimal::Decimal;

use crate::error::{overflow, Error};

/// Arithmetic on decimals that reports overflow as an [`Error`] instead of panicking.
pub(crate) trait Checked: Sized {
    fn plus(self, other: Self) -> Result<Self, Error>;
    fn minus(self, other: Self) -> Result<Self, Error>;
    fn times(self, other: Self) -> Result<Self, Error>;
    fn over(self, other: Self) -> Result<Self, Error>;
}

/// An order's amounts (of one scale, none negative, within 64 bits) are added, subtracted
/// (to a result not negative) and multiplied (to 64 bits at most 28 places) in one 64-bit
/// operation, to the decimal rust_decimal gives, byte for byte (a property test checks it); any
/// others by rust_decimal.
impl Checked for Decimal {
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))] // natively, no call for an order's amounts
    fn plus(self, other: Self) -> Result<Self, Error> {
        let scale = self.scale();
        match both_u64(self, other, scale).and_then(|(a, b)| a.checked_add(b)) {
            Some(sum) => Ok(from_u64(sum, false, scale)),
            None => wide(self, other, Decimal::checked_add),
        }
    }
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn minus(self, other: Self) -> Result<Self, Error> {
        let scale = self.scale();
        match both_u64(self, other, scale).and_then(|(a, b)| a.checked_sub(b)) {
            Some(difference) => Ok(from_u64(difference, false, scale)),
            None => wide(self, other, Decimal::checked_sub),
        }
    }
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn times(self, other: Self) -> Result<Self, Error> {
        let scale = self.scale().wrapping_add(other.scale());
        let narrow = units_u64(&self, self.scale()).zip(units_u64(&other, other.scale()));
        // rust_decimal's product of zeros is its own zero, at no places.
        let product = narrow
            .and_then(|(a, b)| a.checked_mul(b))
            .filter(|p| *p != 0 && scale <= MAX_PLACES);
        match product {
            Some(product) => Ok(from_u64(product, false, scale)),
            None => wide(self, other, Decimal::checked_mul),
        }
    }
    fn over(self, other: Self) -> Result<Self, Error> {
        self.checked_div(other).ok_or_else(overflow)
    }
}

/// The sum of `amounts`, checked.
pub(crate) fn sum<'a>(amounts: impl IntoIterator<Item = &'a Decimal>) -> Result<Decimal, Error> {
    let mut amounts = amounts.into_iter();
    let Some(first) = amounts.next() else {
        return Ok(Decimal::ZERO);
    };
    // Amounts of one scale add as whole numbers of that unit (what `plus` does, without its
    // alignment): an order's, none negative, in 64 bits; the first that is not goes on in 128.
    let scale = first.scale();
    let (mut units, mut a) = (0u64, first);
    loop {
        match units_u64(a, scale).and_then(|u| units.checked_add(u)) {
            Some(u) => units = u,
            None => return sum_wide(units.into(), scale, std::iter::once(a).chain(amounts)),
        }
        match amounts.next() {
            Some(next) => a = next,
            None => return Ok(from_u64(units, false, scale)),
        }
    }
}

/// [`sum`] of `amounts` onto `units` at `scale`: whole numbers of that unit in 128 bits while
/// they are of that scale and the sum within 96 bits, then with `plus`.
fn sum_wide<'a>(mut units: i128, scale: u32, mut amounts: impl Iterator<Item = &'a Decimal>) -> Result<Decimal, Error> {
    for a in amounts.by_ref() {
        match units
            .checked_add(a.mantissa())
            .filter(|u| a.scale() == scale && u.unsigned_abs() < MAX_MANTISSA)
        {
            Some(u) => units = u,
            None => {
                let whole = Decimal::try_from_i128_with_scale(units, scale).map_err(|_| overflow())?;
                return amounts.try_fold(whole.plus(*a)?, |s, a| s.plus(*a));
            }
        }
    }
    Decimal::try_from_i128_with_scale(units, scale).map_err(|_| overflow())
}

/// `base × rate ÷ 100`: `rate` percent of `base`, exact.
pub(crate) fn percent(base: Decimal, rate: Decimal) -> Result<Decimal, Error> {
    hundredth(base.times(rate)?)
}

/// The tax in `base` at `rate` percent: `base × rate ÷ 100`, or `÷ (100 + rate)` when `base`
/// includes the tax.
pub(crate) fn tax_in(base: Decimal, rate: Decimal, base_includes_tax: bool) -> Result<Decimal, Error> {
    if base_includes_tax {
        base.times(rate)?.over(Decimal::ONE_HUNDRED.plus(rate)?)
    } else {
        percent(base, rate)
    }
}

/// `amount ÷ 100`, digit for digit and scale for scale what `checked_div` gives, for a mantissa
/// of 64 bits at up to 19 places (an order's amounts): without its 96-bit long division.
fn hundredth(amount: Decimal) -> Result<Decimal, Error> {
    let scale = amount.scale();
    let Some(digits) = digits_u64(amount).filter(|_| scale <= 19) else {
        return amount.over(Decimal::ONE_HUNDRED);
    };
    // rust_decimal divides exactly when it can; else it moves the quotient nine places right
    // and its `unscale` takes seven of them back (eight when the 32 low bits are then zero).
    let (digits, scale) = if digits % 100 == 0 {
        (digits / 100, scale)
    } else if digits % 10 == 0 && digits.trailing_zeros() >= 25 {
        (digits / 10, scale.saturating_add(1))
    } else {
        (digits, scale.saturating_add(2))
    };
    Ok(from_u64(digits, amount.is_sign_negative(), scale))
}

/// `op` of `a` and `b` by rust_decimal, checked.
#[inline(never)]
fn wide(a: Decimal, b: Decimal, op: fn(Decimal, Decimal) -> Option<Decimal>) -> Result<Decimal, Error> {
    op(a, b).ok_or_else(overflow)
}

/// `a` and `b` as whole numbers of `10^-scale` units (see [`units_u64`]).
#[inline(always)]
fn both_u64(a: Decimal, b: Decimal, scale: u32) -> Option<(u64, u64)> {
    units_u64(&a, scale).zip(units_u64(&b, scale))
}

/// `10^n`, when it fits 64 bits.
pub(crate) fn power_of_ten(n: u32) -> Option<u64> {
    const POWERS: [u64; 20] = [
        1,
        10,
        100,
        1_000,
        10_000,
        100_000,
        1_000_000,
        10_000_000,
        100_000_000,
        1_000_000_000,
        10_000_000_000,
        100_000_000_000,
        1_000_000_000_000,
        10_000_000_000_000,
        100_000_000_000_000,
        1_000_000_000_000_000,
        10_000_000_000_000_000,
        100_000_000_000_000_000,
        1_000_000_000_000_000_000,
        10_000_000_000_000_000_000,
    ];
    POWERS.get(usize::try_from(n).ok()?).copied()
}

/// The most places a decimal has.
const MAX_PLACES: u32 = 28;

/// `d` as a whole number of `10^-scale` units, when it is one, not negative, within 64 bits.
#[inline(always)] // a few field reads
pub(crate) fn units_u64(d: &Decimal, scale: u32) -> Option<u64> {
    let d = d.unpack();
    (d.hi == 0 && !d.negative && d.scale == scale).then_some(u64::from(d.mid) << 32 | u64::from(d.lo))
}

/// The digits of `amount`'s mantissa, without its sign, when they are not zero and fit 64 bits.
pub(crate) fn digits_u64(amount: Decimal) -> Option<u64> {
    u64::try_from(amount.mantissa().unsigned_abs()).ok().filter(|d| *d != 0)
}

/// The decimal `±digits × 10^-scale`.
pub(crate) fn from_u64(digits: u64, negative: bool, scale: u32) -> Decimal {
    Decimal::from_parts(digits as u32, (digits >> 32) as u32, 0, negative, scale)
}

/// One more than the largest mantissa a decimal holds (2⁹⁶).
const MAX_MANTISSA: u128 = 1 << 96;

/// `a × b`, checked: in one 64-bit multiplication when both fit (whose product cannot overflow
/// 128 bits), without the 128-bit overflow check, for the amounts of an order.
pub(crate) fn mul(a: i128, b: i128) -> Option<i128> {
    match (i64::try_from(a), i64::try_from(b)) {
        (Ok(a), Ok(b)) => Some(i128::from(a).wrapping_mul(i128::from(b))),
        _ => a.checked_mul(b),
    }
}

/// `a ÷ b`, rounded toward 0, and its remainder: in 64-bit division when both fit (no 128-bit
/// division, a library call, for the amounts of an order).
pub(crate) fn div_rem(a: i128, b: i128) -> Option<(i128, i128)> {
    if let (Ok(a), Ok(b)) = (u64::try_from(a), u64::try_from(b)) {
        return Some((a.checked_div(b)?.into(), a.checked_rem(b)?.into()));
    }
    let quotient = a.checked_div(b)?;
    Some((quotient, a.checked_sub(quotient.checked_mul(b)?)?))
}

/// Any mantissa a decimal holds, for the property tests of the money module.
#[cfg(test)]
fn any_mantissa() -> std::ops::RangeInclusive<i128> {
    let max = Decimal::MAX.mantissa();
    -max..=max
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rust_decimal_macros::dec;

    /// Ours and rust_decimal's `d ÷ 100`, as bytes: mantissa, scale and sign.
    fn both_hundredths(d: Decimal) -> ([u8; 16], [u8; 16]) {
        let theirs = d.checked_div(Decimal::ONE_HUNDRED).map_or([0; 16], |q| q.serialize());
        (hundredth(d).map_or([0; 16], |q| q.serialize()), theirs)
    }

    #[test]
    fn a_hundredth_is_what_checked_div_gives_at_the_corners() {
        for (m, scale) in [
            (0, 0),
            (0, 3),
            (15000, 2),
            (15050, 2),
            (15055, 2),
            (-15050, 2),
            (-100, 0),
            (7, 19),
            (7, 20),
            (700, 28),
            (167_772_160, 2),
            (-167_772_160, 2),
            (335_544_320, 2),
            (i128::from(u64::MAX), 2),
            (i128::from(u64::MAX) + 1, 2),
            (79_228_162_514_264_337_593_543_950_335, 0),
            (79_228_162_514_264_337_593_543_950_300, 26),
        ] {
            let (ours, theirs) = both_hundredths(Decimal::from_i128_with_scale(m, scale));
            assert_eq!(ours, theirs, "{m} at scale {scale}");
        }
    }

    /// A decimal of any kind: an order's (not negative, within 64 bits), negative, zero, wide.
    fn any_amount() -> impl Strategy<Value = Decimal> {
        (any_mantissa(), 0i128..=1 << 65, 0u32..=28, 0u8..5).prop_map(|(wide, narrow, scale, kind)| match kind {
            0 => Decimal::from_i128_with_scale(wide, scale),
            1 => Decimal::from_i128_with_scale(-narrow, scale % 4),
            2 => Decimal::from_i128_with_scale(0, scale % 4),
            _ => Decimal::from_i128_with_scale(narrow, scale % 4),
        })
    }

    proptest! {
        /// Ours and rust_decimal's sum, difference and product, byte for byte (or both overflow).
        #[test]
        fn checked_arithmetic_is_rust_decimals(a in any_amount(), b in any_amount(), same_scale in proptest::bool::ANY) {
            let b = if same_scale { Decimal::from_i128_with_scale(b.mantissa() % (1 << 64), a.scale()) } else { b };
            let bytes = |d: Option<Decimal>| d.map(|d| d.serialize());
            prop_assert_eq!(bytes(a.plus(b).ok()), bytes(a.checked_add(b)));
            prop_assert_eq!(bytes(a.minus(b).ok()), bytes(a.checked_sub(b)));
            prop_assert_eq!(bytes(a.times(b).ok()), bytes(a.checked_mul(b)));
        }

        /// Sums of amounts of one scale and of several, with signs, past 64 bits and past 96.
        #[test]
        fn every_sum_is_what_plus_gives(
            amounts in proptest::collection::vec((any_mantissa(), 0i128..=1 << 66, 0u32..=3, 0u8..4), 0..8),
        ) {
            let amounts: Vec<Decimal> = amounts
                .into_iter()
                .map(|(wide, narrow, scale, kind)| match kind {
                    0 => Decimal::from_i128_with_scale(wide, scale),
                    1 => Decimal::from_i128_with_scale(-narrow, 2),
                    _ => Decimal::from_i128_with_scale(narrow, 2),
                })
                .collect();
            let by_plus = amounts.iter().try_fold(Decimal::ZERO, |s, a| s.checked_add(*a));
            let ours = sum(&amounts).ok();
            prop_assert_eq!(ours.map(|d| d.to_string()), by_plus.map(|d| d.to_string()));
        }

        #[test]
        fn every_hundredth_is_what_checked_div_gives(
            m in any_mantissa(),
            small in -100_000_000i128..100_000_000,
            scale in 0u32..=28,
        ) {
            for m in [m, small, small * 10, small * 100, small << 25, (small << 25) * 5] {
                let (ours, theirs) = both_hundredths(Decimal::from_i128_with_scale(m, scale));
                prop_assert_eq!(ours, theirs);
            }
        }
    }

    #[test]
    fn a_sum_is_what_plus_gives_value_scale_and_overflow() {
        let by_plus = |v: &[Decimal]| v.iter().try_fold(Decimal::ZERO, |s, a| s.checked_add(*a));
        for amounts in [
            vec![],
            vec![dec!(0.00), dec!(0.00)],
            vec![dec!(1.10), dec!(2.25), dec!(3.00)],
            vec![dec!(1.1), dec!(2.25), dec!(3)],
            vec![dec!(5), dec!(0.001), dec!(7.50)],
            vec![Decimal::MAX, dec!(0)],
            vec![Decimal::MAX, dec!(1)],
        ] {
            let ours = sum(&amounts).ok();
            let theirs = by_plus(&amounts);
            assert_eq!(
                ours.map(|d| d.to_string()),
                theirs.map(|d| d.to_string()),
                "{amounts:?}"
            );
        }
    }
}
