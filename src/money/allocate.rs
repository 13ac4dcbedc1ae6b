//! Exact allocation of an amount over weights by largest remainder.

use std::cell::Cell;
use std::cmp::Reverse;

use rust_decimal::Decimal;

use super::{div_rem, from_u64, mul, units_u64, Currency};
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
    let mut parts = vec![Decimal::ZERO; weights.len()];
    allocate_into(&mut parts, amount, weights, caps, scale)?;
    Ok(parts)
}

/// [`allocate_within`] into `parts`, one for each weight.
pub(crate) fn allocate_into(
    parts: &mut [Decimal],
    amount: Decimal,
    weights: &[Decimal],
    caps: Option<&[Decimal]>,
    scale: u32,
) -> Result<(), Error> {
    Scratch::lend(|scratch| {
        if split_narrow(parts, amount, weights, caps, scale, &mut scratch.packed) {
            Ok(())
        } else {
            split_wide(parts, amount, weights, caps, scale, scratch)
        }
    })
}

/// The split of any amounts, in 128-bit units, in rounds while caps bind.
fn split_wide(
    parts: &mut [Decimal],
    amount: Decimal,
    weights: &[Decimal],
    caps: Option<&[Decimal]>,
    scale: u32,
    scratch: &mut Scratch,
) -> Result<(), Error> {
    let total = units(amount, scale)?;
    let weight_scale = common_scale(weights);
    let shares = &mut scratch.shares;
    shares.clear();
    for (i, &w) in weights.iter().enumerate() {
        let cap = match caps.and_then(|c| c.get(i)) {
            Some(&c) => Some(units(c, scale)?),
            None => None,
        };
        shares.push(Share::new(units(w, weight_scale)?, cap));
    }
    split_units(total, shares, caps.is_some(), &mut scratch.packed)?;
    for (part, share) in parts.iter_mut().zip(shares.iter()) {
        *part = Decimal::try_from_i128_with_scale(share.part, scale).map_err(|_| overflow())?;
    }
    Ok(())
}

/// The split of an order's amounts, done in 64-bit units: when the amount and every cap are
/// whole units at `scale`, the weights whole units at one scale, none negative, their products
/// within 64 bits and no cap binding. Whether it was done (else `parts` is to be written by the
/// general split, which gives the same parts wherever this one gives any).
fn split_narrow(
    parts: &mut [Decimal],
    amount: Decimal,
    weights: &[Decimal],
    caps: Option<&[Decimal]>,
    scale: u32,
    packed: &mut Vec<u128>,
) -> bool {
    let weight_scale = weights.first().map_or(0, Decimal::scale);
    let Some(total) = units_u64(&amount, scale) else {
        return false;
    };
    let mut wsum = 0u64;
    for w in weights {
        match units_u64(w, weight_scale).and_then(|w| wsum.checked_add(w)) {
            Some(sum) => wsum = sum,
            None => return false,
        }
    }
    if wsum == 0 || !packs(wsum.into(), weights.len()) || total.checked_mul(wsum).is_none() {
        return false;
    }
    packed.clear();
    let mut given = 0u64;
    for (line, (part, w)) in parts.iter_mut().zip(weights).enumerate() {
        let w = units_u64(w, weight_scale).unwrap_or(0);
        // `total × w` and `cap × wsum` cannot overflow (`w ≤ wsum`, checked above; the cap's
        // product is of two 64-bit numbers in 128 bits), and the floors sum to at most `total`.
        let product = total.wrapping_mul(w);
        if let Some(caps) = caps {
            let cap = caps.get(line).and_then(|c| units_u64(c, scale));
            if cap.is_none_or(|c| u128::from(product) > u128::from(c).wrapping_mul(wsum.into())) {
                return false;
            }
        }
        let (Some(floor), Some(rest)) = (product.checked_div(wsum), product.checked_rem(wsum)) else {
            return false;
        };
        *part = from_u64(floor, false, scale);
        given = given.wrapping_add(floor);
        packed.push(pack(rest, w, line));
    }
    for rest in largest(packed, total.saturating_sub(given)) {
        if let Some(part) = parts.get_mut(rest.line()) {
            let floor = units_u64(part, scale).unwrap_or(0);
            *part = from_u64(floor.saturating_add(1), false, scale);
        }
    }
    true
}

/// The lists a split works in: its shares and their packed remainders.
#[derive(Default)]
struct Scratch {
    shares: Vec<Share>,
    packed: Vec<u128>,
}

thread_local! {
    /// The thread's last split's lists, emptied, for its next split: splitting an order's
    /// amounts allocates only their parts.
    static KEPT_SCRATCH: Cell<Scratch> = const {
        Cell::new(Scratch {
            shares: Vec::new(),
            packed: Vec::new(),
        })
    };
}

