"""Benchmark: one quote of the seed's order from Python through the uniffi bindings (run from the
repository root with the generated module on PYTHONPATH): `python3 bindings/python/bench/quote_bench.py`."""

import statistics
import timeit

import ordercore

request_json = open("examples/data/seed_request.json", encoding="utf-8").read()
rules_json = open("examples/data/seed_rules.json", encoding="utf-8").read()
request = ordercore.order_request_from_json(request_json)
rules = ordercore.pricing_rules_from_json(rules_json)
for name, call in [("typed records", lambda: ordercore.quote(request, rules)),
                   ("JSON texts", lambda: ordercore.quote_json(request_json, rules_json))]:
    n = 5000
    call()
    rounds = timeit.repeat(call, number=n, repeat=5)
    print(f"python: quote of the seed order from {name} {statistics.median(rounds) / n * 1e6:.2f} µs (median of 5 rounds of {n})")
