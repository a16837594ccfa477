"""A worker's N-Quads (``report_nquads``) are the lines an rdflib ``Dataset`` gives, escaped as N-Quads requires."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib  # for rdflib.XSD: pytest inspects the names a test module binds, and XSD warns at unknown ones
from rdflib import RDF, BNode, Dataset, Literal, URIRef

from kg.extract import extract
from kg.graph.build import add_report, new_dataset, report_nquads
from kg.graph.nquads import NQuadsGraph
from tests.conftest import FIXTURES, ROOT

NAME = URIRef("https://w3id.org/fazhi-kg/id/report/x")
NODE = URIRef("https://w3id.org/fazhi-kg/id/agency/370214/城阳区司法局")
TEXT = URIRef("https://w3id.org/fazhi-kg/ontology#text")
LITERALS = [
    Literal('他说"依法行政"，路径C:\\n\\t不是换行'),
    Literal("一行\n二行\r\n三行\t制表\x0b\x00"),
    Literal('\\"'),
    Literal(""),
    Literal("\u3000全角空格😀"),
    Literal("城阳区\n司法局", lang="zh"),
    Literal("2024", datatype=rdflib.XSD.gYear),
    Literal(12),
    Literal(True),
    Literal("10.5", datatype=rdflib.XSD.decimal),
]


def _rdflib_nquads(dataset: Dataset) -> bytes:
    return dataset.serialize(format="nquads", encoding="utf-8")


def _oxigraph_view(lit: Literal) -> tuple[str, str | None, str]:
    """A literal as Oxigraph reads it: a language tag makes it an rdf:langString, none at all an xsd:string."""
    return str(lit), lit.language, str(RDF.langString if lit.language else lit.datatype or rdflib.XSD.string)


@pytest.mark.parametrize("path", sorted((FIXTURES / "reports").glob("*.txt")), ids=lambda p: p.stem)
def test_a_report_gives_the_lines_of_the_rdflib_dataset(path: Path) -> None:
    record = extract(path)
    dataset = new_dataset()
    add_report(dataset, record)
    assert sorted(report_nquads(record).splitlines()) == sorted(_rdflib_nquads(dataset).splitlines())


def _write(graph: NQuadsGraph, obj: Literal | URIRef) -> None:
    """An rdflib term given to the writer's sink as the graph writer gives it: by kind, as strings."""
    if isinstance(obj, URIRef):
        graph.link(NODE, TEXT, obj)
    elif obj.language == "zh":
        graph.zh(NODE, TEXT, str(obj))
    else:
        graph.literal(NODE, TEXT, str(obj), obj.datatype)


def test_literals_are_escaped_as_rdflib_escapes_them_and_read_back_unchanged() -> None:
    fast, dataset = NQuadsGraph(NAME), new_dataset()
    for obj in [*LITERALS, NODE]:
        _write(fast, obj)
        dataset.graph(NAME).add((NODE, TEXT, obj))
    data = fast.serialize()
    assert sorted(data.splitlines()) == sorted(_rdflib_nquads(dataset).splitlines())

    parsed = Dataset()
    parsed.parse(data=data, format="nquads")
    assert set(parsed.quads()) == set(dataset.quads())
    read = {(q.object.value, q.object.language, q.object.datatype.value)
            for q in ox.parse(data, format=ox.RdfFormat.N_QUADS) if isinstance(q.object, ox.Literal)}
    assert read == {_oxigraph_view(lit) for lit in LITERALS}


def test_a_triple_added_twice_is_one_line() -> None:
    graph = NQuadsGraph(NAME)
    for _ in range(2):
        graph.literal(NODE, TEXT, "同一句")
    assert graph.serialize().count(b"\n") == 2  # the line and rdflib's closing empty line


@pytest.mark.parametrize("bad", ["a b", "a<b", 'a"b', "a\\b", "a\tb", "a\nb",
                                 # not in an IRI's path (RFC 3987): what Oxigraph refuses, and a build's store no longer checks
                                 "a%zz", "a%4", "a[b]", "a\x7fb", "a\x85b", "a\ue000b", "a\ufffdb", "a\ufdd0b",
                                 "a\U0001fffeb", "a\U000e0001b", "a\U000f0000b"])
def test_an_iri_n_quads_cannot_write_is_refused(bad: str) -> None:
    wrong = URIRef(f"https://w3id.org/fazhi-kg/id/{bad}")
    for write in [lambda g: g.link(wrong, TEXT, NODE), lambda g: g.link(NODE, wrong, NODE), lambda g: g.link(NODE, TEXT, wrong),
                  lambda g: g.literal(NODE, TEXT, "x", wrong), lambda g: g.zh(wrong, TEXT, "x")]:
        with pytest.raises(ValueError, match="not an IRI"):
            write(NQuadsGraph(NAME))
    with pytest.raises(SyntaxError):  # Oxigraph, validating, refuses it too
        list(ox.parse(f"<{wrong}> <{TEXT}> <{NODE}> <{NAME}> .\n".encode(), format=ox.RdfFormat.N_QUADS))


@pytest.mark.parametrize("good", ["%E5%9F%8E", "a%20b", "城阳区司法局", "\u00a0\u3000", "\ufdcf\ufdf0", "\U0001f600", "\U000e1000"])
def test_an_iri_oxigraph_validates_is_written(good: str) -> None:
    """The writer refuses no more than Oxigraph's own validation: what it writes loads with the IRIs checked."""
    graph = NQuadsGraph(NAME)
    graph.link(NODE, TEXT, URIRef(f"https://w3id.org/fazhi-kg/id/{good}"))
    assert len(list(ox.parse(graph.serialize(), format=ox.RdfFormat.N_QUADS))) == 1


@pytest.mark.parametrize(("label", "segment"), [
    ("\ufff0全国示范地区", "%EF%BF%B0全国示范地区"),  # a stray special from a PDF's text layer
    ("A\ue000B", "A%EE%80%80B"),  # a private-use glyph
    ("a\x85b", "a%C2%85b"),
    ("城阳区 司法局", "城阳区%20司法局"),
    ("城阳区\u00a0司法局", "城阳区\u00a0司法局"),  # a ucschar stays as it is
])
def test_a_label_makes_an_iri_the_writer_takes(label: str, segment: str) -> None:
    """Every character the writer refuses in an IRI is percent-encoded where a label becomes one, so no text makes a
    report fail at its graph (the fuzz test found U+FFF0 in an award's name)."""
    from kg.graph.iri import entity

    iri = entity("Award", "330122", label)
    assert iri.endswith(f"/award/330122/{segment}")
    graph = NQuadsGraph(NAME)
    graph.link(NODE, TEXT, iri)
    assert len(list(ox.parse(graph.serialize(), format=ox.RdfFormat.N_QUADS))) == 1


def test_a_blank_node_is_refused() -> None:
    with pytest.raises(TypeError):
        NQuadsGraph(NAME).literal(BNode(), TEXT, "x")


@pytest.mark.slow
def test_a_report_gives_the_same_bytes_in_every_process() -> None:
    """Lines keep the order they were added in, which must not follow Python's per-process string hashing."""
    script = ("import sys; from pathlib import Path; from kg.api import report_graph; "
              "sys.stdout.buffer.write(report_graph(Path(sys.argv[1]))[0])")
    report = FIXTURES / "reports" / "kunshan-2022.txt"
    outputs = {subprocess.run([sys.executable, "-c", script, str(report)], cwd=ROOT, check=True, capture_output=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(outputs) == 1
