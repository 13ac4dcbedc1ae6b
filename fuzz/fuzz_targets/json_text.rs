//! ordercore's JSON reader against serde_json's on any text: both accept the same texts, and
//! where they refuse one, they place the error at the same line and column (ordercore may stop
//! sooner, at a repeated key, which serde_json does not refuse).
#![no_main]

use libfuzzer_sys::fuzz_target;
use ordercore::ffi::call_text;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // serde_json reads an object with its private number key as a number; ordercore as an object.
    if text.contains("$serde_json::private") {
        return;
    }
    let answer: serde_json::Value = serde_json::from_str(&call_text("version", text)).expect("an envelope is JSON");
    let code = answer["error"]["code"].as_str().unwrap_or("");
    match serde_json::from_str::<serde_json::Value>(text) {
        Ok(_) => assert_ne!(code, "invalid_json", "{text:?}: {answer}"),
        Err(e) if code != "duplicate" => {
            let place = format!("is not valid JSON (line {}, column {})", e.line(), e.column());
            assert_eq!((code, answer["error"]["message"].as_str()), ("invalid_json", Some(place.as_str())), "{text:?}");
        }
        Err(_) => {}
    }
});
