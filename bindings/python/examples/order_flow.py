"""The seed's customer order through its workflow from Python: placed, confirmed, cancelled by its
customer with the effects to carry out, and the 422 a shipped order answers to a cancel."""

import dataclasses
from datetime import datetime, timezone

import ordercore
from ordercore import Actor, Locale, Order, RefundMethod, TransitionContext

workflow = ordercore.workflow(ordercore.BuiltinWorkflow.CUSTOMER_ORDER)
quote = ordercore.quote_json(
    open("examples/data/seed_request.json", encoding="utf-8").read(),
    open("examples/data/seed_rules.json", encoding="utf-8").read(),
)


def at(hour, minute):
    return datetime(2025, 1, 21, hour, minute, tzinfo=timezone.utc)


def context(actor, now):
    return TransitionContext(now=now, actor=actor, refund_method=RefundMethod.LOYALTY_POINTS, locale=Locale.AR)


order = Order(id="15", order_number="ORD-2025-001", status=workflow.initial, created_at=at(17, 45), paid=True, quote=quote)
placed = ordercore.place_order(workflow, order, context(Actor.CUSTOMER, at(17, 45)))
confirmed = ordercore.transition_order(workflow, placed.order, "confirmed", context(Actor.ADMIN, at(18, 0)))
cancelled = ordercore.transition_order(workflow, confirmed.order, "cancelled", context(Actor.CUSTOMER, at(18, 5)))
print(cancelled._from, "->", cancelled.order.status, [kind.name.lower() for kind in cancelled.effects.kinds])
for line in cancelled.effects.restore_stock or []:
    print("  restock", line.quantity, "x", line.product_id)
refund = cancelled.effects.refund
print("  refund", refund.refund.amount, refund.refund.currency, "as", refund.method.name.lower())
for note in cancelled.effects.notifications:
    print("  tell", note.audience.name.lower() + ":", note.text)
assert str(refund.refund.amount) == "54.81"

shipped = confirmed.order
shipped.status = "shipped"
try:
    ordercore.transition_order(workflow, shipped, "cancelled", context(Actor.CUSTOMER, at(19, 45)))
    raise AssertionError("a shipped order was cancelled")
except ordercore.OrderCoreError.Invalid as refused:
    problem = refused.problems[0]
    print("422", refused.code.name.lower(), problem.current_status, problem.allowed_actions)
    assert problem.allowed_actions == ["track", "reorder"]
