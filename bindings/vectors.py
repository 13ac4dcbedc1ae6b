"""The shared vectors for the Python-side runners (C ABI through ctypes, uniffi's Python module).

Each file tests/vectors/<method>/<case>.json holds `args` (the operation's arguments by name) and
either the whole `result` or the whole `error`; a runner calls the method and the answer must equal
the vector's exactly, compared as canonical JSON (sorted keys, no whitespace)."""

import decimal
import json
from pathlib import Path

VECTORS = Path(__file__).resolve().parents[1] / "tests" / "vectors"


class Vector:
    """One case: its method and name, the case (numbers read as exact decimals), and the raw JSON
    text of its `args`, to send exactly as written."""

    def __init__(self, path):
        text = path.read_text(encoding="utf-8")
        self.method = path.parent.name
        self.name = f"{self.method}/{path.stem}"
        self.case = json.loads(text, parse_float=decimal.Decimal)
        self.args_text = member_text(text, "args")
        self.repeats_a_key = repeats_a_key(self.args_text)

    def expected(self):
        """The envelope the call must give: {"ok": true, "result": …} or {"ok": false, "error": …}."""
        if "error" in self.case:
            return {"ok": False, "error": self.case["error"]}
        return {"ok": True, "result": self.case["result"]}


def vectors():
    """Every vector, in name order."""
    return [Vector(p) for p in sorted(VECTORS.glob("*/*.json"))]


def member_text(text, key):
    """The raw text of the value of `key` in the JSON object `text`, as written there."""
    decoder = json.JSONDecoder()
    at = text.index("{") + 1
    while True:
        at = _skip_space(text, at)
        name, at = decoder.raw_decode(text, at)
        at = _skip_space(text, at) + 1  # the colon
        start = _skip_space(text, at)
        _, end = decoder.raw_decode(text, start)
        if name == key:
            return text[start:end]
        at = _skip_space(text, end) + 1  # the comma


def repeats_a_key(text):
    """Whether an object in this JSON text has a key twice (no parsed value can hold it)."""
    found = []

    def pairs(items):
        keys = [k for k, _ in items]
        found.append(len(keys) != len(set(keys)))
        return dict(items)

    json.loads(text, object_pairs_hook=pairs)
    return any(found)


def _skip_space(text, at):
    while text[at] in " \t\r\n":
        at += 1
    return at


def canonical(value):
    """`value` as canonical JSON text: sorted keys, no whitespace, numbers as written."""
    if isinstance(value, dict):
        return "{" + ",".join(json.dumps(k, ensure_ascii=False) + ":" + canonical(value[k]) for k in sorted(value)) + "}"
    if isinstance(value, list):
        return "[" + ",".join(canonical(v) for v in value) + "]"
    if isinstance(value, decimal.Decimal):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def difference(expected, actual, path="$"):
    """The first difference between two JSON values (object keys must match exactly), or None."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in sorted(set(expected) | set(actual)):
            if key not in actual:
                return f"{path}.{key}: missing"
            if key not in expected:
                return f"{path}.{key}: not expected, got {canonical(actual[key])}"
            found = difference(expected[key], actual[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(expected, list) and isinstance(actual, list) and len(expected) == len(actual):
        for i, (e, a) in enumerate(zip(expected, actual)):
            found = difference(e, a, f"{path}[{i}]")
            if found:
                return found
        return None
    if canonical(expected) == canonical(actual):
        return None
    return f"{path}: expected {canonical(expected)}, got {canonical(actual)}"
