//! Every public operation behind one JSON dispatch: `call(method, request) -> result`. The C ABI
//! and the JSON-speaking runtimes use it, so they all take and give the same JSON.

use rust_decimal::Decimal;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Map, Value};

use crate::error::{Code, Error, Problems};
use crate::i18n::{self, Locale};
use crate::input;
use crate::money::{allocate, Currency};
use crate::pricing::{self, LoyaltyProgram, OrderRequest, PricingRules, Quote, RefundRequest, RejectReason};

/// The methods `call` knows, for error messages and discovery.
pub(crate) const METHODS: &str = "quote, quote_json, order_request_from_json, pricing_rules_from_json, refund, \
     points_earned, allocate, problem_message, reject_reason_text, version";

/// Runs `method` on the members of the `request` object.
pub(crate) fn call(method: &str, request: &Value) -> Result<Value, Error> {
    let empty = Map::new();
    let map = match request {
        Value::Object(args) => args,
        Value::Null => &empty,
        _ => return Err(Error::new(Code::InvalidType, "", Some("an object".into()))),
    };
    let mut a = Args {
        map,
        problems: Problems::default(),
    };
    match method {
        "quote" => {
            if a.get("request").is_null() {
                return Err(Error::new(Code::Required, "request", None));
            }
            to_json(&pricing::quote_values(
                a.get("request"),
                a.get("rules"),
                Problems::default(),
            )?)
        }
        "quote_json" => {
            let read = a.read::<String>("request").zip(a.read::<String>("rules"));
            let (request, rules) = a.finish(read)?;
            to_json(&pricing::quote_json(&request, &rules)?)
        }
        "order_request_from_json" => {
            let read = a.read::<String>("json");
            to_json(&OrderRequest::from_json(&a.finish(read)?)?)
        }
        "pricing_rules_from_json" => {
            let read = a.read::<String>("json");
            to_json(&PricingRules::from_json(&a.finish(read)?)?)
        }
        "refund" => {
            let read = a.read::<Quote>("quote").zip(a.read::<RefundRequest>("refund"));
            let (quote, refund) = a.finish(read)?;
            to_json(&pricing::refund(&quote, &refund)?)
        }
        "points_earned" => {
            let read = a.read::<Quote>("quote").zip(a.read::<LoyaltyProgram>("program"));
            let (quote, program) = a.finish(read)?;
            Ok(json!(pricing::points_earned(&quote, &program)?))
        }
        "allocate" => {
            let read = a.read::<Decimal>("amount").zip(a.read::<Vec<Decimal>>("weights"));
            let read = read.zip(a.read::<Currency>("currency"));
            let ((amount, weights), currency) = a.finish(read)?;
            to_json(&allocate(amount, &weights, currency)?)
        }
        "problem_message" => {
            let read = a.read::<Code>("code").zip(a.read::<Locale>("locale"));
            let (code, locale) = a.finish(read)?;
            Ok(json!(i18n::problem_message(code, a.get("detail").as_str(), locale)))
        }
        "reject_reason_text" => {
            let read = a.read::<RejectReason>("reason").zip(a.read::<Locale>("locale"));
            let (reason, locale) = a.finish(read)?;
            Ok(json!(i18n::reject_reason_text(reason, locale)))
        }
        "version" => Ok(json!(crate::VERSION)),
        _ => Err(Error::new(Code::UnknownValue, "method", Some(METHODS.into()))),
    }
}

/// A method's arguments, read with serde; every wrong one is reported.
struct Args<'a> {
    map: &'a Map<String, Value>,
    problems: Problems,
}

impl Args<'_> {
    fn get(&self, name: &str) -> &Value {
        self.map.get(name).unwrap_or(&Value::Null)
    }

    /// The argument `name`, or `None` with its problem recorded.
    fn read<T: DeserializeOwned>(&mut self, name: &str) -> Option<T> {
        input::deserialize(self.map.get(name).unwrap_or(&Value::Null), name, &mut self.problems)
    }

    /// The arguments read, or every problem found reading them.
    fn finish<T>(&mut self, value: Option<T>) -> Result<T, Error> {
        std::mem::take(&mut self.problems)
            .finish(value)?
            .ok_or_else(|| Error::new(Code::Internal, "", None))
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
