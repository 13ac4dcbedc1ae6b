"""Channel orders from Python (run from the repository root): a Shopee get_order_detail answer and
Akinon channel orders imported into one canonical order with exact money (a bad order reported, the
others kept), an Akinon order made ready to quote, an item cancelled with the host's reasons,
updates sent back in batches, and the seed's purchase 200081134310 paid."""

from datetime import datetime, timezone
from decimal import Decimal

import ordercore
from ordercore import (
    CancelReason, CargoCompany, ChannelCancellation, LocalPurchase, NextAction, Order, OrderUpdate,
    PaymentAnswer, PurchaseLine, ReasonMapping, ReasonTable, TokenAction, TokenTimes,
)


def text(path):
    return open(path, encoding="utf-8").read()


def show(source, imported):
    for o in imported.orders:
        print(f"{source} {o.number}: {o.status.status}, {len(o.lines)} lines, "
              f"{o.subtotal} + {o.shipping_fee or '—'} + {o.adjustment} = {o.total_amount} {o.currency}")
    for f in imported.failures:
        print(f"{source} {f.concerns.order}: {f.code} ({f.action.name.lower()}) {f.message}")


def at(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(timezone.utc)


shopee = ordercore.shopee_orders(text("examples/data/shopee_order_detail.json"))
show("shopee", shopee)
assert shopee.orders[0].total_amount == Decimal("579.50")
assert shopee.failures[0].action == NextAction.FIX_DATA

akinon = ordercore.akinon_orders(text("examples/data/akinon_orders.json"), [CargoCompany(channel_code="YK", cargo_company="yurtici")])
show("akinon", akinon)
order = akinon.orders[0]
request = ordercore.channel_order_request(order, "store-1", "card")
print("  to quote:", ", ".join(f"{i.quantity} × {i.product_id} at {i.unit_price}" for i in request.items))

now = at("2024-11-26T12:00:00Z")
reasons = ReasonTable(mapping=[ReasonMapping(code="4", reason="Out of stock")], default_reason="Cancelled by the channel")
cancellation = ChannelCancellation(order=order.number, cancel_items=["TY-88120034-2"],
                                   reasons=[CancelReason(line="TY-88120034-2", code="4")])
cancelled = ordercore.channel_cancellation(order, cancellation, reasons, now)
print(f"  cancelled {[(l.line_id, l.reason) for l in cancelled.lines]}; refund {cancelled.refund_amount}; "
      f"order {cancelled.order.order.status}")
assert cancelled.refund_amount == Decimal("299.95")

batches = ordercore.channel_update_batches(
    [OrderUpdate(order=order.number, status="shipped", tracking_number="YK9000")], None, "orders-20241126", now)
print(f"  batch {batches[0].batch.id} ({batches[0].batch.status}):",
      [f"{u.update.order} → {u.code.code}" for u in batches[0].updates])

plan = ordercore.supplier_purchase_plan(
    [LocalPurchase(order_id="59", status="pending", lines=[PurchaseLine(product_id="1201", sku="5123841998452", quantity=2)])])
print("supplier: send", [r.order_id for r in plan.requests], "pay in",
      len(ordercore.supplier_payment_batches(["200081134310"])), "batch")
decision = ordercore.supplier_token_decision(
    TokenTimes(access_token_expires_at=at("2025-01-21T10:00:00Z"), refresh_token_expires_at=at("2025-02-20T10:00:00Z")),
    at("2025-01-21T11:00:00Z"))
print("  token:", decision.action.name.lower())
assert decision.action == TokenAction.REFRESH
created = Order(id="59", status="created", created_at=at("2025-01-21T10:00:00Z"))
short = ordercore.supplier_payment_result(
    created, PaymentAnswer(purchase_id="200081134310", success=False, error_code="INSUFFICIENT_BALANCE_FOR_PAYMENT"),
    at("2025-01-21T11:00:00Z"), None)
print(f"  {short.failure.code}: stays {short.order.status}, {short.failure.action.name.lower()}")
paid = ordercore.supplier_payment_result(
    created, PaymentAnswer(purchase_id="200081134310", success=True), at("2025-01-21T11:30:00Z"), None)
print("  paid:", paid.order.status)
assert paid.order.status == "paid"
