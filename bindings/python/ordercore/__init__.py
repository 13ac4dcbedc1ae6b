"""ordercore: order totals, refunds, order workflows, marketplace sync and the OT Platform protocol,
from the same Rust core as every other runtime.

The typed API is the uniffi module `ordercore._uniffi.ordercore`, re-exported here whole.
`call_json`, the JSON entry, goes straight to the library's C ABI (`ordercore_call`) with ctypes:
the same answer as the uniffi function of that name, without the buffers uniffi builds per call.
"""

import ctypes

from ._uniffi import ordercore as _bindings
from ._uniffi.ordercore import *  # noqa: F401,F403  (the typed API; its __all__ lists it)

_lib = _bindings._UniffiLib
_lib.ordercore_call.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
_lib.ordercore_call.restype = ctypes.c_void_p
_lib.ordercore_free.argtypes = [ctypes.c_void_p]


def call_json(method: str, args: str) -> str:
    """Runs the operation `method` on `args`, a JSON object of its arguments, and returns the JSON
    envelope `{"ok": true, "result": …}` or `{"ok": false, "error": …}`; it never raises for any
    text. A value a C string cannot carry (not a `str`, a NUL character, a lone surrogate) goes
    through the uniffi function, which answers or raises as it always has."""
    if type(method) is str and type(args) is str and "\0" not in method and "\0" not in args:
        try:
            texts = method.encode(), args.encode()
        except UnicodeEncodeError:
            return _bindings.call_json(method, args)
        answer = _lib.ordercore_call(*texts)
        if answer:
            try:
                return ctypes.string_at(answer).decode()
            finally:
                _lib.ordercore_free(answer)
    return _bindings.call_json(method, args)
