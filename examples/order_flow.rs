//! The seed's customer order through its workflow: placed, confirmed, cancelled by its customer
//! with the effects to carry out, and the 422 a shipped order answers to a cancel.

use chrono::{TimeZone, Utc};
use ordercore::workflow::{Actor, BuiltinWorkflow, Order, RefundMethod, TransitionContext, Workflow};
use ordercore::{Locale, Problem};

fn main() -> Result<(), ordercore::Error> {
    let workflow = Workflow::builtin(BuiltinWorkflow::CustomerOrder)?;
    let quote = ordercore::quote_json(
        include_str!("data/seed_request.json"),
        include_str!("data/seed_rules.json"),
    )?;
    let at = |h, m| Utc.with_ymd_and_hms(2025, 1, 21, h, m, 0).single().unwrap_or_default();
    let context = |actor, now| TransitionContext {
        now,
        actor,
        expected_status: None,
        reason: None,
        location: None,
        driver_name: None,
        driver_phone: None,
        notes: None,
        estimated_delivery_minutes: None,
        send_notification: true,
        refund_method: Some(RefundMethod::LoyaltyPoints),
        loyalty: None,
        locale: Some(Locale::Ar),
    };
    let order = Order {
        id: "15".into(),
        order_number: Some("ORD-2025-001".into()),
        status: workflow.initial.clone(),
        created_at: at(17, 45),
        paid: true,
        quote: Some(quote.into()),
        estimated_delivery_time: None,
        tracking: Vec::new(),
        rating: None,
    };
    let placed = workflow.place(&order, &context(Actor::Customer, at(17, 45)))?;
    let confirmed = workflow.transition(&placed.order, "confirmed", &context(Actor::Admin, at(18, 0)))?;
    let cancelled = workflow.transition(&confirmed.order, "cancelled", &context(Actor::Customer, at(18, 5)))?;
    println!(
        "{} → {} ({}): {:?}",
        cancelled.from, cancelled.order.status, cancelled.event, cancelled.effects.kinds
    );
    for line in cancelled.effects.restore_stock.iter().flatten() {
        println!(
            "  restock {} × {} ({:?})",
            line.quantity, line.product_id, line.selling_type
        );
    }
    if let Some(refund) = &cancelled.effects.refund {
        println!(
            "  refund {} {} as {:?}, {} points back",
            refund.refund.amount, refund.refund.currency, refund.method, refund.refund.loyalty_points
        );
    }
    for n in &cancelled.effects.notifications {
        println!("  tell {:?}: {}", n.audience, n.text);
    }

    let shipped = Order {
        status: "shipped".into(),
        ..confirmed.order
    };
    if let Err(refused) = workflow.transition(&shipped, "cancelled", &context(Actor::Customer, at(19, 45))) {
        let problem: Option<&Problem> = refused.problems().next();
        let (status, actions) = problem
            .map(|p| (p.current_status.clone(), p.allowed_actions.clone()))
            .unwrap_or_default();
        println!(
            "422 {} — current_status {status:?}, allowed_actions {actions:?}",
            refused.code()
        );
    }
    Ok(())
}
