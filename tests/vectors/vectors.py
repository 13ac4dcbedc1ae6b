"""The shared vectors for Python-side runners: loading the cases and matching expected fields.

A case's `expected` lists only the fields it checks: every key given must be present with an
equal value; lists match element by element and must have the same length."""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def cases(kind="quote"):
    """(name, case) for every vector file of `kind`, in name order."""
    for path in sorted((HERE / kind).glob("*.json")):
        yield path.stem, json.loads(path.read_text(encoding="utf-8"))


def mismatch(expected, actual, path="$"):
    """The first difference between `expected` and `actual`, or None."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key, value in expected.items():
            if key not in actual:
                if value is None:
                    continue
                return f"{path}.{key}: missing"
            found = mismatch(value, actual[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(expected, list) and isinstance(actual, list) and len(expected) == len(actual):
        for i, (e, a) in enumerate(zip(expected, actual)):
            found = mismatch(e, a, f"{path}[{i}]")
            if found:
                return found
        return None
    if expected == actual and type(expected) is type(actual):
        return None
    return f"{path}: expected {json.dumps(expected, ensure_ascii=False)}, got {json.dumps(actual, ensure_ascii=False)}"


def problems(error):
    """An error's problems as the vectors list them."""
    return [{"field": p["field"], "code": p["code"]} for p in error["problems"]]


def run(case, call):
    """Runs one case through `call(method, args_json_text) -> response dict`; returns a failure or None."""
    request = case["request"]
    request_text = request if isinstance(request, str) else json.dumps(request, ensure_ascii=False)
    rules_text = json.dumps(case["rules"], ensure_ascii=False)
    response = call("quote", '{"request": %s, "rules": %s}' % (request_text, rules_text))
    if "error" in case:
        if response["ok"]:
            return "expected an error, got a quote"
        return mismatch(case["error"], problems(response["error"]), "error")
    if not response["ok"]:
        return f"unexpected error: {response['error']}"
    quote = response["result"]
    found = mismatch(case["expected"], quote, "quote")
    if found:
        return found
    for i, r in enumerate(case.get("refunds", [])):
        args = json.dumps({"quote": quote, "refund": r["request"]}, ensure_ascii=False)
        got = call("refund", args)
        if "error" in r:
            found = "expected an error" if got["ok"] else mismatch(r["error"], problems(got["error"]), f"refunds[{i}]")
        else:
            found = mismatch(r["expected"], got["result"], f"refunds[{i}]") if got["ok"] else f"refunds[{i}]: {got['error']}"
        if found:
            return found
    if "points_earned" in case:
        got = call("points_earned", json.dumps({"quote": quote, "program": case["rules"]["loyalty"]}, ensure_ascii=False))
        if not got["ok"] or got["result"] != case["points_earned"]:
            return f"points_earned: expected {case['points_earned']}, got {got}"
    return None
