//! The quote engine: lines → offer and category discounts → delivery → loyalty → tax → total.

use bumpalo::Bump;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use super::quote::{DeliveryCharge, Financial, Note, Quote, QuoteLine, RejectReason, RejectedCode, Rule, Step, Waiver};
use super::request::{self, OrderItem, OrderRequest};
use super::rules::{self, Combination, Offer, OfferKind, PricingRules, TaxRounding, ThresholdBasis};
use crate::error::{internal, overflow, Error, Problems};
use crate::input::{self, Read};
use crate::money::{allocate_into, percent, sum, tax_in, units_u64, Checked, Currency, RoundingMode};

/// Prices an order under `rules`, after checking both: every problem is reported at once.
pub fn quote(request: &OrderRequest, rules: &PricingRules) -> Result<Quote, Error> {
    let mut problems = Problems::default();
    request::validate(request, &mut problems);
    rules::validate(rules, &mut problems);
    problems.finish(())?;
    Pricer::new(rules, &crate::arena::Arena::new()).price(request)
}

/// [`quote`] from JSON texts: the request (the seed's body) and the rules; every problem of
/// both is reported at once.
pub fn quote_json(request: &str, rules: &str) -> Result<Quote, Error> {
    let mut problems = Problems::default();
    let arena = crate::arena::Arena::new();
    let request = input::parse_json(request, "", &arena)
        .map_err(|e| problems.extend(e))
        .ok();
    let rules = input::parse_json(rules, "rules", &arena)
        .map_err(|e| problems.extend(e))
        .ok();
    let request = request.and_then(|r| OrderRequest::read(&r, "request", &mut problems));
    let rules = rules.and_then(|r| PricingRules::read(&r, "rules", &mut problems));
    match problems.finish((request, rules))? {
        (Some(request), Some(rules)) => Pricer::new(&rules, &arena).price(&request),
        _ => Err(internal("an input was neither read nor refused")),
    }
}

/// An offer that applied to the goods: its split over the lines and its step.
struct Applied<'r> {
    split: Split<'r>,
    step: Step,
}

/// An amount split over the lines: the parts sum to the total.
struct Split<'r> {
    total: Decimal,
    parts: &'r [Decimal],
}

/// The code the customer typed and, when it names an offer that may apply here, that offer and
/// which lines it is for.
struct TypedCode<'a, 'r> {
    text: &'a str,
    offer: Option<(&'r Offer, &'r [bool])>,
}

/// One quote's rules, currency and rounding: the stages of pricing, each filling the quote.
struct Pricer<'r> {
    rules: &'r PricingRules,
    currency: Currency,
    mode: RoundingMode,
    /// Where the lists of amounts the stages pass each other are kept.
    arena: &'r Bump,
}

impl<'r> Pricer<'r> {
    fn new(rules: &'r PricingRules, arena: &'r Bump) -> Self {
        Pricer {
            rules,
            currency: rules.currency,
            mode: rules.rounding,
            arena,
        }
    }

    /// The order priced: each stage fills the lines and the totals it is about.
    fn price(&self, req: &OrderRequest) -> Result<Quote, Error> {
        let mut quote = self.lines(req)?;
        let code = self.offer_code(req, &mut quote);
        let free_delivery = self.free_delivery(code.as_ref(), &mut quote)?;
        self.goods_discounts(code, &mut quote)?;
        self.delivery(free_delivery, &mut quote)?;
        self.loyalty(req.use_loyalty_points, &mut quote)?;
        self.tax(&mut quote)?;
        self.totals(&mut quote)?;
        Ok(quote)
    }

    fn round(&self, amount: Decimal) -> Decimal {
        self.mode.round(amount, self.currency)
    }

    fn round_down(&self, amount: Decimal) -> Decimal {
        RoundingMode::Down.round(amount, self.currency)
    }

    fn zero(&self) -> Decimal {
        Decimal::new(0, self.currency.minor_units())
    }

