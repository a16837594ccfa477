"""Where the page puts its nodes: each report laid out on its own, once, and a collection made of those.

The page draws thousands of nodes with physics off, so every position is computed here: a spring
layout for the hubs (networkx's algorithm, in numpy, for many graphs at once), rings for the leaves
(most nodes are a programme one agency ran), an overlap pass for the labels, and components packed
in rows.

A spring layout costs the square of what it lays out, and shared divisions, laws and awards join
every report of a collection into one component, so a collection is never laid out as a whole
once it is large: each report's own layout is one block, the blocks are packed in rows, and a
node several reports share sits where the first of them puts it. That grows with the number of
reports, not with its square. A report's layout depends only on its own nodes and links, so it is
kept in a folder named by a hash of them and of this module, and a rebuild that adds reports lays
out only the new ones; the reports laid out in one call take their spring layouts' steps together.
"""
from __future__ import annotations

import hashlib
import json
import math
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

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
    are numbered in the order given and laid out as numbers, so the result depends on that order only,
    never on hashes of the nodes (a layout of strings once changed from one process to the next).
    """
    return layouts([(ids, links)])[0]


def layouts(graphs: Sequence[tuple[Sequence[K], Iterable[tuple[K, K]]]]) -> list[dict[K, Position]]:
    """:func:`layout` of each graph (its nodes, its links); their spring layouts run side by side.

    A spring layout of a report's hubs is a few dozen nodes, where numpy's cost per call, not per
    node, decided the time: 300 reports took 300 networkx layouts of 50 steps each. Here the hubs
    of every component of every graph take their steps together, one numpy call per step for all
    of them (``_springs``); each layout still depends only on its own graph.
    """
    prepared = [_components(ids, links) for ids, links in graphs]
    cores = [component for _, _, components in prepared for component in components if len(component.core) > 1]
    for component, raw in zip(cores, _springs([component.adjacency() for component in cores])):
        component.raw = raw
    out = []
    for nodes, neighbours, components in prepared:
        blocks = []
        for component in components:
            radius, pos = _component_layout(component, neighbours)
            blocks.append((2 * radius, 2 * radius, {n: (x + radius, y + radius) for n, (x, y) in pos.items()}))
        out.append({nodes[k]: xy for k, xy in _packed(blocks).items()})
    return out


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


def report_layouts(reports: Sequence[tuple[Sequence[str], Iterable[tuple[str, str]]]],
                   cache: Path | None = None) -> list[dict[str, Position]]:
    """:func:`layout` of each report's nodes (IRIs) and links, rounded as the page writes it, read from
    ``cache`` when this module has laid out the same nodes and links before; the others are laid out
    together (:func:`layouts`) and kept there.

    Nodes are numbered in IRI order, so a result does not depend on the order they come in.
    """
    out: list[dict[str, Position]] = []
    missing: list[tuple[int, list[str], list[tuple[int, int]], Path | None]] = []
    for members, links in reports:
        nodes = sorted(members)
        index = {n: k for k, n in enumerate(nodes)}
        pairs = sorted({(index[a], index[b]) for a, b in links})
        digest = hashlib.sha256(_VERSION.encode())
        digest.update("\n".join(nodes).encode("utf-8"))
        digest.update(json.dumps(pairs).encode())
        entry = cache / digest.hexdigest()[:2] / f"{digest.hexdigest()}.json" if cache is not None else None
        if entry is not None and entry.is_file():
            out.append({n: (x, y) for n, (x, y) in zip(nodes, json.loads(entry.read_bytes()))})
        else:
            out.append({})
            missing.append((len(out) - 1, nodes, pairs, entry))
    made = layouts([(range(len(nodes)), pairs) for _, nodes, pairs, _ in missing])
    for (at, nodes, _, entry), pos in zip(missing, made):
        placed = [(round(pos[k][0], 1), round(pos[k][1], 1)) for k in range(len(nodes))]
        if entry is not None:
            write_atomic(entry, json.dumps(placed, separators=(",", ":")).encode())
        out[at] = dict(zip(nodes, placed))
    return out


@dataclass
class _Component:
    """A connected component, as numbers: its nodes in order, its hubs (two links or more; the first node if
    none has) and, once laid out, the hubs' spring layout."""

    nodes: list[int]
    core: list[int]
    neighbours: list[set[int]]
    raw: np.ndarray | None = None

    def adjacency(self) -> np.ndarray:
        at = {n: k for k, n in enumerate(self.core)}
        matrix = np.zeros((len(self.core), len(self.core)))
        for n, k in at.items():
            for m in self.neighbours[n]:
                if m in at:
                    matrix[k, at[m]] = 1.0
        return matrix


