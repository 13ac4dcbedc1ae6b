//! The JavaScript API (wasm-bindgen), derived from the list in `ops.rs`: plain objects in, plain
//! objects out, decimals as strings (inputs also take numbers). Every function calls the JSON
//! dispatch, as the C ABI does, and throws an `OrderCoreError` carrying `code`, `field`,
//! `message` and every problem; `callJson` is the JSON entry itself.
//!
//! The TypeScript types come from the Rust types: a domain type crosses as tsify's `Ts<T>`, whose
//! TypeScript name is the type's own; the few foreign types an operation takes (`String`,
//! `Decimal`, …) are named once below, in `js_arg!` and `js_result!`.

use tsify::Ts;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::json;
use super::ops::names::*;
use super::ops::operations;
use crate::arena::Arena;
use crate::error::{internal, Code, Error};
use crate::input::{Json, Object};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** A decimal amount, as a string at its currency's scale: "54.81". */
export type Decimal = string;
/** A decimal as a string ("2.99") or a number (2.99); strings keep every digit. */
export type DecimalInput = string | number;
/** An ISO 4217 code with a minor unit: "EGP", "JPY", "KWD". */
export type CurrencyCode = string;
/** An instant, in RFC 3339: "2025-01-21T19:45:00Z". */
export type Timestamp = string;
/** A date and time on the OT Platform's clock, without a zone: "2024-01-31T23:59:59". */
export type LocalDateTime = string;
/** A channel's status code as it travels: a string ("400") or a whole number (400). */
export type ChannelCode = string | number;
/** What every ordercore function throws: the first problem's code, field and message, and every
 * problem. `code` is "internal" for a defect of the library (report it), else the input was refused. */
export interface OrderCoreError extends Error {
  name: "OrderCoreError";
  code: Code;
  field: string;
  problems: Problem[];
}
"#;

#[wasm_bindgen]
extern "C" {
    /// A decimal argument: a string or a number.
    #[wasm_bindgen(typescript_type = "DecimalInput")]
    pub type DecimalInput;
    /// A list of decimal arguments.
    #[wasm_bindgen(typescript_type = "DecimalInput[]")]
    pub type DecimalInputs;
    /// A list of decimal results, as strings.
    #[wasm_bindgen(typescript_type = "Decimal[]")]
    pub type Decimals;
    /// A currency code argument.
    #[wasm_bindgen(typescript_type = "CurrencyCode")]
    pub type CurrencyCode;
    /// An instant argument.
    #[wasm_bindgen(typescript_type = "Timestamp")]
    pub type Instant;
    /// A whole number (a count of points, a status id), as a JavaScript number; an argument is
    /// passed on as it is, so that -1 or 2.5 is refused (wasm-bindgen's `u32` would convert it).
    #[wasm_bindgen(typescript_type = "number")]
    pub type Count;
    /// A boolean argument, passed on as it is (wasm-bindgen's `bool` would take any value as one).
    #[wasm_bindgen(typescript_type = "boolean")]
    pub type Flag;
    /// A list of OT order lines.
    #[wasm_bindgen(typescript_type = "SalesLine[]")]
    pub type SalesLines;
    /// A list of operator actions.
    #[wasm_bindgen(typescript_type = "OperatorAction[]")]
    pub type OperatorActions;
    /// A list of orders.
    #[wasm_bindgen(typescript_type = "Order[]")]
    pub type Orders;
    /// A channel's status code argument.
    #[wasm_bindgen(typescript_type = "ChannelCode")]
    pub type ChannelCodeInput;
    /// A table of OT line status ids.
    #[wasm_bindgen(typescript_type = "OtLineStatusEntry[]")]
    pub type OtLineStatusEntries;
    /// A list of products' stock.
    #[wasm_bindgen(typescript_type = "ProductStock[]")]
    pub type ProductStocks;
    /// A list of product bindings.
    #[wasm_bindgen(typescript_type = "ProductBinding[]")]
    pub type ProductBindings;
    /// A list of local products.
    #[wasm_bindgen(typescript_type = "LocalProduct[]")]
    pub type LocalProducts;
    /// A list of a channel's listings.
    #[wasm_bindgen(typescript_type = "ChannelListing[]")]
    pub type ChannelListings;
    /// A list of marketplace jobs.
    #[wasm_bindgen(typescript_type = "MarketplaceJob[]")]
    pub type MarketplaceJobs;
    /// A list of local orders to purchase at the supplier.
    #[wasm_bindgen(typescript_type = "LocalPurchase[]")]
    pub type LocalPurchases;
    /// A list of texts (purchase ids).
    #[wasm_bindgen(typescript_type = "string[]")]
    pub type Texts;
    /// A list of payment batches.
    #[wasm_bindgen(typescript_type = "PaymentBatch[]")]
    pub type PaymentBatches;
    /// A host's cargo company table.
    #[wasm_bindgen(typescript_type = "CargoCompany[]")]
    pub type CargoCompanies;
    /// A list of status updates to send to a channel.
    #[wasm_bindgen(typescript_type = "OrderUpdate[]")]
    pub type OrderUpdates;
    /// A list of batch requests.
    #[wasm_bindgen(typescript_type = "UpdateBatch[]")]
    pub type UpdateBatches;
    /// A channel's answers about a batch's objects.
    #[wasm_bindgen(typescript_type = "BatchObjectResult[]")]
    pub type BatchObjectResults;
    /// The problems of an error.
    #[wasm_bindgen(typescript_type = "Problem[]")]
    pub type ProblemList;
}

