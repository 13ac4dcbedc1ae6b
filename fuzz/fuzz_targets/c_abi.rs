//! `ordercore_call` with any bytes (invalid UTF-8 included) as the method and the arguments:
//! always a JSON envelope to free, never a crash.
#![no_main]

use std::ffi::{CStr, CString};

use libfuzzer_sys::fuzz_target;
use ordercore::ffi::c::{ordercore_call, ordercore_free};

fuzz_target!(|data: &[u8]| {
    let (method, args) = match data.iter().position(|&b| b == 0xff) {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => (&b"quote"[..], data),
    };
    let (Ok(method), Ok(args)) = (CString::new(method), CString::new(args)) else { return };
    // SAFETY: both are valid NUL-terminated strings for the call; the answer is freed once.
    let text = unsafe {
        let answer = ordercore_call(method.as_ptr(), args.as_ptr());
        let text = CStr::from_ptr(answer).to_str().map(str::to_owned);
        ordercore_free(answer);
        text
    };
    let envelope: serde_json::Value = serde_json::from_str(&text.expect("UTF-8")).expect("JSON");
    assert!(envelope["ok"].is_boolean());
});
