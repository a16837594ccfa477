"""Coverage: where a built report went quiet, so a reader knows which reports to distrust.

Read from a report's N-Quads (fresh or from the cache alike): sentences that use an action
verb yet gave no fact, top-level sections with no fact at all, and the report's facts per
thousand characters against the median of the development corpus (``coverage.tsv``).
"""
from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache

from rdflib.plugins.parsers.ntriples import unquote

from kg.divisions import UNPLACED
from kg.graph.namespace import FZ
from kg.records import ReportRecord
from kg.resources import alternation, table, word_list

_FAR_BELOW = 0.5  # a report with under half the median density of facts is flagged
_MOSTLY_QUIET = 0.5  # a report where more than half the sentences with an action verb gave no fact is flagged
_LITERAL = re.compile(rb'^"(.*)"(?:@[\w-]+|\^\^<[^>]*>)?$')
_PART = re.compile(rb"/(sentence|action|section)/([\d.]+)")


@dataclass(frozen=True)
class Coverage:
    """One report's quiet places."""

    acting: int  # sentences with an action verb
    chars: int
    facts: int
    quiet_sentences: tuple[int, ...]  # indexes of sentences with an action verb and no fact
    silent_sections: tuple[str, ...]  # headings of top-level sections with no fact
    median_per_kchar: float
    skipped: tuple[int, ...] = ()  # sentences recognition failed on (an internal error): nothing came from them
    unplaced: bool = False  # a zone no table lists, in no division: its bodies cannot be told from another's

    @property
    def per_kchar(self) -> float:
        return 1000 * self.facts / self.chars if self.chars else 0.0

    @property
    def sparse(self) -> bool:
        """Far fewer facts per thousand characters than the corpus median."""
        return self.per_kchar < _FAR_BELOW * self.median_per_kchar

    @property
    def quiet(self) -> bool:
        """Worth a line in the build summary: a section of work with no fact, most sentences with an action
        verb without one, far fewer facts than the corpus median, or a sentence skipped after an error."""
        mostly_quiet = self.acting and len(self.quiet_sentences) > _MOSTLY_QUIET * self.acting
        return bool(self.silent_sections or mostly_quiet or self.sparse or self.skipped or self.unplaced)

    def summary(self) -> str:
        """One line for ``kg build``."""
        parts = [f"{len(self.quiet_sentences)} of {self.acting} sentences with an action verb gave no fact"]
        if self.unplaced:
            parts.append("its zone is in no division known (give --district with the division it lies in)")
        if self.skipped:
            parts.append(f"sentences {', '.join(map(str, self.skipped))} skipped after an internal error (please report them)")
        if self.silent_sections:
            parts.append("no fact in " + "、".join(self.silent_sections))
        if self.sparse:
            parts.append(f"{self.per_kchar:.1f} facts per 1000 characters, corpus median {self.median_per_kchar:.1f}")
        return "; ".join(parts)


@cache
def _expected_silent() -> re.Pattern[str]:
    """Headings of the parts that state no work done: shortcomings and their causes (report_parts.tsv)."""
    return re.compile(next(row["cues"] for row in table("report_parts.tsv") if row["part"] == "shortcomings"))


@cache
def _verbs() -> re.Pattern[str]:
    return re.compile(alternation(word_list("action_verbs.txt")))


def median_per_kchar() -> float:
    """The development corpus's median of facts per thousand characters, as shipped."""
    return float(table("coverage.tsv")[0]["facts_per_1000_chars"])


def _statements(nquads: bytes, predicate: str, kind: str) -> Iterator[tuple[str, bytes]]:
    """(the part's number, object) of each line of ``nquads`` whose predicate is ``predicate`` and whose subject
    is a part of ``kind`` (a sentence, an action, a section).

    A report's graph has thousands of lines and coverage reads a few hundred, so the predicate is
    searched for in the bytes rather than every line decoded and split. Where it is found inside a
    literal, what comes before it on the line is not one IRI (it holds a space), and it is passed over.
    """
    needle = f" <{predicate}> ".encode()
    at = nquads.find(needle)
    while at >= 0:
        start, end = nquads.rfind(b"\n", 0, at) + 1, nquads.find(b"\n", at)
        end = len(nquads) if end < 0 else end
        subject = nquads[start:at]
        part = _PART.search(subject) if b" " not in subject else None
        if part is not None and part.group(1) == kind.encode():
            yield part.group(2).decode(), nquads[at + len(needle):end].rsplit(b" ", 2)[0]
        at = nquads.find(needle, end)


