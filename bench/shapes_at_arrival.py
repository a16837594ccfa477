"""Programme, event and award shapes scored on the blind batches with the code of the day each arrived.

A rule's counts over ``corpus/dev`` flatter it: the rules were written from those reports. Every blind batch
(``corpus/freshN``) was instead scored at arrival, by the code of the commit that brought it, before any rule was
written from it. This script replays that: for each commit that added a ``corpus/freshN/sources.tsv`` whose reports
have since joined ``dev/``, it extracts that commit's ``kg/`` and ``ontology/`` (``git archive``), runs that code's
recognisers over the batch's reports and sorts the names of one type it gave by the rule that gave them (programmes),
the noun that ends them and, for programmes, whether a verb that improves stands right before, each matched against
today's gold as ``kg eval`` matches a label. ``--out`` writes every name with its status and the six characters on each side, and every required name
missed. A batch still waiting in its own folder is never read here.

    .venv/bin/python -W ignore bench/shapes_at_arrival.py [--type Program|Event|Award] [--since 20] [--out FILE] [--rules-only]
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
from kg.evaluate import _index as matched_entry  # exactly first, then with fuzzy edges, as `kg eval` matches

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "corpus" / "dev"
# Run under an old commit's code: every mention of one type the recognisers gave, with its rule and the words around it.
_SPY = """
import json, sys
import kg.extract as X
import kg.recognise as R
if sys.argv[2] == "rules":  # the recognisers' own names: without the learned filter, where the code has one
    R.STAGES = tuple(stage for stage in getattr(R, "STAGES", ()) if stage != "fazhi_mention_filter")
seen = {}
original = X.assemble
def spy(report, resolver, found, skipped):
    seen["m"] = [(getattr(m, "rule", ""), getattr(m, "name", None) or found.text[m.start:m.end],
                  found.text[max(0, m.start - 6):m.start], found.text[m.end:m.end + 6]) for m in found.of(sys.argv[1])]
    return original(report, resolver, found, skipped)
X.assemble = spy
out = {}
for path in sys.argv[3:]:
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
_ENDINGS = {
    "Program": ("机制", "制度", "改革", "活动", "行动", "平台", "清单", "工程", "试点", "体系", "模式"),
    "Event": ("活动", "讲座", "培训班", "培训", "会议", "座谈会", "推进会", "研讨班", "学习会", "全会", "大会", "竞赛", "考试"),
    "Award": ("第一", "单位", "示范", "先进", "称号", "奖", "案例", "集体", "个人"),
}


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


def mentions_at(commit: str, ids: list[str], type_: str, rules_only: bool = False) -> dict[str, list[list[str]]]:
    """The mentions of ``type_`` the code of ``commit`` gives for each report (``rules_only``: before its learned
    filter, which is trained on the rules' own names)."""
    with tempfile.TemporaryDirectory() as tree:
        archive = subprocess.run(["git", "archive", commit, "kg", "ontology"], cwd=ROOT, capture_output=True,
                                 check=True).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tree, filter="data")
        paths = [str(DEV / "reports" / f"{i}.txt") for i in ids]
        run = subprocess.run([sys.executable, "-W", "ignore", "-c", _SPY, type_, "rules" if rules_only else "all", *paths], cwd=tree, capture_output=True,
                             text=True, check=True, env={**os.environ, "PYTHONPATH": tree})
    return {Path(p).stem: m for p, m in json.loads(run.stdout).items()}


def arrival_rows(type_: str, since: int, rules_only: bool = False) -> list[dict[str, str]]:
    """Every name of ``type_`` each blind batch from ``fresh{since}`` on was given at its arrival, with its rule, the
    six characters before and after it and its status against today's gold (required, optional, left out), and every
    required name it missed (status missed). A second name of a gold entry already found is neither found nor false."""
    rows = []
    for batch, commit, ids in arrivals(since):
        for rid, mentions in mentions_at(commit, ids, type_, rules_only).items():
            gold = json.loads((DEV / "gold" / f"{rid}.json").read_text(encoding="utf-8"))["entities"]
            entries = gold.get(type_, [])
            required = [GoldEntry.of(e) for e in entries]
            optional = [GoldEntry.of(e) for e in gold.get(f"{type_}_optional", [])]
            hit: set[int] = set()
            for rule, name, before, *after in {m[1]: m for m in mentions}.values():
                i = matched_entry(name, required, False)
                if i is not None and i in hit:
                    continue
                optional_match = matched_entry(name, optional, False) is not None
                kind = "required" if i is not None else "optional" if optional_match else "left out"
                if i is not None:
                    hit.add(i)
                rows.append({"batch": batch, "report": rid, "rule": rule, "name": name, "before": before,
                             "after": after[0] if after else "", "status": kind})
            rows += [{"batch": batch, "report": rid, "name": e["name"], "status": "missed"}
                     for i, e in enumerate(entries) if i not in hit]
    return rows


def shape(type_: str, rule: str, name: str, before: str) -> str:
    """A name's shape: the rule that gave it, the noun that ends it, and an improving verb right before a programme."""
    noun = next((n for n in _ENDINGS[type_] if name.endswith(n)), "other")
    improved = type_ == "Program" and before.endswith(_IMPROVING)
    return f"{rule or '-'} · …{noun}" + (" · after an improving verb" if improved else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--type", dest="type_", choices=list(_ENDINGS), default="Program", help="the type (default Program)")
    parser.add_argument("--since", type=int, default=20, help="the first batch number replayed (default 20)")
    parser.add_argument("--out", type=Path, help="write every mention with its status as JSON")
    parser.add_argument("--rules-only", action="store_true",
                        help="the recognisers' names without the learned filter (what train_mention_filter.py learns from)")
    args = parser.parse_args()
    rows = arrival_rows(args.type_, args.since, args.rules_only)
    counts: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        if row["status"] != "missed":
            counts[shape(args.type_, row["rule"], row["name"], row["before"])][row["status"]] += 1
            counts["all"][row["status"]] += 1
    reports = sum(len(ids) for _, _, ids in arrivals(args.since))
    missed = sum(row["status"] == "missed" for row in rows)
    found, false = counts["all"]["required"], counts["all"]["left out"]
    print(f"{reports} reports; {found} required found, {false} false, {missed} missed: precision "
          f"{found / (found + false):.3f}, recall {found / (found + missed):.3f}, F1 {2 * found / (2 * found + false + missed):.3f}")
    print("\n| rule · noun | required | optional | left out | precision |\n| --- | --- | --- | --- | --- |")
    for key, c in sorted(counts.items(), key=lambda kv: -sum(kv[1].values())):
        if key != "all" and sum(c.values()) >= 5:
            judged = c["required"] + c["left out"]
            print(f"| {key} | {c['required']} | {c['optional']} | {c['left out']} | "
                  f"{c['required'] / judged if judged else 0:.2f} |")
    if args.out:
        args.out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
