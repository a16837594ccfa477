"""Several reports' graphs into one, with the places where they disagree listed.

Merging needs no rewriting of nodes: an entity's IRI is derived from its jurisdiction
(GB/T 2260 code or ``cn``) and canonical label (``kg.graph.iri``), so 山东省, a
national law or a provincial award already has the same IRI in every report's
graph, and 区司法局 of two districts already has two. A merge is therefore the
union of the inputs' named graphs; each report keeps its own graph, so every
action keeps its evidence and its report, nothing is lost, and merging twice
or in another order gives the same quads.

What a union cannot do is choose between two reports that say different things
about the same node (two labels, two types): both statements stay in the
graph, and ``disagreements`` lists them so that a person decides.

The union is made in rdflib; ``into_store`` then hands it to an Oxigraph store
when one is asked for, so that a persistent store of a large merge is queried
(``kg query PATH``) without parsing the merged file again.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF, RDFS, Dataset, Graph, URIRef
from rdflib.namespace import DCTERMS
from rdflib.term import Node

from kg.errors import Errors, InputError
from kg.graph import iri
from kg.graph import io as graph_io
from kg.graph.build import new_dataset
from kg.graph.namespace import FZ
from kg.store import GraphStore, MemoryStore, open_store

# Properties a node has one value of: a second value means two reports (or two
# files of one report) disagree. Multi-valued ones (altLabel, awardedTo, …) are not listed.
SINGLE_VALUED = (RDF.type, RDFS.label, FZ.code, FZ.level, FZ.partOf, FZ.jurisdiction, FZ.kind,
                 FZ.district, FZ.year, FZ.sha256, FZ.sourceFile, DCTERMS.title)


@dataclass(frozen=True)
class Disagreement:
    """Two or more values of a single-valued property of one node, each with the graphs that state it."""

    subject: URIRef
    predicate: URIRef
    values: tuple[tuple[Node, tuple[URIRef, ...]], ...]

    def describe(self, graph: Graph | Dataset) -> str:
        """Lines for a person: the node and property, then each value and the reports that say it."""
        nm = graph.namespace_manager
        lines = [f"{self.subject.n3(nm)} {self.predicate.n3(nm)}"]
        for value, sources in self.values:
            lines.append(f"    {value.n3(nm)}  <- {', '.join(s.n3(nm) for s in sources)}")
        return "\n".join(lines)


def merge(paths: Iterable[str | Path]) -> Dataset:
    """The union of the graph files at ``paths``, each report in its own named graph.

    Raises ``InputError`` for a triples-only file (.ttl, .nt) that holds more than one
    report, whose facts can no longer be told apart. Two different reports with the same IRI
    (the same division, year and writer, built apart) are kept apart as a build keeps them:
    the later one's IRI gets a short hash of its text (``fz:sha256``).
    """
    dataset = new_dataset()
    checksums: dict[URIRef, tuple[set[Node], str | Path]] = {}
    for path in paths:
        part = graph_io.load(path)
        renamed: dict[URIRef, URIRef] = {}
        for report in part.subjects(RDF.type, FZ.Report, unique=True):
            mine = set(part.objects(report, FZ.sha256))
            theirs, where = checksums.setdefault(report, (mine, path))
            if theirs != mine:
                if len(mine) != 1:
                    raise InputError(path, Errors.E036, where=where, report=report)
                renamed[report] = iri.distinct_report(report, str(next(iter(mine))))
                checksums[renamed[report]] = (mine, path)
        default = part.default_graph.identifier
        home = _report_of_default_graph(part, path)
        for s, p, o, g in part.quads((None, None, None, None)):
            quad = (s, p, o, home if g in (None, default) else g)
            dataset.add(tuple(_moved(term, renamed) for term in quad) if renamed else quad)
    return dataset


def _moved(term: Node, renamed: dict[URIRef, URIRef]) -> Node:
    """A term with a renamed report's IRI, or an IRI under it (its sentences, actions), moved to the new name."""
    if isinstance(term, URIRef):
        for old, new in renamed.items():
            if term == old or term.startswith(old + "/"):
                return URIRef(new + term[len(old):])
    return term


def _report_of_default_graph(part: Dataset, path: str | Path) -> URIRef | None:
    """The report whose graph a file's default-graph triples (as read from .ttl or .nt) belong to."""
    default = part.default_graph
    if not len(default):
        return None
    reports = sorted(set(default.subjects(RDF.type, FZ.Report)))
    if len(reports) != 1:
        raise InputError(path, Errors.E037, count=len(reports))
    return reports[0]


def disagreements(dataset: Dataset) -> list[Disagreement]:
    """Every node and single-valued property with more than one value, in a stable order."""
    sources: dict[tuple[Node, Node], dict[Node, set[URIRef]]] = defaultdict(lambda: defaultdict(set))
    for predicate in SINGLE_VALUED:
        for s, p, o, g in dataset.quads((None, predicate, None, None)):
            sources[(s, p)][o].add(g or dataset.default_graph.identifier)
    found = []
    for (s, p), values in sources.items():
        if len(values) > 1:
            found.append(Disagreement(s, p, tuple((o, tuple(sorted(values[o]))) for o in sorted(values))))
    return sorted(found, key=lambda d: (d.subject, d.predicate))


def into_store(dataset: Dataset, spec: str) -> GraphStore:
    """The merged ``dataset`` held as the ``--store`` ``spec`` asks.

    rdflib holds it as it is. An Oxigraph store is given each named graph; like the
    store of ``kg build`` it then holds exactly the merged reports, so graphs an
    earlier use of a persistent store left there, and that are not among them, go.
    """
    if spec == "memory":
        return MemoryStore(dataset)
    store = open_store(spec)
    try:
        default = dataset.default_graph.identifier
        graphs = [(URIRef(g.identifier), _nquads(g)) for g in dataset.graphs() if g.identifier != default and len(g)]
        store.put_graphs(graphs)
        store.drop_graphs(set(store.graph_names()) - {name for name, _ in graphs})
    except BaseException:
        store.close()
        raise
    return store


def _nquads(graph: Graph) -> bytes:
    """One named graph as N-Quads naming it, the form ``GraphStore.put_graphs`` takes."""
    single = new_dataset()
    named = single.graph(graph.identifier)
    for triple in graph:
        named.add(triple)
    return single.serialize(format="nquads", encoding="utf-8")
