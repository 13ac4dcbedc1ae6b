//! Every public operation behind one JSON dispatch, derived from the list in `ops.rs`:
//! `call(method, args) -> result`. The C ABI, the wasm layer's `callJson`, uniffi's `call_json`
//! and the Dart package all use it, so every JSON-speaking host takes and gives the same JSON.

use serde::Serialize;
use serde_json::value::RawValue;
use serde_json::Value;

use super::ops::names::*;
use super::ops::operations;
use crate::error::{internal, Error, Problems};
use crate::input::{self, Arg, Json, Object, ReadOwn as _, ReadSerde as _};
use crate::output::{append_json, to_json};

macro_rules! dispatch {
    ($( $(#[doc = $doc:literal])* fn $name:ident($($arg:ident: $ty:ty),*) -> $ret:ty as $camel:literal $body:block )*) => {
        /// [`call`] on the tree of the call's arguments, the result's JSON text appended to `text`.
        fn append_result(method: &str, args: &Json, text: String) -> Result<String, Error> {
            match method {
                $(stringify!($name) => {
                    #[allow(unused_mut)] // an operation without arguments reads none
                    let mut args = Args::of(args, &[$(stringify!($arg)),*])?;
                    $( let $arg = (&Arg::<$ty>::new()).read(args.get(stringify!($arg)), stringify!($arg), &mut args.problems); )*
                    args.problems.finish(())?;
                    $( let Some($arg) = $arg else { return Err(internal("an argument was neither read nor refused")) }; )*
                    let result: Result<$ret, Error> = $body;
                    append_json(text, &result?)
                })*
                _ => Err(Error::new(Code::UnknownValue, "method", Some(METHODS.join(", ")))),
            }
        }

        /// The methods [`call`] knows, in the list's order.
        pub const METHODS: &[&str] = &[$(stringify!($name)),*];
    };
}
operations!(dispatch);

/// [`call`] on the tree of the call's arguments: the result's JSON text.
pub(crate) fn call_tree(method: &str, args: &Json) -> Result<String, Error> {
    append_result(method, args, String::with_capacity(1024))
}

/// Runs `method` on the members of `args` (an object, or `null` for none): reads every argument,
/// reporting every problem of all of them at once, then runs the operation. The result is JSON
/// text, written straight from the result's type.
pub fn call(method: &str, args: &Value) -> Result<Box<RawValue>, Error> {
    call_tree(method, &Json::from_value(args, &crate::arena::Arena::new()))
        .and_then(|text| RawValue::from_string(text).map_err(internal))
}

/// A call's arguments: the members of its `args` object, and the problems found reading them.
struct Args<'a> {
    members: Option<&'a Object<'a>>,
    problems: Problems,
}

impl<'a> Args<'a> {
    /// The members of `args` (none for `null`), with a problem for each one the method does not take.
    fn of(args: &'a Json<'a>, names: &[&str]) -> Result<Self, Error> {
        let mut problems = Problems::default();
        let members = match args {
            Json::Object(members) => Some(members),
            Json::Null => None,
            _ => return Err(Error::new(Code::InvalidType, "", Some("an object".into()))),
        };
        for name in members.iter().flat_map(|m| m.keys()).filter(|k| !names.contains(k)) {
            let takes = Some(names.join(", ")).filter(|n| !n.is_empty());
            problems.push(Code::UnknownField, input::key_in_path(name), takes);
        }
        Ok(Args { members, problems })
    }

    /// The member `name`; `null` when it is absent.
    fn get(&self, name: &str) -> &'a Json<'a> {
        self.members.and_then(|m| m.get(name)).unwrap_or(&Json::Null)
    }
}

/// The opening of the response envelope of a result, `{"ok":true,"result":`: the result's JSON
/// text is written after it, then the closing `}`.
const RESULT_OPENING: &str = r#"{"ok":true,"result":"#;

/// The response envelope of an error, `{"ok": false, "error": {code, field, message, problems}}`,
/// as JSON text.
pub(crate) fn refusal(error: &Error) -> String {
    /// The members of an error's envelope.
    #[derive(Serialize)]
    struct Refusal<'a> {
        ok: bool,
        error: &'a Error,
    }
    // Writing plain members to a string cannot fail; should it, the host still gets an envelope.
    to_json(&Refusal { ok: false, error }).unwrap_or_else(|_| internal_envelope())
}

/// The envelope of an `internal` error, written without serde (for when serde cannot write one);
/// its message holds no character that JSON escapes.
fn internal_envelope() -> String {
    let message = Error::new(Code::Internal, "", None).message().to_owned();
    let problem = format!(r#"{{"code":"internal","field":"","message":"{message}"}}"#);
    format!(r#"{{"ok":false,"error":{{"code":"internal","field":"","message":"{message}","problems":[{problem}]}}}}"#)
}

/// [`call`] from JSON text to the envelope's JSON text; it never fails: errors are in the envelope.
pub fn call_text(method: &str, args: &str) -> String {
    // The result is written straight into its envelope, not copied into it.
    let opening = String::with_capacity(1024) + RESULT_OPENING;
    let arena = crate::arena::Arena::new();
    let answer = input::parse_json_within(args, "", input::MAX_CALL_BYTES, &arena)
        .and_then(|args| append_result(method, &args, opening));
    match answer {
        Ok(mut envelope) => {
            envelope.push('}');
            envelope
        }
        Err(error) => refusal(&error),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn every_wrong_argument_is_reported_at_its_name() {
        let error = call(
            "allocate",
            &json!({"amount": "x", "weights": 5, "currency": "XYZ", "extra": 1}),
        )
        .unwrap_err();
        let fields: Vec<&str> = error.problems().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["extra", "amount", "weights", "currency"]);
    }

    #[test]
    fn the_envelope_carries_a_defect_as_internal() {
        let envelope: Value = serde_json::from_str(&refusal(&internal("a value the library cannot write"))).unwrap();
        assert_eq!(envelope["error"]["code"], "internal");
        let version = env!("CARGO_PKG_VERSION");
        assert_eq!(
            call_text("version", "null"),
            format!(r#"{{"ok":true,"result":"{version}"}}"#)
        );
    }

    #[test]
    fn the_envelope_written_without_serde_is_the_internal_error_s() {
        let by_serde: Value = serde_json::from_str(&refusal(&Error::new(Code::Internal, "", None))).unwrap();
        let by_hand: Value = serde_json::from_str(&internal_envelope()).unwrap();
        assert_eq!(by_hand, by_serde);
    }

    #[test]
    fn a_repeated_argument_is_refused() {
        let envelope: Value = serde_json::from_str(&call_text("version", r#"{"a": 1, "a": 2}"#)).unwrap();
        assert_eq!(
            (&envelope["error"]["code"], &envelope["error"]["field"]),
            (&json!("duplicate"), &json!("a"))
        );
    }

    #[test]
    fn an_unknown_method_lists_the_known_ones() {
        let error = call("price", &Value::Null).unwrap_err();
        assert_eq!((error.code(), error.field()), (Code::UnknownValue, "method"));
        assert!(error.message().contains("quote, quote_json"));
    }
}
