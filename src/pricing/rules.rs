//! What the merchant's server knows when it prices an order: the pricing rules.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize, Serializer};
use serde_json::Value;

use crate::error::{internal, Code, Error, Place, Problems};
use crate::input::{self, Json, Read};
use crate::limits::{self, check_amount, check_len, check_percentage, check_text, MAX_RULE_ENTRIES, MAX_SHORT_TEXT};
use crate::money::{Currency, RoundingMode};

/// Pricing rules: currency, offers, the customer's category and points, and the delivery, tax
/// and rounding policies. Problems are reported with paths under `rules.`.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct PricingRules {
    /// The currency of every price and amount.
    #[cfg_attr(feature = "wasm", tsify(type = "CurrencyCode"))]
    pub currency: Currency,
    /// The instant offer validity windows are checked against (required when an offer has one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub now: Option<DateTime<Utc>>,
    /// How amounts are rounded to the minor unit.
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub rounding: RoundingMode,
    /// The offers customers may enter a code for.
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub offers: Vec<Offer>,
    /// The customer's category and its discount, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub customer_category: Option<CustomerCategory>,
    /// How the offer and the category discount combine.
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub combination: Combination,
    /// The loyalty program and the customer's balance, if the merchant has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub loyalty: Option<LoyaltyProgram>,
    /// The delivery fee and when it is waived.
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub delivery: DeliveryPolicy,
    /// The tax policy.
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub tax: TaxPolicy,
    /// What the merchant knows of each product, by product id.
    #[serde(default, serialize_with = "sorted")]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "Record<string, ProductInfo>"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub products: HashMap<String, ProductInfo>,
}

/// An offer code.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct Offer {
    /// The code customers type; matched ignoring case and surrounding spaces.
    pub code: String,
    /// What the offer gives.
    pub kind: OfferKind,
    /// The percentage (`percentage`) or the amount (`fixed`, in the prices' own tax terms);
    /// required for both, unused for `free_delivery`.
    #[serde(
        with = "input::number::opt_decimal",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "wasm", tsify(type = "DecimalInput"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub value: Option<Decimal>,
    /// The least subtotal of the eligible lines for the offer to apply.
    #[serde(
        with = "input::number::opt_decimal",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "wasm", tsify(type = "DecimalInput"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub min_subtotal: Option<Decimal>,
    /// The most the offer may take off.
    #[serde(
        with = "input::number::opt_decimal",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "wasm", tsify(type = "DecimalInput"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub max_discount: Option<Decimal>,
    /// The first instant the code is valid (inclusive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub valid_from: Option<DateTime<Utc>>,
    /// The last instant the code is valid (inclusive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub valid_until: Option<DateTime<Utc>>,
    /// The merchants the code is valid at; empty for all.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub merchant_ids: Vec<String>,
    /// The products it applies to; with `categories` empty too, every product.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub product_ids: Vec<String>,
    /// The product categories it applies to.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub categories: Vec<String>,
}

/// What an offer gives.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum OfferKind {
    /// A percentage of the eligible lines.
    Percentage,
    /// A fixed amount off the eligible lines.
    Fixed,
    /// The delivery fee waived.
    FreeDelivery,
}

/// The customer's category (the seed's `user.category`).
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct CustomerCategory {
    /// The category's name (`gold`).
    pub name: String,
    /// Its discount, in percent of the goods.
    #[cfg_attr(feature = "wasm", tsify(type = "DecimalInput"))]
    #[serde(with = "input::number::decimal")]
    pub discount_percentage: Decimal,
}

/// How an offer code and the customer-category discount combine.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Combination {
    /// Both are computed on the original subtotal (the category discount is held to what the
    /// offer leaves).
    #[default]
    BothOnSubtotal,
    /// The category discount first; the offer on what it leaves, its minimum tested again there.
    Sequential,
    /// Only the larger applies (the offer on a tie); a code that loses is rejected as `not_combinable`.
    BestOnly,
}

/// A loyalty program and the customer's standing in it.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct LoyaltyProgram {
    /// What one point is worth when redeemed.
    #[cfg_attr(feature = "wasm", tsify(type = "DecimalInput"))]
    #[serde(with = "input::number::decimal")]
    pub point_value: Decimal,
    /// The customer's points.
    pub points_balance: u64,
    /// The largest share of the goods (after discounts) points may pay, in percent.
    #[serde(with = "input::number::decimal", default = "hundred")]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "DecimalInput"))]
    pub max_redeem_percentage: Decimal,
    /// Points are a means of payment (they do not lower the tax base) rather than a discount.
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    #[cfg_attr(feature = "uniffi", uniffi(default = false))]
    pub as_payment: bool,
    /// Points earned per currency unit of the earning base.
    #[serde(with = "input::number::decimal", default)]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "DecimalInput"))]
    pub earn_rate: Decimal,
    /// What earns points.
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub earn_on: EarnBase,
}

