"""The interactive HTML view (pyvis): agencies and what they did, with the evidence.

The page must open offline and stay readable:

* pyvis's ``in_line`` mode embeds vis-network but still links Bootstrap from a
  CDN, so those tags are removed (the page uses no Bootstrap component).
* Only entities are drawn (agencies, regulations, programmes, awards, events,
  divisions); the provenance plumbing (sections, sentences, mentions, offsets)
  goes into the tooltips as the evidence sentence and the report.
* Labels and tooltips are plain text. They reach the page through Jinja's
  ``tojson`` (which escapes ``<``, ``>`` and ``&``), vis-network shows string
  tooltips with ``innerText`` and the controls use ``textContent``, so a label
  like ``<script>`` shows as text. Node tooltips travel in a ``tip`` field and
  become ``title`` in the browser: pyvis switches to an ``innerHTML`` popup when
  a node ``title`` contains ``href``.
* The search box and the class and report filters are a small inline script
  (:data:`_SCRIPT`): pyvis's ``filter_menu``/``select_menu`` hide every node
  or show ``????`` for Chinese labels.
* The layout is computed here (networkx for the hubs, rings for the leaves)
  and physics is off, so even a graph of thousands of nodes is drawn at once
  and stays where it was put; nodes can still be dragged.
"""
from __future__ import annotations

import html
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import numpy as np
from pyvis.network import Network
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import PROV

from kg.errors import Errors, KgError
from kg.graph.io import write_atomic
from kg.graph.namespace import FZ
from kg.model import ENTITY_TYPES
from kg.readmodel import action_rows


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


@dataclass
class _Edge:
    verbs: dict[str, list[tuple[str, URIRef | None]]] = field(default_factory=lambda: defaultdict(list))
    reports: set[URIRef] = field(default_factory=set)


def _text(graph: Graph, node: URIRef | None, prop: URIRef) -> str:
    value = graph.value(node, prop) if node is not None else None
    return str(value) if value is not None else ""


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


def _edges(graph: Graph, nodes: dict[URIRef, _Node]) -> dict[tuple[URIRef, URIRef], _Edge]:
    """Agent -> object for every action, and child -> parent between divisions."""
    edges: dict[tuple[URIRef, URIRef], _Edge] = defaultdict(_Edge)
    for act in action_rows(graph):
        if act.planned or act.agent not in nodes or act.target not in nodes:
            continue  # next year's plans are not drawn as work done
        edge = edges[(act.agent, act.target)]
        edge.verbs[act.verb].append((act.evidence, act.report))
        if act.report is not None:
            edge.reports.add(act.report)
            nodes[act.agent].reports.add(act.report)
            nodes[act.target].reports.add(act.report)
    for node, entity in nodes.items():
        parent = graph.value(node, FZ.partOf) if entity.cls == FZ.AdministrativeDivision else None
        if parent in nodes:
            edges[(node, parent)].verbs["隶属"] = []
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
    radius = max(max(math.hypot(x, y) for x, y in pos.values()) + _GAP / 2, _GAP)
    return radius, pos


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


