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


class Refused(Exception):
    """A runtime refused an input: its problems as the vectors list them ({field, code})."""

    def __init__(self, problems):
        super().__init__(problems)
        self.problems = problems


def run(case, api):
    """Runs one case through a runtime's `api`; returns the first failure, or None.

    `api` has quote(request_text, rules_text) -> quote, plain(value) -> JSON-like value,
    refund(quote, request_dict) and points_earned(quote, program_dict); each raises Refused."""
    request = case["request"]
    request_text = request if isinstance(request, str) else json.dumps(request, ensure_ascii=False)
    try:
        quote = api.quote(request_text, json.dumps(case["rules"], ensure_ascii=False))
    except Refused as e:
        if "error" in case:
            return mismatch(case["error"], e.problems, "error")
        return f"unexpected error: {e.problems}"
    if "error" in case:
        return "expected an error, got a quote"
    found = mismatch(case["expected"], api.plain(quote), "quote")
    if found:
        return found
    for i, r in enumerate(case.get("refunds", [])):
        try:
            got = api.plain(api.refund(quote, r["request"]))
            found = f"refunds[{i}]: expected an error" if "error" in r else mismatch(r["expected"], got, f"refunds[{i}]")
        except Refused as e:
            found = mismatch(r["error"], e.problems, f"refunds[{i}]") if "error" in r else f"refunds[{i}]: {e.problems}"
        if found:
            return found
    if "points_earned" in case:
        earned = api.points_earned(quote, case["rules"]["loyalty"])
        if earned != case["points_earned"]:
            return f"points_earned: expected {case['points_earned']}, got {earned}"
    return None