    /// The items in a list of the pricing's own.
    fn list<T>(&self, items: impl ExactSizeIterator<Item = T>) -> &'r mut [T] {
        self.arena.alloc_slice_fill_iter(items)
    }

    /// `f` of each item, in a list of the pricing's own, or its first error.
    fn try_list<T, U>(
        &self,
        items: impl ExactSizeIterator<Item = T>,
        f: impl FnMut(T) -> Result<U, Error>,
    ) -> Result<&'r mut [U], Error> {
        self.arena.alloc_slice_try_fill_iter(items.map(f))
    }

    /// The lines' amounts before any discount.
    fn gross(&self, quote: &Quote) -> &'r [Decimal] {
        self.list(quote.lines.iter().map(|l| l.total_price))
    }

    /// The amounts of the lines in `mask`, zero elsewhere.
    fn masked(&self, amounts: &[Decimal], mask: &[bool]) -> &'r [Decimal] {
        let zero = self.zero();
        self.list(amounts.iter().zip(mask).map(|(a, m)| if *m { *a } else { zero }))
    }

    /// `a − b`, element by element.
    fn minus_each(&self, a: &[Decimal], b: &[Decimal]) -> Result<&'r [Decimal], Error> {
        Ok(self.try_list(a.iter().zip(b), |(a, b)| a.minus(*b))?)
    }

    /// Splits `amount`, at most their sum, over `amounts` in proportion. No part can pass its
    /// amount, so there are no caps to check: a share below its amount floors to a unit below it
    /// at least, and the leftover units go to shares with a remainder (a property test of
    /// `money::allocate` checks it).
    fn split(&self, amount: Decimal, amounts: &[Decimal]) -> Result<Split<'r>, Error> {
        Ok(Split {
            total: amount,
            parts: self.parts(amount, amounts, None, self.currency.minor_units())?,
        })
    }

    /// Splits `amount` over `weights`, no part above its cap.
    fn split_within(&self, amount: Decimal, weights: &[Decimal], caps: &[Decimal]) -> Result<Split<'r>, Error> {
        Ok(Split {
            total: amount,
            parts: self.parts(amount, weights, Some(caps), self.currency.minor_units())?,
        })
    }

    /// `amount` split over `weights` at `scale` (see [`allocate_into`]), in a list of the
    /// pricing's own.
    fn parts(
        &self,
        amount: Decimal,
        weights: &[Decimal],
        caps: Option<&[Decimal]>,
        scale: u32,
    ) -> Result<&'r [Decimal], Error> {
        let parts = self.arena.alloc_slice_fill_copy(weights.len(), Decimal::ZERO);
        allocate_into(parts, amount, weights, caps, scale)?;
        Ok(parts)
    }

    /// Nothing, over `lines` lines.
    fn no_split(&self, lines: usize) -> Split<'r> {
        Split {
            total: self.zero(),
            parts: self.arena.alloc_slice_fill_copy(lines, self.zero()),
        }
    }

    /// Lines: `unit_price × quantity`, rounded once per line; the subtotal is their sum.
    fn lines(&self, req: &OrderRequest) -> Result<Quote, Error> {
        let exact = self.try_list(req.items.iter(), |i| i.unit_price.times(Decimal::from(i.quantity)))?;
        let lines = each(req.items.iter().zip(exact.iter()), |(item, exact)| {
            new_line(item, self.round(*exact), self.rules)
        })?;
        let subtotal = self.round(sum(lines.iter().map(|l| &l.total_price))?);
        let exact = sum(exact.iter())?;
        let zero = self.zero();
        Ok(Quote {
            financial: Financial {
                subtotal,
                delivery_fee: zero,
                discount: zero,
                category_discount: zero,
                loyalty_discount: zero,
                tax: zero,
                total_amount: zero,
                currency: self.currency,
            },
            lines,
            delivery: DeliveryCharge {
                base_fee: zero,
                fee: zero,
                waived_by: None,
                tax_rate: Decimal::ZERO,
                tax: zero,
                amount: zero,
            },
            offer_code: None,
            rejected_codes: Vec::new(),
            loyalty_points_used: 0,
            prices_include_tax: self.rules.tax.prices_include_tax,
            rounding: self.mode,
            tax_rounding: self.rules.tax.rounding,
            steps: {
                // Subtotal, offer, category, delivery, loyalty, a tax rate or two, total.
                let mut steps = Vec::with_capacity(8);
                steps.push(step(Rule::Subtotal, None, exact, None, exact, subtotal, None));
                steps
            },
            seal: None,
        })
    }

    /// The code the customer typed: the offer it names if it may apply here, else why not.
    fn offer_code<'a>(&self, req: &'a OrderRequest, quote: &mut Quote) -> Option<TypedCode<'a, 'r>> {
        let text = req.offer_code.as_deref().map(str::trim).filter(|c| !c.is_empty())?;
        let offer = find_offer(text, req, self.rules, &quote.lines, self.arena)
            .map_err(|reason| reject(quote, text, reason))
            .ok();
        quote.offer_code = offer.as_ref().map(|(o, _)| o.code.clone());
        Some(TypedCode { text, offer })
    }

    /// Whether a free-delivery code applies: its eligible lines reach its minimum.
    fn free_delivery(&self, code: Option<&TypedCode>, quote: &mut Quote) -> Result<bool, Error> {
        let Some(TypedCode {
            text,
            offer: Some((offer, mask)),
        }) = code
        else {
            return Ok(false);
        };
        if offer.kind != OfferKind::FreeDelivery {
            return Ok(false);
        }
        let eligible = sum(self.masked(self.gross(quote), mask))?;
        let applies = meets_minimum(offer, eligible);
        if !applies {
            reject(quote, text, RejectReason::BelowMinimum);
        }
        Ok(applies)
    }

    /// The goods discounts: the offer and the customer's category, combined by policy, split over
    /// the lines.
    fn goods_discounts(&self, code: Option<TypedCode>, quote: &mut Quote) -> Result<(), Error> {
        let typed = code.as_ref().map(|c| c.text);
        let offer = code
            .and_then(|c| c.offer)
            .filter(|(o, _)| o.kind != OfferKind::FreeDelivery);
        let category = self
            .rules
            .customer_category
            .as_ref()
            .filter(|c| !c.discount_percentage.is_zero());
        let gross = self.gross(quote);
        let (offer, category) = match self.rules.combination {
            Combination::BothOnSubtotal => {
                let applied = self.try_offer(offer, gross, quote, typed)?;
                let offer = self.offer_split(applied, gross.len(), quote);
                let left = self.minus_each(gross, offer.parts)?;
                (offer, self.category_split(category, gross, left, &mut quote.steps)?)
            }
            Combination::Sequential => {
                let category = self.category_split(category, gross, gross, &mut quote.steps)?;
                let left = self.minus_each(gross, category.parts)?;
                let applied = self.try_offer(offer, left, quote, typed)?;
                (self.offer_split(applied, gross.len(), quote), category)
            }
            Combination::BestOnly => self.best_only(offer, category, gross, quote, typed)?,
        };
        quote.financial.discount = self.round(offer.total);
        quote.financial.category_discount = self.round(category.total);
        for (line, (offer, category)) in quote.lines.iter_mut().zip(offer.parts.iter().zip(category.parts)) {
            line.discount = *offer;
            line.category_discount = *category;
            line.net_amount = line.total_price.minus(*offer)?.minus(*category)?;
        }
        Ok(())
    }

    /// Under `best_only`, the larger of the offer and the category discount (the offer on a tie);
    /// a code that loses is rejected as `not_combinable`.
    fn best_only(
        &self,
        offer: Option<(&Offer, &[bool])>,
        category: Option<&rules::CustomerCategory>,
        gross: &[Decimal],
        quote: &mut Quote,
        typed: Option<&str>,
    ) -> Result<(Split<'r>, Split<'r>), Error> {
        let applied = self.try_offer(offer, gross, quote, typed)?;
        let mut category_steps = Vec::new();
        let category = self.category_split(category, gross, gross, &mut category_steps)?;
        let loser = |s: Step| Step {
            amount: self.zero(),
            note: Some(Note::NotCombinable),
            ..s
        };
        let nothing = self.no_split(gross.len());
        Ok(match applied {
            Some(a) if a.step.amount >= category.total => {
                quote.steps.push(a.step);
                quote.steps.extend(category_steps.into_iter().map(loser));
                (a.split, nothing)
            }
            Some(a) => {
                if let Some(code) = typed {
                    reject(quote, code, RejectReason::NotCombinable);
                }
                quote.steps.push(loser(a.step));
                quote.steps.extend(category_steps);
                (nothing, category)
            }
            None => {
                quote.steps.extend(category_steps);
                (nothing, category)
            }
        })
    }

    /// The offer on the eligible lines' `base` amounts, or `None` (recorded) below its minimum.
    fn try_offer(
        &self,
        offer: Option<(&Offer, &[bool])>,
        base: &[Decimal],
        quote: &mut Quote,
        typed: Option<&str>,
    ) -> Result<Option<Applied<'r>>, Error> {
        let Some((offer, mask)) = offer else { return Ok(None) };
        let eligible = self.masked(base, mask);
        let eligible_base = sum(eligible)?;
        if !meets_minimum(offer, eligible_base) {
            if let Some(code) = typed {
                reject(quote, code, RejectReason::BelowMinimum);
            }
            return Ok(None);
        }
        // Validation has made sure a goods offer has its value.
        let value = offer.value.unwrap_or_default();
        let (exact, rate) = match offer.kind {
            OfferKind::Percentage => (percent(eligible_base, value)?, Some(value)),
            OfferKind::Fixed | OfferKind::FreeDelivery => (value, None),
        };
        let mut amount = self.round(exact);
        let mut note = None;
        if let Some(max) = offer.max_discount.filter(|m| amount > *m) {
            amount = self.round(max);
            note = Some(Note::CappedByMaxDiscount);
        }
        if amount > eligible_base {
            amount = eligible_base;
            note = Some(Note::CappedByBase);
        }
        let split = self.split(amount, eligible)?;
        let step = step(
            Rule::Offer,
            Some(offer.code.clone()),
            eligible_base,
            rate,
            exact,
            amount,
            note,
        );
        Ok(Some(Applied { split, step }))
    }

    /// An applied offer's split, its step recorded; nothing when no offer applied.
    fn offer_split(&self, applied: Option<Applied<'r>>, lines: usize, quote: &mut Quote) -> Split<'r> {
        match applied {
            Some(a) => {
                quote.steps.push(a.step);
                a.split
            }
            None => self.no_split(lines),
        }
    }

    /// The category discount on the sum of `weights`, split by them and held to `room` per line;
    /// nothing without a category.
    fn category_split(
        &self,
        category: Option<&rules::CustomerCategory>,
        weights: &[Decimal],
        room: &[Decimal],
        steps: &mut Vec<Step>,
    ) -> Result<Split<'r>, Error> {
        let Some(category) = category else {
            return Ok(self.no_split(weights.len()));
        };
        let base = sum(weights)?;
        let exact = percent(base, category.discount_percentage)?;
        let mut amount = self.round(exact);
        let mut note = None;
        let available = sum(room)?;
        if amount > available {
            amount = available;
            note = Some(Note::CappedByBase);
        }
        steps.push(step(
            Rule::CategoryDiscount,
            Some(category.name.clone()),
            base,
            Some(category.discount_percentage),
            exact,
            amount,
            note,
        ));
        self.split_within(amount, weights, room)
    }

    /// Delivery: the merchant's fee, unless a free-delivery code or the threshold waives it.
    fn delivery(&self, free_delivery_offer: bool, quote: &mut Quote) -> Result<(), Error> {
        let policy = &self.rules.delivery;
        let base_fee = self.round(policy.fee);
        let measured = match policy.free_over_basis {
            ThresholdBasis::Subtotal => quote.financial.subtotal,
            ThresholdBasis::AfterDiscounts => self.round(sum(quote.lines.iter().map(|l| &l.net_amount))?),
        };
        let (fee, waived_by, note) = if base_fee.is_zero() {
            (base_fee, None, None)
        } else if free_delivery_offer {
            (self.zero(), Some(Waiver::Offer), Some(Note::FreeDeliveryOffer))
        } else if policy.free_over.is_some_and(|t| measured >= t) {
            (self.zero(), Some(Waiver::Threshold), Some(Note::FreeOverThreshold))
        } else {
            (base_fee, None, None)
        };
        quote
            .steps
            .push(step(Rule::Delivery, None, measured, None, base_fee, fee, note));
        quote.delivery.base_fee = base_fee;
        quote.delivery.fee = fee;
        quote.delivery.waived_by = waived_by;
        quote.financial.delivery_fee = fee;
        Ok(())
    }

    /// Loyalty: points redeemed against the goods left to pay, their value split over the lines
    /// with the points behind it; with `as_payment` the tax base keeps them.
    fn loyalty(&self, requested: u64, quote: &mut Quote) -> Result<(), Error> {
        let due = self.list(quote.lines.iter().map(|l| l.net_amount));
        let (points, split, line_points) = self.points(requested, due, &mut quote.steps)?;
        let as_payment = self.rules.loyalty.as_ref().is_some_and(|l| l.as_payment);
        for (line, (loyalty, points)) in quote.lines.iter_mut().zip(split.parts.iter().zip(line_points)) {
            let goods = line.net_amount;
            line.loyalty_discount = *loyalty;
            line.loyalty_points = *points;
            line.net_amount = goods.minus(*loyalty)?;
            line.tax_base = if as_payment { goods } else { line.net_amount };
        }
        quote.financial.loyalty_discount = self.round(split.total);
        quote.loyalty_points_used = points;
        Ok(())
    }

    /// Points redeemed, their value split over the lines' `due` amounts, and the points per line.
    fn points(
        &self,
        requested: u64,
        due: &[Decimal],
        steps: &mut Vec<Step>,
    ) -> Result<(u64, Split<'r>, &'r [u64]), Error> {
        let none = || {
            (
                0,
                self.no_split(due.len()),
                &*self.arena.alloc_slice_fill_copy(due.len(), 0),
            )
        };
        if requested == 0 {
            return Ok(none());
        }
        let total_due = sum(due)?;
        let Some(program) = &self.rules.loyalty else {
            steps.push(step(
                Rule::Loyalty,
                None,
                total_due,
                None,
                self.zero(),
                self.zero(),
                Some(Note::NoLoyaltyProgram),
            ));
            return Ok(none());
        };
        let value = program.point_value;
        let share_cap = self.round_down(percent(total_due, program.max_redeem_percentage)?);
        // More points than a u64 holds are more than anyone has: the cap does not bind.
        let affordable = share_cap.over(value)?.floor().to_u64().unwrap_or(u64::MAX);
        let mut points = requested.min(program.points_balance).min(affordable);
        let note = (points < requested).then(|| {
            if program.points_balance <= affordable {
                Note::LimitedByBalance
            } else if program.max_redeem_percentage < Decimal::ONE_HUNDRED {
                Note::LimitedByMaxShare
            } else {
                Note::LimitedByAmountDue
            }
        });
        let exact = Decimal::from(points).times(value)?;
        let amount = self.round_down(exact);
        if amount.is_zero() {
            points = 0;
        }
        steps.push(step(
            Rule::Loyalty,
            Some(points.to_string()),
            total_due,
            Some(value),
            exact,
            amount,
            note,
        ));
        let split = self.split(amount, due)?;
        let line_points = self.try_list(self.parts(Decimal::from(points), split.parts, None, 0)?.iter(), |p| {
            units_u64(p, 0).ok_or_else(overflow)
        })?;
        Ok((points, split, line_points))
    }

    /// Tax: on each line's tax base at its rate, and on delivery when it is taxed; per line or
    /// per rate over the order.
    fn tax(&self, quote: &mut Quote) -> Result<(), Error> {
        let delivery_rate = if self.rules.tax.include_delivery {
            self.rules.tax.rate
        } else {
            Decimal::ZERO
        };
        // The lines, then the delivery.
        let delivery = (delivery_rate, quote.delivery.fee);
        let members = self
            .arena
            .alloc_slice_fill_with(quote.lines.len().saturating_add(1), |i| {
                quote.lines.get(i).map_or(delivery, |l| (l.tax_rate, l.tax_base))
            });
        let taxes = self.taxes(members, &mut quote.steps)?;
        let (delivery_tax, taxes) = match taxes.split_last() {
            Some((delivery, lines)) => (*delivery, lines),
            None => (self.zero(), taxes),
        };
        for (line, tax) in quote.lines.iter_mut().zip(taxes) {
            line.tax = *tax;
        }
        quote.delivery.tax_rate = delivery_rate;
        quote.delivery.tax = delivery_tax;
        quote.financial.tax = self.round(sum(taxes)?.plus(delivery_tax)?);
        Ok(())
    }

    /// What the customer pays: each line and the delivery with their tax, and the total.
    fn totals(&self, quote: &mut Quote) -> Result<(), Error> {
        let inclusive = self.rules.tax.prices_include_tax;
        let with_tax = |amount: Decimal, tax: Decimal| if inclusive { Ok(amount) } else { amount.plus(tax) };
        for line in &mut quote.lines {
            line.amount = with_tax(line.net_amount, line.tax)?;
        }
        quote.delivery.amount = with_tax(quote.delivery.fee, quote.delivery.tax)?;
        let f = &quote.financial;
        let before_tax = f
            .subtotal
            .minus(f.discount)?
            .minus(f.category_discount)?
            .minus(f.loyalty_discount)?
            .plus(f.delivery_fee)?;
        let total = self.round(with_tax(before_tax, f.tax)?);
        quote.financial.total_amount = total;
        let subtotal = quote.financial.subtotal;
        quote
            .steps
            .push(step(Rule::Total, None, subtotal, None, total, total, None));
        if !quote.rejected_codes.is_empty() {
            quote.offer_code = None;
        }
        Ok(())
    }

    /// The tax of each `(rate, base)` member, rounded per line or per rate over the order.
    fn taxes(&self, members: &[(Decimal, Decimal)], steps: &mut Vec<Step>) -> Result<&'r [Decimal], Error> {
        let per_order = self.rules.tax.rounding == TaxRounding::PerOrder;
        // Per line, each member's own tax; per order, each rate's tax is split over its members.
        let exact: &[Decimal] = if per_order {
            &[]
        } else {
            self.try_list(members.iter(), |(rate, base)| self.tax_in(*base, *rate))?
        };
        let taxes = if per_order {
            self.arena.alloc_slice_fill_copy(members.len(), self.zero())
        } else {
            self.list(exact.iter().map(|e| self.round(*e)))
        };
        // The taxed members grouped by rate, the rates in increasing order, each group in line order.
        let rate_of = |i: &usize| members.get(*i).map(|m| m.0);
        let base_of = |i: &usize| members.get(*i).map_or(Decimal::ZERO, |m| m.1);
        let mut by_rate = Vec::with_capacity(members.len());
        by_rate.extend((0..members.len()).filter(|i| rate_of(i).is_some_and(|r| !r.is_zero())));
        // Most orders have one rate: in order already, with nothing to sort.
        if !by_rate.is_sorted_by_key(rate_of) {
            crate::sort::sort_by(&mut by_rate, |a, b| rate_of(a).cmp(&rate_of(b)));
        }
        for group in by_rate.chunk_by(|a, b| rate_of(a) == rate_of(b)) {
            let rate = group.first().and_then(rate_of).unwrap_or_default();
            let bases: &[Decimal] = self.list(group.iter().map(base_of));
            let group_base = sum(bases)?;
            // Per order, the group's tax is computed from its summed base, never from summed
            // per-line quotients (each rounded at 28 digits, their sum would depend on line order).
            let (group_exact, amount) = if per_order {
                let group_exact = self.tax_in(group_base, rate)?;
                let amount = self.round(group_exact);
                for (i, part) in group.iter().zip(self.split(amount, bases)?.parts) {
                    if let Some(t) = taxes.get_mut(*i) {
                        *t = *part;
                    }
                }
                (group_exact, amount)
            } else {
                let of = |v: &[Decimal]| sum(group.iter().filter_map(|i| v.get(*i)));
                (of(exact)?, of(taxes)?)
            };
            steps.push(step(Rule::Tax, None, group_base, Some(rate), group_exact, amount, None));
        }
        Ok(taxes)
    }

    /// The tax in `base` at `rate`: one exact product and one division.
    fn tax_in(&self, base: Decimal, rate: Decimal) -> Result<Decimal, Error> {
        tax_in(base, rate, self.rules.tax.prices_include_tax)
    }
}

