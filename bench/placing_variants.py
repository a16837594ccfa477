"""Placing under stress: is any report refused, or does any crash, when its page takes another real shape?

A report reaches the project as a user copies it: with or without its title, with its page's address, a copy site's
or none, only its opening, its writer's name shortened as people write it, its punctuation of either width and
spaced, in Traditional characters. Each variant below is made from every report of a corpus folder and run through
``kg.extract.extract`` exactly as ``kg build`` runs it, up to the point where the report is placed (division, year
and reporting body known; recognition is not run unless ``--full`` asks for it). For each variant it counts:

- refused: ``extract`` raises the ``InputError`` ``kg build`` prints as an error line and exits non-zero on
  (E001 no place, E003 no year, E077 not about rule-of-law work …);
- crashed: any other exception (``kg build`` would print a traceback, or E004 for a batch);
- moved: built, but its district (GB/T 2260 code), year or reporting body differ from the original form's.

    .venv/bin/python -W ignore bench/placing_variants.py [--corpus corpus/dev] [--jobs 2] [--full 20]
        [--out bench/placing_variants.md] [--cases /tmp/placing_cases.json] [--forms first-sentence-title,no-title]

``--full N`` also runs the whole extraction (recognition included) of every form of every Nth report (rows
``…/full``; moves are not counted there), counting crashes and the sentences recognition failed on and skipped.
``--cases`` writes every refused, crashed or moved case (report, variant, what changed) as JSON for reading, with
every original form's placing. It refuses the held-out and blind parts: placing rules are written from the
development reports only.

The variants (a report a variant does not apply to, a short name for a report whose writer has none, is not
counted in that variant's row):

- ``original``: the corpus file as it is (``# title``, ``# 来源: URL``, the text);
- ``first-sentence-title``: the title line replaced by the text's first sentence (a page that shows no title);
- ``no-title``: the title line dropped (the text alone, with its address);
- ``no-source`` / ``copy-site``: the ``# 来源`` line dropped / pointing at a site that copies pages (sohu.com);
- ``cut-300`` / ``cut-600``: the text cut to its first 300 / 600 characters (a snippet, a page that failed to load);
- ``short-name``: the writer's place written short in the title and the text's first line, as people write it
  (隆回县 -> 隆回, 株洲市 -> 株洲, 湖南省 -> 湖南, …街道办事处 -> …街道, 经济技术开发区 -> 经开区);
- ``street-doubled``: a street's name written with 街 before 街道 (北城街道 -> 北城街街道), for a street's report;
- ``punctuation``: the title and first line with their punctuation's width swapped (, <-> ，, : <-> ：, ( <-> （)
  and spaces around numbers (2023 年), the title spaced after its place;
- ``traditional``: the whole file in Traditional characters (OpenCC s2t).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import traceback
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.errors import InputError  # noqa: E402
from kg.extract import extract, place  # noqa: E402

_BLIND = ("heldout", "agreement", "fresh")
_COPY_SITE = "https://www.sohu.com/a/712345678_121123456"
_ZONE_SHORT = (("经济技术开发区", "经开区"), ("高新技术产业开发区", "高新区"), ("经济开发区", "经开区"))
_BODY_AFTER = r"(?!人民|政府|委|党|人大|政协|法院|检察|[^\s\d年,，。、]{0,8}?(?:局|办|厅|院|会|中心|所))"
_WIDTH = {",": "，", "，": ",", ":": "：", "：": ":", "(": "（", "（": "(", ")": "）", "）": ")", ";": "；", "；": ";"}
_WIDTH_RE = re.compile("[" + re.escape("".join(_WIDTH)) + "]")


@dataclass(frozen=True)
class Placed:
    code: str
    year: int | None
    body: str


def _parts(text: str) -> tuple[str, str | None, str]:
    """(title line, source line or None, the rest) of a corpus file."""
    lines = text.split("\n")
    title = lines[0] if lines and lines[0].startswith("#") and not lines[0].startswith("# 来源") else ""
    rest = lines[1:] if title else lines
    source = rest[0] if rest and rest[0].startswith("# 来源") else None
    rest = rest[1:] if source is not None else rest
    return title, source, "\n".join(rest)


def _join(title: str, source: str | None, body: str) -> str:
    return "\n".join([line for line in (title, source) if line] + [body])


def _first_sentence(body: str) -> str:
    text = body.strip()
    line = text.split("\n", 1)[0]
    end = line.find("。")
    return line[:end] if end != -1 else line[:100]


def _short_forms(placed: Placed) -> list[tuple[str, str]]:
    """(full, short) pairs for the writer's place as people shorten it."""
    from kg.divisions import gazetteer
    division = gazetteer().by_code.get(placed.code)
    pairs = []
    if "街道办事处" in placed.body:
        pairs.append(("街道办事处", "街道"))
    for full, short in _ZONE_SHORT:
        if full in placed.body:
            pairs.append((full, short))
    if division is not None and division.level in ("county", "city", "province") and division.name[-1] in "县市省":
        name, alias = division.name, division.alias  # a district (城阳区) is rarely written without its 区
        short = alias if alias and alias != name and len(alias) >= 2 else name[:-1]
        if len(short) >= 2:
            pairs.append((name, short))
    return pairs


