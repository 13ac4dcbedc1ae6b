//! The stock push list (the budget: 100 000 products ≤ 20 ms, linear), measured at 1 000,
//! 10 000 and 100 000 products against a peer in the same process: the same rule hand-written in
//! plain Rust, as a user would (one loop over the bindings, `Decimal` arithmetic, no checks of the
//! input, no duplicate or conflicting bindings found). Both answers are compared before timing.
//! The bindings come in the products' order (`push_list`), and in another (`push_list_scrambled`).

use std::collections::HashMap;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use ordercore::sync::{stock_push_list, ProductBinding, ProductStock, PushStockPayload, StockRule};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

const SHOP: &str = "95152937";

/// The seed's rule (buffer 10, minimum 5, no rounding) with what connectors add: 90 %, at most
/// 500 listed, rounded down to 5s.
fn rule() -> StockRule {
    StockRule {
        shop_id: SHOP.into(),
        active: true,
        source: None,
        buffer: Some(Decimal::from(10)),
        percentage: Some(Decimal::from(90)),
        min_online: 5,
        max_listed: Some(500),
        rounding: 5,
    }
}

/// `n` products and their bindings, the `b`th binding of product `order(b, n)`: stock from −5
/// to 994 (a tenth sold by weight, with decimals), one product in 7 in packs of 6, one binding
/// in 50 inactive, one in 20 pushed already at today's quantity.
fn data(n: usize, order: fn(usize, usize) -> usize) -> (Vec<ProductStock>, Vec<ProductBinding>) {
    let products = (0..n)
        .map(|i| ProductStock {
            product_id: (i + 1).to_string(),
            on_hand: if i % 10 == 0 {
                Decimal::new((i % 1000) as i64 * 1000 + 250, 3)
            } else {
                Decimal::from((i % 1000) as i64 - 5)
            },
            forecast: None,
        })
        .collect();
    let bindings = (0..n)
        .map(|b| order(b, n))
        .map(|i| ProductBinding {
            shop_id: SHOP.into(),
            product_id: (i + 1).to_string(),
            external_product_id: format!("{}", 2_000_000_000 + i),
            external_sku: Some(format!("SKU-{i:06}")),
            active: i % 50 != 49,
            pack_size: (i % 7 == 3).then(|| Decimal::from(6)),
            last_pushed: (i % 20 == 0).then_some(0),
        })
        .collect();
    (products, bindings)
}

/// What a user would write: the quantity to push per bound product, or `None` when skipped.
fn by_hand(rule: &StockRule, products: &[ProductStock], bindings: &[ProductBinding]) -> Vec<(String, Option<u64>)> {
    let stock: HashMap<&str, &ProductStock> = products.iter().map(|p| (p.product_id.as_str(), p)).collect();
    let buffer = rule.buffer.unwrap_or_default();
    let percentage = rule.percentage.unwrap_or(Decimal::ONE_HUNDRED);
    let mut out = Vec::with_capacity(bindings.len());
    for b in bindings.iter().filter(|b| b.shop_id == rule.shop_id) {
        let p = stock.get(b.product_id.as_str());
        let (Some(p), true, Some(_)) = (p, b.active, b.external_sku.as_ref()) else {
            out.push((b.product_id.clone(), None));
            continue;
        };
        let available = (p.on_hand - buffer).max(Decimal::ZERO) * percentage / Decimal::ONE_HUNDRED;
        let mut q = (available / b.pack_size.unwrap_or(Decimal::ONE))
            .floor()
            .to_u64()
            .unwrap_or(0);
        if let Some(max) = rule.max_listed {
            q = q.min(max);
        }
        if rule.rounding > 1 {
            q -= q % rule.rounding;
        }
        if q < rule.min_online {
            q = 0;
        }
        if b.last_pushed == Some(q) {
            out.push((b.product_id.clone(), None));
        } else {
            out.push((b.product_id.clone(), Some(q)));
        }
    }
    out
}

/// The bindings in the products' order.
fn same_order(b: usize, _: usize) -> usize {
    b
}

/// The bindings in another order than the products (the `b`th is product `b × 7919 mod n`'s),
/// as a host that reads them from another table sends them.
fn scrambled(b: usize, n: usize) -> usize {
    b * 7919 % n
}

fn push_list(c: &mut Criterion) {
    compare(c, "sync/push_list", same_order);
    compare(c, "sync/push_list_scrambled", scrambled);
}

/// Both sides on the products and their bindings, ordered by `order`, at each size.
fn compare(c: &mut Criterion, name: &str, order: fn(usize, usize) -> usize) {
    let rule = rule();
    let all = PushStockPayload::default();
    let mut group = c.benchmark_group(name);
    for n in [1_000, 10_000, 100_000] {
        let (products, bindings) = data(n, order);
        let ours = stock_push_list(&all, &rule, &products, &bindings).unwrap();
        let theirs = by_hand(&rule, &products, &bindings);
        let ours_short: Vec<(String, Option<u64>)> = ours
            .entries
            .iter()
            .map(|e| (e.product_id.clone(), e.quantity))
            .collect();
        assert_eq!(ours_short, theirs, "the peer must give the same answer");
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("ordercore", n), &n, |b, _| {
            b.iter(|| stock_push_list(&all, &rule, &products, &bindings).unwrap())
        });
        group.bench_with_input(BenchmarkId::new("by_hand", n), &n, |b, _| {
            b.iter(|| by_hand(&rule, &products, &bindings))
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = push_list
}
criterion_main!(benches);
