//! Workflows: a decision, a transition and a bulk update of 10 000 orders on the built-in customer
//! order (the budgets: ≤ 1 µs and ≤ 10 ms), each beside the peer a user would write by
//! hand: a `match` of the allowed moves, the order cloned with its new status and tracking entry,
//! and the customer's notice formatted. `workflow_mimalloc` runs this file again under mimalloc,
//! which shows what of the bulk update is the system allocator's.

use chrono::{DateTime, TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
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
        tracking: vec![entry("pending", created_at, Actor::Customer, None)],
        rating: None,
    }
}

fn entry(status: &str, timestamp: DateTime<Utc>, actor: Actor, location: Option<String>) -> TrackingEntry {
    TrackingEntry {
        status: status.into(),
        timestamp,
        actor: Some(actor),
        location,
        driver_name: None,
        driver_phone: None,
        notes: None,
        reason: None,
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

/// The peer: the customer order's rules as a user writes them by hand — no actor, requirement,
/// stale-status or input checks, one language.
mod by_hand {
    use super::*;

    pub fn transition(order: &Order, to: &str, context: &TransitionContext) -> Result<(Order, String), String> {
        let notice = match (order.status.as_str(), to) {
            ("pending", "confirmed") => "تم تأكيد طلبك",
            ("confirmed", "preparing") => "بدأنا تحضير طلبك",
            ("preparing", "shipped") => "طلبك في الطريق إليك",
            ("shipped", "delivered") => "تم توصيل طلبك",
            ("pending" | "confirmed" | "preparing", "cancelled") => "تم إلغاء طلبك",
            (from, _) => return Err(format!("cannot move an order from {from} to {to}")),
        };
        let mut next = order.clone();
        next.status = to.to_owned();
        let location = context.location.clone();
        next.tracking.push(entry(to, context.now, context.actor, location));
        let number = order.order_number.as_deref().unwrap_or(&order.id);
        Ok((next, format!("{notice} {number}")))
    }
}

fn workflow(c: &mut Criterion) {
    let group = env!("CARGO_CRATE_NAME");
    let w = Workflow::builtin(BuiltinWorkflow::CustomerOrder).unwrap();
    let one = order(15);
    let ctx = context();
    c.bench_function(&format!("{group}/decisions"), |b| {
        b.iter(|| {
            w.decisions(std::hint::black_box("shipped"), Actor::Admin, Locale::Ar)
                .unwrap()
        })
    });
    c.bench_function(&format!("{group}/transition"), |b| {
        b.iter(|| w.transition(std::hint::black_box(&one), "confirmed", &ctx).unwrap())
    });
    c.bench_function(&format!("{group}/transition_by_hand"), |b| {
        b.iter(|| by_hand::transition(std::hint::black_box(&one), "confirmed", &ctx).unwrap())
    });
    let orders: Vec<Order> = (0..10_000).map(order).collect();
    c.bench_function(&format!("{group}/bulk_10000"), |b| {
        b.iter(|| w.bulk_transition(&orders, "confirmed", &ctx).unwrap())
    });
    c.bench_function(&format!("{group}/bulk_10000_by_hand"), |b| {
        b.iter(|| {
            let outcomes: Vec<_> = orders
                .iter()
                .map(|o| by_hand::transition(o, "confirmed", &ctx))
                .collect();
            outcomes
        })
    });
    c.bench_function(&format!("{group}/load_and_check"), |b| {
        b.iter(|| Workflow::builtin(BuiltinWorkflow::CustomerOrder).unwrap())
    });
}

criterion_group!(benches, workflow);
criterion_main!(benches);
