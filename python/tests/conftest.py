"""Fixtures: the ftc executable the test command built, and objects compiled with it.

`FTC` names the executable; otherwise the repository's `.build/debug/ftc`
(what `swift build` / `swift test` writes). A missing ftc, compiler or
numpy is an error, never a skip.
"""
import os
import subprocess

import numpy as np
import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.path.join(REPO, "IR", "examples")


def ftc_path():
    path = os.environ.get("FTC") or os.path.join(REPO, ".build", "debug", "ftc")
    if not os.access(path, os.X_OK):
        raise RuntimeError(f"ftc not found at {path}: build it (swift build) or set FTC")
    return path


def run(args, **kw):
    r = subprocess.run(args, capture_output=True, text=True, stdin=subprocess.DEVNULL, **kw)
    if r.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({r.returncode}):\n{r.stderr}")
    return r


@pytest.fixture(scope="session")
def ftc():
    return ftc_path()


class Compiler:
    """Compiles FTIR into a session directory, each (source, options) once."""

    def __init__(self, ftc, directory):
        self.ftc, self.dir, self.done = ftc, directory, {}

    def example(self, name, *options):
        return self.file(os.path.join(EXAMPLES, name + ".ftir"), *options)

    def source(self, text, *options):
        path = os.path.join(self.dir, f"src{abs(hash(text))}.ftir")
        with open(path, "w") as f:
            f.write(text)
        return self.file(path, *options)

    def file(self, path, *options):
        key = (path, options)
        if key not in self.done:
            base = os.path.splitext(os.path.basename(path))[0] + "".join(o.strip("-") for o in options)
            out = os.path.join(self.dir, f"lib{base}.so")
            run([self.ftc, "compile", path, "-o", out, *options])
            self.done[key] = out
        return self.done[key]

    def interpret(self, path, function, inputs, n_results):
        """Results of `ftc run --interp` (the reference interpreter) on numpy inputs."""
        tag = f"{os.path.basename(path)}.{function}"
        ins = [os.path.join(self.dir, f"{tag}.in{k}.npy") for k in range(len(inputs))]
        outs = [os.path.join(self.dir, f"{tag}.out{j}.npy") for j in range(n_results)]
        for name, a in zip(ins, inputs):
            np.save(name, a)
        run([self.ftc, "run", path, "--func", function, "--interp", "--in", *ins, "--out", *outs])
        return [np.load(name) for name in outs]


@pytest.fixture(scope="session")
def compiler(ftc, tmp_path_factory):
    return Compiler(ftc, str(tmp_path_factory.mktemp("ftc")))


def random_input(spec, rng):
    """Seeded random inputs of a TensorSpec's dtype and shape."""
    if spec.dtype in ("f32", "f64"):
        return rng.standard_normal(spec.shape).astype(spec.numpy_dtype)
    if spec.dtype == "i1":
        return rng.integers(0, 2, spec.shape).astype(np.bool_)
    return rng.integers(-100, 100, spec.shape).astype(spec.numpy_dtype)