/// A map written with its keys in order, so that the same rules always give the same JSON.
fn sorted<S: Serializer, V: Serialize>(map: &HashMap<String, V>, s: S) -> Result<S::Ok, S::Error> {
    let mut entries: Vec<(&String, &V)> = map.iter().collect();
    crate::sort::sort_by(&mut entries, |a, b| a.0.cmp(b.0));
    s.collect_map(entries)
}

impl LoyaltyProgram {
    /// Records every problem of the program, at paths under `at`.
    pub(crate) fn validate(&self, p: &mut Problems, at: &str) {
        let program = Place::root(at);
        let field = |name| program.name(name);
        if self.point_value <= Decimal::ZERO {
            p.push(Code::NotPositive, field("point_value"), None);
        }
        check_amount(p, field("point_value"), self.point_value, limits::MAX_SCALE);
        if self.points_balance > limits::MAX_POINTS {
            let detail = format!("0 to {}", limits::MAX_POINTS);
            p.push(Code::OutOfRange, field("points_balance"), Some(detail));
        }
        check_percentage(p, field("max_redeem_percentage"), self.max_redeem_percentage);
        if self.earn_rate > Decimal::from(limits::MAX_EARN_RATE) {
            let detail = format!("0 to {}", limits::MAX_EARN_RATE);
            p.push(Code::OutOfRange, field("earn_rate"), Some(detail));
        }
        check_amount(p, field("earn_rate"), self.earn_rate, limits::MAX_SCALE);
    }
}

fn hundred() -> Decimal {
    Decimal::ONE_HUNDRED
}

/// The amount loyalty points are earned on.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum EarnBase {
    /// The total the customer pays.
    #[default]
    TotalAmount,
    /// The goods after every discount, without delivery and tax.
    Goods,
}

/// The delivery fee and when it is waived.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct DeliveryPolicy {
    /// The merchant's fee.
    #[serde(with = "input::number::decimal", default)]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "DecimalInput"))]
    pub fee: Decimal,
    /// Delivery is free when the measured amount reaches this.
    #[serde(
        with = "input::number::opt_decimal",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "wasm", tsify(type = "DecimalInput"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub free_over: Option<Decimal>,
    /// What `free_over` is measured on.
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub free_over_basis: ThresholdBasis,
}

/// The amount a free-delivery threshold is measured on.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum ThresholdBasis {
    /// The subtotal, before discounts.
    #[default]
    Subtotal,
    /// The subtotal after the offer and category discounts (points do not count: they pay).
    AfterDiscounts,
}

/// The tax policy.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct TaxPolicy {
    /// The rate, in percent, for products whose category has no rate of its own.
    #[serde(with = "input::number::decimal", default)]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "DecimalInput"))]
    pub rate: Decimal,
    /// Prices (and fees, and fixed discounts) include tax.
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    #[cfg_attr(feature = "uniffi", uniffi(default = false))]
    pub prices_include_tax: bool,
    /// Delivery is taxed at `rate`.
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    #[cfg_attr(feature = "uniffi", uniffi(default = false))]
    pub include_delivery: bool,
    /// Where tax is rounded.
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub rounding: TaxRounding,
    /// Rates by product category, in percent.
    #[serde(deserialize_with = "input::number::decimal_map", default, serialize_with = "sorted")]
    #[cfg_attr(feature = "wasm", tsify(type = "Record<string, DecimalInput>"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub category_rates: HashMap<String, Decimal>,
}

/// Where tax is rounded to the minor unit.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum TaxRounding {
    /// Each line's tax is rounded; the order's tax is their sum.
    #[default]
    PerLine,
    /// Each rate's tax is rounded once over the order, then split to the lines exactly.
    PerOrder,
}

/// What the merchant knows of a product.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct ProductInfo {
    /// Its name, shown on the quote's line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub name: Option<String>,
    /// Its category, for offers and tax rates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub category: Option<String>,
}

impl PricingRules {
    /// Rules in `currency` with every policy at its default.
    pub fn new(currency: Currency) -> Self {
        PricingRules {
            currency,
            now: None,
            rounding: RoundingMode::default(),
            offers: Vec::new(),
            customer_category: None,
            combination: Combination::default(),
            loyalty: None,
            delivery: DeliveryPolicy::default(),
            tax: TaxPolicy::default(),
            products: HashMap::new(),
        }
    }

    /// Parses and validates rules from JSON text.
    pub fn from_json(text: &str) -> Result<Self, Error> {
        Self::from_tree(&input::parse_json(text, "rules", &crate::arena::Arena::new())?)
    }

    /// Reads and validates rules from a JSON value.
    pub fn from_value(value: &Value) -> Result<Self, Error> {
        Self::from_tree(&Json::from_value(value, &crate::arena::Arena::new()))
    }

    /// [`PricingRules::from_value`] of a JSON tree.
    fn from_tree(value: &Json) -> Result<Self, Error> {
        let mut problems = Problems::default();
        let rules = Self::read(value, "rules", &mut problems);
        problems
            .finish(rules)?
            .ok_or_else(|| internal("rules neither read nor refused"))
    }

    /// The category of a product, if the rules know it.
    pub fn category_of(&self, product_id: &str) -> Option<&str> {
        self.product(product_id).and_then(|p| p.category.as_deref())
    }

