"""The library API that the CLI and notebooks share.

    >>> import kg
    >>> ds, failures = kg.build(["data/reports"])          # doctest: +SKIP
    >>> kg.query(ds, "who-did-what")[0]["agency"]           # doctest: +SKIP
    '城阳区人民政府'
"""
from __future__ import annotations

import glob
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import XSD, Dataset, Literal

from kg.errors import InputError, KgError
from kg.extract import extract
from kg.graph import io as graph_io
from kg.graph.build import add_report, new_dataset
from kg.ingest.read import TEXT_SUFFIXES
from kg.query import rows, run

if TYPE_CHECKING:
    import pandas as pd

DEFAULT_INPUT = Path("data/reports")


def expand_inputs(inputs: Iterable[str | Path]) -> list[Path]:
    """Files, folders (their report files, sorted) and glob patterns, in the order given."""
    out: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            out.extend(sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES))
        elif any(ch in str(item) for ch in "*?[") and not path.exists():
            matches = sorted(p for p in map(Path, glob.glob(str(item), recursive=True))
                             if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
            if not matches:
                raise InputError(item, f"no report file ({', '.join(TEXT_SUFFIXES)}) matches this pattern")
            out.extend(matches)
        else:
            out.append(path)
    return list(dict.fromkeys(out))


def iter_build(paths: Iterable[Path], district: str | None = None, year: int | None = None) -> Iterator[tuple[Path, object]]:
    """Yield ``(path, ReportRecord)`` or ``(path, InputError)`` for each report, one at a time.

    A bug that one odd file triggers must not cost the rest of a batch its
    work, so any other exception becomes that file's error too, named as a bug.
    """
    for path in paths:
        try:
            yield path, extract(path, district=district, year=year)
        except InputError as exc:
            yield path, exc
        except Exception as exc:  # noqa: BLE001 - reported per file, with its type, instead of ending the batch
            detail = (str(exc).splitlines() or [""])[0][:200]
            yield path, InputError(path, f"internal error while extracting ({type(exc).__name__}: {detail}); please report this file")


def build(inputs: Iterable[str | Path] = (DEFAULT_INPUT,), district: str | None = None,
          year: int | None = None) -> tuple[Dataset, list[InputError]]:
    """Build one dataset (a named graph per report) and the errors of reports that failed."""
    dataset = new_dataset()
    failures: list[InputError] = []
    paths = expand_inputs(inputs)
    if not paths:
        raise KgError(f"no report files in {', '.join(map(str, inputs))} (expected {', '.join(TEXT_SUFFIXES)})")
    for _, result in iter_build(paths, district, year):
        if isinstance(result, InputError):
            failures.append(result)
        else:
            add_report(dataset, result)
    return dataset, failures


def load(*paths: str | Path) -> Dataset:
    """Read one or more graph files into one dataset."""
    dataset = new_dataset()
    for path in paths:
        graph_io.load(path, into=dataset)
    return dataset


def save(dataset: Dataset, path: str | Path) -> Path:
    return graph_io.save(dataset, path)


def query(dataset: Dataset, name_or_sparql: str, **params: str) -> list[dict[str, str]]:
    """Rows of a named query (or SPARQL text) as dicts of strings."""
    return rows(run(dataset, name_or_sparql, params))


def query_df(dataset: Dataset, name_or_sparql: str, **params: str) -> pd.DataFrame:
    """Rows of a named query (or SPARQL text) as a pandas DataFrame, for notebooks.

    Columns follow the SELECT order even when nothing matches, so code that picks columns works on
    an empty result. Numbers, booleans and years keep their type so that they sort and sum; every
    other value is a string, and an unbound value is missing (``None``).

        >>> kg.query_df(ds, "awards").groupby("level").size()       # doctest: +SKIP
    """
    import pandas as pd  # imported here: the CLI does not need pandas to start

    result = run(dataset, name_or_sparql, params)
    names = [str(v) for v in result.vars or []]
    return pd.DataFrame([[_python(row[n]) for n in names] for row in result], columns=names)


def _python(term: object) -> object:
    if term is None:
        return None
    if isinstance(term, Literal) and term.datatype == XSD.gYear and str(term).isdigit():
        return int(str(term))
    if isinstance(term, Literal) and term.datatype is not None:
        value = term.toPython()
        if isinstance(value, Decimal):
            return float(value)
        if isinstance(value, (bool, int, float)):
            return value
    return str(term)
