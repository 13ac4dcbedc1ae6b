//! Channel orders: mapping 1 000 Shopee orders (order detail JSON, as `get_order_detail` returns
//! them) into canonical orders — the budget is ≤ 10 ms, linear — against the peer a user
//! would write by hand over `serde_json::Value` (the same fields, amounts parsed from the number's
//! text into `Decimal`, no validation, no paths). Sizes 100, 1 000 and 10 000 show the scaling;
//! the text case reads 1 000 orders as 20 answers of 50 (Shopee's most per call), parsing included.

use std::str::FromStr;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use ordercore::channels::{shopee_orders, shopee_orders_from_value};
use rust_decimal::Decimal;
use serde_json::{json, Value};

/// Order `i` as Shopee's order detail gives it: 3 items, some without a model SKU.
fn order(i: usize) -> Value {
    let items: Vec<Value> = (0..3)
        .map(|k| {
            json!({"item_id": 1_793_428_000 + k, "item_name": "Jasmine rice 5 kg", "item_sku": format!("RICE-{k}"),
                   "model_id": k * 7, "model_name": "", "model_sku": if k == 1 { String::new() } else { format!("RICE-{k}-M") },
                   "model_quantity_purchased": 1 + k, "model_original_price": 199.0, "model_discounted_price": 179.75,
                   "wholesale": false, "weight": 5.0, "add_on_deal": false, "main_item": false, "promotion_type": "",
                   "promotion_id": 0, "order_item_id": 1_793_428_000 + k})
        })
        .collect();
    json!({"order_sn": format!("241126QK{i:06}"), "region": "TH", "currency": "THB", "cod": false,
           "total_amount": 1118.5, "order_status": "READY_TO_SHIP", "shipping_carrier": "Kerry Express",
           "payment_method": "Credit Card/Debit Card", "estimated_shipping_fee": 40.0, "message_to_seller": "",
           "create_time": 1_732_608_000, "update_time": 1_732_611_600, "days_to_ship": 3, "ship_by_date": 1_732_867_200,
           "buyer_user_id": 258_115_342, "buyer_username": "somchai.k",
           "recipient_address": {"name": "S*****i K.", "phone": "******78", "town": "", "district": "Khlong Toei",
                                 "city": "Bangkok", "state": "Bangkok", "region": "TH", "zipcode": "10110",
                                 "full_address": "99/1 ****, Khlong Toei, Bangkok, 10110"},
           "item_list": items, "pay_time": 1_732_608_123, "cancel_by": "", "cancel_reason": "", "note": ""})
}

fn answer(orders: impl Iterator<Item = usize>) -> Value {
    json!({"request_id": "x", "error": "", "message": "", "response": {"order_list": orders.map(order).collect::<Vec<_>>()}})
}

/// What a user writes by hand: the same record, no checks.
#[allow(dead_code)] // the fields are what the mapping produces; the bench only times it
struct PeerOrder {
    number: String,
    status: String,
    currency: String,
    total: Decimal,
    subtotal: Decimal,
    lines: Vec<PeerLine>,
    name: String,
    address: String,
}

#[allow(dead_code)]
struct PeerLine {
    sku: String,
    quantity: u32,
    unit_price: Decimal,
    total: Decimal,
}

fn dec(v: &Value) -> Decimal {
    Decimal::from_str(&v.to_string()).unwrap_or_default()
}

fn text(v: &Value) -> String {
    v.as_str().unwrap_or_default().to_owned()
}

fn peer(answer: &Value) -> Vec<PeerOrder> {
    answer["response"]["order_list"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|o| {
            let lines: Vec<PeerLine> = o["item_list"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|it| {
                    let sku = Some(text(&it["model_sku"]))
                        .filter(|s| !s.is_empty())
                        .unwrap_or_else(|| text(&it["item_sku"]));
                    let quantity = it["model_quantity_purchased"].as_u64().unwrap_or(0) as u32;
                    let unit_price = dec(&it["model_discounted_price"]);
                    PeerLine {
                        sku,
                        quantity,
                        unit_price,
                        total: unit_price * Decimal::from(quantity),
                    }
                })
                .collect();
            PeerOrder {
                number: text(&o["order_sn"]),
                status: text(&o["order_status"]),
                currency: text(&o["currency"]),
                total: dec(&o["total_amount"]),
                subtotal: lines.iter().map(|l| l.total).sum(),
                lines,
                name: text(&o["recipient_address"]["name"]),
                address: text(&o["recipient_address"]["full_address"]),
            }
        })
        .collect()
}

fn channel_orders(c: &mut Criterion) {
    let mut group = c.benchmark_group("channel_orders/shopee");
    for n in [100, 1000, 10_000] {
        let answer = answer(0..n);
        assert_eq!(shopee_orders_from_value(&answer).unwrap().orders.len(), n);
        assert_eq!(peer(&answer).len(), n);
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("ordercore", n), &answer, |b, a| {
            b.iter(|| shopee_orders_from_value(std::hint::black_box(a)).unwrap())
        });
        group.bench_with_input(BenchmarkId::new("peer", n), &answer, |b, a| {
            b.iter(|| peer(std::hint::black_box(a)))
        });
    }
    let texts: Vec<String> = (0..20).map(|k| answer(k * 50..(k + 1) * 50).to_string()).collect();
    group.bench_function("ordercore_text/1000", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| shopee_orders(std::hint::black_box(t)).unwrap().orders.len())
                .sum::<usize>()
        })
    });
    group.bench_function("peer_text/1000", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| peer(&serde_json::from_str(std::hint::black_box(t)).unwrap()).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, channel_orders);
criterion_main!(benches);
