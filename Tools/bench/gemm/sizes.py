"""Generated loops vs OpenBLAS per size class (issue #13, "Matrix products").

Compiles one module of dot_generals (square sizes, W3's and W4's shapes)
with `ftc compile --gemm loops` and `--gemm blas` (and, with --old, a second
ftc as it chooses by itself), then times every function of every object in
one C process, alternating the objects round by round; prints the median
and p10 per call in microseconds and the loops/BLAS ratio.

    /work/peersenv/bin/python Tools/bench/gemm/sizes.py --ftc .build/release/ftc [--old OTHER_FTC [--old-gemm loops]] [--threads 1] [--only sq]
"""

import argparse, os, subprocess, sys, tempfile

def cases():
    out = []  # (name, dtype, batch, M, N, K, transA, transB)
    for d in ("f32", "f64"):
        for s in (1, 7, 8, 16, 17, 32, 33, 64, 96, 100, 128, 256):
            out.append((f"sq{s}_{d}", d, 1, s, s, s, False, False))
    for s in (8, 16, 32, 64, 100, 128):
        out.append((f"sq{s}_tA_f32", "f32", 1, s, s, s, True, False))
        out.append((f"sq{s}_tB_f32", "f32", 1, s, s, s, False, True))
    for s in (16, 64, 100, 256):
        out.append((f"mv{s}_f32", "f32", 1, s, 1, s, False, False))
    # W7's hessian 100: Aᵀ·X (A transposed) and the same product untransposed.
    out.append(("w7_aT_x", "f32", 1, 100, 100, 100, True, False))
    out.append(("w7_a_x", "f32", 1, 100, 100, 100, False, False))
    # W3 (per-sample MLP 64-128-10, B=32 and 1024).
    for bsz in (32, 1024):
        out += [
            (f"w3_{bsz}_x_w1", "f32", 1, bsz, 128, 64, False, False),
            (f"w3_{bsz}_h_w2", "f32", 1, bsz, 10, 128, False, False),
            (f"w3_{bsz}_d_w2T", "f32", 1, bsz, 128, 10, False, True),
            (f"w3_{bsz}_outer_128x10", "f32", bsz, 128, 10, 1, False, False),
            (f"w3_{bsz}_outer_64x128", "f32", bsz, 64, 128, 1, False, False),
        ]
    # W4 (784-512-512-10, B=256): the eight products of value_and_grad.
    out += [
        ("w4_x_w1", "f32", 1, 256, 512, 784, False, False),
        ("w4_h1_w2", "f32", 1, 256, 512, 512, False, False),
        ("w4_h2_w3", "f32", 1, 256, 10, 512, False, False),
        ("w4_h2T_g3", "f32", 1, 512, 10, 256, True, False),
        ("w4_g3_w3T", "f32", 1, 256, 512, 10, False, True),
        ("w4_h1T_g2", "f32", 1, 512, 512, 256, True, False),
        ("w4_g2_w2T", "f32", 1, 256, 512, 512, False, True),
        ("w4_xT_g1", "f32", 1, 784, 512, 256, True, False),
    ]
    return out

def ftir(cs):
    lines = ["module @gemm_sizes", ""]
    for name, d, bt, m, n, k, ta, tb in cs:
        pre = [bt] if bt > 1 else []
        ash = pre + ([k, m] if ta else [m, k])
        bsh = pre + ([n, k] if tb else [k, n])
        o = 1 if bt > 1 else 0
        ca = o + (0 if ta else 1)
        cb = o + (1 if tb else 0)
        batch = "batch=[[0],[0]], " if bt > 1 else ""
        ty = lambda s: f"{d}[{','.join(map(str, s))}]"
        lines += [f"func @{name}(%a: {ty(ash)}, %b: {ty(bsh)}) -> {ty(pre + [m, n])} {{",
                  f"  %c = dot_general %a, %b, {batch}contract=[[{ca}],[{cb}]] : {ty(pre + [m, n])}",
                  "  return %c", "}", ""]
    return "\n".join(lines)

