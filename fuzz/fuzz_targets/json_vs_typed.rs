//! Differential: a request and rules that `quote_json` prices give the same quote when read into
//! typed values first and priced with `quote`, and again after a round trip through their JSON.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ordercore::pricing::{OrderRequest, PricingRules};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (request, rules) = text.split_once('\0').unwrap_or((text, r#"{"currency": "EGP"}"#));
    let from_json = ordercore::quote_json(request, rules);
    let typed = OrderRequest::from_json(request).and_then(|r| Ok((r, PricingRules::from_json(rules)?)));
    match (&from_json, &typed) {
        (Ok(quote), Ok((r, p))) => {
            assert_eq!(&ordercore::quote(r, p).expect("the typed values price"), quote);
            let again = ordercore::quote_json(&serde_json::to_string(r).unwrap(), &serde_json::to_string(p).unwrap());
            assert_eq!(again.as_ref(), Ok(quote));
        }
        (Ok(_), Err(e)) => panic!("quote_json priced what the readers refuse: {e}"),
        (Err(_), _) => {}
    }
});
