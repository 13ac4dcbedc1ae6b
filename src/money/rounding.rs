//! Rounding to a currency's minor unit with an explicit strategy.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use super::{digits_u64, from_u64, power_of_ten, Currency};

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
            self.cut(amount, scale)
        } else {
            amount
        };
        if rounded.scale() != scale {
            rounded.rescale(scale);
        }
        rounded
    }

    /// `amount`, which has more than `scale` places, rounded to `scale`: what
    /// `round_dp_with_strategy` gives, in one 64-bit division when the mantissa fits in 64 bits (an
    /// order's amounts do), where rust_decimal divides its 96 bits twice.
    fn cut(self, amount: Decimal, scale: u32) -> Decimal {
        let digits = digits_u64(amount);
        let unit = amount.scale().checked_sub(scale).and_then(power_of_ten);
        let split = digits
            .zip(unit)
            .and_then(|(digits, unit)| Some((digits.checked_div(unit)?, digits.checked_rem(unit)?, unit)));
        let Some((kept, rest, unit)) = split else {
            return amount.round_dp_with_strategy(scale, self.strategy());
        };
        // Against half a unit, which a whole power of ten has exactly.
        let half = rest.cmp(&(unit / 2));
        let up = match self {
            RoundingMode::HalfUp => half.is_ge(),
            RoundingMode::HalfEven => half.is_gt() || (half.is_eq() && kept % 2 == 1),
            RoundingMode::Down => false,
            RoundingMode::Up => rest > 0,
        };
        from_u64(kept.saturating_add(u64::from(up)), amount.is_sign_negative(), scale)
    }

    /// `amount` rounded to `currency`'s minor unit.
    pub fn round(self, amount: Decimal, currency: Currency) -> Decimal {
        self.round_to(amount, currency.minor_units())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::any_mantissa;
    use proptest::prelude::*;
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

    /// Every rounding mode.
    const MODES: [RoundingMode; 4] = [
        RoundingMode::HalfUp,
        RoundingMode::HalfEven,
        RoundingMode::Down,
        RoundingMode::Up,
    ];

    /// The bytes of `d`: its mantissa, scale and sign, which `==` does not compare.
    fn exactly(d: Decimal) -> [u8; 16] {
        d.serialize()
    }

    #[test]
    fn cuts_are_rust_decimals_at_the_corners() {
        for (m, scale) in [
            (5, 3),
            (-5, 3),
            (15, 1),
            (25, 1),
            (-25, 1),
            (1, 28),
            (0, 5),
            (i128::from(u64::MAX), 19),
            (i128::from(u64::MAX), 1),
            (i128::from(u64::MAX) + 1, 1),
            (79_228_162_514_264_337_593_543_950_335, 28),
        ] {
            let d = Decimal::from_i128_with_scale(m, scale);
            for mode in MODES {
                for to in 0..scale {
                    let theirs = d.round_dp_with_strategy(to, mode.strategy());
                    assert_eq!(exactly(mode.cut(d, to)), exactly(theirs), "{d} to {to} places {mode:?}");
                }
            }
        }
    }

    proptest! {
        #[test]
        fn every_cut_is_rust_decimals(
            m in any_mantissa(),
            small in -100_000_000_000i128..100_000_000_000,
            scale in 1u32..=28,
            to in 0u32..28,
        ) {
            let to = to % scale;
            for m in [m, small, small * 5, m / 1_000_000_000_000] {
                let d = Decimal::from_i128_with_scale(m, scale);
                for mode in MODES {
                    let theirs = d.round_dp_with_strategy(to, mode.strategy());
                    prop_assert_eq!(exactly(mode.cut(d, to)), exactly(theirs));
                }
            }
        }
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
