#!/usr/bin/env python3
"""Call a shared object compiled by `ftc compile` from Python (ctypes + numpy).

    ftc compile IR/examples/mlp_grad.ftir -o libmlp.so
    python3 IR/examples/python/call_ftc.py libmlp.so                # every function, seeded random inputs
    python3 IR/examples/python/call_ftc.py libmlp.so --func loss --in w1.npy b1.npy w2.npy b2.npy x.npy y.npy --out l.npy

The object describes itself: `ftc_metadata()` returns JSON listing each
exported function with the dtypes and shapes of its inputs and outputs, so
`CompiledModule` checks every argument before the call and allocates the
results. Objects compiled with `--prefix P` export `Pftc_metadata`: pass
`--prefix P`. Only the standard library and numpy are needed.
"""
import argparse
import ctypes
import json
import os
import sys

import numpy as np

# FTIR dtypes as numpy dtypes (spec section 6: i1 is one byte, 0 or 1).
DTYPES = {"f32": np.float32, "f64": np.float64, "i32": np.int32, "i64": np.int64, "i1": np.bool_}


class CompiledModule:
    """A shared object written by `ftc compile`, its functions callable by FTIR name."""

    def __init__(self, path, prefix=""):
        self.lib = ctypes.CDLL(os.path.abspath(path))
        accessor = getattr(self.lib, prefix + "ftc_metadata")
        accessor.restype = ctypes.c_char_p
        accessor.argtypes = []
        self.metadata = json.loads(accessor().decode("utf-8"))
        self.functions = {f["name"]: f for f in self.metadata["functions"]}

    def __call__(self, name, *args):
        """Calls @name on numpy arrays; returns its results as a list of arrays."""
        f = self.functions[name]
        if len(args) != len(f["inputs"]):
            raise TypeError(f"@{name} takes {len(f['inputs'])} arguments, got {len(args)}")
        buffers = []
        for k, (a, spec) in enumerate(zip(args, f["inputs"])):
            dtype = np.dtype(DTYPES[spec["dtype"]])
            # Arrays must already have the right dtype; lists and Python scalars are converted.
            a = np.asarray(a) if isinstance(a, np.ndarray) else np.asarray(a, dtype=dtype)
            if a.dtype != dtype:
                raise TypeError(f"argument {k} of @{name} must be {spec['dtype']} ({dtype}), got {a.dtype}")
            if list(a.shape) != spec["shape"]:
                raise ValueError(f"argument {k} of @{name} must have shape {spec['shape']}, got {list(a.shape)}")
            buffers.append(np.ascontiguousarray(a))  # dense, row-major
        results = [np.empty(s["shape"], DTYPES[s["dtype"]]) for s in f["outputs"]]
        fn = getattr(self.lib, f["symbol"])
        fn.restype = ctypes.c_int32
        fn.argtypes = [ctypes.c_void_p] * (len(buffers) + len(results))
        # A zero-size tensor may be passed as NULL (None).
        status = fn(*[b.ctypes.data if b.size else None for b in buffers + results])
        if status != 0:
            why = {1: "out of memory", 2: "worker threads could not be started"}.get(status, "unknown")
            raise RuntimeError(f"@{name} returned {status} ({why})")
        return results


def random_input(spec, rng):
    dtype, shape = DTYPES[spec["dtype"]], spec["shape"]
    if spec["dtype"] in ("f32", "f64"):
        return rng.standard_normal(shape).astype(dtype)
    if spec["dtype"] == "i1":
        return rng.integers(0, 2, shape).astype(np.bool_)
    return rng.integers(-100, 100, shape).astype(dtype)


def signature(f):
    show = lambda t: f"{t['dtype']}[{','.join(map(str, t['shape']))}]"
    return f"@{f['name']}({', '.join(map(show, f['inputs']))}) -> ({', '.join(map(show, f['outputs']))})"


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("library", help="the .so written by ftc compile")
    p.add_argument("--prefix", default="", help="the --prefix it was compiled with")
    p.add_argument("--func", help="the function to call (default: every function, on random inputs)")
    p.add_argument("--in", dest="inputs", nargs="*", default=[], help=".npy inputs, one per argument")
    p.add_argument("--out", dest="outputs", nargs="*", default=[], help=".npy files for the results")
    p.add_argument("--seed", type=int, default=0, help="seed of the random inputs")
    args = p.parse_args()

    m = CompiledModule(args.library, args.prefix)
    print(f"module @{m.metadata['module']}: {len(m.functions)} functions")
    names = [args.func] if args.func else list(m.functions)
    rng = np.random.default_rng(args.seed)
    for name in names:
        if name not in m.functions:
            sys.exit(f"call_ftc: no function @{name} in {args.library} (it has {', '.join(m.functions)})")
        f = m.functions[name]
        inputs = [np.load(path) for path in args.inputs] if args.inputs else [random_input(s, rng) for s in f["inputs"]]
        try:
            results = m(name, *inputs)
        except (TypeError, ValueError, RuntimeError) as e:
            sys.exit(f"call_ftc: {e}")
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
