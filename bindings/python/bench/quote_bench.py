"""Benchmark: ordercore from Python against the code a user would write by hand — a `decimal` quote
of the same carts under the same policy — interleaved in one process, with an agreement check
(every figure both compute must be the same cent). From the repository root, with the generated
module on PYTHONPATH: `PYTHONPATH=target/bindings/python python3 bindings/python/bench/quote_bench.py`."""

import json
import random
import statistics
import time
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from pathlib import Path

import ordercore

# The policy of bindings/npm/bench/quote.mjs: SAVE10 (10 %) and a 5 % category on the subtotal,
# 50 points at 0.05 (balance 200), 15.00 delivery, 14 % tax on goods and delivery, rounded once.
RULES = {
    "currency": "EGP",
    "offers": [{"code": "SAVE10", "kind": "percentage", "value": "10"}],
    "customer_category": {"name": "silver", "discount_percentage": "5"},
    "loyalty": {"point_value": "0.05", "points_balance": 200},
    "delivery": {"fee": "15.00"},
    "tax": {"rate": "14", "include_delivery": True, "rounding": "per_order"},
}
CENT = Decimal("0.01")


def hand_quote(cart):
    """The hand-written quote: what a back-end developer writes with `decimal`."""
    cents = lambda d: d.quantize(CENT, rounding=ROUND_HALF_UP)
    subtotal = sum((cents(Decimal(i["unit_price"]) * i["quantity"]) for i in cart["items"]), Decimal(0))
    discount = cents(subtotal * 10 / 100)
    category = min(cents(subtotal * 5 / 100), subtotal - discount)
    due = subtotal - discount - category
    points = min(cart["use_loyalty_points"], 200, int(due / Decimal("0.05")))
    loyalty = (Decimal(points) * Decimal("0.05")).quantize(CENT, rounding=ROUND_DOWN)
    fee = Decimal("15.00")
    base = due - loyalty + fee
    tax = cents(base * 14 / 100)
    return {"subtotal": subtotal, "discount": discount, "category_discount": category,
            "loyalty_discount": loyalty, "delivery_fee": fee, "tax": tax, "total_amount": base + tax}


def carts(lines, count, seed):
    """Deterministic carts: prices 0.50 to 200.00 (as strings, exact), quantities 1 to 5."""
    rng = random.Random(seed)
    return [{
        "merchant_id": "1",
        "items": [{"product_id": f"p{i}", "quantity": rng.randint(1, 5),
                   "unit_price": f"{rng.randint(50, 20000) / 100:.2f}", "selling_type": "unit"}
                  for i in range(lines)],
        "delivery_address": {"street": "شارع التحرير", "phone": "01234567890"},
        "payment_method": "cash_on_delivery",
        "offer_code": "SAVE10",
        "use_loyalty_points": 50,
    } for _ in range(count)]


def agrees(cart, request_json, rules_json):
    """Whether ordercore's quote of `request_json` has every figure of the hand-written quote of `cart`."""
    quote = ordercore.quote_json(request_json, rules_json)
    return all(getattr(quote.financial, k) == v for k, v in hand_quote(cart).items())


def race(calls, rounds):
    """Microseconds per call of each, the median of interleaved rounds."""
    times = {name: [] for name in calls}
    for _ in range(rounds):
        for name, (call, items) in calls.items():
            start = time.perf_counter()
            for item in items:
                call(item)
            times[name].append((time.perf_counter() - start) / len(items) * 1e6)
    return {name: statistics.median(t) for name, t in times.items()}


def report(label, calls):
    """Races `calls` (ordercore's paths and "hand-written decimal") and prints each path's ratio to the
    hand-written quote; returns the µs per call of ordercore's paths."""
    race(calls, 2)  # warm up
    result = race(calls, 7)
    hand = result.pop("hand-written decimal")
    for name, ours in result.items():
        print(f"python {label}: {name} {ours:.1f} µs, hand-written decimal {hand:.1f} µs: "
              f"ordercore {hand / ours:.2f}× as fast (median of 7 interleaved rounds)")
    return result


rules_json = json.dumps(RULES)
rules = ordercore.pricing_rules_from_json(rules_json)
disagreements = 0
for lines in (1, 10, 100):
    batch = carts(lines, 50 if lines == 100 else 300, 17 + lines)
    disagreements += sum(not agrees(c, json.dumps(c, ensure_ascii=False), rules_json) for c in batch)
    typed = [ordercore.order_request_from_json(json.dumps(c, ensure_ascii=False)) for c in batch]
    report(f"{lines} line{'s' if lines > 1 else ''} ({len(batch)} carts)", {
        "from dicts (json.dumps + quote_json)":
            (lambda c: ordercore.quote_json(json.dumps(c, ensure_ascii=False), rules_json), batch),
        "from typed records (quote)": (lambda r: ordercore.quote(r, rules), typed),
        "dicts both ways (json.dumps + call_json + json.loads)":
            (lambda c: json.loads(ordercore.call_json("quote", json.dumps({"request": c, "rules": RULES}, ensure_ascii=False))), batch),
        "hand-written decimal": (hand_quote, batch),
    })

# The seed's order (examples/data: its rules state the policy above), by every path; goal ≤ 60 µs.
DATA = Path(__file__).resolve().parents[3] / "examples" / "data"
seed_text = (DATA / "seed_request.json").read_text(encoding="utf-8")
seed_rules_text = (DATA / "seed_rules.json").read_text(encoding="utf-8")
seed = json.loads(seed_text, parse_float=Decimal)
disagreements += not agrees(seed, seed_text, seed_rules_text)
seed_args = json.dumps({"request": json.loads(seed_text), "rules": json.loads(seed_rules_text)}, ensure_ascii=False)
seed_request, seed_rules = ordercore.order_request_from_json(seed_text), ordercore.pricing_rules_from_json(seed_rules_text)
seeds = [seed_args] * 300
result = report("seed order (300 times)", {
    "JSON text both ways (call_json)": (lambda a: ordercore.call_json("quote", a), seeds),
    "JSON text in, dict out (call_json + json.loads)": (lambda a: json.loads(ordercore.call_json("quote", a)), seeds),
    "JSON texts in, typed quote out (quote_json)": (lambda _: ordercore.quote_json(seed_text, seed_rules_text), seeds),
    "typed records (quote)": (lambda _: ordercore.quote(seed_request, seed_rules), seeds),
    "hand-written decimal": (lambda _: hand_quote(seed), seeds),
})
fastest = min(result.values())
print(f"python seed order, fastest path: {fastest:.1f} µs (goal ≤ 60 µs: {'met' if fastest <= 60 else 'not met'})")
print("every figure agrees to the cent" if disagreements == 0 else f"{disagreements} carts disagree")
raise SystemExit(0 if disagreements == 0 else 1)
