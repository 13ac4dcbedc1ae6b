//! A quote that comes back from a client is untrusted input: before a refund or points are
//! computed from it, every invariant the engine guarantees is checked again, and the first field
//! that breaks one is named (`inconsistent_quote` at `quote.lines[1].net_amount`, …).
//!
//! The checks: every amount is a non-negative money amount at the currency's scale; each line's
//! total is its unit price times its quantity, rounded once; its net is its total less its three
//! discounts; its tax follows the quote's tax mode and rounding; its amount is its net (plus tax
//! when prices exclude it); the delivery charge holds the same way; the points redeemed are split
//! over the lines as the engine splits them; and the financial block is the sum of the lines and
//! the delivery. What no invariant can reveal — another currency of the same scale, a changed
//! price with every figure recomputed — is what the seal (`seal_quote`) is for.

use std::fmt::Display;

use rust_decimal::Decimal;

use super::quote::{DeliveryCharge, Quote, QuoteLine};
use super::rules::TaxRounding;
use crate::error::{Code, Error, Place};
use crate::limits::{MAX_AMOUNT, MAX_LINES, MAX_POINTS, MAX_QUANTITY, MAX_SCALE};
use crate::money::{allocate_within, sum, tax_in, Checked};

/// The largest amount a quote may carry (10¹³): more than goods, delivery and tax at their bounds.
const MAX_QUOTED: Decimal = Decimal::from_parts(0x4E72_A000, 0x918, 0, false, 0);

/// Checks `quote` against every invariant of the engine; `inconsistent_quote` at the first field
/// that breaks one.
pub fn verify(quote: &Quote) -> Result<(), Error> {
    let check = Check { quote };
    check.count("quote.lines", quote.lines.len(), 1, MAX_LINES)?;
    for (i, line) in quote.lines.iter().enumerate() {
        check.line(i, line)?;
    }
    check.delivery(&quote.delivery)?;
    check.taxes()?;
    check.points()?;
    check.financial()
}

/// The checks of one quote.
struct Check<'q> {
    quote: &'q Quote,
}

/// The error naming `field`, with what it should have been.
fn inconsistent(field: impl Display, detail: String) -> Error {
    Error::new(Code::InconsistentQuote, field.to_string(), Some(detail))
}

