//! The JavaScript API (wasm-bindgen): plain objects in, plain objects out, decimals as strings
//! (inputs also take numbers). Every function calls the same JSON dispatch as the C ABI and
//! throws an `OrderCoreError` carrying `code`, `field`, `message` and every problem.

use serde::Serialize;
use serde_json::{json, Value};
use wasm_bindgen::prelude::*;

use super::json;
use crate::error::{Code, Error};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** A decimal amount, as a string at its currency's scale: "54.81". */
export type Decimal = string;
/** A decimal as a string ("2.99") or a number (2.99); strings keep every digit. */
export type DecimalInput = string | number;
/** An ISO 4217 code with a minor unit: "EGP", "JPY", "KWD". */
export type CurrencyCode = string;
/** What every ordercore function throws: the first problem's code, field and message, and every problem. */
export interface OrderCoreError extends Error {
  name: "OrderCoreError";
  code: Code;
  field: string;
  problems: Problem[];
}
"#;

/// Prices an order (the seed's `POST /orders` body) under the merchant's rules.
#[wasm_bindgen(unchecked_return_type = "Quote")]
pub fn quote(
    #[wasm_bindgen(unchecked_param_type = "OrderRequest")] request: JsValue,
    #[wasm_bindgen(unchecked_param_type = "PricingRules")] rules: JsValue,
) -> Result<JsValue, JsValue> {
    call("quote", &[("request", request), ("rules", rules)])
}

/// Prices an order given as JSON texts (the request body and the rules, as a server receives them).
#[wasm_bindgen(js_name = quoteJson, unchecked_return_type = "Quote")]
pub fn quote_json(request: String, rules: String) -> Result<JsValue, JsValue> {
    call("quote_json", &[("request", request.into()), ("rules", rules.into())])
}

/// Reads and validates an order request from JSON text, reporting every problem.
#[wasm_bindgen(js_name = orderRequestFromJson, unchecked_return_type = "OrderRequest")]
pub fn order_request_from_json(json: String) -> Result<JsValue, JsValue> {
    call("order_request_from_json", &[("json", json.into())])
}

/// Reads and validates pricing rules from JSON text.
#[wasm_bindgen(js_name = pricingRulesFromJson, unchecked_return_type = "PricingRules")]
pub fn pricing_rules_from_json(json: String) -> Result<JsValue, JsValue> {
    call("pricing_rules_from_json", &[("json", json.into())])
}

/// Refunds units of a quote's lines from the split frozen in it.
#[wasm_bindgen(unchecked_return_type = "Refund")]
pub fn refund(
    #[wasm_bindgen(unchecked_param_type = "Quote")] quote: JsValue,
    #[wasm_bindgen(unchecked_param_type = "RefundRequest")] refund: JsValue,
) -> Result<JsValue, JsValue> {
    call("refund", &[("quote", quote), ("refund", refund)])
}

/// The loyalty points a quoted order earns.
#[wasm_bindgen(js_name = pointsEarned, unchecked_return_type = "number")]
pub fn points_earned(
    #[wasm_bindgen(unchecked_param_type = "Quote")] quote: JsValue,
    #[wasm_bindgen(unchecked_param_type = "LoyaltyProgram")] program: JsValue,
) -> Result<JsValue, JsValue> {
    call("points_earned", &[("quote", quote), ("program", program)])
}

/// Splits an amount over weights exactly, at the currency's minor unit (largest remainder).
#[wasm_bindgen(unchecked_return_type = "Decimal[]")]
pub fn allocate(
    #[wasm_bindgen(unchecked_param_type = "DecimalInput")] amount: JsValue,
    #[wasm_bindgen(unchecked_param_type = "DecimalInput[]")] weights: JsValue,
    #[wasm_bindgen(unchecked_param_type = "CurrencyCode")] currency: JsValue,
) -> Result<JsValue, JsValue> {
    call(
        "allocate",
        &[("amount", amount), ("weights", weights), ("currency", currency)],
    )
}

/// A problem's message in a language.
#[wasm_bindgen(js_name = problemMessage, unchecked_return_type = "string")]
pub fn problem_message(
    #[wasm_bindgen(unchecked_param_type = "Code")] code: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | null | undefined")] detail: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Locale")] locale: JsValue,
) -> Result<JsValue, JsValue> {
    call(
        "problem_message",
        &[("code", code), ("detail", detail), ("locale", locale)],
    )
}

/// Why an offer code did not apply, in a language.
#[wasm_bindgen(js_name = rejectReasonText, unchecked_return_type = "string")]
pub fn reject_reason_text(
    #[wasm_bindgen(unchecked_param_type = "RejectReason")] reason: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Locale")] locale: JsValue,
) -> Result<JsValue, JsValue> {
    call("reject_reason_text", &[("reason", reason), ("locale", locale)])
}

/// The library's version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_owned()
}

/// Converts the arguments to JSON, dispatches, and converts the result or the error back. Values
/// cross as JSON text (`JSON.stringify` in, `JSON.parse` out): two crossings of the wasm boundary
/// instead of one per property.
fn call(method: &str, args: &[(&str, JsValue)]) -> Result<JsValue, JsValue> {
    let mut request = serde_json::Map::new();
    for (name, value) in args {
        // `undefined` (and functions, which JSON cannot hold) stringify to nothing: a missing value.
        let text = js_sys::JSON::stringify(value).map_err(|_| {
            throw(&Error::new(
                Code::InvalidType,
                *name,
                Some("not representable as JSON".into()),
            ))
        })?;
        let value = match text.as_string() {
            Some(text) => crate::input::parse_json(&text, name).map_err(|e| throw(&e))?,
            None => Value::Null,
        };
        request.insert((*name).to_owned(), value);
    }
    let result = json::call(method, &Value::Object(request)).map_err(|e| throw(&e))?;
    to_js(&result).map_err(|e| throw(&e))
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, Error> {
    let text = serde_json::to_string(value).map_err(|e| Error::new(Code::Internal, "", Some(e.to_string())))?;
    js_sys::JSON::parse(&text).map_err(|_| Error::new(Code::Internal, "", None))
}

/// The `OrderCoreError` for `error`.
fn throw(error: &Error) -> JsValue {
    let js = js_sys::Error::new(error.message());
    js.set_name("OrderCoreError");
    let problems: Vec<_> = error.problems().collect();
    let fields = [
        ("code", JsValue::from_str(error.code().as_str())),
        ("field", JsValue::from_str(error.field())),
        ("problems", to_js(&json!(problems)).unwrap_or(JsValue::NULL)),
    ];
    for (key, value) in fields {
        // Setting a property on a fresh Error object cannot fail.
        let _ = js_sys::Reflect::set(&js, &JsValue::from_str(key), &value);
    }
    js.into()
}
