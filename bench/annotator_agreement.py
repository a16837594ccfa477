"""How far two annotators who follow the same guide agree, and how the rules score against each of them.

A recogniser cannot be judged more closely than the gold it is scored against. ``corpus/agreement/PART/gold`` holds
a second annotation, made by the guide from the text alone (without the first gold, the rules or their output), of
reports of ``corpus/PART``: 80 drawn at random from ``dev``, and the held-out part. Each annotation is scored against the other exactly as ``kg eval``
scores a graph (``kg.evaluate.score_labels``: agencies exactly, other names with fuzzy edges, optional entries
neither found nor false; a fact by its actor's exact name and its object), and the rules are scored against both.

    .venv/bin/python -W ignore bench/annotator_agreement.py [--part dev|heldout] [--out FILE]

The development reports were read while the rules were written, so the rules' figures against their first gold are
in-sample; the held-out ones were not, and the annotators' agreement is what those figures should be read against.
"""
from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from kg.evaluate import TYPES, GoldEntry, TypeScore, score_corpus, score_labels

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Pooled:
    """Pooled counts of one annotation (or the graph) scored against a gold, over several reports."""

    entities: dict[str, TypeScore]
    fact_total: int = 0
    fact_found: int = 0
    judged_rows: int = 0
    correct_rows: int = 0

    @classmethod
    def empty(cls) -> Pooled:
        return cls({t: TypeScore(gold=0) for t in TYPES})

    def add_entities(self, type_: str, part: TypeScore) -> None:
        total = self.entities[type_]
        total.gold += part.gold
        total.found += part.found
        total.false_positives += part.false_positives
        total.missed += part.missed

    def row(self, name: str) -> str:
        fmt = lambda x: "-" if x is None else f"{x:.2f}"  # noqa: E731
        f1s = [self.entities[t].f1 for t in TYPES]
        present = [f for f in f1s if f is not None]
        macro = sum(present) / len(present) if present else None
        program = self.entities["Program"]
        recall = self.fact_found / self.fact_total if self.fact_total else None
        precision = self.correct_rows / self.judged_rows if self.judged_rows else None
        return (f"| {name} | " + " | ".join(fmt(f) for f in f1s)
                + f" | {fmt(program.precision)} / {fmt(program.recall)} | {fmt(macro)} | {fmt(recall)} | {fmt(precision)} |")


def _names(gold: dict, type_: str) -> list[str]:
    """What an annotation asserts for a type: its required names (its optional ones it leaves open)."""
    return [e["name"] for e in gold["entities"].get(type_, [])]


def _facts(gold: dict, other: dict) -> tuple[int, int, int, int]:
    """``other``'s facts scored against ``gold``'s as ``kg eval`` scores the graph's who-did-what rows: (gold facts,
    found, rows between entities ``gold`` annotates, of those the rows a gold fact joins)."""
    named = {e["name"]: e for entries in gold["entities"].values() for e in entries}
    aliases = gold.get("actor_aliases", {})
    joined = [(GoldEntry.of(named.get(f["actor"], {"name": f["actor"]}), aliases.get(f["actor"], [])),
               GoldEntry.of(named.get(f["object"], {"name": f["object"]}))) for f in gold["facts"]]
    rows = [(f["actor"], f["object"]) for f in other["facts"]]
    found = sum(any(a.same(actor, True) and o.same(obj, False) for actor, obj in rows) for a, o in joined)
    entries = [e for entries in gold["entities"].values() for e in entries]
    actors = [GoldEntry.of(e, aliases.get(e["name"], [])) for e in entries]
    objects = [GoldEntry.of(e) for e in entries]
    judged = correct = 0
    for actor, obj in rows:
        if any(a.same(actor, True) for a in actors) and any(o.same(obj, False) for o in objects):
            judged += 1
            correct += any(a.same(actor, True) and o.same(obj, False) for a, o in joined)
    return len(gold["facts"]), found, judged, correct


def annotators(first: dict[str, dict], second: dict[str, dict]) -> Pooled:
    """``second`` scored against ``first``, report by report, pooled."""
    pooled = Pooled.empty()
    for rid, gold in first.items():
        for type_ in TYPES:
            pooled.add_entities(type_, score_labels(gold, type_, _names(second[rid], type_)))
        total, found, judged, correct = _facts(gold, second[rid])
        pooled.fact_total += total
        pooled.fact_found += found
        pooled.judged_rows += judged
        pooled.correct_rows += correct
    return pooled


def rules(reports: Path, golds: dict[str, Path]) -> Pooled:
    """The graph of each report, built alone as ``kg eval`` builds it, scored against ``golds``, pooled."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "reports").mkdir()
        (folder / "gold").mkdir()
        for rid, gold in golds.items():
            shutil.copy(reports / f"{rid}.txt", folder / "reports")
            shutil.copy(gold, folder / "gold" / f"{rid}.json")
        corpus = score_corpus(folder)
    pooled = Pooled.empty()
    for type_ in TYPES:
        pooled.add_entities(type_, corpus.pooled(type_))
    pooled.fact_total = sum(s.fact_total for s in corpus.reports.values())
    pooled.fact_found = pooled.fact_total - sum(len(s.missed_facts) for s in corpus.reports.values())
    pooled.judged_rows = sum(s.judged_rows for s in corpus.reports.values())
    pooled.correct_rows = sum(s.correct_rows for s in corpus.reports.values())
    return pooled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", choices=("dev", "heldout"), default="dev")
    parser.add_argument("--second", type=Path, help="the second golds (default corpus/agreement/PART/gold)")
    parser.add_argument("--out", type=Path, help="the table (default bench/annotator_agreement[_heldout].md)")
    args = parser.parse_args()
    part = ROOT / "corpus" / args.part
    second_dir = args.second or ROOT / "corpus" / "agreement" / args.part / "gold"
    out = args.out or ROOT / "bench" / ("annotator_agreement.md" if args.part == "dev" else f"annotator_agreement_{args.part}.md")
    second_paths = {p.stem: p for p in sorted(second_dir.glob("*.json"))}
    first_paths = {rid: part / "gold" / f"{rid}.json" for rid in second_paths}
    load = lambda paths: {rid: json.loads(p.read_text(encoding="utf-8")) for rid, p in paths.items()}  # noqa: E731
    first, second = load(first_paths), load(second_paths)
    head = ("| scored | Agency | Regulation | Program | Award | Event | Program P / R | macro F1 | fact recall | "
            "fact precision |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    table = "\n".join([
        head,
        annotators(first, second).row("second annotator against the first's gold"),
        annotators(second, first).row("first annotator against the second's gold"),
        rules(part / "reports", first_paths).row("rules against the first gold"),
        rules(part / "reports", second_paths).row("rules against the second gold"),
    ])
    out.write_text(f"{len(second)} reports of `corpus/{args.part}`, annotated twice.\n\n{table}\n", encoding="utf-8")
    print(table)


if __name__ == "__main__":
    main()