HARNESS = r"""
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <time.h>
typedef int32_t (*fn)(const void *, const void *, void *);
static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + 1e-9 * t.tv_nsec; }
static int cmp(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return x < y ? -1 : x > y; }
struct Case { const char *name; long na, nb, nc, esize; double macs; };
static struct Case cases[] = { CASES };
int main(int argc, char **argv) {
  int nobj = argc - 1, rounds = ROUNDS;
  void *h[8];
  for (int o = 0; o < nobj; o++) { h[o] = dlopen(argv[o + 1], RTLD_NOW | RTLD_LOCAL); if (!h[o]) { fprintf(stderr, "%s\n", dlerror()); return 1; } }
  for (unsigned c = 0; c < sizeof cases / sizeof cases[0]; c++) {
    struct Case *k = &cases[c];
    char *a = malloc(k->na * k->esize), *b = malloc(k->nb * k->esize), *r = malloc(k->nc * k->esize);
    for (long i = 0; i < k->na; i++) { if (k->esize == 4) ((float *)a)[i] = (float)((i * 7919 % 1000) / 1000.0 - 0.5); else ((double *)a)[i] = (i * 7919 % 1000) / 1000.0 - 0.5; }
    for (long i = 0; i < k->nb; i++) { if (k->esize == 4) ((float *)b)[i] = (float)((i * 104729 % 1000) / 1000.0 - 0.5); else ((double *)b)[i] = (i * 104729 % 1000) / 1000.0 - 0.5; }
    fn f[8];
    for (int o = 0; o < nobj; o++) f[o] = (fn)dlsym(h[o], k->name);
    /* reps: about 300 us per batch, measured on the first object */
    long reps = 1; double t0 = now(); f[0](a, b, r); double one = now() - t0;
    for (int w = 0; w < 3; w++) for (int o = 0; o < nobj; o++) f[o](a, b, r);
    t0 = now(); for (int i = 0; i < 10; i++) f[0](a, b, r); one = (now() - t0) / 10;
    reps = (long)(300e-6 / (one > 1e-9 ? one : 1e-9)); if (reps < 1) reps = 1; if (reps > 100000) reps = 100000;
    double *ts = malloc(sizeof(double) * rounds * nobj);
    for (int q = 0; q < rounds; q++)
      for (int oo = 0; oo < nobj; oo++) {
        int o = (q % 2) ? nobj - 1 - oo : oo;
        double s = now();
        for (long i = 0; i < reps; i++) f[o](a, b, r);
        ts[o * rounds + q] = (now() - s) / reps * 1e6;
      }
    printf("%s", k->name);
    for (int o = 0; o < nobj; o++) {
      qsort(ts + o * rounds, rounds, sizeof(double), cmp);
      double med = ts[o * rounds + rounds / 2], p10 = ts[o * rounds + rounds / 10];
      printf(" %.4f %.4f %.2f", med, p10, 2 * k->macs / (med * 1e-6) / 1e9);
    }
    printf("\n");
    fflush(stdout);
    free(a); free(b); free(r); free(ts);
  }
  return 0;
}
"""

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ftc", required=True)
    ap.add_argument("--old", help="another ftc, compiled with its own choice")
    ap.add_argument("--old-gemm", default="size", help="the other ftc's --gemm (loops: its generated loops)")
    ap.add_argument("--threads", default="1")
    ap.add_argument("--rounds", type=int, default=21)
    ap.add_argument("--only", help="substring of the case names")
    args = ap.parse_args()
    cs = [c for c in cases() if not args.only or args.only in c[0]]
    tmp = tempfile.mkdtemp(prefix="gemm-sizes-")
    src = os.path.join(tmp, "g.ftir")
    open(src, "w").write(ftir(cs))
    objs, labels = [], []
    for mode in ("loops", "blas", "size"):
        so = os.path.join(tmp, f"{mode}.so")
        subprocess.run([args.ftc, "compile", src, "-o", so, "--gemm", mode], check=True)
        objs.append(so); labels.append(mode)
    if args.old:
        so = os.path.join(tmp, "old.so")
        subprocess.run([args.old, "compile", src, "-o", so, "--gemm", args.old_gemm], check=True)
        objs.append(so); labels.append("old")
    entries = []
    for name, d, bt, m, n, k, ta, tb in cs:
        es = 4 if d == "f32" else 8
        entries.append(f'{{"{name}", {bt*m*k}, {bt*k*n}, {bt*m*n}, {es}, {float(bt*m*n*k)}}}')
    c = HARNESS.replace("CASES", ",\n".join(entries)).replace("ROUNDS", str(args.rounds))
    open(os.path.join(tmp, "h.c"), "w").write(c)
    exe = os.path.join(tmp, "h")
    subprocess.run(["cc", "-O2", "-o", exe, os.path.join(tmp, "h.c"), "-ldl"], check=True)
    env = dict(os.environ, OPENBLAS_NUM_THREADS=args.threads, FTC_NUM_THREADS=args.threads)
    print(f"# load: {open('/proc/loadavg').read().split()[:3]}; threads {args.threads}; rounds {args.rounds}; times in us per call (median, p10), GFLOP/s of the median")
    print("| case | shape (batch×M×N×K) | " + " | ".join(f"{l} med / p10 / GFLOP/s" for l in labels) + " | loops/blas |")
    print("|---|---|" + "---|" * len(labels) + "---|")
    shapes = {c[0]: c for c in cs}
    p = subprocess.Popen([exe] + objs, stdout=subprocess.PIPE, text=True, env=env)
    for line in p.stdout:
        w = line.split()
        name, vals = w[0], list(map(float, w[1:]))
        _, d, bt, m, n, k, ta, tb = shapes[name]
        cells = [f"{vals[3*i]:.3f} / {vals[3*i+1]:.3f} / {vals[3*i+2]:.1f}" for i in range(len(labels))]
        shape = f"{bt}×{m}×{n}×{k}{' Aᵀ' if ta else ''}{' Bᵀ' if tb else ''} {d}"
        print(f"| {name} | {shape} | " + " | ".join(cells) + f" | {vals[0]/vals[3]:.2f} |", flush=True)
    p.wait()
    print(f"# load at the end: {open('/proc/loadavg').read().split()[:3]}")

if __name__ == "__main__":
    main()