impl Scratch {
    /// `split` done in the thread's kept lists (empty ones while another split holds them),
    /// kept again after.
    fn lend<T>(split: impl FnOnce(&mut Scratch) -> T) -> T {
        let mut kept = KEPT_SCRATCH.with(Cell::take);
        let done = split(&mut kept);
        kept.keep();
        done
    }

    /// Emptied and kept for the thread's next split, unless they grew past an order's lines.
    fn keep(mut self) {
        if self.shares.capacity() <= MAX_LINES {
            self.shares.clear();
            self.packed.clear();
            KEPT_SCRATCH.with(|kept| kept.set(self));
        }
    }
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
}

impl Share {
    fn new(weight: i128, cap: Option<i128>) -> Self {
        Share {
            weight,
            cap,
            part: 0,
            open: cap.is_none_or(|c| c > 0),
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
/// caps (`capped` false), every share is open; `packed` holds the remainders where they fit.
fn split_units(total: i128, shares: &mut [Share], capped: bool, packed: &mut Vec<u128>) -> Result<(), Error> {
    let mut left = total;
    // The remainders, packed where they fit (an order's do, below some 10¹⁴ in its currency),
    // else as they are.
    let mut wide: Vec<Rest> = Vec::new();
    while left > 0 {
        let (wsum, by_caps) = open_weights(shares, capped)?;
        let done = if packs(wsum, shares.len()) {
            round(shares, left, wsum, by_caps, packed)?
        } else {
            round(shares, left, wsum, by_caps, &mut wide)?
        };
        if done {
            return Ok(());
        }
        left = total.checked_sub(held(shares)?).ok_or_else(overflow)?;
    }
    Ok(())
}

/// One round of the split over the open shares, their remainders kept as `R`s: whether it is
/// done (`false`: some shares were held at their caps, and the rest is to split again).
fn round<R: Remainder>(
    shares: &mut [Share],
    left: i128,
    wsum: i128,
    by_caps: bool,
    rests: &mut Vec<R>,
) -> Result<bool, Error> {
    rests.clear();
    match spread(shares, left, wsum, by_caps, rests)? {
        Spread::Held => Ok(false),
        Spread::Given(given) => {
            let leftover = usize::try_from(left.checked_sub(given).ok_or_else(overflow)?).map_err(|_| overflow())?;
            give_leftover(shares, rests, leftover)?;
            Ok(true)
        }
    }
}

/// The open shares' weights summed, and whether they are split by their caps instead (every
/// open weight zero: they fill by the room they have left).
fn open_weights(shares: &[Share], capped: bool) -> Result<(i128, bool), Error> {
    let open_sum = |caps: bool| {
        shares
            .iter()
            .filter(|s| s.open)
            .try_fold(0i128, |sum, s| sum.checked_add(s.by(caps)))
            .ok_or_else(overflow)
    };
    match open_sum(false)? {
        0 if !capped => Err(Error::new(Code::ZeroWeights, "amount", None)),
        0 => match open_sum(true)? {
            0 => Err(Error::new(Code::OutOfRange, "amount", None)),
            wsum => Ok((wsum, true)),
        },
        wsum => Ok((wsum, false)),
    }
}

/// What one pass of [`spread`] did.
enum Spread {
    /// Some shares' exact share passed their cap: they are held at it, and the rest is to split again.
    Held,
    /// Each open share has the floor of its exact share, these units in all.
    Given(i128),
}

/// In one pass over the open shares: holds at its cap each whose exact share `left × w ÷ wsum`
/// exceeds it, and gives the others the floor of theirs, keeping in `rests` what the floor
/// left over (with the weight and the line, to pick the leftover units by).
fn spread<R: Remainder>(
    shares: &mut [Share],
    left: i128,
    wsum: i128,
    by_caps: bool,
    rests: &mut Vec<R>,
) -> Result<Spread, Error> {
    let mut held = false;
    let mut given = 0i128;
    for (i, share) in shares.iter_mut().enumerate().filter(|(_, s)| s.open) {
        let by = share.by(by_caps);
        let product = mul(left, by).ok_or_else(overflow)?;
        if let Some(cap) = share.cap.filter(|c| mul(*c, wsum).is_some_and(|c| product > c)) {
            share.part = cap;
            share.open = false;
            held = true;
        } else if !held {
            let (part, rest) = div_rem(product, wsum).ok_or_else(overflow)?;
            share.part = part;
            given = given.checked_add(part).ok_or_else(overflow)?;
            rests.push(R::of(rest, by, i));
        }
    }
    Ok(if held { Spread::Held } else { Spread::Given(given) })
}

/// The units of the shares held at their caps.
fn held(shares: &[Share]) -> Result<i128, Error> {
    shares
        .iter()
        .filter(|s| !s.open)
        .try_fold(0i128, |sum, s| sum.checked_add(s.part))
        .ok_or_else(overflow)
}

/// What a share's floor left over, with its weight and its line, ordered as the leftover units
/// are given: the larger remainder first, then the larger weight, then the earlier line.
trait Remainder: Ord + Sized {
    /// The remainder `rest` of the share on `line`, split by `by`.
    fn of(rest: i128, by: i128, line: usize) -> Self;
    /// Its line.
    fn line(&self) -> usize;
    /// Puts the largest `count` of `rests` first, in any order (`count` below their number).
    fn select_largest(rests: &mut Vec<Self>, count: usize);
}

/// A remainder as it is: the line reversed, the earlier being the larger.
type Rest = (i128, i128, Reverse<usize>);

impl Remainder for Rest {
    fn of(rest: i128, by: i128, line: usize) -> Self {
        (rest, by, Reverse(line))
    }

    fn line(&self) -> usize {
        self.2 .0
    }

    /// By the library's one stable sort: a split this wide is rare, and a selection of its own
    /// would be another 1.4 KB of wasm.
    fn select_largest(rests: &mut Vec<Self>, _count: usize) {
        crate::sort::sort_by(rests, |a, b| b.cmp(a));
    }
}

/// How many low bits of a packed remainder hold its line.
const LINE_BITS: u32 = 10;

/// The last line a packed remainder can name.
const LAST_PACKED_LINE: u128 = (1 << LINE_BITS) - 1;

/// Whether a split by `wsum` over `lines` packs its remainders into `u128`s: every remainder and
/// weight (each at most `wsum`) below 2⁵⁴, every line below 2¹⁰.
fn packs(wsum: i128, lines: usize) -> bool {
    wsum < 1 << (64 - LINE_BITS) && lines <= 1 << LINE_BITS
}

/// A remainder in one number, ordered as [`Rest`] is (see [`packs`]): the remainder in the high
/// 64 bits, the weight above the line, the line reversed in the low bits. A selection over them
/// moves 16 bytes and compares once, where a [`Rest`] is 48 bytes and three comparisons.
impl Remainder for u128 {
    fn of(rest: i128, by: i128, line: usize) -> Self {
        let field = |n: i128| u64::try_from(n).unwrap_or(0);
        pack(field(rest), field(by), line)
    }

    fn line(&self) -> usize {
        usize::try_from(LAST_PACKED_LINE ^ (self & LAST_PACKED_LINE)).unwrap_or(usize::MAX)
    }

    /// In one linear selection (the largest come first in reverse order).
    fn select_largest(rests: &mut Vec<Self>, count: usize) {
        if let Some(last) = count.checked_sub(1) {
            rests.select_nth_unstable_by(last, |a, b| b.cmp(a));
        }
    }
}

/// A remainder packed (see [`Remainder for u128`](Remainder)).
#[inline(always)]
fn pack(rest: u64, by: u64, line: usize) -> u128 {
    let line = u128::try_from(line).unwrap_or(LAST_PACKED_LINE).min(LAST_PACKED_LINE);
    u128::from(rest) << 64 | u128::from(by) << LINE_BITS | (LAST_PACKED_LINE ^ line)
}

/// One unit each to the `leftover` shares with the largest remainders (then the larger weight,
/// then the earlier line).
fn give_leftover<R: Remainder>(shares: &mut [Share], rests: &mut Vec<R>, leftover: usize) -> Result<(), Error> {
    for rest in largest(rests, leftover) {
        if let Some(s) = shares.get_mut(rest.line()) {
            s.part = s.part.checked_add(1).ok_or_else(overflow)?;
        }
    }
    Ok(())
}

/// The `count` largest of `rests` (all of them if fewer), first: a few picked in a pass each,
/// more by [`Remainder::select_largest`].
fn largest<R: Remainder>(rests: &mut Vec<R>, count: impl TryInto<usize>) -> &[R] {
    let count = count.try_into().unwrap_or(usize::MAX);
    if count <= FEW {
        for first in 0..count.min(rests.len()) {
            let rest = rests.get(first..).unwrap_or_default();
            let top = rest
                .iter()
                .enumerate()
                .max_by(|a, b| a.1.cmp(b.1))
                .map_or(0, |(i, _)| i);
            rests.swap(first, first.wrapping_add(top));
        }
    } else if count < rests.len() {
        R::select_largest(rests, count);
    }
    rests.get(..count).unwrap_or(rests)
}

/// How many units of a leftover are given in a pass each: below this, fewer comparisons than
/// a selection's.
const FEW: usize = 4;

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
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

    /// The split as the doc comments state it, step by step: hold at their caps the shares whose
    /// exact share passes them and split again; then floors, and the leftover units by a full sort.
    fn stated(total: i128, weights: &[i128], caps: &[i128]) -> Option<Vec<i128>> {
        let mut parts = vec![0; weights.len()];
        let mut open: Vec<bool> = caps.iter().map(|c| *c > 0).collect();
        let mut left = total;
        while left > 0 {
            let open_ones = || (0..weights.len()).filter(|i| open[*i]);
            let mut by_caps = false;
            let mut wsum: i128 = open_ones().map(|i| weights[i]).sum();
            if wsum == 0 {
                by_caps = true;
                wsum = open_ones().map(|i| caps[i]).sum();
            }
            if wsum == 0 {
                return None;
            }
            let by = |i: usize| if by_caps { caps[i] } else { weights[i] };
            let over: Vec<usize> = open_ones().filter(|&i| left * by(i) > caps[i] * wsum).collect();
            if !over.is_empty() {
                for i in over {
                    parts[i] = caps[i];
                    open[i] = false;
                }
                left = total - (0..weights.len()).filter(|i| !open[*i]).map(|i| parts[i]).sum::<i128>();
                continue;
            }
            let mut rests = Vec::new();
            for i in open_ones().collect::<Vec<_>>() {
                parts[i] = left * by(i) / wsum;
                rests.push((left * by(i) % wsum, by(i), Reverse(i)));
            }
            rests.sort_by(|a, b| b.cmp(a));
            let leftover = left
                - parts
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| open[*i])
                    .map(|(_, p)| p)
                    .sum::<i128>();
            for (_, _, Reverse(i)) in rests.into_iter().take(leftover as usize) {
                parts[i] += 1;
            }
            break;
        }
        Some(parts)
    }

    proptest! {
        #[test]
        fn capped_splits_are_the_stated_ones(
            lines in proptest::collection::vec((0i64..=50, 0i64..=40), 1..12),
            total in 0i64..=400,
            // Weights past 2⁵⁴ units keep their remainders unpacked.
            wide in proptest::bool::ANY,
        ) {
            let scale = if wide { 10i128.pow(16) } else { 1 };
            let weights: Vec<i128> = lines.iter().map(|(w, _)| i128::from(*w) * scale).collect();
            let caps: Vec<i128> = lines.iter().map(|(_, c)| i128::from(*c)).collect();
            prop_assume!(i128::from(total) <= caps.iter().sum::<i128>());
            let decimals = |v: &[i128]| v.iter().map(|u| Decimal::from_i128_with_scale(*u, 2)).collect::<Vec<_>>();
            let ours = allocate_within(Decimal::new(total, 2), &decimals(&weights), Some(&decimals(&caps)), 2).ok();
            let theirs = stated(i128::from(total), &weights, &caps).map(|p| decimals(&p));
            prop_assert_eq!(ours, theirs);
        }

        /// Wherever the 64-bit split gives parts, they are the general split's, with and without caps.
        #[test]
        fn a_narrow_split_is_the_wide_one(
            lines in proptest::collection::vec((0i64..=5_000, 0i64..=6_000), 0..24),
            total in 0i64..=30_000,
            scales in (0u32..=3, 0u32..=3),
            capped in proptest::bool::ANY,
        ) {
            let (scale, weight_scale) = scales;
            let weights: Vec<Decimal> = lines.iter().map(|(w, _)| Decimal::new(*w, weight_scale)).collect();
            let caps: Vec<Decimal> = lines.iter().map(|(_, c)| Decimal::new(*c, scale)).collect();
            let caps = capped.then_some(caps.as_slice());
            let amount = Decimal::new(total, scale);
            let mut narrow = vec![Decimal::MAX; weights.len()];
            let mut wide = narrow.clone();
            if split_narrow(&mut narrow, amount, &weights, caps, scale, &mut Vec::new()) {
                split_wide(&mut wide, amount, &weights, caps, scale, &mut Scratch::default()).unwrap();
                prop_assert_eq!(strings(narrow), strings(wide));
            }
        }

        /// What the pricing relies on to split an amount over the amounts it comes from without caps.
        #[test]
        fn a_split_of_at_most_the_weights_sum_gives_no_part_above_its_weight(
            (weights, amount) in proptest::collection::vec(0i64..=5_000, 1..40).prop_flat_map(|w| {
                let sum = w.iter().sum::<i64>();
                (Just(w), 0..=sum)
            }),
        ) {
            let weights: Vec<Decimal> = weights.iter().map(|w| Decimal::new(*w, 2)).collect();
            let parts = allocate_within(Decimal::new(amount, 2), &weights, None, 2).unwrap();
            for (part, weight) in parts.iter().zip(&weights) {
                prop_assert!(part <= weight, "{part} > {weight}");
            }
        }
    }

    #[test]
    fn jpy_splits_whole_yen() {
        let jpy = Currency::from_code("JPY").unwrap();
        let parts = allocate(dec!(100), &[dec!(1), dec!(2)], jpy).unwrap();
        assert_eq!(strings(parts), ["33", "67"]);
    }
}
