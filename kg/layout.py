"""Report layout: title, year, page chrome, the section tree and sentences.

Reports number their sections 一、 / (一) / 1. or 1、 and enumerate inline with
一是…二是…; a heading often shares its line with its first sentence. Every
sentence is assigned the innermost section it falls in.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property

from kg.ingest.normalise import NormalisedText
from kg.resources import alternation, word_list

CN_NUM = "一二三四五六七八九十"
_HEADINGS = (
    (1, re.compile(rf"(?P<marker>[{CN_NUM}]+、|第[{CN_NUM}]+部分[、:, ]?)")),
    (2, re.compile(rf"(?P<marker>\([{CN_NUM}]+\)(?:是)?)")),
    (3, re.compile(r"(?P<marker>\d{1,2}(?:[、]|\.(?!\d))\s*)")),
)
_ITEM_MARKER = rf"(?:[{CN_NUM}]+是|其[{CN_NUM}]+是|第[{CN_NUM}]+,)"
_INLINE = re.compile(rf"(?:(?<=^)|(?<=[。;:!?\n]))\s*(?P<marker>{_ITEM_MARKER})")
_SENTENCE_END = re.compile(r"[。!?;]+|\n+")
_YEAR = re.compile(r"(?<!\d)(20\d{2}|19\d{2})(?:年|年度)")
_TITLE_WORDS = re.compile(r"法治|依法行政|法治政府")
# Words of rule-of-law work in an opening: a report whose page gives no title still speaks of one.
_LAW_WORK = re.compile(r"法治|依法|普法|执法|司法|法律|法规|规章|复议|合法性")
_TITLE_END = re.compile(r"(?:报告|情况|总结|工作)(?:\(\d{4}年度?\))?$")  # …年度报告(2024年度)
_DOC_NUMBER = re.compile(r"^\s*\S{1,12}〔\d{4}〕\d+号\s*$")
# The publisher a government page's metadata names (发布机构: 青田县人民政府 发布时间: …), kept as ``header["发布机构"]``
_PUBLISHER = re.compile(r"(?:发布机构|发文机关|发布单位)\s*[::|]?\s*\|?\s*([\u4e00-\u9fff()()]{2,30}?)"
                        r"(?=日期|时间|发布|生成|成文|公开|发文|[^\u4e00-\u9fff()()]|$)")
# A page's source line naming a government body (来源:天津市北辰区人民政府), which publishes as a 发布机构 line does;
# a source that is a newspaper or a site (来源:人民网, 来源:本站) names no body and is passed over
_SOURCE_BODY = re.compile(r"(?:文章来源|信息来源|来源)\s*[::]\s*([\u4e00-\u9fff()()]{2,30}?"
                          r"(?:人民政府|办事处|管理委员会|管委会|委员会|局|厅|办公室))")
# A publisher's label alone on its line (发 布 机 构 :, 发布机构): a page's metadata table copied one cell a line, whose
# next line is the publisher's name (天津市河东区司法局), chrome as the label is; the cell before may be joined to the
# label's line (…/2022-00014发 布 机 构 :)
_PUBLISHER_LABEL = re.compile(r"^[^。]{0,40}?(?:发\s*布\s*机\s*构|发\s*文\s*机\s*关|发\s*布\s*单\s*位|公\s*开\s*责\s*任\s*部\s*门)\s*[::]?\s*$")
_ADDRESSEE = re.compile(r"^\s*\S{2,20}(?:人大常委会|常委会|人民代表大会|委员会|政府|办公室|领导小组)\s*:\s*$")
_MAX_TITLE = 90
_OPENING = 1500  # characters of the body that say what a text is about


@dataclass
class Section:
    """A numbered part of the report; ``path`` like ``1.2.3`` keys it."""

    path: str
    level: int
    marker: str
    title: str
    start: int
    end: int
    parent: str | None


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    section: str | None


@dataclass
class Layout:
    """What the text says about itself before any entity is recognised."""

    title: str | None
    header: dict[str, str]
    year: int | None
    body: str  # normalised text, with non-report lines blanked to keep offsets
    sections: list[Section] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)

    def section(self, path: str | None) -> Section | None:
        return next((s for s in self.sections if s.path == path), None)

    def sentence_at(self, char: int) -> Sentence:
        """The sentence that holds the body offset ``char`` (bisection: the sentences are in order)."""
        return self.sentences[max(bisect.bisect_right(self._starts, char) - 1, 0)]

    @cached_property
    def _starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def opening_sentences(self) -> list[Sentence]:
        """The sentences after the addressee line (省委、省政府:), which names the report's superiors, not its
        place or year."""
        return [s for s in self.sentences if not _addresses(s, self.header)]

    def about_rule_of_law(self) -> bool:
        """Whether the title, or the opening, speaks of rule-of-law work, as every annual rule-of-law report
        does: a news article or a work report that only names a place and a year does not. A page with no title
        may open with a street's other work and name 法治, 普法 or 执法 once: refusing a real report costs a
        user more than taking in a text that names rule-of-law work once."""
        opening = self.body[:_OPENING]
        return bool(self.title and _TITLE_WORDS.search(self.title)) or bool(_LAW_WORK.search(opening))

    def planned_sections(self, year: int) -> frozenset[str]:
        """The sections about next year's plans (下一步工作, 2025年工作安排 …) and everything below them.

        An inline item's title is its whole first sentence (一是推动落实…责任制,制定2025年度普法计划): a plan
        word there names a document, so only a heading's words make a plan section. Plans close a report: a plan
        word in a heading that a part of work done follows names what was done (干部依法行政培训计划走深走实)."""
        cue = _plan_cue()
        later = re.compile(rf"(?:{year + 1}|{year + 2})年")
        item = re.compile(_ITEM_MARKER)
        done = self._done_sections(year)
        planned = {s.path for s in self.sections
                   if (cue.search(s.title) and not item.fullmatch(s.marker) and s.path not in done)
                   or later.match(s.title)}
        closing: list[str] = []
        for section in reversed(self.sections):
            if not _within(section.path, planned):
                break
            closing.append(section.path)
        return frozenset(closing)

    def _done_sections(self, year: int) -> set[str]:
        """The sections under a heading about the work done (2024年度…的主要举措和成效, 2022年工作推进情况), theirs
        included: a plan word there says how the work was done (周密安排部署), whatever heading it stands in."""
        done_cue = _done_cue()
        own = re.compile(rf"{year}年")
        heads = [s.path for s in self.sections if done_cue.search(s.title) or own.match(s.title)]
        return {s.path for s in self.sections if _within(s.path, heads)}


def _within(path: str, heads: Iterable[str]) -> bool:
    """Whether the section at ``path`` is one of ``heads`` or lies below one (1.2.3 below 1.2)."""
    return any(path == head or path.startswith(head + ".") for head in heads)


@cache
def _done_cue() -> re.Pattern[str]:
    """A word of a heading about the work done (``done_headings.txt``), compiled once per process."""
    return re.compile(alternation(word_list("done_headings.txt")))


@cache
def _plan_cue() -> re.Pattern[str]:
    """A word of a heading about next year's plans: compiled once per process, not at every report."""
    return re.compile(alternation(word_list("plan_headings.txt")))


