//! Every public operation behind one JSON dispatch: `call(method, request) -> result`. The C ABI
//! and the JSON-speaking runtimes use it, so they all take and give the same JSON.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Map, Value};

use crate::error::{Code, Error, Problems};
use crate::i18n::{self, Locale};
use crate::input;
use crate::money::{allocate, Currency};
use crate::pricing::{self, LoyaltyProgram, Quote, RefundRequest, RejectReason};

/// The methods `call` knows, for error messages and discovery.
pub(crate) const METHODS: &str = "quote, refund, points_earned, allocate, problem_message, reject_reason_text, version";

/// Runs `method` on the members of the `request` object.
pub(crate) fn call(method: &str, request: &Value) -> Result<Value, Error> {
    let empty = Map::new();
    let args = match request {
        Value::Object(args) => args,
        Value::Null => &empty,
        _ => return Err(Error::new(Code::InvalidType, "", Some("an object".into()))),
    };
    let arg = |name: &str| args.get(name).unwrap_or(&Value::Null);
    match method {
        "quote" => {
            if arg("request").is_null() {
                return Err(Error::new(Code::Required, "request", None));
            }
            to_json(&pricing::quote_values(
                arg("request"),
                arg("rules"),
                Problems::default(),
            )?)
        }
        "refund" => {
            let (quote, refund) = both::<Quote, RefundRequest>(arg("quote"), "quote", arg("refund"), "refund")?;
            to_json(&pricing::refund(&quote, &refund)?)
        }
        "points_earned" => {
            let (quote, program) = both::<Quote, LoyaltyProgram>(arg("quote"), "quote", arg("program"), "program")?;
            Ok(json!(pricing::points_earned(&quote, &program)?))
        }
        "allocate" => {
            let (amount, weights) = both::<rust_decimal::Decimal, Vec<rust_decimal::Decimal>>(
                arg("amount"),
                "amount",
                arg("weights"),
                "weights",
            )?;
            let mut problems = Problems::default();
            let currency = input::deserialize::<Currency>(arg("currency"), "currency", &mut problems);
            let currency = problems
                .finish(currency)?
                .ok_or_else(|| Error::new(Code::Required, "currency", None))?;
            to_json(&allocate(amount, &weights, currency)?)
        }
        "problem_message" => {
            let (code, locale) = both::<Code, Locale>(arg("code"), "code", arg("locale"), "locale")?;
            let detail = arg("detail").as_str();
            Ok(json!(i18n::problem_message(code, detail, locale)))
        }
        "reject_reason_text" => {
            let (reason, locale) = both::<RejectReason, Locale>(arg("reason"), "reason", arg("locale"), "locale")?;
            Ok(json!(i18n::reject_reason_text(reason, locale)))
        }
        "version" => Ok(json!(crate::VERSION)),
        _ => Err(Error::new(Code::UnknownValue, "method", Some(METHODS.into()))),
    }
}

/// Two arguments read with serde, both reported if both are wrong.
fn both<A: DeserializeOwned, B: DeserializeOwned>(
    a: &Value,
    a_name: &str,
    b: &Value,
    b_name: &str,
) -> Result<(A, B), Error> {
    let mut problems = Problems::default();
    let a = input::deserialize::<A>(a, a_name, &mut problems);
    let b = input::deserialize::<B>(b, b_name, &mut problems);
    match problems.finish((a, b))? {
        (Some(a), Some(b)) => Ok((a, b)),
        _ => Err(Error::new(Code::InvalidValue, "", None)),
    }
}

fn to_json<T: Serialize>(value: &T) -> Result<Value, Error> {
    serde_json::to_value(value).map_err(|e| Error::new(Code::InvalidValue, "", Some(e.to_string())))
}

/// The response envelope: `{"ok": true, "result": …}` or `{"ok": false, "error": {code, field, message, problems}}`.
pub(crate) fn respond(result: Result<Value, Error>) -> Value {
    match result {
        Ok(result) => json!({ "ok": true, "result": result }),
        Err(error) => json!({ "ok": false, "error": error }),
    }
}

/// `call` from JSON text to JSON text, never failing: errors are in the envelope.
pub(crate) fn call_text(method: &str, request: &str) -> String {
    let result = input::parse_json(request, "").and_then(|request| call(method, &request));
    respond(result).to_string()
}