    /// What the rules know of a product.
    pub(crate) fn product(&self, product_id: &str) -> Option<&ProductInfo> {
        entry(&self.products, product_id)
    }

    /// The tax rate of a product category, if it has its own.
    pub(crate) fn category_rate(&self, category: &str) -> Option<Decimal> {
        entry(&self.tax.category_rates, category).copied()
    }

    /// The offer with this code, ignoring case and surrounding spaces.
    pub fn offer(&self, code: &str) -> Option<&Offer> {
        let code = code.trim();
        self.offers.iter().find(|o| same_ignoring_case(o.code.trim(), code))
    }
}

/// The value at `key`: a few entries are compared in turn, which costs less than hashing the key
/// (SipHash, some 170 instructions for a short one); more are looked up by hash.
fn entry<'m, V>(map: &'m HashMap<String, V>, key: &str) -> Option<&'m V> {
    const SCANNED: usize = 8;
    if map.len() <= SCANNED {
        map.iter().find_map(|(k, v)| (k == key).then_some(v))
    } else {
        map.get(key)
    }
}

/// Whether `a` and `b` are the same text once lowercased; ASCII texts are compared in place.
fn same_ignoring_case(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        a.eq_ignore_ascii_case(b)
    } else {
        a.to_lowercase() == b.to_lowercase()
    }
}

/// Rules as an operation's argument: the first type problem, or every rule problem, at paths
/// under `rules.` whatever the argument is called.
impl Read for PricingRules {
    fn read(value: &Json, _root: &str, problems: &mut Problems) -> Option<Self> {
        let rules = input::deserialize(value, "rules", problems)?;
        validate(&rules, problems);
        Some(rules)
    }
}

/// Records every semantic problem of a set of rules.
pub(crate) fn validate(r: &PricingRules, p: &mut Problems) {
    let scale = r.currency.minor_units();
    check_len(p, "rules.offers", r.offers.len(), MAX_RULE_ENTRIES);
    let mut seen = std::collections::BTreeSet::new();
    let offers = Place::root("rules.offers");
    for (i, o) in r.offers.iter().enumerate() {
        let entry = offers.index(i);
        let at = |field| entry.name(field);
        check_text(p, at("code"), &o.code, MAX_SHORT_TEXT, true);
        if !seen.insert(o.code.trim().to_lowercase()) {
            p.push(Code::Duplicate, at("code"), None);
        }
        match (o.kind, o.value) {
            (OfferKind::FreeDelivery, _) => {}
            (_, None) => p.push(Code::Required, at("value"), None),
            (OfferKind::Percentage, Some(v)) => check_percentage(p, at("value"), v),
            (OfferKind::Fixed, Some(v)) => check_amount(p, at("value"), v, scale),
        }
        if let Some(m) = o.min_subtotal {
            check_amount(p, at("min_subtotal"), m, scale);
        }
        if let Some(m) = o.max_discount {
            check_amount(p, at("max_discount"), m, scale);
        }
        if (o.valid_from.is_some() || o.valid_until.is_some()) && r.now.is_none() {
            p.push(Code::Required, "rules.now", Some("offers have validity windows".into()));
        }
        if let (Some(from), Some(until)) = (o.valid_from, o.valid_until) {
            if from > until {
                p.push(Code::InvalidValue, at("valid_until"), Some("before valid_from".into()));
            }
        }
        for (name, list) in [
            ("merchant_ids", &o.merchant_ids),
            ("product_ids", &o.product_ids),
            ("categories", &o.categories),
        ] {
            check_len(p, at(name), list.len(), MAX_RULE_ENTRIES);
        }
    }
    if let Some(c) = &r.customer_category {
        check_text(p, "rules.customer_category.name", &c.name, MAX_SHORT_TEXT, false);
        check_percentage(p, "rules.customer_category.discount_percentage", c.discount_percentage);
    }
    if let Some(l) = &r.loyalty {
        l.validate(p, "rules.loyalty");
    }
    check_amount(p, "rules.delivery.fee", r.delivery.fee, scale);
    if let Some(t) = r.delivery.free_over {
        check_amount(p, "rules.delivery.free_over", t, scale);
    }
    check_percentage(p, "rules.tax.rate", r.tax.rate);
    check_len(
        p,
        "rules.tax.category_rates",
        r.tax.category_rates.len(),
        MAX_RULE_ENTRIES,
    );
    for (category, rate) in &r.tax.category_rates {
        check_percentage(p, Place::root("rules.tax.category_rates").name(category), *rate);
    }
    check_len(p, "rules.products", r.products.len(), MAX_RULE_ENTRIES);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_is_found_by_its_key_in_a_few_scanned_and_in_many_hashed() {
        for size in [0, 1, 8, 9, 40] {
            let map: HashMap<String, usize> = (0..size).map(|i| (format!("p{i}"), i)).collect();
            for i in 0..size {
                assert_eq!(entry(&map, &format!("p{i}")), Some(&i), "p{i} of {size}");
            }
            for missing in ["", "p", "P0", "p0 ", "q1"] {
                assert_eq!(entry(&map, missing), None, "{missing:?} of {size}");
            }
        }
    }
}
