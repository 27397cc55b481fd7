#!/usr/bin/env python3
"""Kernel times of two ftc builds on the same programs, alternating calls in
one process (the machine is shared: alternation keeps load changes fair),
with numpy's time where it has the same computation.

    python3 Tools/bench/reductions/compare.py --base OLD/ftc --new NEW/ftc [--only colsum,total]

Each .ftir here (and ../w6_softmax.ftir) is compiled by both; every exported
function is called with random inputs; the median per call and the ratio
base/new (> 1: new is faster) are printed, with copy bandwidth measured at
the start (numpy copyto of 256 MiB) and the largest relative difference
between the two builds' results.
"""
import argparse, ctypes, json, os, subprocess, tempfile, time
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = [os.path.join(HERE, f) for f in ("sums.ftir", "w3_per_sample.ftir", "w4_mlp.ftir")]
FILES.append(os.path.join(HERE, "..", "w6_softmax.ftir"))
DT = {"f32": np.float32, "f64": np.float64, "i32": np.int32, "i64": np.int64, "i1": np.uint8}
NUMPY = {"colsum": lambda x: x.sum(0), "total": lambda x: x.sum(), "rowsum": lambda x: x.sum(1)}


def load(ftc, src, outdir, tag):
    so = os.path.join(outdir, tag + "_" + os.path.basename(src).replace(".ftir", ".so"))
    subprocess.run([ftc, "compile", src, "-o", so], check=True)
    lib = ctypes.CDLL(so)
    lib.ftc_metadata.restype = ctypes.c_char_p
    return lib, json.loads(lib.ftc_metadata().decode())


def copy_bandwidth():
    a = np.ones(1 << 26, np.float32); b = np.empty_like(a)
    ts = []
    for _ in range(5):
        t = time.perf_counter(); np.copyto(b, a); ts.append(time.perf_counter() - t)
    return 2 * a.nbytes / min(ts) / 1e9


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True)
    ap.add_argument("--new", required=True)
    ap.add_argument("--only", default="")
    ap.add_argument("--reps", type=int, default=30)
    args = ap.parse_args()
    only = set(filter(None, args.only.split(",")))
    print(f"copy bandwidth {copy_bandwidth():.1f} GB/s, FTC_NUM_THREADS={os.environ.get('FTC_NUM_THREADS', '(all)')}")
    tmp = tempfile.mkdtemp()
    rng = np.random.default_rng(0)
    print(f"{'function':<14} {'base ms':>9} {'new ms':>9} {'base/new':>9} {'numpy ms':>9} {'max rel diff':>13}")
    for src in FILES:
        (lb, mb), (ln, mn) = load(args.base, src, tmp, "base"), load(args.new, src, tmp, "new")
        for fmeta in mn["functions"]:
            name = fmeta["name"]
            if only and name not in only:
                continue
            ins = [rng.uniform(-1, 1, t["shape"]).astype(DT[t["dtype"]]) for t in fmeta["inputs"]]
            outs = {tag: [np.zeros(t["shape"], DT[t["dtype"]]) for t in fmeta["outputs"]] for tag in ("base", "new")}
            calls = {}
            for tag, lib in (("base", lb), ("new", ln)):
                fn = getattr(lib, fmeta["symbol"])
                ptrs = [a.ctypes.data_as(ctypes.c_void_p) for a in ins + outs[tag]]
                calls[tag] = (lambda fn=fn, ptrs=ptrs: fn(*ptrs))
            times = {"base": [], "new": [], "numpy": []}
            np_fn = NUMPY.get(name)
            for tag in ("base", "new"):
                for _ in range(3):
                    assert calls[tag]() == 0
            for _ in range(args.reps):
                for tag in ("base", "new"):
                    t = time.perf_counter(); calls[tag](); times[tag].append(time.perf_counter() - t)
                if np_fn:
                    t = time.perf_counter(); np_fn(ins[0]); times["numpy"].append(time.perf_counter() - t)
            med = {k: np.median(v) * 1e3 if v else float("nan") for k, v in times.items()}
            diff = max(float(np.max(np.abs(a.astype(np.float64) - b) / (np.abs(b.astype(np.float64)) + 1e-30), initial=0))
                       for a, b in zip(outs["base"], outs["new"]))
            print(f"{name:<14} {med['base']:9.3f} {med['new']:9.3f} {med['base'] / med['new']:9.2f} {med['numpy']:9.3f} {diff:13.2e}")


if __name__ == "__main__":
    main()
