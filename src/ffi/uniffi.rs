//! The native API (uniffi): Kotlin, Swift and Python records, enums and functions. Decimals cross
//! as strings and become `java.math.BigDecimal`, `Foundation.Decimal` and `decimal.Decimal` (see
//! uniffi.toml); a value that cannot be lifted raises `OrderCoreError`, never a panic.

use chrono::{DateTime, SecondsFormat, Utc};
use rust_decimal::Decimal;

use crate::error::{Code, Error, Problem};
use crate::i18n::{self, Locale};
use crate::input::parse_decimal;
use crate::money::Currency;
use crate::pricing::{self, LoyaltyProgram, OrderRequest, PricingRules, Quote, Refund, RefundRequest, RejectReason};

/// An instant, crossing as an RFC 3339 string.
pub type Timestamp = DateTime<Utc>;

::uniffi::custom_type!(Decimal, String, {
    remote,
    lower: |d| d.to_string(),
    try_lift: |s| parse_decimal(&s).ok_or_else(|| lift_error(Code::InvalidNumber, &s)),
});

::uniffi::custom_type!(Timestamp, String, {
    remote,
    lower: |t| t.to_rfc3339_opts(SecondsFormat::AutoSi, true),
    try_lift: |s| DateTime::parse_from_rfc3339(&s).map(|t| t.with_timezone(&Utc)).map_err(|_| lift_error(Code::InvalidValue, &s)),
});

::uniffi::custom_type!(Currency, String, {
    lower: |c| c.code().to_owned(),
    try_lift: |s| Currency::from_code(&s).ok_or_else(|| lift_error(Code::UnknownCurrency, &s)),
});

fn lift_error(code: Code, value: &str) -> ::uniffi::deps::anyhow::Error {
    OrderCoreError::from(Error::new(code, "", Some(value.chars().take(40).collect()))).into()
}

/// The error every function raises: the first problem's code, field and message, and every problem.
#[derive(Debug, thiserror::Error, ::uniffi::Error)]
pub enum OrderCoreError {
    /// The input was refused.
    #[error("{field}: {reason} ({code})")]
    Invalid {
        /// The first problem's stable code.
        code: Code,
        /// The first problem's field path.
        field: String,
        /// The first problem's English message (`message` is the exception's own in Kotlin).
        reason: String,
        /// Every problem, the first included.
        problems: Vec<Problem>,
    },
}

impl From<Error> for OrderCoreError {
    fn from(e: Error) -> Self {
        OrderCoreError::Invalid {
            code: e.code(),
            field: e.field().to_owned(),
            reason: e.message().to_owned(),
            problems: e.problems().cloned().collect(),
        }
    }
}

/// Prices an order under the merchant's rules.
#[::uniffi::export]
pub fn quote(request: OrderRequest, rules: PricingRules) -> Result<Quote, OrderCoreError> {
    Ok(pricing::quote(&request, &rules)?)
}

/// Prices an order given as JSON texts (the seed's request body and the rules).
#[::uniffi::export]
pub fn quote_json(request: String, rules: String) -> Result<Quote, OrderCoreError> {
    Ok(pricing::quote_json(&request, &rules)?)
}

/// Reads and validates an order request from JSON text, reporting every problem.
#[::uniffi::export]
pub fn order_request_from_json(json: String) -> Result<OrderRequest, OrderCoreError> {
    Ok(OrderRequest::from_json(&json)?)
}

/// Reads and validates pricing rules from JSON text.
#[::uniffi::export]
pub fn pricing_rules_from_json(json: String) -> Result<PricingRules, OrderCoreError> {
    Ok(PricingRules::from_json(&json)?)
}

/// Refunds units of a quote's lines from the split frozen in it.
#[::uniffi::export]
pub fn refund(quote: Quote, request: RefundRequest) -> Result<Refund, OrderCoreError> {
    Ok(pricing::refund(&quote, &request)?)
}

/// The loyalty points a quoted order earns.
#[::uniffi::export]
pub fn points_earned(quote: Quote, program: LoyaltyProgram) -> Result<u64, OrderCoreError> {
    Ok(pricing::points_earned(&quote, &program)?)
}

/// Splits an amount over weights exactly, at the currency's minor unit (largest remainder).
#[::uniffi::export]
pub fn allocate(amount: Decimal, weights: Vec<Decimal>, currency: Currency) -> Result<Vec<Decimal>, OrderCoreError> {
    Ok(crate::money::allocate(amount, &weights, currency)?)
}

/// A problem's message in a language.
#[::uniffi::export]
pub fn problem_message(code: Code, detail: Option<String>, locale: Locale) -> String {
    i18n::problem_message(code, detail.as_deref(), locale)
}

/// Why an offer code did not apply, in a language.
#[::uniffi::export]
pub fn reject_reason_text(reason: RejectReason, locale: Locale) -> String {
    i18n::reject_reason_text(reason, locale).to_owned()
}

/// The library's version.
#[::uniffi::export]
pub fn version() -> String {
    crate::VERSION.to_owned()
}
