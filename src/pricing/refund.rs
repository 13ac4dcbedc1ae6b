//! Refunds computed from a quote's frozen split, never by re-spreading a discount.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::integrity::verify;
use super::quote::{Quote, QuoteLine};
use crate::error::{overflow, Code, Error, Place, Problems};
use crate::limits::MAX_LINES;
use crate::money::{sum, Checked, Currency, RoundingMode};

/// What to refund: units of some lines of a quote, and optionally the delivery charge.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct RefundRequest {
    /// The lines, each at most once.
    pub lines: Vec<RefundLine>,
    /// Whether the delivery charge is refunded too.
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    #[cfg_attr(feature = "uniffi", uniffi(default = false))]
    pub include_delivery: bool,
}

/// Units of one quote line to refund.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct RefundLine {
    /// The line's position in the quote, from 0.
    pub line: u32,
    /// Units to refund now.
    pub quantity: u32,
    /// Units of this line refunded before; successive refunds then sum exactly to the line.
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    #[cfg_attr(feature = "uniffi", uniffi(default = 0))]
    pub already_refunded: u32,
}

/// A refund: money and loyalty points to give back.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Refund {
    /// The quote's currency.
    #[cfg_attr(feature = "wasm", tsify(type = "CurrencyCode"))]
    pub currency: Currency,
    /// Each refunded line's parts.
    pub lines: Vec<RefundedLine>,
    /// The delivery charge refunded (with its tax when prices exclude tax).
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    pub delivery: Decimal,
    /// The tax refunded.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "crate::input::number::decimal")]
    pub tax: Decimal,
    /// The money to pay back.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "crate::input::number::decimal")]
    pub amount: Decimal,
    /// The loyalty points to restore.
    pub loyalty_points: u64,
}

/// The refunded part of one line, component by component.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RefundedLine {
    /// The line's position in the quote.
    pub line: u32,
    /// Units refunded.
    pub quantity: u32,
    /// The part of `total_price`.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "crate::input::number::decimal")]
    pub total_price: Decimal,
    /// The part of the offer discount that stays with these units.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    pub discount: Decimal,
    /// The part of the category discount that stays with these units.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    pub category_discount: Decimal,
    /// The part of the loyalty discount, returned as points.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "crate::input::number::decimal")]
    pub loyalty_discount: Decimal,
    /// The part of the net amount.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "crate::input::number::decimal")]
    pub net_amount: Decimal,
    /// The part of the tax.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "crate::input::number::decimal")]
    pub tax: Decimal,
    /// The money refunded for these units.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "crate::input::number::decimal")]
    pub amount: Decimal,
    /// The loyalty points restored for these units.
    pub loyalty_points: u64,
}

/// The refund of `request`'s units, from the split frozen in `quote`.
///
/// Each part of a line is refunded as `share(already + quantity) − share(already)`, where
/// `share(k) = round(part × k / line quantity)`: however a line is refunded in pieces, the
/// pieces sum exactly to the line. The quote is checked first (see [`verify`]).
pub fn refund(quote: &Quote, request: &RefundRequest) -> Result<Refund, Error> {
    let mut problems = Problems::default();
    if let Err(e) = verify(quote) {
        problems.extend(e);
    }
    if request.lines.is_empty() && !request.include_delivery {
        problems.push(Code::Required, "request.lines", None);
    }
    if request.lines.len() > MAX_LINES {
        problems.push(Code::TooMany, "request.lines", Some(format!("at most {MAX_LINES}")));
    }
    let mut targets = Vec::new();
    let lines = Place::root("request.lines");
    for (i, r) in request.lines.iter().enumerate() {
        let entry = lines.index(i);
        let at = |field| entry.name(field);
        let Some(line) = usize::try_from(r.line).ok().and_then(|l| quote.lines.get(l)) else {
            problems.push(Code::UnknownLine, at("line"), None);
            continue;
        };
        if request.lines.iter().take(i).any(|o| o.line == r.line) {
            problems.push(Code::Duplicate, at("line"), None);
        }
        if r.quantity == 0 {
            problems.push(Code::NotPositive, at("quantity"), None);
        }
        match r.already_refunded.checked_add(r.quantity) {
            Some(upto) if upto <= line.quantity => targets.push((r, line, upto)),
            _ => problems.push(
                Code::ExceedsQuantity,
                at("quantity"),
                Some(format!("{} units on the line", line.quantity)),
            ),
        }
    }
    problems.finish(())?;

    let currency = quote.financial.currency;
    let scale = currency.minor_units();
    let mode = quote.rounding;
    let lines = targets
        .into_iter()
        .map(|(r, line, upto)| refund_line(line, r, upto, mode, scale, quote.prices_include_tax))
        .collect::<Result<Vec<_>, _>>()?;
    let (delivery, delivery_tax) = if request.include_delivery {
        (quote.delivery.amount, quote.delivery.tax)
    } else {
        (Decimal::new(0, scale), Decimal::new(0, scale))
    };
    let tax = sum(lines.iter().map(|l| &l.tax))?.plus(delivery_tax)?;
    let amount = sum(lines.iter().map(|l| &l.amount))?.plus(delivery)?;
    let loyalty_points = lines
        .iter()
        .try_fold(0u64, |s, l| s.checked_add(l.loyalty_points))
        .ok_or_else(overflow)?;
    Ok(Refund {
        currency,
        lines,
        delivery,
        tax: mode.round_to(tax, scale),
        amount: mode.round_to(amount, scale),
        loyalty_points,
    })
}

fn refund_line(
    line: &QuoteLine,
    r: &RefundLine,
    upto: u32,
    mode: RoundingMode,
    scale: u32,
    inclusive: bool,
) -> Result<RefundedLine, Error> {
    let of = Decimal::from(line.quantity);
    let portion = |part: Decimal, scale: u32| -> Result<Decimal, Error> {
        let share = |k: u32| part.times(Decimal::from(k))?.over(of).map(|d| mode.round_to(d, scale));
        share(upto)?.minus(share(r.already_refunded)?)
    };
    let discount = portion(line.discount, scale)?;
    let category_discount = portion(line.category_discount, scale)?;
    let loyalty_discount = portion(line.loyalty_discount, scale)?;
    let net_amount = portion(line.net_amount, scale)?;
    let tax = portion(line.tax, scale)?;
    let points = portion(Decimal::from(line.loyalty_points), 0)?
        .to_u64()
        .ok_or_else(overflow)?;
    Ok(RefundedLine {
        line: r.line,
        quantity: r.quantity,
        total_price: net_amount
            .plus(discount)?
            .plus(category_discount)?
            .plus(loyalty_discount)?,
        discount,
        category_discount,
        loyalty_discount,
        net_amount,
        tax,
        amount: if inclusive { net_amount } else { net_amount.plus(tax)? },
        loyalty_points: points,
    })
}
