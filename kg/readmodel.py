"""The one reading of "what an action is" that every view of a graph shares.

``kg query who-did-what`` lists the actions done, ``plans`` those planned for next year;
``kg stats``, the analytics tables, the exports and the HTML view read the same rows from
here, so none of them counts a plan as done. An action is an ``fz:Action`` with its agent,
verb, evidence sentence and report; its object (an entity) is optional; ``planned`` says
whether it sits in the report's section on next year's work.

    >>> import kg                                                   # doctest: +SKIP
    >>> rows = action_rows(kg.build(["data/reports"]).dataset)       # doctest: +SKIP
    >>> sum(not r.planned and r.target is not None for r in rows)    # the who-did-what rows  # doctest: +SKIP

A large collection held in Oxigraph is read with one SPARQL query (:func:`store_action_rows`),
which gives the same rows without turning the store into an rdflib graph first.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import PROV

from kg.graph.namespace import FZ
from kg.model import ENTITY_TYPES
from kg.store import OxigraphStore


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


_ACTIONS = """
SELECT ?act ?agent ?agency ?verb ?target ?object ?evidence ?report ?planned WHERE {
  ?act a fz:Action .
  OPTIONAL { ?act fz:agent ?agent OPTIONAL { ?agent rdfs:label ?agency } }
  OPTIONAL { ?act fz:verb ?verb }
  OPTIONAL { ?act fz:object ?target OPTIONAL { ?target rdfs:label ?object } }
  OPTIONAL { ?act fz:evidence ?sentence . ?sentence fz:text ?evidence }
  OPTIONAL { ?act prov:wasDerivedFrom ?report }
  OPTIONAL { ?act fz:planned ?planned }
}"""
_KINDS = "SELECT ?node ?cls WHERE { VALUES ?cls { %s } ?node a ?cls }" % " ".join(f"<{t.cls}>" for t in ENTITY_TYPES.values())


def store_action_rows(store: OxigraphStore) -> list[ActionRow]:
    """:func:`action_rows` of the graph an Oxigraph store holds, read with SPARQL: one row per action
    (its first solution, where a property has several values), in IRI order."""
    order = {str(t.cls): n for n, t in enumerate(ENTITY_TYPES.values())}
    classes: dict[str, tuple[int, str]] = {}
    for node, cls in store.table(_KINDS):  # as action_rows: of several kinds, the last in ENTITY_TYPES
        classes[node] = max(classes.get(node, (-1, "")), (order[cls], cls))
    key = {str(t.cls): t.key for t in ENTITY_TYPES.values()}
    # Agents, objects and reports recur from action to action: each IRI is made (and checked by rdflib) once.
    iris: dict[str, URIRef | None] = {"": None}  # the store's tables say "" for unbound
    seen: dict[str, ActionRow] = {}
    for act, agent, agency, verb, target, obj, evidence, report, planned in store.table(_ACTIONS):
        if act not in seen:
            for value in (agent, target, report):
                if value not in iris:
                    iris[value] = URIRef(value)
            seen[act] = ActionRow(
                action=URIRef(act), agent=iris[agent], agency=agency, verb=verb, target=iris[target], object=obj,
                object_class=key[classes[target][1]] if target in classes else None, evidence=evidence,
                report=iris[report], planned=planned == "true")
    return [seen[act] for act in sorted(seen)]


class DoneAction(NamedTuple):
    """An action done, as a drawing needs it: its IRIs as plain strings, no labels or kinds."""

    agent: str
    verb: str
    target: str
    evidence: str
    report: str  # "" when the action names no report


DONE_ACTIONS = """
SELECT ?act ?agent ?verb ?target ?evidence ?report WHERE {
  ?act a fz:Action ; fz:agent ?agent ; fz:object ?target .
  OPTIONAL { ?act fz:verb ?verb }
  OPTIONAL { ?act fz:evidence ?sentence . ?sentence fz:text ?evidence }
  OPTIONAL { ?act prov:wasDerivedFrom ?report }
  FILTER NOT EXISTS { ?act fz:planned true }
}"""


def store_done_actions(store: OxigraphStore) -> list[DoneAction]:
    """The rows of :func:`store_action_rows` that are done and have an object, in the same order, with only the
    columns a drawing reads.

    One query instead of two (no kinds), without the labels, and no rdflib term made: for the page of a large
    collection the action rows were a fifth of its reading time.
    """
    seen: dict[str, DoneAction] = {}
    for act, agent, verb, target, evidence, report in store.table(DONE_ACTIONS):
        if act not in seen:  # as store_action_rows: an action's first solution
            seen[act] = DoneAction(agent, verb, target, evidence, report)
    return [seen[act] for act in sorted(seen)]
