//! The stock to publish on a marketplace from the shop's sync rule (seed 001: buffer 10, minimum
//! online 5, rounding 0), with what connectors commonly add (a percentage, a maximum listed, pack
//! sizes). The steps, in order, each kept in the result:
//!
//! 1. `quantity`: the on-hand quantity, or the forecast one where the rule says so (it may be
//!    negative: an oversold product; it may have decimals: a product sold by weight).
//! 2. `after_buffer` = max(0, quantity − buffer): the reserve is kept back first, never below 0.
//! 3. `after_percentage` = after_buffer × percentage ÷ 100, exactly (100 when not given).
//! 4. `units` = ⌊after_percentage ÷ pack size⌋: whole listings, rounded down (pack size 1 when the
//!    binding gives none; a listing of 0.5 kg has pack size 0.5).
//! 5. `after_maximum` = min(units, maximum listed), when the rule has a maximum.
//! 6. `after_rounding` = units rounded down to a multiple of `rounding` (0 and 1: no rounding).
//! 7. `published` = 0 when `after_rounding` is strictly below the minimum online quantity
//!    (`<`: exactly the minimum is published), else `after_rounding`.
//!
//! So what is published is whole, never negative, never more than what the buffer leaves
//! (`published × pack size ≤ max(0, quantity − buffer)`), a multiple of the rounding, at most the
//! maximum, 0 or at least the minimum, and never less when the quantity grows. A connector whose
//! threshold is "at or below N publishes 0" (≤) is the minimum N + 1, published quantities being whole.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::bindings::ProductBinding;
use crate::error::{internal, overflow, Code, Error, Place, Problems};
use crate::limits::{
    above_max_amount, check_amount, check_percentage, check_text, MAX_AMOUNT, MAX_SCALE, MAX_SHORT_TEXT,
};
use crate::money::div_rem;

/// The largest quantity, buffer, minimum, maximum or rounding: 10¹² (as money amounts).
pub const MAX_STOCK: u64 = 1_000_000_000_000;
/// The largest pack size.
pub const MAX_PACK_SIZE: u64 = 1_000_000;
/// The most decimal places of a pack size (grams of a kilogram).
pub const PACK_SIZE_SCALE: u32 = 3;

/// A shop's stock sync rule (the seed's Sync Rules form).
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct StockRule {
    /// The shop the rule is for (the seed's `95152937`).
    pub shop_id: String,
    /// Whether stock is pushed to the shop at all: an inactive rule skips every product of the
    /// push list (`rule_inactive`); true when omitted.
    #[serde(default = "yes")]
    #[cfg_attr(feature = "uniffi", uniffi(default = true))]
    pub active: bool,
    /// Which quantity the rule starts from; `on_hand` when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub source: Option<StockSource>,
    /// The reserve kept back from the quantity, in its unit (the seed's buffer quantity, 10); 0
    /// when omitted.
    #[serde(
        default,
        with = "crate::input::number::opt_decimal",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "wasm", tsify(type = "DecimalInput"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub buffer: Option<Decimal>,
    /// The share of what the buffer leaves that is published, in percent (0 to 100); 100 when
    /// omitted.
    #[serde(
        default,
        with = "crate::input::number::opt_decimal",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "wasm", tsify(type = "DecimalInput"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub percentage: Option<Decimal>,
    /// The least quantity shown online (the seed's 5): a quantity strictly below it publishes 0;
    /// 0 when omitted.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = 0))]
    pub min_online: u64,
    /// The most listed, if capped (Linnworks' "Max Listed").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub max_listed: Option<u64>,
    /// Round down to a multiple of this (the seed's rounding: 0 = none; 1 is none too).
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = 0))]
    pub rounding: u64,
}

fn yes() -> bool {
    true
}

/// Which quantity a rule starts from.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum StockSource {
    /// The quantity on hand (Odoo's `qty_available`).
    #[default]
    OnHand,
    /// The forecast quantity (Odoo's `virtual_available`: on hand, less what is promised, plus
    /// what is coming), the OCA connectors' default.
    Forecast,
}

