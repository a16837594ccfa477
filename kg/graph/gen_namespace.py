"""Print ``kg/graph/namespace.py`` generated from the ontology, so the ontology stays the one source.

Run ``python -m kg.graph.gen_namespace > kg/graph/namespace.py`` after editing ``ontology/fazhi.ttl``.
"""
from __future__ import annotations

from rdflib import OWL, RDF, RDFS, Graph, Literal

from kg.graph.ontology import ONTOLOGY_FILE

HEADER = '''"""The fazhi-kg vocabulary as a ``DefinedNamespace``: a typo in a term is an error.

Generated from ``ontology/fazhi.ttl`` by ``python -m kg.graph.gen_namespace``;
a test keeps the two equal.
"""
from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ID = Namespace("https://w3id.org/fazhi-kg/id/")


class FZ(DefinedNamespace):
    """fazhi-kg ontology: reports, agencies, what they did and the evidence."""

    _NS = Namespace("https://w3id.org/fazhi-kg/ontology#")
    _fail = True

'''


def terms(graph: Graph) -> dict[str, str]:
    """Local name -> "zh / en" label of every class and property the ontology defines."""
    prefix = "https://w3id.org/fazhi-kg/ontology#"
    out = {}
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty):
        for term in graph.subjects(RDF.type, kind):
            if str(term).startswith(prefix):
                labels = {lit.language: str(lit) for lit in graph.objects(term, RDFS.label) if isinstance(lit, Literal)}
                out[str(term)[len(prefix):]] = f"{labels.get('zh', '')} / {labels.get('en', '')}"
    return out


def render() -> str:
    graph = Graph().parse(ONTOLOGY_FILE)
    found = terms(graph)
    lines = [f"    {name}: URIRef  # {found[name]}" for name in sorted(found, key=lambda n: (n[0].islower(), n))]
    return HEADER + "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(render(), end="")
