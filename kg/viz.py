"""The interactive HTML view (pyvis): agencies and what they did, with the evidence.

The page must open offline and stay readable:

* pyvis's ``in_line`` mode embeds vis-network but still links Bootstrap from a
  CDN, so those tags are removed (the page uses no Bootstrap component).
* Only entities are drawn (agencies, regulations, programmes, awards, events,
  divisions); the provenance plumbing (sections, sentences, mentions, offsets)
  goes into the tooltips as the evidence sentence and the report.
* Labels and sentences are plain text. They reach the page as JSON with ``<``,
  ``>`` and ``&`` written as escapes (``_script_json``), the page script makes
  the tooltips as strings, which vis-network shows with ``innerText``, and fills
  its controls and the details panel with ``textContent``, so a label like
  ``<script>`` shows as text. pyvis's own script never sees a node (it would
  switch to an ``innerHTML`` popup for a title containing ``href``).
* The file holds each fact once: a node's class, reports and places, an edge's
  actions, each sentence once. Colours, shapes, sizes, edge labels, tooltips and
  the search's text follow from them, and the page script makes them when a view
  draws them: written out for every node and edge they were two thirds of a
  collection's page.
* The page's behaviour (search, filters, details panel, neighbourhood, path,
  permalink, export, keyboard, phone layout) is ``kg/viewer/viewer.js`` with
  ``viewer.css`` and ``controls.html``, package files inlined into each page.
* The layout is computed in Python (``kg.viewlayout``), for each report on its
  own and for the whole graph, and physics is off, so even a graph of thousands
  of nodes is drawn at once and stays where it was put; nodes can still be dragged.
* What the page draws is read from an Oxigraph store with a few SPARQL queries
  (an rdflib graph is copied into one first): a collection is never turned
  into rdflib objects, which cost more time and memory than the page itself.
* pyvis's own script starts vis-network empty: the nodes and edges travel as
  JSON (``fazhi-graph``) and the page script adds only those of the first
  view. A big collection opens on one bubble per report, and building
  thousands of vis-network nodes only to replace them cost most of its first
  second.
"""
from __future__ import annotations

import copy
import html
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from pyvis.network import Network
from rdflib import Graph, URIRef

from kg import collector, viewlayout
from kg.errors import Errors, KgError
from kg.graph.io import write_atomic
from kg.graph.namespace import FZ
from kg.model import ENTITY_TYPES
from kg.readmodel import DONE_ACTIONS, DoneAction, store_done_actions
from kg.store import GraphStore, OxigraphStore, oxigraph_copy


@dataclass(frozen=True)
class Style:
    """How one class is drawn and named in the legend and in ``--class``."""

    key: str
    colour: str
    shape: str
    symbol: str  # the shape as a character, for the legend
    name: str


STYLE = {t.cls: Style(t.cls.removeprefix(str(FZ._NS)), t.colour, t.shape, t.symbol, t.name) for t in ENTITY_TYPES.values()}
BIG = 300
"""Above this many nodes edges are straight, unlabelled (the tooltip has the verbs) and hidden while panning."""
FONT = '"Noto Sans CJK SC", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", sans-serif'

_EMPTY_HEADING = re.compile(r"<center>\s*<h1>\s*</h1>\s*</center>\s*")
_REMOTE = re.compile(r"<(?:link|script)\b[^>]*(?:href|src)=\"https?://[^\"]*\"[^>]*>(?:\s*</script>)?\s*", re.I)
_MAX_EVIDENCE = 3
"""Reports, actions and sentences a tooltip lists before it says how many more (the page script reads it)."""


@dataclass(frozen=True)
class Report:
    iri: str
    label: str
    year: int | None
    source: str

    def names(self) -> set[str]:
        """What ``--report`` may say: the id, the label, the source file or its stem."""
        source = Path(self.source)
        return {str(self.iri), self.iri.rsplit("/", 1)[-1], self.label, self.source, source.name, source.stem}

    def caption(self) -> str:
        return f"{self.label}（{self.year}）" if self.year else self.label


