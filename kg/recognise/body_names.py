"""Where a body's name is written: the table's names and the grammar's, with every vocabulary read in one pass.

The agency recogniser once read bodies with regexes whose alternations held every division name
(4,000) and every written form of a standard body name (600). Python's ``re`` tries such an
alternation at every character and compiled the patterns anew for each report's level characters
(a quarter of a second each). Here each large vocabulary is an Aho-Corasick automaton built once
(ahocorasick-rs) that gives every word at every position in one pass over the text, and the small
grammar around the words (an optional 中共, a jurisdiction or a level character, the committee's 委,
the field words, the characters that may not follow) is checked only where a word can begin.

The matches are the regexes' own, which the docstrings below spell out: found left to right, none
overlapping the one before, and at one position the alternative a backtracking regex would take
first (a longer word before a shorter one, a written jurisdiction before a level character).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

import ahocorasick_rs

from kg.divisions import gazetteer

Starts = dict[int, tuple[int, ...]]
"""Where each word found begins, with where the words that begin there end, the longest first."""

PREFIXES = ("中共", "中国共产党", "国家税务总局")
"""What may head a table name before its jurisdiction (中共城阳区委, 国家税务总局青岛市税务局)."""
_PREFIX = re.compile("|".join(PREFIXES))


class Vocabulary:
    """A fixed set of words and the automaton that finds all of them in a text at once."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(sorted({w for w in words if w}))
        self._automaton = ahocorasick_rs.AhoCorasick(self.words) if self.words else None
        self._last: tuple[str, list[tuple[int, int, int]]] | None = None  # the text last scanned and what was found

    def starts(self, text: str, extra: Iterable[str] = (), longer_than: int = 0) -> Starts:
        """Every occurrence of the words longer than ``longer_than`` characters (and of ``extra``, a report's own
        few) by where it begins."""
        ends: dict[int, set[int]] = {}
        for _, start, end in self._scan(text):
            if end - start > longer_than:
                ends.setdefault(start, set()).add(end)
        for word in extra:
            start = text.find(word)
            while start >= 0:
                ends.setdefault(start, set()).add(start + len(word))
                start = text.find(word, start + 1)
        return {start: tuple(sorted(found, reverse=True)) for start, found in ends.items()}

    def _scan(self, text: str) -> list[tuple[int, int, int]]:
        """Every occurrence of every word; the same text asked again (the division names, by the agencies and the
        places of one Doc) is not scanned again: the scan of a large automaton is most of what it costs."""
        if self._automaton is None:
            return []
        if self._last is None or self._last[0] is not text:
            self._last = (text, self._automaton.find_matches_as_indexes(text, overlapping=True))
        return self._last[1]

    def occurs_in(self, text: str) -> bool:
        """Whether any of the words is in ``text``."""
        return self._automaton is not None and bool(self._automaton.find_matches_as_indexes(text))


@dataclass(frozen=True)
class Grammar:
    """The characters the grammar around a body's name is made of (see ``kg.recognise.agencies``)."""

    levels: str  # level characters in use: 区县市省, and 州 in 恩施州's reports
    not_prefix_before: str  # a level character after these is a scope or part of a word (全区, 社区)
    suffix_not_before: str  # a name followed by these is part of a longer word (部门, 局面)
    word_after: str  # a level character before these starts an ordinary word (区域, 市场)
    field_stop: str  # characters that are never inside a body's field words
    # A suffix followed by one of its characters here ends an ordinary word, not a body (社科研究, 中心工作), or
    # the kind of all towns (示范乡镇, 各镇街); 所有 is a word, 司法局有力指导 is a body's name and more. 办 before 公
    # is the word 办公 (省长办公会议, 县长办公会: a head's working meeting, not an office 长办); before 理, 法 or 事 it
    # opens 办理, 办法 or 办事 (区政府共办理议案, 信用评价办法, 省网上办事大厅; fifty-seventh round: 3 false gone, 1 \| 2).
    word_goes_on: tuple[tuple[str, str], ...] = (("科", "学技研普"), ("中心", "工任"), ("乡", "镇"), ("镇", "街"),
                                                 ("所", "有"), ("办", "公理法事"))
    # Cores a 委 before does not join: the committee and a body of the state written back to back (区委政府,
    # 区委人大常委会) are two bodies, not the committee's government.
    not_after_committee: frozenset[str] = frozenset()
    # Words a name's last character opens with the character after it: 部分 (组织部分单位, 县政府部分工作部门: "some of",
    # no 组织部 nor 政府部; ninetieth round).
    words_across: frozenset[str] = frozenset({"部分"})

    def goes_on(self, suffix: str, after: str) -> bool:
        """Whether ``suffix`` followed by ``after`` is part of an ordinary word (科学, 社科研究, 中心工作)."""
        return bool(after) and any(suffix == word and after in chars for word, chars in self.word_goes_on)


