//! Input handling at the edges: bounds, lenient numbers and ids, the error's shape and languages.

#![cfg(not(target_arch = "wasm32"))]

use ordercore::limits;
use ordercore::pricing::{OrderRequest, PricingRules};
use ordercore::{quote_json, Code, Error, Locale};
use serde_json::json;

fn request_with(items: serde_json::Value) -> String {
    json!({
        "merchant_id": 1,
        "items": items,
        "delivery_address": { "street": "x", "phone": "+20 123 456 7890" },
        "payment_method": "card"
    })
    .to_string()
}

const RULES: &str = r#"{ "currency": "EGP" }"#;

#[test]
fn numbers_as_strings_and_ids_as_numbers_are_read() {
    let request =
        request_with(json!([{ "product_id": 5, "quantity": "2", "unit_price": "2.99", "selling_type": "unit" }]));
    let quote = quote_json(&request, RULES).unwrap();
    assert_eq!(quote.lines[0].product_id, "5");
    assert_eq!(quote.financial.subtotal.to_string(), "5.98");
}

#[test]
fn scientific_notation_is_a_number() {
    let request =
        request_with(json!([{ "product_id": "a", "quantity": 1, "unit_price": "1.5e2", "selling_type": "unit" }]));
    assert_eq!(
        quote_json(&request, RULES).unwrap().financial.subtotal.to_string(),
        "150.00"
    );
}

#[test]
fn too_many_lines_is_one_problem_not_a_thousand() {
    let line = json!({ "product_id": "a", "quantity": 1, "unit_price": 1, "selling_type": "unit" });
    let items = vec![line; limits::MAX_LINES + 1];
    let error = quote_json(&request_with(json!(items)), RULES).unwrap_err();
    assert_eq!((error.code(), error.field()), (Code::TooMany, "items"));
    assert_eq!(error.problems().count(), 1);
}

#[test]
fn oversized_input_is_refused_before_parsing() {
    let huge = format!("\"{}\"", "x".repeat(ordercore::MAX_INPUT_BYTES));
    let error = quote_json(&huge, RULES).unwrap_err();
    assert_eq!(error.code(), Code::TooLong);
}

#[test]
fn deeply_nested_json_is_an_error_not_a_stack_overflow() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(quote_json(&deep, RULES).unwrap_err().code(), Code::InvalidJson);
}

#[test]
fn long_texts_are_bounded() {
    let mut request: serde_json::Value = serde_json::from_str(&request_with(
        json!([{ "product_id": "a", "quantity": 1, "unit_price": 1, "selling_type": "unit" }]),
    ))
    .unwrap();
    request["notes"] = json!("n".repeat(limits::MAX_LONG_TEXT + 1));
    let error = quote_json(&request.to_string(), RULES).unwrap_err();
    assert_eq!((error.code(), error.field()), (Code::TooLong, "notes"));
}

#[test]
fn a_request_is_read_with_every_problem() {
    let error = OrderRequest::from_json(r#"{ "items": [] }"#).unwrap_err().to_string();
    assert_eq!(error, "merchant_id: is required (required) and 4 more");
}

#[test]
fn rules_from_json_name_the_field() {
    let error = PricingRules::from_json(r#"{ "currency": "EGP", "tax": { "rate": "fourteen" } }"#).unwrap_err();
    assert_eq!(error.field(), "rules.tax.rate");
    let error = PricingRules::from_json(r#"{ "tax": {} }"#).unwrap_err();
    assert_eq!((error.code(), error.field()), (Code::Required, "rules.currency"));
}

#[test]
fn errors_round_trip_through_json_and_speak_arabic() {
    let error = quote_json(r#"{ "items": [] }"#, RULES).unwrap_err();
    let json = serde_json::to_value(&error).unwrap();
    assert_eq!(json["code"], "required");
    assert_eq!(json["field"], "merchant_id");
    assert_eq!(json["problems"].as_array().unwrap().len(), 5);
    let back: Error = serde_json::from_value(json).unwrap();
    assert_eq!(back, error);
    assert_eq!(error.to_string(), "merchant_id: is required (required) and 4 more");
    let first = error.problems().next().unwrap();
    assert_eq!(first.message_in(Locale::Ar), "هذا الحقل مطلوب");
}

#[test]
fn every_code_has_a_distinct_name_and_both_languages() {
    let names: std::collections::BTreeSet<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(names.len(), Code::ALL.len());
    for code in Code::ALL {
        assert_eq!(serde_json::to_value(code).unwrap(), code.as_str());
        let en = ordercore::i18n::problem_message(code, None, Locale::En);
        let ar = ordercore::i18n::problem_message(code, None, Locale::Ar);
        assert!(en.is_ascii() && !ar.is_ascii() && en != ar, "{code}");
    }
}

#[test]
fn no_error_echoes_a_huge_input() {
    let huge = "x".repeat(100_000);
    let seed: serde_json::Value = serde_json::from_str(include_str!("../examples/data/seed_request.json")).unwrap();
    let rules: serde_json::Value = serde_json::from_str(include_str!("../examples/data/seed_rules.json")).unwrap();
    let mut cases = Vec::new();
    for (path, value) in [
        ("/items/0/unit_price", json!(huge)),
        ("/items/0/selling_type", json!(huge)),
        ("/items/0/quantity", json!(huge)),
        ("/delivery_address/phone", json!(huge)),
        ("/offer_code", json!(huge)),
    ] {
        let mut request = seed.clone();
        *request.pointer_mut(path).unwrap() = value;
        cases.push((request.to_string(), rules.to_string()));
    }
    for (path, value) in [
        ("/currency", json!(huge)),
        ("/now", json!(huge)),
        ("/tax/rate", json!(huge)),
    ] {
        let mut r = rules.clone();
        *r.pointer_mut(path).unwrap() = value;
        cases.push((seed.to_string(), r.to_string()));
    }
    let mut r = rules.as_object().unwrap().clone();
    r.insert(huge.clone(), json!(1));
    cases.push((seed.to_string(), serde_json::Value::Object(r).to_string()));
    for (request, rules) in cases {
        let error = quote_json(&request, &rules).unwrap_err();
        let text = serde_json::to_string(&error).unwrap();
        assert!(text.len() < 2_000, "{} bytes: {}", text.len(), &text[..200]);
    }
}