@dataclass
class _Node:
    cls: URIRef
    label: str
    kind: str  # an agency's: government, department …
    jurisdiction: str | None  # an agency's division
    parent: str | None  # a division's: the division it is part of
    reports: set[str] = field(default_factory=set)


@dataclass
class _Edge:
    # verb -> (evidence, report, the action's place in graph order) of each action the edge stands for
    verbs: dict[str, list[tuple[str, str | None, int]]] = field(default_factory=lambda: defaultdict(list))
    reports: set[str] = field(default_factory=set)


def _source(graph: Graph | GraphStore) -> OxigraphStore:
    """What the page reads: an Oxigraph store as it is; any other graph copied into one, in memory."""
    if isinstance(graph, OxigraphStore):
        return graph
    return oxigraph_copy(graph.dataset() if isinstance(graph, GraphStore) else graph)


def actions(graph: Graph | GraphStore) -> list[DoneAction]:
    """Every action the graph says was done, with an object to draw, in a stable order.

    The rows come from the read model every reader shares (``kg.readmodel``); next
    year's plans are left out: a plan must never be drawn as a done action.
    """
    return store_done_actions(_source(graph))


_CLASSES = " ".join(f"<{cls}>" for cls in STYLE)
_REPORTS = """
SELECT ?r (MIN(STR(?l)) AS ?label) (MIN(STR(?y)) AS ?year) (MIN(STR(?s)) AS ?source) (MIN(STR(?d)) AS ?district)
WHERE { ?r a fz:Report OPTIONAL { ?r rdfs:label ?l } OPTIONAL { ?r fz:year ?y } OPTIONAL { ?r fz:sourceFile ?s }
        OPTIONAL { ?r fz:district ?d } } GROUP BY ?r"""
# Each property a scan of its own, told apart by a number, rather than a join per entity: on a store on disk
# every join is a look-up, and the joins took three times as long as the scans.
_ENTITIES = f"""
SELECT ?node ?key ?value
WHERE {{ {{ VALUES ?cls {{ {_CLASSES} }} ?node a ?cls BIND(STR(?cls) AS ?value) BIND(0 AS ?key) }}
        UNION {{ ?node rdfs:label ?value BIND(1 AS ?key) }} UNION {{ ?node fz:kind ?value BIND(2 AS ?key) }}
        UNION {{ ?node fz:jurisdiction ?value BIND(3 AS ?key) }} UNION {{ ?node fz:partOf ?value BIND(4 AS ?key) }} }}"""
_NAMED_IN = """
SELECT ?entity ?report WHERE { ?m a fz:Mention ; fz:mentionOf ?entity ; prov:wasDerivedFrom ?report }
GROUP BY ?entity ?report"""
_FIRST_NAMED = """
SELECT ?entity ?report ?start ?text
WHERE { ?m fz:mentionOf ?entity ; prov:wasDerivedFrom ?report VALUES ?entity { %s }
        OPTIONAL { ?m fz:start ?start } OPTIONAL { ?m fz:evidence ?sentence . ?sentence fz:text ?text } }"""
# Oxigraph plans this query well only so: with the VALUES first, or with ``?m a fz:Mention`` (only a mention has
# fz:mentionOf), it took thirty times as long.


def _reports(store: OxigraphStore) -> tuple[dict[str, Report], dict[str, str]]:
    """The reports in IRI order, and each one's district."""
    out, districts = {}, {}
    for iri, label, year, source, district in sorted(store.table(_REPORTS), key=lambda row: row[0]):
        out[iri] = Report(iri, label or iri.rsplit("/", 1)[-1],
                          int(year[:4]) if year[:4].isdigit() else None, source)
        if district:
            districts[iri] = district
    return out, districts


