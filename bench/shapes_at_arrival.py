"""Programme shapes scored on the blind batches with the code of the day each arrived.

A rule's counts over ``corpus/dev`` flatter it: the rules were written from those reports. Every blind batch
(``corpus/freshN``) was instead scored at arrival, by the code of the commit that brought it, before any rule was
written from it. This script replays that: for each commit that added a ``corpus/freshN/sources.tsv`` whose reports
have since joined ``dev/``, it extracts that commit's ``kg/`` and ``ontology/`` (``git archive``), runs that code's
recognisers over the batch's reports and sorts the programme names it gave by the rule that gave them, the noun that
ends them and the verb right before them, each matched against today's gold as ``kg eval`` matches a label.
A batch still waiting in its own folder is never read here.

    .venv/bin/python -W ignore bench/shapes_at_arrival.py [--since 20] [--out FILE]
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from kg.evaluate import GoldEntry

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "corpus" / "dev"
# Run under an old commit's code: every programme mention the recogniser gave, with its rule and the words before it.
_SPY = """
import json, sys
import kg.extract as X
seen = {}
original = X.assemble
def spy(report, resolver, found, skipped):
    seen["m"] = [(getattr(m, "rule", ""), getattr(m, "name", None) or found.text[m.start:m.end],
                  found.text[max(0, m.start - 6):m.start]) for m in found.of("Program")]
    return original(report, resolver, found, skipped)
X.assemble = spy
out = {}
for path in sys.argv[1:]:
    seen["m"] = []
    try:
        X.extract(path)
    except Exception:
        pass  # a report that code refused gives no names, as it gave none at arrival
    out[path] = seen["m"]
print(json.dumps(out, ensure_ascii=False))
"""
# Verbs that improve what exists, the longest first: the shape the forty-fifth round counted.
_IMPROVING = ("建立健全", "健全完善", "不断完善", "持续完善", "进一步完善", "完善", "健全", "优化", "固化")
_ENDINGS = ("机制", "制度", "改革", "活动", "行动", "平台", "清单", "工程", "试点", "体系", "模式")


def arrivals(since: int) -> list[tuple[str, str, list[str]]]:
    """(batch, commit, report ids) for each blind batch from ``fresh{since}`` on that has joined ``dev/``."""
    log = subprocess.run(["git", "log", "--diff-filter=A", "--format=%H", "--name-only", "--",
                          "corpus/fresh*/sources.tsv"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    found, commit = [], None
    for line in log.splitlines():
        if len(line) == 40 and "/" not in line:
            commit = line
        elif line.endswith("sources.tsv"):
            batch = line.split("/")[1]
            number = batch.removeprefix("fresh")
            if not number.isdigit() or int(number) < since or (ROOT / "corpus" / batch).exists():
                continue
            table = subprocess.run(["git", "show", f"{commit}:{line}"], cwd=ROOT, capture_output=True, text=True,
                                   check=True).stdout
            ids = [row["id"] for row in csv.DictReader(io.StringIO(table), delimiter="\t")
                   if (DEV / "gold" / f"{row['id']}.json").exists()]
            if ids:
                found.append((batch, commit, ids))
    return sorted(found, key=lambda b: int(b[0].removeprefix("fresh")))


def mentions_at(commit: str, ids: list[str]) -> dict[str, list[list[str]]]:
    """The programme mentions the code of ``commit`` gives for each report."""
    with tempfile.TemporaryDirectory() as tree:
        archive = subprocess.run(["git", "archive", commit, "kg", "ontology"], cwd=ROOT, capture_output=True,
                                 check=True).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tree, filter="data")
        paths = [str(DEV / "reports" / f"{i}.txt") for i in ids]
        run = subprocess.run([sys.executable, "-W", "ignore", "-c", _SPY, *paths], cwd=tree, capture_output=True,
                             text=True, check=True, env={**os.environ, "PYTHONPATH": tree})
    return {Path(p).stem: m for p, m in json.loads(run.stdout).items()}


def first(name: str, entries: list[GoldEntry]) -> int | None:
    """The gold entry ``name`` matches, exactly first, then with fuzzy edges, as ``kg eval`` matches a programme."""
    for exact in (True, False):
        for i, entry in enumerate(entries):
            if entry.same(name, exact):
                return i
    return None


def shape(rule: str, name: str, before: str) -> str:
    noun = next((n for n in _ENDINGS if name.endswith(n)), "other")
    verb = next((v for v in _IMPROVING if before.endswith(v)), "")
    return f"{rule or '-'} · …{noun}" + (" · after an improving verb" if verb else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--since", type=int, default=20, help="the first batch number replayed (default 20)")
    parser.add_argument("--out", type=Path, help="write every mention with its status as JSON")
    args = parser.parse_args()
    counts: dict[str, Counter] = defaultdict(Counter)
    rows, missed, reports = [], 0, 0
    for batch, commit, ids in arrivals(args.since):
        for rid, mentions in mentions_at(commit, ids).items():
            gold = json.loads((DEV / "gold" / f"{rid}.json").read_text(encoding="utf-8"))["entities"]
            required = [GoldEntry.of(e) for e in gold.get("Program", [])]
            optional = [GoldEntry.of(e) for e in gold.get("Program_optional", [])]
            hit: set[int] = set()
            for rule, name, before in {m[1]: m for m in mentions}.values():
                i = first(name, required)
                kind = "required" if i is not None else "optional" if first(name, optional) is not None else "left out"
                if i in hit:
                    continue  # a second name of a programme already found is neither found nor false again
                hit.add(i) if i is not None else None
                counts[shape(rule, name, before)][kind] += 1
                counts["all"][kind] += 1
                rows.append({"batch": batch, "report": rid, "rule": rule, "name": name, "before": before,
                             "status": kind})
            missed += len(required) - len(hit)
            reports += 1
    found, false = counts["all"]["required"], counts["all"]["left out"]
    print(f"{reports} reports; {found} required found, {false} false, {missed} missed: precision "
          f"{found / (found + false):.3f}, recall {found / (found + missed):.3f}, F1 {2 * found / (2 * found + false + missed):.3f}")
    print("| rule · noun | required | optional | left out | precision |\n| --- | --- | --- | --- | --- |")
    for key, c in sorted(counts.items(), key=lambda kv: -sum(kv[1].values())):
        if key != "all" and sum(c.values()) >= 5:
            judged = c["required"] + c["left out"]
            print(f"| {key} | {c['required']} | {c['optional']} | {c['left out']} | "
                  f"{c['required'] / judged if judged else 0:.2f} |")
    if args.out:
        args.out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
