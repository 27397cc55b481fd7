#!/usr/bin/env python3
"""Side-by-side timing of compiled objects of one function: calls alternate
between the objects (same inputs, fixed pointers), so load on a shared
machine hits every side alike. --cpu times the calling thread's CPU time
(meaningful for 1 thread on a loaded machine; not for 2 threads).

    ftc compile Tools/bench/w6_softmax.ftir -o /tmp/a.so   # one ftc
    ftc compile Tools/bench/w6_softmax.ftir -o /tmp/b.so   # another
    /work/jaxenv/bin/python Tools/bench/ab_so.py softmax --ins 4096x1024 --out 4096x1024 \\
        --threads 1 --cpu --reps 300 main=/tmp/a.so new=/tmp/b.so

Inputs are standard-normal f32 arrays of the given shapes; the outputs of
every side are compared bitwise with the first side's.
"""
import argparse, ctypes, os, shutil, statistics, tempfile, time
import numpy as np

p = argparse.ArgumentParser()
p.add_argument("symbol")
p.add_argument("--threads", type=int, default=1, help="FTC_NUM_THREADS (read when an object is loaded)")
p.add_argument("--ins", nargs="+", required=True, help="input shapes, e.g. 4096x1024")
p.add_argument("--out", required=True, help="the output's shape")
p.add_argument("--reps", type=int, default=200)
p.add_argument("--cpu", action="store_true", help="time the thread's CPU time instead of wall time")
p.add_argument("sides", nargs="+", help="label=path.so")
a = p.parse_args()
os.environ["FTC_NUM_THREADS"] = str(a.threads)
clock = time.thread_time if a.cpu else time.perf_counter


def shape(s):
    return tuple(int(x) for x in s.split("x"))


rng = np.random.default_rng(0)
ins = [rng.standard_normal(shape(s)).astype(np.float32) for s in a.ins]
work = tempfile.mkdtemp(prefix="ab-so-")
sides = []
for i, side in enumerate(a.sides):
    label, path = side.split("=", 1)
    copy = os.path.join(work, f"{i}.so")  # a private copy: each side loads its own runtime
    shutil.copyfile(path, copy)
    fn = getattr(ctypes.CDLL(copy), a.symbol)
    fn.restype = ctypes.c_int32
    out = np.zeros(shape(a.out), np.float32)
    ptrs = [x.ctypes.data for x in ins] + [out.ctypes.data]
    fn.argtypes = [ctypes.c_void_p] * len(ptrs)
    if fn(*ptrs) != 0:
        raise SystemExit(f"{label}: status != 0")
    sides.append((label, fn, ptrs, out, []))
for label, _, _, out, _ in sides[1:]:
    print(f"{label}: bitwise equal to {sides[0][0]}: {np.array_equal(out.view(np.uint32), sides[0][3].view(np.uint32))}")
for _ in range(a.reps):
    for _, fn, ptrs, _, ts in sides:
        t = clock()
        fn(*ptrs)
        ts.append(clock() - t)
print(os.popen("uptime").read().strip())
for label, _, _, _, ts in sides:
    ts.sort()
    print(f"{label:12s} median {statistics.median(ts) * 1e3:8.3f} ms  p10 {ts[len(ts) // 10] * 1e3:8.3f} ms  "
          f"({a.threads}t, {'CPU' if a.cpu else 'wall'})")
shutil.rmtree(work)
