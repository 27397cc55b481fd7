"""The JSON that `ftc_metadata()` returns, read into `FunctionSpec`s.

Two schemas are accepted (spec section 6). Today's objects describe each
input and output by type only:

    {"module": "m", "functions": [{"name": "f", "symbol": "f",
      "inputs": [{"dtype": "f32", "shape": [3, 2]}], "outputs": [{"dtype": "f32", "shape": []}]}]}

and objects with names add `"name": "x"` to each input and output. A
missing name falls back to `arg0, arg1, ...` for inputs and `result0, ...`
for outputs; so does a name that is not a Python identifier, a keyword, a
repeat, or (for inputs) `out`, after `.` is replaced by `_` as in ftc's C
headers.
"""
import json
import keyword
from dataclasses import dataclass

import numpy as np

from .errors import FtcLoadError

# FTIR dtypes as numpy dtypes (spec section 6: i1 is one byte, 0 or 1).
DTYPES = {"f32": np.float32, "f64": np.float64, "i32": np.int32, "i64": np.int64, "i1": np.bool_}


@dataclass(frozen=True)
class TensorSpec:
    name: str
    dtype: str          # FTIR dtype: f32, f64, i32, i64, i1
    shape: tuple

    @property
    def numpy_dtype(self):
        return np.dtype(DTYPES[self.dtype])

    def __str__(self):
        return f"{self.dtype}[{','.join(map(str, self.shape))}]"


@dataclass(frozen=True)
class FunctionSpec:
    name: str           # the FTIR name
    symbol: str         # the exported C symbol
    inputs: tuple
    outputs: tuple

    def __str__(self):
        ins = ", ".join(f"{t.name}: {t}" for t in self.inputs)
        outs = ", ".join(f"{t.name}: {t}" for t in self.outputs)
        return f"{self.name}({ins}) -> ({outs})"


@dataclass(frozen=True)
class ModuleSpec:
    module: str
    functions: tuple


def parse(text, source="ftc_metadata()"):
    """The module described by the JSON `text`; `FtcLoadError` when malformed."""
    try:
        doc = json.loads(text)
        return ModuleSpec(_string(doc, "module"), tuple(_function(f) for f in _list(doc, "functions")))
    except (ValueError, TypeError, KeyError) as e:
        raise FtcLoadError(f"{source} is not ftc metadata: {e}") from None


def _function(f):
    name = _string(f, "name")
    inputs = _tensors(_list(f, "inputs"), "arg", name, reserved={"out"})   # out= takes result buffers
    outputs = _tensors(_list(f, "outputs"), "result", name, reserved=set())
    return FunctionSpec(name, _string(f, "symbol"), inputs, outputs)


def _tensors(items, fallback, function, reserved):
    used, specs = set(reserved), []
    for k, t in enumerate(items):
        dtype = _string(t, "dtype")
        if dtype not in DTYPES:
            raise ValueError(f"@{function}: unknown dtype {dtype!r}")
        shape = _list(t, "shape")
        if not all(type(d) is int and d >= 0 for d in shape):
            raise ValueError(f"@{function}: bad shape {shape!r}")
        name = t.get("name")
        name = name.replace(".", "_") if isinstance(name, str) else ""
        if not name.isidentifier() or keyword.iskeyword(name) or name in used:
            name = f"{fallback}{k}"
        while name in used:
            name += "_"
        used.add(name)
        specs.append(TensorSpec(name, dtype, tuple(shape)))
    return tuple(specs)


def _string(d, key):
    if not isinstance(d, dict) or not isinstance(d.get(key), str):
        raise ValueError(f"expected a string {key!r} in {d!r}"[:200])
    return d[key]


def _list(d, key):
    if not isinstance(d, dict) or not isinstance(d.get(key), list):
        raise ValueError(f"expected a list {key!r} in {d!r}"[:200])
    return d[key]
