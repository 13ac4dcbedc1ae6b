//! Exact allocation of an amount over weights by largest remainder.

use std::cmp::Reverse;

use rust_decimal::Decimal;

use super::{div_rem, mul, Currency};
use crate::error::{overflow, Code, Error, Place, Problems};
use crate::limits::{check_amount, check_len, MAX_LINES, MAX_SCALE};

/// Splits `amount` over `weights` in proportion, at `currency`'s minor unit, so that the parts
/// sum exactly to `amount`. The amount is a money amount (0 to 10¹², at the currency's scale);
/// the weights, at most 1000, are each 0 to 10¹² with at most 6 decimals; every problem is reported.
///
/// Each part is the proportional share rounded down; the minor units left over go one each to
/// the largest remainders (ties: the larger weight, then the earlier position). Lines with equal
/// weights are interchangeable, so reordering the weights reorders the parts and nothing else.
pub fn allocate(amount: Decimal, weights: &[Decimal], currency: Currency) -> Result<Vec<Decimal>, Error> {
    let mut problems = Problems::default();
    check_amount(&mut problems, "amount", amount, currency.minor_units());
    check_len(&mut problems, "weights", weights.len(), MAX_LINES);
    let list = Place::root("weights");
    for (i, w) in weights.iter().enumerate().take(MAX_LINES) {
        check_amount(&mut problems, list.index(i), *w, MAX_SCALE);
    }
    problems.finish(())?;
    allocate_within(amount, weights, None, currency.minor_units())
}

/// Like [`allocate`] at `scale`; with `caps`, no part exceeds its cap: a share above its cap is
/// held at the cap and the excess goes to the others in proportion. `amount` must not exceed the
/// caps' sum.
pub(crate) fn allocate_within(
    amount: Decimal,
    weights: &[Decimal],
    caps: Option<&[Decimal]>,
    scale: u32,
) -> Result<Vec<Decimal>, Error> {
    let total = units(amount, scale)?;
    let weight_scale = common_scale(weights);
    let mut shares = Vec::with_capacity(weights.len());
    for (i, &w) in weights.iter().enumerate() {
        let cap = match caps.and_then(|c| c.get(i)) {
            Some(&c) => Some(units(c, scale)?),
            None => None,
        };
        shares.push(Share::new(units(w, weight_scale)?, cap));
    }
    split_units(total, &mut shares, caps.is_some())?;
    let mut parts = Vec::with_capacity(shares.len());
    for share in &shares {
        parts.push(Decimal::try_from_i128_with_scale(share.part, scale).map_err(|_| overflow())?);
    }
    Ok(parts)
}

/// The scale at which every weight is a whole number: their own (money amounts come at their
/// currency's), or their shortest when one has more decimals than a weight may have.
fn common_scale(weights: &[Decimal]) -> u32 {
    let scale = weights.iter().map(Decimal::scale).max().unwrap_or(0);
    if scale <= MAX_SCALE {
        scale
    } else {
        weights.iter().map(|w| w.normalize().scale()).max().unwrap_or(0)
    }
}

/// `d` as a whole number of `10^-scale` units; an error if `d` has more decimals than `scale`.
#[inline(always)] // the common case, a decimal at the scale, is a field read: no call for it
fn units(d: Decimal, scale: u32) -> Result<i128, Error> {
    if d.scale() == scale {
        Ok(d.mantissa())
    } else {
        rescaled_units(d, scale)
    }
}

/// [`units`] of a decimal at another scale.
fn rescaled_units(d: Decimal, scale: u32) -> Result<i128, Error> {
    let d = if d.scale() > scale { d.normalize() } else { d };
    let shift = scale
        .checked_sub(d.scale())
        .ok_or_else(|| Error::new(Code::TooPrecise, "", Some(format!("at most {scale} decimal places"))))?;
    10i128
        .checked_pow(shift)
        .and_then(|f| d.mantissa().checked_mul(f))
        .ok_or_else(overflow)
}

