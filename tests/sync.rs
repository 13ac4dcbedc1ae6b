//! Marketplace sync rules: the stock to publish holds its invariants for any rule and quantity
//! (proptest), the push list covers every product asked for exactly once and agrees with
//! `stock_to_publish`, and the seed's own example end to end.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use ordercore::sync::{
    bind_by_sku, push_stock_payload, stock_push_list, stock_to_publish, ChannelListing, LocalProduct, ProductBinding,
    ProductStock, PushStockPayload, SkipReason, StockRule, SyncIssueCode,
};
use proptest::prelude::*;
use rust_decimal::Decimal;

const SHOP: &str = "95152937";

fn stock(id: &str, on_hand: Decimal) -> ProductStock {
    ProductStock {
        product_id: id.into(),
        on_hand,
        forecast: None,
    }
}

fn binding(id: &str, pack_size: Option<Decimal>) -> ProductBinding {
    ProductBinding {
        shop_id: SHOP.into(),
        product_id: id.into(),
        external_product_id: format!("item-{id}"),
        external_sku: Some(format!("SKU-{id}")),
        active: true,
        pack_size,
        last_pushed: None,
    }
}

/// A decimal from `units` hundredths (or thousandths).
fn decimal(units: i64, scale: u32) -> Decimal {
    Decimal::new(units, scale)
}

prop_compose! {
    /// Any rule a shop may set: a buffer with decimals, a percentage, a minimum, a rounding and
    /// a maximum no lower than either (else the rule is refused).
    fn rules()(
        buffer in 0i64..100_000,
        percentage in 0i64..=1000,
        min_online in 0u64..50,
        rounding in 0u64..20,
        max in proptest::option::of(0u64..2000),
    ) -> StockRule {
        StockRule {
            shop_id: SHOP.into(),
            active: true,
            source: None,
            buffer: Some(decimal(buffer, 2)),
            percentage: Some(decimal(percentage, 1)),
            min_online,
            max_listed: max.map(|m| m.max(min_online).max(rounding)),
            rounding,
        }
    }
}

fn packs() -> impl Strategy<Value = Option<Decimal>> {
    proptest::option::of((1i64..=24_000).prop_map(|p| decimal(p, 3)))
}