def division_name(placed: Placed) -> str:
    from kg.divisions import gazetteer
    division = gazetteer().by_code.get(placed.code)
    return division.name if division else ""


def _shortened(text: str, placed: Placed) -> str | None:
    pairs = _short_forms(placed)
    if not pairs:
        return None
    title, source, body = _parts(text)
    head, sep, tail = body.lstrip("\n").partition("\n")
    new_title, new_head = title, head
    for full, short in pairs:
        # a place alone is written short (隆回2023年…, 株洲深入贯彻…); a body keeps its full name (隆回县人民政府)
        alone = re.compile(re.escape(full) + (_BODY_AFTER if full == division_name(placed) else ""))
        new_title, new_head = alone.sub(short, new_title), alone.sub(short, new_head)
    if (new_title, new_head) == (title, head):
        return None
    return _join(new_title, source, new_head + sep + tail)


def _street_doubled(text: str, placed: Placed) -> str | None:
    street = re.match(r"(.{2,8}?)街道(?:办事处)?$", placed.body)
    if not street or street.group(1).endswith("街"):
        return None
    name = street.group(1)
    doubled = text.replace(f"{name}街道", f"{name}街街道")
    return doubled if doubled != text else None


def _noisy(line: str, title: bool) -> str:
    line = _WIDTH_RE.sub(lambda m: _WIDTH[m.group()], line)
    line = re.sub(r"(\d{4})(年)", r" \1 \2", line)
    if title:
        line = re.sub(r"(区|县|市|旗|街道|镇)(?=\s*\d| \d)", r"\1  ", line, count=1)
    return line


def _punctuation(text: str) -> str:
    title, source, body = _parts(text)
    head, sep, tail = body.lstrip("\n").partition("\n")
    return _join(_noisy(title, True) if title else "", source, _noisy(head, False) + sep + tail)


@cache
def _s2t():
    from opencc import OpenCC
    return OpenCC("s2t")


def variants(text: str, placed: Placed | None) -> dict[str, str | None]:
    """Every variant of a corpus file's text; None where one does not apply."""
    title, source, body = _parts(text)
    first = _first_sentence(body)
    cut = body.lstrip("\n")
    out: dict[str, str | None] = {
        "first-sentence-title": _join(f"# {first}", source, body) if first else None,
        "no-title": _join("", source, body) if title else None,
        "no-source": _join(title, None, body) if source else None,
        "copy-site": _join(title, f"# 来源: {_COPY_SITE}", body),
        "cut-300": _join(title, source, cut[:300]),
        "cut-600": _join(title, source, cut[:600]),
        "short-name": _shortened(text, placed) if placed else None,
        "street-doubled": _street_doubled(text, placed) if placed else None,
        "punctuation": _punctuation(text),
        "traditional": _s2t().convert(text),
    }
    return out


def _run(path: Path, full: bool) -> tuple[str, object]:
    """('placed', Placed) / ('refused', code) / ('crashed', traceback's last line); ``full``: the whole extraction,
    ('built', sentences skipped)."""
    try:
        if full:
            record = extract(path)
            return "built", sum(sentence.skipped for sentence in record.sentences)
        placed = place(path)
        return "placed", Placed(placed.division.code, placed.year, placed.resolver.reporting_body)
    except InputError as exc:
        return "refused", str(exc).split("]")[0].split("[")[-1]
    except Exception:  # noqa: BLE001 - what is counted
        return "crashed", traceback.format_exc().strip().splitlines()[-1]