@cache
def _line_patterns(resource: str) -> tuple[re.Pattern[str], ...]:
    """The patterns of a page-chrome list (``page_clutter.txt``, ``page_tail.txt``, ``page_metadata.txt``), compiled
    once per process."""
    return tuple(re.compile(p) for p in word_list(resource))


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _looks_like_title(line: str) -> bool:
    return (
        len(line) <= _MAX_TITLE
        and not line.endswith("。")
        and bool(_TITLE_WORDS.search(line))
        and bool(_TITLE_END.search(line))
    )


def _title_among_chrome(text: str) -> str | None:
    """The report's title written inside a page's leading chrome (当前位置 …, 发布时间 …) of a file with no
    ``# title`` line: the first title-like line before the first line of prose. Such a page repeats its title
    below the breadcrumbs, so a raw copy of it still says whose report it is."""
    for start, end in _lines(text):
        line = text[start:end].strip()
        if line.endswith("。") or len(line) > _MAX_TITLE:
            return None
        if _looks_like_title(line):
            return line
    return None


def _addresses(sentence: Sentence, header: dict[str, str]) -> bool:
    """Whether ``sentence`` is the addressee line the header records."""
    return bool(header.get("addressee")) and sentence.text.strip().rstrip(":").strip() == header["addressee"]


