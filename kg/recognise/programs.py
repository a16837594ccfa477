"""Programmes: named initiatives, mechanisms, platforms, campaigns, pilots, brands.

Most are quoted, but so are slogans (“关键少数”) and award names. A quotation is
a programme when the words around it say so: a programme verb before it (推行,
打造, 实施 …), a programme noun after it (机制, 平台, 行动 …), a name built like
a programme code (“一网通办”, “1+N+X”); a slogan noun after it (意识, 精神)
says it is not. Unquoted programmes are taken only when a programme verb
introduces a phrase that ends in an unambiguous noun (…试点, …平台).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.text import CJK, add_span, clause_end, doc_text, inside, protected_ranges, split_top_level
from kg.resources import alternation, table, word_list

_LEFT_WINDOW = 8
_MAX_EXTENSION = 10
_MAX_QUOTE = 30
_THRESHOLD = 1.5
# An unquoted name needs this many characters before its noun: 普法品牌 or 服务平台 alone name nothing.
_MIN_UNQUOTED_HEAD = 3
_CODE = re.compile(r"[0-9A-Za-z+]|一[件次网窗码门站号证照业屏图键]|(?:[一二两三四五六七八九十百千].*){2}")
_DOCUMENT = re.compile(r"^关于|(?:建议|意见|报告|通知|决定|批复|提案)$")
# Short quotations written back to back name one thing (“不罚”“轻罚”清单); longer ones are a list.
_QUOTE = re.compile(r"(?:“[^“”\n]{1,2}”){2,}|“[^“”\n]{1,%d}”" % _MAX_QUOTE)
_DATE = re.compile(r"^[0-9一二三四五六七八九十]+[·.][0-9一二三四五六七八九十]+$")
_EXTENSION_STOP = "等和及与的"


@dataclass(frozen=True)
class ProgramNoun:
    unquoted: bool
    in_name: bool


@cache
def _nouns() -> dict[str, ProgramNoun]:
    return {r["noun"]: ProgramNoun(r["unquoted"] == "yes", r["in_name"] == "yes") for r in table("program_nouns.tsv")}


@cache
def _pattern(name: str) -> re.Pattern[str]:
    return re.compile(alternation(word_list(name)))


def _extension(text: str, end: int) -> tuple[str, ProgramNoun | None]:
    """The longest run after a closing quote that ends in a programme noun."""
    run = re.compile(rf"[{CJK}]{{1,{_MAX_EXTENSION}}}").match(text, end)
    if run and any(ch in run.group() for ch in _EXTENSION_STOP):
        run = re.match(rf"[^{_EXTENSION_STOP}]+", run.group())
    if not run:
        return "", None
    words = run.group()
    for cut in range(len(words), 0, -1):
        head = words[:cut]
        noun = next((n for n in _nouns() if head.endswith(n)), None)
        if noun:
            return head, _nouns()[noun]
    return "", None


def quote_score(text: str, start: int, end: int, content: str) -> tuple[float, str]:
    """How strongly the words around a quotation make it a programme, and its name's tail."""
    score = 0.0
    extension, noun = _extension(text, end)
    after = text[end:end + 4]
    if any(after.startswith(s) for s in word_list("slogan_nouns.txt")):
        return -1.0, ""
    if noun:
        score += 2
    clause = text[max(text.rfind(ch, 0, start) for ch in ",;。:\n") + 1:start]
    near = clause[-_LEFT_WINDOW:]
    near = near[max(near.rfind(ch) for ch in "、") + 1:]
    if _pattern("program_verbs.txt").search(near):
        score += 1.5
    elif _pattern("program_verbs.txt").search(clause):
        score += 1
    elif _pattern("program_weak_verbs.txt").search(near):
        score += 0.5
    if _CODE.search(content) and "个" not in content:
        score += 1
    if any(after.startswith(v) for v in _award_verbs()):
        score += 1.5
    tail = extension if noun and noun.in_name else ""
    return score, tail


@cache
def _award_verbs() -> tuple[str, ...]:
    return tuple(r["verb"] for r in table("award_verbs.tsv"))


class ProgramRecognizer:
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        protected = protected_ranges(text)
        awards = [(s.start_char, s.end_char) for s in doc.spans.get("award", [])]
        for m in _QUOTE.finditer(text):
            if inside(m.start(), protected) or inside(m.start(), awards):
                continue
            if m.start() > 0 and text[m.start() - 1:m.start()] in "《":
                continue
            content = m.group().replace("“", "").replace("”", "")
            if _DOCUMENT.search(content) or _DATE.match(content):
                continue
            score, tail = quote_score(text, m.start(), m.end(), content)
            if score >= _THRESHOLD:
                end = m.end() + len(tail)
                add_span(doc, "program", m.start(), end, "Program", name=content + tail, core=content, rule="quote")
        self._unquoted(doc, protected + awards)
        return doc

    def _unquoted(self, doc: Doc, protected: list[tuple[int, int]]) -> None:
        text = doc_text(doc)
        verbs = _pattern("program_verbs.txt")
        unquoted = {n: v for n, v in _nouns().items() if v.unquoted}
        found: list[tuple[int, int]] = []
        for m in verbs.finditer(text):
            if inside(m.start(), protected) or inside(m.start(), found):
                continue
            end = clause_end(text, m.end())
            run = text[m.end():end]
            run = run[:min((run.find(ch) for ch in "“《(" if ch in run), default=len(run))]
            for s, e in split_top_level(run, "、和及与"):
                part = run[s:e]
                part = re.sub(r"等(?:工作|任务|项目)?$", "", part)
                lead = verbs.match(part)
                if lead:
                    part = part[lead.end():]
                part = part[part.rfind("的") + 1:]  # 市司法局部署的…试点: the name follows the last 的
                noun = next((n for n in unquoted if part.endswith(n)), None)
                if not noun or len(part) < len(noun) + _MIN_UNQUOTED_HEAD or not re.fullmatch(rf"[{CJK}0-9A-Za-z+]+", part):
                    continue
                start = m.end() + s + run[s:e].index(part)
                found.append((m.start(), start + len(part)))
                add_span(doc, "program", start, start + len(part), "Program", name=part, core=part, rule="unquoted")


@Language.factory("fazhi_programs")
def make_program_recognizer(nlp: Language, name: str) -> ProgramRecognizer:
    return ProgramRecognizer()
