"""Score a built graph against a hand-made gold file (the project's own evaluation).

Gold files list, per entity type, canonical names with the surface forms seen
in the text, ``_optional`` entries that are neither required nor penalised, and
(actor, relation, object) facts. Names are compared after NFKC folding, in
Simplified characters (the text is read in them, so the graph's labels are; a gold keeps a
Traditional page's own writing), with quotes and spaces removed; agencies must match exactly, other types may differ
at the edges by at most a quarter of the longer name.

Fact precision is counted over the who-did-what rows whose agent and object are both annotated entities,
optional ones too, so that an entity the annotation lacks does not count against the extractor (as the
annotators' own scorer counts it). A missed fact whose actor and object were both extracted is one the
action rules failed to link; the others wait on an entity.
"""
from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset

from kg.model import SCORED_TYPES
from kg.errors import Errors, InputError
from kg.ingest.normalise import to_simplified
from kg.ingest.read import TEXT_SUFFIXES
from kg.query import rows, run

TYPES = tuple(t.key for t in SCORED_TYPES)
_IGNORED = set("“”\"'‘’「」『』《》〈〉")
_FUZZ = 0.75


def fold(text: str) -> str:
    """``text`` as names are compared: a label of the graph is in Simplified characters even where the page was
    Traditional (證照分離 is read as 证照分离), and the gold writes what the page shows, so both sides are folded alike."""
    simple = to_simplified(unicodedata.normalize("NFKC", text or "").lower())
    return "".join(ch for ch in simple if not ch.isspace() and ch not in _IGNORED)


@dataclass
class GoldEntry:
    forms: set[str]

    @classmethod
    def of(cls, entry: dict, extra: list[str] = ()) -> GoldEntry:
        return cls({fold(f) for f in [entry["name"], *entry.get("aliases", []), *extra] if f})

    def same(self, label: str, exact: bool) -> bool:
        name = fold(label)
        if not name:
            return False
        if name in self.forms:
            return True
        if exact:
            return False
        return any(min(len(name), len(f)) / max(len(name), len(f)) >= _FUZZ and (name in f or f in name) for f in self.forms)


def _index(label: str, entries: list[GoldEntry], exact: bool) -> int | None:
    for strict in (True, False) if not exact else (True,):
        for i, entry in enumerate(entries):
            if entry.same(label, exact=strict):
                return i
    return None


@dataclass
class TypeScore:
    gold: int
    found: int = 0
    false_positives: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float | None:
        return self.found / self.gold if self.gold else None

    @property
    def precision(self) -> float | None:
        judged = self.found + len(self.false_positives)
        return self.found / judged if judged else None

    @property
    def f1(self) -> float | None:
        r, p = self.recall, self.precision or 0.0
        if r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score:
    entities: dict[str, TypeScore]
    fact_recall: float
    fact_rows: int
    supported_rows: int
    missed_facts: list[str]
    fact_total: int = 0  # gold facts
    judged_rows: int = 0  # rows whose agent and object are both annotated entities
    correct_rows: int = 0  # of those, the rows a gold fact joins
    unlinked_facts: list[str] = field(default_factory=list)  # missed facts whose two ends were both extracted
    # missed facts of the gold's reporting body, lost because the graph names that body otherwise
    writer_facts: list[str] = field(default_factory=list)
    writer_naming: str = "same"  # how the graph names the reporting body against the gold (``_writer_naming``)

    @property
    def supported(self) -> float:
        return self.supported_rows / self.fact_rows if self.fact_rows else 0.0

    @property
    def fact_precision(self) -> float | None:
        return self.correct_rows / self.judged_rows if self.judged_rows else None

    def table(self) -> str:
        lines = [f"{'type':<11}{'gold':>5}{'found':>6}{'recall':>8}{'prec':>7}{'f1':>7}"]
        fmt = lambda x: "-" if x is None else f"{x:.2f}"  # noqa: E731
        for name, s in self.entities.items():
            lines.append(f"{name:<11}{s.gold:>5}{s.found:>6}{fmt(s.recall):>8}{fmt(s.precision):>7}{fmt(s.f1):>7}")
        lines.append(f"facts: recall {self.fact_recall:.2f} ({len(self.unlinked_facts)} of {len(self.missed_facts)} missed with both "
                     f"ends extracted); precision {fmt(self.fact_precision)} ({self.correct_rows}/{self.judged_rows} rows between "
                     f"annotated entities); {self.supported_rows}/{self.fact_rows} rows supported by their evidence")
        return "\n".join(lines)


