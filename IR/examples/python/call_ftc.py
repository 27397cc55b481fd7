#!/usr/bin/env python3
"""Call a shared object compiled by `ftc compile` from the command line,
through the ftcpy package (python/ in the ftc repository).

    ftc compile IR/examples/mlp_grad.ftir -o libmlp.so
    python3 IR/examples/python/call_ftc.py libmlp.so                # every function, seeded random inputs
    python3 IR/examples/python/call_ftc.py libmlp.so --func loss --in w1.npy b1.npy w2.npy b2.npy x.npy y.npy --out l.npy

Uses the installed ftcpy (`pip install ./python`), else the one in this
checkout. In your own code, call the package directly:

    import ftcpy
    m = ftcpy.load("libmlp.so")
    loss = m.loss(w1, b1, w2, b2, x, y)
"""
import argparse
import os
import sys

import numpy as np

try:
    import ftcpy
except ImportError:
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "python"))
    import ftcpy


def random_input(spec, rng):
    if spec.dtype in ("f32", "f64"):
        return rng.standard_normal(spec.shape).astype(spec.numpy_dtype)
    if spec.dtype == "i1":
        return rng.integers(0, 2, spec.shape).astype(np.bool_)
    return rng.integers(-100, 100, spec.shape).astype(spec.numpy_dtype)


def signature(f):
    return f"@{f.name}({', '.join(map(str, f.inputs))}) -> ({', '.join(map(str, f.outputs))})"


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("library", help="the .so written by ftc compile")
    p.add_argument("--prefix", help="the --prefix it was compiled with (default: found in the object)")
    p.add_argument("--func", help="the function to call (default: every function, on random inputs)")
    p.add_argument("--in", dest="inputs", nargs="*", default=[], help=".npy inputs, one per argument")
    p.add_argument("--out", dest="outputs", nargs="*", default=[], help=".npy files for the results")
    p.add_argument("--seed", type=int, default=0, help="seed of the random inputs")
    args = p.parse_args()

    try:
        m = ftcpy.load(args.library, args.prefix)
    except ftcpy.FtcLoadError as e:
        sys.exit(f"call_ftc: {e}")
    print(f"module @{m.name}: {len(m.functions)} functions")
    names = [args.func] if args.func else list(m.functions)
    rng = np.random.default_rng(args.seed)
    for name in names:
        if name not in m.functions:
            sys.exit(f"call_ftc: no function @{name} in {args.library} (it has {', '.join(m.functions)})")
        f = m[name]
        inputs = [np.load(path) for path in args.inputs] if args.inputs else [random_input(t, rng) for t in f.inputs]
        try:
            results = f(*inputs)
        except (TypeError, ValueError, ftcpy.FtcError) as e:
            sys.exit(f"call_ftc: {e}")
        results = results if isinstance(results, tuple) else (results,)
        print(signature(f))
        if args.outputs:
            if len(args.outputs) != len(results):
                sys.exit(f"call_ftc: @{name} has {len(results)} results, got {len(args.outputs)} --out files")
            for r, path in zip(results, args.outputs):
                np.save(path, r)
        for r in results:
            print("  " + repr(r).replace("\n", "\n  "))


if __name__ == "__main__":
    main()
