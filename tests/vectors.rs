//! Runs every vector in tests/vectors/<method>/ through the JSON dispatch, as every runtime's
//! runner does: the whole result, or the whole error, must equal the vector's.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_json::value::RawValue;
use serde_json::{json, Value};

/// The first difference between `expected` and `actual` (object keys must match exactly), or `None`.
fn difference(expected: &Value, actual: &Value, path: &str) -> Option<String> {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            let keys: BTreeSet<&String> = e.keys().chain(a.keys()).collect();
            keys.into_iter().find_map(|k| match (e.get(k), a.get(k)) {
                (Some(e), Some(a)) => difference(e, a, &format!("{path}.{k}")),
                (Some(_), None) => Some(format!("{path}.{k}: missing")),
                (None, _) => Some(format!("{path}.{k}: not expected, got {}", a[k])),
            })
        }
        (Value::Array(e), Value::Array(a)) if e.len() == a.len() => e
            .iter()
            .zip(a)
            .enumerate()
            .find_map(|(i, (e, a))| difference(e, a, &format!("{path}[{i}]"))),
        _ if expected == actual => None,
        _ => Some(format!("{path}: expected {expected}, got {actual}")),
    }
}

/// What a vector expects: `{"ok": true, "result": …}` or `{"ok": false, "error": …}`.
fn expected_envelope(case: &Value) -> Result<Value, String> {
    let keys: BTreeSet<&str> = case
        .as_object()
        .ok_or("not an object")?
        .keys()
        .map(String::as_str)
        .collect();
    let allowed = BTreeSet::from(["description", "traps", "args", "result", "error"]);
    if let Some(k) = keys.difference(&allowed).next() {
        return Err(format!("unknown key {k}"));
    }
    match (case.get("result"), case.get("error")) {
        (Some(result), None) => Ok(json!({ "ok": true, "result": result })),
        (None, Some(error)) => Ok(json!({ "ok": false, "error": error })),
        _ => Err("a vector has either a result or an error".into()),
    }
}

/// A vector's `args` exactly as written (a repeated key included).
#[derive(serde::Deserialize)]
struct Raw<'a> {
    #[serde(borrow)]
    args: &'a RawValue,
}

fn run(method: &str, text: &str) -> Result<(), String> {
    let case: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let expected = expected_envelope(&case)?;
    // The call as JSON text, the arguments as written, as the C ABI and every JSON host make it.
    let raw: Raw = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let answer = ordercore::ffi::call_text(method, raw.args.get());
    let answer: Value = serde_json::from_str(&answer).map_err(|e| e.to_string())?;
    if let Some(d) = difference(&expected, &answer, "$text") {
        return Err(d);
    }
    // The same call on the parsed arguments, which cannot hold a repeated key.
    if expected["error"]["code"] == "duplicate" {
        return Ok(());
    }
    let actual = match ordercore::ffi::call(method, &case["args"]) {
        Ok(result) => {
            json!({ "ok": true, "result": serde_json::from_str::<Value>(result.get()).map_err(|e| e.to_string())? })
        }
        Err(error) => json!({ "ok": false, "error": error }),
    };
    difference(&expected, &actual, "$").map_or(Ok(()), Err)
}

fn vectors() -> Vec<(String, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors");
    let mut files = Vec::new();
    for dir in std::fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
    {
        let method = dir.file_name().unwrap().to_string_lossy().into_owned();
        for file in std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()) {
            files.push((method.clone(), file));
        }
    }
    files.sort();
    files
}

#[test]
fn every_vector_holds() {
    let files = vectors();
    let failures: Vec<String> = files
        .iter()
        .filter_map(|(method, file)| {
            let text = std::fs::read_to_string(file).unwrap();
            run(method, &text)
                .err()
                .map(|e| format!("{method}/{}: {e}", file.file_name().unwrap().to_string_lossy()))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} vectors failed:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

#[test]
fn every_operation_has_vectors_and_every_vector_an_operation() {
    let with_vectors: BTreeSet<String> = vectors().into_iter().map(|(method, _)| method).collect();
    let methods: BTreeSet<String> = ordercore::ffi::METHODS.iter().map(|m| m.to_string()).collect();
    assert_eq!(with_vectors, methods);
}
