"""Placing against the golds: is each report put in the division (and year) its gold names?

Every gold of a development folder names its report's division (``district``: GB/T 2260 ``code``, with ``county``
for a 街道/镇/乡 and ``zone`` for a functional zone, whose code is the division it lies in) and its year. This runs
``kg.extract.place`` on every report exactly as ``kg build`` places it (recognition is not run) and counts, per kind
of writer (``sources.tsv`` column ``writer``):

- right: the placed division is the gold's (a zone placed as a zone is right when the gold's division is the zone's
  own code or one it lies in; a gold without a code is compared by its county's or its own name, under its city);
- zone host unknown: a zone named as its gold names it, but placed in no known division;
- wrong province / wrong city / wrong county: the first level at which the placed division leaves the gold's;
- year wrong (counted apart from the division); refused (``InputError``) and crashed.

    .venv/bin/python -W ignore bench/placing_gold.py [--corpus corpus/dev] [--jobs 2] [--only ids.txt]
        [--out bench/placing_gold.md] [--cases /tmp/placing_gold.json] [--placed /tmp/placed.json]

It refuses the held-out and blind parts: placing rules are written from the development reports only.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import traceback
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.errors import InputError  # noqa: E402
from kg.extract import place  # noqa: E402
from bench.placing_variants import development_reports  # noqa: E402

KINDS = ("right", "zone host unknown", "wrong province", "wrong city", "wrong county", "year wrong", "refused", "crashed")


def _place(path: str) -> dict:
    try:
        placed = place(path)
    except InputError as exc:
        return {"kind": "refused", "what": str(exc).split("]")[0].split("[")[-1]}
    except Exception:  # noqa: BLE001 - what is counted
        return {"kind": "crashed", "what": traceback.format_exc().strip().splitlines()[-1]}
    division = placed.division
    return {"kind": "placed", "code": division.code, "name": division.name, "level": division.level,
            "parts": list(division.parts), "alias": division.alias, "written": division.written, "province": division.province, "city": division.city or "",
            "year": placed.year}


def _names(code: str) -> tuple[str, str, str, tuple[str, ...]]:
    """(province, city, own name, former names) of a code; a province-level city is its own city."""
    from kg.divisions import gazetteer
    by_code = gazetteer().by_code
    division = by_code.get(code)
    if division is None:
        return "", "", "", ()
    province = by_code[division.province].name if division.province in by_code else ""
    city = by_code[division.city].name if division.city and division.city in by_code else province
    if division.level == "city":
        city = division.name
    return province, city, division.name, (division.written, *division.former)


def _same_zone(placed: dict, want: str) -> bool:
    """A zone's name as placed against the gold's: one holds the other once the host's name is let go."""
    names = {re.sub(r"[()（）]", "", name) for name in (placed["name"], placed.get("alias", ""), placed.get("written", ""))}
    names -= {""}  # ...brackets let go on both sides: 中国(上海)自由贸易试验区
    want = re.sub(r"[()（）]", "", want)
    return any(len(name) >= 3 and (name in want or want in name or want.endswith(name[2:])) for name in names)


def verdict(placed: dict, gold: dict) -> str:
    """right / zone host unknown / wrong province / wrong city / wrong county for one placed report against its
    gold's ``district``."""
    want = gold.get("district") or {}
    code = want.get("code", "")
    if placed["code"] == code or (placed["level"] == "zone" and code and code in placed["parts"]):
        return "right"
    # a zone's gold names it as its ``zone``, or, with no code, as its own name (柳东新区 in 柳州市)
    zone = want.get("zone") or (want.get("name") if not code and not want.get("county") else "")
    if placed["level"] == "zone" and zone and _same_zone(placed, zone):
        return "right" if placed["province"] in by_code_keys() else "zone host unknown"
    province, city, name, former = _names(placed["code"])
    want_province = want.get("province", "")
    want_city = want.get("city", "") or want_province
    want_name = want.get("county") or want.get("name", "")
    if placed["level"] == "province":
        name = city = ""
        want_name = want_name if want_name != want_province else ""
        want_city = want_city if want_city != want_province else ""
    if (name == want_name or want_name in former) and city == want_city and province == want_province:
        return "right"
    # a gold of a town that names no county (city 湛江市, 营仔镇) or writes the county into its city (重庆市南川区)
    town = re.search(r"(镇|乡|街道|苏木)$", want_name) and not want.get("county")
    if town and province == want_province and (city == want_city or (want_city.endswith(name) and name)):
        return "right"
    if province != want_province:
        return "wrong province"
    if city != want_city:
        return "wrong city"
    return "wrong county"


