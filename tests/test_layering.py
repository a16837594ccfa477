"""The package's layers, read from its imports: data flows one way, and no module reaches up.

Each module of ``kg`` sits in a layer; it may import its own layer and those below it,
never one above. So recognisers never import resolution or writers, writers never consult
the gazetteer or the vocabularies, and the stores sit below the queries.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "kg"

LAYERS: list[tuple[str, ...]] = [
    ("kg.errors", "kg.resources", "kg.graph.namespace", "kg.graph.ontology", "kg.graph.gen_namespace"),
    ("kg.outputs", "kg.deadline", "kg.derived", "kg.collector"),
    ("kg.model", "kg.graph.iri", "kg.graph.nquads", "kg.graph.terms", "kg.sparql"),
    ("kg.divisions", "kg.names", "kg.ingest", "kg.indicators", "kg.agency_kinds", "kg.national_programs"),
    ("kg.layout",),
    ("kg.locate", "kg.recognise"),
    ("kg.resolve",),
    ("kg.records",),
    ("kg.assemble",),
    ("kg.extract", "kg.graph.build", "kg.graph.observations", "kg.graph.io"),
    ("kg.cache", "kg.store", "kg.progress"),
    ("kg.query", "kg.readmodel", "kg.validate", "kg.coverage"),
    ("kg.report_text", "kg.report_parts", "kg.indicator_table"),
    ("kg.viewlayout",),
    ("kg.analytics", "kg.viz", "kg.merge", "kg.push", "kg.serve", "kg.commitments", "kg.diff", "kg.audit"),
    ("kg.export", "kg.notebook", "kg.api"),
    ("kg.evaluate", "kg.cli"),
    ("kg",),
]
"""Lowest first. A module is in the layer of the longest name that is its name or a parent package of it."""

FORBIDDEN = [
    ("kg.recognise", "kg.resolve"), ("kg.recognise", "kg.graph"), ("kg.recognise", "kg.assemble"),
    ("kg.graph", "kg.divisions"), ("kg.graph", "kg.resources"), ("kg.graph", "kg.resolve"),
    ("kg.store", "kg.query"),
]
"""Rules the issue that made the layers named, kept apart so a failure says which one broke."""


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _layer(module: str) -> int:
    best = max(((len(name), n) for n, names in enumerate(LAYERS) for name in names
                if module == name or module.startswith(name + ".")), default=None)
    assert best is not None, f"{module} is in no layer: add it to LAYERS"
    return best[1]


def _submodule(package: str, name: str) -> str:
    """``from kg.graph import iri`` imports the module kg.graph.iri; ``from kg.graph.iri import ID`` kg.graph.iri."""
    folder = PACKAGE.parent.joinpath(*package.split("."), name)
    return f"{package}.{name}" if folder.with_suffix(".py").is_file() or folder.is_dir() else package


def _imports() -> list[tuple[str, str]]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = _module(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                out += [(module, alias.name) for alias in node.names if alias.name.startswith("kg")]
            elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kg") and not node.level:
                out += [(module, _submodule(node.module, alias.name)) for alias in node.names]
    return out


def test_every_module_is_in_a_layer() -> None:
    for path in PACKAGE.rglob("*.py"):
        _layer(_module(path))


def test_no_module_imports_a_layer_above_its_own() -> None:
    upward = [f"{a} imports {b}" for a, b in _imports() if a != "kg" and _layer(b) > _layer(a)]
    assert not upward


@pytest.mark.parametrize(("low", "high"), FORBIDDEN, ids=lambda x: x)
def test_named_rule_holds(low: str, high: str) -> None:
    broken = [f"{a} imports {b}" for a, b in _imports()
              if (a == low or a.startswith(low + ".")) and (b == high or b.startswith(high + "."))]
    assert not broken
