"""What changed between two graphs: entities and facts added and removed, each with its evidence.

Entities are compared by IRI, which is deterministic (class, jurisdiction, canonical label),
so the same programme is the same node in two builds and in two years' reports. Facts, the
actions (agent, verb, object, planned or done) and measures (value, unit, what they count), are
compared by what they state, as a multiset: a fact stated twice before and three times now is
added once. Each fact is first paired with one of the same report and sentence, then with any
other, so that two builds differing by one report differ by exactly that report's facts, and two
years of one district differ by what the later year states anew.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rdflib import Dataset

from kg.query import rows, run
from kg.store import GraphStore

COLUMNS = ["change", "class", "label", "report", "evidence"]


@dataclass(frozen=True)
class Item:
    """An entity or a fact: ``key`` says what it is, the rest where it is written."""

    cls: str
    key: tuple[str, ...]
    label: str
    report: str
    evidence: str


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1]


def entities(target: Dataset | GraphStore) -> list[Item]:
    """Every entity once, with the first sentence that names it; reports are entities too."""
    evidence: dict[str, tuple[str, str]] = {}
    for row in rows(run(target, "sentence-mentions")):
        evidence.setdefault(row["entity"], (row["report"], row["evidence"]))
    items = [Item("Report", (row["report"],), row["label"], row["report"], "") for row in rows(run(target, "reports"))]
    seen: set[str] = set()
    for row in rows(run(target, "entities")):
        if row["entity"] not in seen:
            seen.add(row["entity"])
            report, sentence = evidence.get(row["entity"], ("", ""))
            items.append(Item(_local(row["type"]), (row["entity"],), row["label"], report, sentence))
    return items


def facts(target: Dataset | GraphStore) -> list[Item]:
    """Every action and measure, as often as the reports state it."""
    items = []
    for row in rows(run(target, "facts")):
        cls = _local(row["class"])
        if cls == "Action":
            key = (row["agent"], row["verb"], row.get("object", ""), row["planned"])
            label = " ".join(filter(None, [row["agentLabel"], row["verb"], row.get("objectLabel")]))
            if row["planned"] == "true":
                label += " (planned)"
        else:
            key = (row["value"], row["unit"], row.get("counts", ""))
            label = f"{row.get('counts', '')} {row['value']}{row['unit']}".strip()
        items.append(Item(cls, key, label, row["report"], row["evidence"]))
    return items


def _unpaired(mine: list[Item], theirs: list[Item]) -> list[Item]:
    """Items of ``mine`` left when each is paired with one of ``theirs`` stating the same: same place first."""
    by_key: dict[tuple, list[Item]] = defaultdict(list)
    for item in theirs:
        by_key[(item.cls, item.key)].append(item)
    left = []
    for item in mine:
        pool = by_key.get((item.cls, item.key), [])
        twin = next((other for other in pool if (other.report, other.evidence) == (item.report, item.evidence)), None)
        if twin is not None:
            pool.remove(twin)
        else:
            left.append(item)
    # What is left of one side pairs with what is left of the other, wherever it is written.
    rest: dict[tuple, int] = defaultdict(int)
    for pool in by_key.values():
        for other in pool:
            rest[(other.cls, other.key)] += 1
    unpaired = []
    for item in left:
        if rest[(item.cls, item.key)] > 0:
            rest[(item.cls, item.key)] -= 1
        else:
            unpaired.append(item)
    return unpaired


def diff(old: Dataset | GraphStore, new: Dataset | GraphStore) -> list[dict[str, str]]:
    """One row per entity or fact added to or removed from ``old`` in ``new``: removals first."""
    out = []
    for read in (entities, facts):
        before, after = read(old), read(new)
        for change, items in (("removed", _unpaired(before, after)), ("added", _unpaired(after, before))):
            out.extend({"change": change, "class": i.cls, "label": i.label, "report": i.report, "evidence": i.evidence}
                       for i in items)
    return sorted(out, key=lambda r: (r["change"] != "removed", r["class"], r["report"], r["label"], r["evidence"]))


def counts(changes: list[dict[str, str]]) -> dict[tuple[str, str], int]:
    """(change, class) -> how many rows."""
    tally: dict[tuple[str, str], int] = defaultdict(int)
    for row in changes:
        tally[(row["change"], row["class"])] += 1
    return dict(sorted(tally.items()))