def by_code_keys():
    from kg.divisions import gazetteer
    return gazetteer().by_code


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", default="corpus/dev")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--only", help="a file of report ids, one a line: only these")
    parser.add_argument("--out", help="the markdown table to write (default: print it)")
    parser.add_argument("--cases", help="a JSON file for every report not placed right")
    parser.add_argument("--placed", help="a JSON file of every report's placed code and year (to compare two runs)")
    args = parser.parse_args()
    corpus, paths = development_reports(parser, args.corpus, args.only)
    with open(corpus / "sources.tsv", encoding="utf-8") as handle:
        writers = {row["id"]: row["writer"] for row in csv.DictReader(handle, delimiter="\t")}
    with ProcessPoolExecutor(args.jobs) as pool:
        results = list(pool.map(_place, [str(p) for p in paths], chunksize=8))

    counts: dict[str, Counter] = {}
    cases = []
    for path, placed in zip(paths, results):
        rid = path.stem
        gold_path = corpus / "gold" / f"{rid}.json"
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        writer = writers.get(rid, "?")
        row = counts.setdefault(writer, Counter())
        row["reports"] += 1
        if placed["kind"] != "placed":
            row[placed["kind"]] += 1
            cases.append({"id": rid, "writer": writer, **placed, "gold": gold.get("district")})
            continue
        kind = verdict(placed, gold)
        row[kind] += 1
        year_wrong = gold.get("year") is not None and placed["year"] != gold.get("year")
        row["year wrong"] += year_wrong
        if kind != "right" or year_wrong:
            cases.append({"id": rid, "writer": writer, "verdict": kind, "placed": placed["name"],
                          "placed_code": placed["code"], "year": placed["year"], "gold": gold.get("district"),
                          "gold_year": gold.get("year")})

    total = Counter()
    for row in counts.values():
        total.update(row)
    lines = [f"Corpus `{args.corpus}`, {len(paths)} reports.", "",
             "| writer | reports | " + " | ".join(KINDS) + " |", "| --- " * (len(KINDS) + 2) + "|"]
    for writer, row in sorted(counts.items(), key=lambda item: -item[1]["reports"]) + [("all", total)]:
        lines.append(f"| {writer} | {row['reports']} | " + " | ".join(str(row[k]) for k in KINDS) + " |")
    lines += ["", "Not placed right:", ""]
    for case in cases:
        gold = case.get("gold") or {}
        want = gold.get("zone") or gold.get("name", "")
        if gold.get("county"):
            want = f"{gold['county']} {want}"
        got = case.get("placed") or f"{case['kind']} {case.get('what')}"
        year = f", year {case['year']} (gold {case['gold_year']})" if case.get("year") != case.get("gold_year") \
            and "year" in case else ""
        lines.append(f"- {case['id']} ({case['writer']}): {case.get('verdict') or case['kind']}: {got}, gold "
                     f"{gold.get('city', '')} {want}{year}")
    table = "\n".join(lines)
    if args.out:
        Path(args.out).write_text(table + "\n", encoding="utf-8")
    print(table)
    if args.placed:
        Path(args.placed).write_text(json.dumps({p.stem: [r.get("code"), r.get("year"), r.get("what")]
                                                 for p, r in zip(paths, results)}, ensure_ascii=False, indent=0),
                                     encoding="utf-8")
    if args.cases:
        Path(args.cases).write_text(json.dumps(cases, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
