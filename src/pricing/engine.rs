//! The quote engine: lines → offer and category discounts → delivery → loyalty → tax → total.

use std::collections::BTreeMap;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use super::quote::{DeliveryCharge, Financial, Note, Quote, QuoteLine, RejectReason, RejectedCode, Rule, Step, Waiver};
use super::request::{self, OrderItem, OrderRequest};
use super::rules::{self, Combination, Offer, OfferKind, PricingRules, TaxRounding, ThresholdBasis};
use crate::error::{internal, overflow, Error, Problems};
use crate::input::{self, Read};
use crate::money::{allocate_within, sum, Checked, Currency, RoundingMode};

/// Prices an order under `rules`, after checking both: every problem is reported at once.
pub fn quote(request: &OrderRequest, rules: &PricingRules) -> Result<Quote, Error> {
    let mut problems = Problems::default();
    request::validate(request, &mut problems);
    rules::validate(rules, &mut problems);
    problems.finish(())?;
    Pricer::new(rules).price(request, rules)
}

/// [`quote`] from JSON texts: the request (the seed's body) and the rules; every problem of
/// both is reported at once.
pub fn quote_json(request: &str, rules: &str) -> Result<Quote, Error> {
    let mut problems = Problems::default();
    let request = input::parse_json(request, "").map_err(|e| problems.extend(e)).ok();
    let rules = input::parse_json(rules, "rules").map_err(|e| problems.extend(e)).ok();
    let request = request.and_then(|r| OrderRequest::read(&r, "request", &mut problems));
    let rules = rules.and_then(|r| PricingRules::read(&r, "rules", &mut problems));
    match problems.finish((request, rules))? {
        (Some(request), Some(rules)) => Pricer::new(&rules).price(&request, &rules),
        _ => Err(internal("an input was neither read nor refused")),
    }
}

/// An offer that applied to the goods: its split over the lines and its step.
struct Applied {
    parts: Vec<Decimal>,
    step: Step,
}

/// The currency and rounding of one quote.
struct Pricer {
    currency: Currency,
    mode: RoundingMode,
}