/// A line at its gross amount, before any discount or tax.
fn new_line(item: &OrderItem, gross: Decimal, rules: &PricingRules) -> Result<QuoteLine, Error> {
    let info = rules.product(&item.product_id);
    let category = info.and_then(|p| p.category.clone());
    let tax_rate = category
        .as_ref()
        .and_then(|c| rules.category_rate(c))
        .unwrap_or(rules.tax.rate);
    let pieces = match item.units_per_carton {
        Some(u) => Some(
            u64::from(u)
                .checked_mul(u64::from(item.quantity))
                .ok_or_else(overflow)?,
        ),
        None => None,
    };
    let zero = Decimal::new(0, gross.scale());
    Ok(QuoteLine {
        product_id: item.product_id.clone(),
        product_name: info.and_then(|p| p.name.clone()),
        category,
        selling_type: item.selling_type,
        quantity: item.quantity,
        pieces,
        unit_price: item.unit_price,
        total_price: gross,
        discount: zero,
        category_discount: zero,
        loyalty_discount: zero,
        loyalty_points: 0,
        net_amount: gross,
        tax_base: gross,
        tax_rate,
        tax: zero,
        amount: gross,
    })
}

/// The offer for `code` and which lines it may apply to, or why it does not apply.
fn find_offer<'r>(
    code: &str,
    req: &OrderRequest,
    rules: &'r PricingRules,
    lines: &[QuoteLine],
    arena: &'r Bump,
) -> Result<(&'r Offer, &'r [bool]), RejectReason> {
    let offer = rules.offer(code).ok_or(RejectReason::UnknownCode)?;
    if !offer.merchant_ids.is_empty() && !offer.merchant_ids.contains(&req.merchant_id) {
        return Err(RejectReason::WrongMerchant);
    }
    if let Some(now) = rules.now {
        if offer.valid_from.is_some_and(|from| now < from) {
            return Err(RejectReason::NotYetValid);
        }
        if offer.valid_until.is_some_and(|until| now > until) {
            return Err(RejectReason::Expired);
        }
    }
    let everything = offer.product_ids.is_empty() && offer.categories.is_empty();
    let mask: &[bool] = arena.alloc_slice_fill_iter(lines.iter().map(|line| {
        everything
            || offer.product_ids.contains(&line.product_id)
            || line.category.as_ref().is_some_and(|c| offer.categories.contains(c))
    }));
    if mask.contains(&true) {
        Ok((offer, mask))
    } else {
        Err(RejectReason::NotApplicable)
    }
}

/// Records that the code the customer typed did not apply, and why.
fn reject(quote: &mut Quote, code: &str, reason: RejectReason) {
    quote.rejected_codes.push(RejectedCode {
        code: code.to_owned(),
        reason,
    });
}

fn meets_minimum(offer: &Offer, eligible_base: Decimal) -> bool {
    offer.min_subtotal.is_none_or(|m| eligible_base >= m)
}

/// `f` of each item, in order, or its first error (the list allocated once, at its length).
fn each<T, U>(
    items: impl ExactSizeIterator<Item = T>,
    mut f: impl FnMut(T) -> Result<U, Error>,
) -> Result<Vec<U>, Error> {
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        out.push(f(item)?);
    }
    Ok(out)
}

fn step(
    rule: Rule,
    label: Option<String>,
    base: Decimal,
    rate: Option<Decimal>,
    exact: Decimal,
    amount: Decimal,
    note: Option<Note>,
) -> Step {
    Step {
        rule,
        label,
        base,
        rate,
        exact,
        amount,
        note,
    }
}