def network(graph: Graph, focus: str | None = None, depth: int = 1, classes: Iterable[str] = (),
            reports: Iterable[str] = (), years: Iterable[int] = ()) -> Network:
    """A pyvis ``Network`` of entities joined by actions; the caller decides where the HTML goes.

    ``classes`` (``Agency`` or ``机构`` …), ``reports`` (id, label or source
    file) and ``years`` narrow the graph; ``focus`` (a label) with ``depth``
    keeps one entity's neighbourhood. Raises ``KgError`` for a class, report,
    year or label that the graph does not have.
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
    degree: dict[int, int] = defaultdict(int)
    for a, b in links:
        degree[a] += 1
        degree[b] += 1

    big = len(shown) > BIG
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line", bgcolor="#ffffff")
    net.options = _options(big)
    for node in shown:
        entity, style, i = nodes[node], STYLE[nodes[node].cls], ids[node]
        tip = [f"{style.name}：{entity.label}"]
        named_in = sorted((r for r in entity.reports if r in report_index), key=report_index.__getitem__)
        for report in named_in[:_MAX_EVIDENCE]:
            tip.append(f"报告：{known[report].caption()}")
            if entity.evidence.get(report):
                tip.append(f"  “{entity.evidence[report]}”")
        if len(named_in) > _MAX_EVIDENCE:
            tip.append(f"…… 另有 {len(named_in) - _MAX_EVIDENCE} 份报告")
        x, y = positions[i]
        net.add_node(i, label=entity.label, shape=style.shape, color=style.colour, value=degree[i] + 1,
                     x=round(x, 1), y=round(y, 1), cls=style.key, tip="\n".join(tip),
                     reports=sorted(report_index[r] for r in entity.reports if r in report_index))
    for a, b in sorted(kept_edges):
        edge = edges[(a, b)]
        lines = [f"{nodes[a].label} → {nodes[b].label}"]
        for verb, evidence in sorted(edge.verbs.items()):
            lines.append(verb)
            lines.extend(_tooltip_lines(evidence, known))
        options = {"label": "、".join(sorted(edge.verbs))} if not big else {}
        net.add_edge(ids[a], ids[b], title="\n".join(lines),
                     reports=sorted(report_index[r] for r in edge.reports if r in report_index), **options)
    return net


def _options(big: bool) -> dict:
    """vis-network options: no physics (the layout is done), cheaper edges for big graphs."""
    return {
        "nodes": {"font": {"face": FONT, "size": 16},
                  "scaling": {"min": 8, "max": 36, "label": {"enabled": False, "drawThreshold": 3}}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "font": {"face": FONT, "size": 12, "align": "horizontal", "background": "#ffffff"},
                  "color": {"color": "#b0b0b0", "highlight": "#333333"},
                  "smooth": False if big else {"type": "continuous"}},
        "layout": {"improvedLayout": False},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big},
        "physics": {"enabled": False},
    }


_STYLE_CSS = """
<style>
  html, body { height: 100%; margin: 0; }
  body { display: flex; flex-direction: column; font: 14px """ + FONT + """; }
  body > .card { flex: 1 1 auto; min-height: 0; position: relative; }
  #fazhi-controls { display: flex; flex-wrap: wrap; gap: 6px 16px; align-items: center; padding: 6px 10px;
                    border-bottom: 1px solid #ddd; background: #fafafa; }
  #fazhi-controls label { white-space: nowrap; cursor: pointer; }
  #fazhi-search { width: 16em; }
  #fazhi-report { max-width: 28em; }
  #fazhi-status { color: #555; }
  .vis-tooltip { white-space: pre-wrap; max-width: 42em; font: 13px """ + FONT + """; }
  #mynetwork { position: absolute; inset: 0; float: none !important; border: 0 !important; }
