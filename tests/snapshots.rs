//! Full quotes and errors, snapshotted: every field, reviewed as code is.

#![cfg(not(target_arch = "wasm32"))]

use ordercore::{quote_json, Locale};

const SEED_REQUEST: &str = include_str!("../examples/data/seed_request.json");
const SEED_RULES: &str = include_str!("../examples/data/seed_rules.json");

fn vector(name: &str) -> (String, String) {
    let path = format!("{}/tests/vectors/quote/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let case: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    (case["args"]["request"].to_string(), case["args"]["rules"].to_string())
}

#[test]
fn seed_order() {
    insta::assert_json_snapshot!(quote_json(SEED_REQUEST, SEED_RULES).unwrap());
}

#[test]
fn tax_inclusive_fixed_offer() {
    let (request, rules) = vector("offer_fixed_tax_inclusive");
    insta::assert_json_snapshot!(quote_json(&request, &rules).unwrap());
}

#[test]
fn kwd_with_category_discount() {
    let (request, rules) = vector("kwd_three_decimals");
    insta::assert_json_snapshot!(quote_json(&request, &rules).unwrap());
}

#[test]
fn best_only_with_a_losing_code() {
    let (request, rules) = vector("combination_best_only_category_wins");
    insta::assert_json_snapshot!(quote_json(&request, &rules).unwrap());
}

#[test]
fn validation_error_in_english_and_arabic() {
    let (request, rules) = vector("error_seed_validation");
    let error = quote_json(&request, &rules).unwrap_err();
    insta::assert_json_snapshot!(error);
    insta::assert_json_snapshot!(error.validation_errors(Locale::Ar));
}