/// The JavaScript type an argument of a Rust type crosses as.
macro_rules! js_arg {
    (String) => { js_sys::JsString };
    (Option<String>) => { Option<js_sys::JsString> };
    (Option<bool>) => { Option<Flag> };
    (Option<u32>) => { Option<Count> };
    (Option<$t:ident>) => { Option<Ts<$t>> };
    (u32) => { Count };
    (ChannelCode) => { ChannelCodeInput };
    (Vec<OtLineStatusEntry>) => { OtLineStatusEntries };
    (Decimal) => { DecimalInput };
    (Vec<Decimal>) => { DecimalInputs };
    (Currency) => { CurrencyCode };
    (Timestamp) => { Instant };
    (Vec<SalesLine>) => { SalesLines };
    (Vec<Order>) => { Orders };
    (Vec<ProductStock>) => { ProductStocks };
    (Vec<ProductBinding>) => { ProductBindings };
    (Vec<LocalProduct>) => { LocalProducts };
    (Vec<ChannelListing>) => { ChannelListings };
    (Vec<MarketplaceJob>) => { MarketplaceJobs };
    (Vec<LocalPurchase>) => { LocalPurchases };
    (Vec<String>) => { Texts };
    (Vec<CargoCompany>) => { CargoCompanies };
    (Vec<OrderUpdate>) => { OrderUpdates };
    (Vec<BatchObjectResult>) => { BatchObjectResults };
    (Vec<Problem>) => { ProblemList };
    (u64) => { Count };
    ($t:ident) => { Ts<$t> };
}

/// The JavaScript type a result of a Rust type crosses as.
macro_rules! js_result {
    (String) => { js_sys::JsString };
    (u64) => { Count };
    (Vec<Decimal>) => { Decimals };
    (Vec<SalesLine>) => { SalesLines };
    (Vec<OperatorAction>) => { OperatorActions };
    (Vec<PaymentBatch>) => { PaymentBatches };
    (Vec<UpdateBatch>) => { UpdateBatches };
    ($t:ident) => { Ts<$t> };
}

