"""The interactive HTML view (pyvis): agencies and what they did, with the evidence.

The page must open offline and stay readable:

* pyvis's ``in_line`` mode embeds vis-network but still links Bootstrap from a
  CDN, so those tags are removed (the page uses no Bootstrap component).
* Only entities are drawn (agencies, regulations, programmes, awards, events,
  divisions); the provenance plumbing (sections, sentences, mentions, offsets)
  goes into the tooltips as the evidence sentence and the report.
* Labels and tooltips are plain text. They reach the page as JSON with ``<``,
  ``>`` and ``&`` written as escapes (``_script_json``), vis-network shows string
  tooltips with ``innerText`` and the page script fills its controls and the
  details panel with ``textContent``, so a label like ``<script>`` shows as
  text. Node tooltips travel in a ``tip`` field and become ``title`` in the
  browser: pyvis switches to an ``innerHTML`` popup when a node ``title``
  contains ``href``.
* The page's behaviour (search, filters, details panel, neighbourhood, path,
  permalink, export, keyboard, phone layout) is ``kg/viewer/viewer.js`` with
  ``viewer.css`` and ``controls.html``, package files inlined into each page.
* The layout is computed here (networkx for the hubs, rings for the leaves, an
  overlap pass for the labels), for the merged graph and for each report on
  its own, and physics is off, so even a graph of thousands of nodes is drawn
  at once and stays where it was put; nodes can still be dragged.
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
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import networkx as nx
import numpy as np
from pyvis.network import Network
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import PROV
from scipy.spatial import cKDTree

from kg.errors import Errors, KgError
from kg.graph.io import write_atomic
from kg.graph.namespace import FZ
from kg.model import ENTITY_TYPES
from kg.readmodel import ActionRow, action_rows


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


@dataclass(frozen=True)
class Report:
    iri: URIRef
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
    reports: set[URIRef] = field(default_factory=set)
    evidence: dict[URIRef, str] = field(default_factory=dict)  # report -> first sentence naming the node
    actions: list[ActionRow] = field(default_factory=list)  # what it did and what was done to it, in graph order


@dataclass
class _Edge:
    verbs: dict[str, list[tuple[str, URIRef | None]]] = field(default_factory=lambda: defaultdict(list))
    reports: set[URIRef] = field(default_factory=set)


def _text(graph: Graph, node: URIRef | None, prop: URIRef) -> str:
    value = graph.value(node, prop) if node is not None else None
    return str(value) if value is not None else ""


def actions(graph: Graph) -> list[ActionRow]:
    """Every action the graph says was done, with an object to draw, in a stable order.

    The rows come from the read model every reader shares (``kg.readmodel``); next
    year's plans are left out: a plan must never be drawn as a done action.
    """
    return [a for a in action_rows(graph) if not a.planned and a.target is not None]


def _reports(graph: Graph) -> dict[URIRef, Report]:
    out = {}
    for iri in sorted(graph.subjects(RDF.type, FZ.Report)):
        year = _text(graph, iri, FZ.year)
        out[iri] = Report(iri, _text(graph, iri, RDFS.label) or iri.rsplit("/", 1)[-1],
                          int(year[:4]) if year[:4].isdigit() else None, _text(graph, iri, FZ.sourceFile))
    return out


def _entities(graph: Graph) -> dict[URIRef, _Node]:
    """Every drawable entity, the reports that name it and a sentence from each."""
    nodes: dict[URIRef, _Node] = {}
    for cls in STYLE:
        for node in graph.subjects(RDF.type, cls):
            if node not in nodes:
                label = next((str(o) for o in graph.objects(node, RDFS.label)), str(node).rsplit("/", 1)[-1])
                nodes[node] = _Node(cls, label)
    for mention in graph.subjects(RDF.type, FZ.Mention):
        entity = nodes.get(graph.value(mention, FZ.mentionOf))
        report = graph.value(mention, PROV.wasDerivedFrom)
        if entity is None or report is None:
            continue
        entity.reports.add(report)
        if report not in entity.evidence:
            entity.evidence[report] = _text(graph, graph.value(mention, FZ.evidence), FZ.text)
    for report in graph.subjects(RDF.type, FZ.Report):
        division, seen = graph.value(report, FZ.district), set()
        while division in nodes and division not in seen:  # the district and every division above it
            seen.add(division)
            nodes[division].reports.add(report)
            division = graph.value(division, FZ.partOf)
    return nodes


BELONGS = "隶属"
"""The verb of the drawn links that no report states: a division in its parent, a department under its government."""


def _edges(graph: Graph, nodes: dict[URIRef, _Node]) -> dict[tuple[URIRef, URIRef], _Edge]:
    """Agent -> object for every action; child -> parent between divisions; department -> its government.

    The department links let ``--focus 城阳区司法局 --depth 2`` reach what the
    district government did: most reports write their actions without a
    subject, so they belong to the government, not to the department.
    """
    edges: dict[tuple[URIRef, URIRef], _Edge] = defaultdict(_Edge)
    for act in actions(graph):
        if act.agent not in nodes or act.target not in nodes:
            continue
        edge = edges[(act.agent, act.target)]
        edge.verbs[act.verb].append((act.evidence, act.report))
        nodes[act.agent].actions.append(act)
        if act.target != act.agent:
            nodes[act.target].actions.append(act)
        if act.report is not None:
            edge.reports.add(act.report)
            nodes[act.agent].reports.add(act.report)
            nodes[act.target].reports.add(act.report)
    governments = {graph.value(node, FZ.jurisdiction): node for node, entity in nodes.items()
                   if entity.cls == FZ.Agency and _text(graph, node, FZ.kind) == "government"}
    for node, entity in nodes.items():
        if entity.cls == FZ.AdministrativeDivision:
            parent = graph.value(node, FZ.partOf)
        elif entity.cls == FZ.Agency and _text(graph, node, FZ.kind) == "department":
            parent = governments.get(graph.value(node, FZ.jurisdiction))
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


def _select_reports(reports: dict[URIRef, Report], names: Iterable[str], years: Iterable[int]) -> set[URIRef] | None:
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


def _neighbourhood(nodes: dict[URIRef, _Node], edges: Iterable[tuple[URIRef, URIRef]], focus: str,
                   depth: int) -> set[URIRef]:
    centre = {n for n, e in nodes.items() if e.label == focus}
    if not centre:
        near = sorted({e.label for e in nodes.values() if focus in e.label or e.label in focus})[:5]
        hint = f"; did you mean {', '.join(near)}?" if near else ""
        raise KgError(Errors.E053, value=focus, hint=hint)
    adjacent: dict[URIRef, set[URIRef]] = defaultdict(set)
    for a, b in edges:
        adjacent[a].add(b)
        adjacent[b].add(a)
    keep, frontier = set(centre), set(centre)
    for _ in range(depth):
        frontier = {m for n in frontier for m in adjacent[n]} - keep
        keep |= frontier
    return keep


def _layout(ids: list[int], links: list[tuple[int, int]]) -> dict[int, tuple[float, float]]:
    """Positions in screen units: each connected component laid out on its own, packed in rows.

    Packing keeps the many small components of a merged graph from crowding
    the big one.
    """
    g = nx.Graph()
    g.add_nodes_from(ids)
    g.add_edges_from(links)
    placed = []
    for component in sorted(nx.connected_components(g), key=lambda c: (-len(c), min(c))):
        placed.append(_component_layout(g.subgraph(component)))
    out: dict[int, tuple[float, float]] = {}
    area = sum((2 * radius + _GAP) ** 2 for radius, _ in placed)
    width = max([2 * radius for radius, _ in placed[:1]] + [1.2 * area ** 0.5])
    x = y = row_height = 0.0
    for radius, pos in placed:
        if x > 0 and x + 2 * radius > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for n, (px, py) in pos.items():
            out[n] = (x + radius + px, y + radius + py)
        x += 2 * radius + _GAP
        row_height = max(row_height, 2 * radius + _GAP)
    return out


_GAP = 80.0  # screen units between packed components, and the length of a leaf's link
_LEAF_ARC = 60.0  # screen units of ring per leaf around its hub


def _component_layout(g: nx.Graph) -> tuple[float, dict[int, tuple[float, float]]]:
    """A spring layout of the nodes with two or more links, each leaf on a ring around its one neighbour.

    Most nodes of these graphs are leaves (a programme one agency ran), so the
    spring layout, whose cost grows with the square of its size, only sees the
    hubs; a ring of leaves reads as "this agency and what it did". Returns the
    radius around (0, 0) that holds the component, and the positions.
    """
    core = sorted(n for n in g if g.degree(n) > 1) or [min(g)]
    in_core = set(core)
    leaves: dict[int, list[int]] = defaultdict(list)
    for n in sorted(g):
        if n not in in_core:
            leaves[next(iter(g[n]))].append(n)
    ring = {hub: _GAP + len(around) * _LEAF_ARC / (2 * math.pi) for hub, around in leaves.items()}
    if len(core) == 1:
        pos = {core[0]: (0.0, 0.0)}
    else:
        raw = {n: (float(x), float(y)) for n, (x, y) in nx.spring_layout(g.subgraph(core), seed=8).items()}
        scale = _stretch(raw, {n: ring.get(n, _GAP) for n in core})
        pos = {n: (x * scale, y * scale) for n, (x, y) in raw.items()}
    for hub, around in leaves.items():
        hx, hy = pos[hub]
        for k, leaf in enumerate(around):
            angle = math.pi / 2 + 2 * math.pi * k / len(around)  # the first leaf below, clear of the hub's label
            # An ellipse, wider than high: labels are wide and sit under their nodes.
            pos[leaf] = (hx + 1.5 * ring[hub] * math.cos(angle), hy + ring[hub] * math.sin(angle))
    pos = _separate(pos)
    radius = max(max(math.hypot(x, y) for x, y in pos.values()) + _GAP / 2, _GAP)
    return radius, pos


_LABEL_ROOM = (70.0, 34.0)  # screen units a node and its label need, across and down


def _separate(pos: dict[int, tuple[float, float]], rounds: int = 30) -> dict[int, tuple[float, float]]:
    """Push apart nodes whose labels would overlap: the spring layout puts nodes with the same two
    neighbours on one spot, and rings of big hubs can cross.

    Distances are measured in label units (a label is wider than high), so
    nodes side by side need more room than nodes one above the other. Each
    round moves both nodes of every crowded pair half of what is missing.
    """
    ids = list(pos)
    room = np.array(_LABEL_ROOM)
    xy = np.array([pos[n] for n in ids]) / room
    for _ in range(rounds):
        pairs = cKDTree(xy).query_pairs(1.0, output_type="ndarray")
        if not len(pairs):
            break
        delta = xy[pairs[:, 1]] - xy[pairs[:, 0]]
        dist = np.hypot(delta[:, 0], delta[:, 1])
        # Nodes on one spot part along a direction that depends on their ids, so the result is deterministic.
        angle = pairs[:, 0] * 2.399963
        same = dist < 1e-6
        delta[same] = np.column_stack([np.cos(angle[same]), np.sin(angle[same])])
        dist[same] = 1.0
        push = delta / dist[:, None] * ((1.0 - np.minimum(dist, 1.0)) / 2 + 0.01)[:, None]
        np.subtract.at(xy, pairs[:, 0], push)
        np.add.at(xy, pairs[:, 1], push)
    return {n: (float(x), float(y)) for n, (x, y) in zip(ids, xy * room)}


def _stretch(raw: dict[int, tuple[float, float]], reach: dict[int, float]) -> float:
    """How much to scale a spring layout so that each hub's ring of leaves clears its nearest neighbour's.

    Takes the 90th percentile over hubs rather than the worst one, so that one
    crowded spot does not blow the whole component up. Rows are done in
    blocks to keep memory flat for thousands of hubs.
    """
    nodes = list(raw)
    xy = np.array([raw[n] for n in nodes])
    r = np.array([reach[n] for n in nodes])
    tightest = np.empty(len(nodes))
    for start in range(0, len(nodes), 512):
        block = slice(start, start + 512)
        dist = np.hypot(*(xy[block, None, :] - xy[None, :, :]).transpose(2, 0, 1))
        need = (r[block, None] + r[None, :]) / np.maximum(dist, 1e-3)
        need[np.arange(need.shape[0]), np.arange(start, start + need.shape[0])] = 0  # not with itself
        tightest[block] = need.max(axis=1)
    return float(np.percentile(tightest, 90))


def _tooltip_lines(evidence: list[tuple[str, URIRef | None]], reports: dict[URIRef, Report]) -> list[str]:
    lines = []
    for sentence, report in evidence[:_MAX_EVIDENCE]:
        if sentence:
            lines.append(f"  “{sentence}”")
        if report in reports:
            lines.append(f"    —— {reports[report].caption()}")
    if len(evidence) > _MAX_EVIDENCE:
        lines.append(f"  …… 另有 {len(evidence) - _MAX_EVIDENCE} 处")
    return lines


def _node_tip(entity: _Node, nodes: dict[URIRef, _Node], named_in: list[URIRef], known: dict[URIRef, Report]) -> str:
    """The hover text of a node: its class, its reports, then what it did or what was done to it.

    A hub's first mention is often the report's opening sentence, so actions
    come first and a mention's sentence is the fallback for nodes with none.
    """
    tip = [f"{STYLE[entity.cls].name}：{entity.label}"]
    tip += [f"报告：{known[r].caption()}" for r in named_in[:_MAX_EVIDENCE]]
    if len(named_in) > _MAX_EVIDENCE:
        tip.append(f"…… 另有 {len(named_in) - _MAX_EVIDENCE} 份报告")
    acts = [a for a in entity.actions if a.report in named_in or a.report is None]
    for act in acts[:_MAX_EVIDENCE]:
        tip.append(f"{nodes[act.agent].label} {act.verb} {nodes[act.target].label}")
        if act.evidence:
            tip.append(f"  “{act.evidence}”")
    if len(acts) > _MAX_EVIDENCE:
        tip.append(f"…… 另有 {len(acts) - _MAX_EVIDENCE} 项行动（点击查看全部）")
    if not acts:
        tip += [f"  “{entity.evidence[r]}”" for r in named_in[:_MAX_EVIDENCE] if entity.evidence.get(r)]
    return "\n".join(tip)


def network(graph: Graph, focus: str | None = None, depth: int = 1, classes: Iterable[str] = (),
            reports: Iterable[str] = (), years: Iterable[int] = ()) -> Network:
    """A pyvis ``Network`` of entities joined by actions; the caller decides where the HTML goes.

    ``classes`` (``Agency`` or ``机构`` …), ``reports`` (id, label or source
    file) and ``years`` narrow the graph; ``focus`` (a label) with ``depth``
    keeps one entity's neighbourhood. Raises ``KgError`` for a class, report,
    year or label that the graph does not have.

    Besides what vis-network reads, each node carries ``cls``, ``tip`` (its
    tooltip), ``reports`` (indices into the page's report list) and, when
    there are several reports, ``rp``: its position in each report's own
    layout. Each edge carries ``acts``: ``[verb, evidence, report index]`` for
    every action it stands for.
    """
    known = _reports(graph)
    nodes = _entities(graph)
    edges = _edges(graph, nodes)
    wanted = {_class_of(name) for name in classes}
    chosen = _select_reports(known, reports, years)
    keep = {n for n, e in nodes.items()
            if (not wanted or e.cls in wanted) and (chosen is None or e.reports & chosen)}
    kept_edges = [pair for pair, e in edges.items()
                  if pair[0] in keep and pair[1] in keep and (chosen is None or e.reports & chosen)]
    if focus:
        keep &= _neighbourhood({n: nodes[n] for n in keep}, kept_edges, focus, depth)
        kept_edges = [pair for pair in kept_edges if pair[0] in keep and pair[1] in keep]
    linked = {n for pair in kept_edges for n in pair}
    # Isolated programmes or awards are clutter; an agency, or a class asked for, is shown on its own.
    shown = sorted(n for n in keep if n in linked or nodes[n].cls == FZ.Agency or bool(wanted))
    ids = {node: i for i, node in enumerate(shown)}
    # Reports are numbered in the page in the order of _reports(); only the chosen ones are listed.
    report_index = {iri: i for i, iri in enumerate(known) if chosen is None or iri in chosen}
    links = [(ids[a], ids[b]) for a, b in sorted(kept_edges)]
    positions = _layout(list(ids.values()), links)
    per_report = _report_layouts(shown, ids, kept_edges, nodes, edges, report_index)
    degree: dict[int, int] = defaultdict(int)
    for a, b in links:
        degree[a] += 1
        degree[b] += 1

    big = len(shown) > BIG
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line", bgcolor="#ffffff")
    net.options = _options(big)
    for node in shown:
        entity, style, i = nodes[node], STYLE[nodes[node].cls], ids[node]
        named_in = sorted((r for r in entity.reports if r in report_index), key=report_index.__getitem__)
        x, y = positions[i]
        extra = {"rp": per_report[i]} if per_report.get(i) else {}
        net.add_node(i, label=entity.label, shape=style.shape, color=style.colour, value=degree[i] + 1,
                     x=round(x, 1), y=round(y, 1), cls=style.key, tip=_node_tip(entity, nodes, named_in, known),
                     reports=[report_index[r] for r in named_in], **extra)
    for a, b in sorted(kept_edges):
        edge = edges[(a, b)]
        lines = [f"{nodes[a].label} → {nodes[b].label}"]
        acts = []
        for verb, evidence in sorted(edge.verbs.items()):
            lines.append(verb)
            lines.extend(_tooltip_lines(evidence, known))
            acts += [[verb, sentence, report_index.get(report, -1)] for sentence, report in evidence
                     if chosen is None or report in chosen]
        options = {"label": "、".join(sorted(edge.verbs))} if not big else {}
        net.add_edge(ids[a], ids[b], title="\n".join(lines), acts=acts,
                     reports=sorted(report_index[r] for r in edge.reports if r in report_index), **options)
    return net


def _report_layouts(shown: list[URIRef], ids: dict[URIRef, int], kept_edges: list[tuple[URIRef, URIRef]],
                    nodes: dict[URIRef, _Node], edges: dict[tuple[URIRef, URIRef], _Edge],
                    report_index: dict[URIRef, int]) -> dict[int, dict[str, list[float]]]:
    """Node id -> {report index: [x, y]}: each report laid out on its own, so that choosing one report in
    the page shows its nodes close together rather than scattered over the merged layout.

    Empty when there is only one report (the merged layout is that report's).
    """
    out: dict[int, dict[str, list[float]]] = defaultdict(dict)
    if len(report_index) < 2:
        return out
    for report, index in report_index.items():
        members = [ids[n] for n in shown if report in nodes[n].reports]
        if not members:
            continue
        inside = set(members)
        links = [(ids[a], ids[b]) for a, b in kept_edges
                 if report in edges[(a, b)].reports and ids[a] in inside and ids[b] in inside]
        for n, (x, y) in _layout(members, links).items():
            out[n][str(index)] = [round(x, 1), round(y, 1)]
    return out


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
        "classes": [{"key": s.key, "name": s.name, "colour": s.colour, "symbol": s.symbol} for s in STYLE.values()],
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


READS = (RDF.type, RDFS.label, FZ.year, FZ.sourceFile, FZ.mentionOf, PROV.wasDerivedFrom, FZ.evidence, FZ.text,
         FZ.district, FZ.partOf, FZ.jurisdiction, FZ.kind, FZ.agent, FZ.object, FZ.verb, FZ.planned)
"""Every property the page reads (here and in ``kg.readmodel``): a store gives the page only these triples."""


def render(graph: Graph, focus: str | None = None, depth: int = 1, classes: Iterable[str] = (),
           reports: Iterable[str] = (), years: Iterable[int] = ()) -> Page:
    """A self-contained HTML page (no resource is fetched from the network) of :func:`network`.

    >>> page = render(dataset)            # doctest: +SKIP
    >>> page                              # in Jupyter: the graph, inline
    """
    classes, reports, years = list(classes), list(reports), list(years)
    net = network(graph, focus, depth, classes, reports, years)
    empty = copy.copy(net)  # vis-network starts empty; the page script adds the first view's nodes
    empty.nodes, empty.edges = [], []
    page = _EMPTY_HEADING.sub("", _REMOTE.sub("", empty.generate_html(notebook=False)))
    page = page.replace("<html>", '<html lang="zh-CN">', 1)
    head = ('<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>fazhi-kg 图谱</title>\n<style>\n' + _asset("viewer.css") + "</style>\n")
    page = page.replace("</head>", head + "</head>", 1)
    page = page.replace("<body>", "<body>\n" + _controls(net), 1)
    data = _page_data(net, list(_reports(graph).values()), focus, depth, classes, reports, years)
    script = (f'<script type="application/json" id="fazhi-data">{data}</script>\n'
              f'<script type="application/json" id="fazhi-graph">{_script_json({"nodes": net.nodes, "edges": net.edges})}'
              '</script>\n'
              f"<script>\n{_asset('viewer.js')}</script>\n")
    page = page.replace("</body>", script + "</body>", 1)
    if "<meta charset" not in page:
        page = page.replace("<head>", '<head>\n<meta charset="utf-8">', 1)
    return Page(page)


def write(graph: Graph, path: str | Path, focus: str | None = None, depth: int = 1, classes: Iterable[str] = (),
          reports: Iterable[str] = (), years: Iterable[int] = ()) -> Path:
    """Write :func:`render`'s page as UTF-8, atomically (pyvis's own writer uses the locale's encoding)."""
    path = Path(path)
    write_atomic(path, render(graph, focus, depth, classes, reports, years).encode("utf-8"))
    return path
