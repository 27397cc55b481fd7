#!/usr/bin/env python3
"""A/B of two ftc builds on the shared workloads, in one process, calls
alternating between the two builds (so load drifts hit both alike):

    /work/jaxenv/bin/python Tools/threads/ab.py A_FTC B_FTC [reps] [W3,W4,W5]

Each workload is compiled by both ftc builds; every .so is loaded once per
thread count (FTC_NUM_THREADS is read at load; OpenBLAS set to the same
count while timing). Prints median and p10 per build, 1 and 2 threads.
"""
import ctypes, os, shutil, statistics, subprocess, sys, tempfile, time
import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "python"))
import ftcpy

CASES = {"W3": ("w3_mlp_per_sample", "ps1024"), "W4": ("w4_mlp_train", "vg"), "W5": ("w5_gelu", "gelu_fused"),
         "W1": ("w1_vmap_add", "vadd"), "W6": ("w6_softmax", "softmax")}


def main():
    a, b = sys.argv[1], sys.argv[2]
    reps = int(sys.argv[3]) if len(sys.argv) > 3 else 30
    only = (sys.argv[4] if len(sys.argv) > 4 else "W3,W4,W5").split(",")
    work = tempfile.mkdtemp(prefix="ftc-ab-")
    blas = ctypes.CDLL("libopenblas.so.0")
    rng = np.random.default_rng(0)
    print(f"load average at start: {os.getloadavg()[0]:.1f}")
    for w in only:
        file, fn = CASES[w]
        for threads in (1, 2):
            runs = {}
            ins = None
            for tag, ftc in (("A", a), ("B", b)):
                so = os.path.join(work, f"{file}_{tag}_{threads}.so")
                subprocess.run([ftc, "compile", os.path.join(ROOT, "Tools/bench", file + ".ftir"), "-o", so], check=True)
                os.environ["FTC_NUM_THREADS"] = str(threads)
                f = ftcpy.load(so)[fn]
                lib = ctypes.CDLL(so)
                if ins is None:
                    ins = [np.ascontiguousarray(rng.standard_normal(t.shape).astype(t.numpy_dtype)) for t in f.inputs]
                outs = [np.empty(t.shape, t.numpy_dtype) for t in f.outputs]
                c = getattr(lib, f.spec.symbol)
                c.restype = ctypes.c_int32
                c.argtypes = [ctypes.c_void_p] * (len(ins) + len(outs))
                runs[tag] = (c, [x.ctypes.data for x in ins + outs], outs)
            blas.openblas_set_num_threads(threads)
            times = {"A": [], "B": []}
            for r in range(reps + 3):
                for tag in (("A", "B") if r % 2 == 0 else ("B", "A")):
                    c, ptrs, _ = runs[tag]
                    t0 = time.perf_counter()
                    if c(*ptrs) != 0:
                        raise RuntimeError(f"{fn} failed")
                    if r >= 3:
                        times[tag].append(time.perf_counter() - t0)
            same = all(np.array_equal(x, y, equal_nan=True) for x, y in zip(runs["A"][2], runs["B"][2]))
            s = lambda xs: f"median {statistics.median(xs) * 1e3:8.3f} p10 {np.percentile(xs, 10) * 1e3:8.3f} ms"
            print(f"{w} {fn:10s} {threads}t  A {s(times['A'])} | B {s(times['B'])} | same results {same}", flush=True)
    print(f"load average at end: {os.getloadavg()[0]:.1f}")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