macro_rules! wasm_exports {
    ($( $(#[doc = $doc:literal])* fn $name:ident($($arg:ident: $t:ident $(<$g:ident>)?),*) -> $rt:ident $(<$rg:ident>)? as $camel:literal $body:block )*) => {$(
        $(#[doc = $doc])*
        #[wasm_bindgen(js_name = $camel)]
        pub fn $name($($arg: js_arg!($t $(<$g>)?)),*) -> Result<js_result!($rt $(<$rg>)?), JsValue> {
            call(stringify!($name), &[$((stringify!($arg), JsValue::from($arg))),*]).map(FromJs::from_js)
        }
    )*};
}
operations!(wasm_exports);

/// Runs the operation `method` on `args`, the JSON text of an object of its arguments, and
/// returns the JSON envelope `{"ok": true, "result": …}` or `{"ok": false, "error": …}` — the C
/// ABI's protocol. It never throws.
#[wasm_bindgen(js_name = callJson)]
pub fn call_json(method: &str, args: &str) -> String {
    json::call_text(method, args)
}

/// A result taken as the JavaScript type it crosses as.
trait FromJs {
    fn from_js(value: JsValue) -> Self;
}

impl<T: tsify::Tsify> FromJs for Ts<T> {
    fn from_js(value: JsValue) -> Self {
        Ts::new_unchecked(value)
    }
}

macro_rules! from_js_cast {
    ($($t:ty),*) => {$(
        impl FromJs for $t {
            fn from_js(value: JsValue) -> Self {
                value.unchecked_into()
            }
        }
    )*};
}
from_js_cast!(
    js_sys::JsString,
    Count,
    Decimals,
    SalesLines,
    OperatorActions,
    PaymentBatches,
    UpdateBatches
);

/// Converts the arguments to JSON, dispatches, and converts the result or the error back. Values
/// cross as JSON text (`JSON.stringify` in, `JSON.parse` out): two crossings of the wasm boundary
/// instead of one per property.
fn call(method: &str, args: &[(&str, JsValue)]) -> Result<JsValue, JsValue> {
    // The trees borrow from the texts: every text first, each refusal kept for its turn below.
    let texts: Vec<_> = args.iter().map(|(name, value)| json_text(name, value)).collect();
    let arena = Arena::new();
    let mut members = Vec::with_capacity(texts.len());
    for ((name, _), text) in args.iter().zip(&texts) {
        let value = match text {
            Ok(Some(text)) => crate::input::parse_json_within(text, name, crate::input::MAX_CALL_BYTES, &arena)
                .map_err(|e| throw(&e))?,
            Ok(None) => Json::Null,
            Err(e) => return Err(throw(e)),
        };
        members.push((*name, value));
    }
    let result = json::call_tree(method, &Json::Object(Object::new(&mut members))).map_err(|e| throw(&e))?;
    to_js(&result).map_err(|e| throw(&e))
}

/// The JSON text of the argument `name`; `None` for `undefined` (and functions, which JSON cannot
/// hold), which stringify to nothing: a missing value.
fn json_text(name: &str, value: &JsValue) -> Result<Option<String>, Error> {
    let text = js_sys::JSON::stringify(value)
        .map_err(|_| Error::new(Code::InvalidType, name, Some("not representable as JSON".into())))?;
    Ok(text.as_string())
}

/// The JavaScript value of JSON text.
fn to_js(text: &str) -> Result<JsValue, Error> {
    js_sys::JSON::parse(text).map_err(|_| internal("JSON.parse refused the result"))
}

/// The `OrderCoreError` for `error`.
fn throw(error: &Error) -> JsValue {
    let js = js_sys::Error::new(error.message());
    js.set_name("OrderCoreError");
    let problems: Vec<_> = error.problems().collect();
    let fields = [
        ("code", JsValue::from_str(error.code().as_str())),
        ("field", JsValue::from_str(error.field())),
        // Each problem's members in the order `callJson` gives them.
        (
            "problems",
            crate::output::to_json(&problems)
                .ok()
                .and_then(|text| to_js(&text).ok())
                .unwrap_or(JsValue::NULL),
        ),
    ];
    for (key, value) in fields {
        // Setting a property on a fresh Error object cannot fail.
        let _ = js_sys::Reflect::set(&js, &JsValue::from_str(key), &value);
    }
    js.into()
}
