"""Graph analytics: the RDF dataset as a networkx graph and pandas tables that answer questions.

SPARQL answers "which rows match"; questions about structure (who is central, who works with whom,
how districts differ) are easier on a property graph in which each action is one edge from its agency
to its object. ``to_networkx`` makes that graph, and the other functions here read it:

    >>> import kg
    >>> from kg import analytics
    >>> ds = kg.build(["data/reports/chengyang-2024.txt"]).dataset   # doctest: +SKIP
    >>> analytics.agency_activity(ds).head()                         # doctest: +SKIP
"""
from __future__ import annotations

from collections import defaultdict

import networkx as nx
import pandas as pd
from rdflib import RDF, RDFS, Dataset, Literal, URIRef

from kg.graph.namespace import FZ
from kg.model import ENTITY_TYPES, SCORED_TYPES
from kg.query import format_table
from kg.readmodel import action_rows

ENTITY_CLASSES = tuple(t.key for t in SCORED_TYPES)
"""The classes of extracted things; divisions are attributes (``jurisdiction``), not nodes."""

CENTRALITY_CLASSES = ("Agency", "Program", "Regulation")
"""Who acts on what: awards and events are one-off, so they would only add leaves."""

COOPERATION_VERBS = ("联合", "会同")
"""Verbs that say an agency acted together with another (联合区广电中心, 会同市市场监管局)."""

NO_OBJECT = "(none)"
"""The object class of actions written without an extracted object (开展联合抽查126次)."""

_OBJECT_COLUMNS = {"Regulation": "regulations", "Program": "programs", "Award": "awards", "Event": "events",
                   "Agency": "agency_objects"}


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _division_names(dataset: Dataset) -> dict[URIRef, tuple[str, str]]:
    """Division IRI -> (name, GB/T 2260 code)."""
    return {node: (_text(dataset.value(node, RDFS.label)), _text(dataset.value(node, FZ.code)))
            for node in dataset.subjects(RDF.type, FZ.AdministrativeDivision)}


def entities(dataset: Dataset, classes: tuple[str, ...] = ENTITY_CLASSES) -> pd.DataFrame:
    """One row per entity: ``id`` (its IRI), ``class``, ``label`` and ``jurisdiction`` (name and code).

    National laws and honours have no jurisdiction: both columns are empty strings for them, so
    that every export format can hold the value.
    """
    divisions = _division_names(dataset)
    records = []
    for name in classes:
        for node in set(dataset.subjects(RDF.type, ENTITY_TYPES[name].cls)):
            division = divisions.get(dataset.value(node, FZ.jurisdiction), ("", ""))
            records.append({"id": str(node), "class": name, "label": _text(dataset.value(node, RDFS.label)),
                            "jurisdiction": division[0], "jurisdiction_code": division[1]})
    frame = pd.DataFrame(records, columns=["id", "class", "label", "jurisdiction", "jurisdiction_code"])
    return frame.sort_values(["class", "label", "id"], ignore_index=True)


def _reports(dataset: Dataset) -> dict[URIRef, dict[str, object]]:
    """Report IRI -> its label, district name and year."""
    divisions = _division_names(dataset)
    out = {}
    for report in set(dataset.subjects(RDF.type, FZ.Report)):
        year = dataset.value(report, FZ.year)
        out[report] = {"report": _text(dataset.value(report, RDFS.label)),
                       "district": divisions.get(dataset.value(report, FZ.district), ("", ""))[0],
                       "year": int(str(year)) if isinstance(year, Literal) and str(year).isdigit() else None}
    return out


def actions(dataset: Dataset, plans: bool = False) -> pd.DataFrame:
    """One row per action done, with or without an object, and the report, district and year it comes from.

    Columns: ``action`` ``agent`` ``agency`` ``verb`` ``target`` ``object`` ``object_class``
    ``evidence`` ``report`` ``district`` ``year`` ``planned``. ``object_class`` is :data:`NO_OBJECT` when
    the sentence names no object, so that counts of what agencies did include those actions. Next
    year's plans are left out, as ``who-did-what`` leaves them out, unless ``plans`` is true (then
    ``planned`` tells them apart).
    """
    reports = _reports(dataset)
    unknown = {"report": "", "district": "", "year": None}
    records = [{
        "action": str(r.action), "agent": _text(r.agent), "agency": r.agency, "verb": r.verb,
        "target": _text(r.target), "object": r.object,
        "object_class": r.object_class if r.target is not None and r.object_class else NO_OBJECT,
        "evidence": r.evidence, **reports.get(r.report, unknown), "planned": r.planned}
        for r in action_rows(dataset) if plans or not r.planned]
    columns = ["action", "agent", "agency", "verb", "target", "object", "object_class", "evidence", "report",
               "district", "year", "planned"]
    frame = pd.DataFrame(records, columns=columns).astype({"year": "Int64", "planned": bool})
    return frame.sort_values(["report", "action"], ignore_index=True)