def _entities(store: OxigraphStore, districts: dict[str, str]) -> dict[str, _Node]:
    """Every drawable entity (of two classes, the first in ``STYLE``; of two values of a property, the first in
    code-point order) and the reports that name it."""
    classes = {str(cls): cls for cls in STYLE}
    rank = {cls: n for n, cls in enumerate(STYLE)}
    kinds: dict[str, URIRef] = {}
    values: dict[str, list[str]] = defaultdict(lambda: ["", "", "", ""])  # label, kind, jurisdiction, parent
    for node, key, value in store.table(_ENTITIES):
        if key == "0":
            if node not in kinds or rank[classes[value]] < rank[kinds[node]]:
                kinds[node] = classes[value]
        else:
            known = values[node]
            at = int(key) - 1
            if value and (not known[at] or value < known[at]):
                known[at] = value
    nodes = {}
    for node in sorted(kinds):
        label, kind, jurisdiction, parent = values.get(node) or ("", "", "", "")
        nodes[node] = _Node(kinds[node], label or node.rsplit("/", 1)[-1], kind, jurisdiction or None, parent or None)
    for entity, report in store.table(_NAMED_IN):
        if entity in nodes:
            nodes[entity].reports.add(report)
    for report, division in districts.items():
        seen = set()
        while division in nodes and division not in seen:  # the district and every division above it
            seen.add(division)
            nodes[division].reports.add(report)
            division = nodes[division].parent
    return nodes


def _first_named(store: OxigraphStore, entities: list[str]) -> dict[tuple[str, str], str]:
    """(entity, report) -> the sentence of the entity's first mention in the report, for these entities only:
    the page shows it for the few nodes without an action, and the sentences were most of what it read."""
    first: dict[tuple[str, str], tuple[int, str]] = {}
    for start in range(0, len(entities), 2000):
        chosen = " ".join(f"<{iri}>" for iri in entities[start:start + 2000])
        for entity, report, at, text in store.table(_FIRST_NAMED % chosen):
            place = (int(at) if at.isdigit() else 0, text)
            if first.get((entity, report), place) >= place:
                first[entity, report] = place
    return {pair: text for pair, (_, text) in first.items()}


BELONGS = "隶属"
"""The verb of the drawn links that no report states: a division in its parent, a department under its government."""


def _edges(done: list[DoneAction], nodes: dict[str, _Node]) -> dict[tuple[str, str], _Edge]:
    """Agent -> object for every action; child -> parent between divisions; department -> its government.

    The department links let ``--focus 城阳区司法局 --depth 2`` reach what the
    district government did: most reports write their actions without a
    subject, so they belong to the government, not to the department.
    """
    edges: dict[tuple[str, str], _Edge] = defaultdict(_Edge)
    for order, row in enumerate(done):
        if row.agent not in nodes or row.target not in nodes:
            continue
        report = row.report or None
        edge = edges[(row.agent, row.target)]
        edge.verbs[row.verb].append((row.evidence, report, order))
        if report is not None:
            edge.reports.add(report)
            nodes[row.agent].reports.add(report)
            nodes[row.target].reports.add(report)
    governments: dict[str | None, str] = {}
    for node, entity in nodes.items():  # of two in one jurisdiction the first IRI: 人民政府 before 人民政府党组
        if entity.cls == FZ.Agency and entity.kind == "government":
            governments.setdefault(entity.jurisdiction, node)
    for node, entity in nodes.items():
        if entity.cls == FZ.AdministrativeDivision:
            parent = entity.parent
        elif entity.cls == FZ.Agency and entity.kind == "department":
            parent = governments.get(entity.jurisdiction)
        else:
            continue
        if parent in nodes and parent != node:
            edges[(node, parent)].verbs[BELONGS] = []
            edges[(node, parent)].reports = entity.reports & nodes[parent].reports
    return edges


def _class_of(name: str) -> URIRef:
    for cls, style in STYLE.items():
        if name.casefold() in (style.key.casefold(), style.name):
            return cls
    choices = ", ".join(f"{s.key} ({s.name})" for s in STYLE.values())
    raise KgError(Errors.E050, value=name, choices=choices)


