//! The C ABI, for runtimes without typed bindings (Dart's `dart:ffi`, PHP, Go): JSON in, JSON out.
//!
//! `ordercore_call("quote", "{\"request\": …, \"rules\": …}")` returns
//! `{"ok": true, "result": …}` or `{"ok": false, "error": {"code", "field", "message", "problems"}}`,
//! never a crash: null pointers, invalid UTF-8 and panics all come back as errors. Free every
//! returned string with `ordercore_free`.
#![allow(unsafe_code)]

use std::ffi::{c_char, CStr, CString};
use std::panic::{catch_unwind, AssertUnwindSafe};

use super::json;
use crate::error::{Code, Error};

/// Runs `method` with the JSON `request`; returns a JSON response to free with [`ordercore_free`].
///
/// # Safety
/// `method` and `request_json` must each be null or point to a NUL-terminated string that stays
/// valid during the call.
#[no_mangle]
pub unsafe extern "C" fn ordercore_call(method: *const c_char, request_json: *const c_char) -> *mut c_char {
    let response = catch_unwind(AssertUnwindSafe(|| {
        // SAFETY: the caller promises null or a valid NUL-terminated string for each.
        let (method, request) = unsafe { (text(method, "method"), text(request_json, "request_json")) };
        match (method, request) {
            (Ok(method), Ok(request)) => json::call_text(method, request),
            (Err(e), _) | (_, Err(e)) => json::refusal(&e),
        }
    }))
    .unwrap_or_else(|_| json::refusal(&Error::new(Code::Internal, "", None)));
    into_c(response)
}

/// Frees a string returned by this library; null is ignored.
///
/// # Safety
/// `s` must be null or a pointer returned by this library and not yet freed.
#[no_mangle]
pub unsafe extern "C" fn ordercore_free(s: *mut c_char) {
    if !s.is_null() {
        // SAFETY: `s` came from `CString::into_raw` in this library and is freed once.
        drop(unsafe { CString::from_raw(s) });
    }
}

/// The library's version, a static NUL-terminated string (do not free it).
#[no_mangle]
pub extern "C" fn ordercore_version() -> *const c_char {
    concat!(env!("CARGO_PKG_VERSION"), "\0").as_ptr().cast()
}

/// The UTF-8 text behind `p`.
///
/// # Safety
/// `p` must be null or a valid NUL-terminated string.
unsafe fn text<'a>(p: *const c_char, field: &str) -> Result<&'a str, Error> {
    if p.is_null() {
        return Err(Error::new(Code::Required, field, Some("a null pointer".into())));
    }
    // SAFETY: checked non-null; the caller promises NUL termination.
    unsafe { CStr::from_ptr(p) }
        .to_str()
        .map_err(|_| Error::new(Code::InvalidJson, field, Some("not UTF-8".into())))
}

fn into_c(s: String) -> *mut c_char {
    // JSON text escapes NUL, so this cannot fail; fall back to an empty string all the same.
    CString::new(s).unwrap_or_default().into_raw()
}