def to_networkx(dataset: Dataset, classes: tuple[str, ...] = ENTITY_CLASSES, plans: bool = False) -> nx.MultiDiGraph:
    """Entities of ``classes`` as nodes, each action between two of them as an edge agency -> object.

    Nodes are keyed by IRI with attributes ``class``, ``label``, ``jurisdiction`` and
    ``jurisdiction_code``. Edges are keyed by the action's IRI (one agency may act on one object
    several times) with attributes ``verb``, ``evidence``, ``report``, ``district``, ``planned`` and
    ``year`` (left out when unknown: GraphML and GEXF cannot hold a missing value). Plans are edges
    only when ``plans`` is true.
    """
    graph = nx.MultiDiGraph()
    for node in entities(dataset, classes).to_dict("records"):
        graph.add_node(node.pop("id"), **node)
    for act in actions(dataset, plans=plans).to_dict("records"):
        if act["agent"] in graph and act["target"] in graph:
            attrs = {k: act[k] for k in ("verb", "evidence", "report", "district", "planned")}
            if not pd.isna(act["year"]):
                attrs["year"] = int(act["year"])
            graph.add_edge(act["agent"], act["target"], key=act["action"], **attrs)
    return graph


def agency_activity(dataset: Dataset) -> pd.DataFrame:
    """The most active agencies: number of actions, in all and by the class of their object.

    Indexed by agency label; columns ``actions`` then one per object class (``(none)`` last),
    most active first.
    """
    frame = actions(dataset)
    table = pd.crosstab(frame["agency"], frame["object_class"])
    order = [c for c in (*ENTITY_CLASSES, NO_OBJECT) if c in table.columns]
    table = table[order]
    table.insert(0, "actions", table.sum(axis=1))
    table.columns.name = None
    return table.sort_values("actions", ascending=False, kind="stable")


def agency_programs(dataset: Dataset, graph: nx.MultiDiGraph | None = None) -> pd.DataFrame:
    """Agencies by the number of distinct programmes they act on, with those programmes' labels.

    The labels are joined with "；" because some contain "、" (综合查一次、一次查多项).
    """
    graph = graph if graph is not None else to_networkx(dataset)
    records = []
    for node, data in graph.nodes(data=True):
        if data["class"] != "Agency":
            continue
        programs = sorted({graph.nodes[t]["label"] for t in graph.successors(node) if graph.nodes[t]["class"] == "Program"})
        if programs:
            records.append({"agency": data["label"], "programs": len(programs), "examples": "；".join(programs)})
    frame = pd.DataFrame(records, columns=["agency", "programs", "examples"])
    return frame.sort_values(["programs", "agency"], ascending=[False, True], ignore_index=True)


def centrality(dataset: Dataset, classes: tuple[str, ...] = CENTRALITY_CLASSES) -> pd.DataFrame:
    """Degree and betweenness centrality in the undirected graph of agencies, programmes and regulations.

    Betweenness finds the nodes that connect otherwise separate parts of the work (a coordinating
    office, a framework regulation many agencies implement); degree counts distinct neighbours.
    """
    graph = nx.Graph(to_networkx(dataset, classes).to_undirected())
    betweenness = nx.betweenness_centrality(graph)
    degree = nx.degree_centrality(graph)
    records = [{"label": data["label"], "class": data["class"], "neighbours": graph.degree(node),
                "degree_centrality": degree[node], "betweenness": betweenness[node]}
               for node, data in graph.nodes(data=True)]
    frame = pd.DataFrame(records, columns=["label", "class", "neighbours", "degree_centrality", "betweenness"])
    return frame.sort_values(["betweenness", "neighbours", "label"], ascending=[False, False, True], ignore_index=True)