def _literal(value: bytes) -> str:
    return unquote(_LITERAL.match(value).group(1).decode("utf-8"))


def coverage(nquads: bytes) -> Coverage:
    """The coverage of one report's graph, from its N-Quads lines (a report read from the cache has only these)."""
    text = {int(key): _literal(value) for key, value in _statements(nquads, FZ.text, "sentence")}
    skipped = sorted(int(key) for key, _ in _statements(nquads, FZ.skipped, "sentence"))
    section_of = {int(key): _PART.search(value).group(2).decode()
                  for key, value in _statements(nquads, FZ.section, "sentence")}
    headings = {key: _literal(value) for key, value in _statements(nquads, FZ.heading, "section")}
    facts: dict[int, int] = defaultdict(int)
    for key, _ in _statements(nquads, FZ.object, "action"):
        facts[int(key.split(".")[0])] += 1
    return _coverage(text, skipped, section_of, headings, facts, f"/division/{UNPLACED}-".encode() in nquads)


def record_coverage(record: ReportRecord) -> Coverage:
    """The coverage ``coverage`` reads from the report's graph, from its record: where a report is extracted the
    record is at hand, and reading it costs a tenth of searching the graph's N-Quads (``bench/README.md``).

    Texts are taken as the graph writes them (UTF-8, a lone surrogate replaced), and a division in no division
    is looked for where the graph names divisions: the report's own, the jurisdictions of its entities, and the
    places that act or are acted on.
    """
    text = {s.index: _as_written(s.text) for s in record.sentences}
    skipped = sorted(s.index for s in record.sentences if s.skipped)
    section_of = {s.index: s.section for s in record.sentences if s.section}
    headings = {section.path: _as_written(section.title) for section in record.sections}
    facts = Counter(action.sentence for action in record.actions if action.object is not None)
    keys = [record.reporting_body] + [key for action in record.actions
                                      for key in (action.agent, action.object, action.recipient) if key is not None]
    places = {record.division.code, *record.division.parts, *(e.jurisdiction for e in record.entities.values()),
              *(jurisdiction for kind, jurisdiction, _ in keys if kind == "Place")}
    return _coverage(text, skipped, section_of, headings, facts, any(code.startswith(f"{UNPLACED}-") for code in places))


def _as_written(text: str) -> str:
    return text if text.isascii() else text.encode("utf-8", "replace").decode("utf-8")


def _coverage(text: dict[int, str], skipped: list[int], section_of: dict[int, str], headings: dict[str, str],
              facts: Mapping[int, int], unplaced: bool) -> Coverage:
    """Coverage from a report's sentences (index: text), the sentences skipped, each sentence's section, the
    sections' headings (path: heading) and the facts of each sentence."""
    verbs = _verbs()
    acting = [i for i, t in sorted(text.items()) if verbs.search(t)]
    quiet = tuple(i for i in acting if not facts.get(i))
    with_facts = {section_of.get(i, "").split(".")[0] for i in facts}
    expected_silent = _expected_silent()
    silent = tuple(headings[path] for path in sorted(headings, key=lambda p: [int(n) for n in p.split(".")])
                   if "." not in path and path not in with_facts and not expected_silent.search(headings[path]))
    return Coverage(len(acting), sum(len(t) for t in text.values()), sum(facts.values()), quiet, silent,
                    median_per_kchar(), tuple(skipped), unplaced)


def corpus_median(graphs: list[bytes]) -> float:
    """The median facts per thousand characters over built reports (to refresh ``coverage.tsv``)."""
    return statistics.median(coverage(g).per_kchar for g in graphs)