def _select_reports(reports: dict[str, Report], names: Iterable[str], years: Iterable[int]) -> set[str] | None:
    """The reports that ``--report`` and ``--year`` keep, or ``None`` when neither is given."""
    names, years = list(names), set(years)
    if not names and not years:
        return None
    keep = set(reports)
    if names:
        chosen = set()
        for name in names:
            match = {iri for iri, r in reports.items() if name in r.names()}
            if not match:
                known = "; ".join(f"{r.iri.rsplit('/', 1)[-1]} ({r.label})" for r in reports.values()) or "none"
                raise KgError(Errors.E051, value=name, known=known)
            chosen |= match
        keep &= chosen
    if years:
        keep = {iri for iri in keep if reports[iri].year in years}
        if not keep:
            known = sorted({r.year for r in reports.values() if r.year})
            raise KgError(Errors.E052, value=", ".join(map(str, sorted(years))), known=known or "none")
    return keep


def _neighbourhood(nodes: dict[str, _Node], edges: Iterable[tuple[str, str]], focus: str,
                   depth: int) -> set[str]:
    centre = {n for n, e in nodes.items() if e.label == focus}
    if not centre:
        near = sorted({e.label for e in nodes.values() if focus in e.label or e.label in focus})[:5]
        hint = f"; did you mean {', '.join(near)}?" if near else ""
        raise KgError(Errors.E053, value=focus, hint=hint)
    adjacent: dict[str, set[str]] = defaultdict(set)
    for a, b in edges:
        adjacent[a].add(b)
        adjacent[b].add(a)
    keep, frontier = set(centre), set(centre)
    for _ in range(depth):
        frontier = {m for n in frontier for m in adjacent[n]} - keep
        keep |= frontier
    return keep


def network(graph: Graph | GraphStore, focus: str | None = None, depth: int = 1, classes: Iterable[str] = (),
            reports: Iterable[str] = (), years: Iterable[int] = (), layouts: Path | None = None) -> Network:
    """A pyvis ``Network`` of entities joined by actions; the caller decides where the HTML goes.

    ``graph`` is an rdflib graph or a store: it is read with SPARQL, an rdflib graph once
    copied into Oxigraph. ``classes`` (``Agency`` or ``机构`` …), ``reports`` (id, label or source
    file) and ``years`` narrow the graph; ``focus`` (a label) with ``depth``
    keeps one entity's neighbourhood. Raises ``KgError`` for a class, report,
    year or label that the graph does not have. ``layouts`` is a folder that keeps each
    report's layout for the next time (``kg.viewlayout``).

    Each node is ``id``, ``label``, ``cls``, ``x`` and ``y``, ``reports`` (indices into the page's
    report list), when there are several reports ``rp`` (its position in each report's own layout)
    and, for a node none of whose drawn actions names its reports, ``ev``: the sentences (indices
    into ``sentences``) that first name it in up to three of them. Each edge is ``from``, ``to``,
    ``reports``, ``acts`` (``[verb, sentence index, report index, place in graph order]`` for
    every action it stands for) and ``belongs`` if it is also a division's or department's link
    to where it belongs (``BELONGS``). Colours, shapes, sizes, labels of edges and tooltips follow from
    these, and the page script makes them when it draws (``kg/viewer/viewer.js``): written out
    for every node and edge they were two thirds of a collection's page.
    """
    return _drawing(_source(graph), focus, depth, classes, reports, years, layouts)[0]