def one_report(args: tuple[str, bool] | tuple[str, bool, tuple[str, ...]]) -> dict:
    path_str, full, *rest = args
    forms = rest[0] if rest else ()
    path = Path(path_str)
    text = path.read_text(encoding="utf-8")
    rid = path.stem
    out = {"id": rid, "results": {}}
    kind, original = _run(path, False)
    out["results"]["original"] = (kind, original.__dict__ if isinstance(original, Placed) else original)
    placed = original if isinstance(original, Placed) else None
    if full:
        out["results"]["original/full"] = _run(path, True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, variant in variants(text, placed).items():
            if variant is None or (forms and name not in forms):
                continue
            file = Path(tmp) / f"{rid}.txt"
            file.write_text(variant, encoding="utf-8")
            kind, value = _run(file, False)
            out["results"][name] = (kind, value.__dict__ if isinstance(value, Placed) else value)
            if full:
                kind, value = _run(file, True)
                out["results"][name + "/full"] = (kind, value)
    return out


def _moved(original: dict, placed: dict) -> list[str]:
    return [key for key in ("code", "year", "body") if original[key] != placed[key]]


def development_reports(parser: argparse.ArgumentParser, corpus: str, only: str | None) -> tuple[Path, list[Path]]:
    """A development folder and its reports (with ``only``, a file of ids, those alone). A held-out or blind folder is
    refused: placing rules are written from the development reports only."""
    if any(part in corpus for part in _BLIND):
        parser.error("placing rules are written from the development reports only")
    folder = Path(corpus) if Path(corpus).is_absolute() else ROOT / corpus
    paths = sorted((folder / "reports").glob("*.txt"))
    if only:
        keep = set(Path(only).read_text().split())
        paths = [p for p in paths if p.stem in keep]
    return folder, paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", default="corpus/dev")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--full", type=int, default=0, help="whole extraction of every form of every Nth report")
    parser.add_argument("--only", help="a file of report ids, one a line: only these")
    parser.add_argument("--out", help="the markdown table to write (default: print it)")
    parser.add_argument("--cases", help="a JSON file for every refused, crashed or moved case")
    parser.add_argument("--forms", help="only these forms, comma-separated (first-sentence-title,no-title)")
    args = parser.parse_args()
    _, paths = development_reports(parser, args.corpus, args.only)
    forms = tuple(f for f in (args.forms or "").split(",") if f)
    tasks = [(str(p), bool(args.full) and n % args.full == 0, forms) for n, p in enumerate(paths)]
    with ProcessPoolExecutor(args.jobs) as pool:
        results = list(pool.map(one_report, tasks, chunksize=4))

    counts: dict[str, Counter] = {}
    cases = []
    for report in results:
        original = report["results"]["original"]
        for name, (kind, value) in report["results"].items():
            row = counts.setdefault(name, Counter())
            row["made"] += 1
            if kind == "placed":
                row["built"] += 1
                if name != "original" and original[0] == "placed":
                    moved = _moved(original[1], value)
                    for key in moved:
                        row[f"moved {key}"] += 1
                    if moved:
                        row["moved"] += 1
                        cases.append({"id": report["id"], "variant": name, "kind": "moved", "what": moved,
                                      "original": original[1], "variant_placed": value})
            elif kind == "built":
                row["built"] += 1
                row["skipped sentences"] += value
            else:
                row[kind] += 1
                row[f"{kind} {value}" if kind == "refused" else kind] += 0
                cases.append({"id": report["id"], "variant": name, "kind": kind, "what": value})
                if kind == "refused":
                    row[f"refused {value}"] += 1

    names = ["original", *[n for n in counts if n != "original"]]
    lines = [f"Corpus `{args.corpus}`, {len(paths)} reports.", "",
             "| variant | made | built | refused | crashed | moved (any) | district moved | year moved | body moved |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for name in names:
        row = counts.get(name, Counter())
        codes = ", ".join(f"{k.split()[1]} {v}" for k, v in sorted(row.items()) if k.startswith("refused ") and v)
        refused = f"{row['refused']}" + (f" ({codes})" if codes else "")
        skipped = f"; {row['skipped sentences']} sentences skipped" if name.endswith("/full") else ""
        moved_share = f"{row['moved']} ({row['moved'] / row['built']:.1%})" \
            if row["built"] and name != "original" and not name.endswith("/full") else "-"
        lines.append(f"| {name} | {row['made']} | {row['built']}{skipped} | {refused} | {row['crashed']} | "
                     f"{moved_share} | {row['moved code']} | {row['moved year']} | {row['moved body']} |")
    table = "\n".join(lines)
    if args.out:
        Path(args.out).write_text(table + "\n", encoding="utf-8")
    print(table)
    if args.cases:
        originals = {report["id"]: report["results"]["original"] for report in results}
        Path(args.cases).write_text(json.dumps({"original": originals, "cases": cases}, ensure_ascii=False, indent=1),
                                    encoding="utf-8")


if __name__ == "__main__":
    main()
