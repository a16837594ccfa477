"""Reading and writing graphs: the format follows the file suffix; writes are atomic and deterministic.

A write goes to a temporary file beside the target and is renamed over it only
when complete, so an interrupted run leaves the previous graph intact. The same
quads always give the same bytes (rdflib orders named graphs and N-Quads lines
by a hash set that changes between runs), so merged graphs can be diffed and
the order of ``kg merge`` inputs does not show in its output.
"""
from __future__ import annotations

import contextlib
import io
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from rdflib import Dataset, Graph
from rdflib.exceptions import ParserError
from rdflib.plugins.serializers.trig import TrigSerializer

from kg.errors import Errors, InputError
from kg.graph.build import bind_prefixes, new_dataset

FORMATS = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "nt", ".jsonld": "json-ld"}
_QUAD_FORMATS = {"trig", "nquads", "json-ld"}
_LINE_FORMATS = {"nquads", "nt"}  # one statement a line: sorting the lines orders them


class _SortedTrigSerializer(TrigSerializer):
    """TriG with its named graphs in IRI order (rdflib takes them from a hash set)."""

    def __init__(self, store: Dataset) -> None:
        super().__init__(store)
        self.contexts.sort(key=lambda graph: graph.identifier)


def format_for(path: Path) -> str:
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        raise InputError(path, Errors.E030, suffix=path.suffix or "(no suffix)", formats=", ".join(FORMATS)) from None


def load(path: str | Path, into: Dataset | None = None) -> Dataset:
    """Read a graph file; triples-only formats land in the default graph."""
    path = Path(path)
    fmt = format_for(path)
    if not path.is_file():
        raise InputError(path, Errors.E031 if not path.exists() else Errors.E032)
    if fmt == "json-ld":
        refuse_remote_context(path)
    dataset = into if into is not None else new_dataset()
    try:
        if fmt in _QUAD_FORMATS:
            dataset.parse(path, format=fmt)
        else:
            dataset.default_graph.parse(path, format=fmt) if hasattr(dataset, "default_graph") else dataset.parse(path, format=fmt)
    except (ParserError, SyntaxError, ValueError, UnicodeDecodeError) as exc:
        raise InputError(path, Errors.E033, fmt=fmt, reason=str(exc).splitlines()[0][:160]) from None
    return dataset


def refuse_remote_context(path: Path) -> None:
    """Refuse a JSON-LD file whose ``@context`` names a document elsewhere: kg never reaches the network.

    rdflib would fetch such a context over HTTP (or read it from disk) while parsing.
    """
    try:
        document = json.loads(path.read_bytes())
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError(path, Errors.E033, fmt="json-ld", reason=str(exc).splitlines()[0][:160]) from None
    except OSError as exc:
        raise InputError(path, Errors.E013, reason=exc.strerror or exc) from None
    remote = _remote_context(document)
    if remote is not None:
        raise InputError(path, Errors.E038, remote=remote)


def _remote_context(node: object) -> str | None:
    """The first ``@context`` in ``node`` given by reference (a string) rather than inline, if any."""
    if isinstance(node, list):
        return next((found for item in node if (found := _remote_context(item)) is not None), None)
    if not isinstance(node, dict):
        return None
    for key, value in node.items():
        if key == "@context":
            contexts = value if isinstance(value, list) else [value]
            reference = next((c for c in contexts if isinstance(c, str)), None)
            if reference is not None:
                return reference
        found = _remote_context(value)
        if found is not None:
            return found
    return None


def serialise(dataset: Dataset, fmt: str) -> bytes:
    """Quads formats keep the named graphs; Turtle and N-Triples get their union."""
    if fmt == "trig":
        out = io.BytesIO()
        _SortedTrigSerializer(dataset).serialize(out, encoding="utf-8")
        return out.getvalue()
    if fmt in _QUAD_FORMATS:
        data = dataset.serialize(format=fmt, encoding="utf-8")
    else:
        union = Graph()
        bind_prefixes(union)
        for triple in dataset.triples((None, None, None)):
            union.add(triple)
        data = union.serialize(format=fmt, encoding="utf-8")
    if fmt in _LINE_FORMATS:
        data = b"".join(sorted(data.splitlines(keepends=True)))
    elif fmt == "json-ld":
        data = json.dumps(_sorted_json(json.loads(data)), ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")
    return data


def _sorted_json(node: object, ordered: bool = False) -> object:
    """JSON-LD with every array sorted (graphs, nodes, values) except ``@list`` ones, whose order is data."""
    if isinstance(node, dict):
        return {key: _sorted_json(value, key == "@list") for key, value in node.items()}
    if isinstance(node, list):
        items = [_sorted_json(item) for item in node]
        return items if ordered else sorted(items, key=lambda item: json.dumps(item, ensure_ascii=False, sort_keys=True))
    return node


def save(dataset: Dataset, path: str | Path) -> Path:
    """Write ``dataset`` to ``path`` atomically, in the format of its suffix."""
    path = Path(path)
    data = serialise(dataset, format_for(path))
    write_atomic(path, data)
    return path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes | Callable[[BinaryIO], object]) -> None:
    """Write ``data`` to ``path`` through a temporary file beside it; a refused write is a ``KgError``.

    ``data`` may be a function that writes to the open file, so that a large output streams
    there instead of being held in memory whole first.
    """
    with _replacing(path) as (fd, _):
        with os.fdopen(fd, "wb") as handle:
            if isinstance(data, bytes):
                handle.write(data)
            else:
                data(handle)


def dump_atomic(path: Path, dump: Callable[[str], object]) -> None:
    """``write_atomic`` for a writer that opens the file itself by its name.

    Oxigraph writing to a file it opened lets go of the interpreter, so the rest of the build (the
    page) runs beside it; writing into a Python file object, it takes the interpreter back for each chunk.
    """
    with _replacing(path) as (fd, tmp):
        os.close(fd)
        dump(tmp)


@contextlib.contextmanager
def _replacing(path: Path) -> Iterator[tuple[int, str]]:
    """A temporary file beside ``path`` (its descriptor and name) that replaces ``path`` once written whole."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as exc:
        raise InputError(path, Errors.E073, reason=exc.strerror or exc) from None
    try:
        yield fd, tmp
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes the file private; outputs are for sharing
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
