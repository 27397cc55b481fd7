"""The address of a numpy array's data, in about 0.1 us instead of 0.9.

`a.__array_interface__["data"][0]` and `a.ctypes.data` build a dict (and an
object) on every call, which alone would take most of the per-call budget.
On CPython `id(a)` is the array object's address, and numpy's array struct
(`PyArrayObject_fields` in ndarraytypes.h, unchanged since numpy 1.7) is
`PyObject_HEAD` followed by `char *data`, so the pointer sits right after
the object header (`object.__basicsize__` bytes). It is read through a
ctypes array of 64-bit words laid over the whole address space (indexing it
costs less than making a ctypes object per read). This is checked at import
on arrays of several kinds; where it does not hold (another Python, another
numpy layout, a 32-bit machine) the slow, documented way is used instead.
"""
import ctypes
import sys

import numpy as np


def slow_address(a):
    """The data address of ndarray `a`, the documented way."""
    return a.__array_interface__["data"][0]


_HEADER = object.__basicsize__
_WORDS = (ctypes.c_uint64 * (sys.maxsize // 8)).from_address(0)   # never read but at array objects


def fast_address(a):
    """The data address of ndarray `a`, read from the array object itself."""
    return _WORDS[(id(a) + _HEADER) >> 3]


def _fast_matches():
    if sys.maxsize != 2**63 - 1 or _HEADER % 8:
        return False
    base = np.arange(24, dtype=np.float64).reshape(4, 6)
    probes = [base, base[1:, 2:], base.T, np.zeros((), np.int32), np.empty(0, np.float32),
              np.ones(3, np.bool_)[1:], np.frombuffer(bytearray(16), np.int64)]
    try:
        return all(fast_address(a) == slow_address(a) for a in probes)
    except Exception:
        return False


data_address = fast_address if _fast_matches() else slow_address
