"""The interactive HTML view (pyvis): agencies and what they did, with the evidence.

The page must open offline: pyvis's ``in_line`` mode embeds vis-network but
still links Bootstrap from a CDN, so those tags are removed (the page uses no
Bootstrap component). Node ids are numbers, labels and tooltips are
HTML-escaped text.
"""
from __future__ import annotations

import html
import re
from collections import defaultdict
from pathlib import Path

from pyvis.network import Network
from rdflib import RDF, RDFS, Dataset, URIRef

from kg.graph.io import write_atomic
from kg.graph.namespace import FZ

STYLE = {  # class -> (colour, shape, Chinese name)
    FZ.Agency: ("#1f77b4", "dot", "机构"),
    FZ.Regulation: ("#d62728", "square", "法规文件"),
    FZ.Program: ("#2ca02c", "triangle", "工作举措"),
    FZ.Award: ("#ff7f0e", "star", "荣誉"),
    FZ.Event: ("#9467bd", "diamond", "会议活动"),
    FZ.AdministrativeDivision: ("#7f7f7f", "hexagon", "行政区划"),
}
_REMOTE = re.compile(r"<(?:link|script)\b[^>]*(?:href|src)=\"https?://[^\"]*\"[^>]*>(?:\s*</script>)?\s*", re.I)
_MAX_EVIDENCE = 3


def _label(dataset: Dataset, node: URIRef) -> str:
    return next((str(o) for o in dataset.objects(node, RDFS.label)), str(node).rsplit("/", 1)[-1])


def network(dataset: Dataset, focus: str | None = None, depth: int = 1) -> Network:
    """A pyvis ``Network`` of entities joined by actions; the caller decides where the HTML goes."""
    classes = {}
    for cls in STYLE:
        for node in dataset.subjects(RDF.type, cls):
            classes.setdefault(node, cls)
    edges: dict[tuple[URIRef, URIRef], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for act in dataset.subjects(RDF.type, FZ.Action):
        agent = dataset.value(act, FZ.agent)
        obj = dataset.value(act, FZ.object)
        if agent is None or obj is None or obj not in classes:
            continue
        verb = str(dataset.value(act, FZ.verb))
        sentence = dataset.value(act, FZ.evidence)
        evidence = str(dataset.value(sentence, FZ.text)) if sentence is not None else ""
        edges[(agent, obj)][verb].append(evidence)
    for node, cls in list(classes.items()):
        parent = dataset.value(node, FZ.partOf) if cls == FZ.AdministrativeDivision else None
        if parent is not None and parent in classes:
            edges[(node, parent)]["隶属"].append("")

    keep = set(classes)
    if focus:
        centre = [n for n in classes if _label(dataset, n) == focus]
        keep = set(centre)
        frontier = set(centre)
        for _ in range(depth):
            frontier = {b for a, b in edges if a in frontier} | {a for a, b in edges if b in frontier}
            keep |= frontier
    used = {n for pair in edges for n in pair if pair[0] in keep and pair[1] in keep}
    shown = [n for n in sorted(classes) if n in keep and (n in used or classes[n] == FZ.Agency)]
    ids = {node: i for i, node in enumerate(shown)}
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line", bgcolor="#ffffff")
    for node in shown:
        colour, shape, name = STYLE[classes[node]]
        label = _label(dataset, node)
        net.add_node(ids[node], label=html.escape(label), title=html.escape(f"{name}: {label}"), color=colour,
                     shape=shape, group=name)
    for (a, b), verbs in sorted(edges.items()):
        if a not in ids or b not in ids:
            continue
        lines = []
        for verb, evidence in sorted(verbs.items()):
            lines.append(verb)
            lines.extend(f"  “{e}”" for e in evidence[:_MAX_EVIDENCE] if e)
        net.add_edge(ids[a], ids[b], label=html.escape("、".join(sorted(verbs))), title=html.escape("\n".join(lines)))
    net.toggle_physics(True)
    return net


def legend_html() -> str:
    items = "".join(
        f'<span style="margin-right:14px"><span style="display:inline-block;width:12px;height:12px;'
        f'background:{colour};margin-right:4px"></span>{html.escape(name)}</span>'
        for colour, _, name in STYLE.values())
    return f'<div id="fazhi-legend" style="font:14px sans-serif;padding:6px">{items}</div>'


def render(dataset: Dataset, focus: str | None = None, depth: int = 1) -> str:
    """A self-contained HTML page: no resource is fetched from the network."""
    page = network(dataset, focus, depth).generate_html(notebook=False)
    page = _REMOTE.sub("", page)
    page = page.replace("<body>", "<body>\n" + legend_html(), 1)
    if "<meta charset" not in page:
        page = page.replace("<head>", '<head>\n<meta charset="utf-8">', 1)
    return page


def write(dataset: Dataset, path: str | Path, focus: str | None = None, depth: int = 1) -> Path:
    path = Path(path)
    write_atomic(path, render(dataset, focus, depth).encode("utf-8"))
    return path
