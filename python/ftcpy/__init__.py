"""ftcpy: call shared objects compiled by `ftc compile` from Python with numpy.

    import ftcpy
    m = ftcpy.load("libmlp.so")
    loss = m.loss(w1, b1, w2, b2, x, y)

See python/README.md in the ftc repository.
"""
from .errors import FtcError, FtcLoadError, FtcMaxTripsError, FtcOutOfMemory, FtcThreadError
from .function import Function
from .metadata import DTYPES, FunctionSpec, ModuleSpec, TensorSpec
from .module import Module, find_prefix, load

__version__ = "0.2.0"

__all__ = [
    "load", "Module", "Function", "find_prefix",
    "FunctionSpec", "ModuleSpec", "TensorSpec", "DTYPES",
    "FtcError", "FtcLoadError", "FtcOutOfMemory", "FtcThreadError", "FtcMaxTripsError",
]