/// One line of a split, in whole units.
#[derive(Debug, Clone, Copy)]
struct Share {
    weight: i128,
    cap: Option<i128>,
    /// The part given so far.
    part: i128,
    /// Still taking a proportional share (not held at its cap).
    open: bool,
    /// What the floor of its exact share left over, in units of the weights' sum.
    rest: i128,
}

impl Share {
    fn new(weight: i128, cap: Option<i128>) -> Self {
        Share {
            weight,
            cap,
            part: 0,
            open: cap.is_none_or(|c| c > 0),
            rest: 0,
        }
    }

    /// What it is split by: its weight, or its cap when every open weight is zero.
    fn by(&self, caps: bool) -> i128 {
        if caps {
            self.cap.unwrap_or(0)
        } else {
            self.weight
        }
    }
}

/// Water-filling largest-remainder split in integer units, into each share's `part`; without
/// caps (`capped` false), every share is open.
fn split_units(total: i128, shares: &mut [Share], capped: bool) -> Result<(), Error> {
    let open_sum = |shares: &[Share], caps: bool| {
        shares
            .iter()
            .filter(|s| s.open)
            .try_fold(0i128, |sum, s| sum.checked_add(s.by(caps)))
            .ok_or_else(overflow)
    };
    let mut left = total;
    while left > 0 {
        // Every open weight zero: fill by the room the lines have left, if they have caps.
        let mut by_caps = false;
        let mut wsum = open_sum(shares, false)?;
        if wsum == 0 {
            if !capped {
                return Err(Error::new(Code::ZeroWeights, "amount", None));
            }
            by_caps = true;
            wsum = open_sum(shares, true)?;
            if wsum == 0 {
                return Err(Error::new(Code::OutOfRange, "amount", None));
            }
        }
        if saturate(shares, left, wsum, by_caps)? {
            let held = shares
                .iter()
                .try_fold(0i128, |sum, s| sum.checked_add(s.part))
                .ok_or_else(overflow)?;
            left = total.checked_sub(held).ok_or_else(overflow)?;
            continue;
        }
        let given = floors(shares, left, wsum, by_caps)?;
        let leftover = usize::try_from(left.checked_sub(given).ok_or_else(overflow)?).map_err(|_| overflow())?;
        give_leftover(shares, leftover, by_caps)?;
        break;
    }
    Ok(())
}

/// Holds at its cap each open share whose exact share `left × w ÷ wsum` exceeds it; whether any did.
fn saturate(shares: &mut [Share], left: i128, wsum: i128, by_caps: bool) -> Result<bool, Error> {
    let mut saturated = false;
    for share in shares.iter_mut().filter(|s| s.open) {
        let Some(cap) = share.cap else { continue };
        let share_times_wsum = mul(left, share.by(by_caps)).ok_or_else(overflow)?;
        if mul(cap, wsum).is_some_and(|c| share_times_wsum > c) {
            share.part = cap;
            share.open = false;
            saturated = true;
        }
    }
    Ok(saturated)
}

/// Gives each open share the floor of `left × w ÷ wsum`, keeping what the floor left over; the
/// units given.
fn floors(shares: &mut [Share], left: i128, wsum: i128, by_caps: bool) -> Result<i128, Error> {
    let mut given = 0i128;
    for share in shares.iter_mut().filter(|s| s.open) {
        let product = mul(left, share.by(by_caps)).ok_or_else(overflow)?;
        (share.part, share.rest) = div_rem(product, wsum).ok_or_else(overflow)?;
        given = given.checked_add(share.part).ok_or_else(overflow)?;
    }
    Ok(given)
}

