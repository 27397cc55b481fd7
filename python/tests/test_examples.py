"""Every example program, compiled and called through ftcpy, agrees with ftc's
reference interpreter on seeded random inputs."""
import glob
import os

import numpy as np
import pytest

import ftcpy
from conftest import EXAMPLES, random_input

NAMES = sorted(os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(EXAMPLES, "*.ftir")))


def test_there_are_examples():
    assert len(NAMES) >= 10 and "mlp_grad" in NAMES


@pytest.mark.parametrize("name", NAMES)
def test_example_matches_the_interpreter(compiler, name):
    m = ftcpy.load(compiler.example(name))
    assert m.prefix == "" and m.functions
    rng = np.random.default_rng(7)
    for f in m.functions.values():
        inputs = [random_input(t, rng) for t in f.inputs]
        got = f(*inputs)
        got = got if isinstance(got, tuple) else (got,)
        expected = compiler.interpret(os.path.join(EXAMPLES, name + ".ftir"), f.name, inputs, len(f.outputs))
        assert len(got) == len(f.outputs) == len(expected)
        for g, e, t in zip(got, expected, f.outputs):
            assert g.dtype == t.numpy_dtype and g.shape == t.shape == e.shape
            np.testing.assert_allclose(g, e, rtol=2e-4, atol=2e-5, err_msg=f"{name}: @{f.name} result {t.name}")
