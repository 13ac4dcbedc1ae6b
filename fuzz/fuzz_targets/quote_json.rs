//! `quote_json` on two texts (split at the first NUL byte): a quote or a typed error, and a quote
//! always holds (every invariant `verify` checks).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (request, rules) = text.split_once('\0').unwrap_or((text, r#"{"currency": "EGP"}"#));
    match ordercore::quote_json(request, rules) {
        Ok(quote) => assert_eq!(ordercore::pricing::verify(&quote), Ok(())),
        Err(e) => assert!(!e.is_internal(), "{e}"),
    }
});
