//! `quote` for orders of 1, 10, 100 and 1000 lines under the seed's rules (offer, category,
//! points, delivery and tax all applied): from typed values, from JSON texts (`quote_json`), and
//! through the JSON dispatch every JSON-speaking host uses (`call_text`: the C ABI, Dart, `callJson`).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use ordercore::pricing::{OrderItem, OrderRequest, PricingRules, SellingType};
use ordercore::{quote, quote_json};
use rust_decimal::Decimal;

fn order(lines: usize) -> OrderRequest {
    let mut request = OrderRequest::from_json(include_str!("../examples/data/seed_request.json")).unwrap();
    request.items = (0..lines)
        .map(|i| OrderItem {
            product_id: format!("p{i}"),
            quantity: 1 + (i as u32 % 5),
            unit_price: Decimal::new(299 + 37 * i as i64, 2),
            selling_type: SellingType::Unit,
            units_per_carton: None,
        })
        .collect();
    request
}

fn bench(c: &mut Criterion) {
    let rules = PricingRules::from_json(include_str!("../examples/data/seed_rules.json")).unwrap();
    let rules_json = serde_json::to_string(&rules).unwrap();
    let mut group = c.benchmark_group("quote");
    for lines in [1, 10, 100, 1000] {
        let request = order(lines);
        let request_json = serde_json::to_string(&request).unwrap();
        group.bench_with_input(BenchmarkId::new("typed", lines), &request, |b, r| {
            b.iter(|| quote(r, &rules).unwrap())
        });
        group.bench_with_input(BenchmarkId::new("json", lines), &request_json, |b, r| {
            b.iter(|| quote_json(r, &rules_json).unwrap())
        });
        let args = format!(r#"{{"request":{request_json},"rules":{rules_json}}}"#);
        group.bench_with_input(BenchmarkId::new("dispatch", lines), &args, |b, a| {
            b.iter(|| ordercore::ffi::call_text("quote", a))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