/// A product's stock, as the host reads it.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct ProductStock {
    /// The local product's id (Odoo's `product.product` id, as text).
    pub product_id: String,
    /// The quantity on hand, in the product's unit (decimals for a product sold by weight;
    /// negative when oversold), −10¹² to 10¹², 6 decimals at most.
    #[serde(with = "crate::input::number::decimal")]
    #[cfg_attr(feature = "wasm", tsify(type = "DecimalInput"))]
    pub on_hand: Decimal,
    /// The forecast quantity, needed when the rule's source is `forecast`.
    #[serde(
        default,
        with = "crate::input::number::opt_decimal",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "wasm", tsify(type = "DecimalInput"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub forecast: Option<Decimal>,
}

/// The stock to publish and every step to it, so that a host can say why a listing shows 0.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct StockLevel {
    /// Which quantity it started from.
    pub source: StockSource,
    /// 1. That quantity, as given.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "crate::input::number::decimal")]
    pub quantity: Decimal,
    /// 2. max(0, quantity − buffer).
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "crate::input::number::decimal")]
    pub after_buffer: Decimal,
    /// 3. after_buffer × percentage ÷ 100, exact.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "crate::input::number::decimal")]
    pub after_percentage: Decimal,
    /// 4. ⌊after_percentage ÷ pack size⌋: whole listings.
    pub units: u64,
    /// 5. min(units, maximum listed).
    pub after_maximum: u64,
    /// 6. Rounded down to a multiple of the rounding.
    pub after_rounding: u64,
    /// 7. What to publish: 0 when after_rounding is below the minimum online quantity.
    pub published: u64,
    /// When `published` is 0: the first step that made it so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub zero_because: Option<ZeroReason>,
}

/// The step that made the published stock 0.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum ZeroReason {
    /// The quantity is 0 or negative.
    NoStock,
    /// The buffer keeps back all there is.
    Buffer,
    /// The rule's percentage is 0.
    Percentage,
    /// Less than one whole unit (or one pack) is left.
    LessThanOneUnit,
    /// The maximum listed is 0.
    Maximum,
    /// Less than one multiple of the rounding is left.
    Rounding,
    /// Less than the minimum online quantity is left.
    BelowMinimum,
}

/// The stock to publish of one product under `rule`, through `binding` when given (its pack
/// size); the rule's `shop_id` and `active` matter to the push list only.
pub fn stock_to_publish(
    rule: &StockRule,
    stock: &ProductStock,
    binding: Option<&ProductBinding>,
) -> Result<StockLevel, Error> {
    let mut problems = Problems::default();
    let rule_at = Place::root("rule");
    let checked = Rule::check(rule, &rule_at, &mut problems);
    stock.check(&Place::root("stock"), rule.source.unwrap_or_default(), &mut problems);
    if let Some(b) = binding {
        let at = Place::root("binding");
        b.check(&at, &mut problems);
        if b.shop_id != rule.shop_id {
            problems.push(
                Code::InvalidValue,
                at.name("shop_id"),
                Some(format!("the rule's shop, {}", rule.shop_id)),
            );
        }
    }
    problems.finish(())?;
    let pack = Pack::of(binding.and_then(|b| b.pack_size));
    checked.level(stock, pack)
}

/// A rule checked, its numbers ready for the steps.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Rule {
    source: StockSource,
    buffer: Decimal,
    /// The percentage in millionths of a percent, when not 100.
    percentage: Option<i128>,
    /// The percentage as given, when not 100.
    percentage_decimal: Option<Decimal>,
    min_online: u64,
    max_listed: Option<u64>,
    rounding: u64,
}

/// A pack size in millionths; `None` for 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Pack(Option<i128>);

impl Pack {
    /// The pack size of a binding (`None`, and 1, are one unit a listing).
    pub(crate) fn of(size: Option<Decimal>) -> Pack {
        Pack(size.and_then(micro).filter(|&m| m != MICRO))
    }
}

/// One unit in millionths.
const MICRO: i128 = 1_000_000;

/// `d` in millionths, exactly; `None` when it has more than 6 decimals that are not zeros.
fn micro(d: Decimal) -> Option<i128> {
    let (mantissa, scale) = (d.mantissa(), d.scale());
    if scale <= MAX_SCALE {
        mantissa.checked_mul(10i128.checked_pow(MAX_SCALE.checked_sub(scale)?)?)
    } else {
        let divisor = 10i128.checked_pow(scale.checked_sub(MAX_SCALE)?)?;
        (mantissa.checked_rem(divisor)? == 0)
            .then(|| mantissa.checked_div(divisor))
            .flatten()
    }
}

