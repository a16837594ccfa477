"""Which standard rule-of-law indicator a measure gives (行政复议案件受理数, 负责人出庭应诉率).

Reports write the same figure many ways (受理行政复议案件666件; 行政复议局全年受理…198件;
收到…申请615件, 受理552件, 审结528件), so a free-text "counts" label never lines up across
districts. The scheme in ``ontology/indicators.ttl`` gives each group of indicators the words of
its subject (topic words: 行政复议) and each indicator the words that pick it out in the clause
of a number (cue words: 受理, 审结, 纠错率) and the units it is counted in. A measure is typed
when its clause holds a cue of an indicator, the sentence names that indicator's subject, and
the unit fits (a rate only from a percentage). Among several, the nearest cue wins, then the
nearest subject. A figure left untyped is better than one typed wrongly: researchers compare
these numbers across places.

Year-on-year changes (同比增长7%, 下降2.3个百分点) are read as changes of the indicator, never
as its value.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from kg import derived
from kg.graph.namespace import FZ
from kg.graph.ontology import find_ontology_file

PERCENT = "%"
POINTS = "个百分点"
_CLAUSE_BREAK = re.compile(r"[，,；;。：:！!？?]")
_DIGITS = re.compile(r"[0-9][0-9.]*")
_TITLE = re.compile(r"《[^》]*》")
# 同比增长 7%, 较上年下降 2.3 个百分点; 下降至 3% is a level, not a change.
_CHANGE = re.compile(r"(?:同比|较上年|比上年|较去年|比去年)?(?P<verb>增长|上升|提高|提升|增加|下降|减少|降低)(?:了)?$")
_FALLING = ("下降", "减少", "降低")
_OVER = ("超过", "超出", "超", "逾")
# Measure words that count the noun after them (131个行政规范性文件); after 件 or 次 comes what
# happened to the thing counted (1件案卷获评…), not what it is.
_NOUN_COUNTERS = frozenset("个名家项类位所人")
_RIGHT_PENALTY = 100  # a cue after the number (8个人民调解组织) counts only when none is before it
# 其他事项审查1件 after 行政规范性文件审查2件: "the rest" is none of the subjects named before it.
_THE_REST = ("其他", "其它", "其余")


@dataclass(frozen=True)
class Indicator:
    """One concept of the scheme, with the words that express it."""

    iri: URIRef
    notation: str
    label: str  # skos:prefLabel@zh
    group: str  # its group's skos:prefLabel@zh
    topics: tuple[str, ...]
    cues: tuple[str, ...]
    unit: str
    units: frozenset[str]
    wordings: tuple[str, ...]

    @property
    def rate(self) -> bool:
        return self.unit == PERCENT


@dataclass(frozen=True)
class Reading:
    """A measure as a figure of the scheme: its value, or its year-on-year change when ``change``."""

    indicator: Indicator
    value: Decimal
    unit: str
    approximate: bool
    change: bool = False


def _zh(graph: Graph, node: URIRef) -> str:
    return next(str(o) for o in graph.objects(node, SKOS.prefLabel) if isinstance(o, Literal) and o.language == "zh")


def _words(graph: Graph, node: URIRef, prop: URIRef) -> tuple[str, ...]:
    return tuple(sorted((str(o) for o in graph.objects(node, prop)), key=lambda w: (-len(w), w)))


@cache
def scheme() -> tuple[Indicator, ...]:
    """Every indicator of ``ontology/indicators.ttl``, in notation order.

    Parsing the Turtle file with rdflib took 60 ms of every process that classifies a measure, before its
    first report; the scheme is derived once per version of the file and of this module (``kg.derived``)."""
    source = find_ontology_file("indicators.ttl")
    key = derived.key("indicators", ["rdflib"], [source.read_text(encoding="utf-8"), Path(__file__).read_text(encoding="utf-8")])
    return derived.load_or_build(key, lambda: _derive_scheme(source))


def _derive_scheme(source: Path) -> tuple[Indicator, ...]:
    graph = Graph().parse(source)
    out = []
    for node in graph.subjects(RDF.type, FZ.Indicator):
        group = graph.value(node, SKOS.broader)
        out.append(Indicator(
            iri=node, notation=str(graph.value(node, SKOS.notation)), label=_zh(graph, node), group=_zh(graph, group),
            topics=_words(graph, group, FZ.topicWord), cues=_words(graph, node, FZ.cueWord),
            unit=str(graph.value(node, FZ.unit)), units=frozenset(_words(graph, node, FZ.unitWord)),
            wordings=_words(graph, node, SKOS.altLabel)))
    return tuple(sorted(out, key=lambda i: i.notation))


def find(name: str) -> Indicator | None:
    """An indicator by its notation (AR-ACCEPTED), Chinese label, one of its wordings, or IRI."""
    for indicator in scheme():
        if name.upper() == indicator.notation or name in (indicator.label, str(indicator.iri)) or name in indicator.wordings:
            return indicator
    return None


def _masked(sentence: str) -> str:
    """The sentence with document titles blanked: 《行政复议法》 does not put a sentence on 行政复议."""
    return _TITLE.sub(lambda m: "□" * len(m.group()), sentence)


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause around ``text[start:end]`` begins and ends."""
    before = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)]
    after = _CLAUSE_BREAK.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