def _blanked(text: str, lines: list[tuple[int, int]]) -> str:
    """``text`` with each of ``lines`` (in order, without their newlines) written as spaces: offsets are kept.

    Made from slices, not by copying the text into a list of characters and joining it again."""
    parts, pos = [], 0
    for start, end in lines:
        parts += (text[pos:start], " " * (end - start))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def read_layout(doc: NormalisedText) -> Layout:
    """Split header, page chrome and title from the report body, then find sections and sentences."""
    text = doc.text
    blank: list[tuple[int, int]] = []  # lines that are no part of the body
    header: dict[str, str] = {}
    title: str | None = None
    clutter, tail = _line_patterns("page_clutter.txt"), _line_patterns("page_tail.txt")
    metadata = _line_patterns("page_metadata.txt")
    seen_body = False
    title_parts: list[str] = []
    labelled = False  # the line before was a publisher's label alone
    for start, end in _lines(text):
        line = text[start:end].strip()
        if not line:
            continue
        if labelled or _PUBLISHER_LABEL.match(line):
            labelled = not labelled
            blank.append((start, end))
            continue
        if not seen_body and line.startswith("#"):
            content = line.lstrip("#").strip()
            key, sep, value = content.partition(":")
            if sep and len(key) <= 8:
                header[key.strip()] = value.strip()
            elif title is None:
                title = content
            blank.append((start, end))
            continue
        if seen_body and any(p.search(line) for p in tail):
            blank.append((start, len(text)))  # the page's related articles and footer, to its end
            break
        if any(p.search(line) for p in clutter) or _DOC_NUMBER.match(line):
            if publisher := _PUBLISHER.search(line) or _SOURCE_BODY.search(line):
                header.setdefault("发布机构", publisher.group(1))
            blank.append((start, end))
            continue
        if any(p.search(line) for p in metadata):  # a metadata table's line: chrome, read for nothing
            blank.append((start, end))
            continue
        if not seen_body and title is None and (_looks_like_title(line) or (title_parts and len(line) <= _MAX_TITLE and not line.endswith("。") and _TITLE_END.search(line))):
            title_parts.append(line)
            blank.append((start, end))
            if _TITLE_END.search(line):
                title = "".join(title_parts)
            continue
        if not seen_body and _ADDRESSEE.match(line):
            # report text (its bodies are annotated), but no opening: it names the report's superiors
            header.setdefault("addressee", line.rstrip(":").strip())
            continue
        seen_body = True
    if title is None and title_parts:
        title = "".join(title_parts)
    if title is None:
        title = _title_among_chrome(text)
    body = _blanked(text, blank)
    sentences, sections = _split(body)
    first = next((s.text for s in sentences if not _addresses(s, header)), "")
    year_match = _YEAR.search(title or "")
    year = int(year_match.group(1)) if year_match else _year_of(first) or _year_of(body)
    return Layout(title=title, header=header, year=year, body=body, sections=sections, sentences=sentences)


# What a year in a text stands in that is not the report's: the end of a plan's span ((2021—2025年)), a date
# (2025年8月1日 星期五, a page's or a speech's), a document's title (《全面深化法治领域改革纲要(2023—2027年)》)
_SPAN_END = re.compile(r"\d{4}\s*(?:年\s*)?[-—–~至到]\s*$")
_DATE_AFTER = re.compile(r"\s*\d{1,2}\s*月")


