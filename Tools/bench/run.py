#!/usr/bin/env python3
"""ftc against its peers on the seven shared workloads of ../shared/peers
(W1-W7, every batch size: 11 cases), plus ftc's compile times.

    PYTHON Tools/bench/run.py [--ftc .build/release/ftc] [--only W1,W5] [--json out.json]

* Machine limits first, in this run: copy bandwidth (numpy `copyto` of
  256 MiB with 2 threads, read + write counted) and sgemm 2048^3 through
  the OpenBLAS that ftc's objects link (its own core detection; the core
  name is reported). Rates are percentages of these.
* ftc: each Tools/bench/w*.ftir is compiled with `ftc compile` (wall time of
  the command, median of --compile-reps runs, with its --time-passes
  stages); the .so is loaded twice in this process, once with
  FTC_NUM_THREADS=2 and once with 1 (OpenBLAS set to the same count while
  timing), called through ctypes with fixed pointers, and checked against
  the float64 reference of ../shared/peers/workloads.py.
* Peers: numpy and, when importable, jax.jit, torch (eager and
  torch.compile) and mlx (eager and mlx.compile), each in its own process
  through ../shared/peers/run_peers.py (same inputs, same timing protocol:
  workloads.bench), run by the Python that runs this script (a venv with
  all of them: `python3 -m venv env && env/bin/pip install jax==0.10.2
  torch "mlx[cpu]" numpy scipy threadpoolctl`). The best peer of each case
  is the fastest of all their implementations. Their first call (trace +
  compile + run) is shown next to ftc's compile time.
* The peers' inputs.py / workloads.py / run_peers.py / machine_limits.py are
  used in place (--peers DIR), not copied.
"""
import argparse, ctypes, json, math, os, re, resource, shutil, statistics, subprocess, sys, tempfile, time
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def load_peers(directory):
    sys.path.insert(0, directory)
    import inputs, machine_limits, run_peers, workloads
    return inputs, machine_limits, run_peers, workloads


def load_ftcpy():
    sys.path.insert(0, os.path.join(ROOT, "python"))
    import ftcpy
    return ftcpy


# ------------------------------------------------------------------ the 11 cases

def cases(I, W):
    """(workload, peer variant, file, function, inputs, outputs -> reference dict, ref key, bytes, flops)."""
    out = []
    d1 = I.make_w1()
    out.append(("W1", "vmap", "w1_vmap_add.ftir", "vadd", lambda: [d1["xs"], d1["ys"]],
                lambda o: {"out": o[0]}, "W1", W.W1_BYTES, None))
    d2 = I.make_w2()
    for B in I.W2_BATCHES:
        out.append(("W2", f"per_example B={B}", "w2_per_example.ftir", f"pe{B}",
                    lambda B=B: [d2["params"], d2["x"][:B].copy(), d2["y"][:B].copy()],
                    lambda o: {"grad": o[0]}, f"W2/pe/{B}", None, None))
    d3 = I.make_w3()
    for B in I.W3_BATCHES:
        out.append(("W3", f"vmap B={B}", "w3_mlp_per_sample.ftir", f"ps{B}",
                    lambda B=B: [d3["W1"], d3["b1"], d3["W2"], d3["b2"], d3["x"][:B].copy(), d3["t"][:B].copy()],
                    lambda o: dict(zip(("W1", "b1", "W2", "b2"), o)), f"W3/{B}", None, None))
    d4 = I.make_w4()
    out.append(("W4", "value_and_grad", "w4_mlp_train.ftir", "vg",
                lambda: [d4[k] for k in ("W1", "b1", "W2", "b2", "W3", "b3", "x", "onehot")],
                lambda o: dict(zip(("loss", "W1", "b1", "W2", "b2", "W3", "b3"), o)), "W4", None, W.W4_FLOPS))
    out.append(("W5", "gelu*y+z N=16M", "w5_gelu.ftir", "gelu_fused",
                lambda: [I.make_w5()[k] for k in ("x", "y", "z")],
                lambda o: {"out_sampled": o[0][::W.W5_SAMPLE]}, "W5", W.W5_BYTES, None))
    out.append(("W6", "softmax 4096x1024", "w6_softmax.ftir", "softmax", lambda: [I.make_w6()["x"]],
                lambda o: {"out": o[0]}, "W6", W.W6_BYTES, None))
    d7 = I.make_w7()
    out.append(("W7", "grad(grad(sin))", "w7_second_order.ftir", "d2sin", lambda: [d7["x0"]],
                lambda o: {"out": o[0]}, "W7/d2sin", None, None))
    out.append(("W7", "hessian 100", "w7_second_order.ftir", "h", lambda: [d7["A"], d7["x"]],
                lambda o: {"out": o[0]}, "W7/hessian", None, None))
    return out