</style>
"""

_SCRIPT = """
<script>
// fazhi-kg controls: search, class and report filters, and the drawing status for tests and benchmarks.
(function () {
  var status = document.getElementById("fazhi-status");
  var search = document.getElementById("fazhi-search");
  var reportSelect = document.getElementById("fazhi-report");
  var boxes = Array.prototype.slice.call(document.querySelectorAll("#fazhi-controls input[data-class]"));
  var all = nodes.get();
  var allEdges = edges.get();
  var total = all.length;
  nodes.update(all.map(function (n) { return {id: n.id, title: n.tip}; }));
  var labels = document.getElementById("fazhi-labels");
  all.forEach(function (n) { var o = document.createElement("option"); o.value = n.label; labels.appendChild(o); });
  var hidden = {};

  function say(text) { status.textContent = text; }
  function apply() {
    var classes = {};
    boxes.forEach(function (b) { if (b.checked) { classes[b.dataset.class] = true; } });
    var report = reportSelect.value === "" ? null : Number(reportSelect.value);
    var shown = [];
    hidden = {};
    nodes.update(all.map(function (n) {
      var hide = !classes[n.cls] || (report !== null && n.reports.indexOf(report) < 0);
      if (hide) { hidden[n.id] = true; } else { shown.push(n.id); }
      return {id: n.id, hidden: hide};
    }));
    edges.update(allEdges.map(function (e) {
      return {id: e.id, hidden: !!(hidden[e.from] || hidden[e.to] || (report !== null && e.reports.indexOf(report) < 0))};
    }));
    if (shown.length) { network.fit({nodes: shown}); }  // what is left may be a corner of the layout
    status.dataset.visible = shown.length;
    say("显示 " + shown.length + " / " + total + " 个节点");
  }
  function find() {
    var q = search.value.trim().toLowerCase();
    if (!q) { network.unselectAll(); apply(); return; }
    var hits = all.filter(function (n) { return !hidden[n.id] && n.label.toLowerCase().indexOf(q) >= 0; })
                  .map(function (n) { return n.id; });
    network.selectNodes(hits);
    if (hits.length === 1) { network.focus(hits[0], {scale: 1.2}); }
    else if (hits.length > 1) { network.fit({nodes: hits}); }
    status.dataset.matches = hits.length;
    say("找到 " + hits.length + " 个节点");
  }
  boxes.forEach(function (b) { b.addEventListener("change", apply); });
  reportSelect.addEventListener("change", apply);
  search.addEventListener("input", find);

  status.dataset.nodes = total;
  status.dataset.edges = allEdges.length;
  status.dataset.visible = total;
  say("显示 " + total + " / " + total + " 个节点");
  network.once("afterDrawing", function () { status.dataset.drawn = Math.round(performance.now()); });
})();
</script>
"""


def _controls(net: Network, reports: list[Report]) -> str:
    """The legend with a class filter, the report filter and the search box; all text escaped."""
    counts: dict[str, int] = defaultdict(int)
    for node in net.nodes:
        counts[node["cls"]] += 1
    listed = sorted({i for node in net.nodes for i in node["reports"]})
    legend = "".join(
        f'<label><input type="checkbox" data-class="{style.key}" checked> '
        f'<span style="color:{style.colour}">{style.symbol}</span> {html.escape(style.name)} ({counts[style.key]})</label>'
        for style in STYLE.values())
    options = "".join(f'<option value="{i}">{html.escape(reports[i].caption())}</option>' for i in listed)
    return (f'<div id="fazhi-controls">'
            f'<input id="fazhi-search" type="search" list="fazhi-labels" placeholder="搜索节点 search" autocomplete="off">'
            f'<datalist id="fazhi-labels"></datalist>'
            f'<select id="fazhi-report"><option value="">全部报告 all reports</option>{options}</select>'
            f'{legend}<span id="fazhi-status" aria-live="polite"></span></div>')


class Page(str):
    """The HTML of a view; a notebook shows it inline (in an iframe, so its scripts stay apart)."""

    def _repr_html_(self) -> str:
        return (f'<iframe srcdoc="{html.escape(self, quote=True)}" style="width:100%;height:640px;border:1px solid #ddd" '
                f'sandbox="allow-scripts"></iframe>')


def render(graph: Graph, focus: str | None = None, depth: int = 1, classes: Iterable[str] = (),
           reports: Iterable[str] = (), years: Iterable[int] = ()) -> Page:
    """A self-contained HTML page (no resource is fetched from the network) of :func:`network`.

    >>> page = render(dataset)            # doctest: +SKIP
    >>> page                              # in Jupyter: the graph, inline
    """
    net = network(graph, focus, depth, classes, reports, years)
    page = _EMPTY_HEADING.sub("", _REMOTE.sub("", net.generate_html(notebook=False)))
    page = page.replace("</head>", _STYLE_CSS + "</head>", 1)
    page = page.replace("<body>", "<body>\n" + _controls(net, list(_reports(graph).values())), 1)
    page = page.replace("</body>", _SCRIPT + "</body>", 1)
    if "<meta charset" not in page:
        page = page.replace("<head>", '<head>\n<meta charset="utf-8">', 1)
    return Page(page)


def write(graph: Graph, path: str | Path, focus: str | None = None, depth: int = 1, classes: Iterable[str] = (),
          reports: Iterable[str] = (), years: Iterable[int] = ()) -> Path:
    """Write :func:`render`'s page as UTF-8, atomically (pyvis's own writer uses the locale's encoding)."""
    path = Path(path)
    write_atomic(path, render(graph, focus, depth, classes, reports, years).encode("utf-8"))
    return path
