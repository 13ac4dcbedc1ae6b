//! The quote seal: a server seals the quotes it issues with its own secret (HMAC-SHA256 over the
//! quote's canonical form), and accepts a quote that travelled through an app only if the seal
//! still matches — what no invariant can reveal (another currency of the same scale, a price
//! changed with every figure recomputed) a seal does. The key is the host's; the core keeps none.

use hmac::{Hmac, Mac};
use rust_decimal::Decimal;
use sha2::Sha256;

use super::integrity::verify;
use super::quote::{DeliveryCharge, Financial, Quote, QuoteLine, Step};
use crate::error::{internal, Code, Error};
use crate::output::to_json;

/// The shortest key: as long as the hash.
const MIN_KEY_BYTES: usize = 32;
/// The longest key.
const MAX_KEY_BYTES: usize = 1024;
/// What a seal starts with: the scheme, so that another can follow.
const SCHEME: &str = "v1:";

/// `quote`, checked (see [`verify`]) and sealed with `key`: its `seal` is set.
pub fn seal_quote(quote: Quote, key: &str) -> Result<Quote, Error> {
    verify(&quote)?;
    let seal = format!("{SCHEME}{}", hex(&mac(&quote, key)?.finalize().into_bytes()));
    Ok(Quote {
        seal: Some(seal),
        ..quote
    })
}

/// `quote`, if its seal was made with `key` for exactly this quote and the quote holds (see
/// [`verify`]); `seal_mismatch` otherwise, `required` without a seal.
pub fn verify_quote_seal(quote: Quote, key: &str) -> Result<Quote, Error> {
    let Some(seal) = &quote.seal else {
        return Err(Error::new(Code::Required, "quote.seal", None));
    };
    let mac = mac(&quote, key)?;
    let matches = seal
        .strip_prefix(SCHEME)
        .and_then(unhex)
        .is_some_and(|tag| mac.verify_slice(&tag).is_ok());
    if !matches {
        return Err(Error::new(Code::SealMismatch, "quote.seal", None));
    }
    verify(&quote)?;
    Ok(quote)
}

/// The MAC of `quote`'s canonical form under `key`, ready to finish or to compare.
fn mac(quote: &Quote, key: &str) -> Result<Hmac<Sha256>, Error> {
    if key.len() < MIN_KEY_BYTES {
        let detail = format!("a secret of at least {MIN_KEY_BYTES} bytes");
        return Err(Error::new(Code::InvalidValue, "key", Some(detail)));
    }
    if key.len() > MAX_KEY_BYTES {
        let detail = format!("at most {MAX_KEY_BYTES} bytes");
        return Err(Error::new(Code::TooLong, "key", Some(detail)));
    }
    let mut mac = Hmac::<Sha256>::new_from_slice(key.as_bytes()).map_err(internal)?;
    mac.update(to_json(&canonical(quote))?.as_bytes());
    Ok(mac)
}

/// The quote as it is sealed: without its seal, every decimal without trailing zeros (a host's
/// decimal may drop them, `15.00` → `15`, and the seal must survive the trip), in field order.
fn canonical(q: &Quote) -> Quote {
    let n = Decimal::normalize;
    let f = &q.financial;
    let d = &q.delivery;
    Quote {
        financial: Financial {
            subtotal: n(&f.subtotal),
            delivery_fee: n(&f.delivery_fee),
            discount: n(&f.discount),
            category_discount: n(&f.category_discount),
            loyalty_discount: n(&f.loyalty_discount),
            tax: n(&f.tax),
            total_amount: n(&f.total_amount),
            currency: f.currency,
        },
        lines: q
            .lines
            .iter()
            .map(|l| QuoteLine {
                unit_price: n(&l.unit_price),
                total_price: n(&l.total_price),
                discount: n(&l.discount),
                category_discount: n(&l.category_discount),
                loyalty_discount: n(&l.loyalty_discount),
                net_amount: n(&l.net_amount),
                tax_base: n(&l.tax_base),
                tax_rate: n(&l.tax_rate),
                tax: n(&l.tax),
                amount: n(&l.amount),
                ..l.clone()
            })
            .collect(),
        delivery: DeliveryCharge {
            base_fee: n(&d.base_fee),
            fee: n(&d.fee),
            tax_rate: n(&d.tax_rate),
            tax: n(&d.tax),
            amount: n(&d.amount),
            ..d.clone()
        },
        steps: q
            .steps
            .iter()
            .map(|s| Step {
                base: n(&s.base),
                rate: s.rate.as_ref().map(n),
                exact: n(&s.exact),
                amount: n(&s.amount),
                ..s.clone()
            })
            .collect(),
        seal: None,
        ..q.clone()
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The bytes of a lowercase hex text, or `None`.
fn unhex(text: &str) -> Option<Vec<u8>> {
    if text.len() % 2 != 0 || !text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|at| {
            text.get(at..at.checked_add(2)?)
                .and_then(|pair| u8::from_str_radix(pair, 16).ok())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Currency;

    const KEY: &str = "a secret the issuer keeps, 32 bytes or more";

    fn seed_quote() -> Quote {
        let request = include_str!("../../examples/data/seed_request.json");
        let rules = include_str!("../../examples/data/seed_rules.json");
        crate::pricing::quote_json(request, rules).unwrap()
    }

    fn refused(quote: Quote, key: &str) -> (Code, String) {
        let e = verify_quote_seal(quote, key).unwrap_err();
        (e.code(), e.field().to_owned())
    }

    #[test]
    fn a_sealed_quote_verifies_under_its_key_only() {
        let sealed = seal_quote(seed_quote(), KEY).unwrap();
        assert!(sealed
            .seal
            .as_deref()
            .is_some_and(|s| s.starts_with("v1:") && s.len() == 67));
        assert_eq!(verify_quote_seal(sealed.clone(), KEY).unwrap(), sealed);
        let other_key = "another secret, also 32 bytes or more";
        assert_eq!(refused(sealed, other_key), (Code::SealMismatch, "quote.seal".into()));
        assert_eq!(refused(seed_quote(), KEY), (Code::Required, "quote.seal".into()));
    }

    #[test]
    fn what_no_invariant_reveals_the_seal_does() {
        let mut sealed = seal_quote(seed_quote(), KEY).unwrap();
        sealed.financial.currency = Currency::from_code("USD").unwrap();
        assert_eq!(crate::pricing::verify(&sealed), Ok(()));
        assert_eq!(refused(sealed, KEY).0, Code::SealMismatch);
    }

    #[test]
    fn dropped_trailing_zeros_keep_the_seal() {
        let mut sealed = seal_quote(seed_quote(), KEY).unwrap();
        sealed.delivery.fee = sealed.delivery.fee.normalize();
        sealed.financial.delivery_fee = sealed.financial.delivery_fee.normalize();
        assert_eq!(sealed.delivery.fee.to_string(), "15");
        assert!(verify_quote_seal(sealed, KEY).is_ok());
    }

    #[test]
    fn keys_and_seals_are_checked() {
        assert_eq!(seal_quote(seed_quote(), "short").unwrap_err().field(), "key");
        let mut sealed = seal_quote(seed_quote(), KEY).unwrap();
        sealed.seal = sealed.seal.map(|s| s.to_uppercase());
        assert_eq!(refused(sealed, KEY).0, Code::SealMismatch);
    }
}
