#!/usr/bin/env python3
"""Prints the numpy-captured data of Tests/FTIRTests/NPYTests.swift (the
bytes numpy writes and the reprs it prints), as Swift source.

Usage: python3 Tools/npy_test_data.py > /tmp/data.swift, then paste.
"""
import io
import numpy as np
from numpy.lib import format as npf

def saved(a, version=None):
    b = io.BytesIO()
    if version is None:
        np.save(b, a, allow_pickle=True)
    else:
        npf.write_array(b, a, version=version, allow_pickle=True)
    return b.getvalue()

def swift_str(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n') + '"'

f32, f64, i32, i64, b1 = np.float32, np.float64, np.int32, np.int64, np.bool_

# Files written by numpy that ftc reads: (name, array, version)
files = [
    ("f32 vector", np.array([2.0, 5.0], f32), None),
    ("f32 scalar", np.array(3.0, f32), None),
    ("i32 matrix", np.array([[1, 2], [3, 4]], i32), None),
    ("bool vector", np.array([True, False]), None),
    ("f64 vector", np.array([0.1, 0.2]), None),
    ("i64 vector", np.array([-3, 0, 7, 2**62], i64), None),
    ("f64 empty", np.zeros((0,), f64), None),
    ("i32 zero-size 3-d", np.zeros((2, 0, 3), i32), None),
    ("f32 3-d", (np.arange(24, dtype=f32).reshape(2, 3, 4) / 7), None),
    ("f64 specials", np.array([np.nan, np.inf, -np.inf, -0.0, 1.5]), None),
    ("bool scalar", np.array(True), None),
    ("i64 scalar", np.array(-42, i64), None),
    ("f32 halves", np.array([1.0, 2.5], f32), None),
    ("f32 scientific", np.array([1e-5, 1.0], f32), None),
    ("i32 wrapped line", np.arange(30, dtype=i32) * 1000 - 7000, None),
    ("bool 2-d", np.array([[True, False, True], [False, False, True]]), None),
    ("f64 version 2.0", np.array([1.5, -2.25]), (2, 0)),
    ("i32 version 3.0", np.array([[7], [8]], i32), (3, 0)),
    ("f32 rank 8", np.arange(2, dtype=f32).reshape(1, 1, 1, 1, 1, 1, 1, 2), None),
]
print("  // Captured from numpy %s: (name, bytes np.save wrote, repr)." % np.__version__)
print("  static let numpyFiles: [(String, String, String)] = [")
for name, a, v in files:
    print("    (%s,\n     %s,\n     %s)," % (swift_str(name), swift_str(saved(a, v).hex()), swift_str(repr(a))))
print("  ]")

# Files numpy writes that ftc must reject: (name, bytes)
rejected = [
    ("big-endian", np.array([1, 2], '>f4')),
    ("fortran", np.asfortranarray(np.arange(6, dtype=f64).reshape(2, 3))),
    ("float16", np.array([1, 2], np.float16)),
    ("uint32", np.array([1, 2], np.uint32)),
    ("uint8", np.array([1, 2], np.uint8)),
    ("object", np.array([1, "a"], dtype=object)),
    ("structured", np.zeros(2, dtype=[("a", "<f4"), ("b", "<i4")])),
    ("complex", np.array([1j], np.complex64)),
]
print("  static let numpyRejected: [(String, String)] = [")
for name, a in rejected:
    print("    (%s, %s)," % (swift_str(name), swift_str(saved(a).hex())))
print("  ]")

# Reprs of arrays built in the test from the same formula.
reprs = [
    ("arange1001_f32_div3", np.arange(1001, dtype=f32) / f32(3)),
    ("arange2000_i64", np.arange(2000, dtype=i64)),
    ("arange1100_i32_11x100", np.arange(1100, dtype=i32).reshape(11, 100)),
    ("ones2000_bool", np.ones(2000, b1)),
    ("arange3000_f64_10x10x30", np.arange(3000, dtype=f64).reshape(10, 10, 30) - 1500),
    ("nan_f32_3x700", np.full((3, 700), np.nan, f32)),
    ("i64_big_4x25", np.arange(100, dtype=i64).reshape(4, 25) * 10**15),
    ("f64_linspace_77", -1 + np.arange(77, dtype=f64) * 0.025),
]
print("  static let numpyReprs: [String: String] = [")
for name, a in reprs:
    print("    %s:\n      %s," % (swift_str(name), swift_str(repr(a))))
print("  ]")