# ------------------------------------------------------------------ ftc

def compile_file(ftc, source, so, reps):
    """Median wall and CPU (user + system) time of `ftc compile` (and the
    stages of the last run): on a loaded machine the wall time mostly
    measures waiting for a core, the CPU time what ftc did."""
    walls, cpus, stages = [], [], {}
    for _ in range(reps):
        c = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        p = subprocess.run([ftc, "compile", source, "-o", so, "--time-passes"], capture_output=True, text=True)
        walls.append(time.perf_counter() - t)
        e = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(e.ru_utime + e.ru_stime - c.ru_utime - c.ru_stime)
        if p.returncode != 0:
            raise SystemExit(f"ftc compile {source} failed:\n{p.stderr}")
        stages = {m.group(1): float(m.group(2)) for m in re.finditer(r"^(\S+) ([0-9.]+)$", p.stderr, re.M)}
    return {"wall_s": statistics.median(walls), "walls_s": walls, "cpu_s": statistics.median(cpus), "stages_s": stages}


class Loaded:
    """One .so loaded with FTC_NUM_THREADS=threads (read when it is loaded)."""

    def __init__(self, ftcpy, path, threads):
        old = os.environ.get("FTC_NUM_THREADS")
        os.environ["FTC_NUM_THREADS"] = str(threads)
        try:
            self.module = ftcpy.load(path)
            self.lib = ctypes.CDLL(path)
        finally:
            if old is None:
                os.environ.pop("FTC_NUM_THREADS")
            else:
                os.environ["FTC_NUM_THREADS"] = old
        self.threads = threads

    def call(self, name, args):
        """A no-argument callable running @name on fixed buffers, and its outputs."""
        f = self.module[name]
        outs = [np.empty(t.shape, t.numpy_dtype) for t in f.outputs]
        args = [np.ascontiguousarray(a) for a in args]
        c = getattr(self.lib, f.spec.symbol)
        c.restype = ctypes.c_int32
        c.argtypes = [ctypes.c_void_p] * (len(args) + len(outs))
        pointers = [a.ctypes.data for a in args + outs]
        run = lambda: c(*pointers)
        status = run()
        if status != 0:
            raise RuntimeError(f"@{name} returned status {status}")
        return run, outs, args


class OpenBLASThreads:
    """The OpenBLAS ftc's objects link: its thread count (process-global) and core."""

    def __init__(self):
        try:
            self.lib = ctypes.CDLL("libopenblas.so.0")
            self.lib.openblas_get_corename.restype = ctypes.c_char_p
        except OSError:
            self.lib = None

    def core(self):
        return self.lib.openblas_get_corename().decode() if self.lib else None

    def set(self, n):
        if self.lib:
            self.lib.openblas_set_num_threads(n)


# ------------------------------------------------------------------ peers

def run_peer(R, spec, workdir, only, args):
    ns = argparse.Namespace(min_reps=args.min_reps, min_time=args.min_time, max_time=args.max_time,
                            only=only, quick=args.quick, no_torch_compile=args.no_torch_compile)
    d = R.run_framework(spec, workdir, ns)
    if "error" in d:
        print(f"   {spec}: ERROR {d['error']}\n{d.get('log_tail', '')[-2000:]}", flush=True)
        return {}
    return {(r["workload"], r["variant"], r["impl"]): r for r in d["results"]}


