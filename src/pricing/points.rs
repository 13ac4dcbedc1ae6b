//! Loyalty points an order earns.

use rust_decimal::prelude::ToPrimitive;

use super::quote::Quote;
use super::rules::{EarnBase, LoyaltyProgram};
use crate::error::{overflow, Error};
use crate::money::{sum, Checked};

/// The points a quoted order earns: `earn_rate` per currency unit of the program's base (the
/// total paid, or the goods after every discount), rounded down.
pub fn points_earned(quote: &Quote, program: &LoyaltyProgram) -> Result<u64, Error> {
    let base = match program.earn_on {
        EarnBase::TotalAmount => quote.financial.total_amount,
        EarnBase::Goods => sum(quote.lines.iter().map(|l| &l.net_amount))?,
    };
    base.times(program.earn_rate)?.floor().to_u64().ok_or_else(overflow)
}
