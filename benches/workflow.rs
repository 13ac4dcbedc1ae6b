//! Workflows: a decision and a transition on the built-in customer order, and a bulk update of
//! 10 000 orders (the budgets: ≤ 1 µs and ≤ 10 ms).

use chrono::{TimeZone, Utc};
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use ordercore::workflow::{Actor, BuiltinWorkflow, Order, TrackingEntry, TransitionContext, Workflow};
use ordercore::Locale;

fn order(id: usize) -> Order {
    let created_at = Utc.with_ymd_and_hms(2025, 1, 21, 17, 45, 0).unwrap();
    Order {
        id: id.to_string(),
        order_number: Some(format!("ORD-2025-{id:05}")),
        status: "pending".into(),
        created_at,
        paid: false,
        quote: None,
        estimated_delivery_time: None,
        tracking: vec![TrackingEntry {
            status: "pending".into(),
            timestamp: created_at,
            actor: Some(Actor::Customer),
            location: None,
            driver_name: None,
            driver_phone: None,
            notes: None,
            reason: None,
        }],
        rating: None,
    }
}

fn context() -> TransitionContext {
    TransitionContext {
        now: Utc.with_ymd_and_hms(2025, 1, 21, 18, 0, 0).unwrap(),
        actor: Actor::Admin,
        expected_status: Some("pending".into()),
        reason: None,
        location: Some("متجر سن توب الرئيسي".into()),
        driver_name: None,
        driver_phone: None,
        notes: None,
        estimated_delivery_minutes: None,
        send_notification: true,
        refund_method: None,
        loyalty: None,
        locale: Some(Locale::Ar),
    }
}

fn workflow(c: &mut Criterion) {
    let w = Workflow::builtin(BuiltinWorkflow::CustomerOrder).unwrap();
    let one = order(15);
    let ctx = context();
    c.bench_function("workflow/decisions", |b| {
        b.iter(|| {
            w.decisions(std::hint::black_box("shipped"), Actor::Admin, Locale::Ar)
                .unwrap()
        })
    });
    c.bench_function("workflow/transition", |b| {
        b.iter(|| w.transition(std::hint::black_box(&one), "confirmed", &ctx).unwrap())
    });
    let orders: Vec<Order> = (0..10_000).map(order).collect();
    c.bench_function("workflow/bulk_10000", |b| {
        b.iter_batched(
            || (),
            |()| w.bulk_transition(&orders, "confirmed", &ctx).unwrap(),
            BatchSize::SmallInput,
        )
    });
    c.bench_function("workflow/load_and_check", |b| {
        b.iter(|| Workflow::builtin(BuiltinWorkflow::CustomerOrder).unwrap())
    });
}

criterion_group!(benches, workflow);
criterion_main!(benches);