# The page's tables are tens of thousands of small containers, none of them in a cycle, and each of the collector's
# full passes walks every object of the process (in a build, spaCy's pipeline too): a fifth of the page's time for
# 300 reports, without the pause.
@collector.paused()
def _drawing(store: OxigraphStore, focus: str | None, depth: int, classes: Iterable[str], reports: Iterable[str],
             years: Iterable[int], layouts: Path | None) -> tuple[Network, list[Report], list[str]]:
    """:func:`network`, every report of the graph in the order the page numbers them, and the sentences its
    nodes and edges point to."""
    if store.path is None:  # on disk (a large collection, spilled) one at a time: their results held together would raise its peak
        store.prefetch([_REPORTS, _ENTITIES, _NAMED_IN, DONE_ACTIONS])  # the reads that need no other's result
    known, districts = _reports(store)
    nodes = _entities(store, districts)
    edges = _edges(actions(store), nodes)
    wanted = {_class_of(name) for name in classes}
    chosen = _select_reports(known, reports, years)
    keep = {n for n, e in nodes.items()
            if (not wanted or e.cls in wanted) and (chosen is None or e.reports & chosen)}
    kept_edges = sorted(pair for pair, e in edges.items()
                        if pair[0] in keep and pair[1] in keep and (chosen is None or e.reports & chosen))
    if focus:
        keep &= _neighbourhood({n: nodes[n] for n in keep}, kept_edges, focus, depth)
        kept_edges = [pair for pair in kept_edges if pair[0] in keep and pair[1] in keep]
    linked = {n for pair in kept_edges for n in pair}
    # Isolated programmes or awards are clutter; an agency, or a class asked for, is shown on its own.
    shown = sorted(n for n in keep if n in linked or nodes[n].cls == FZ.Agency or bool(wanted))
    ids = {node: i for i, node in enumerate(shown)}
    # Reports are numbered in the page in the order of _reports(); only the chosen ones are listed.
    report_index = {iri: i for i, iri in enumerate(known) if chosen is None or iri in chosen}
    positions, per_report = _positions(shown, kept_edges, nodes, edges, report_index, layouts)

    big = len(shown) > BIG
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line", bgcolor="#ffffff")
    net.options = _options(big)
    # The node and edge dicts pyvis would make, made here: its add_node and add_edge look each id up in a
    # list, which for a collection's tens of thousands of nodes costs more than the rest of the page.
    sentences: dict[str, int] = {}  # each sentence once: one sentence often states several actions
    acted: set[str] = set()  # nodes with a drawn action, which their tooltip shows
    for a, b in kept_edges:
        acts = []
        for verb, evidence in sorted(edges[(a, b)].verbs.items()):
            for sentence, report, order in evidence:
                if chosen is None or report in chosen:
                    acts.append([verb, sentences.setdefault(sentence, len(sentences)), report_index.get(report, -1), order])
                    acted.update((a, b))
        belongs = {"belongs": True} if BELONGS in edges[(a, b)].verbs else {}  # a link that no report states
        net.edges.append({"from": ids[a], "to": ids[b], "acts": acts,
                          "reports": sorted(report_index[r] for r in edges[(a, b)].reports if r in report_index),
                          **belongs})
    quiet = _first_named(store, [node for node in shown if node not in acted])
    for node in shown:
        entity = nodes[node]
        named_in = sorted((r for r in entity.reports if r in report_index), key=report_index.__getitem__)
        x, y = positions[node]
        extra: dict[str, object] = {"rp": per_report[node]} if per_report.get(node) else {}
        if node not in acted:
            said = [quiet[node, r] for r in named_in[:_MAX_EVIDENCE] if quiet.get((node, r))]
            if said:
                extra["ev"] = [sentences.setdefault(sentence, len(sentences)) for sentence in said]
        net.nodes.append({"id": ids[node], "label": entity.label, "x": round(x, 1), "y": round(y, 1),
                          "cls": STYLE[entity.cls].key, "reports": [report_index[r] for r in named_in], **extra})
    return net, list(known.values()), list(sentences)