class TableMatch(NamedTuple):
    """``(中共|中国共产党|国家税务总局)? (division names+ level? | level)? 委? core`` at ``start``-``end``.

    A named tuple, as ``GrammarMatch``: a report has thousands of candidates, most of them dropped, and a frozen
    dataclass took three times as long to make."""

    start: int
    end: int
    prefix: str | None
    jurisdiction: str | None  # the division names written before the core (城阳区, 青岛市城阳区)
    again: str | None  # a level character repeated after them (滨海新区|区|委)
    level: str | None  # a level character standing for a division (区司法局)
    party: bool  # 委 between the jurisdiction and the core (区委政法委)
    core: str


class GrammarMatch(NamedTuple):
    """``(division names+ | level) 委? field suffix`` at ``start``-``end``."""

    start: int
    end: int
    jurisdiction: str | None
    level: str | None
    party: bool
    field: str
    suffix: str


@cache
def division_vocabulary() -> Vocabulary:
    """Every name the gazetteer lists: the places in a text, and (the longer ones) the jurisdictions of its bodies."""
    return Vocabulary(gazetteer().by_name)


def _chains(names: Starts, pos: int) -> Iterator[int]:
    """Where ``(?:name)+`` from ``pos`` can end, in a greedy regex's order: after each name (the longest
    first) it tries one more name before it stops. A stack, not recursion: names may follow one another
    for as long as a text likes."""
    pending = [iter(names.get(pos, ()))]  # the names still to try after each name taken
    taken: list[int] = []
    while pending:
        end = next(pending[-1], None)
        if end is None:
            pending.pop()
            if taken:
                yield taken.pop()
        else:
            taken.append(end)
            pending.append(iter(names.get(end, ())))


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


class _Text:
    """One text with the grammar's character tests, shared by the table's and the grammar's readings."""

    def __init__(self, text: str, grammar: Grammar, names: Starts) -> None:
        self.text, self.grammar, self.names = text, grammar, names

    def char(self, pos: int) -> str:
        return self.text[pos] if 0 <= pos < len(self.text) else ""

    def level_at(self, pos: int) -> bool:
        """A level character standing alone for a division: not after a scope word (全区) or inside a list of
        levels (县、区)."""
        ch, before = self.char(pos), self.char(pos - 1)
        return (bool(ch) and ch in self.grammar.levels and not (before and before in self.grammar.not_prefix_before)
                and not (before == "、" and pos >= 2 and self.char(pos - 2) in self.grammar.levels))

    def free_after(self, end: int) -> bool:
        """A name may end before ``end``'s character (not 部门, 局面)."""
        ch = self.char(end)
        return not ch or (ch not in self.grammar.suffix_not_before and self.text[end - 1:end + 1] not in self.grammar.words_across)

    def field_end(self, pos: int) -> int:
        """Where the run of field characters from ``pos`` ends (CJK, ASCII letters and digits, none of
        ``field_stop``): one regex match, not a test of each character as the field grows."""
        return _field_run(self.grammar.field_stop).match(self.text, pos).end()


# A five-year plan's period in quotation marks before 普法 is part of a body's field (“八五”普法工作领导小组,
# 县“八五”普法宣讲团): the quotation does not cut the name. Seventy-fifth round.
QUOTED_PERIOD = "[“\"][一二三四五六七八九十]五[”\"](?=普法)"


@lru_cache(maxsize=4)
def _field_run(field_stop: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{QUOTED_PERIOD}|(?![{re.escape(field_stop)}])[\u4e00-\u9fffA-Za-z0-9])*")


def table_matches(text: str, grammar: Grammar, names: Starts, cores: Starts) -> Iterator[TableMatch]:
    """The table's names, left to right: an optional prefix, an optional jurisdiction (division names, then
    perhaps their level character again) or level character, an optional 委, and a core name not followed
    by a character of ``suffix_not_before``."""
    t = _Text(text, grammar, names)
    # Elsewhere a match starts with a level character or 委 right before a core (区司法局, 区委政法委).
    heads = (m.start() for m in re.finditer(f"[{re.escape(grammar.levels)}委]", text))
    candidates = sorted({*names, *cores, *(i for i in heads if i + 1 in cores or i + 2 in cores),
                         *(m.start() for m in _PREFIX.finditer(text))})
    pos = 0
    for start in candidates:
        if start >= pos and (match := _table_at(t, cores, start)):
            yield match
            pos = match.end