def score(dataset: Dataset, gold: dict) -> Score:
    """Compare the graph's ``entities`` and ``who-did-what`` rows with a gold annotation."""
    entity_rows = rows(run(dataset, "entities"))
    results = {}
    for type_ in TYPES:
        results[type_] = score_labels(gold, type_, [r["label"] for r in entity_rows if r["type"].endswith(type_)])

    named = {e["name"]: e for entries in gold["entities"].values() for e in entries}
    aliases = gold.get("actor_aliases", {})
    facts = rows(run(dataset, "who-did-what"))
    joined = [(GoldEntry.of(named.get(f["actor"], {"name": f["actor"]}), aliases.get(f["actor"], [])),
               GoldEntry.of(named.get(f["object"], {"name": f["object"]}))) for f in gold["facts"]]
    extracted = [r["label"] for r in entity_rows]
    extracted_agencies = [r["label"] for r in entity_rows if r["type"].endswith("Agency")]
    writer_naming = _writer_naming(dataset, gold, named)
    missed, unlinked, writer = [], [], []
    for fact, (actor, target) in zip(gold["facts"], joined):
        if not any(actor.same(r.get("agency", ""), True) and target.same(r.get("object", ""), False) for r in facts):
            missed.append(f"{fact['actor']} —{fact['relation']}→ {fact['object']}")
            if any(actor.same(a, True) for a in extracted_agencies) and any(target.same(e, False) for e in extracted):
                unlinked.append(missed[-1])
            elif writer_naming != "same" and fact["actor"] in aliases:
                writer.append(missed[-1])
    judged, correct = _judged_rows(gold, facts, joined)
    supported = sum(1 for r in facts if _supports(r.get("evidence", ""), r.get("object", "")))
    total = len(gold["facts"])
    return Score(results, (total - len(missed)) / total if total else 1.0, len(facts), supported, missed, total,
                 judged, correct, unlinked, writer, writer_naming)


def _writer_naming(dataset: Dataset, gold: dict, named: dict[str, dict]) -> str:
    """How the graph names the report's reporting body against the gold (its ``actor_aliases``): ``same``; ``prefixed``
    when the gold only writes more before it (西安市高陵区人民政府 for 高陵区人民政府, a city or 中共 the guide's worked
    example leaves out); ``other`` otherwise. Every fact of that body is missed unless it is ``same``, however well
    the actions were read, so such facts are counted apart."""
    aliases = gold.get("actor_aliases", {})
    bodies = [b for r in rows(run(dataset, "reports")) if (b := r.get("bodyLabel", ""))]
    if not aliases or any(GoldEntry.of(named.get(name, {"name": name}), forms).same(body, True)
                          for name, forms in aliases.items() for body in bodies):
        return "same"
    written = [fold(name) for name in aliases] + [fold(form) for forms in aliases.values() for form in forms]
    return "prefixed" if any(w.endswith(fold(b)) for w in written for b in bodies) else "other"