fn quantities() -> impl Strategy<Value = Decimal> {
    (-100_000i64..10_000_000).prop_map(|q| decimal(q, 3))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn the_published_stock_keeps_every_bound(rule in rules(), q in quantities(), pack in packs()) {
        let level = stock_to_publish(&rule, &stock("1", q), Some(&binding("1", pack))).unwrap();
        let buffer = rule.buffer.unwrap_or_default();
        let left = (q - buffer).max(Decimal::ZERO);
        // Never negative, at any step.
        prop_assert!(!level.after_buffer.is_sign_negative() && !level.after_percentage.is_sign_negative());
        // Never above on-hand minus buffer (in the product's unit: packs × pack size).
        prop_assert!(Decimal::from(level.published) * pack.unwrap_or(Decimal::ONE) <= left);
        // A multiple of the rounding; at most the maximum; 0 or at least the minimum.
        if rule.rounding > 1 {
            prop_assert_eq!(level.published % rule.rounding, 0);
        }
        prop_assert!(rule.max_listed.is_none_or(|m| level.published <= m));
        prop_assert!(level.published == 0 || level.published >= rule.min_online);
        // Zero says why; anything else does not.
        prop_assert_eq!(level.published == 0, level.zero_because.is_some());
    }

    #[test]
    fn the_published_stock_never_falls_when_the_quantity_grows(
        rule in rules(), a in quantities(), b in quantities(), pack in packs()
    ) {
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        let published = |q| stock_to_publish(&rule, &stock("1", q), Some(&binding("1", pack))).unwrap().published;
        prop_assert!(published(low) <= published(high), "{low} → {}, {high} → {}", published(low), published(high));
    }

    #[test]
    fn the_push_list_covers_every_product_asked_for_exactly_once(
        rule in rules(),
        stocks in proptest::collection::vec((0usize..60, quantities()), 0..40),
        bound in proptest::collection::vec((0usize..60, any::<bool>(), packs()), 0..40),
        asked in proptest::collection::vec(0usize..80, 0..30),
    ) {
        // Unique products with stock; bindings (some inactive, some twice); ids asked for, some unknown.
        let stocks: BTreeMap<usize, Decimal> = stocks.into_iter().collect();
        let products: Vec<ProductStock> = stocks.iter().map(|(id, q)| stock(&id.to_string(), *q)).collect();
        let bindings: Vec<ProductBinding> = bound
            .iter()
            .map(|(id, active, pack)| ProductBinding { active: *active, ..binding(&id.to_string(), *pack) })
            .collect();
        let mut ids: Vec<String> = Vec::new();
        for id in asked.iter().map(usize::to_string) {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        let payload = PushStockPayload { product_ids: ids.clone() };
        let list = stock_push_list(&payload, &rule, &products, &bindings).unwrap();
        let listed: Vec<&str> = list.entries.iter().map(|e| e.product_id.as_str()).collect();
        if ids.is_empty() {
            // Every product bound in the shop, once, in the order of its first binding.
            let mut expected: Vec<String> = Vec::new();
            for (id, _, _) in &bound {
                if !expected.contains(&id.to_string()) {
                    expected.push(id.to_string());
                }
            }
            prop_assert_eq!(listed, expected.iter().map(String::as_str).collect::<Vec<_>>());
        } else {
            prop_assert_eq!(listed, ids.iter().map(String::as_str).collect::<Vec<_>>());
        }
        prop_assert_eq!(list.to_push + list.skipped, list.entries.len() as u64);
        for entry in &list.entries {
            // Exactly one of a quantity and a reason; a pushed quantity is stock_to_publish's.
            prop_assert!(entry.quantity.is_some() != entry.skipped.is_some());
            if let Some(quantity) = entry.quantity {
                let own: Vec<&ProductBinding> = bindings.iter().filter(|b| b.product_id == entry.product_id && b.active).collect();
                prop_assert_eq!(own.len(), 1);
                let q = stocks[&entry.product_id.parse::<usize>().unwrap()];
                let level = stock_to_publish(&rule, &stock(&entry.product_id, q), Some(own[0])).unwrap();
                prop_assert_eq!(quantity, level.published);
            }
            let has_binding = bindings.iter().any(|b| b.product_id == entry.product_id);
            prop_assert_eq!(entry.skipped == Some(SkipReason::NoBinding), !has_binding);
        }
    }
}

#[test]
fn the_seed_s_push_stock_job_end_to_end() {
    // The seed: shop 95152937, buffer 10, minimum online 5, rounding 0; push_stock {product_ids: [1, 2, 3]}.
    let rule = StockRule {
        shop_id: SHOP.into(),
        active: true,
        source: None,
        buffer: Some(Decimal::from(10)),
        percentage: None,
        min_online: 5,
        max_listed: None,
        rounding: 0,
    };
    let payload = push_stock_payload(r#"{"product_ids": [1, 2, 3]}"#).unwrap();
    let products = [
        stock("1", Decimal::from(27)),
        stock("2", Decimal::from(30)),
        stock("3", Decimal::from(14)),
    ];
    let bindings = [binding("1", None), binding("3", None)];
    let list = stock_push_list(&payload, &rule, &products, &bindings).unwrap();
    let answer: Vec<(&str, Option<u64>, Option<SkipReason>)> = list
        .entries
        .iter()
        .map(|e| (e.product_id.as_str(), e.quantity, e.skipped))
        .collect();
    assert_eq!(
        answer,
        [
            ("1", Some(17), None),
            ("2", None, Some(SkipReason::NoBinding)),
            ("3", Some(0), None)
        ]
    );
    // The seed's "sync stock of a product without a binding" is an issue for the job's error list.
    assert_eq!(list.issues.len(), 1);
    assert_eq!(
        (list.issues[0].code, list.issues[0].id.as_str()),
        (SyncIssueCode::NoBinding, "2")
    );
}

#[test]
fn bulk_binding_then_pushing_reaches_every_matched_product() {
    let products: Vec<LocalProduct> = (1..=5)
        .map(|i| LocalProduct {
            product_id: i.to_string(),
            sku: Some(format!("SKU-{i}")),
        })
        .collect();
    let listings: Vec<ChannelListing> = (2..=6)
        .map(|i| ChannelListing {
            external_product_id: format!("item-{i}"),
            external_sku: Some(format!("SKU-{i}")),
        })
        .collect();
    let bound = bind_by_sku(SHOP, &products, &listings, &[]).unwrap();
    assert_eq!(bound.unmatched_products, ["1"]);
    assert_eq!(bound.unmatched_listings, ["item-6"]);
    let stocks: Vec<ProductStock> = (1..=5).map(|i| stock(&i.to_string(), Decimal::from(i * 10))).collect();
    let rule = StockRule {
        shop_id: SHOP.into(),
        active: true,
        source: None,
        buffer: None,
        percentage: None,
        min_online: 0,
        max_listed: None,
        rounding: 0,
    };
    let list = stock_push_list(&PushStockPayload::default(), &rule, &stocks, &bound.new_bindings).unwrap();
    let pushed: Vec<(&str, Option<u64>)> = list
        .entries
        .iter()
        .map(|e| (e.product_id.as_str(), e.quantity))
        .collect();
    assert_eq!(
        pushed,
        [("2", Some(20)), ("3", Some(30)), ("4", Some(40)), ("5", Some(50))]
    );
    // Binding again changes nothing: every product is unchanged or unmatched.
    let again = bind_by_sku(SHOP, &products, &listings, &bound.new_bindings).unwrap();
    assert!(again.new_bindings.is_empty() && again.issues.is_empty());
    assert_eq!(again.unchanged, ["2", "3", "4", "5"]);
}

#[test]
fn a_large_push_list_finds_every_product_among_colliding_ids() {
    // 20 000 ids that differ only in their last bytes (the hash's weak spot), in scrambled order.
    let ids: Vec<String> = (0..20_000u32)
        .map(|i| format!("P{:08}", (i.wrapping_mul(7919)) % 20_000))
        .collect();
    let products: Vec<ProductStock> = ids.iter().map(|id| stock(id, Decimal::from(12))).collect();
    let mut bindings: Vec<ProductBinding> = ids.iter().rev().map(|id| binding(id, None)).collect();
    bindings.push(binding("P99999999", None));
    let rule = StockRule {
        shop_id: SHOP.into(),
        active: true,
        source: None,
        buffer: Some(Decimal::from(2)),
        percentage: None,
        min_online: 0,
        max_listed: None,
        rounding: 0,
    };
    let list = stock_push_list(&PushStockPayload::default(), &rule, &products, &bindings).unwrap();
    assert_eq!(list.entries.len(), 20_001);
    assert_eq!(list.to_push, 20_000);
    assert!(list.entries[..20_000].iter().all(|e| e.quantity == Some(10)));
    assert_eq!(list.entries[20_000].skipped, Some(SkipReason::MissingStock));
}

#[test]
fn a_sku_on_every_product_is_reported_without_a_huge_report() {
    // 50 000 products sharing one placeholder SKU: each is a duplicate_sku issue naming five of
    // them and counting the rest, in linear time.
    let products: Vec<LocalProduct> = (0..50_000)
        .map(|i| LocalProduct {
            product_id: i.to_string(),
            sku: Some("N/A".into()),
        })
        .collect();
    let listings = [ChannelListing {
        external_product_id: "item-1".into(),
        external_sku: Some("N/A".into()),
    }];
    let bound = bind_by_sku(SHOP, &products, &listings, &[]).unwrap();
    assert_eq!(bound.issues.len(), 50_000);
    assert!(bound.issues.iter().all(|i| i.code == SyncIssueCode::DuplicateSku));
    assert_eq!(
        bound.issues[0].detail.as_deref(),
        Some("SKU N/A is on products 0, 1, 2, 3, 4 and 49995 more")
    );
    assert!(bound.new_bindings.is_empty() && bound.unmatched_listings.is_empty());
}
