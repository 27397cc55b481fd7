"""The CNN benchmark behind Tools/bench-cnn (run that): IR/examples/cnn.ftir
compiled by ftc and loaded with ftcpy, against the same model in JAX
(IR/examples/reference/cnn_reference.py) under jax.jit, in one process.

Calls alternate (ftc, jax, ftc, jax, ...) so that load from other processes
hits both sides alike; each call is timed alone (JAX's blocked until ready)
and medians are reported with the 10th/90th percentiles. Before timing, the
ftc results are checked against the committed JAX outputs.

With --threads 1,2 the script runs itself once per thread count
(FTC_NUM_THREADS; a count of 1 also pins the process to one core with
taskset, so JAX runs on one core too) and prints every row in one table.
"""
import argparse, json, os, shutil, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLE = os.path.join(ROOT, "IR", "examples", "cnn.ftir")
REFERENCE = os.path.join(ROOT, "IR", "examples", "reference", "cnn")
NAMES = ["w1", "b1", "w2", "b2", "x", "labels"]


def jax_functions():
    import jax

    sys.path.insert(0, os.path.dirname(REFERENCE))
    from cnn_reference import loss, batch_loss  # the one JAX model (with the inputs' seed)

    fwd = jax.jit(jax.value_and_grad(batch_loss, argnums=(0, 1, 2, 3)))
    per = jax.jit(jax.vmap(jax.grad(loss, argnums=(0, 1, 2, 3)), in_axes=(None, None, None, None, 0, 0)))
    return jax, fwd, per


def flat(result):
    if isinstance(result, tuple) and len(result) == 2 and isinstance(result[1], tuple):
        return [result[0], *result[1]]
    return list(result) if isinstance(result, (tuple, list)) else [result]


def stats(times):
    t = sorted(times)
    pick = lambda q: t[min(len(t) - 1, int(q * len(t)))] * 1e3
    return {"median": pick(0.5), "p10": pick(0.1), "p90": pick(0.9)}


def run_once(args):
    import numpy as np
    sys.path.insert(0, os.path.join(ROOT, "python"))
    import ftcpy

    tmp = tempfile.mkdtemp(prefix="bench-cnn-")
    so = os.path.join(tmp, "libcnn.so")
    t0 = time.perf_counter()
    subprocess.run([args.ftc, "compile", EXAMPLE, "-o", so], check=True)
    compile_ms = (time.perf_counter() - t0) * 1e3
    m = ftcpy.load(so)
    inputs = [np.load(os.path.join(REFERENCE, f"in_{k}.npy")) for k in NAMES]

    jax, jfwd, jper = jax_functions()
    jinputs = [jax.numpy.asarray(a) for a in inputs]
    cases = {
        "forward_and_grad": (lambda: m.forward_and_grad(*inputs),
                             lambda: jax.block_until_ready(jfwd(*jinputs)), 5),
        "per_sample": (lambda: m.per_sample(*inputs),
                       lambda: jax.block_until_ready(jper(*jinputs)), 4),
    }
    # Agreement with the committed JAX outputs first.
    for name, (f, _, count) in cases.items():
        got = flat(f())
        for i, g in enumerate(got):
            want = np.load(os.path.join(REFERENCE, f"{name}_{i}.npy"))
            if not np.allclose(g, want, rtol=1e-4, atol=1e-5):
                raise SystemExit(f"bench-cnn: {name} result {i} differs from JAX's (max |diff| {np.max(np.abs(g - want))})")
    rows = []
    for name, (f, j, _) in cases.items():
        for _ in range(args.warmup):
            f(); j()
        tf, tj = [], []
        for _ in range(args.reps):
            a = time.perf_counter(); f(); b = time.perf_counter(); j(); c = time.perf_counter()
            tf.append(b - a); tj.append(c - b)
        rows.append({"case": name, "threads": os.environ.get("FTC_NUM_THREADS", "default"),
                     "ftc": stats(tf), "jax": stats(tj), "compile_ms": compile_ms})
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ftc", default=os.path.join(ROOT, ".build", "debug", "ftc"))
    ap.add_argument("--reps", type=int, default=200)
    ap.add_argument("--warmup", type=int, default=20)
    ap.add_argument("--threads", default="", help="comma-separated thread counts, each run in its own process")
    ap.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.json:
        print(json.dumps(run_once(args)))
        return
    if args.threads:
        rows = []
        for n in args.threads.split(","):
            env = dict(os.environ, FTC_NUM_THREADS=n)
            # One thread: the whole process pinned to one core (JAX too).
            pin = ["taskset", "-c", "0"] if n == "1" and shutil.which("taskset") else []
            out = subprocess.run(pin + [sys.executable, __file__, "--json", "--ftc", args.ftc, "--reps", str(args.reps),
                                        "--warmup", str(args.warmup)], env=env, check=True, capture_output=True, text=True)
            rows += json.loads(out.stdout.strip().splitlines()[-1])
    else:
        rows = run_once(args)
    print(f"CNN example (batch 32, 12x12x1 -> conv 3x3x8 -> pool -> 10 classes); {args.reps} alternating calls each;"
          f" {os.cpu_count()} cores shared with other work: figures are noisy")
    print("| case | threads | ftc median (p10-p90) ms | jax.jit median (p10-p90) ms | jax/ftc |")
    print("|---|---|---|---|---|")
    for r in rows:
        f, j = r["ftc"], r["jax"]
        print(f"| {r['case']} | {r['threads']} | {f['median']:.3f} ({f['p10']:.3f}-{f['p90']:.3f}) |"
              f" {j['median']:.3f} ({j['p10']:.3f}-{j['p90']:.3f}) | {j['median'] / f['median']:.2f}x |")
    print(f"ftc compile of cnn.ftir: {rows[0]['compile_ms']:.0f} ms")


if __name__ == "__main__":
    main()
