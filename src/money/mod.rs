//! Money: currencies and their minor units, rounding, exact allocation, checked arithmetic.

mod allocate;
mod currency;
mod rounding;

pub use allocate::allocate;
pub(crate) use allocate::allocate_within;
pub use currency::Currency;
pub use rounding::RoundingMode;

use rust_decimal::Decimal;

use crate::error::{overflow, Error};

/// Arithmetic on decimals that reports overflow as an [`Error`] instead of panicking.
pub(crate) trait Checked: Sized {
    fn plus(self, other: Self) -> Result<Self, Error>;
    fn minus(self, other: Self) -> Result<Self, Error>;
    fn times(self, other: Self) -> Result<Self, Error>;
    fn over(self, other: Self) -> Result<Self, Error>;
}

impl Checked for Decimal {
    fn plus(self, other: Self) -> Result<Self, Error> {
        self.checked_add(other).ok_or_else(overflow)
    }
    fn minus(self, other: Self) -> Result<Self, Error> {
        self.checked_sub(other).ok_or_else(overflow)
    }
    fn times(self, other: Self) -> Result<Self, Error> {
        self.checked_mul(other).ok_or_else(overflow)
    }
    fn over(self, other: Self) -> Result<Self, Error> {
        self.checked_div(other).ok_or_else(overflow)
    }
}

/// The sum of `amounts`, checked.
pub(crate) fn sum<'a>(amounts: impl IntoIterator<Item = &'a Decimal>) -> Result<Decimal, Error> {
    amounts.into_iter().try_fold(Decimal::ZERO, |s, a| s.plus(*a))
}