/// One unit each to the `leftover` open shares with the largest remainders (then the larger
/// weight, then the earlier line), picked in one linear selection.
fn give_leftover(shares: &mut [Share], leftover: usize, by_caps: bool) -> Result<(), Error> {
    let Some(last) = leftover.checked_sub(1) else {
        return Ok(());
    };
    // Ordered by the key, the earlier line last among equals: the largest come first in reverse.
    let mut keys = Vec::with_capacity(shares.len());
    for (i, s) in shares.iter().enumerate().filter(|(_, s)| s.open) {
        keys.push((s.rest, s.by(by_caps), Reverse(i)));
    }
    if last < keys.len() {
        keys.select_nth_unstable_by(last, |a, b| b.cmp(a));
    }
    for (_, _, Reverse(i)) in keys.into_iter().take(leftover) {
        if let Some(s) = shares.get_mut(i) {
            s.part = s.part.checked_add(1).ok_or_else(overflow)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn usd() -> Currency {
        Currency::from_code("USD").unwrap()
    }

    fn strings(v: Vec<Decimal>) -> Vec<String> {
        v.into_iter().map(|d| d.to_string()).collect()
    }

    #[test]
    fn thirds_sum_exactly() {
        let parts = allocate(dec!(10.00), &[dec!(1), dec!(1), dec!(1)], usd()).unwrap();
        assert_eq!(strings(parts), ["3.34", "3.33", "3.33"]);
    }

    #[test]
    fn largest_remainder_wins_the_leftover_cent() {
        // Exact shares 0.59857… and 3.59142… floor to 0.59 + 3.59 = 4.18; the leftover cent goes to
        // line 0, whose remainder (0.857 of a cent) is the larger.
        let parts = allocate(dec!(4.19), &[dec!(5.98), dec!(35.88)], usd()).unwrap();
        assert_eq!(strings(parts), ["0.60", "3.59"]);
    }

    #[test]
    fn ties_go_to_the_larger_weight() {
        // 0.02 over 1:3 → exact 0.005 and 0.015; both remainders are a half unit.
        let parts = allocate(dec!(0.02), &[dec!(1), dec!(3)], usd()).unwrap();
        assert_eq!(strings(parts), ["0.00", "0.02"]);
    }

    #[test]
    fn zero_weights_are_an_error_not_a_panic() {
        let err = allocate(dec!(1.00), &[dec!(0), dec!(0)], usd()).unwrap_err();
        assert_eq!(err.code(), Code::ZeroWeights);
        assert_eq!(allocate(dec!(0), &[dec!(0)], usd()).unwrap(), [dec!(0)]);
        assert_eq!(allocate(dec!(0), &[], usd()).unwrap(), Vec::<Decimal>::new());
    }

    #[test]
    fn bad_inputs_are_typed_errors() {
        assert_eq!(
            allocate(dec!(-1), &[dec!(1)], usd()).unwrap_err().code(),
            Code::OutOfRange
        );
        assert_eq!(
            allocate(dec!(1.001), &[dec!(1)], usd()).unwrap_err().code(),
            Code::TooPrecise
        );
        let err = allocate(dec!(1), &[dec!(1), dec!(-1)], usd()).unwrap_err();
        assert_eq!(err.field(), "weights[1]");
    }

    #[test]
    fn caps_hold_and_the_excess_moves_on() {
        // 9.00 by weights 1:1:1 is 3.00 each, but line 0 can take only 1.00.
        let parts = allocate_within(
            dec!(9.00),
            &[dec!(1), dec!(1), dec!(1)],
            Some(&[dec!(1), dec!(10), dec!(10)]),
            2,
        )
        .unwrap();
        assert_eq!(strings(parts), ["1.00", "4.00", "4.00"]);
    }

    #[test]
    fn caps_filled_exactly_when_the_amount_equals_their_sum() {
        let parts = allocate_within(dec!(3.00), &[dec!(5), dec!(1)], Some(&[dec!(1.50), dec!(1.50)]), 2).unwrap();
        assert_eq!(strings(parts), ["1.50", "1.50"]);
        let err = allocate_within(dec!(3.01), &[dec!(5), dec!(1)], Some(&[dec!(1.50), dec!(1.50)]), 2).unwrap_err();
        assert_eq!(err.code(), Code::OutOfRange);
    }

    #[test]
    fn jpy_splits_whole_yen() {
        let jpy = Currency::from_code("JPY").unwrap();
        let parts = allocate(dec!(100), &[dec!(1), dec!(2)], jpy).unwrap();
        assert_eq!(strings(parts), ["33", "67"]);
    }
}
