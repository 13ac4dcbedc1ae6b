//! The quote engine: exact order totals, their explanation, refunds and loyalty points.

mod engine;
mod integrity;
mod points;
mod quote;
mod refund;
pub(crate) mod request;
mod rules;
mod seal;

pub use engine::{quote, quote_json};
pub use integrity::verify;
pub use points::points_earned;
pub use quote::{DeliveryCharge, Financial, Note, Quote, QuoteLine, RejectReason, RejectedCode, Rule, Step, Waiver};
pub use refund::{refund, Refund, RefundLine, RefundRequest, RefundedLine};
pub use request::{DeliveryAddress, OrderItem, OrderRequest, SellingType};
pub use rules::{
    Combination, CustomerCategory, DeliveryPolicy, EarnBase, LoyaltyProgram, Offer, OfferKind, PricingRules,
    ProductInfo, TaxPolicy, TaxRounding, ThresholdBasis,
};
pub use seal::{seal_quote, verify_quote_seal};