def _positions(shown: list[str], kept_edges: list[tuple[str, str]], nodes: dict[str, _Node],
               edges: dict[tuple[str, str], _Edge], report_index: dict[str, int],
               layouts: Path | None) -> tuple[dict[str, viewlayout.Position], dict[str, dict[str, list[float]]]]:
    """Where each node is in the whole graph, and in each of its reports' own layouts (report index -> [x, y]),
    so that choosing one report in the page shows its nodes close together.

    One report: the whole graph is its layout. A few: the whole graph is laid out as one. More than
    the page shows as a whole at first (``OVERVIEW``): the whole is made of the reports' own layouts,
    so that its cost grows with the number of reports, not with its square (``kg.viewlayout``).
    """
    if len(report_index) < 2:
        return viewlayout.layout(shown, kept_edges), {}
    members: dict[str, list[str]] = defaultdict(list)
    for node in shown:
        for report in nodes[node].reports:
            if report in report_index:
                members[report].append(node)
    links: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for pair in kept_edges:
        for report in edges[pair].reports:
            if report in report_index:
                links[report].append(pair)
    laid = [report for report in report_index if members[report]]
    own = dict(zip(laid, viewlayout.report_layouts([(members[r], links[r]) for r in laid], layouts)))
    per_report: dict[str, dict[str, list[float]]] = defaultdict(dict)
    for report, pos in own.items():
        for node, (x, y) in pos.items():
            per_report[node][str(report_index[report])] = [x, y]
    if len(report_index) <= OVERVIEW:
        return viewlayout.layout(shown, kept_edges), per_report
    alone = [node for node in shown if node not in per_report]  # named in none of the reports drawn
    inside = set(alone)
    rest = viewlayout.layout(alone, [(a, b) for a, b in kept_edges if a in inside and b in inside])
    return viewlayout.collection([*own.values(), rest]), per_report


def _options(big: bool) -> dict:
    """vis-network options: no physics (the layout is done), cheaper edges for big graphs.

    Label sizes grow with a node's links, and labels under ``drawThreshold``
    screen pixels are not drawn, so far out only the hubs are named. A white
    halo keeps labels readable where edges cross them.
    """
    return {
        "nodes": {"font": {"face": FONT, "size": 14, "strokeWidth": 4, "strokeColor": "#ffffff"},
                  "scaling": {"min": 8, "max": 36,
                              "label": {"enabled": True, "min": 14, "max": 30, "maxVisible": 40,
                                        "drawThreshold": LABEL_THRESHOLD}}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "font": {"face": FONT, "size": 12, "align": "horizontal", "background": "#ffffff"},
                  "color": {"color": "#b0b0b0", "highlight": "#333333"},
                  "smooth": False if big else {"type": "continuous"}},
        "layout": {"improvedLayout": False},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big,
                        "multiselect": True},
        "physics": {"enabled": False},
    }


LABEL_THRESHOLD = 9
"""Screen pixels under which vis-network leaves a label out; the page zooms so that hub labels clear it."""

OVERVIEW = 12
"""With more reports than this and a big graph, the page opens on one bubble per report."""


def _asset(name: str) -> str:
    return resources.files("kg").joinpath("viewer", name).read_text(encoding="utf-8")


def _page_data(net: Network, reports: list[Report], focus: str | None, depth: int, classes: Iterable[str],
               chosen: Iterable[str], years: Iterable[int]) -> str:
    """What the page script needs besides nodes and edges, as JSON safe inside ``<script>``.

    The command-line filters become the page's first state, so they show in
    its status line and title and the page's own controls start from them.
    """
    listed = sorted({i for node in net.nodes for i in node["reports"]})
    big = len(net.nodes) > BIG
    wanted = [STYLE[_class_of(c)].key for c in classes]
    data = {
        "reports": [{"i": i, "key": reports[i].iri.rsplit("/", 1)[-1], "caption": reports[i].caption(),
                     "year": reports[i].year} for i in listed],
        "classes": [{"key": s.key, "name": s.name, "colour": s.colour, "shape": s.shape, "symbol": s.symbol}
                    for s in STYLE.values()],
        "big": big,
        "evidence": _MAX_EVIDENCE,
        "hidden": ["AdministrativeDivision"] if big and not wanted else [],
        "overview": big and len(listed) > OVERVIEW,
        "command": {"focus": focus, "depth": depth if focus else None, "classes": wanted,
                    "reports": list(chosen), "years": sorted(years)},
    }
    return _script_json(data)


