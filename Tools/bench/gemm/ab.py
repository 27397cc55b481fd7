"""Two ftc builds side by side on the same functions, in one C process,
alternating round by round (before/after of a change; the machine is shared).

    /work/jaxenv/bin/python Tools/bench/gemm/ab.py OLD_FTC NEW_FTC FILE.ftir:FUNC [FILE.ftir:FUNC ...] [--threads 1]

Inputs are fixed pseudo-random values in [-0.5, 0.5) (i1 arguments: 0/1);
each function's shapes come from the object's ftc_metadata. Prints, per
function, the median and p10 per call (microseconds) of each build and the
ratio old/new of the medians.
"""

import argparse, ctypes, json, os, subprocess, tempfile

SIZES = {"f32": 4, "f64": 8, "i32": 4, "i64": 8, "i1": 1}

HARNESS = r"""
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <time.h>
static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + 1e-9 * t.tv_nsec; }
static int cmp(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return x < y ? -1 : x > y; }
typedef int32_t (*fn)(void **);
struct Case { const char *name; int nbuf; long bytes[16]; int kind[16]; };
static struct Case cases[] = { CASES };
/* call with up to 16 pointer arguments */
static int32_t call(void *f, void **p) {
  typedef int32_t (*f16)(void*,void*,void*,void*,void*,void*,void*,void*,void*,void*,void*,void*,void*,void*,void*,void*);
  return ((f16)f)(p[0],p[1],p[2],p[3],p[4],p[5],p[6],p[7],p[8],p[9],p[10],p[11],p[12],p[13],p[14],p[15]);
}
int main(int argc, char **argv) {
  void *h[2] = { dlopen(argv[1], RTLD_NOW | RTLD_LOCAL), dlopen(argv[2], RTLD_NOW | RTLD_LOCAL) };
  if (!h[0] || !h[1]) { fprintf(stderr, "%s\n", dlerror()); return 1; }
  int rounds = ROUNDS;
  for (unsigned c = 0; c < sizeof cases / sizeof cases[0]; c++) {
    struct Case *k = &cases[c];
    void *p[16] = {0};
    for (int i = 0; i < k->nbuf; i++) {
      p[i] = aligned_alloc(64, (k->bytes[i] + 63) / 64 * 64 + 64);
      long n = k->bytes[i];
      if (k->kind[i] == 4) for (long j = 0; j < n / 4; j++) ((float *)p[i])[j] = (float)((j * 7919 % 1000) / 1000.0 - 0.5);
      else if (k->kind[i] == 8) for (long j = 0; j < n / 8; j++) ((double *)p[i])[j] = (j * 7919 % 1000) / 1000.0 - 0.5;
      else for (long j = 0; j < n; j++) ((uint8_t *)p[i])[j] = (j % 3) == 0;
    }
    void *f[2] = { dlsym(h[0], k->name), dlsym(h[1], k->name) };
    for (int w = 0; w < 5; w++) { call(f[0], p); call(f[1], p); }
    double t0 = now(); for (int i = 0; i < 5; i++) call(f[0], p); double one = (now() - t0) / 5;
    long reps = (long)(2e-3 / (one > 1e-9 ? one : 1e-9)); if (reps < 1) reps = 1; if (reps > 200000) reps = 200000;
    double ts[2][256];
    for (int q = 0; q < rounds; q++)
      for (int oo = 0; oo < 2; oo++) {
        int o = (q % 2) ? 1 - oo : oo;
        double s = now();
        for (long i = 0; i < reps; i++) call(f[o], p);
        ts[o][q] = (now() - s) / reps * 1e6;
      }
    printf("%s", k->name);
    for (int o = 0; o < 2; o++) { qsort(ts[o], rounds, sizeof(double), cmp); printf(" %.4f %.4f", ts[o][rounds / 2], ts[o][rounds / 10]); }
    printf("\n"); fflush(stdout);
  }
  return 0;
}
"""

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("old"); ap.add_argument("new"); ap.add_argument("cases", nargs="+")
    ap.add_argument("--threads", default="1"); ap.add_argument("--rounds", type=int, default=21)
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="gemm-ab-")
    files = sorted({c.split(":")[0] for c in args.cases})
    entries = []
    objs = {"old": [], "new": []}
    # One object per (build, file); functions of several files: one harness per file.
    for fi, path in enumerate(files):
        for label, ftc in (("old", args.old), ("new", args.new)):
            so = os.path.join(tmp, f"{label}{fi}.so")
            subprocess.run([ftc, "compile", path, "-o", so], check=True)
            objs[label].append(so)
    print(f"# load: {open('/proc/loadavg').read().split()[:3]}; threads {args.threads}; rounds {args.rounds}; us per call")
    print("| function | old med / p10 | new med / p10 | old/new |")
    print("|---|---|---|---|")
    for fi, path in enumerate(files):
        lib = ctypes.CDLL(objs["new"][fi]); lib.ftc_metadata.restype = ctypes.c_char_p
        meta = json.loads(lib.ftc_metadata())
        want = [c.split(":")[1] for c in args.cases if c.split(":")[0] == path]
        cs = []
        for fn in meta["functions"]:
            if fn["name"] not in want: continue
            bufs = fn["inputs"] + fn["outputs"]
            bytes_ = [max(1, SIZES[b["dtype"]] * eval("*".join(map(str, b["shape"])) or "1")) for b in bufs]
            kinds = [SIZES[b["dtype"]] if b["dtype"] in ("f32", "f64") else 1 for b in bufs]
            cs.append('{"%s", %d, {%s}, {%s}}' % (fn["symbol"], len(bufs), ", ".join(map(str, bytes_)), ", ".join(map(str, kinds))))
        src = HARNESS.replace("CASES", ",\n".join(cs)).replace("ROUNDS", str(args.rounds))
        open(os.path.join(tmp, f"h{fi}.c"), "w").write(src)
        exe = os.path.join(tmp, f"h{fi}")
        subprocess.run(["cc", "-O2", "-o", exe, os.path.join(tmp, f"h{fi}.c"), "-ldl"], check=True)
        env = dict(os.environ, OPENBLAS_NUM_THREADS=args.threads, FTC_NUM_THREADS=args.threads)
        out = subprocess.run([exe, objs["old"][fi], objs["new"][fi]], capture_output=True, text=True, env=env, check=True).stdout
        for line in out.splitlines():
            w = line.split(); v = list(map(float, w[1:]))
            print(f"| {os.path.basename(path)}:{w[0]} | {v[0]:.4f} / {v[1]:.4f} | {v[2]:.4f} / {v[3]:.4f} | {v[0]/v[2]:.2f} |", flush=True)
    print(f"# load at the end: {open('/proc/loadavg').read().split()[:3]}")

if __name__ == "__main__":
    main()
