"""The C ABI, loaded with ctypes: every vector through `ordercore_call`, and every way a caller can
misuse it."""

import ctypes
import json
import os
import sys
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bindings"))
import vectors  # noqa: E402

LIB = ctypes.CDLL(os.environ.get("ORDERCORE_LIB", str(ROOT / "target" / "release" / "libordercore.so")))
LIB.ordercore_call.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
LIB.ordercore_call.restype = ctypes.c_void_p
LIB.ordercore_free.argtypes = [ctypes.c_void_p]
LIB.ordercore_version.restype = ctypes.c_char_p


def call_raw(method, args):
    pointer = LIB.ordercore_call(method, args)
    try:
        return json.loads(ctypes.string_at(pointer).decode("utf-8"), parse_float=vectors.decimal.Decimal)
    finally:
        LIB.ordercore_free(pointer)


def call(method, args_text):
    return call_raw(method.encode(), args_text.encode("utf-8"))


class Vectors(unittest.TestCase):
    def test_every_vector(self):
        cases = vectors.vectors()
        for v in cases:
            with self.subTest(vector=v.name):
                self.assertIsNone(vectors.difference(v.expected(), call(v.method, v.args_text)))
        methods = {v.method for v in cases}
        self.assertEqual(methods, {op["name"] for op in json.loads((ROOT / "bindings/operations.json").read_text())})
        print(f"\nC ABI: {len(cases)} vectors of {len(methods)} operations", file=sys.stderr)


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
        self.assertEqual(self.error(call("quote", "{not json")), ("invalid_json", ""))
        self.assertEqual(self.error(call("version", '{"verbose": true}')), ("unknown_field", "verbose"))
        # A repeated argument is refused: a host's parser might keep the other one.
        self.assertEqual(self.error(call("allocate", '{"amount": "1", "amount": "2", "weights": [], "currency": "USD"}')),
                         ("duplicate", "amount"))

    def test_version_and_free_null(self):
        self.assertEqual(LIB.ordercore_version().decode(), call("version", "null")["result"])
        LIB.ordercore_free(None)


if __name__ == "__main__":
    unittest.main()
