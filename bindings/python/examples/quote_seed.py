"""Quotes the seed's order with typed records and decimal.Decimal, as a Python back end would."""

from decimal import Decimal

import ordercore
from ordercore import DeliveryAddress, OrderItem, OrderRequest, SellingType

request = OrderRequest(
    merchant_id="1",
    items=[
        OrderItem(product_id="5", quantity=2, unit_price=Decimal("2.99"), selling_type=SellingType.UNIT),
        OrderItem(product_id="3", quantity=1, unit_price=Decimal("35.88"), selling_type=SellingType.CARTON, units_per_carton=12),
    ],
    delivery_address=DeliveryAddress(street="شارع التحرير", building="123", city="القاهرة", phone="01234567890"),
    payment_method="cash_on_delivery",
    offer_code="SAVE10",
    use_loyalty_points=50,
)
rules = ordercore.pricing_rules_from_json(open("examples/data/seed_rules.json", encoding="utf-8").read())
quote = ordercore.quote(request, rules)
for name, amount in vars(quote.financial).items():
    print(f"{name:<18} {amount}")
for step in quote.steps:
    print(f"  {step.rule.name.lower():<18} on {step.base} = {step.exact} -> {step.amount}")
assert quote.financial.total_amount == Decimal("54.81")
