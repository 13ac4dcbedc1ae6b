//! Exact allocation of an amount over weights by largest remainder.

use rust_decimal::Decimal;

use super::Currency;
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
    let weights = weights
        .iter()
        .map(|&w| units(w, weight_scale))
        .collect::<Result<Vec<_>, _>>()?;
    let caps = caps
        .map(|caps| caps.iter().map(|&c| units(c, scale)).collect::<Result<Vec<_>, _>>())
        .transpose()?;
    split_units(total, &weights, caps.as_deref())?
        .into_iter()
        .map(|u| Decimal::try_from_i128_with_scale(u, scale).map_err(|_| overflow()))
        .collect()
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
fn units(d: Decimal, scale: u32) -> Result<i128, Error> {
    let d = if d.scale() > scale { d.normalize() } else { d };
    let shift = scale
        .checked_sub(d.scale())
        .ok_or_else(|| Error::new(Code::TooPrecise, "", Some(format!("at most {scale} decimal places"))))?;
    10i128
        .checked_pow(shift)
        .and_then(|f| d.mantissa().checked_mul(f))
        .ok_or_else(overflow)
}

/// Water-filling largest-remainder split in integer units; without caps, every line is open.
fn split_units(total: i128, weights: &[i128], caps: Option<&[i128]>) -> Result<Vec<i128>, Error> {
    let cap = |i: usize| caps.and_then(|c| c.get(i).copied());
    let mut parts = vec![0i128; weights.len()];
    // Lines still taking a proportional share; saturated lines sit at their cap.
    let mut open: Vec<bool> = (0..weights.len()).map(|i| cap(i).is_none_or(|c| c > 0)).collect();
    let mut left = total;
    while left > 0 {
        let open_sum = |w: &[i128]| -> Option<i128> {
            w.iter()
                .zip(&open)
                .filter(|(_, o)| **o)
                .try_fold(0i128, |s, (w, _)| s.checked_add(*w))
        };
        // Every open weight zero: fill by the room the lines have left, if they have caps.
        let mut shares_by = weights;
        let mut wsum = open_sum(shares_by).ok_or_else(overflow)?;
        if wsum == 0 {
            let Some(caps) = caps else {
                return Err(Error::new(Code::ZeroWeights, "amount", None));
            };
            shares_by = caps;
            wsum = open_sum(shares_by).ok_or_else(overflow)?;
            if wsum == 0 {
                return Err(Error::new(Code::OutOfRange, "amount", None));
            }
        }
        // Lines whose exact share `left × w / wsum` exceeds their cap saturate; again without them.
        let mut saturated = false;
        for (i, ((part, is_open), w)) in parts.iter_mut().zip(open.iter_mut()).zip(shares_by).enumerate() {
            let Some(cap) = cap(i) else { continue };
            let share_times_wsum = left.checked_mul(*w).ok_or_else(overflow)?;
            if *is_open && cap.checked_mul(wsum).is_some_and(|c| share_times_wsum > c) {
                *part = cap;
                *is_open = false;
                saturated = true;
            }
        }
        if saturated {
            let held: i128 = parts
                .iter()
                .try_fold(0i128, |s, p| s.checked_add(*p))
                .ok_or_else(overflow)?;
            left = total.checked_sub(held).ok_or_else(overflow)?;
            continue;
        }
        // Floors, then one unit each to the largest remainders (then the larger weight, then the
        // earlier line), picked in one linear selection.
        let mut remainders = Vec::with_capacity(parts.len());
        let mut given = 0i128;
        for (i, ((part, is_open), w)) in parts.iter_mut().zip(&open).zip(shares_by).enumerate() {
            if *is_open {
                let product = left.checked_mul(*w).ok_or_else(overflow)?;
                *part = product.checked_div(wsum).ok_or_else(overflow)?;
                given = given.checked_add(*part).ok_or_else(overflow)?;
                remainders.push((product.checked_rem(wsum).ok_or_else(overflow)?, *w, i));
            }
        }
        let leftover = usize::try_from(left.checked_sub(given).ok_or_else(overflow)?).map_err(|_| overflow())?;
        if let Some(last) = leftover.checked_sub(1) {
            let first = |a: &(i128, i128, usize), b: &(i128, i128, usize)| {
                b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2))
            };
            if last < remainders.len() {
                remainders.select_nth_unstable_by(last, first);
            }
            for (_, _, i) in remainders.iter().take(leftover) {
                if let Some(p) = parts.get_mut(*i) {
                    *p = p.checked_add(1).ok_or_else(overflow)?;
                }
            }
        }
        break;
    }
    Ok(parts)
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
