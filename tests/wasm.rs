//! The JavaScript API inside a wasm runtime: Node, and headless Chromium with WASM_BINDGEN_USE_BROWSER=1.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Reflect, JSON};
use ordercore::ffi::wasm;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

fn js(text: &str) -> JsValue {
    JSON::parse(text).unwrap()
}

fn get(value: &JsValue, path: &[&str]) -> JsValue {
    path.iter().fold(value.clone(), |v, key| {
        Reflect::get(&v, &JsValue::from_str(key)).unwrap()
    })
}

fn vector(text: &str) -> (JsValue, JsValue, JsValue) {
    let case = js(text);
    (get(&case, &["request"]), get(&case, &["rules"]), case)
}

#[wasm_bindgen_test]
fn the_seed_order_quotes_as_in_rust() {
    let (request, rules, _) = vector(include_str!("vectors/quote/seed_example.json"));
    let quote = wasm::quote(request, rules).unwrap();
    assert_eq!(get(&quote, &["financial", "total_amount"]), "54.81");
    assert_eq!(get(&quote, &["financial", "tax"]), "6.73");
    assert_eq!(get(&quote, &["loyalty_points_used"]), 50);
    let lines: Array = get(&quote, &["lines"]).into();
    assert_eq!(lines.length(), 2);
    let refund = wasm::refund(
        quote,
        js(r#"{"lines": [{"line": 1, "quantity": 1}], "include_delivery": true}"#),
    )
    .unwrap();
    assert_eq!(get(&refund, &["amount"]), "49.43");
}

#[wasm_bindgen_test]
fn js_numbers_are_read_exactly() {
    let (request, rules, _) = vector(include_str!("vectors/quote/kwd_three_decimals.json"));
    let quote = wasm::quote(request, rules).unwrap();
    assert_eq!(get(&quote, &["financial", "total_amount"]), "3.835");
    let parts = wasm::allocate(JsValue::from_f64(10.0), js("[1, 1, 1]"), JsValue::from_str("USD")).unwrap();
    assert_eq!(JSON::stringify(&parts).unwrap(), r#"["3.34","3.33","3.33"]"#);
}

#[wasm_bindgen_test]
fn errors_are_js_errors_with_code_field_and_problems() {
    let (request, rules, _) = vector(include_str!("vectors/quote/error_seed_validation.json"));
    let error = wasm::quote(request, rules).unwrap_err();
    assert!(error.is_instance_of::<js_sys::Error>());
    assert_eq!(get(&error, &["name"]), "OrderCoreError");
    assert_eq!(get(&error, &["code"]), "required");
    assert_eq!(get(&error, &["field"]), "items");
    let problems: Array = get(&error, &["problems"]).into();
    assert_eq!(problems.length(), 2);
    assert_eq!(get(&problems.get(1), &["field"]), "delivery_address.phone");
    let undefined = wasm::quote(JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap_err();
    assert_eq!(get(&undefined, &["field"]), "request");
}

#[wasm_bindgen_test]
fn texts_and_version() {
    let ar = wasm::problem_message(JsValue::from_str("required"), JsValue::NULL, JsValue::from_str("ar")).unwrap();
    assert_eq!(ar, "هذا الحقل مطلوب");
    assert_eq!(wasm::version(), env!("CARGO_PKG_VERSION"));
}
