"""The OT Platform flow of the seed from Python (run from the repository root): add an order,
reserve its payment (depositing the shortfall), export it, synchronise, find a line by its waybill.
The answers are the fixtures a host would receive from the platform."""

from pathlib import Path

import ordercore
from ordercore import (AddOrderSettings, OrderLineSearchParameters, OtCall, OtClient, OtMethod, OtSessions,
                       ProviderParameters, SalesPaymentInfo)


def platform(method, fixture):
    """What the platform answers `method` with (a fixture, as the host would receive it)."""
    return ordercore.ot_answer(method, Path("tests/fixtures/otapi", fixture).read_text(encoding="utf-8"))


client = OtClient(instance_key="demo-instance-key", language="en",
                  sessions=OtSessions(operator="op-session-1", customer="cust-session-7", provider="taobao-session-1"))


def send(call):
    """The request's parameters, encoded as the host POSTs them."""
    return ordercore.ot_request(call, client).encoded


# 1. Add the order: the AddOrder document from an ordercore order and its quote.
request = ordercore.order_request_from_json(Path("examples/data/seed_request.json").read_text(encoding="utf-8"))
request.items[1].units_per_carton = 12
quote = ordercore.quote(request, ordercore.pricing_rules_from_json(Path("examples/data/seed_rules.json").read_text(encoding="utf-8")))
add_data = ordercore.ot_order_add_data(request, quote, AddOrderSettings(delivery_mode_id="DM-1", user_profile_id="123"))
send(OtCall(method=OtMethod.ADD_ORDER, add_data=add_data))
order_id = platform(OtMethod.ADD_ORDER, "add_order.xml").order.id

# 2. Pay it from the customer's account, depositing the shortfall first.
plan = ordercore.ot_payment_plan(platform(OtMethod.GET_SALES_PAYMENT_INFO, "payment_info.xml").payment or SalesPaymentInfo())
if plan.deposit > 0:
    print("deposit", send(OtCall(method=OtMethod.POST_TRANSACTION, customer_id=plan.customer_id, amount=plan.deposit, is_debit=True)))
print("reserve", send(OtCall(method=OtMethod.SALES_PAYMENT_RESERVE, sales_id=order_id, amount=plan.due)))

# 3. Export it to the provider (every line), then synchronise.
send(OtCall(method=OtMethod.RUN_ORDER_EXPORTING_TO_PROVIDER, provider_type="Taobao",
            provider_parameters=ProviderParameters(order_id=order_id)))
print("export activity", platform(OtMethod.RUN_ORDER_EXPORTING_TO_PROVIDER, "export_activity.xml").activity.id)
send(OtCall(method=OtMethod.RUN_ORDERS_SYNCHRONIZING_WITH_PROVIDER, provider_type="Taobao"))

# 4. A parcel arrives: its lines by the scanned waybill, and the order's lines by provider order.
scanned = "YT1234567890\n"
send(OtCall(method=OtMethod.SEARCH_ORDER_LINES, line_search=OrderLineSearchParameters(waybills=[scanned.strip()]), frame_size=50))
found = platform(OtMethod.SEARCH_ORDER_LINES, "order_lines_by_waybill.xml").lines.lines
lines = platform(OtMethod.GET_SALES_ORDER_DETAILS_FOR_OPERATOR, "order_details.xml").order_details.lines
for order in ordercore.ot_provider_orders(lines).orders:
    print(order.provider_order_id, order.waybills, len(order.lines))
assert len(found) == 2 and len(ordercore.ot_lines_by_waybill(lines, scanned)) == 2