def _components(ids: Sequence[K], links: Iterable[tuple[K, K]]) -> tuple[list[K], list[set[int]], list[_Component]]:
    """The nodes in the order given, each one's neighbours (by number), and the connected components, the
    largest first (of two as large, the one with the first node)."""
    nodes = list(dict.fromkeys(ids))
    index = {n: k for k, n in enumerate(nodes)}
    neighbours: list[set[int]] = [set() for _ in nodes]
    for a, b in links:
        neighbours[index[a]].add(index[b])
        neighbours[index[b]].add(index[a])
    seen = [False] * len(nodes)
    found = []
    for start in range(len(nodes)):
        if seen[start]:
            continue
        seen[start] = True
        part, k = [start], 0
        while k < len(part):
            for m in neighbours[part[k]]:
                if not seen[m]:
                    seen[m] = True
                    part.append(m)
            k += 1
        found.append(sorted(part))
    found.sort(key=lambda part: (-len(part), part[0]))
    # A self-link counts twice, as in a degree: a node whose only link is to itself is a hub, not a leaf.
    degree = [len(around) + (n in around) for n, around in enumerate(neighbours)]
    return nodes, neighbours, [_Component(part, [n for n in part if degree[n] > 1] or part[:1], neighbours)
                               for part in found]


SPRING_STEPS = 50
"""Steps of the spring layout (Fruchterman and Reingold's, as networkx has it), the last ones short."""
_SPRING_SEED = 8
_SPRING_SETTLED = 1e-4
_SPRING_CELLS = 1 << 21
"""Node pairs a step computes at once (16 MB of differences): rows are taken in blocks to stay under it."""


def _springs(adjacencies: list[np.ndarray]) -> list[np.ndarray]:
    """A spring layout of each graph (its adjacency matrix), centred, its largest coordinate 1.

    Each starts from the same seeded random places and cools in :data:`SPRING_STEPS` steps, as networkx's
    ``spring_layout`` does, and stops once it barely moves. Graphs of one size class are padded to it and
    step together; a padded node feels and exerts no force. The class depends only on a graph's own size,
    so its sums always run over the same length and its result never depends on the graphs beside it.
    """
    out: list[np.ndarray] = [np.empty((0, 2))] * len(adjacencies)
    classes: dict[int, list[int]] = defaultdict(list)
    for at, matrix in enumerate(adjacencies):
        classes[_size_class(len(matrix))].append(at)
    for size, members in sorted(classes.items()):
        for at, pos in zip(members, _spring_class(size, [adjacencies[k] for k in members])):
            out[at] = pos
    return out


def _size_class(n: int) -> int:
    """4, 6, 8, 12, 16, 24, 32 …: at most half again as many nodes as the graph has."""
    size = 4
    while size < n:
        size = size * 3 // 2 if size & (size - 1) == 0 else size * 4 // 3
    return size


