//! Rounding to a currency's minor unit with an explicit strategy.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use super::Currency;

/// How an amount is brought to the minor unit. Amounts here are never negative.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum RoundingMode {
    /// Half a minor unit or more rounds up (1.005 → 1.01). The default.
    #[default]
    HalfUp,
    /// Half a minor unit rounds to the even neighbour (1.005 → 1.00, 1.015 → 1.02).
    HalfEven,
    /// Always towards zero (1.009 → 1.00).
    Down,
    /// Always away from zero (1.001 → 1.01).
    Up,
}

impl RoundingMode {
    fn strategy(self) -> RoundingStrategy {
        match self {
            RoundingMode::HalfUp => RoundingStrategy::MidpointAwayFromZero,
            RoundingMode::HalfEven => RoundingStrategy::MidpointNearestEven,
            RoundingMode::Down => RoundingStrategy::ToZero,
            RoundingMode::Up => RoundingStrategy::AwayFromZero,
        }
    }

    /// `amount` rounded to `scale` decimal places and written with exactly that many.
    pub fn round_to(self, amount: Decimal, scale: u32) -> Decimal {
        if amount.scale() == scale {
            return amount;
        }
        // An amount with no more places than `scale` has nothing to round.
        let mut rounded = if amount.scale() > scale {
            amount.round_dp_with_strategy(scale, self.strategy())
        } else {
            amount
        };
        rounded.rescale(scale);
        rounded
    }

    /// `amount` rounded to `currency`'s minor unit.
    pub fn round(self, amount: Decimal, currency: Currency) -> Decimal {
        self.round_to(amount, currency.minor_units())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn egp() -> Currency {
        Currency::from_code("EGP").unwrap()
    }

    #[test]
    fn each_mode_rounds_as_named() {
        let c = egp();
        assert_eq!(RoundingMode::HalfUp.round(dec!(1.005), c).to_string(), "1.01");
        assert_eq!(RoundingMode::HalfEven.round(dec!(1.005), c).to_string(), "1.00");
        assert_eq!(RoundingMode::HalfEven.round(dec!(1.015), c).to_string(), "1.02");
        assert_eq!(RoundingMode::Down.round(dec!(1.009), c).to_string(), "1.00");
        assert_eq!(RoundingMode::Up.round(dec!(1.001), c).to_string(), "1.01");
    }

    #[test]
    fn results_carry_the_currency_scale() {
        assert_eq!(RoundingMode::HalfUp.round(dec!(15), egp()).to_string(), "15.00");
        let jpy = Currency::from_code("JPY").unwrap();
        assert_eq!(RoundingMode::HalfUp.round(dec!(99.5), jpy).to_string(), "100");
        let kwd = Currency::from_code("KWD").unwrap();
        assert_eq!(RoundingMode::HalfUp.round(dec!(1.2345), kwd).to_string(), "1.235");
    }
}
