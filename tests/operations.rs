//! The list of operations as data: `bindings/operations.json`, generated from `ffi::OPERATIONS`
//! and checked here (`ORDERCORE_BLESS=1 cargo test --test operations` rewrites it). Runners
//! that cannot see parameter names (JavaScript) read the argument order from it.

#![cfg(not(target_arch = "wasm32"))]

use ordercore::ffi::{Operation, OPERATIONS};
use serde::Serialize;

/// A type as `stringify!` spells it (`Vec < Decimal >`), written as Rust code is (`Vec<Decimal>`).
fn type_name(ty: &str) -> String {
    ty.replace(" <", "<").replace("< ", "<").replace(" >", ">")
}

/// One operation as the manifest lists it, its keys in this order.
#[derive(Serialize)]
struct Entry<'a> {
    name: &'a str,
    camel_name: &'a str,
    args: Vec<Arg<'a>>,
    result: String,
    doc: String,
}

/// One argument: its name and its Rust type.
#[derive(Serialize)]
struct Arg<'a> {
    name: &'a str,
    #[serde(rename = "type")]
    ty: String,
}

fn manifest() -> Vec<Entry<'static>> {
    let operation = |op: &'static Operation| Entry {
        name: op.name,
        camel_name: op.camel_name,
        args: op
            .args
            .iter()
            .map(|(name, ty)| Arg {
                name,
                ty: type_name(ty),
            })
            .collect(),
        result: type_name(op.result),
        doc: op.doc.lines().map(str::trim).collect::<Vec<_>>().join(" "),
    };
    OPERATIONS.iter().map(operation).collect()
}

/// `snake_case` as `lowerCamelCase`, as uniffi names functions in Kotlin and Swift.
fn lower_camel(name: &str) -> String {
    let mut words = name.split('_');
    let first = words.next().unwrap_or_default().to_owned();
    words.fold(first, |mut s, w| {
        let mut chars = w.chars();
        s.extend(chars.next().map(|c| c.to_ascii_uppercase()));
        s.push_str(chars.as_str());
        s
    })
}

#[test]
fn the_manifest_matches_the_list() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/bindings/operations.json");
    let now = serde_json::to_string_pretty(&manifest()).unwrap() + "\n";
    if std::env::var_os("ORDERCORE_BLESS").is_some() {
        std::fs::write(path, &now).unwrap();
    }
    let kept = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        kept == now,
        "bindings/operations.json is stale: run ORDERCORE_BLESS=1 cargo test --test operations"
    );
}

#[test]
fn every_name_follows_its_languages_convention() {
    for op in OPERATIONS {
        assert_eq!(op.camel_name, lower_camel(op.name), "{}", op.name);
        assert!(
            op.name.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
            "{}",
            op.name
        );
        assert!(!op.doc.trim().is_empty(), "{} has no doc comment", op.name);
    }
    let names: std::collections::BTreeSet<_> = OPERATIONS.iter().map(|op| op.name).collect();
    assert_eq!(names.len(), OPERATIONS.len(), "an operation is declared twice");
    assert_eq!(
        ordercore::ffi::METHODS,
        OPERATIONS.iter().map(|op| op.name).collect::<Vec<_>>()
    );
}
