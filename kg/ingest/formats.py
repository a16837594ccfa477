"""Report text out of web pages, Word files and PDFs.

Reports are published as web pages, as .docx attachments and as PDFs as often
as plain text. Each reader returns the report's text only, without the page
around it, so that the rest of the pipeline never sees a file format; the
character offsets in the graph are then offsets into this extracted text.
The parsers are imported when a file of their kind comes, so that reading
plain text does not pay for them.
"""
from __future__ import annotations

import io
import logging
import re
import zipfile
from pathlib import Path

from kg.errors import Errors, InputError
from kg.ingest import ocr

# A .docx is a zip archive: a few kilobytes can unpack to gigabytes, so its declared size is checked first.
MAX_UNPACKED_BYTES = 256 * 2**20
# A page number printed alone at the top or bottom of a page: 3, - 3 -, — 3 —, 第3页, 3/12.
_PAGE_NUMBER = re.compile(r"\s*[-—–－]?\s*(?:第\s*)?\d{1,4}\s*(?:页)?\s*(?:/\s*共?\s*\d{1,4}\s*页?)?\s*[-—–－]?\s*")

# "Report title_Site name" or "Report title | Site name": sites append their name to <title>.
_SITE_SUFFIX = re.compile(r"\s*[_|｜]\s*|\s+[-—]\s+")


def html_text(path: Path, html: str) -> str:
    """The article of a web page, headed by the page's title.

    trafilatura finds the article body and drops navigation, breadcrumbs,
    share and print buttons, footers and scripts; it works offline on the
    string it is given. The title comes from the page (its ``<h1>``, or its
    ``<title>`` less the site's name) because the body rarely repeats it, and
    the title is where the district and year are read from.
    """
    import trafilatura

    # Recall over precision: a precise extraction drops section headings set in <h2>/<h3>.
    # No deduplication: its cache lives across calls and would blank a page seen before in the batch.
    body = trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True) or ""
    metadata = trafilatura.extract_metadata(html)
    if not body.strip():
        raise InputError(path, Errors.E018)
    gov = _government_meta(html)
    title = gov.get("articletitle") or _SITE_SUFFIX.split((metadata.title or "") if metadata is not None else "")[0].strip()
    url = gov.get("url") or (metadata.url if metadata is not None else None) or _site(gov.get("sitedomain", ""))
    head = [f"# 来源: {url}"] if url else []  # the page's address places a report that names no place (rongchang.gov.cn)
    if gov.get("contentsource"):
        head.append(f"发布机构: {gov['contentsource']}")  # read as the page's metadata line, as a copied page has it
    if title and not body.lstrip().startswith(title):
        head.append(title)
    return "\n".join([*head, body])


# The metadata every Chinese government page carries by the national guideline for government websites
# (政府网站发展指引, 2017): the article's title, its publisher and its address, whatever the page's layout.
_GOV_META_NAMES = ("articletitle", "contentsource", "url", "sitedomain")


def _government_meta(html: str) -> dict[str, str]:
    """``<meta name="ArticleTitle|ContentSource|Url|SiteDomain" content="…">`` of a page, by lower-case name."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(html)
    except (ValueError, etree.ParserError):
        return {}
    found = {}
    for meta in root.iter("meta"):
        name = (meta.get("name") or "").strip().lower()
        if name in _GOV_META_NAMES and (content := (meta.get("content") or "").strip()):
            found.setdefault(name, content)
    return found


def _site(domain: str) -> str | None:
    """A page address made of a site's domain (www.rongchang.gov.cn), for a page that gives no address of its own."""
    domain = domain.strip().strip("/")
    if not domain:
        return None
    return domain if "://" in domain else f"http://{domain}/"


def docx_text(path: Path, data: bytes) -> str:
    """Paragraphs and table rows of a Word file, in document order, one per line."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
        if unpacked > MAX_UNPACKED_BYTES:
            raise InputError(path, Errors.E019, size=unpacked / 2**20, limit=MAX_UNPACKED_BYTES // 2**20)
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(path, Errors.E020, reason=_first_line(exc)) from None
    except SyntaxError as exc:  # lxml's XMLSyntaxError: a valid zip whose document XML is broken
        raise InputError(path, Errors.E025, reason=_first_line(exc)) from None
    lines = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            # A merged cell is returned once per grid column it spans: keep its text once.
            lines.extend(" ".join(dict.fromkeys(c.text.strip() for c in row.cells if c.text.strip()))
                         for row in block.rows)
        else:
            lines.append(block.text)
    return "\n".join(lines)


def pdf_text(path: Path, data: bytes) -> str:
    """The text layer of a PDF, page after page; for a scan without one, the text OCR reads (``kg.ingest.ocr``)."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    # pypdf logs recoverable damage as warnings; the reader reports the outcome itself, in one line.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(path, Errors.E021)
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as exc:
        # A damaged PDF fails deep inside pypdf's object parser with whichever of these it hits first.
        raise InputError(path, Errors.E022, reason=_first_line(exc)) from None
    text = "\n".join(_without_page_numbers(page) for page in pages)
    if not text.strip():
        text = ocr.scanned_text(path, reader)
    if not text.strip():
        raise InputError(path, Errors.E026)
    return text


def _without_page_numbers(page: str) -> str:
    """The page's text without a page number line at its top or bottom.

    Left in, a page number would cut the sentence that runs on to the next page.
    """
    lines = page.strip("\n").split("\n")
    while lines and _PAGE_NUMBER.fullmatch(lines[-1]):
        lines.pop()
    while lines and _PAGE_NUMBER.fullmatch(lines[0]):
        lines.pop(0)
    return "\n".join(lines)


def _first_line(exc: BaseException) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:160]
