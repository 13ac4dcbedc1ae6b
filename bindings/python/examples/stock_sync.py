"""The seed's stock push from Python: shop 95152937's sync rule (buffer 10, minimum online 5,
rounding 0), the push_stock job's payload as the seed writes it, and the list to send — each
product with its quantity and listing, or skipped with the reason."""

from datetime import datetime, timezone
from decimal import Decimal

import ordercore
from ordercore import ProductBinding, ProductStock, PullOrdersOptions, PullOrdersPayload, PullSchedule, StockRule

rule = StockRule(shop_id="95152937", buffer=Decimal("10"), min_online=5, rounding=0)
payload = ordercore.push_stock_payload('{"product_ids": [1, 2, 3]}')
products = [
    ProductStock(product_id="1", on_hand=Decimal("27")),
    ProductStock(product_id="2", on_hand=Decimal("30")),
    ProductStock(product_id="3", on_hand=Decimal("14")),
]
bindings = [
    ProductBinding(shop_id="95152937", product_id="1", external_product_id="24000000001", external_sku="TH-TEA-250"),
    ProductBinding(shop_id="95152937", product_id="3", external_product_id="24000000003", external_sku="TH-OIL-1L"),
]
push = ordercore.stock_push_list(payload, rule, products, bindings)
for entry in push.entries:
    if entry.quantity is not None:
        why = f" (0: {entry.level.zero_because.name.lower()})" if entry.level.zero_because else ""
        print(f"push {entry.quantity} to {entry.target.external_product_id} / {entry.target.external_sku}{why}")
    else:
        print(f"skip product {entry.product_id}: {entry.skipped.name.lower()}")
for issue in push.issues:
    print(f"  job error: {issue.code.name.lower()} ({issue.object.name.lower()} {issue.id}) -> {issue.action.name.lower()}")
assert [e.quantity for e in push.entries] == [17, None, 0]

# The seed's pull_orders payload (a time without an offset: Odoo's UTC), then the next window.
now = datetime(2024, 11, 1, 6, 30, tzinfo=timezone.utc)
pulled = ordercore.pull_orders_payload(
    '{"since": "2024-11-01T00:00:00", "until": null}', PullOrdersOptions(now=now, zoneless_offset_minutes=0)
)
last = PullOrdersPayload(since=pulled.since, until=datetime(2024, 11, 1, 6, 0, tzinfo=timezone.utc))
window = ordercore.next_pull_window(PullSchedule(max_window_seconds=15 * 24 * 3600), last, now)
print(f'next pull_orders: {{"since": "{window.since.isoformat()}", "until": "{window.until.isoformat()}"}}')
assert window.since == datetime(2024, 11, 1, 5, 55, tzinfo=timezone.utc)