def _year_of(text: str) -> int | None:
    """The year a text without a title's year is about: its first year outside documents' titles that ends no span and
    heads no date; failing that, its first year at all, as before.

    >>> _year_of("根据《法治政府建设实施纲要(2021—2025年)》要求,现将市人社局2021年法治政府建设情况报告如下")
    2021
    >>> _year_of("2025年8月1日 星期五 多云。2023年,我局坚持依法行政")
    2023
    >>> _year_of("落实《纲要(2023—2027年)》")
    2027
    """
    titles = [(m.start(), m.end()) for m in re.finditer(r"《[^《》]*》", text)]
    first = None
    for found in _YEAR.finditer(text):
        first = first or found
        start = found.start()
        if any(s <= start < e for s, e in titles) or _SPAN_END.search(text[max(0, start - 8):start]) \
                or _DATE_AFTER.match(text, found.end()):
            continue
        return int(found.group(1))
    return int(first.group(1)) if first else None


def _heading_at(body: str, start: int, end: int) -> tuple[int, str, int, int] | None:
    """(level, marker, title start, title end) when the line at ``start`` opens a section."""
    stripped = len(body[start:end]) - len(body[start:end].lstrip())
    pos = start + stripped
    for level, pattern in _HEADINGS:
        m = pattern.match(body, pos, end)
        if m:
            title_start = m.end()
            stop = body.find("。", title_start, end)
            title_end = stop if stop != -1 else end
            if title_end - title_start > 60 and stop == -1:
                return None
            return level, m.group("marker").strip(), title_start, title_end
    return None


def _split(body: str) -> tuple[list[Sentence], list[Section]]:
    sections: list[Section] = []
    stack: list[Section] = []
    counters: dict[str | None, int] = {}
    marks: list[tuple[int, Section]] = []

    def open_section(level: int, marker: str, title: str, start: int) -> Section:
        while stack and stack[-1].level >= level:
            stack.pop().end = start
        parent = stack[-1].path if stack else None
        counters[parent] = counters.get(parent, 0) + 1
        path = f"{parent}.{counters[parent]}" if parent else str(counters[parent])
        section = Section(path, level, marker, title.strip(" ,。:"), start, len(body), parent)
        sections.append(section)
        stack.append(section)
        marks.append((start, section))
        return section

    for start, end in _lines(body):
        heading = _heading_at(body, start, end)
        if heading:
            level, marker, t_start, t_end = heading
            open_section(level, marker, body[t_start:t_end], start)
        line_start = start if not heading else heading[2]
        for m in _INLINE.finditer(body, line_start, end):
            level = (stack[-1].level + 1) if stack and not stack[-1].marker.endswith("是") else (stack[-1].level if stack else 1)
            m_end = m.end()
            stop = re.search(r"[。;]", body[m_end:end])
            t_end = m_end + stop.start() if stop else end
            open_section(max(level, 1), m.group("marker"), body[m_end:t_end], m.start("marker"))
    for section in stack:
        section.end = len(body)

    sentences: list[Sentence] = []
    mark_starts = [start for start, _ in marks]  # in order: sections open line by line, left to right
    pos = 0
    for m in list(_SENTENCE_END.finditer(body)) + [None]:
        stop = m.end() if m else len(body)
        raw = body[pos:stop]
        text = raw.strip().rstrip("\n")
        if text and text.strip(" 。;!?"):
            lead = len(raw) - len(raw.lstrip())
            s_start = pos + lead
            s_end = s_start + len(raw.strip())
            at = bisect.bisect_right(mark_starts, s_start)  # the last section opened by the sentence's start
            owner = marks[at - 1][1].path if at else None
            sentences.append(Sentence(len(sentences), s_start, s_end, body[s_start:s_end].rstrip("\n"), owner))
        pos = stop
    return sentences, sections
