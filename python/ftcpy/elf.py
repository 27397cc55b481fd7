"""The dynamic symbols of an ELF shared object, read with the standard library.

`ftc compile --prefix P` exports `Pftc_metadata`; the loader finds P by
looking for the one defined function whose name ends in `ftc_metadata` in
the object's dynamic symbol table (`.dynsym`, names in the `.dynstr` section
it links to). 32- and 64-bit, little- and big-endian objects are read; any
truncated or malformed table is an `FtcLoadError`, never an IndexError.
"""
import struct

from .errors import FtcLoadError

_SHT_DYNSYM = 11
_STT_FUNC = 2
_STB_GLOBAL, _STB_WEAK = 1, 2

# Per ELF class: (header fields e_shoff, e_shentsize/e_shnum as (offset, format)),
# section header layout, symbol layout.
_LAYOUT = {
    1: {"shoff": (0x20, "I"), "shentsize": 0x2E, "shnum": 0x30,
        "section": "IIIIIIIIII", "symbol": "IIIBBH", "sym_fields": ("name", "value", "size", "info", "other", "shndx")},
    2: {"shoff": (0x28, "Q"), "shentsize": 0x3A, "shnum": 0x3C,
        "section": "IIQQQQIIQQ", "symbol": "IBBHQQ", "sym_fields": ("name", "info", "other", "shndx", "value", "size")},
}


def defined_functions(path):
    """Names of the functions the object at `path` defines and exports."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise FtcLoadError(f"cannot read {path}: {e.strerror}") from None
    return list(_Reader(path, data).defined_functions())


class _Reader:
    def __init__(self, path, data):
        self.path, self.data = path, data
        if data[:4] != b"\x7fELF" or len(data) < 0x40:
            raise FtcLoadError(f"{path} is not an ELF shared object")
        elf_class, encoding = data[4], data[5]
        if elf_class not in _LAYOUT or encoding not in (1, 2):
            raise FtcLoadError(f"{path}: unsupported ELF class {elf_class} or data encoding {encoding}")
        self.layout = _LAYOUT[elf_class]
        self.endian = "<" if encoding == 1 else ">"

    def unpack(self, fmt, offset):
        fmt = self.endian + fmt
        if offset < 0 or offset + struct.calcsize(fmt) > len(self.data):
            raise FtcLoadError(f"{self.path}: truncated or malformed ELF file")
        return struct.unpack_from(fmt, self.data, offset)

    def sections(self):
        """(type, offset, size, link, entsize) of every section header."""
        off, fmt = self.layout["shoff"]
        (shoff,) = self.unpack(fmt, off)
        (shentsize,) = self.unpack("H", self.layout["shentsize"])
        (shnum,) = self.unpack("H", self.layout["shnum"])
        for k in range(shnum):
            _, kind, _, _, offset, size, link, _, _, entsize = self.unpack(self.layout["section"], shoff + k * shentsize)
            yield kind, offset, size, link, entsize

    def defined_functions(self):
        sections = list(self.sections())
        dynsym = [s for s in sections if s[0] == _SHT_DYNSYM]
        if not dynsym:
            raise FtcLoadError(f"{self.path} has no dynamic symbol table")
        _, offset, size, link, entsize = dynsym[0]
        if link >= len(sections) or entsize < struct.calcsize(self.layout["symbol"]):
            raise FtcLoadError(f"{self.path}: malformed dynamic symbol table")
        _, str_offset, str_size, _, _ = sections[link]
        strings = self.data[str_offset:str_offset + str_size]
        for k in range(size // entsize):
            sym = dict(zip(self.layout["sym_fields"], self.unpack(self.layout["symbol"], offset + k * entsize)))
            binding, kind = sym["info"] >> 4, sym["info"] & 0xF
            if sym["shndx"] == 0 or kind != _STT_FUNC or binding not in (_STB_GLOBAL, _STB_WEAK):
                continue
            end = strings.find(b"\0", sym["name"])
            if sym["name"] >= len(strings) or end < 0:
                raise FtcLoadError(f"{self.path}: malformed dynamic string table")
            yield strings[sym["name"]:end].decode("utf-8", "replace")
