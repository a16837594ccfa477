"""Where the page puts its nodes: each report laid out on its own, once, and a collection made of those.

The page draws thousands of nodes with physics off, so every position is computed here:
networkx's spring layout for the hubs, rings for the leaves (most nodes are a programme one
agency ran), an overlap pass for the labels, and components packed in rows.

A spring layout costs the square of what it lays out, and shared divisions, laws and awards join
every report of a collection into one component, so a collection is never laid out as a whole
once it is large: each report's own layout is one block, the blocks are packed in rows, and a
node several reports share sits where the first of them puts it. That grows with the number of
reports, not with its square. A report's layout depends only on its own nodes and links, so it is
kept in a folder named by a hash of them and of this module, and a rebuild that adds reports lays
out only the new ones.
"""
from __future__ import annotations

import hashlib
import json
import math
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from pathlib import Path
from typing import TypeVar

import networkx as nx
import numpy as np
from scipy.spatial import cKDTree

from kg.graph.io import write_atomic

K = TypeVar("K", bound=Hashable)
Position = tuple[float, float]

GAP = 80.0
"""Screen units between packed blocks, and the length of a leaf's link."""
LEAF_ARC = 60.0
"""Screen units of ring per leaf around its hub."""
LABEL_ROOM = (70.0, 34.0)
"""Screen units a node and its label need, across and down."""


def layout(ids: Sequence[K], links: Iterable[tuple[K, K]]) -> dict[K, Position]:
    """Positions in screen units: each connected component laid out on its own, packed in rows.

    Packing keeps the many small components of a merged graph from crowding the big one. The nodes
    are numbered in the order given and laid out as numbers: networkx visits a subgraph's nodes in
    the order of a set, which for strings changes from one process to the next (hash randomisation),
    so laying out the IRIs themselves drew a report differently at each run.
    """
    nodes = list(dict.fromkeys(ids))
    index = {n: k for k, n in enumerate(nodes)}
    g = nx.Graph()
    g.add_nodes_from(range(len(nodes)))
    g.add_edges_from((index[a], index[b]) for a, b in links)
    blocks = []
    for component in sorted(nx.connected_components(g), key=lambda c: (-len(c), min(c))):
        radius, pos = _component_layout(g, component)
        blocks.append((2 * radius, 2 * radius, {n: (x + radius, y + radius) for n, (x, y) in pos.items()}))
    return {nodes[k]: xy for k, xy in _packed(blocks).items()}


def collection(reports: Iterable[dict[K, Position]]) -> dict[K, Position]:
    """One layout made of each report's own: a block per report, in the order given, packed in rows;
    a node of several reports sits where the first of them puts it."""
    blocks = []
    for pos in reports:
        if pos:
            left, top = min(x for x, _ in pos.values()), min(y for _, y in pos.values())
            moved = {n: (x - left, y - top) for n, (x, y) in pos.items()}
            blocks.append((max(x for x, _ in moved.values()), max(y for _, y in moved.values()), moved))
    return _packed(blocks)


def _packed(blocks: list[tuple[float, float, dict[K, Position]]]) -> dict[K, Position]:
    """Blocks (width, height, positions from their top-left corner) side by side in rows about as wide as the
    whole is high; the first of them that places a node decides where it is."""
    out: dict[K, Position] = {}
    area = sum((w + GAP) * (h + GAP) for w, h, _ in blocks)
    width = max([w for w, _, _ in blocks[:1]] + [1.2 * area ** 0.5])
    x = y = row_height = 0.0
    for w, h, pos in blocks:
        if x > 0 and x + w > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for n, (px, py) in pos.items():
            out.setdefault(n, (x + px, y + py))
        x += w + GAP
        row_height = max(row_height, h + GAP)
    return out


_VERSION = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()


def report_layout(members: Sequence[str], links: Iterable[tuple[str, str]], cache: Path | None = None) -> dict[str, Position]:
    """:func:`layout` of one report's nodes (IRIs) and links, rounded as the page writes it, read from
    ``cache`` when this module has laid out the same nodes and links before.

    Nodes are numbered in IRI order, so the result does not depend on the order they come in.
    """
    nodes = sorted(members)
    index = {n: k for k, n in enumerate(nodes)}
    pairs = sorted({(index[a], index[b]) for a, b in links})
    digest = hashlib.sha256(_VERSION.encode())
    digest.update("\n".join(nodes).encode("utf-8"))
    digest.update(json.dumps(pairs).encode())
    entry = cache / digest.hexdigest()[:2] / f"{digest.hexdigest()}.json" if cache is not None else None
    if entry is not None and entry.is_file():
        return {n: (x, y) for n, (x, y) in zip(nodes, json.loads(entry.read_bytes()))}
    pos = layout(range(len(nodes)), pairs)
    placed = [(round(pos[k][0], 1), round(pos[k][1], 1)) for k in range(len(nodes))]
    if entry is not None:
        write_atomic(entry, json.dumps(placed, separators=(",", ":")).encode())
    return dict(zip(nodes, placed))


