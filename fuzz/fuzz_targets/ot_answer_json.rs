//! `otapi::answer_json`: any text, for any method, is an answer or a refused input — never a
//! panic, never an internal error.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "methods.rs"]
mod methods;

fuzz_target!(|data: &[u8]| {
    if let Some((method, json)) = methods::split(data) {
        if let Err(e) = ordercore::otapi::answer_json(method, json) {
            assert!(!e.is_internal(), "{e}");
        }
    }
});
