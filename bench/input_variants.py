"""The development corpus as other forms of the same reports: does accuracy hold when the input changes form?

A user gives the project what they have: a page's text copied with or without its title, a saved web page, a
Traditional-character mirror, a GB18030 file with Windows line ends under any name. Each variant below is made
from every report of ``corpus/dev`` (the same words, another form) and scored against the same gold with
``kg.evaluate.score_corpus``; a drop against the published form is a place where the pipeline leans on the form.

    .venv/bin/python -W ignore bench/input_variants.py [--corpus corpus/dev] [--out bench/input_variants.md]

The table it writes is ``bench/input_variants.md``. It refuses the held-out part: that is scored only as it is.
"""
from __future__ import annotations

import argparse
import html
import shutil
import sys
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path

from opencc import OpenCC

from kg.evaluate import TYPES, score_corpus

ROOT = Path(__file__).resolve().parents[1]


def _parts(text: str) -> tuple[str, str, list[str]]:
    """(title, source URL, body lines) of a corpus file: ``# title``, ``# 来源: URL``, a blank line, the text."""
    lines = text.split("\n")
    title = lines[0].lstrip("#").strip()
    source = lines[1].split(":", 1)[1].strip() if lines[1].startswith("# 来源") else ""
    return title, source, lines[3:] if source else lines[2:]


def _page(title: str, source: str, body: list[str]) -> str:
    meta = (f'<meta name="ArticleTitle" content="{html.escape(title)}">'
            f'<meta name="Url" content="{html.escape(source)}">') if source else ""
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in body if line.strip())
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'>{meta}<title>{html.escape(title)}</title></head>"
            f"<body><h1>{html.escape(title)}</h1>{paragraphs}</body></html>")


def _title_only(text: str) -> str:
    title, _, body = _parts(text)
    return "\n".join([f"# {title}", "", *body])


def _without_address(text: str) -> str:
    title, _, body = _parts(text)
    return _page(title, "", body)


def _traditional(text: str) -> str:
    return _to_traditional().convert(text)


@cache
def _to_traditional() -> OpenCC:
    return OpenCC("s2t")


# name -> (what it is, file suffix, how the file's bytes are made from the published text)
VARIANTS: dict[str, tuple[str, str, Callable[[str], bytes]]] = {
    "published": ("the corpus files as they are (`# title`, `# 来源: URL`, the text)", ".txt",
                  lambda t: t.encode("utf-8")),
    "traditional": ("the same, in Traditional characters (OpenCC s2t)", ".txt",
                    lambda t: _traditional(t).encode("utf-8")),
    "gb18030-crlf": ("the same, encoded GB18030 with Windows line ends", ".txt",
                     lambda t: t.replace("\n", "\r\n").encode("gb18030", errors="replace")),
    "title-only": ("no `# 来源` line: the title, then the text", ".txt",
                   lambda t: _title_only(t).encode("utf-8")),
    "text-only": ("no header lines: the text alone, as copied from a page", ".txt",
                  lambda t: "\n".join(_parts(t)[2]).encode("utf-8")),
    "page": ("a saved web page: the title in `<h1>`, the text in `<p>`s, no address", ".html",
             lambda t: _without_address(t).encode("utf-8")),
    "government-page": ("the same page with the metadata government sites write (ArticleTitle, Url)", ".html",
                        lambda t: _page(*_parts(t)).encode("utf-8")),
}


def score_variant(corpus: Path, make: Callable[[str], bytes], suffix: str, work: Path) -> tuple[dict, str]:
    folder = work / "variant"
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "reports").mkdir(parents=True)
    shutil.copytree(corpus / "gold", folder / "gold")
    for report in sorted((corpus / "reports").glob("*.txt")):
        (folder / "reports" / f"{report.stem}{suffix}").write_bytes(make(report.read_text(encoding="utf-8")))
    scored = score_corpus(folder)
    f1 = {t: scored.pooled(t).f1 for t in TYPES}
    return f1, f"{scored.fact_recall:.2f} | {len(scored.failures)} of {len(scored.failures) + len(scored.reports)}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "dev")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "input_variants.md")
    args = parser.parse_args()
    if "heldout" in args.corpus.parts:
        sys.exit("the held-out part is scored only as it is: give a development folder")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, (what, suffix, make) in VARIANTS.items():
            f1, rest = score_variant(args.corpus, make, suffix, Path(tmp))
            cells = " | ".join("-" if f1[t] is None else f"{f1[t]:.2f}" for t in TYPES)
            rows.append(f"| `{name}`: {what} | {cells} | {rest} |")
            print(rows[-1], flush=True)
    head = ("| form of the input | " + " | ".join(TYPES) + " | fact recall | refused |\n"
            "| --- | " + " | ".join("---" for _ in TYPES) + " | --- | --- |")
    corpus = args.corpus.resolve().relative_to(ROOT) if args.corpus.resolve().is_relative_to(ROOT) else args.corpus
    args.out.write_text(
        "# The development corpus in other forms\n\n"
        f"`bench/input_variants.py` on `{corpus}`: every report made into each form below, built alone and scored\n"
        "against its gold (pooled F1 per type; fact recall; reports refused).\n\n" + head + "\n" + "\n".join(rows) + "\n",
        encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
