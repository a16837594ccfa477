"""Read a report file into text, detecting its encoding instead of guessing it.

Government sites still publish GB18030 (and older GBK) text next to UTF-8, so
the bytes are decoded by charset-normalizer's detection; a UTF-8 byte-order
mark is honoured and dropped.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from kg.errors import InputError

TEXT_SUFFIXES = (".txt",)
_BOM = b"\xef\xbb\xbf"
# GB18030 is a superset of GBK and GB2312: decoding with it never loses a character they have.
_CHINESE_LEGACY = {"gb2312", "gbk", "gb18030", "hz"}


@dataclass(frozen=True)
class SourceText:
    """The decoded text of one input file and what is known of its bytes."""

    path: Path
    text: str
    encoding: str
    sha256: str


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    if data.startswith(_BOM):
        return data[len(_BOM):].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=["gb18030", "big5", "utf_16", "utf_8"]).best()
    if best is None:
        raise InputError(path, "not a text file (no character encoding fits its bytes)")
    encoding = best.encoding.replace("_", "").lower()
    if encoding in _CHINESE_LEGACY:
        encoding = "gb18030"
    return str(best) if encoding != "gb18030" else data.decode("gb18030"), encoding


def read_source(path: str | Path) -> SourceText:
    """Read ``path`` as report text; raise :class:`InputError` for anything unusable."""
    path = Path(path)
    if not path.exists():
        raise InputError(path, "no such file")
    if path.is_dir():
        raise InputError(path, "is a folder, expected a report file")
    if path.suffix.lower() not in TEXT_SUFFIXES:
        raise InputError(path, f"unsupported file type {path.suffix or '(none)'}; expected one of {', '.join(TEXT_SUFFIXES)}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None
    if not data.strip():
        raise InputError(path, "is empty")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(path, "is a binary file, not report text")
    text, encoding = _decode(path, data)
    if not text.strip():
        raise InputError(path, "holds no text")
    return SourceText(path=path, text=text, encoding=encoding, sha256=hashlib.sha256(data).hexdigest())
