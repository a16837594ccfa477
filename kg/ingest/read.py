"""Read a report file into text, detecting its encoding instead of guessing it.

Government sites still publish GB18030 (and older GBK) or Big5 text next to
UTF-8, so the bytes of text and web pages are decoded by charset-normalizer's
detection; a UTF-8 byte-order mark is honoured and dropped. Web pages, Word
files and PDFs are reduced to their report text first (``kg.ingest.formats``);
from then on every format is the same, and character offsets in the graph are
offsets into ``SourceText.text``: the decoded file for .txt, the extracted text
for the other formats.

Limits keep a stray file from hanging a batch: the NLP pipeline takes seconds
per ten thousand characters, and the longest real reports are a few tens of
thousands, so much larger inputs are refused with a message instead.
"""
from __future__ import annotations

import hashlib
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from kg.errors import Errors, InputError
from kg.ingest import formats

TEXT_SUFFIXES = (".txt", ".html", ".htm", ".docx", ".pdf")
MAX_FILE_BYTES = 30 * 2**20
MAX_TEXT_CHARS = 100_000
_BOM = b"\xef\xbb\xbf"
# Control characters other than tab, newline and carriage return, dropped as the text is read: pasted from
# other software into a report, they would reach labels and evidence, and from there terminals and
# files that cannot hold them (GraphML, GEXF). Offsets count in the text without them.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# GB18030 is a superset of GBK and GB2312: decoding with it never loses a character they have.
_CHINESE_LEGACY = {"gb2312", "gbk", "gb18030", "hz"}
# Binary formats carry NUL bytes by design; only text-like formats are refused for them.
_BINARY_FORMATS = {".docx", ".pdf"}


@dataclass(frozen=True)
class SourceText:
    """The text of one input file and what is known of its bytes."""

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
        raise InputError(path, Errors.E007)
    encoding = best.encoding.replace("_", "").lower()
    if encoding in _CHINESE_LEGACY:
        encoding = "gb18030"
    return str(best) if encoding != "gb18030" else data.decode("gb18030"), encoding


def _text_of(path: Path, suffix: str, data: bytes) -> tuple[str, str]:
    """``(text, encoding)``; for .docx and .pdf the "encoding" names the format."""
    if suffix == ".docx":
        return formats.docx_text(path, data), "docx"
    if suffix == ".pdf":
        return formats.pdf_text(path, data), "pdf"
    text, encoding = _decode(path, data)
    if suffix in (".html", ".htm"):
        return formats.html_text(path, text), encoding
    return text, encoding


def read_source(path: str | Path) -> SourceText:
    """Read ``path`` as report text; raise :class:`InputError` for anything unusable."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise InputError(path, Errors.E008)
        if not stat.S_ISREG(info.st_mode):
            # Reading a pipe or a device could wait, or read, for ever.
            raise InputError(path, Errors.E009)
        if suffix not in TEXT_SUFFIXES:
            raise InputError(path, Errors.E010, suffix=path.suffix or "(none)", suffixes=", ".join(TEXT_SUFFIXES))
        if info.st_size > MAX_FILE_BYTES:
            raise InputError(path, Errors.E011, size=info.st_size / 2**20, limit=MAX_FILE_BYTES // 2**20)
        data = path.read_bytes()
    except FileNotFoundError:
        if path.is_symlink():
            raise InputError(path, Errors.E024) from None
        raise InputError(path, Errors.E012) from None
    except OSError as exc:
        raise InputError(path, Errors.E013, reason=exc.strerror or exc) from None
    if not data.strip():
        raise InputError(path, Errors.E014)
    if suffix not in _BINARY_FORMATS and b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(path, Errors.E015)
    text, encoding = _text_of(path, suffix, data)
    text = _CONTROL.sub("", text)
    if not text.strip():
        raise InputError(path, Errors.E016)
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(path, Errors.E017, count=len(text), limit=MAX_TEXT_CHARS)
    return SourceText(path=path, text=text, encoding=encoding, sha256=hashlib.sha256(data).hexdigest())
