//! The native API (uniffi) for Kotlin, Swift and Python, derived from the list in `ops.rs`:
//! records, enums and one function per operation, plus `call_json`, the JSON entry. Decimals
//! cross as strings and become `java.math.BigDecimal`, `Foundation.Decimal` and
//! `decimal.Decimal` (see uniffi.toml); a value that cannot be lifted raises `OrderCoreError`,
//! never a panic.

use std::collections::HashMap;

use std::str::FromStr;

use chrono::{DateTime, NaiveDateTime, SecondsFormat, Utc};

use super::ops::names::*;
use super::ops::operations;
use crate::error::{Error, Problem};
use crate::input::number::exact_decimal;
use crate::money::DecimalText;

/// A date and time without a zone (the OT Platform's clock), crossing as `2024-01-31T23:59:59`.
pub type LocalDateTime = NaiveDateTime;

::uniffi::custom_type!(Decimal, String, {
    remote,
    lower: |d| DecimalText::of(&d).as_str().to_owned(),
    try_lift: |s| exact_decimal(&s).map_err(|(code, detail)| lift_error(code, detail)),
});

::uniffi::custom_type!(Timestamp, String, {
    remote,
    lower: |t| t.to_rfc3339_opts(SecondsFormat::AutoSi, true),
    try_lift: |s| DateTime::parse_from_rfc3339(&s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| lift_error(Code::InvalidValue, Some(e.to_string()))),
});

::uniffi::custom_type!(LocalDateTime, String, {
    remote,
    lower: |t| t.format("%Y-%m-%dT%H:%M:%S%.f").to_string(),
    try_lift: |s| NaiveDateTime::from_str(&s).map_err(|e| lift_error(Code::InvalidValue, Some(e.to_string()))),
});

::uniffi::custom_type!(Currency, String, {
    lower: |c| c.code().to_owned(),
    try_lift: |s| Currency::from_code(&s)
        .ok_or_else(|| lift_error(Code::UnknownCurrency, Some(Currency::EXPECTED.to_owned()))),
});

::uniffi::custom_type!(ChannelCode, String, {
    lower: |c| String::from(c),
    try_lift: |s| Ok(ChannelCode::from(s)),
});

::uniffi::custom_type!(ValidationErrors, HashMap<String, Vec<String>>, {
    lower: |v| v.0.into_iter().collect(),
    try_lift: |m| Ok(ValidationErrors(m.into_iter().collect())),
});

/// A host's value that the core cannot take, refused with the code and detail the JSON reader
/// gives the same value; uniffi does not say where the value was, so the field is empty.
fn lift_error(code: Code, detail: Option<String>) -> ::uniffi::deps::anyhow::Error {
    OrderCoreError::from(Error::new(code, "", detail)).into()
}

/// What every function raises: the first problem's code, field and message, and every problem.
#[derive(Debug, thiserror::Error, ::uniffi::Error)]
pub enum OrderCoreError {
    /// The input was refused: fix it (every problem names its field).
    #[error("{field}: {reason} ({code})")]
    Invalid {
        /// The first problem's stable code.
        code: Code,
        /// The first problem's field path.
        field: String,
        /// The first problem's English message (`message` is the exception's own in Kotlin).
        reason: String,
        /// Every problem, the first included.
        problems: Vec<Problem>,
    },
    /// A defect of the library was caught at its boundary (code `internal`): report it; the input
    /// may well be valid.
    #[error("internal error: {reason}")]
    Internal {
        /// Always `internal`.
        code: Code,
        /// Empty, or the field being handled.
        field: String,
        /// What failed.
        reason: String,
        /// The problem, as one list with the other variant's.
        problems: Vec<Problem>,
    },
}

impl From<Error> for OrderCoreError {
    fn from(e: Error) -> Self {
        let (code, field, reason) = (e.code(), e.field().to_owned(), e.message().to_owned());
        let problems = e.problems().cloned().collect();
        if e.is_internal() {
            OrderCoreError::Internal {
                code,
                field,
                reason,
                problems,
            }
        } else {
            OrderCoreError::Invalid {
                code,
                field,
                reason,
                problems,
            }
        }
    }
}

macro_rules! uniffi_exports {
    ($( $(#[doc = $doc:literal])* fn $name:ident($($arg:ident: $ty:ty),*) -> $ret:ty as $camel:literal $body:block )*) => {$(
        $(#[doc = $doc])*
        #[::uniffi::export]
        pub fn $name($($arg: $ty),*) -> Result<$ret, OrderCoreError> {
            let result: Result<$ret, Error> = $body;
            Ok(result?)
        }
    )*};
}
operations!(uniffi_exports);

/// Runs the operation `method` on `args`, a JSON object of its arguments, and returns the JSON
/// envelope `{"ok": true, "result": …}` or `{"ok": false, "error": …}`: the C ABI's protocol, for
/// hosts that hold their data as JSON already. It never raises.
#[::uniffi::export]
pub fn call_json(method: String, args: String) -> String {
    super::json::call_text(&method, &args)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::internal;

    #[test]
    fn a_defect_is_its_own_variant_and_a_refused_input_is_invalid() {
        assert!(matches!(
            OrderCoreError::from(internal("x")),
            OrderCoreError::Internal {
                code: Code::Internal,
                ..
            }
        ));
        let refused = Error::new(Code::Required, "items", None);
        assert!(
            matches!(OrderCoreError::from(refused), OrderCoreError::Invalid { code: Code::Required, field, .. } if field == "items")
        );
    }
}