def importable(module):
    return subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True).returncode == 0


# The peers' implementations in the table's columns (run_peers' impl labels).
PEER_IMPLS = ("numpy", "jax.jit", "torch", "torch.compile", "mlx", "mlx.compile")


# ------------------------------------------------------------------ main

def geomean(xs):
    xs = [x for x in xs if x and x > 0 and math.isfinite(x)]
    return math.exp(sum(map(math.log, xs)) / len(xs)) if xs else float("nan")


def fmt_ms(s):
    if s is None:
        return "-"
    ms = s * 1e3
    return f"{ms:.0f}" if ms >= 100 else f"{ms:.2f}" if ms >= 1 else f"{ms:.4f}" if ms >= 0.01 else f"{ms:.5f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    default_ftc = os.path.join(ROOT, ".build/release/ftc")
    ap.add_argument("--ftc", default=default_ftc if os.path.exists(default_ftc) else os.path.join(ROOT, ".build/debug/ftc"))
    ap.add_argument("--peers", default=os.path.join(ROOT, "..", "shared", "peers"), help="the shared peers directory")
    ap.add_argument("--only", default="", help="workloads, e.g. W1,W5")
    ap.add_argument("--no-peers", action="store_true")
    ap.add_argument("--skip-limits", action="store_true")
    ap.add_argument("--compile-reps", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="few repetitions (smoke test)")
    ap.add_argument("--min-reps", type=int, default=20)
    ap.add_argument("--min-time", type=float, default=1.0)
    ap.add_argument("--max-time", type=float, default=4.0)
    ap.add_argument("--json", help="write the whole record here")
    ap.add_argument("--frameworks", default="numpy,jax,torch,mlx",
                    help="peers to run when importable (run_peers specs, e.g. numpy,jax)")
    ap.add_argument("--no-torch-compile", action="store_true")
    args = ap.parse_args()
    peers = os.path.abspath(args.peers)
    I, ML, R, W = load_peers(peers)
    ftcpy = load_ftcpy()
    only = set(filter(None, args.only.split(",")))
    selected = [c for c in cases(I, W) if not only or c[0] in only]
    timing = dict(min_reps=3, min_time=0.0, max_time=0.5, warmup=1, warmup_time=0.0) if args.quick else \
        dict(min_reps=args.min_reps, min_time=args.min_time, max_time=args.max_time)
    record = {"date": time.strftime("%Y-%m-%dT%H:%M:%S"), "ftc": os.path.abspath(args.ftc), "command": " ".join(sys.argv),
              "loadavg_start": os.getloadavg(), "nproc": os.cpu_count()}
    blas = OpenBLASThreads()

    # Machine limits at the start of this run.
    limits = {}
    if not args.skip_limits:
        print("machine limits (copy bandwidth, sgemm 2048^3 through libopenblas.so.0)...", flush=True)
        bw = ML.bandwidth(reps=3 if args.quick else 10)["copy_2thr"]
        ob = ML.debian_openblas(n=2048, reps=2 if args.quick else 4, coretypes=(None,))
        ob = next(iter(ob.values()))
        limits = {"copy_GBps": bw["GB/s_median"], "copy_GBps_best": bw["GB/s_best"],
                  "sgemm_GFLOPs": ob.get("2thr", {}).get("GFLOP/s_median"), "openblas_core": ob.get("corename")}
        print(f"  copy {limits['copy_GBps']:.1f} GB/s (2 threads, median); sgemm {limits['sgemm_GFLOPs'] or float('nan'):.1f} "
              f"GFLOP/s (2 threads, OpenBLAS core {limits['openblas_core']})", flush=True)
    record["limits"] = limits
    record["openblas_core_in_process"] = blas.core()

    # ftc: compile every file, load it for 2 and 1 threads.
    work = tempfile.mkdtemp(prefix="ftc-bench-")
    compiled, loaded = {}, {}
    for file in sorted({c[2] for c in selected}):
        so = os.path.join(work, file.replace(".ftir", ".so"))
        compiled[file] = compile_file(args.ftc, os.path.join(HERE, file), so, args.compile_reps)
        so1 = so.replace(".so", "_1t.so")
        shutil.copyfile(so, so1)
        loaded[file] = {2: Loaded(ftcpy, so, 2), 1: Loaded(ftcpy, so1, 1)}
        print(f"  ftc compile {file}: {compiled[file]['wall_s']*1e3:.0f} ms wall, {compiled[file]['cpu_s']*1e3:.0f} ms CPU "
              f"({', '.join(f'{k} {v*1e3:.0f}' for k, v in compiled[file]['stages_s'].items() if v >= 0.005)} ms)", flush=True)
    record["compile"] = compiled

    results = []
    busy0 = R._busy_jiffies()[0]
    own0 = sum(os.times()[:2])
    wall0 = time.perf_counter()
    for (w, variant, file, fn, make_args, to_ref, ref, nbytes, flops) in selected:
        row = {"workload": w, "variant": variant, "file": file, "function": fn}
        for threads in (2, 1):
            run, outs, keep = loaded[file][threads].call(fn, make_args())
            if threads == 2:
                c = R.compare(to_ref(outs), W.reference(ref))
                row["vs_f64_ref"] = c
                row["agree"] = "error" not in c and c["max_rel"] <= R.TOL[w]
            blas.set(threads)
            row[f"ftc_{threads}t"] = W.bench(run, lambda o: o, **timing)
            blas.set(2)
            del keep
        m = row["ftc_2t"]["median_s"]
        if nbytes:
            row["GB/s"] = nbytes / m / 1e9
            if limits.get("copy_GBps"):
                row["pct_of_copy"] = 100 * row["GB/s"] / limits["copy_GBps"]
        if flops:
            row["GFLOP/s"] = flops / m / 1e9
            if limits.get("sgemm_GFLOPs"):
                row["pct_of_sgemm"] = 100 * row["GFLOP/s"] / limits["sgemm_GFLOPs"]
        results.append(row)
        print(f"  ftc {w} {variant:<20} 2t {fmt_ms(m)} ms  1t {fmt_ms(row['ftc_1t']['median_s'])} ms  "
              f"agree={row['agree']}", flush=True)
    wall = time.perf_counter() - wall0
    record["ftc_background_cores"] = max(0.0, (R._busy_jiffies()[0] - busy0) / os.sysconf("SC_CLK_TCK")
                                         - (sum(os.times()[:2]) - own0)) / wall
    shutil.rmtree(work, ignore_errors=True)

    # Peers, each in its own process.
    peer_rows = {}
    if not args.no_peers:
        pw = tempfile.mkdtemp(prefix="ftc-bench-peers-")
        sel = ",".join(sorted({c[0] for c in selected}))
        modules = {"numpy": "numpy", "jax": "jax", "torch": "torch", "mlx": "mlx.core"}
        specs = [f for f in args.frameworks.split(",") if f and importable(modules.get(f.split("@")[0], f))]
        for spec in specs:
            print(f" -- peer {spec}", flush=True)
            peer_rows.update(run_peer(R, spec, pw, sel, args))
        shutil.rmtree(pw, ignore_errors=True)
        record["peers"] = specs
    for row in results:
        for impl in PEER_IMPLS:
            key = {"jax.jit": "jax"}.get(impl, impl)
            p = peer_rows.get((row["workload"], row["variant"], impl))
            if p and "median_s" in p:
                row[key] = {"median_s": p["median_s"], "first_call_s": p.get("first_call_s")}
                row[f"{key}_over_ftc"] = p["median_s"] / row["ftc_2t"]["median_s"]
        peers_here = [(row[{"jax.jit": "jax"}.get(i, i)]["median_s"], i) for i in PEER_IMPLS
                      if {"jax.jit": "jax"}.get(i, i) in row]
        if peers_here:
            best_s, best = min(peers_here)
            row["best_peer"] = {"impl": best, "median_s": best_s}
            row["best_over_ftc"] = best_s / row["ftc_2t"]["median_s"]
    record["results"] = results
    record["loadavg_end"] = os.getloadavg()

    # The report.
    print(f"\nftc {args.ftc}; load average {record['loadavg_start'][0]:.1f} at the start, {record['loadavg_end'][0]:.1f} "
          f"at the end ({os.cpu_count()} cores; other processes used {record['ftc_background_cores']:.2f} cores "
          "on average while ftc was timed)")
    print("| case | ftc 2t ms | ftc 1t ms | numpy ms | jax.jit ms | torch.compile ms | mlx.compile ms | best peer ms | "
          "best peer / ftc | jax/ftc | rate | of limit | err vs f64 |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        rate = f"{r['GB/s']:.1f} GB/s" if "GB/s" in r else f"{r['GFLOP/s']:.1f} GFLOP/s" if "GFLOP/s" in r else ""
        pct = f"{r['pct_of_copy']:.0f}% copy" if "pct_of_copy" in r else f"{r['pct_of_sgemm']:.0f}% sgemm" if "pct_of_sgemm" in r else ""
        err = "ERR" if "error" in r["vs_f64_ref"] else f"{r['vs_f64_ref']['max_rel']:.1e}" + ("" if r["agree"] else " (OUT OF TOL)")
        ratio = lambda k: f"{r[k]:.2f}" if k in r else "-"
        print(f"| {r['workload']} {r['variant']} | {fmt_ms(r['ftc_2t']['median_s'])} | {fmt_ms(r['ftc_1t']['median_s'])} | "
              f"{fmt_ms(r.get('numpy', {}).get('median_s'))} | {fmt_ms(r.get('jax', {}).get('median_s'))} | "
              f"{fmt_ms(r.get('torch.compile', {}).get('median_s'))} | {fmt_ms(r.get('mlx.compile', {}).get('median_s'))} | "
              f"{(r['best_peer']['impl'] + ' ' + fmt_ms(r['best_peer']['median_s'])) if 'best_peer' in r else '-'} | "
              f"{ratio('best_over_ftc')} | {ratio('jax_over_ftc')} | {rate} | {pct} | {err} |")
    record["geomean_jax_over_ftc"] = geomean([r.get("jax_over_ftc") for r in results])
    record["geomean_numpy_over_ftc"] = geomean([r.get("numpy_over_ftc") for r in results])
    record["geomean_best_over_ftc"] = geomean([r.get("best_over_ftc") for r in results])
    print(f"geomean over {len(results)} cases: jax.jit/ftc {record['geomean_jax_over_ftc']:.2f}, "
          f"numpy/ftc {record['geomean_numpy_over_ftc']:.2f}, best peer / ftc {record['geomean_best_over_ftc']:.2f}")
    behind = [f"{r['workload']} {r['variant']}" for r in results if r.get("best_over_ftc", 2) < 1]
    print("cases where a peer is faster than ftc (default threads): " + (", ".join(behind) or "none"))
    print(f"OpenBLAS core in this process: {record['openblas_core_in_process']}")
    print("\n| ftc compile | wall ms (median) | CPU ms | largest stages ms (wall) | jax.jit first call ms (its cases) |")
    print("|---|---|---|---|---|")
    for file, c in compiled.items():
        top = sorted(c["stages_s"].items(), key=lambda kv: -kv[1])[:4]
        firsts = [r["jax"]["first_call_s"] for r in results if r["file"] == file and r.get("jax", {}).get("first_call_s")]
        print(f"| {file} | {c['wall_s']*1e3:.0f} | {c['cpu_s']*1e3:.0f} | {', '.join(f'{k} {v*1e3:.0f}' for k, v in top)} | "
              f"{', '.join(f'{s*1e3:.0f}' for s in firsts) or '-'} |")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(record, f, indent=1, default=str)
        print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
