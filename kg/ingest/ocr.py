"""Text of scanned PDFs, read by OCR (the optional extra ``pip install 'fazhi-kg[ocr]'``).

Many reports are published as scans: PDFs whose pages are images with no text layer. A scan's
page is the image it embeds, so no PDF renderer is needed: each embedded image goes to
RapidOCR (PaddleOCR's Chinese models run by onnxruntime). Version 1.4 of
``rapidocr-onnxruntime`` ships its models inside the wheel; later RapidOCR releases download
them at run time, and kg never reaches the network, so the extra is held to 1.4.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import Errors, InputError

if TYPE_CHECKING:
    from pypdf import PdfReader

INSTALL = "pip install 'fazhi-kg[ocr]'"


@cache
def _engine() -> object:
    from rapidocr_onnxruntime import RapidOCR

    return RapidOCR()


def available() -> bool:
    """Whether the OCR extra is installed."""
    try:
        import rapidocr_onnxruntime  # noqa: F401
    except ImportError:
        return False
    return True


def scanned_text(path: Path, reader: PdfReader) -> str:
    """The text OCR reads in each page's images, a line per text line found, page after page."""
    if not available():
        raise InputError(path, Errors.E023, install=INSTALL)
    engine = _engine()
    pages = []
    for page in reader.pages:
        lines: list[str] = []
        for image in page.images:
            found, _ = engine(image.data)
            lines.extend(text for _, text, _ in found or [])
        pages.append("\n".join(lines))
    return "\n".join(pages)