def _component_layout(whole: nx.Graph, component: set[int]) -> tuple[float, dict[int, Position]]:
    """A spring layout of the nodes with two or more links, each leaf on a ring around its one neighbour.

    Most nodes of these graphs are leaves (a programme one agency ran), so the
    spring layout, whose cost grows with the square of its size, only sees the
    hubs; a ring of leaves reads as "this agency and what it did". Returns the
    radius around (0, 0) that holds the component, and the positions. Degrees and neighbours are read
    from the ``whole`` graph, which has them all: a subgraph view filters each neighbour anew.
    """
    nodes = sorted(component)
    if len(nodes) == 1:  # most components of a report: an agency that is named but does nothing drawn
        return GAP, {nodes[0]: (0.0, 0.0)}
    core = [n for n in nodes if whole.degree(n) > 1] or nodes[:1]
    in_core = set(core)
    leaves: dict[int, list[int]] = defaultdict(list)
    for n in nodes:
        if n not in in_core:
            leaves[next(iter(whole[n]))].append(n)
    ring = {hub: GAP + len(around) * LEAF_ARC / (2 * math.pi) for hub, around in leaves.items()}
    if len(core) == 1:
        pos = {core[0]: (0.0, 0.0)}
    else:
        hubs = whole.subgraph(component).subgraph(core)  # its node order decides the layout
        raw = {n: (float(x), float(y)) for n, (x, y) in nx.spring_layout(hubs, seed=8).items()}
        scale = _stretch(raw, {n: ring.get(n, GAP) for n in core})
        pos = {n: (x * scale, y * scale) for n, (x, y) in raw.items()}
    for hub, around in leaves.items():
        hx, hy = pos[hub]
        for k, leaf in enumerate(around):
            angle = math.pi / 2 + 2 * math.pi * k / len(around)  # the first leaf below, clear of the hub's label
            # An ellipse, wider than high: labels are wide and sit under their nodes.
            pos[leaf] = (hx + 1.5 * ring[hub] * math.cos(angle), hy + ring[hub] * math.sin(angle))
    pos = separate({n: pos[n] for n in nodes})
    radius = max(max(math.hypot(x, y) for x, y in pos.values()) + GAP / 2, GAP)
    return radius, pos


def separate(pos: dict[K, Position], rounds: int = 30) -> dict[K, Position]:
    """Push apart nodes whose labels would overlap: the spring layout puts nodes with the same two
    neighbours on one spot, and rings of big hubs can cross.

    Distances are measured in label units (a label is wider than high), so
    nodes side by side need more room than nodes one above the other. Each
    round moves both nodes of every crowded pair half of what is missing.
    Nodes on one spot part along a direction that depends on their places in
    ``pos``, so the result is deterministic.
    """
    ids = list(pos)
    room = np.array(LABEL_ROOM)
    xy = np.array([pos[n] for n in ids]) / room
    for _ in range(rounds):
        pairs = cKDTree(xy).query_pairs(1.0, output_type="ndarray")
        if not len(pairs):
            break
        delta = xy[pairs[:, 1]] - xy[pairs[:, 0]]
        dist = np.hypot(delta[:, 0], delta[:, 1])
        angle = pairs[:, 0] * 2.399963
        same = dist < 1e-6
        delta[same] = np.column_stack([np.cos(angle[same]), np.sin(angle[same])])
        dist[same] = 1.0
        push = delta / dist[:, None] * ((1.0 - np.minimum(dist, 1.0)) / 2 + 0.01)[:, None]
        np.subtract.at(xy, pairs[:, 0], push)
        np.add.at(xy, pairs[:, 1], push)
    return {n: (float(x), float(y)) for n, (x, y) in zip(ids, xy * room)}


def _stretch(raw: dict[K, Position], reach: dict[K, float]) -> float:
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
