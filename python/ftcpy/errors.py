"""The exceptions of ftcpy: loading failures and the non-zero status codes
of compiled functions (spec section 6)."""


class FtcLoadError(Exception):
    """The file is not a loadable object written by `ftc compile`."""


class FtcError(RuntimeError):
    """A compiled function returned a non-zero status (`status` holds it)."""

    def __init__(self, function, status, reason):
        super().__init__(f"{function} returned status {status}: {reason}")
        self.function, self.status = function, status


class FtcOutOfMemory(FtcError, MemoryError):
    """Status 1: memory could not be allocated."""


class FtcThreadError(FtcError):
    """Status 2: worker threads could not be started."""


class FtcMaxTripsError(FtcError):
    """Status 3: a `while` loop ran its max_trips iterations with its condition still true."""


_BY_STATUS = {
    1: (FtcOutOfMemory, "out of memory"),
    2: (FtcThreadError, "worker threads could not be started"),
    3: (FtcMaxTripsError, "a while loop ran max_trips iterations with its condition still true"),
}


def status_error(function, status):
    """The exception for a non-zero status returned by `function`."""
    kind, reason = _BY_STATUS.get(status, (FtcError, "unknown status (reserved by the C ABI)"))
    return kind(function, status, reason)