def _last(text: str, words: tuple[str, ...]) -> int | None:
    """How far before the end of ``text`` the nearest of ``words`` ends."""
    ends = [text.rfind(w) + len(w) for w in words if w in text]
    return len(text) - max(ends) if ends else None


def _first(text: str, words: tuple[str, ...]) -> int | None:
    starts = [text.find(w) for w in words if w in text]
    return min(starts) if starts else None


def _nearest(words: tuple[str, ...], left: str, right: str) -> int | None:
    """How far the nearest of ``words`` is from the number: before it, else (farther) after it."""
    distance = _last(left, words)
    if distance is None:
        distance = _first(right, words)
        return None if distance is None else distance + _RIGHT_PENALTY
    return distance


@cache
def _counted_in(unit: str) -> tuple[Indicator, ...]:
    """The indicators whose value may be written in ``unit``, in notation order: a measure is classified
    against these, not the whole scheme."""
    return tuple(indicator for indicator in scheme() if unit in indicator.units)


@cache
def _topic_groups() -> dict[str, tuple[tuple[str, str], ...]]:
    """Each topic word with a group it names, once (the indicators of a group share its words), filed under
    the word's first character: a clause is searched only for the words that can begin in it."""
    out: dict[str, tuple[tuple[str, str], ...]] = {}
    for word, group in dict.fromkeys((t, i.group) for i in scheme() for t in i.topics):
        out[word[0]] = (*out.get(word[0], ()), (word, group))
    return out


def _groups_named(text: str) -> set[str]:
    """The groups whose topic words the text holds; a word inside a longer one of another group
    (行政执法 in 重大行政执法决定) is that longer word's."""
    found = set()
    by_first = _topic_groups()
    for first in by_first.keys() & set(text):
        for word, group in by_first[first]:
            at = text.find(word)
            while at >= 0:  # each occurrence that does not overlap the one before, as re.finditer finds them
                found.add((at, at + len(word), group))
                at = text.find(word, at + len(word))
    return {group for start, end, group in found
            if not any(s <= start and end <= e and (e - s) > (end - start) for s, e, _ in found)}


def _own_words(left: str) -> str:
    """The part of a clause that belongs to its last number: after any earlier figure (法律顾问11名、专家36名)."""
    digits = [m.end() for m in _DIGITS.finditer(left)]
    return left[digits[-1]:] if digits else left


def _own_right(right: str) -> str:
    """The words after a number up to the next figure's item (规范性文件18件、合同协议236件)."""
    later = _DIGITS.search(right)
    if later is None:
        return right
    item = right.rfind("、", 0, later.start())
    return right[:item] if item >= 0 else right[:later.start()]


def classify(value: Decimal, unit: str, approximate: bool, sentence: str, start: int, end: int) -> Reading | None:
    """The reading of the measure written at ``sentence[start:end]`` (value and unit already parsed).

    >>> r = classify(Decimal(666), "件", False, "受理行政复议案件666件,结案594件。", 8, 12)
    >>> r.indicator.notation, r.value, r.change
    ('AR-ACCEPTED', Decimal('666'), False)
    >>> classify(Decimal(594), "件", False, "受理行政复议案件666件,结案594件。", 15, 19).indicator.notation
    'AR-CONCLUDED'
    """
    text = _masked(sentence)
    written = sentence[start:end]
    approximate = approximate or written.startswith(_OVER)
    c_start, c_end = _clause(text, start, end)
    left, right = text[c_start:start], text[end:c_end]
    before = text[:start]
    change = _CHANGE.search(left)
    if change:
        left = left[:change.start()]
        if not left.strip() and c_start > 0:  # 受理…1.28万件, 同比增长41.3%: the change is of the clause before
            c_start = _clause(text, c_start - 1, c_start - 1)[0]
            previous = text[c_start:start]
            left = previous[:min((m.start() for m in _DIGITS.finditer(previous)), default=0)]
        if change.group("verb") in _FALLING:
            value = -value
    elif unit == POINTS:
        return None
    if left.endswith("的"):
        left = ""  # 我局办理的1件案件入选, 保留的21项证明事项: what the number counts is written after it
    left, right = _own_words(left), _own_right(right) if unit in _NOUN_COUNTERS else ""
    if left.lstrip("、").startswith(_THE_REST):
        before = left
    named = _groups_named(left + right)
    if len(named) > 1:
        return None  # 审查合同、重大行政决策、规范性文件等事项583件: one figure for several indicators
    # ``right`` is empty unless the unit counts a noun written after it (8个街道, 38名干部). An indicator applies
    # when a cue and a topic word of it are near; the topic words are its group's, looked for once per group.
    best: tuple[tuple[int, int], Indicator] | None = None
    topic_distances: dict[tuple[str, ...], int | None] = {}
    for indicator in scheme() if change else _counted_in(unit):
        if named and indicator.group not in named:
            continue
        cue = _nearest(indicator.cues, left, right)
        if cue is None:
            continue
        if indicator.topics not in topic_distances:
            topic_distances[indicator.topics] = _nearest(indicator.topics, before, right)
        topic = topic_distances[indicator.topics]
        if topic is not None and (best is None or (cue, topic) < best[0]):
            best = (cue, topic), indicator
    if best is None:
        return None
    return Reading(best[1], value, unit, approximate, change=bool(change))
