"""One compiled function as a Python callable.

    f = module.loss                          # a Function
    l = f(w, x, y)                           # positional, or by name: f(w=w, x=x, y=y)
    f(w, x, y, out=buf)                      # into a preallocated result (a tuple for several)

Each argument must be a numpy array of the exact dtype and shape (lists and
Python scalars are converted; an array of another dtype is refused, never
silently cast). Inputs that are not C-contiguous are copied. Results are new
arrays, or the `out=` buffers, which must have the exact dtype and shape, be
C-contiguous and writeable, and not overlap the inputs or each other.

The call is kept cheap: the C function's argtypes are set once, the checks
are attribute comparisons against values computed at load time, and data
addresses come from `address.data_address`; `bench_overhead.py` measures it.
"""
import ctypes
import inspect
import math
import operator

import numpy as np

from .address import data_address
from .errors import status_error

_ndarray = np.ndarray
_empty = np.empty


class Function:
    def __init__(self, spec, c_function, owner):
        self.spec = spec
        self.name = spec.name
        self.inputs, self.outputs = spec.inputs, spec.outputs
        self._owner = owner                   # keeps the loaded library alive
        self._c = c_function
        self._c.restype = ctypes.c_int32
        self._c.argtypes = [ctypes.c_void_p] * (len(spec.inputs) + len(spec.outputs))
        self._n_in = len(spec.inputs)
        self._index = {t.name: k for k, t in enumerate(spec.inputs)}
        # The arguments in order from a dict holding exactly their names (a KeyError otherwise).
        names = list(self._index)
        self._by_name = (operator.itemgetter(*names) if len(names) > 1
                         else (lambda d: (d[names[0]],)) if names else (lambda d: ()))
        # Per input and output: (spec, numpy dtype, shape).
        self._in = [(t, t.numpy_dtype, t.shape) for t in spec.inputs]
        self._out = [(t, t.numpy_dtype, t.shape) for t in spec.outputs]
        self._out_shapes = [t.shape for t in spec.outputs]
        self._out_dtypes = [t.numpy_dtype for t in spec.outputs]
        self._in_bytes = [t.numpy_dtype.itemsize * math.prod(t.shape) for t in spec.inputs]
        self._out_bytes = [t.numpy_dtype.itemsize * math.prod(t.shape) for t in spec.outputs]
        self._one_out = len(spec.outputs) == 1
        self.__name__ = spec.name
        self.__doc__ = f"{spec}\n\nCalls the compiled @{spec.name} (C symbol {spec.symbol})."
        params = [inspect.Parameter(t.name, inspect.Parameter.POSITIONAL_OR_KEYWORD) for t in spec.inputs]
        params.append(inspect.Parameter("out", inspect.Parameter.KEYWORD_ONLY, default=None))
        self.__signature__ = inspect.Signature(params)

    def __repr__(self):
        return f"<ftcpy.Function {self.spec}>"

    def __call__(self, *args, out=None, **kwargs):
        if kwargs or len(args) != self._n_in:
            try:
                if args or len(kwargs) != self._n_in:
                    raise KeyError
                args = self._by_name(kwargs)
            except KeyError:
                args = self._bind(args, kwargs)
        pointers = []
        made = []                             # arrays converted or copied here: alive until the call returns
        for a, (t, dtype, shape) in zip(args, self._in):
            if not isinstance(a, _ndarray):
                a = self._convert(a, t, dtype)
                made.append(a)
            if a.dtype is not dtype and a.dtype != dtype:
                raise TypeError(self._what(t) + f" must be {t.dtype} (numpy {dtype}), got an array of {a.dtype}"
                                + self._cast_hint(t, a))
            if a.shape != shape:
                raise ValueError(self._what(t) + f" must have shape {list(shape)} ({t}), got {list(a.shape)}")
            if not a.flags.c_contiguous:
                a = np.ascontiguousarray(a)
                made.append(a)
            pointers.append(data_address(a))
        if out is None:
            results = list(map(_empty, self._out_shapes, self._out_dtypes))
            pointers += map(data_address, results)
        elif self._one_out and type(out) is _ndarray:   # the common out=: one array, checked inline
            t, dtype, shape = self._out[0]
            flags = out.flags
            if (out.dtype is not dtype and out.dtype != dtype) or out.shape != shape \
                    or not (flags.c_contiguous and flags.writeable):
                raise self._bad_out(out, t)
            address = data_address(out)
            if self._out_bytes[0]:
                end = address + self._out_bytes[0]
                for p, n in zip(pointers, self._in_bytes):
                    if p < end and address < p + n and n:
                        raise self._overlap(t)
            pointers.append(address)
            results = (out,)
        else:
            results = self._results(out, pointers)
        status = self._c(*pointers)
        if status:
            raise status_error("@" + self.name, status)
        return results[0] if len(results) == 1 else tuple(results)

    def _bind(self, args, kwargs):
        """The arguments in signature order, from positional and named ones."""
        if len(args) > self._n_in:
            raise TypeError(f"{self.name}() takes {self._n_in} arguments but {len(args)} were given")
        bound = list(args) + [_MISSING] * (self._n_in - len(args))
        for key, value in kwargs.items():
            k = self._index.get(key)
            if k is None:
                raise TypeError(f"{self.name}() got an unexpected keyword argument {key!r} "
                                f"(its arguments are {', '.join(self._index) or 'none'})")
            if bound[k] is not _MISSING:
                raise TypeError(f"{self.name}() got multiple values for argument {key!r}")
            bound[k] = value
        missing = [t.name for t, b in zip(self.inputs, bound) if b is _MISSING]
        if missing:
            raise TypeError(f"{self.name}() missing argument{'s' if len(missing) > 1 else ''} "
                            + ", ".join(map(repr, missing)) + f" (signature {self.spec})")
        return bound

    def _convert(self, a, t, dtype):
        """A list or Python scalar as an array of the argument's dtype: floats
        round to a float dtype; integers and bools must fit an integer or bool
        dtype exactly."""
        what = self._what(t) + f" must be a numpy array of {t}"
        try:
            raw = np.asarray(a)
        except (TypeError, ValueError) as e:
            raise TypeError(f"{what}, got {type(a).__name__} ({e})") from None
        allowed = "biuf" if dtype.kind == "f" else "biu" if dtype.kind in "iu" else "b"
        if raw.dtype.kind not in allowed:
            raise TypeError(f"{what}, got {type(a).__name__} of {raw.dtype} values")
        converted = raw.astype(dtype)
        if dtype.kind != "f" and not np.array_equal(converted, raw):
            raise ValueError(f"{what}, got values that {dtype} cannot hold")
        return converted

    def _results(self, out, pointers):
        """The checked `out=` buffers, in result order; appends their addresses to `pointers`."""
        buffers = (out,) if type(out) is _ndarray else out if isinstance(out, (tuple, list)) and len(self._out) != 1 else (out,)
        if len(buffers) != len(self._out):
            many = len(self._out) != 1
            raise ValueError(f"out= of {self.name}() must be {'a tuple of ' if many else ''}{len(self._out)} "
                             f"array{'s' if many else ''} ({', '.join(str(t) for t in self.outputs)})")
        sizes = self._in_bytes
        for b, (t, dtype, shape), size in zip(buffers, self._out, self._out_bytes):
            if not isinstance(b, _ndarray) or (b.dtype is not dtype and b.dtype != dtype) or b.shape != shape:
                raise self._bad_out(b, t)
            flags = b.flags
            if not (flags.c_contiguous and flags.writeable):
                raise self._bad_out(b, t)
            address = data_address(b)
            if size:
                end = address + size
                for p, n in zip(pointers, sizes):
                    if n and p < end and address < p + n:
                        raise self._overlap(t)
            pointers.append(address)
            if len(buffers) > 1:
                sizes = sizes + [size]
        return buffers

    def _overlap(self, t):
        return ValueError(f"out= buffer {t.name!r} of {self.name}() overlaps an argument or another result")

    def _bad_out(self, b, t):
        """Why `b` cannot receive result `t`."""
        what = f"out= buffer {t.name!r} of {self.name}()"
        if not isinstance(b, _ndarray):
            return TypeError(f"{what} must be a numpy array of {t}, got {type(b).__name__}")
        if b.dtype != t.numpy_dtype:
            return TypeError(f"{what} must be {t.dtype} (numpy {t.numpy_dtype}), got an array of {b.dtype}")
        if b.shape != t.shape:
            return ValueError(f"{what} must have shape {list(t.shape)} ({t}), got {list(b.shape)}")
        if not b.flags.c_contiguous:
            return ValueError(f"{what} must be C-contiguous")
        return ValueError(f"{what} must be writeable")

    def _what(self, t):
        return f"argument {t.name!r} of {self.name}()"

    @staticmethod
    def _cast_hint(t, a):
        if t.dtype == "f32" and a.dtype == np.float64:
            return f" (numpy's default dtype is float64: pass {t.name}.astype(np.float32))"
        return f" (convert with .astype(np.{t.numpy_dtype}))"


class _Missing:
    def __repr__(self):
        return "<missing>"


_MISSING = _Missing()
