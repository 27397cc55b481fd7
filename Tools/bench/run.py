#!/usr/bin/env python3
"""Side-by-side benchmark of ftc-compiled code against numpy (and JAX when
installed) on the peers' workloads W1 (vmap add), W5 (fused gelu) and W6
(softmax), in one process, with the peers' timing protocol: warm-up, then
repeated single calls (each blocked) until >= 20 reps and >= 1 s; median
and min reported, plus the ratio to ftc.

    python3 Tools/bench/run.py --ftc .build/release/ftc [--only W1,W5]
"""
import argparse, ctypes, json, os, subprocess, sys, tempfile, time
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


def bench(fn, min_reps=20, min_time=1.0, max_time=4.0):
    t0 = time.perf_counter()
    fn(); fn()
    while time.perf_counter() - t0 < 0.5:
        fn()
    times = []
    start = time.perf_counter()
    while True:
        a = time.perf_counter(); fn(); times.append(time.perf_counter() - a)
        el = time.perf_counter() - start
        if (len(times) >= min_reps and el >= min_time) or (el >= max_time and len(times) >= 5):
            break
    times.sort()
    return times[len(times) // 2] * 1e3, times[0] * 1e3


def compile_so(ftc, src, outdir):
    so = os.path.join(outdir, os.path.basename(src).replace(".ftir", ".so"))
    t = time.perf_counter()
    subprocess.run([ftc, "compile", src, "-o", so], check=True)
    return ctypes.CDLL(so), (time.perf_counter() - t) * 1e3


def ptr(a):
    return a.ctypes.data_as(ctypes.c_void_p)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ftc", required=True)
    ap.add_argument("--only", default="W1,W5,W6")
    args = ap.parse_args()
    try:
        import jax, jax.numpy as jnp
        jax.config.update("jax_platforms", "cpu")
    except Exception:
        jax = None
    only = set(args.only.split(","))
    rows = []
    tmp = tempfile.mkdtemp()
    rng = np.random.default_rng(0)
    if "W1" in only:
        xs = rng.uniform(0, 1, (4096, 100)).astype(np.float32)
        ys = rng.uniform(0, 1, (100, 4096)).astype(np.float32)
        lib, ct = compile_so(args.ftc, os.path.join(HERE, "w1_vmap_add.ftir"), tmp)
        out = np.empty((4096, 100), np.float32)
        f = lib.vadd
        case = {"workload": "W1 vmap-add [4096,100]", "compile_ms": ct}
        case["ftc"] = bench(lambda: f(ptr(xs), ptr(ys), ptr(out)))
        assert np.array_equal(out, xs + ys.T)
        case["numpy"] = bench(lambda: xs + ys.T)
        if jax:
            g = jax.jit(jax.vmap(lambda a, b: a + b, in_axes=(0, 1)))
            jx, jy = jnp.asarray(xs), jnp.asarray(ys)
            case["jax.jit"] = bench(lambda: g(jx, jy).block_until_ready())
        rows.append(case)
    if "W5" in only:
        n = 16 * 2**20
        x, y, z = (rng.standard_normal(n, dtype=np.float32) for _ in range(3))
        lib, ct = compile_so(args.ftc, os.path.join(HERE, "w5_gelu.ftir"), tmp)
        out = np.empty(n, np.float32)
        f = lib.gelu_fused
        case = {"workload": "W5 gelu*y+z 16M", "compile_ms": ct}
        case["ftc"] = bench(lambda: f(ptr(x), ptr(y), ptr(z), ptr(out)))
        ref = 0.5 * x * (1 + np.tanh(0.7978845608 * (x + 0.044715 * x**3))) * y + z
        assert np.allclose(out, ref, rtol=1e-5, atol=1e-5)
        case["numpy"] = bench(lambda: 0.5 * x * (1 + np.tanh(0.7978845608 * (x + 0.044715 * x**3))) * y + z)
        if jax:
            g = jax.jit(lambda x, y, z: 0.5 * x * (1 + jnp.tanh(0.7978845608 * (x + 0.044715 * x**3))) * y + z)
            jx, jy, jz = (jnp.asarray(a) for a in (x, y, z))
            case["jax.jit"] = bench(lambda: g(jx, jy, jz).block_until_ready())
        rows.append(case)
    if "W6" in only:
        x = (3.0 * rng.standard_normal((4096, 1024), dtype=np.float32)).astype(np.float32)
        lib, ct = compile_so(args.ftc, os.path.join(HERE, "w6_softmax.ftir"), tmp)
        out = np.empty_like(x)
        f = lib.softmax
        def np_softmax(x):
            m = np.max(x, axis=-1, keepdims=True); e = np.exp(x - m)
            return e / np.sum(e, axis=-1, keepdims=True)
        case = {"workload": "W6 softmax [4096,1024]", "compile_ms": ct}
        case["ftc"] = bench(lambda: f(ptr(x), ptr(out)))
        assert np.allclose(out, np_softmax(x), rtol=1e-5, atol=1e-7)
        case["numpy"] = bench(lambda: np_softmax(x))
        if jax:
            g = jax.jit(jax.nn.softmax)
            jx = jnp.asarray(x)
            case["jax.jit"] = bench(lambda: g(jx).block_until_ready())
        rows.append(case)
    print("| workload | ftc median (min) ms | numpy median ms | jax.jit median ms | numpy/ftc | jax/ftc | ftc compile ms |")
    print("|---|---|---|---|---|---|---|")
    for c in rows:
        f = c["ftc"][0]
        npm = c["numpy"][0]
        jm = c.get("jax.jit", (float("nan"),))[0]
        print(f"| {c['workload']} | {f:.3f} ({c['ftc'][1]:.3f}) | {npm:.3f} | {jm:.3f} | {npm / f:.2f}x | {jm / f:.2f}x | {c['compile_ms']:.0f} |")
    print(json.dumps(rows))


if __name__ == "__main__":
    main()