def _table_at(t: _Text, cores: Starts, start: int) -> TableMatch | None:
    for prefix in (*(p for p in PREFIXES if t.text.startswith(p, start)), ""):
        head = start + len(prefix)
        for juris_end in _chains(t.names, head):
            again = t.char(juris_end)
            for repeat in ((again, "") if again and again in t.grammar.levels else ("",)):
                if found := _core_at(t, cores, juris_end + len(repeat)):
                    return TableMatch(start, found[2], prefix or None, t.text[head:juris_end], repeat or None, None,
                                      found[0], t.text[found[1]:found[2]])
        if t.level_at(head) and (found := _core_at(t, cores, head + 1)):
            return TableMatch(start, found[2], prefix or None, None, None, t.text[head], found[0],
                              t.text[found[1]:found[2]])
        if found := _core_at(t, cores, head):
            return TableMatch(start, found[2], prefix or None, None, None, None, found[0], t.text[found[1]:found[2]])
    return None


def _core_at(t: _Text, cores: Starts, pos: int) -> tuple[bool, int, int] | None:
    """``(委(?=[CJK]))? core (?![suffix_not_before])`` at ``pos``: whether 委 was taken, where the core begins
    and where it ends."""
    for party in ((True, False) if t.char(pos) == "委" and _is_cjk(t.char(pos + 1)) else (False,)):
        for end in cores.get(pos + party, ()):
            if party and t.text[pos + 1:end] in t.grammar.not_after_committee:
                continue
            if t.free_after(end):
                return party, pos + party, end
    return None


def grammar_matches(text: str, grammar: Grammar, names: Starts, suffixes: Starts,
                    max_field: int = 10) -> Iterator[GrammarMatch]:
    """Bodies missing from the table, left to right: division names or a level character, not before an
    ordinary word's character (区域) or another level character, an optional 委, one to ``max_field`` field
    characters (as few as will do), and a suffix not followed by a character of ``suffix_not_before`` nor
    going on as an ordinary word (科学, 中心工作)."""
    t = _Text(text, grammar, names)
    # Elsewhere a match starts with a level character a suffix follows close enough (区|综合执法|局).
    suffix_starts = sorted(suffixes)
    reach = max_field + 2  # the level character, 委 and the field

    def suffix_near(pos: int) -> bool:
        nearest = bisect.bisect_right(suffix_starts, pos + 1)
        return nearest < len(suffix_starts) and suffix_starts[nearest] <= pos + reach

    levels = (m.start() for m in re.finditer(f"[{re.escape(grammar.levels)}]", text))
    candidates = sorted({*names, *(i for i in levels if suffix_near(i))})
    pos = 0
    for start in candidates:
        if start < pos:
            continue
        match = next((m for juris_end in _chains(names, start)
                      if (m := _named_at(t, suffixes, start, juris_end, max_field, True))), None)
        if match is None and t.level_at(start):
            match = _named_at(t, suffixes, start, start + 1, max_field, False)
        if match:
            yield match
            pos = match.end


def _named_at(t: _Text, suffixes: Starts, start: int, head_end: int, max_field: int,
              written: bool) -> GrammarMatch | None:
    ch = t.char(head_end)
    # A level character after the head opens a list of levels (县区党委), unless it starts an ordinary word
    # (南昌县市场物业管理中心: 市场).
    if ch and (ch in t.grammar.word_after or ch in t.grammar.levels and t.char(head_end + 1) not in t.grammar.word_after):
        return None
    head = t.text[start:head_end]
    for party in ((True, False) if ch == "委" else (False,)):
        field_start = head_end + party
        for field_end in range(field_start + 1, min(t.field_end(field_start), field_start + max_field) + 1):
            for end in suffixes.get(field_end, ()):
                if t.free_after(end) and not t.grammar.goes_on(t.text[field_end:end], t.char(end)):
                    return GrammarMatch(start, end, head if written else None, None if written else head, party,
                                        t.text[field_start:field_end], t.text[field_end:end])
    return None


def _rank(division: str) -> int:
    """How high a division is, by how its name ends: a province or autonomous region, a city, a county."""
    if division.endswith(("省", "自治区")):
        return 2
    return 1 if division.endswith(("市", "州", "盟")) else 0


def division_references(text: str, names: Starts, before: str) -> Iterator[tuple[int, int]]:
    """A division named at the start of text or after a character of ``before``, the longest name only,
    not followed by a digit or 年, nor by a division of a lower level (重庆市铜梁区: the place of the one
    after; 乌审旗鄂托克前旗 is a list), left to right."""
    pos = 0
    for start in sorted(names):
        if start < pos or (start > 0 and text[start - 1] not in before):
            continue
        end = names[start][0]
        if end < len(text) and (text[end] in "0123456789年"
                                or end in names and _rank(text[start:end]) > _rank(text[end:names[end][0]])):
            continue
        yield start, end
        pos = end