def _script_json(value: object) -> str:
    """JSON that cannot end its ``<script>`` element or open markup: ``<``, ``>`` and ``&`` as escapes."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _json_list(items: list, chunk: int = 2000) -> Iterator[str]:
    """:func:`_script_json` of a list, a chunk of it at a time: a large collection's page is never held whole,
    and one call for each item cost a fifth of writing it."""
    yield "["
    for start in range(0, len(items), chunk):
        yield ("," if start else "") + _script_json(items[start:start + chunk])[1:-1]
    yield "]"


def _controls(net: Network) -> str:
    """The controls' skeleton; the page script fills lists and labels as text (``textContent``)."""
    counts: dict[str, int] = defaultdict(int)
    for node in net.nodes:
        counts[node["cls"]] += 1
    legend = "".join(
        f'<label><input type="checkbox" data-class="{style.key}" checked> '
        f'<span style="color:{style.colour}">{style.symbol}</span> {html.escape(style.name)} ({counts[style.key]})</label>'
        for style in STYLE.values())
    return _asset("controls.html").replace("{legend}", legend)


class Page(str):
    """The HTML of a view; a notebook shows it inline (in an iframe, so its scripts stay apart)."""

    def _repr_html_(self) -> str:
        return (f'<iframe srcdoc="{html.escape(self, quote=True)}" style="width:100%;height:640px;border:1px solid #ddd" '
                f'sandbox="allow-scripts allow-downloads"></iframe>')


def render(graph: Graph | GraphStore, focus: str | None = None, depth: int = 1, classes: Iterable[str] = (),
           reports: Iterable[str] = (), years: Iterable[int] = (), layouts: Path | None = None) -> Page:
    """A self-contained HTML page (no resource is fetched from the network) of :func:`network`.

    >>> page = render(dataset)            # doctest: +SKIP
    >>> page                              # in Jupyter: the graph, inline
    """
    return Page("".join(_page(graph, focus, depth, list(classes), list(reports), list(years), layouts)))


def write(graph: Graph | GraphStore, path: str | Path, focus: str | None = None, depth: int = 1,
          classes: Iterable[str] = (), reports: Iterable[str] = (), years: Iterable[int] = (),
          layouts: Path | None = None) -> Path:
    """Write :func:`render`'s page as UTF-8, atomically (pyvis's own writer uses the locale's encoding).

    The page streams to the file: a large collection's page is never held in memory whole.
    """
    path = Path(path)
    parts = _page(graph, focus, depth, list(classes), list(reports), list(years), layouts)
    write_atomic(path, lambda out: out.writelines(part.encode("utf-8") for part in parts))
    return path


def _page(graph: Graph | GraphStore, focus: str | None, depth: int, classes: list[str], reports: list[str],
          years: list[int], layouts: Path | None) -> Iterator[str]:
    """The page in parts: the nodes and edges one at a time, the rest around them."""
    net, known, sentences = _drawing(_source(graph), focus, depth, classes, reports, years, layouts)
    empty = copy.copy(net)  # vis-network starts empty; the page script adds the first view's nodes
    empty.nodes, empty.edges = [], []
    page = _EMPTY_HEADING.sub("", _REMOTE.sub("", empty.generate_html(notebook=False)))
    page = page.replace("<html>", '<html lang="zh-CN">', 1)
    head = ('<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>fazhi-kg 图谱</title>\n<style>\n' + _asset("viewer.css") + "</style>\n")
    page = page.replace("</head>", head + "</head>", 1)
    page = page.replace("<body>", "<body>\n" + _controls(net), 1)
    if "<meta charset" not in page:
        page = page.replace("<head>", '<head>\n<meta charset="utf-8">', 1)
    before, body_end, after = page.partition("</body>")
    yield before
    yield f'<script type="application/json" id="fazhi-data">{_page_data(net, known, focus, depth, classes, reports, years)}</script>\n'
    yield '<script type="application/json" id="fazhi-graph">{"nodes":'
    yield from _json_list(net.nodes)
    yield ',"edges":'
    yield from _json_list(net.edges)
    yield ',"sentences":' + _script_json(sentences) + '}</script>\n'
    yield f"<script>\n{_asset('viewer.js')}</script>\n"
    yield body_end + after