impl Pricer {
    fn new(rules: &PricingRules) -> Self {
        Pricer {
            currency: rules.currency,
            mode: rules.rounding,
        }
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

    /// Splits `amount` over `weights`, no part above its cap.
    fn split(&self, amount: Decimal, weights: &[Decimal], caps: &[Decimal]) -> Result<Vec<Decimal>, Error> {
        allocate_within(amount, weights, Some(caps), self.currency.minor_units())
    }

    fn price(&self, req: &OrderRequest, rules: &PricingRules) -> Result<Quote, Error> {
        let mut steps = Vec::new();
        let mut rejected = Vec::new();

        // Lines: unit × quantity, rounded once per line.
        let exact = req
            .items
            .iter()
            .map(|i| i.unit_price.times(Decimal::from(i.quantity)))
            .collect::<Result<Vec<_>, _>>()?;
        let gross: Vec<Decimal> = exact.iter().map(|d| self.round(*d)).collect();
        let subtotal = self.round(sum(&gross)?);
        steps.push(step(
            Rule::Subtotal,
            None,
            sum(&exact)?,
            None,
            sum(&exact)?,
            subtotal,
            None,
        ));
        let categories: Vec<Option<&str>> = req.items.iter().map(|i| rules.category_of(&i.product_id)).collect();
        let mut lines = req
            .items
            .iter()
            .zip(&gross)
            .map(|(item, gross)| new_line(item, *gross, rules))
            .collect::<Result<Vec<_>, _>>()?;

        // The offer code: known, at this merchant, in its window, for some line?
        let typed = req.offer_code.as_deref().map(str::trim).filter(|c| !c.is_empty());
        let mut offer = None;
        if let Some(code) = typed {
            match find_offer(code, req, rules, &categories) {
                Ok(found) => offer = Some(found),
                Err(reason) => rejected.push(RejectedCode {
                    code: code.to_owned(),
                    reason,
                }),
            }
        }
        let mut free_delivery_offer = false;
        if let Some((o, mask)) = &offer {
            if o.kind == OfferKind::FreeDelivery {
                free_delivery_offer = meets_minimum(o, sum(&masked(&gross, mask, self.zero()))?);
                if !free_delivery_offer {
                    reject(&mut rejected, typed, RejectReason::BelowMinimum);
                }
            }
        }
        let offer_code = offer.as_ref().map(|(o, _)| o.code.clone());
        let goods_offer = offer.filter(|(o, _)| o.kind != OfferKind::FreeDelivery);

        // Goods discounts: the offer and the customer category, combined by policy.
        let category = rules
            .customer_category
            .as_ref()
            .filter(|c| !c.discount_percentage.is_zero());
        let (offer_parts, category_parts) = match rules.combination {
            Combination::BothOnSubtotal => {
                let applied = self.try_offer(goods_offer, &gross, &mut rejected, typed)?;
                let offer_parts = self.offer_parts(applied, gross.len(), &mut steps);
                let left = minus_each(&gross, &offer_parts)?;
                (offer_parts, self.category_parts(category, &gross, &left, &mut steps)?)
            }
            Combination::Sequential => {
                let category_parts = self.category_parts(category, &gross, &gross, &mut steps)?;
                let left = minus_each(&gross, &category_parts)?;
                let applied = self.try_offer(goods_offer, &left, &mut rejected, typed)?;
                (self.offer_parts(applied, gross.len(), &mut steps), category_parts)
            }
            Combination::BestOnly => {
                let applied = self.try_offer(goods_offer, &gross, &mut rejected, typed)?;
                let mut category_steps = Vec::new();
                let category_parts = self.category_parts(category, &gross, &gross, &mut category_steps)?;
                let category_total = sum(&category_parts)?;
                let loser = |s: Step| Step {
                    amount: self.zero(),
                    note: Some(Note::NotCombinable),
                    ..s
                };
                match applied {
                    Some(a) if a.step.amount >= category_total => {
                        steps.push(a.step);
                        steps.extend(category_steps.into_iter().map(loser));
                        (a.parts, vec![self.zero(); gross.len()])
                    }
                    Some(a) => {
                        reject(&mut rejected, typed, RejectReason::NotCombinable);
                        steps.push(loser(a.step));
                        steps.extend(category_steps);
                        (vec![self.zero(); gross.len()], category_parts)
                    }
                    None => {
                        steps.extend(category_steps);
                        (vec![self.zero(); gross.len()], category_parts)
                    }
                }
            }
        };
        let discount = self.round(sum(&offer_parts)?);
        let category_discount = self.round(sum(&category_parts)?);
        for (line, (offer, category)) in lines.iter_mut().zip(offer_parts.iter().zip(&category_parts)) {
            line.discount = *offer;
            line.category_discount = *category;
        }
        let goods_net = minus_each(&minus_each(&gross, &offer_parts)?, &category_parts)?;

        // Delivery: the merchant's fee unless an offer or the threshold waives it.
        let base_fee = self.round(rules.delivery.fee);
        let measured = match rules.delivery.free_over_basis {
            ThresholdBasis::Subtotal => subtotal,
            ThresholdBasis::AfterDiscounts => self.round(sum(&goods_net)?),
        };
        let (fee, waived_by, note) = if base_fee.is_zero() {
            (base_fee, None, None)
        } else if free_delivery_offer {
            (self.zero(), Some(Waiver::Offer), Some(Note::FreeDeliveryOffer))
        } else if rules.delivery.free_over.is_some_and(|t| measured >= t) {
            (self.zero(), Some(Waiver::Threshold), Some(Note::FreeOverThreshold))
        } else {
            (base_fee, None, None)
        };
        steps.push(step(Rule::Delivery, None, measured, None, base_fee, fee, note));

        // Loyalty: points redeemed against the goods left to pay.
        let (points, loyalty_parts, line_points) =
            self.loyalty(req.use_loyalty_points, rules, &goods_net, &mut steps)?;
        let loyalty_discount = self.round(sum(&loyalty_parts)?);

        // Tax: per line or per order, on the net (or on the goods before points that are a payment).
        let as_payment = rules.loyalty.as_ref().is_some_and(|l| l.as_payment);
        for (line, ((loyalty, points), goods)) in lines
            .iter_mut()
            .zip(loyalty_parts.iter().zip(line_points).zip(&goods_net))
        {
            line.loyalty_discount = *loyalty;
            line.loyalty_points = points;
            line.net_amount = goods.minus(*loyalty)?;
            line.tax_base = if as_payment { *goods } else { line.net_amount };
        }
        let delivery_rate = if rules.tax.include_delivery {
            rules.tax.rate
        } else {
            Decimal::ZERO
        };
        let mut members: Vec<(Decimal, Decimal)> = lines.iter().map(|l| (l.tax_rate, l.tax_base)).collect();
        members.push((delivery_rate, fee));
        let mut taxes = self.taxes(&members, rules, &mut steps)?;
        let delivery_tax = taxes.pop().unwrap_or_else(|| self.zero());
        let tax = self.round(sum(&taxes)?.plus(delivery_tax)?);

        // Totals.
        let inclusive = rules.tax.prices_include_tax;
        let with_tax = |amount: Decimal, tax: Decimal| if inclusive { Ok(amount) } else { amount.plus(tax) };
        for (line, tax) in lines.iter_mut().zip(taxes) {
            line.tax = tax;
            line.amount = with_tax(line.net_amount, tax)?;
        }
        let total_amount = self.round(with_tax(
            subtotal
                .minus(discount)?
                .minus(category_discount)?
                .minus(loyalty_discount)?
                .plus(fee)?,
            tax,
        )?);
        steps.push(step(
            Rule::Total,
            None,
            subtotal,
            None,
            total_amount,
            total_amount,
            None,
        ));

        Ok(Quote {
            financial: Financial {
                subtotal,
                delivery_fee: fee,
                discount,
                category_discount,
                loyalty_discount,
                tax,
                total_amount,
                currency: self.currency,
            },
            lines,
            delivery: DeliveryCharge {
                base_fee,
                fee,
                waived_by,
                tax_rate: delivery_rate,
                tax: delivery_tax,
                amount: with_tax(fee, delivery_tax)?,
            },
            offer_code: offer_code.filter(|_| rejected.is_empty()),
            rejected_codes: rejected,
            loyalty_points_used: points,
            prices_include_tax: inclusive,
            rounding: self.mode,
            tax_rounding: rules.tax.rounding,
            steps,
            seal: None,
        })
    }

    /// The offer on the eligible lines' `base` amounts, or `None` (recorded) below its minimum.
    fn try_offer(
        &self,
        offer: Option<(&Offer, Vec<bool>)>,
        base: &[Decimal],
        rejected: &mut Vec<RejectedCode>,
        typed: Option<&str>,
    ) -> Result<Option<Applied>, Error> {
        let Some((offer, mask)) = offer else { return Ok(None) };
        let eligible = masked(base, &mask, self.zero());
        let eligible_base = sum(&eligible)?;
        if !meets_minimum(offer, eligible_base) {
            if let Some(code) = typed {
                rejected.push(RejectedCode {
                    code: code.to_owned(),
                    reason: RejectReason::BelowMinimum,
                });
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
        let parts = self.split(amount, &eligible, &eligible)?;
        let step = step(
            Rule::Offer,
            Some(offer.code.clone()),
            eligible_base,
            rate,
            exact,
            amount,
            note,
        );
        Ok(Some(Applied { parts, step }))
    }

    /// An applied offer's split, its step recorded; zeros when no offer applied.
    fn offer_parts(&self, applied: Option<Applied>, lines: usize, steps: &mut Vec<Step>) -> Vec<Decimal> {
        match applied {
            Some(a) => {
                steps.push(a.step);
                a.parts
            }
            None => vec![self.zero(); lines],
        }
    }

    /// The category discount on the sum of `weights`, split by them and held to `room` per line;
    /// zeros without a category.
    fn category_parts(
        &self,
        category: Option<&rules::CustomerCategory>,
        weights: &[Decimal],
        room: &[Decimal],
        steps: &mut Vec<Step>,
    ) -> Result<Vec<Decimal>, Error> {
        let Some(category) = category else {
            return Ok(vec![self.zero(); weights.len()]);
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
        self.split(amount, weights, room)
    }

    /// Points redeemed, their value split over the lines' `due` amounts, and the points per line.
    fn loyalty(
        &self,
        requested: u64,
        rules: &PricingRules,
        due: &[Decimal],
        steps: &mut Vec<Step>,
    ) -> Result<(u64, Vec<Decimal>, Vec<u64>), Error> {
        let none = || (0, vec![self.zero(); due.len()], vec![0; due.len()]);
        if requested == 0 {
            return Ok(none());
        }
        let total_due = sum(due)?;
        let Some(program) = &rules.loyalty else {
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
        let parts = self.split(amount, due, due)?;
        let line_points = allocate_within(Decimal::from(points), &parts, None, 0)?
            .into_iter()
            .map(|p| p.to_u64().ok_or_else(overflow))
            .collect::<Result<Vec<_>, _>>()?;
        Ok((points, parts, line_points))
    }

    /// The tax of each `(rate, base)` member, rounded per line or per rate over the order.
    fn taxes(
        &self,
        members: &[(Decimal, Decimal)],
        rules: &PricingRules,
        steps: &mut Vec<Step>,
    ) -> Result<Vec<Decimal>, Error> {
        // The tax in `base` at `rate`: one exact product and one division.
        let tax_in = |base: Decimal, rate: Decimal| -> Result<Decimal, Error> {
            let denominator = if rules.tax.prices_include_tax {
                Decimal::ONE_HUNDRED.plus(rate)?
            } else {
                Decimal::ONE_HUNDRED
            };
            base.times(rate)?.over(denominator)
        };
        let exact = members
            .iter()
            .map(|(rate, base)| tax_in(*base, *rate))
            .collect::<Result<Vec<_>, _>>()?;
        let mut taxes: Vec<Decimal> = exact.iter().map(|e| self.round(*e)).collect();
        // Members grouped by rate, for per-order rounding and for the steps.
        let mut groups: BTreeMap<Decimal, Vec<usize>> = BTreeMap::new();
        for (i, (rate, _)) in members.iter().enumerate() {
            if !rate.is_zero() {
                groups.entry(*rate).or_default().push(i);
            }
        }
        for (rate, indices) in groups {
            let pick = |v: &[Decimal]| indices.iter().filter_map(|i| v.get(*i).copied()).collect::<Vec<_>>();
            let bases: Vec<Decimal> = indices.iter().filter_map(|i| members.get(*i).map(|m| m.1)).collect();
            let group_base = sum(&bases)?;
            // Per order, the group's tax is computed from its summed base, never from summed
            // per-line quotients (each rounded at 28 digits, their sum would depend on line order).
            let group_exact = match rules.tax.rounding {
                TaxRounding::PerOrder => tax_in(group_base, rate)?,
                TaxRounding::PerLine => sum(&pick(&exact))?,
            };
            let amount = if rules.tax.rounding == TaxRounding::PerOrder {
                let amount = self.round(group_exact);
                for (i, part) in indices.iter().zip(self.split(amount, &bases, &bases)?) {
                    if let Some(t) = taxes.get_mut(*i) {
                        *t = part;
                    }
                }
                amount
            } else {
                sum(&pick(&taxes))?
            };
            steps.push(step(Rule::Tax, None, group_base, Some(rate), group_exact, amount, None));
        }
        Ok(taxes)
    }
}

/// A line at its gross amount, before any discount or tax.
fn new_line(item: &OrderItem, gross: Decimal, rules: &PricingRules) -> Result<QuoteLine, Error> {
    let info = rules.products.get(&item.product_id);
    let category = info.and_then(|p| p.category.clone());
    let tax_rate = category
        .as_ref()
        .and_then(|c| rules.tax.category_rates.get(c))
        .copied()
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
    categories: &[Option<&str>],
) -> Result<(&'r Offer, Vec<bool>), RejectReason> {
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
    let mask: Vec<bool> = req
        .items
        .iter()
        .zip(categories)
        .map(|(item, category)| {
            everything
                || offer.product_ids.contains(&item.product_id)
                || category.is_some_and(|c| offer.categories.iter().any(|x| x == c))
        })
        .collect();
    if mask.contains(&true) {
        Ok((offer, mask))
    } else {
        Err(RejectReason::NotApplicable)
    }
}

/// Records that the typed code did not apply.
fn reject(rejected: &mut Vec<RejectedCode>, typed: Option<&str>, reason: RejectReason) {
    if let Some(code) = typed {
        rejected.push(RejectedCode {
            code: code.to_owned(),
            reason,
        });
    }
}

fn meets_minimum(offer: &Offer, eligible_base: Decimal) -> bool {
    offer.min_subtotal.is_none_or(|m| eligible_base >= m)
}

/// `base × rate / 100`.
fn percent(base: Decimal, rate: Decimal) -> Result<Decimal, Error> {
    base.times(rate)?.over(Decimal::ONE_HUNDRED)
}

/// The amounts of the lines in `mask`, zero elsewhere.
fn masked(amounts: &[Decimal], mask: &[bool], zero: Decimal) -> Vec<Decimal> {
    amounts
        .iter()
        .zip(mask)
        .map(|(a, m)| if *m { *a } else { zero })
        .collect()
}

/// `a − b`, element by element.
fn minus_each(a: &[Decimal], b: &[Decimal]) -> Result<Vec<Decimal>, Error> {
    a.iter().zip(b).map(|(a, b)| a.minus(*b)).collect()
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
