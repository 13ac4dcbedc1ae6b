//! ordercore: the order logic a shop's apps and servers must agree on, exact to the cent and
//! identical on every runtime. Sans-IO: the caller passes everything in (`now` included) and
//! gets values back.
//!
//! ```
//! let request = include_str!("../examples/data/seed_request.json");
//! let rules = include_str!("../examples/data/seed_rules.json");
//! let quote = ordercore::quote_json(request, rules)?;
//! assert_eq!(quote.financial.total_amount.to_string(), "54.81");
//! assert_eq!(quote.lines.iter().map(|l| l.amount).sum::<rust_decimal::Decimal>() + quote.delivery.amount, quote.financial.total_amount);
//! # Ok::<(), ordercore::Error>(())
//! ```
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::arithmetic_side_effects,
        clippy::todo,
        clippy::unimplemented,
        clippy::unreachable
    )
)]
#![deny(missing_docs)]

#[cfg(feature = "uniffi")]
uniffi::setup_scaffolding!();

mod arena;
pub mod channels;
mod datetime;
pub mod error;
pub mod ffi;
pub mod i18n;
mod input;
pub mod limits;
pub mod money;
pub mod otapi;
mod output;
pub mod pricing;
mod sort;
pub mod sync;
pub mod workflow;

/// The library's version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

pub use error::{Code, Error, Problem, ValidationErrors};
pub use i18n::Locale;
pub use input::MAX_INPUT_BYTES;
pub use money::{allocate, Currency, RoundingMode};
pub use pricing::{points_earned, quote, quote_json, refund, OrderRequest, PricingRules, Quote, Refund, RefundRequest};