/// The scale of a share in millionths of a unit times millionths of a percent (6 + 6 + 2).
const SHARE_SCALE: u32 = 14;

/// `n` × 10^−`scale` without trailing zeros, as [`Decimal::normalize`] writes it, when `n` is
/// from 0 to 2⁶⁴ − 1 (else `None`): integer steps, not the decimal's division.
fn normalized(n: i128, scale: u32) -> Option<Decimal> {
    let (mut n, mut scale) = (u64::try_from(n).ok()?, scale);
    if n == 0 {
        return Some(Decimal::ZERO);
    }
    // Eight zeros at a time, then four, two and one: a few steps, not one per zero.
    for (digits, power) in [(8, 100_000_000), (4, 10_000), (2, 100), (1, 10)] {
        while scale >= digits {
            match (n.checked_rem(power), n.checked_div(power)) {
                (Some(0), Some(fewer)) => {
                    n = fewer;
                    scale = scale.saturating_sub(digits);
                }
                _ => break,
            }
        }
    }
    Decimal::try_from_i128_with_scale(n.into(), scale).ok()
}

/// 10⁰ to 10⁶: the factors from a scale of at most 6 to another.
const POWERS_OF_TEN: [i64; 7] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];

/// 10 to the `k`th, for `k` from 0 to 6.
fn ten_to(k: u32) -> Option<i64> {
    POWERS_OF_TEN.get(usize::try_from(k).ok()?).copied()
}

/// max(0, `a` − `b`) as [`Decimal::checked_sub`] then `max(0)` write it, and in millionths,
/// when both have at most 6 decimals written, they differ and `a` is not 0 (else `None`: those
/// keep the subtraction's own scale and sign of 0): in 64-bit integers.
fn difference(a: Decimal, b: Decimal) -> Option<(Decimal, i128)> {
    // The subtraction gives `a` itself when `b` is 0, and −`b` when `a` is (whatever the scales).
    if b.is_zero() {
        return is_positive(a).then(|| Some((a, micro(a)?))).flatten();
    }
    if a.is_zero() {
        return None;
    }
    let scale = a.scale().max(b.scale());
    let at_scale = |d: Decimal| {
        i64::try_from(d.mantissa())
            .ok()?
            .checked_mul(ten_to(scale.checked_sub(d.scale())?)?)
    };
    let units = at_scale(a)?.checked_sub(at_scale(b)?)?;
    match units.signum() {
        0 => return None,
        -1 => return Some((Decimal::ZERO, 0)),
        _ => {}
    }
    let millionths = units.checked_mul(ten_to(MAX_SCALE.checked_sub(scale)?)?)?;
    let decimal = Decimal::try_from_i128_with_scale(units.into(), scale).ok()?;
    Some((decimal, millionths.into()))
}

/// Whether `d` is above 0 (`d > 0` without the decimal comparison).
fn is_positive(d: Decimal) -> bool {
    !d.is_zero() && !d.is_sign_negative()
}

/// `n` as a whole count, saturating (the bounds keep it far below).
fn whole(n: i128) -> u64 {
    u64::try_from(n.max(0)).unwrap_or(u64::MAX)
}

impl Rule {
    /// The rule's problems recorded at `at`; the rule ready for the steps (meaningful only if
    /// none was recorded).
    pub(crate) fn check(rule: &StockRule, at: &Place, problems: &mut Problems) -> Rule {
        check_text(problems, at.name("shop_id"), &rule.shop_id, MAX_SHORT_TEXT, true);
        if let Some(buffer) = rule.buffer {
            check_amount(problems, at.name("buffer"), buffer, MAX_SCALE);
        }
        if let Some(percentage) = rule.percentage {
            check_percentage(problems, at.name("percentage"), percentage);
        }
        let count = |problems: &mut Problems, name: &str, n: u64| {
            if n > MAX_STOCK {
                problems.push(Code::OutOfRange, at.name(name), Some(format!("0 to {MAX_STOCK}")));
            }
        };
        count(problems, "min_online", rule.min_online);
        count(problems, "rounding", rule.rounding);
        if let Some(max) = rule.max_listed {
            count(problems, "max_listed", max);
            if max < rule.min_online || (rule.rounding > 1 && max < rule.rounding) {
                problems.push(
                    Code::InvalidValue,
                    at.name("max_listed"),
                    Some("at least min_online and rounding: else nothing is ever published".into()),
                );
            }
        }
        let percentage = rule.percentage.filter(|p| *p != Decimal::ONE_HUNDRED);
        Rule {
            source: rule.source.unwrap_or_default(),
            buffer: rule.buffer.unwrap_or(Decimal::ZERO),
            percentage: percentage.and_then(micro),
            percentage_decimal: percentage,
            min_online: rule.min_online,
            max_listed: rule.max_listed,
            rounding: rule.rounding,
        }
    }

