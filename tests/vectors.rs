//! Runs every case in tests/vectors/quote: the same files every runtime's tests run.

#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use ordercore::pricing::{points_earned, refund, LoyaltyProgram, RefundRequest};
use ordercore::quote_json;
use serde_json::Value;

/// Every key in `expected` must be in `actual` with a matching value; lists match element by element.
fn matches(expected: &Value, actual: &Value, path: &str) -> Result<(), String> {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => e.iter().try_for_each(|(k, v)| {
            let at = format!("{path}.{k}");
            a.get(k).map_or_else(
                || {
                    if v.is_null() {
                        Ok(())
                    } else {
                        Err(format!("{at}: missing"))
                    }
                },
                |x| matches(v, x, &at),
            )
        }),
        (Value::Array(e), Value::Array(a)) if e.len() == a.len() => e
            .iter()
            .zip(a)
            .enumerate()
            .try_for_each(|(i, (e, a))| matches(e, a, &format!("{path}[{i}]"))),
        _ if expected == actual => Ok(()),
        _ => Err(format!("{path}: expected {expected}, got {actual}")),
    }
}

/// The `(field, code)` pairs of an error's problems, as JSON.
fn problems(error: &ordercore::Error) -> Value {
    error
        .problems()
        .map(|p| serde_json::json!({ "field": p.field, "code": p.code }))
        .collect()
}

fn run(case: &Value) -> Result<(), String> {
    let request = match &case["request"] {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    };
    let result = quote_json(&request, &case["rules"].to_string());
    if let Some(error) = case.get("error") {
        let e = result.err().ok_or("expected an error, got a quote")?;
        return matches(error, &problems(&e), "error");
    }
    let quote = result.map_err(|e| format!("unexpected error: {e} {}", problems(&e)))?;
    let actual = serde_json::to_value(&quote).map_err(|e| e.to_string())?;
    matches(&case["expected"], &actual, "quote")?;
    for (i, r) in case
        .get("refunds")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        let request: RefundRequest = serde_json::from_value(r["request"].clone()).map_err(|e| e.to_string())?;
        let at = format!("refunds[{i}]");
        match (refund(&quote, &request), r.get("error")) {
            (Ok(refund), None) => {
                let actual = serde_json::to_value(&refund).map_err(|e| e.to_string())?;
                matches(&r["expected"], &actual, &at)?;
            }
            (Err(e), Some(error)) => matches(error, &problems(&e), &at)?,
            (Ok(_), Some(_)) => return Err(format!("{at}: expected an error")),
            (Err(e), None) => return Err(format!("{at}: unexpected error {e}")),
        }
    }
    if let Some(expected) = case.get("points_earned").and_then(Value::as_u64) {
        let program: LoyaltyProgram =
            serde_json::from_value(case["rules"]["loyalty"].clone()).map_err(|e| e.to_string())?;
        let earned = points_earned(&quote, &program).map_err(|e| e.to_string())?;
        if earned != expected {
            return Err(format!("points_earned: expected {expected}, got {earned}"));
        }
    }
    Ok(())
}

#[test]
fn every_quote_vector_holds() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors/quote");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let failures: Vec<String> = files
        .iter()
        .filter_map(|file| {
            let case: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
            run(&case)
                .err()
                .map(|e| format!("{}: {e}", file.file_name().unwrap().to_string_lossy()))
        })
        .collect();
    assert!(files.len() >= 30, "only {} vectors", files.len());
    assert!(
        failures.is_empty(),
        "{} of {} vectors failed:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}
