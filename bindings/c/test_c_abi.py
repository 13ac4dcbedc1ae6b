"""The C ABI, loaded with ctypes: every vector, and every way a caller can misuse it."""

import ctypes
import json
import os
import sys
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "vectors"))
import vectors  # noqa: E402

LIB = ctypes.CDLL(os.environ.get("ORDERCORE_LIB", str(ROOT / "target" / "release" / "libordercore.so")))
LIB.ordercore_call.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
LIB.ordercore_call.restype = ctypes.c_void_p
LIB.ordercore_free.argtypes = [ctypes.c_void_p]
LIB.ordercore_version.restype = ctypes.c_char_p


def call_raw(method, request):
    pointer = LIB.ordercore_call(method, request)
    try:
        return json.loads(ctypes.string_at(pointer).decode("utf-8"))
    finally:
        LIB.ordercore_free(pointer)


def call(method, request_text):
    return call_raw(method.encode(), request_text.encode("utf-8"))


class Api:
    """The vectors' operations through `ordercore_call`."""

    @staticmethod
    def result(method, args):
        response = call(method, args if isinstance(args, str) else json.dumps(args, ensure_ascii=False))
        if not response["ok"]:
            raise vectors.Refused([{"field": p["field"], "code": p["code"]} for p in response["error"]["problems"]])
        return response["result"]

    def quote(self, request_text, rules_text):
        return self.result("quote", '{"request": %s, "rules": %s}' % (request_text, rules_text))

    def plain(self, value):
        return value

    def refund(self, quote, request):
        return self.result("refund", {"quote": quote, "refund": request})

    def points_earned(self, quote, program):
        return self.result("points_earned", {"quote": quote, "program": program})


class Vectors(unittest.TestCase):
    def test_every_vector(self):
        names = []
        for name, case in vectors.cases():
            with self.subTest(vector=name):
                self.assertIsNone(vectors.run(case, Api()))
            names.append(name)
        self.assertGreaterEqual(len(names), 30)
        print(f"\nC ABI: {len(names)} vectors", file=sys.stderr)


class Misuse(unittest.TestCase):
    def error(self, response):
        self.assertFalse(response["ok"])
        return response["error"]["code"], response["error"]["field"]

    def test_null_pointers(self):
        self.assertEqual(self.error(call_raw(None, b"{}")), ("required", "method"))
        self.assertEqual(self.error(call_raw(b"quote", None)), ("required", "request_json"))

    def test_invalid_utf8(self):
        self.assertEqual(self.error(call_raw(b"quote", b'{"request": "\xff"}')), ("invalid_json", "request_json"))

    def test_unknown_method_and_bad_envelopes(self):
        self.assertEqual(self.error(call("price", "{}")), ("unknown_value", "method"))
        self.assertEqual(self.error(call("quote", "[1]")), ("invalid_type", ""))
        self.assertEqual(self.error(call("quote", "{}")), ("required", "request"))
        self.assertEqual(self.error(call("quote", "{not json")), ("invalid_json", ""))
        self.assertEqual(self.error(call("refund", "{}"))[0], "required")

    def test_version_and_free_null(self):
        self.assertEqual(LIB.ordercore_version().decode(), call("version", "{}")["result"])
        LIB.ordercore_free(None)

    def test_json_text_methods(self):
        request = (ROOT / "examples/data/seed_request.json").read_text(encoding="utf-8")
        rules = (ROOT / "examples/data/seed_rules.json").read_text(encoding="utf-8")
        quote = call("quote_json", json.dumps({"request": request, "rules": rules}))["result"]
        self.assertEqual(quote["financial"]["total_amount"], "54.81")
        self.assertEqual(call("order_request_from_json", json.dumps({"json": request}))["result"]["merchant_id"], "1")
        self.assertEqual(call("pricing_rules_from_json", json.dumps({"json": rules}))["result"]["currency"], "EGP")
        self.assertEqual(self.error(call("quote_json", json.dumps({"request": "{", "rules": rules}))), ("invalid_json", ""))
        self.assertEqual(self.error(call("order_request_from_json", "{}")), ("required", "json"))

    def test_every_wrong_argument_at_once(self):
        got = call("allocate", json.dumps({"amount": "x", "weights": 5, "currency": "XYZ"}))
        self.assertEqual([p["field"] for p in got["error"]["problems"]], ["amount", "weights", "currency"])

    def test_allocate(self):
        got = call("allocate", json.dumps({"amount": "10.00", "weights": ["1", "1", "1"], "currency": "USD"}))
        self.assertEqual(got, {"ok": True, "result": ["3.34", "3.33", "3.33"]})
        self.assertEqual(self.error(call("allocate", '{"amount": "1", "weights": [], "currency": "XYZ"}')),
                         ("unknown_currency", "currency"))


if __name__ == "__main__":
    unittest.main()
