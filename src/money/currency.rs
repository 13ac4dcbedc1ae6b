//! ISO 4217 currencies and their minor units.

use std::fmt;
use std::str::FromStr;

use serde::de::{Unexpected, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::{Code, Error};

/// An ISO 4217 currency that has a minor unit: `EGP` (2), `JPY` (0), `KWD` (3), `CLF` (4).
///
/// Serialised as its three-letter code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency {
    code: &'static str,
    minor_units: u32,
}

/// Active ISO 4217 codes (list 2025) with their minor units, sorted by code. Funds and metals
/// without a minor unit (XAU, XDR, …) are left out: nothing can be priced in them here.
const TABLE: &[(&str, u32)] = &[
    ("AED", 2),
    ("AFN", 2),
    ("ALL", 2),
    ("AMD", 2),
    ("AOA", 2),
    ("ARS", 2),
    ("AUD", 2),
    ("AWG", 2),
    ("AZN", 2),
    ("BAM", 2),
    ("BBD", 2),
    ("BDT", 2),
    ("BGN", 2),
    ("BHD", 3),
    ("BIF", 0),
    ("BMD", 2),
    ("BND", 2),
    ("BOB", 2),
    ("BOV", 2),
    ("BRL", 2),
    ("BSD", 2),
    ("BTN", 2),
    ("BWP", 2),
    ("BYN", 2),
    ("BZD", 2),
    ("CAD", 2),
    ("CDF", 2),
    ("CHE", 2),
    ("CHF", 2),
    ("CHW", 2),
    ("CLF", 4),
    ("CLP", 0),
    ("CNY", 2),
    ("COP", 2),
    ("COU", 2),
    ("CRC", 2),
    ("CUP", 2),
    ("CVE", 2),
    ("CZK", 2),
    ("DJF", 0),
    ("DKK", 2),
    ("DOP", 2),
    ("DZD", 2),
    ("EGP", 2),
    ("ERN", 2),
    ("ETB", 2),
    ("EUR", 2),
    ("FJD", 2),
    ("FKP", 2),
    ("GBP", 2),
    ("GEL", 2),
    ("GHS", 2),
    ("GIP", 2),
    ("GMD", 2),
    ("GNF", 0),
    ("GTQ", 2),
    ("GYD", 2),
    ("HKD", 2),
    ("HNL", 2),
    ("HTG", 2),
    ("HUF", 2),
    ("IDR", 2),
    ("ILS", 2),
    ("INR", 2),
    ("IQD", 3),
    ("IRR", 2),
    ("ISK", 0),
    ("JMD", 2),
    ("JOD", 3),
    ("JPY", 0),
    ("KES", 2),
    ("KGS", 2),
    ("KHR", 2),
    ("KMF", 0),
    ("KPW", 2),
    ("KRW", 0),
    ("KWD", 3),
    ("KYD", 2),
    ("KZT", 2),
    ("LAK", 2),
    ("LBP", 2),
    ("LKR", 2),
    ("LRD", 2),
    ("LSL", 2),
    ("LYD", 3),
    ("MAD", 2),
    ("MDL", 2),
    ("MGA", 2),
    ("MKD", 2),
    ("MMK", 2),
    ("MNT", 2),
    ("MOP", 2),
    ("MRU", 2),
    ("MUR", 2),
    ("MVR", 2),
    ("MWK", 2),
    ("MXN", 2),
    ("MXV", 2),
    ("MYR", 2),
    ("MZN", 2),
    ("NAD", 2),
    ("NGN", 2),
    ("NIO", 2),
    ("NOK", 2),
    ("NPR", 2),
    ("NZD", 2),
    ("OMR", 3),
    ("PAB", 2),
    ("PEN", 2),
    ("PGK", 2),
    ("PHP", 2),
    ("PKR", 2),
    ("PLN", 2),
    ("PYG", 0),
    ("QAR", 2),
    ("RON", 2),
    ("RSD", 2),
    ("RUB", 2),
    ("RWF", 0),
    ("SAR", 2),
    ("SBD", 2),
    ("SCR", 2),
    ("SDG", 2),
    ("SEK", 2),
    ("SGD", 2),
    ("SHP", 2),
    ("SLE", 2),
    ("SOS", 2),
    ("SRD", 2),
    ("SSP", 2),
    ("STN", 2),
    ("SVC", 2),
    ("SYP", 2),
    ("SZL", 2),
    ("THB", 2),
    ("TJS", 2),
    ("TMT", 2),
    ("TND", 3),
    ("TOP", 2),
    ("TRY", 2),
    ("TTD", 2),
    ("TWD", 2),
    ("TZS", 2),
    ("UAH", 2),
    ("UGX", 0),
    ("USD", 2),
    ("USN", 2),
    ("UYI", 0),
    ("UYU", 2),
    ("UYW", 4),
    ("UZS", 2),
    ("VED", 2),
    ("VES", 2),
    ("VND", 0),
    ("VUV", 0),
    ("WST", 2),
    ("XAF", 0),
    ("XCD", 2),
    ("XCG", 2),
    ("XOF", 0),
    ("XPF", 0),
    ("YER", 2),
    ("ZAR", 2),
    ("ZMW", 2),
    ("ZWG", 2),
];

