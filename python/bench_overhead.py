#!/usr/bin/env python3
"""Per-call overhead of ftcpy against raw ctypes, on a trivial compiled function.

    python3 python/bench_overhead.py [--ftc PATH_TO_FTC] [--calls N]

Compiles `@add(%x: f32[4], %y: f32[4]) -> f32[4]` with ftc (by default the
repository's .build/release or .build/debug ftc, else `ftc` on PATH), then
times, per call (best of 15 interleaved runs of CPU time):

  raw ctypes, fixed pointers    fn(px, py, pr) with addresses computed once (the floor)
  raw ctypes, .ctypes.data      fn(x.ctypes.data, y.ctypes.data, r.ctypes.data)
  ftcpy f(x, y)                 checks dtypes and shapes, allocates the result
  ftcpy f(x, y, out=r)          checks the out= buffer instead of allocating
  ftcpy f(x=x, y=y)             by name

and prints each one's overhead above the fixed-pointer floor.
"""
import argparse
import ctypes
import os
import shutil
import subprocess
import sys
import tempfile
import time
import timeit

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = """module @bench
func @add(%x: f32[4], %y: f32[4]) -> f32[4] {
  %r = add %x, %y : f32[4]
  return %r
}
"""


def find_ftc():
    repo = os.path.dirname(HERE)
    for build in ("release", "debug"):
        path = os.path.join(repo, ".build", build, "ftc")
        if os.access(path, os.X_OK):
            return path
    return shutil.which("ftc")


def per_call_us(cases, env, calls, rounds=15):
    """Best per-call CPU time of each statement; the rounds interleave the
    statements so that a busy machine's slow spells hit them alike."""
    timers = [timeit.Timer(stmt, globals=env, timer=time.process_time) for _, stmt in cases]
    best = [float("inf")] * len(cases)
    for _ in range(rounds):
        for k, timer in enumerate(timers):
            best[k] = min(best[k], timer.timeit(calls) / calls * 1e6)
    return best


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--ftc", default=find_ftc(), help="the ftc executable")
    p.add_argument("--calls", type=int, default=20_000, help="calls per timing run")
    args = p.parse_args()
    if not args.ftc:
        sys.exit("bench_overhead: ftc not found (build it, or pass --ftc)")
    sys.path.insert(0, HERE)   # this checkout's ftcpy unless one is installed first
    import ftcpy

    with tempfile.TemporaryDirectory() as tmp:
        src, lib = os.path.join(tmp, "bench.ftir"), os.path.join(tmp, "libbench.so")
        with open(src, "w") as f:
            f.write(SOURCE)
        subprocess.run([args.ftc, "compile", src, "-o", lib], check=True)
        add = ftcpy.load(lib).add
        raw = ctypes.CDLL(lib).add
        raw.restype = ctypes.c_int32
        raw.argtypes = [ctypes.c_void_p] * 3
        x, y, r = (np.arange(4, dtype=np.float32) for _ in range(3))
        px, py, pr = x.ctypes.data, y.ctypes.data, r.ctypes.data
        assert np.array_equal(add(x, y), x + y)
        kw = {add.inputs[0].name: x, add.inputs[1].name: y}   # x=, y= (arg0=, arg1= without names in the metadata)
        env = dict(raw=raw, add=add, x=x, y=y, r=r, px=px, py=py, pr=pr, kw=kw)
        cases = [
            ("raw ctypes, fixed pointers", "raw(px, py, pr)"),
            ("raw ctypes, .ctypes.data", "raw(x.ctypes.data, y.ctypes.data, r.ctypes.data)"),
            ("ftcpy f(x, y)", "add(x, y)"),
            ("ftcpy f(x, y, out=r)", "add(x, y, out=r)"),
            ("ftcpy f(x=x, y=y)", "add(**kw)"),
        ]
        times = list(zip([name for name, _ in cases], per_call_us(cases, env, args.calls)))
    floor = times[0][1]
    print(f"numpy {np.__version__}, Python {sys.version.split()[0]}, {args.calls} calls per run, best of 15 interleaved runs, process CPU time")
    for name, t in times:
        print(f"  {name:30s} {t:6.2f} us/call   overhead {t - floor:+6.2f} us")


if __name__ == "__main__":
    main()
