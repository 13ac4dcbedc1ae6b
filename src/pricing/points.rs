//! Loyalty points an order earns.

use rust_decimal::prelude::ToPrimitive;

use super::integrity::verify;
use super::quote::Quote;
use super::rules::{EarnBase, LoyaltyProgram};
use crate::error::{overflow, Error, Problems};
use crate::money::{sum, Checked};

/// The points a quoted order earns: `earn_rate` per currency unit of the program's base (the
/// total paid, or the goods after every discount), rounded down. The quote is checked first (see
/// [`verify`]), and the program against the same bounds as in the rules.
pub fn points_earned(quote: &Quote, program: &LoyaltyProgram) -> Result<u64, Error> {
    let mut problems = Problems::default();
    if let Err(e) = verify(quote) {
        problems.extend(e);
    }
    program.validate(&mut problems, "program");
    problems.finish(())?;
    let base = match program.earn_on {
        EarnBase::TotalAmount => quote.financial.total_amount,
        EarnBase::Goods => sum(quote.lines.iter().map(|l| &l.net_amount))?,
    };
    base.times(program.earn_rate)?.floor().to_u64().ok_or_else(overflow)
}