impl Check<'_> {
    fn scale(&self) -> u32 {
        self.quote.financial.currency.minor_units()
    }

    fn round(&self, amount: Decimal) -> Decimal {
        self.quote.rounding.round_to(amount, self.scale())
    }

    /// A money amount: not negative, at the currency's scale (trailing zeros may be missing, as
    /// some hosts' decimals drop them), within what a quote can hold.
    fn money(&self, field: impl Display, amount: Decimal) -> Result<Decimal, Error> {
        let scale = self.scale();
        if amount.is_sign_negative() || amount > MAX_QUOTED {
            return Err(inconsistent(field, format!("an amount from 0 to {MAX_QUOTED}")));
        }
        if amount.normalize().scale() > scale {
            return Err(inconsistent(field, format!("an amount with at most {scale} decimals")));
        }
        Ok(amount)
    }

    /// A rate or a price: not negative, at most 6 decimals, at most `max`.
    fn figure(&self, field: impl Display, value: Decimal, max: Decimal) -> Result<(), Error> {
        if value.is_sign_negative() || value > max || value.normalize().scale() > MAX_SCALE {
            return Err(inconsistent(
                field,
                format!("from 0 to {max}, with at most {MAX_SCALE} decimals"),
            ));
        }
        Ok(())
    }

    fn count(&self, field: impl Display, n: usize, min: usize, max: usize) -> Result<(), Error> {
        if (min..=max).contains(&n) {
            Ok(())
        } else {
            Err(inconsistent(field, format!("{min} to {max}")))
        }
    }

    /// `actual` must be `expected`, which is `what`.
    fn equal(&self, field: impl Display, actual: Decimal, expected: Decimal, what: &str) -> Result<(), Error> {
        if actual == expected {
            Ok(())
        } else {
            Err(inconsistent(field, format!("{what} is {expected}")))
        }
    }

    /// What the customer pays for `net` with `tax`: the tax is added unless prices include it.
    fn with_tax(&self, net: Decimal, tax: Decimal) -> Result<Decimal, Error> {
        if self.quote.prices_include_tax {
            Ok(net)
        } else {
            net.plus(tax)
        }
    }

    /// The exact tax in `base` at `rate`.
    fn tax_in(&self, base: Decimal, rate: Decimal) -> Result<Decimal, Error> {
        tax_in(base, rate, self.quote.prices_include_tax)
    }

    fn line(&self, index: usize, l: &QuoteLine) -> Result<(), Error> {
        let lines = Place::root("quote.lines");
        let entry = lines.index(index);
        let field = |name| entry.name(name);
        let quantity = usize::try_from(l.quantity).unwrap_or(usize::MAX);
        let max_quantity = usize::try_from(MAX_QUANTITY).unwrap_or(usize::MAX);
        self.count(field("quantity"), quantity, 1, max_quantity)?;
        self.figure(field("unit_price"), l.unit_price, MAX_AMOUNT)?;
        self.figure(field("tax_rate"), l.tax_rate, Decimal::ONE_HUNDRED)?;
        let amounts = [
            ("total_price", l.total_price),
            ("discount", l.discount),
            ("category_discount", l.category_discount),
            ("loyalty_discount", l.loyalty_discount),
            ("net_amount", l.net_amount),
            ("tax_base", l.tax_base),
            ("tax", l.tax),
            ("amount", l.amount),
        ];
        for (name, amount) in amounts {
            self.money(field(name), amount)?;
        }
        if l.loyalty_points > MAX_POINTS {
            return Err(inconsistent(field("loyalty_points"), format!("0 to {MAX_POINTS}")));
        }
        let total = self.round(l.unit_price.times(Decimal::from(l.quantity))?);
        self.equal(field("total_price"), l.total_price, total, "unit_price × quantity")?;
        let net = l
            .total_price
            .minus(l.discount)?
            .minus(l.category_discount)?
            .minus(l.loyalty_discount)?;
        self.equal(field("net_amount"), l.net_amount, net, "total_price less its discounts")?;
        // Points are a discount (the tax base is the net) or a payment (the base keeps them).
        let with_points = l.net_amount.plus(l.loyalty_discount)?;
        if l.tax_base != l.net_amount && l.tax_base != with_points {
            return Err(inconsistent(
                field("tax_base"),
                format!("net_amount {} or {with_points}", l.net_amount),
            ));
        }
        if self.quote.tax_rounding == TaxRounding::PerLine {
            let tax = self.round(self.tax_in(l.tax_base, l.tax_rate)?);
            self.equal(field("tax"), l.tax, tax, "tax_base at tax_rate")?;
        }
        let amount = self.with_tax(l.net_amount, l.tax)?;
        self.equal(field("amount"), l.amount, amount, "net_amount with its tax")
    }

    fn delivery(&self, d: &DeliveryCharge) -> Result<(), Error> {
        let delivery = Place::root("quote.delivery");
        let field = |name| delivery.name(name);
        for (name, amount) in [
            ("base_fee", d.base_fee),
            ("fee", d.fee),
            ("tax", d.tax),
            ("amount", d.amount),
        ] {
            self.money(field(name), amount)?;
        }
        self.figure(field("tax_rate"), d.tax_rate, Decimal::ONE_HUNDRED)?;
        let fee = if d.waived_by.is_some() {
            Decimal::ZERO
        } else {
            d.base_fee
        };
        self.equal(field("fee"), d.fee, fee, "the base fee unless waived")?;
        if self.quote.tax_rounding == TaxRounding::PerLine {
            let tax = self.round(self.tax_in(d.fee, d.tax_rate)?);
            self.equal(field("tax"), d.tax, tax, "fee at tax_rate")?;
        }
        let amount = self.with_tax(d.fee, d.tax)?;
        self.equal(field("amount"), d.amount, amount, "fee with its tax")
    }

    /// Per order, each rate's tax is rounded once over the order and split over its members (the
    /// lines and the delivery at that rate) exactly as the engine splits it.
    fn taxes(&self) -> Result<(), Error> {
        if self.quote.tax_rounding != TaxRounding::PerOrder {
            return Ok(());
        }
        let q = self.quote;
        // (rate, base, tax, the line's index or none for the delivery)
        let members: Vec<(Decimal, Decimal, Decimal, Option<usize>)> = q
            .lines
            .iter()
            .enumerate()
            .map(|(i, l)| (l.tax_rate, l.tax_base, l.tax, Some(i)))
            .chain([(q.delivery.tax_rate, q.delivery.fee, q.delivery.tax, None)])
            .collect();
        let mut rates: Vec<Decimal> = members.iter().map(|m| m.0).collect();
        crate::sort::sort_by(&mut rates, Decimal::cmp);
        rates.dedup();
        for rate in rates {
            let group: Vec<_> = members.iter().filter(|m| m.0 == rate).collect();
            let bases: Vec<Decimal> = group.iter().map(|m| m.1).collect();
            let tax = if rate.is_zero() {
                Decimal::ZERO
            } else {
                self.round(self.tax_in(sum(&bases)?, rate)?)
            };
            let shares = allocate_within(tax, &bases, Some(&bases), self.scale())?;
            for ((_, _, actual, member), share) in group.into_iter().zip(shares) {
                let what = "its share of the rate's tax over the order";
                match member {
                    Some(index) => self.equal(
                        Place::root("quote.lines").index(*index).name("tax"),
                        *actual,
                        share,
                        what,
                    )?,
                    None => self.equal("quote.delivery.tax", *actual, share, what)?,
                }
            }
        }
        Ok(())
    }

    /// The points redeemed, split over the lines in proportion to their loyalty discounts.
    fn points(&self) -> Result<(), Error> {
        let q = self.quote;
        if q.loyalty_points_used > MAX_POINTS {
            return Err(inconsistent("quote.loyalty_points_used", format!("0 to {MAX_POINTS}")));
        }
        let lines = q
            .lines
            .iter()
            .try_fold(0u64, |sum, l| sum.checked_add(l.loyalty_points))
            .unwrap_or(u64::MAX);
        if lines != q.loyalty_points_used {
            return Err(inconsistent(
                "quote.loyalty_points_used",
                format!("the lines' points are {lines}"),
            ));
        }
        let discounts: Vec<Decimal> = q.lines.iter().map(|l| l.loyalty_discount).collect();
        let used = Decimal::from(q.loyalty_points_used);
        let split = match allocate_within(used, &discounts, None, 0) {
            Ok(split) => split,
            Err(_) => {
                return Err(inconsistent(
                    "quote.loyalty_points_used",
                    "0 without a loyalty discount".into(),
                ))
            }
        };
        for (i, (line, points)) in q.lines.iter().zip(split).enumerate() {
            self.equal(
                Place::root("quote.lines").index(i).name("loyalty_points"),
                Decimal::from(line.loyalty_points),
                points,
                "its share of the points used",
            )?;
        }
        Ok(())
    }

    /// The financial block: the lines and the delivery summed.
    fn financial(&self) -> Result<(), Error> {
        let q = self.quote;
        let f = &q.financial;
        let total = |part: fn(&QuoteLine) -> Decimal| sum(&q.lines.iter().map(part).collect::<Vec<_>>());
        let financial = Place::root("quote.financial");
        let field = |name| financial.name(name);
        let figures = [
            (
                "subtotal",
                f.subtotal,
                total(|l| l.total_price)?,
                "the lines' total_price",
            ),
            ("discount", f.discount, total(|l| l.discount)?, "the lines' discount"),
            (
                "category_discount",
                f.category_discount,
                total(|l| l.category_discount)?,
                "the lines' category_discount",
            ),
            (
                "loyalty_discount",
                f.loyalty_discount,
                total(|l| l.loyalty_discount)?,
                "the lines' loyalty_discount",
            ),
            ("delivery_fee", f.delivery_fee, q.delivery.fee, "the delivery fee"),
            (
                "tax",
                f.tax,
                total(|l| l.tax)?.plus(q.delivery.tax)?,
                "the lines' and the delivery's tax",
            ),
            (
                "total_amount",
                f.total_amount,
                total(|l| l.amount)?.plus(q.delivery.amount)?,
                "the lines' and the delivery's amount",
            ),
        ];
        for (name, actual, expected, what) in figures {
            self.money(field(name), actual)?;
            self.equal(field(name), actual, expected, what)?;
        }
        Ok(())
    }
}
