//! Every operation through the JSON dispatch: the first byte picks the method, the rest is the
//! arguments' JSON text. The answer is always a JSON envelope, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ordercore::ffi::{call_text, METHODS};

fuzz_target!(|data: &[u8]| {
    let Some((&pick, args)) = data.split_first() else { return };
    let Ok(args) = std::str::from_utf8(args) else { return };
    let method = METHODS[usize::from(pick) % METHODS.len()];
    let answer: serde_json::Value = serde_json::from_str(&call_text(method, args)).expect("an envelope is JSON");
    assert!(answer["ok"].is_boolean());
    if answer["ok"] == false {
        assert!(answer["error"]["problems"].as_array().is_some_and(|p| !p.is_empty()));
        assert_ne!(answer["error"]["code"], "internal", "{method} {args}: {answer}");
    }
});
