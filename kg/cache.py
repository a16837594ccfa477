"""Each report's graph, kept between builds so that a rebuild re-extracts only what changed.

An entry is the report's named graph as N-Quads compressed with Zstandard (level 3: N-Quads
repeat long IRIs, so an entry is a twenty-fifth of its graph, four times the size of the report
text rather than a hundred), in a file named by a key that covers
everything extraction depends on: the file's bytes (sha256), its name (the graph states
it as the source file), the ``--district`` and ``--year`` overrides, and the pipeline itself: the
package version plus a hash of the code and data of the stages a report's graph comes from
(reading, layout, locating, recognition, resolution, assembly, the writer and their
vocabularies and schemes), not of the rest of the package, so that editing the view or a query keeps
every entry. Change any of these and the key changes, so a stale entry is never read; it is
simply left behind (delete the folder to reclaim the space).
"""
from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib import resources
from importlib.metadata import version
from pathlib import Path

import zstandard

from kg.graph.io import write_atomic


EXTRACTION = ("extract.py", "assemble.py", "layout.py", "locate.py", "resolve.py", "records.py", "names.py",
              "model.py", "divisions.py", "errors.py", "indicators.py", "agency_kinds.py", "national_programs.py",
              "ingest", "recognise", "resources", "graph", "ontology")
"""The modules and folders of ``kg`` whose code or data a report's cached graph depends on."""


@cache
def pipeline_version() -> str:
    """A hash of the package version and of the extraction stages' code and vocabularies."""
    return _code_hash(EXTRACTION)


@cache
def package_version() -> str:
    """A hash of the package version and all its code and data: what a graph file and its page are written by."""
    return _code_hash(tuple(p.name for p in Path(str(resources.files("kg"))).iterdir()))


def _code_hash(parts: tuple[str, ...]) -> str:
    digest = hashlib.sha256(version("fazhi-kg").encode())
    root = Path(str(resources.files("kg")))
    files = sorted((p for part in parts for p in ([root / part] if (root / part).is_file() else (root / part).rglob("*"))
                    if p.is_file() and p.suffix in {".py", ".txt", ".tsv", ".ttl", ".rq", ".js", ".css", ".html"}
                    and "__pycache__" not in p.parts),
                   key=lambda p: p.relative_to(root).as_posix())
    for path in files:
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def key(sha256: str, name: str, district: str | None, year: int | None) -> str:
    """The cache key of one report file (the sha256 of its bytes, its name) under the given overrides."""
    digest = hashlib.sha256()
    for part in (sha256, name, district or "", str(year or ""), pipeline_version()):
        digest.update(part.encode("utf-8") + b"\0")
    return digest.hexdigest()


class ExtractionCache:
    """A folder of ``KEY.nq.zst`` files, one per report graph."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        # One compressor for every entry: made afresh for each, its context cost a third of compressing
        # a report's graph. A cache is used from one thread.
        self._compressor = zstandard.ZstdCompressor(level=3)

    def _file(self, entry: str) -> Path:
        return self.folder / entry[:2] / f"{entry}.nq.zst"

    def has(self, entry: str) -> bool:
        return self._file(entry).is_file()

    def get(self, entry: str) -> bytes | None:
        path = self._file(entry)
        return zstandard.decompress(path.read_bytes()) if path.is_file() else None

    def put(self, entry: str, nquads: bytes) -> None:
        write_atomic(self._file(entry), self._compressor.compress(nquads))

    def written(self, stamp: str, files: list[Path]) -> dict | None:
        """What the build of ``stamp`` that wrote ``files`` (a graph file and its page) said of them, if they
        have not been touched since; ``None`` otherwise.

        Then a rebuild with nothing changed loads and writes nothing, and says what the build that
        wrote them said, which for a large collection is most of its time.
        """
        record = self.folder / "written" / f"{stamp}.json"
        if not record.is_file():
            return None
        held = json.loads(record.read_text(encoding="utf-8"))
        return held.get("summary") if isinstance(held, dict) and held.get("files") == _states(files) else None

    def mark_written(self, stamp: str, files: list[Path], summary: dict) -> None:
        """Record that a build of ``stamp`` wrote ``files``, and what it said of them (JSON)."""
        record = {"files": _states(files), "summary": summary}
        write_atomic(self.folder / "written" / f"{stamp}.json", json.dumps(record, ensure_ascii=False).encode("utf-8"))


def _states(files: list[Path]) -> dict[str, list[int] | None]:
    """Each file's size and modification time (nanoseconds), or ``None`` when it is not there."""
    out: dict[str, list[int] | None] = {}
    for path in files:
        info = path.stat() if path.is_file() else None
        out[str(path.resolve())] = None if info is None else [info.st_size, info.st_mtime_ns]
    return out
