"""A shared object written by `ftc compile`, loaded with ctypes.

    m = ftcpy.load("libmlp.so")      # finds the --prefix by itself
    m.functions                      # {"predict": Function, ...}
    m.loss(w1, b1, w2, b2, x, y)     # or m["loss"](...)

The prefix is the part before `ftc_metadata` of the one exported function
whose name ends so (read from the ELF dynamic symbol table); pass
`prefix=` to choose when an object exports several.
"""
import ctypes
import os

from . import elf, metadata
from .errors import FtcLoadError
from .function import Function

_SUFFIX = "ftc_metadata"


def find_prefix(path):
    """The `--prefix` the object at `path` was compiled with ("" for none)."""
    found = sorted(name for name in elf.defined_functions(path) if name.endswith(_SUFFIX))
    if len(found) != 1:
        what = "no function ending in ftc_metadata" if not found else "several metadata functions: " + ", ".join(found)
        raise FtcLoadError(f"{path} exports {what}" + (" (pass prefix=)" if found else " (not compiled by ftc compile?)"))
    return found[0][: -len(_SUFFIX)]


class Module:
    def __init__(self, path, prefix=None):
        path = os.path.abspath(os.fspath(path))
        self.path = path
        self.prefix = find_prefix(path) if prefix is None else prefix
        try:
            self._lib = ctypes.CDLL(path)
        except OSError as e:
            raise FtcLoadError(f"cannot load {path}: {e}") from None
        try:
            accessor = self._lib[self.prefix + _SUFFIX]
        except AttributeError:
            raise FtcLoadError(f"{path} has no function {self.prefix + _SUFFIX}") from None
        accessor.restype = ctypes.c_char_p
        accessor.argtypes = []
        text = accessor()
        self.metadata = metadata.parse(text.decode("utf-8") if text else "", source=f"{path}: {self.prefix + _SUFFIX}()")
        self.name = self.metadata.module
        self.functions = {}
        for spec in self.metadata.functions:
            try:
                c_function = self._lib[spec.symbol]
            except AttributeError:
                raise FtcLoadError(f"{path}: the metadata names symbol {spec.symbol}, which is not exported") from None
            self.functions[spec.name] = Function(spec, c_function, self)

    def __getitem__(self, name):
        try:
            return self.functions[name]
        except KeyError:
            raise KeyError(self._no_function(name)) from None

    def __getattr__(self, name):
        functions = self.__dict__.get("functions")
        if functions is not None and name in functions:
            return functions[name]
        raise AttributeError(self._no_function(name) if functions is not None else name)

    def __dir__(self):
        return sorted(set(super().__dir__()) | set(self.__dict__.get("functions", {})))

    def __repr__(self):
        return f"<ftcpy.Module @{self.name} from {self.path}: {', '.join(self.functions)}>"

    def _no_function(self, name):
        return f"module @{self.name} has no function {name!r} (it has {', '.join(self.functions) or 'none'})"


def load(path, prefix=None):
    """Loads the object `ftc compile` wrote at `path`."""
    return Module(path, prefix)