impl Currency {
    /// The currency with this ISO 4217 code (upper case), if it has a minor unit.
    pub fn from_code(code: &str) -> Option<Currency> {
        TABLE
            .binary_search_by(|(c, _)| (*c).cmp(code))
            .ok()
            .and_then(|i| TABLE.get(i))
            .map(|&(code, minor_units)| Currency { code, minor_units })
    }

    /// The three-letter code.
    pub fn code(self) -> &'static str {
        self.code
    }

    /// How many decimal places an amount in this currency has.
    pub fn minor_units(self) -> u32 {
        self.minor_units
    }

    /// Every known currency, by code.
    pub fn all() -> impl Iterator<Item = Currency> {
        TABLE.iter().map(|&(code, minor_units)| Currency { code, minor_units })
    }
}

impl FromStr for Currency {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        Currency::from_code(s)
            .ok_or_else(|| Error::new(Code::UnknownCurrency, "currency", Some(s.chars().take(8).collect())))
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code)
    }
}

impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code)
    }
}

impl Currency {
    /// The name a currency gives serde as a newtype, so that a reader can tell an unknown code
    /// from other refused values (`unknown_currency`).
    pub(crate) const SERDE_NAME: &'static str = "Currency";

    /// What a currency must be, as refusals say.
    pub(crate) const EXPECTED: &'static str = "an ISO 4217 code with a minor unit";
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_newtype_struct(Currency::SERDE_NAME, CodeVisitor)
    }
}

/// Reads a currency code.
struct CodeVisitor;

impl<'de> Visitor<'de> for CodeVisitor {
    type Value = Currency;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(Currency::EXPECTED)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Currency, D::Error> {
        d.deserialize_str(self)
    }

    fn visit_str<E: serde::de::Error>(self, code: &str) -> Result<Currency, E> {
        Currency::from_code(code).ok_or_else(|| E::invalid_value(Unexpected::Str(code), &self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_unique() {
        assert!(TABLE.windows(2).all(|w| matches!(w, [a, b] if a.0 < b.0)));
        assert!(TABLE.len() > 150);
    }

    #[test]
    fn minor_units_follow_iso_4217() {
        let units = |c: &str| Currency::from_code(c).map(Currency::minor_units);
        assert_eq!(units("EGP"), Some(2));
        assert_eq!(units("USD"), Some(2));
        assert_eq!(units("JPY"), Some(0));
        assert_eq!(units("KRW"), Some(0));
        assert_eq!(units("KWD"), Some(3));
        assert_eq!(units("BHD"), Some(3));
        assert_eq!(units("OMR"), Some(3));
        assert_eq!(units("CLF"), Some(4));
        assert_eq!(units("XAU"), None);
        assert_eq!(units("egp"), None);
    }

    #[test]
    fn serde_uses_the_code() {
        let c: Currency = serde_json::from_str("\"KWD\"").unwrap();
        assert_eq!(serde_json::to_string(&c).unwrap(), "\"KWD\"");
        let err = serde_json::from_str::<Currency>("\"XYZ\"").unwrap_err();
        assert!(err.to_string().contains("an ISO 4217 code"));
    }
}