def _judged_rows(gold: dict, facts: list[dict], joined: list[tuple[GoldEntry, GoldEntry]]) -> tuple[int, int]:
    """How many who-did-what rows join two annotated entities (any type, optional ones too; the actor also by the
    reporting body's aliases), and how many of those a gold fact joins."""
    aliases = gold.get("actor_aliases", {})
    entries = [e for entries in gold["entities"].values() for e in entries]
    actors = [GoldEntry.of(e, aliases.get(e["name"], [])) for e in entries]
    objects = [GoldEntry.of(e) for e in entries]
    judged = correct = 0
    for r in facts:
        agent, obj = r.get("agency", ""), r.get("object", "")
        if any(a.same(agent, True) for a in actors) and any(o.same(obj, False) for o in objects):
            judged += 1
            correct += any(a.same(agent, True) and o.same(obj, False) for a, o in joined)
    return judged, correct


def score_labels(gold: dict, type_: str, labels: Iterable[str]) -> TypeScore:
    """One type's score for the names a recogniser gave: agencies must match a gold name exactly, other
    types may differ at the edges; a name matching an optional entry is neither found nor false."""
    required = [GoldEntry.of(e) for e in gold["entities"].get(type_, [])]
    optional = [GoldEntry.of(e) for e in gold["entities"].get(f"{type_}_optional", [])]
    exact = type_ == "Agency"
    result = TypeScore(gold=len(required))
    hit: set[int] = set()
    for label in sorted(set(labels)):
        i = _index(label, required, exact)
        if i is not None and i not in hit:
            hit.add(i)
            result.found += 1
        elif i is not None or _index(label, optional, exact) is None:
            result.false_positives.append(label)
    result.missed = [e["name"] for i, e in enumerate(gold["entities"].get(type_, [])) if i not in hit]
    return result


