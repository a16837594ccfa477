"""The one reading of "what an action is" that every view of a graph shares.

``kg query who-did-what`` lists the actions done, ``plans`` those planned for next year;
``kg stats``, the analytics tables, the exports and the HTML view read the same rows from
here, so none of them counts a plan as done. An action is an ``fz:Action`` with its agent,
verb, evidence sentence and report; its object (an entity) is optional; ``planned`` says
whether it sits in the report's section on next year's work.

    >>> import kg                                                   # doctest: +SKIP
    >>> rows = action_rows(kg.build(["data/reports"]).dataset)       # doctest: +SKIP
    >>> sum(not r.planned and r.target is not None for r in rows)    # the who-did-what rows  # doctest: +SKIP
"""
from __future__ import annotations

from dataclasses import dataclass

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import PROV

from kg.graph.namespace import FZ
from kg.model import ENTITY_TYPES


@dataclass(frozen=True)
class ActionRow:
    """One action as every reader sees it."""

    action: URIRef
    agent: URIRef
    agency: str  # the agent's label
    verb: str
    target: URIRef | None  # the object entity, if the sentence names one
    object: str  # its label, or ""
    object_class: str | None  # its kind (a key of kg.model.ENTITY_TYPES), or None
    evidence: str
    report: URIRef | None
    planned: bool


def _text(graph: Graph, node: object, prop: URIRef) -> str:
    value = graph.value(node, prop) if node is not None else None
    return "" if value is None else str(value)


def action_rows(graph: Graph) -> list[ActionRow]:
    """Every action of ``graph`` (an rdflib ``Graph`` or ``Dataset``), done or planned, in IRI order."""
    kinds = {node: t.key for t in ENTITY_TYPES.values() for node in graph.subjects(RDF.type, t.cls)}
    out = []
    for act in sorted(set(graph.subjects(RDF.type, FZ.Action))):
        agent, target = graph.value(act, FZ.agent), graph.value(act, FZ.object)
        out.append(ActionRow(
            action=act, agent=agent, agency=_text(graph, agent, RDFS.label), verb=_text(graph, act, FZ.verb),
            target=target, object=_text(graph, target, RDFS.label), object_class=kinds.get(target),
            evidence=_text(graph, graph.value(act, FZ.evidence), FZ.text),
            report=graph.value(act, PROV.wasDerivedFrom), planned=graph.value(act, FZ.planned) == Literal(True)))
    return out
