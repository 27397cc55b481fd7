#!/usr/bin/env python3
"""Differential check of ftc's .npy reader/writer and numpyRepr against numpy.

Usage: python3 Tools/npy_repr_cases.py DIR [N [SEED]]
Writes DIR/case_XXXX.npy (np.save) and DIR/case_XXXX.txt (repr) for N random
arrays of the five FTIR dtypes; then
  FTC_NPY_DIFF_DIR=DIR swift test --filter NPYDifferential
checks that ftc reads each file, writes the same bytes and prints the same repr.
"""
import os, sys
import numpy as np

def cases(rng, n):
    dtypes = [np.float32, np.float64, np.int32, np.int64, np.bool_]
    shapes = [(), (0,), (1,), (2,), (5,), (7,), (12,), (30,), (2, 3), (3, 1), (0, 3), (3, 0), (2, 2, 2),
              (2, 3, 4), (1, 1, 1, 1), (4, 5), (10, 10), (2, 0, 2), (1001,), (2000,), (40, 30), (11, 11, 11),
              (3, 400), (1002, 1), (2, 2, 2, 2, 2, 2, 2, 2)]
    for i in range(n):
        dt = dtypes[i % len(dtypes)]
        shape = shapes[rng.integers(len(shapes))]
        size = int(np.prod(shape))
        kind = rng.integers(12)
        if dt == np.bool_:
            a = rng.random(size) < 0.5
        elif dt in (np.int32, np.int64):
            info = np.iinfo(dt)
            if kind < 4:
                a = rng.integers(-10, 10, size)
            elif kind < 7:
                a = rng.integers(-100000, 100000, size)
            elif kind < 9:
                a = rng.integers(info.min, info.max, size, endpoint=True, dtype=dt)
            else:
                a = rng.integers(0, 1000, size)
            a = a.astype(dt)
        else:
            if kind == 0:
                a = rng.integers(-10, 10, size).astype(dt)
            elif kind == 1:
                a = (rng.integers(-1000, 1000, size) / 8).astype(dt)
            elif kind == 2:
                a = rng.standard_normal(size).astype(dt)
            elif kind == 3:
                a = (rng.standard_normal(size) * 10.0 ** rng.integers(-12, 12)).astype(dt)
            elif kind == 4:
                a = np.exp(rng.uniform(-40, 40, size)).astype(dt)
            elif kind == 5:
                a = rng.random(size).astype(dt)
                m = rng.random(size)
                a[m < 0.1] = np.nan
                a[(m >= 0.1) & (m < 0.2)] = np.inf
                a[(m >= 0.2) & (m < 0.3)] = -np.inf
                a[(m >= 0.3) & (m < 0.4)] = -0.0
            elif kind == 6:
                # random bit patterns (denormals, huge, tiny)
                bits = rng.integers(0, 2**32 if dt == np.float32 else 2**63, size, dtype=np.uint64)
                a = bits.astype(np.uint32 if dt == np.float32 else np.uint64).view(np.float32 if dt == np.float32 else np.float64).copy()
            elif kind == 7:
                a = (rng.integers(0, 100000, size) / 1000).astype(dt)
            elif kind == 8:
                a = np.array([np.nan, np.inf, -np.inf] * size)[:size].astype(dt)
            elif kind == 9:
                a = (rng.integers(1, 10, size) * 10.0 ** rng.integers(-6, 10, size)).astype(dt)
            elif kind == 10:
                a = (rng.random(size) * 1e-4).astype(dt)
            else:
                a = (1 / rng.integers(1, 1000, size)).astype(dt)
        yield np.ascontiguousarray(np.asarray(a, dtype=dt).reshape(shape))

def special():
    f32, f64 = np.float32, np.float64
    yield np.array([0.001953125, 0.5])
    yield np.array([0.001953125, 0.5], f32)
    yield np.array([0.0001, 0.5], f32)
    yield np.array([np.float32(0.0001) * np.float32(0.99999994), 0.05], f32)
    yield np.array([0.0001, 0.1])
    yield np.array([0.999999999, 1.5])
    yield np.array([0.999999995, 2.0])
    yield np.array([99999999.99, 1e5])
    yield np.array([99999995.0, 1e6])
    yield np.array([999999.94, 1e5], f32)
    yield np.array([1e6, 1e5], f32)
    yield np.array([1000.0, 1.0])
    yield np.array([1000.1, 1.0])
    yield np.array([5e-324, 1.0])
    yield np.array([1.4e-45, 3.4028235e38], f32)
    yield np.array([1.7976931348623157e308, -1.7976931348623157e308])
    yield np.array([1e-100, 1e100, np.nan])
    yield np.array(np.nan, f32)
    yield np.array(-np.inf)
    yield np.array(-0.0)
    yield np.array(0.0, f32)
    yield np.array(1 / 3, f32)
    yield np.array(1 / 3)
    yield np.array(1e20)
    yield np.array(np.int32(-2147483648))
    yield np.array(np.int64(-9223372036854775808))
    yield np.array(False)
    yield np.array([np.nan, np.nan])
    yield np.array([np.inf, np.nan], f32)
    yield np.array([-np.inf, 1.5, np.nan])
    yield np.array([-np.inf, 1e-5, np.nan])
    yield np.array([2**31 - 1, -2**31], np.int32)
    yield np.arange(100, dtype=np.int64).reshape(4, 25) * 10**15
    yield np.arange(1001, dtype=f32) / 3
    yield np.arange(3000, dtype=f64).reshape(10, 10, 30) - 1500
    yield np.arange(1024, dtype=np.int32).reshape(4, 4, 4, 4, 2, 2, 1, 1)
    yield np.arange(8 * 8 * 8 * 8, dtype=f64).reshape(8, 8, 8, 8) * 1e-7
    yield np.ones((2000,), bool)
    yield np.zeros((1, 1001), bool)
    yield np.full((3, 700), np.nan, f32)
    yield np.linspace(-1, 1, 77).astype(f32)
    yield np.linspace(-1e9, 1e9, 77)
    yield np.zeros((0, 0), np.int64)
    yield np.zeros((0,), f64)
    yield np.zeros((2, 0, 3), np.int32)
    yield np.array([[True, False], [False, True]])
    yield np.array([[1e-5, 1], [2, 3]], f32)

def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 12345
    os.makedirs(out, exist_ok=True)
    rng = np.random.default_rng(seed)
    for i, a in enumerate(special()):
        np.save(os.path.join(out, "special_%03d.npy" % i), a)
        with open(os.path.join(out, "special_%03d.txt" % i), "w") as f:
            f.write(repr(a))
    for i, a in enumerate(cases(rng, n)):
        np.save(os.path.join(out, "case_%05d.npy" % i), a)
        with open(os.path.join(out, "case_%05d.txt" % i), "w") as f:
            f.write(repr(a))

if __name__ == "__main__":
    main()