    /// max(0, quantity − buffer), as the decimal subtraction writes it (the larger scale of the
    /// two), and in millionths: in integers when both have at most 6 decimals written.
    fn after_buffer(&self, quantity: Decimal) -> Result<(Decimal, i128), Error> {
        if let Some(both) = difference(quantity, self.buffer) {
            return Ok(both);
        }
        let after_buffer = quantity
            .checked_sub(self.buffer)
            .ok_or_else(overflow)?
            .max(Decimal::ZERO);
        Ok((after_buffer, micro(after_buffer).ok_or_else(overflow)?))
    }

    /// The steps for `stock` (checked) in packs of `pack`.
    pub(crate) fn level(&self, stock: &ProductStock, pack: Pack) -> Result<StockLevel, Error> {
        let quantity = match self.source {
            StockSource::OnHand => stock.on_hand,
            StockSource::Forecast => stock
                .forecast
                .ok_or_else(|| internal("a forecast missing was not refused"))?,
        };
        let (after_buffer, left) = self.after_buffer(quantity)?;
        // What is left, as a fraction numerator / denominator of one unit.
        let (after_percentage, numerator, denominator) = match (self.percentage, self.percentage_decimal) {
            (Some(p), Some(decimal)) => {
                // left × p millionths of a percent: ÷ 10⁸ for a fraction of one unit's millionths.
                let share = left.checked_mul(p).ok_or_else(overflow)?;
                let exact = match normalized(share, SHARE_SCALE) {
                    Some(exact) => exact,
                    None => after_buffer
                        .checked_mul(decimal)
                        .and_then(|d| d.checked_div(Decimal::ONE_HUNDRED))
                        .ok_or_else(overflow)?
                        .normalize(),
                };
                (exact, share, MICRO * 100_000_000)
            }
            _ => (after_buffer, left, MICRO),
        };
        let per_listing = match pack.0 {
            Some(size) => denominator.checked_mul(size).ok_or_else(overflow)? / MICRO,
            None => denominator,
        };
        let (units, _) = div_rem(numerator, per_listing).ok_or_else(overflow)?;
        let units = whole(units);
        let after_maximum = self.max_listed.map_or(units, |max| units.min(max));
        let after_rounding = match self.rounding {
            0 | 1 => after_maximum,
            r => after_maximum
                .checked_rem(r)
                .map_or(after_maximum, |rest| after_maximum.saturating_sub(rest)),
        };
        let published = if after_rounding < self.min_online {
            0
        } else {
            after_rounding
        };
        let zero_because = (published == 0).then(|| {
            if !is_positive(quantity) {
                ZeroReason::NoStock
            } else if after_buffer.is_zero() {
                ZeroReason::Buffer
            } else if after_percentage.is_zero() {
                ZeroReason::Percentage
            } else if units == 0 {
                ZeroReason::LessThanOneUnit
            } else if after_maximum == 0 {
                ZeroReason::Maximum
            } else if after_rounding == 0 {
                ZeroReason::Rounding
            } else {
                ZeroReason::BelowMinimum
            }
        });
        Ok(StockLevel {
            source: self.source,
            quantity,
            after_buffer,
            after_percentage,
            units,
            after_maximum,
            after_rounding,
            published,
            zero_because,
        })
    }
}

impl ProductStock {
    /// Records the problems of the stock at `at`; the forecast is required when `source` is.
    pub(crate) fn check(&self, at: &Place, source: StockSource, problems: &mut Problems) {
        check_text(problems, at.name("product_id"), &self.product_id, MAX_SHORT_TEXT, true);
        check_quantity(problems, &at.name("on_hand"), self.on_hand);
        match self.forecast {
            Some(forecast) => check_quantity(problems, &at.name("forecast"), forecast),
            None if source == StockSource::Forecast => problems.push(Code::Required, at.name("forecast"), None),
            None => {}
        }
    }
}