def _supports(evidence: str, obj: str) -> bool:
    evidence, obj = fold(evidence), fold(obj)
    return bool(evidence and obj) and (obj in evidence or obj[: max(2, len(obj) // 2)] in evidence)


GOLD_SHAPE = ('a JSON object {"entities": {TYPE: [{"name": …, "aliases": […]}, …]}, '
              '"facts": [{"actor": …, "relation": …, "object": …}, …]}')


def load_gold(path: str | Path) -> dict:
    """A gold file, checked for the shape :func:`score` reads; any other content is an ``InputError``."""
    path = Path(path)
    try:
        gold = json.loads(path.read_bytes())
    except UnicodeDecodeError:
        raise InputError(path, Errors.E056, shape=GOLD_SHAPE) from None
    except ValueError as exc:
        raise InputError(path, Errors.E057, reason=str(exc).splitlines()[0][:120], shape=GOLD_SHAPE) from None
    problem = _shape_problem(gold)
    if problem:
        raise InputError(path, Errors.E058, problem=problem, shape=GOLD_SHAPE)
    return gold


def _shape_problem(gold: object) -> str | None:
    if not isinstance(gold, dict):
        return f"holds a JSON {type(gold).__name__}, not an object"
    entities, facts = gold.get("entities"), gold.get("facts")
    if not isinstance(entities, dict):
        return '"entities" is missing or not an object'
    for kind, entries in entities.items():
        if not isinstance(entries, list) or not all(isinstance(e, dict) and isinstance(e.get("name"), str) for e in entries):
            return f'"entities"."{kind}" is not a list of objects with a "name"'
    if not isinstance(facts, list) or not all(
            isinstance(f, dict) and all(isinstance(f.get(k), str) for k in ("actor", "relation", "object")) for f in facts):
        return '"facts" is missing or not a list of objects with "actor", "relation" and "object"'
    if not isinstance(gold.get("actor_aliases", {}), dict):
        return '"actor_aliases" is not an object'
    return None


@dataclass
class CorpusScore:
    """A folder of reports with gold files, each report built on its own and scored; the counts pooled."""

    reports: dict[str, Score]
    failures: dict[str, str]

    def pooled(self, type_: str) -> TypeScore:
        total = TypeScore(gold=0)
        for s in self.reports.values():
            part = s.entities[type_]
            total.gold += part.gold
            total.found += part.found
            total.false_positives += part.false_positives
            total.missed += part.missed
        return total

    @property
    def macro_f1(self) -> float:
        """The mean over entity types of each type's F1 on the pooled counts."""
        scores = [f for f in (self.pooled(t).f1 for t in TYPES) if f is not None]
        return sum(scores) / len(scores) if scores else 0.0

    @property
    def fact_recall(self) -> float:
        found = sum(s.fact_total - len(s.missed_facts) for s in self.reports.values())
        total = sum(s.fact_total for s in self.reports.values())
        return found / total if total else 1.0

    @property
    def fact_precision(self) -> float | None:
        """The share of pooled rows between annotated entities that a gold fact joins."""
        judged = sum(s.judged_rows for s in self.reports.values())
        return sum(s.correct_rows for s in self.reports.values()) / judged if judged else None

    def table(self) -> str:
        fmt = lambda x: "-" if x is None else f"{x:.2f}"  # noqa: E731
        head = f"{'report':<24}" + "".join(f"{t:>11}" for t in TYPES) + f"{'facts':>7}"
        lines = [head]
        for name, s in sorted(self.reports.items()):
            lines.append(f"{name:<24}" + "".join(f"{fmt(s.entities[t].f1):>11}" for t in TYPES)
                         + f"{s.fact_recall:>7.2f}")
        for name, reason in sorted(self.failures.items()):
            lines.append(f"{name:<24}refused: {reason}")
        missed = sum(len(s.missed_facts) for s in self.reports.values())
        unlinked = sum(len(s.unlinked_facts) for s in self.reports.values())
        writer = sum(len(s.writer_facts) for s in self.reports.values())
        writers = [s for s in self.reports.values() if s.writer_facts]
        prefixed = sum(len(s.writer_facts) for s in writers if s.writer_naming == "prefixed")
        lines.append(f"facts missed {missed}: {unlinked} with both ends extracted, {writer} of a reporting body the "
                     f"graph names otherwise ({len(writers)} reports; {prefixed} where the gold only writes more "
                     "before it), the rest wait on an entity")
        lines.append(f"{'pooled F1':<24}" + "".join(f"{fmt(self.pooled(t).f1):>11}" for t in TYPES)
                     + f"{self.fact_recall:>7.2f}")
        lines.append(f"{'pooled recall':<24}" + "".join(f"{fmt(self.pooled(t).recall):>11}" for t in TYPES))
        lines.append(f"{'pooled precision':<24}" + "".join(f"{fmt(self.pooled(t).precision):>11}" for t in TYPES))
        lines.append(f"entity macro F1 {self.macro_f1:.2f}; fact recall {self.fact_recall:.2f}, "
                     f"precision {fmt(self.fact_precision)}; "
                     f"{len(self.reports)} reports scored, {len(self.failures)} refused")
        return "\n".join(lines)


def score_corpus(folder: str | Path) -> CorpusScore:
    """Build each ``reports/ID.txt`` of ``folder`` (or the ``.html``, ``.docx`` or ``.pdf`` of that name: a
    saved page is a report as much as its text) alone, as a user would (no overrides), and score it against
    ``gold/ID.json``; a report the build refuses counts in ``failures``."""
    from kg.api import build  # the API builds; evaluation sits above it

    folder = Path(folder)
    scores, failures = {}, {}
    for gold_path in sorted((folder / "gold").glob("*.json")):
        result = build([_report_of(folder / "reports", gold_path.stem)])
        if result.failures:
            failures[gold_path.stem] = result.failures[0].render().split(": ", 1)[-1]
            continue
        scores[gold_path.stem] = score(result.dataset, load_gold(gold_path))
    return CorpusScore(scores, failures)


def _report_of(reports: Path, report_id: str) -> Path:
    """The file of ``report_id`` among ``reports``, in the first of the readable formats it is saved in; the
    ``.txt`` name when there is none, so that the build says the file is missing."""
    candidates = (reports / f"{report_id}{suffix}" for suffix in TEXT_SUFFIXES)
    return next((p for p in candidates if p.is_file()), reports / f"{report_id}.txt")
