//! The quote: the seed's `financial` block, the lines with their frozen split, and the steps.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::request::SellingType;
use super::rules::TaxRounding;
use crate::input;
use crate::money::{Currency, RoundingMode};

/// A priced order. Every amount is at the currency's scale and none is negative.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Quote {
    /// The totals, as in the seed's order `financial` block.
    pub financial: Financial,
    /// The lines, in request order, each with its share of every order-level discount and its tax.
    pub lines: Vec<QuoteLine>,
    /// The delivery charge.
    pub delivery: DeliveryCharge,
    /// The offer code that applied, as the rules spell it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub offer_code: Option<String>,
    /// Codes that did not apply, and why.
    pub rejected_codes: Vec<RejectedCode>,
    /// Loyalty points redeemed.
    pub loyalty_points_used: u64,
    /// Whether prices include tax (then `tax` is the part of the total that is tax).
    pub prices_include_tax: bool,
    /// The rounding mode used.
    pub rounding: RoundingMode,
    /// Where tax was rounded: per line, or once per rate over the order.
    pub tax_rounding: TaxRounding,
    /// How each figure was reached, in order.
    pub steps: Vec<Step>,
    /// The issuer's seal (see `seal_quote`), when the quote was sealed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub seal: Option<String>,
}

/// The seed's `financial` block.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Financial {
    /// Σ lines' `unit_price × quantity`, each rounded once.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "input::number::decimal")]
    pub subtotal: Decimal,
    /// The delivery fee charged.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "input::number::decimal")]
    pub delivery_fee: Decimal,
    /// The offer code's discount.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "input::number::decimal")]
    pub discount: Decimal,
    /// The customer category's discount.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "input::number::decimal")]
    pub category_discount: Decimal,
    /// The value of the loyalty points redeemed.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "input::number::decimal")]
    pub loyalty_discount: Decimal,
    /// The tax.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "input::number::decimal")]
    pub tax: Decimal,
    /// What the customer pays: `subtotal − discount − category_discount − loyalty_discount +
    /// delivery_fee (+ tax when prices exclude it)`.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "input::number::decimal")]
    pub total_amount: Decimal,
    /// The currency.
    #[cfg_attr(feature = "wasm", tsify(type = "CurrencyCode"))]
    pub currency: Currency,
}

/// One priced line.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct QuoteLine {
    /// The product.
    pub product_id: String,
    /// The product's name, where the rules know it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub product_name: Option<String>,
    /// The product's category, where the rules know it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub category: Option<String>,
    /// Sold by the piece or by the carton.
    pub selling_type: SellingType,
    /// Selling units ordered.
    pub quantity: u32,
    /// Pieces, for carton lines that give their units per carton.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub pieces: Option<u64>,
    /// The price of one selling unit.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "input::number::decimal")]
    pub unit_price: Decimal,
    /// `unit_price × quantity`, rounded once.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "input::number::decimal")]
    pub total_price: Decimal,
    /// This line's share of the offer discount.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "input::number::decimal")]
    pub discount: Decimal,
    /// This line's share of the category discount.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "input::number::decimal")]
    pub category_discount: Decimal,
    /// This line's share of the loyalty discount.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "input::number::decimal")]
    pub loyalty_discount: Decimal,
    /// The loyalty points behind `loyalty_discount`, restored when the line is refunded.
    pub loyalty_points: u64,
    /// `total_price` less the three discounts.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "input::number::decimal")]
    pub net_amount: Decimal,
    /// The amount tax is computed on (`net_amount`, plus the points when they are a payment).
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "input::number::decimal")]
    pub tax_base: Decimal,
    /// The tax rate, in percent.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "input::number::decimal")]
    pub tax_rate: Decimal,
    /// The line's tax.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "input::number::decimal")]
    pub tax: Decimal,
    /// What the customer pays for the line: `net_amount`, plus `tax` when prices exclude it.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "input::number::decimal")]
    pub amount: Decimal,
}

/// The delivery charge.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DeliveryCharge {
    /// The merchant's fee before any waiver.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "input::number::decimal")]
    pub base_fee: Decimal,
    /// The fee charged.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "input::number::decimal")]
    pub fee: Decimal,
    /// Why the fee was waived, if it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub waived_by: Option<Waiver>,
    /// The tax rate on delivery, in percent (0 when delivery is not taxed).
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "input::number::decimal")]
    pub tax_rate: Decimal,
    /// The tax on delivery.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "input::number::decimal")]
    pub tax: Decimal,
    /// What the customer pays for delivery: `fee`, plus `tax` when prices exclude it.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "input::number::decimal")]
    pub amount: Decimal,
}

/// Why delivery is free.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Waiver {
    /// The order reached the free-delivery threshold.
    Threshold,
    /// A free-delivery offer code.
    Offer,
}

/// An offer code that did not apply.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RejectedCode {
    /// The code as the customer typed it.
    pub code: String,
    /// Why it did not apply.
    pub reason: RejectReason,
}

/// Why an offer code did not apply.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum RejectReason {
    /// No offer has this code.
    UnknownCode,
    /// The offer is limited to other merchants.
    WrongMerchant,
    /// The offer's window has not opened.
    NotYetValid,
    /// The offer's window has closed.
    Expired,
    /// No line is among the offer's products or categories.
    NotApplicable,
    /// The eligible lines are below the offer's minimum.
    BelowMinimum,
    /// Under `best_only`, the category discount was larger.
    NotCombinable,
}

/// One rule applied: what it was computed on, at what rate, and the result before and after rounding.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Step {
    /// The rule.
    pub rule: Rule,
    /// Its name: the offer code, the category, the tax rate's category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub label: Option<String>,
    /// The amount the rule was computed on.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "input::number::decimal")]
    pub base: Decimal,
    /// The rate, in percent (or the value of a point), where the rule has one.
    #[serde(
        with = "input::number::opt_decimal",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub rate: Option<Decimal>,
    /// The exact result before rounding and limits.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "input::number::decimal")]
    pub exact: Decimal,
    /// The result applied.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "input::number::decimal")]
    pub amount: Decimal,
    /// What limited or changed the result, if anything.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub note: Option<Note>,
}

/// The rule a step applies.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// The lines summed.
    Subtotal,
    /// The offer code.
    Offer,
    /// The customer category discount.
    CategoryDiscount,
    /// Loyalty points redeemed.
    Loyalty,
    /// The delivery fee.
    Delivery,
    /// Tax at one rate.
    Tax,
    /// The total.
    Total,
}

/// What limited or changed a step's result.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Note {
    /// Held to the offer's `max_discount`.
    CappedByMaxDiscount,
    /// Held to the amount it applies to.
    CappedByBase,
    /// Fewer points than asked: the balance.
    LimitedByBalance,
    /// Fewer points than asked: the program's maximum share.
    LimitedByMaxShare,
    /// Fewer points than asked: the amount left to pay.
    LimitedByAmountDue,
    /// The merchant has no loyalty program.
    NoLoyaltyProgram,
    /// Free: the threshold was reached.
    FreeOverThreshold,
    /// Free: a free-delivery offer.
    FreeDeliveryOffer,
    /// Not applied: under `best_only` the other discount was larger.
    NotCombinable,
}
