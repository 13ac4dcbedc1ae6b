//! Money: currencies and their minor units, rounding, exact allocation, checked arithmetic.

mod allocate;
mod currency;
mod rounding;
mod text;

pub use allocate::allocate;
pub(crate) use allocate::allocate_within;
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

impl Checked for Decimal {
    fn plus(self, other: Self) -> Result<Self, Error> {
        self.checked_add(other).ok_or_else(overflow)
    }
    fn minus(self, other: Self) -> Result<Self, Error> {
        self.checked_sub(other).ok_or_else(overflow)
    }
    fn times(self, other: Self) -> Result<Self, Error> {
        self.checked_mul(other).ok_or_else(overflow)
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
    // alignment); the first of another scale, or a sum past 96 bits, goes on with `plus`.
    let scale = first.scale();
    let mut units = first.mantissa();
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

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

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