def cooperation_pairs(dataset: Dataset, graph: nx.MultiDiGraph | None = None) -> pd.DataFrame:
    """Agency pairs that acted together: actions whose verb is 联合 or 会同 with an agency object."""
    graph = graph if graph is not None else to_networkx(dataset)
    pairs: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for source, target, data in graph.edges(data=True):
        if data["verb"].startswith(COOPERATION_VERBS) and graph.nodes[target]["class"] == "Agency":
            pairs[(graph.nodes[source]["label"], graph.nodes[target]["label"])].append(data)
    records = [{"agency": a, "partner": b, "actions": len(items), "verbs": "、".join(sorted({d["verb"] for d in items})),
                "district": items[0]["district"], "evidence": items[0]["evidence"]}
               for (a, b), items in pairs.items()]
    frame = pd.DataFrame(records, columns=["agency", "partner", "actions", "verbs", "district", "evidence"])
    return frame.sort_values(["actions", "agency", "partner"], ascending=[False, True, True], ignore_index=True)


def district_comparison(dataset: Dataset) -> pd.DataFrame:
    """One row per reporting district: reports, years, actions, acting agencies, distinct objects by class.

    ``agencies`` counts the agencies that act; ``agency_objects`` the agencies acted on (联合, 设立).

    A report belongs to the district it reports on (``fz:district``), so a multi-report graph can
    compare places side by side; ``top_agency`` is the district's most active agency.
    """
    frame = actions(dataset)
    reports = pd.DataFrame(list(_reports(dataset).values()), columns=["report", "district", "year"])
    rows = []
    for district, group in reports.groupby("district", sort=True):
        acts = frame[frame["district"] == district]
        row: dict[str, object] = {
            "district": district, "reports": len(group),
            "years": "、".join(str(y) for y in sorted(group["year"].dropna().unique())),
            "actions": len(acts), "agencies": acts["agency"].nunique()}
        for name, column in _OBJECT_COLUMNS.items():
            row[column] = acts.loc[acts["object_class"] == name, "target"].nunique()
        row["cooperation"] = int((acts["verb"].str.startswith(COOPERATION_VERBS) & (acts["object_class"] == "Agency")).sum())
        row["top_agency"] = acts["agency"].value_counts().index[0] if len(acts) else ""
        rows.append(row)
    columns = ["district", "reports", "years", "actions", "agencies", *_OBJECT_COLUMNS.values(), "cooperation",
               "top_agency"]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.sort_values(["actions", "district"], ascending=[False, True], ignore_index=True)


def shared_entities(dataset: Dataset, classes: tuple[str, ...] = ("Award", "Regulation", "Program"),
                    min_districts: int = 2) -> pd.DataFrame:
    """Things named by the reports of at least ``min_districts`` districts, matched by label.

    Matching by label, not by IRI, is deliberate: a programme such as 三项制度 gets a separate IRI
    in each jurisdiction, yet the same name across districts is the answer to "who else does this".
    """
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    reports = _reports(dataset)
    for graph in dataset.graphs():
        for report in graph.subjects(RDF.type, FZ.Report):
            district = reports[report]["district"]
            for name in classes:
                for node in graph.subjects(RDF.type, ENTITY_TYPES[name].cls):
                    seen[(name, _text(graph.value(node, RDFS.label)))].add(district)
    records = [{"class": name, "label": label, "districts": len(places), "where": "、".join(sorted(places))}
               for (name, label), places in seen.items() if len(places) >= min_districts]
    frame = pd.DataFrame(records, columns=["class", "label", "districts", "where"])
    return frame.sort_values(["districts", "class", "label"], ascending=[False, True, True], ignore_index=True)


def summary(dataset: Dataset, top: int = 10) -> list[tuple[str, pd.DataFrame]]:
    """The tables ``kg stats`` prints after the class counts, each cut to its ``top`` rows."""
    graph = to_networkx(dataset)
    activity = agency_activity(dataset).reset_index(names="agency")
    programs = agency_programs(dataset, graph).drop(columns="examples")
    tables = [
        ("Most active agencies (actions by class of object)", activity),
        ("Agencies by distinct programmes", programs),
        ("Centrality in the agency-programme-regulation graph", centrality(dataset)),
        ("Co-operation pairs (联合/会同 with an agency)", cooperation_pairs(dataset, graph).drop(columns="evidence")),
        ("Districts", district_comparison(dataset)),
    ]
    return [(title, frame.head(top)) for title, frame in tables]


def format_frame(frame: pd.DataFrame, max_width: int = 40) -> str:
    """A DataFrame as the aligned text table the CLI prints (floats to three decimals)."""
    cells = [[f"{v:.3f}" if isinstance(v, float) else ("" if pd.isna(v) else str(v)) for v in row]
             for row in frame.itertuples(index=False)]
    return format_table([str(c) for c in frame.columns], cells, max_width)
