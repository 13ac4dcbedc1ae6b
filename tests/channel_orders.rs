//! Channel orders and supplier purchases: the seed's purchase flow end to end, and the invariants
//! of payment batches, update batches, imported money and cancellations, for any input.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use ordercore::channels::{
    akinon_orders, channel_cancellation, channel_update_batches, shopee_orders, supplier_payment_batches,
    supplier_payment_result, supplier_purchase_plan, CargoCompany, ChannelCancellation, LocalPurchase, NextAction,
    OrderUpdate, PaymentAnswer, PurchaseLine, ReasonTable, MAX_PAYMENT_BATCH,
};
use ordercore::workflow::Order;
use proptest::prelude::*;
use proptest::sample::select;
use rust_decimal::Decimal;
use serde_json::{json, Value};

fn at(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

#[test]
fn the_seed_s_order_59_is_sent_paid_and_a_short_balance_is_kept() {
    let order = LocalPurchase {
        order_id: "59".into(),
        status: "pending".into(),
        lines: vec![PurchaseLine {
            product_id: "1201".into(),
            sku: Some("5123841998452".into()),
            quantity: 2,
        }],
    };
    let plan = supplier_purchase_plan(&[order]).unwrap();
    assert_eq!(plan.requests[0].order_id, "59");
    let batches = supplier_payment_batches(&["200081134310".to_owned()]).unwrap();
    assert_eq!(batches[0].purchase_ids, ["200081134310"]);
    let created: Order = serde_json::from_value(json!({
        "id": "59", "status": "created", "created_at": "2025-01-21T10:00:00Z"
    }))
    .unwrap();
    let answer = |success, code: Option<&str>| PaymentAnswer {
        purchase_id: "200081134310".into(),
        success,
        error_code: code.map(str::to_owned),
        error_message: None,
    };
    let now = at("2025-01-21T11:00:00Z");
    let paid = supplier_payment_result(&created, &answer(true, None), now, None).unwrap();
    assert_eq!((paid.order.status.as_str(), paid.order.paid), ("paid", true));
    let short = supplier_payment_result(
        &created,
        &answer(false, Some("INSUFFICIENT_BALANCE_FOR_PAYMENT")),
        now,
        None,
    )
    .unwrap();
    assert_eq!(short.order, created);
    let failure = short.failure.unwrap();
    assert_eq!(failure.action, NextAction::TopUpBalance);
    assert_eq!(failure.concerns.purchase_id.as_deref(), Some("200081134310"));
}

/// A Shopee order with the given items (price in cents, quantity) and total (in cents).
fn shopee(items: &[(i64, u32)], total: i64) -> String {
    let item_list: Vec<Value> = items
        .iter()
        .enumerate()
        .map(|(i, (cents, quantity))| {
            // The price as a JSON number literal, as Shopee writes it.
            let price: Value = serde_json::from_str(&Decimal::new(*cents, 2).to_string()).unwrap();
            json!({"item_id": i, "model_id": 0, "item_sku": format!("SKU-{i}"), "model_sku": "",
                   "model_quantity_purchased": quantity, "model_discounted_price": price})
        })
        .collect();
    let total: Value = serde_json::from_str(&Decimal::new(total, 2).to_string()).unwrap();
    json!({"error": "", "response": {"order_list": [{
        "order_sn": "S1", "order_status": "READY_TO_SHIP", "currency": "THB", "create_time": 1732608000,
        "total_amount": total, "recipient_address": {"name": "A", "full_address": "Street 1"},
        "item_list": item_list
    }]}})
    .to_string()
}

/// An Akinon order of one-unit items (prices in cents), shipping and amount in cents.
fn akinon(prices: &[i64], shipping: i64, amount: i64) -> String {
    let address = json!({"email": "a@example.com", "phone_number": "05556667788", "first_name": "A",
                         "last_name": "B", "country": "1", "city": "80", "line": "Street 1"});
    let items: Vec<Value> = prices
        .iter()
        .enumerate()
        .map(|(i, cents)| json!({"remote_id": format!("R{i}"), "product": "P", "price": Decimal::new(*cents, 2).to_string()}))
        .collect();
    json!([{"order": {"number": "N1", "currency": "TRY", "created_at": "2024-11-26T09:30:00Z",
        "amount": Decimal::new(amount, 2).to_string(), "shipping_amount": Decimal::new(shipping, 2).to_string(),
        "cargo_company": "YK", "customer": address.clone(), "shipping_address": address.clone(),
        "billing_address": address}, "order_item": items}])
    .to_string()
}

fn cargo() -> Vec<CargoCompany> {
    vec![CargoCompany {
        channel_code: "YK".into(),
        cargo_company: "yurtici".into(),
    }]
}

proptest! {
    #[test]
    fn payment_batches_cover_every_id_once_at_most_ten_each(n in 0usize..=95) {
        let ids: Vec<String> = (0..n).map(|i| format!("2000811343{i:02}")).collect();
        let batches = supplier_payment_batches(&ids).unwrap();
        prop_assert!(batches.iter().all(|b| (1..=MAX_PAYMENT_BATCH).contains(&b.purchase_ids.len())));
        let paid: Vec<String> = batches.into_iter().flat_map(|b| b.purchase_ids).collect();
        prop_assert_eq!(paid, ids);
    }

    #[test]
    fn update_batches_hold_every_update_once_within_the_size(n in 0u32..=60, size in 1u32..=15) {
        let updates: Vec<OrderUpdate> = (0..n)
            .map(|i| OrderUpdate { order: i.to_string(), line: None, status: "shipped".into(), tracking_number: None })
            .collect();
        let batches = channel_update_batches(&updates, Some(size), "b", at("2024-11-26T12:00:00Z")).unwrap();
        let ids: HashSet<&str> = batches.iter().map(|b| b.batch.id.as_str()).collect();
        prop_assert_eq!(ids.len(), batches.len());
        prop_assert!(batches.iter().all(|b| !b.updates.is_empty() && b.updates.len() <= size as usize));
        prop_assert!(batches.iter().all(|b| b.batch.status == "initialized"));
        let sent: Vec<OrderUpdate> = batches.into_iter().flat_map(|b| b.updates).map(|u| u.update).collect();
        prop_assert_eq!(sent, updates);
    }

    #[test]
    fn a_shopee_order_s_money_sums_exactly_to_its_total(
        items in prop::collection::vec((0i64..=10_000_000, 1u32..=50), 1..8),
        total in 0i64..=1_000_000_000,
    ) {
        let import = shopee_orders(&shopee(&items, total)).unwrap();
        let order = &import.orders[0];
        for (line, (cents, quantity)) in order.lines.iter().zip(&items) {
            prop_assert_eq!(line.line_total, Decimal::new(*cents, 2) * Decimal::from(*quantity));
        }
        let lines: Decimal = order.lines.iter().map(|l| l.line_total).sum();
        prop_assert_eq!(order.subtotal, lines);
        prop_assert_eq!(order.subtotal + order.shipping_fee.unwrap_or_default() + order.adjustment, order.total_amount);
        prop_assert_eq!(order.total_amount, Decimal::new(total, 2));
    }

    #[test]
    fn an_akinon_order_sums_exactly_or_says_it_does_not(
        prices in prop::collection::vec(0i64..=10_000_000, 1..8),
        shipping in 0i64..=10_000,
        off in select(vec![0i64, 0, 1, -1, 100]),
    ) {
        let sum: i64 = prices.iter().sum::<i64>() + shipping;
        let amount = sum + off;
        prop_assume!(amount >= 0);
        let import = akinon_orders(&akinon(&prices, shipping, amount), &cargo()).unwrap();
        if off == 0 {
            let order = &import.orders[0];
            prop_assert_eq!(order.subtotal + order.shipping_fee.unwrap_or_default(), order.total_amount);
            prop_assert!(order.adjustment.is_zero());
        } else {
            prop_assert!(import.orders.is_empty());
            let problem = &import.failures[0].problems[0];
            prop_assert_eq!((problem.code.as_str(), problem.field.as_str()), ("invalid_value", "[0].order.amount"));
            prop_assert_eq!(import.failures[0].action, NextAction::FixData);
        }
    }

    #[test]
    fn a_cancellation_refunds_exactly_its_lines_and_is_whole_when_none_is_left(
        prices in prop::collection::vec(1i64..=1_000_000, 1..6),
        pick in prop::collection::vec(any::<bool>(), 6),
    ) {
        let shipping = 990;
        let amount = prices.iter().sum::<i64>() + shipping;
        let order = akinon_orders(&akinon(&prices, shipping, amount), &cargo()).unwrap().orders.remove(0);
        let cancel_items: Vec<String> = order.lines.iter().zip(&pick).filter(|(_, p)| **p).map(|(l, _)| l.line_id.clone()).collect();
        let cancellation = ChannelCancellation {
            order: "N1".into(), cancel_items: cancel_items.clone(), reasons: vec![], is_cargo_refund: false, forced_refund_amount: None,
        };
        let reasons = ReasonTable { mapping: vec![], default_reason: "channel".into() };
        let done = channel_cancellation(&order, &cancellation, &reasons, at("2024-11-27T00:00:00Z")).unwrap();
        let cancelled: Vec<&String> = if cancel_items.is_empty() { order.lines.iter().map(|l| &l.line_id).collect() } else { cancel_items.iter().collect() };
        let expected: Decimal = order.lines.iter().filter(|l| cancelled.contains(&&l.line_id)).map(|l| l.line_total).sum();
        prop_assert_eq!(done.refund_amount, expected);
        prop_assert_eq!(done.whole, cancelled.len() == order.lines.len());
        prop_assert_eq!(done.transition.is_some(), done.whole);
        prop_assert_eq!(done.order.order.status == "cancelled", done.whole);
    }
}