/// Records a problem unless `q` is from −10¹² to 10¹² with at most 6 decimals.
fn check_quantity(problems: &mut Problems, at: &Place, q: Decimal) {
    if above_max_amount(q.abs()) {
        problems.push(Code::OutOfRange, at, Some(format!("-{MAX_AMOUNT} to {MAX_AMOUNT}")));
    } else if q.scale() > MAX_SCALE && q.normalize().scale() > MAX_SCALE {
        problems.push(
            Code::TooPrecise,
            at,
            Some(format!("at most {MAX_SCALE} decimal places")),
        );
    }
}

/// Records a problem unless `size` is a pack size: above 0, to 10⁶, 3 decimals at most.
pub(crate) fn check_pack_size(problems: &mut Problems, at: &Place, size: Decimal) {
    if size <= Decimal::ZERO {
        problems.push(Code::NotPositive, at, None);
    } else if size > Decimal::from(MAX_PACK_SIZE) {
        problems.push(Code::OutOfRange, at, Some(format!("above 0, to {MAX_PACK_SIZE}")));
    } else if size.scale() > PACK_SIZE_SCALE && size.normalize().scale() > PACK_SIZE_SCALE {
        problems.push(
            Code::TooPrecise,
            at,
            Some(format!("at most {PACK_SIZE_SCALE} decimal places")),
        );
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal_macros::dec;

    use super::*;

    fn rule() -> StockRule {
        StockRule {
            shop_id: "95152937".into(),
            active: true,
            source: None,
            buffer: Some(dec!(10)),
            percentage: None,
            min_online: 5,
            max_listed: None,
            rounding: 0,
        }
    }

    fn stock(on_hand: Decimal) -> ProductStock {
        ProductStock {
            product_id: "1".into(),
            on_hand,
            forecast: None,
        }
    }

    #[test]
    fn the_seed_s_rule_publishes_what_the_buffer_leaves_from_the_minimum_on() {
        let published = |q| stock_to_publish(&rule(), &stock(q), None).unwrap().published;
        assert_eq!(published(dec!(27)), 17);
        assert_eq!(published(dec!(15)), 5);
        assert_eq!(published(dec!(14)), 0);
        assert_eq!(published(dec!(-3)), 0);
    }

    #[test]
    fn micro_is_exact_or_refuses() {
        assert_eq!(micro(dec!(1.5)), Some(1_500_000));
        assert_eq!(micro(dec!(1.500000000)), Some(1_500_000));
        assert_eq!(micro(dec!(1.0000001)), None);
    }

    #[test]
    fn a_difference_is_written_as_the_decimal_subtraction_writes_it() {
        for (a, b) in [
            (dec!(27), dec!(10)),
            (dec!(5.250), dec!(10)),
            (dec!(10.5), dec!(0.25)),
            (dec!(2), dec!(3)),
            (dec!(1.0), dec!(0.00)),
        ] {
            let by_decimal = (a - b).max(Decimal::ZERO);
            let (decimal, millionths) = difference(a, b).unwrap();
            assert_eq!(decimal.to_string(), by_decimal.to_string());
            assert_eq!(Some(millionths), micro(by_decimal));
        }
        assert_eq!(difference(dec!(1.0000000), dec!(0.5)), None);
        assert_eq!(difference(dec!(3), dec!(3.000)), None);
    }

    #[test]
    fn a_share_is_normalized_as_the_decimal_division_gives_it() {
        for (left, percent) in [
            (dec!(17), dec!(90)),
            (dec!(0.001), dec!(33.333333)),
            (dec!(0), dec!(50)),
            (dec!(1000000000000), dec!(99.999999)),
        ] {
            let share = micro(left).unwrap() * micro(percent).unwrap();
            let by_division = (left * percent / dec!(100)).normalize();
            match normalized(share, SHARE_SCALE) {
                Some(exact) => assert_eq!(exact.to_string(), by_division.to_string()),
                None => assert!(u64::try_from(share).is_err()),
            }
        }
    }
}
