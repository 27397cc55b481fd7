"""The Python and shell snippets of docs/guide.md run.

The guide's `sh` blocks of `ftc` commands run in a scratch directory (with
the repository's IR/ linked in, and this test command's ftc); its `python`
blocks that use ftcpy then run there, with numpy arrays for every input
name the compiled objects declare. The other `python` blocks show JAX, MLX
or torch.func code, which this environment does not have: they must at
least be valid Python (each beside the FTIR that GuideTests.swift runs).
"""
import ast
import os
import re
import shlex
import subprocess

import numpy as np
import pytest

import ftcpy
from conftest import REPO, random_input

GUIDE = os.path.join(REPO, "docs", "guide.md")


def blocks(language):
    """(line, text) of every ```language fenced block of the guide."""
    found, current, start = [], None, 0
    with open(GUIDE) as f:
        for n, line in enumerate(f, 1):
            fence = re.match(r"^```(\w*)\s*$", line)
            if fence and current is None:
                current, start, kind = [], n, fence.group(1)
            elif fence:
                if kind == language:
                    found.append((start, "".join(current)))
                current = None
            elif current is not None:
                current.append(line)
    assert current is None, f"{GUIDE}:{start}: a fenced block is not closed"
    return found


def uses_ftcpy(text):
    return "ftcpy" in text


@pytest.fixture(scope="module")
def workdir(ftc, tmp_path_factory):
    """A directory where the guide's `ftc` commands ran."""
    d = tmp_path_factory.mktemp("guide")
    os.symlink(os.path.join(REPO, "IR"), d / "IR")
    commands = [line for _, text in blocks("sh") for line in text.splitlines() if line.startswith("ftc ")]
    assert commands, "the guide shows no ftc command"
    for line in commands:
        args = shlex.split(line, comments=True)
        r = subprocess.run([ftc, *args[1:]], cwd=d, capture_output=True, text=True, stdin=subprocess.DEVNULL)
        assert r.returncode == 0, f"guide command `{line}` failed ({r.returncode}):\n{r.stderr}"
    return d


def test_the_guide_has_ftcpy_snippets():
    assert any(uses_ftcpy(text) for _, text in blocks("python"))


@pytest.mark.parametrize("line,text", [b for b in blocks("python") if not uses_ftcpy(b[1])],
                         ids=lambda v: f"line{v}" if isinstance(v, int) else "")
def test_comparison_snippet_is_python(line, text):
    ast.parse(text, filename=f"{GUIDE}:{line}")


@pytest.mark.parametrize("line,text", [b for b in blocks("python") if uses_ftcpy(b[1])],
                         ids=lambda v: f"line{v}" if isinstance(v, int) else "")
def test_ftcpy_snippet_runs(workdir, line, text, monkeypatch):
    monkeypatch.chdir(workdir)
    namespace = {"np": np, **inputs_of_the_objects(workdir)}
    before = set(namespace)
    exec(compile(text, f"{GUIDE}:{line}", "exec"), namespace)
    made = {k: v for k, v in namespace.items() if k not in before and isinstance(v, np.ndarray)}
    assert made, f"{GUIDE}:{line}: the snippet computes no array"
    for name, value in made.items():
        assert value.dtype.kind == "f" and np.isfinite(value).all(), f"{name} = {value}"


def inputs_of_the_objects(directory):
    """Seeded arrays named after every input of every shared object in
    `directory` (a name two functions give different types is an error)."""
    rng, arrays, specs = np.random.default_rng(3), {}, {}
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".so"):
            continue
        for f in ftcpy.load(os.path.join(directory, name)).functions.values():
            for t in f.inputs:
                if t.name in specs:
                    assert (specs[t.name].dtype, specs[t.name].shape) == (t.dtype, t.shape), f"input {t.name}: two types"
                    continue
                specs[t.name], arrays[t.name] = t, random_input(t, rng)
    assert arrays, f"no shared object in {directory}"
    return arrays