def _spring_class(size: int, adjacencies: list[np.ndarray]) -> list[np.ndarray]:
    count = len(adjacencies)
    lengths = np.array([len(a) for a in adjacencies])
    xs, ys = np.zeros((count, size)), np.zeros((count, size))
    links = np.zeros((count, size, size))
    real = np.zeros((count, size), dtype=bool)
    for b, matrix in enumerate(adjacencies):
        n = len(matrix)
        xs[b, :n], ys[b, :n] = np.random.RandomState(_SPRING_SEED).rand(n, 2).T
        links[b, :n, :n] = matrix
        real[b, :n] = True
    pairs = (real[:, :, None] & real[:, None, :]).astype(float)
    k = np.sqrt(1.0 / lengths)[:, None, None]
    heat = 0.1 * np.maximum(_extent(xs, real), _extent(ys, real))  # a tenth of the start's width, cooling to 0
    cooling = heat / (SPRING_STEPS + 1)
    moving = np.ones(count, dtype=bool)
    rows = max(1, min(size, _SPRING_CELLS // (count * size)))
    push_x, push_y = np.empty_like(xs), np.empty_like(ys)
    for _ in range(SPRING_STEPS):
        for top in range(0, size, rows):
            block = slice(top, top + rows)
            dx = xs[:, block, None] - xs[:, None, :]
            dy = ys[:, block, None] - ys[:, None, :]
            distance = np.maximum(np.sqrt(dx * dx + dy * dy), 0.01)
            force = (k * k / (distance * distance) - links[:, block] * distance / k) * pairs[:, block]
            push_x[:, block] = (dx * force).sum(axis=2)
            push_y[:, block] = (dy * force).sum(axis=2)
        scale = np.where(moving, heat, 0.0)[:, None] / np.maximum(np.sqrt(push_x * push_x + push_y * push_y), 0.01)
        step_x, step_y = push_x * scale, push_y * scale
        xs += step_x
        ys += step_y
        heat = heat - cooling
        moving &= np.sqrt((step_x * step_x + step_y * step_y).sum(axis=1)) / lengths >= _SPRING_SETTLED
        if not moving.any():
            break
    out = []
    for b, n in enumerate(lengths):
        placed = np.column_stack([xs[b, :n], ys[b, :n]])
        placed -= placed.mean(axis=0)
        largest = np.abs(placed).max()
        out.append(placed / largest if largest > 0 else placed)
    return out


def _extent(values: np.ndarray, real: np.ndarray) -> np.ndarray:
    """Each row's largest value less its smallest, of its real entries."""
    return np.where(real, values, -np.inf).max(axis=1) - np.where(real, values, np.inf).min(axis=1)


def _component_layout(component: _Component, neighbours: list[set[int]]) -> tuple[float, dict[int, Position]]:
    """The hubs' spring layout, each leaf on a ring around its one neighbour.

    Most nodes of these graphs are leaves (a programme one agency ran), so the
    spring layout, whose cost grows with the square of its size, only sees the
    hubs; a ring of leaves reads as "this agency and what it did". Returns the
    radius around (0, 0) that holds the component, and the positions.
    """
    nodes, core = component.nodes, component.core
    if len(nodes) == 1:  # most components of a report: an agency that is named but does nothing drawn
        return GAP, {nodes[0]: (0.0, 0.0)}
    in_core = set(core)
    leaves: dict[int, list[int]] = defaultdict(list)
    for n in nodes:
        if n not in in_core:
            leaves[next(iter(neighbours[n]))].append(n)
    ring = {hub: GAP + len(around) * LEAF_ARC / (2 * math.pi) for hub, around in leaves.items()}
    if len(core) == 1:
        pos = {core[0]: (0.0, 0.0)}
    else:
        assert component.raw is not None
        raw = {n: (float(x), float(y)) for n, (x, y) in zip(core, component.raw)}
        scale = _stretch(raw, {n: ring.get(n, GAP) for n in core})
        pos = {n: (x * scale, y * scale) for n, (x, y) in raw.items()}
    for hub, around in leaves.items():
        hx, hy = pos[hub]
        for k, leaf in enumerate(around):
            angle = math.pi / 2 + 2 * math.pi * k / len(around)  # the first leaf below, clear of the hub's label
            # An ellipse, wider than high: labels are wide and sit under their nodes.
            pos[leaf] = (hx + 1.5 * ring[hub] * math.cos(angle), hy + ring[hub] * math.sin(angle))
    # One hub's ring needs no overlap pass: neighbouring leaves are LEAF_ARC apart along a ring at least GAP out,
    # more than a label's room whichever way they lie, and most components of a report are one agency's ring.
    pos = separate({n: pos[n] for n in nodes}) if len(core) > 1 else {n: pos[n] for n in nodes}
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
