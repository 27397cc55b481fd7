#!/usr/bin/env python3
"""Single-thread times of row groups and fixed-order reductions against the
scheduler's estimate (`estimatedNanoseconds`, Sources/Backend/Schedule.swift),
which decides whether they are split over threads (>= 60 us):

    /work/peersenv/bin/python Tools/threads/estimates.py FTC [reps]

Each case is one function of one kernel (a row group or a reduction); its
estimate is read from `ftc dump --after schedule` ("estimated N us on one
thread"; a sum short enough for the per-output plan gives none), its time
measured with FTC_NUM_THREADS=1 through ctypes (p10 and median of `reps`
calls after 3 warm-up calls).
"""
import ctypes, os, re, statistics, subprocess, sys, tempfile, time
import numpy as np

CASES = {
    "softmax_4096x1024": "softmax 4096 1024",
    "softmax_1024x1024": "softmax 1024 1024",
    "softmax_256x1024": "softmax 256 1024",
    "softmax_64x512": "softmax 64 512",
    "softmax_512x128": "softmax 512 128",
    "colsum_4096x1024": "colsum 4096 1024",
    "colsum_1024x512": "colsum 1024 512",
    "colsum_256x256": "colsum 256 256",
    "total_4194304": "total 4194304",
    "total_1048576": "total 1048576",
    "total_524288": "total 524288",
    "total_131072": "total 131072",
}


def program(name, spec):
    kind, *dims = spec.split()
    if kind == "softmax":
        r, c = dims
        t = f"f32[{r},{c}]"
        return f"""func @{name}(%x: {t}) -> {t} {{
  %m = reduce_max %x, dims=[1] : f32[{r}]
  %mb = broadcast_in_dim %m, dims=[0] : {t}
  %z = sub %x, %mb : {t}
  %e = exp %z : {t}
  %s = reduce_sum %e, dims=[1] : f32[{r}]
  %sb = broadcast_in_dim %s, dims=[0] : {t}
  %y = div %e, %sb : {t}
  return %y
}}
"""
    if kind == "colsum":
        r, c = dims
        return f"func @{name}(%x: f32[{r},{c}]) -> f32[{c}] {{\n  %s = reduce_sum %x, dims=[0] : f32[{c}]\n  return %s\n}}\n"
    (n,) = dims
    return f"func @{name}(%x: f32[{n}]) -> f32[] {{\n  %s = reduce_sum %x, dims=[0] : f32[]\n  return %s\n}}\n"


def main():
    ftc = sys.argv[1]
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    work = tempfile.mkdtemp(prefix="ftc-estimates-")
    src = os.path.join(work, "cases.ftir")
    with open(src, "w") as f:
        f.write("module @estimates\n\n" + "\n".join(program(n, s) for n, s in CASES.items()))
    dump = subprocess.run([ftc, "dump", src, "--after", "schedule"], check=True, capture_output=True, text=True).stdout
    estimates, current = {}, None
    for line in dump.splitlines():
        m = re.match(r"\s*func @(\w+)", line)
        if m:
            current = m.group(1)
        m = re.search(r"estimated ([0-9.]+) µs on one thread", line)
        if m and current:
            estimates[current] = float(m.group(1))
    so = os.path.join(work, "cases.so")
    subprocess.run([ftc, "compile", src, "-o", so], check=True)
    os.environ["FTC_NUM_THREADS"] = "1"
    lib = ctypes.CDLL(so)
    rng = np.random.default_rng(0)
    print(f"load average at start: {os.getloadavg()[0]:.1f}")
    print(f"{'case':<20} {'estimate us':>12} {'p10 us':>9} {'median us':>10} {'estimate/p10':>13}")
    for name, spec in CASES.items():
        kind, *dims = spec.split()
        shape = [int(d) for d in dims]
        x = rng.uniform(-1, 1, shape).astype(np.float32)
        out = np.empty(shape if kind == "softmax" else shape[1:] if kind == "colsum" else [], np.float32)
        fn = getattr(lib, name)
        fn.restype = ctypes.c_int32
        fn.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        ts = []
        for i in range(reps + 3):
            t = time.perf_counter()
            fn(x.ctypes.data, out.ctypes.data)
            if i >= 3:
                ts.append(time.perf_counter() - t)
        ts.sort()
        p10, med = ts[len(ts) // 10] * 1e6, statistics.median(ts) * 1e6
        est = estimates.get(name)
        if est is None:  # a per-output plan: its reason gives no estimate
            print(f"{name:<20} {'-':>12} {p10:>9.1f} {med:>10.1f} {'-':>13}")
        else:
            print(f"{name:<20} {est:>12.1f} {p10:>9.1f} {med:>10.1f} {est / p10:>13.2f}")


if __name__ == "__main__":
    main()
