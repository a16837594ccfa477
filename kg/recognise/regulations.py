"""Regulations: every 《…》 title, nested brackets and back-to-back titles included, a title nested in one
(《某县贯彻落实〈法治政府建设实施纲要(2021—2025年)〉的实施方案》 names the outline too), and a dated document
named without 《》 right after the verb that issued it (印发大连长兴岛经济区2021年法治政府建设工作要点), or a national
regulation's full title so written (落实党政主要负责人履行推进法治建设第一责任人职责规定), or a title whose opening 《 the
copy lost, after the verb that issued or cites it (根据2021年法治政府建设督察要点》等)."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.recognise.mentions import RegulationMention, mentions
from kg.recognise.text import enclosed
from kg.resources import Words, alternation, words

# What an unquoted title cannot hold: a clause's or a list's punctuation, quotes, brackets, a space.
_TITLE_CHARS = r"[^,。;:、《》“”()()\s]"
# 我局2023年度普法工作计划: a title that opens with the writer's self-reference names no document of its own.
_SELF = ("我", "本")
# A title nested in another, written with 〈〉 (read as 《》) or with ASCII angle brackets.
_NESTED = re.compile(r"《([^《》\n]{2,80})》|<([^<>《》\n]{2,80})>")


# A title whose opening 《 the copy lost (制定印发2019年度法治政府建设工作要点》及工作台账, 根据2021年法治政府建设督察要点》等):
# a 》 that closes nothing. The title runs back from it, within its clause, to the verb that issues or cites it
# (`title_issuing_verbs.txt`, `title_citing_verbs.txt`), and ends in a kind of `orphan_title_kinds.txt` (with its span
# of years after it). Ninety-sixth round, over the 1,915 development reports: 5 titles so read, 4 required found (1 | 3,
# newest 36 | other), 1 optional, none false; the other such 》 have no such verb before them (法治日报》, a line broken
# inside a title).
_ORPHAN_CLAUSE = re.compile(r"[^,。;:、“”《》\s]{4,45}$")
_YEARS_AFTER = re.compile(r"\([0-9年\-—–~]{4,12}\)$")


class RegulationRecognizer:
    """Adds a :class:`RegulationMention` for each title of 2 to ``max_title`` characters on one line, and for each
    title written without 《》 that holds its year (20XX年), ends with a kind of document and follows a verb that
    issues one. Over the 357 development reports such a title is a required regulation 5 times, optional (or another
    type) 6 times and not annotated once (我局…, left out); undated ones are mostly generic (年度工作实施方案)."""

    def __init__(self, max_title: int, issuing_verbs: Words, document_kinds: Words, national_titles: Words,
                 citing_verbs: Words, orphan_kinds: Words) -> None:
        self.max_title = max_title
        self.national = re.compile(alternation(words(national_titles)))
        self.citing = re.compile(rf"(?:{alternation(list(words(issuing_verbs)) + list(words(citing_verbs)))})了?")
        self.orphan_kinds = tuple(words(orphan_kinds))
        self.unquoted = re.compile(
            rf"(?:{alternation(words(issuing_verbs))})了?({_TITLE_CHARS}{{0,20}}?20\d\d年度?{_TITLE_CHARS}{{2,30}}?"
            rf"(?:{alternation(words(document_kinds))}))(?=[,。;、和及与]|$)", re.M)

    def __call__(self, doc: Doc) -> Doc:
        found = mentions(doc)
        text = found.text
        titles = enclosed(text, "《")
        for start, end in titles:
            title = text[start:end].strip()
            if 2 <= len(title) <= self.max_title and "\n" not in title:
                found.add(RegulationMention(start, end, text[start:end]))
            for inner in _NESTED.finditer(text, start, end):
                i = 1 if inner.group(1) is not None else 2
                found.add(RegulationMention(inner.start(i), inner.end(i), inner.group(i)))
        for m in self.national.finditer(text):
            if not any(start <= m.start() and m.end() <= end for start, end in titles):
                found.add(RegulationMention(m.start(), m.end(), m.group()))
        for start, end in _orphan_titles(text, titles, self.citing, self.orphan_kinds):
            found.add(RegulationMention(start, end, text[start:end]))
        for m in self.unquoted.finditer(text):
            if not m.group(1).startswith(_SELF):
                found.add(RegulationMention(m.start(1), m.end(1), m.group(1)))
        return doc


def _orphan_titles(text: str, titles: tuple[tuple[int, int], ...], citing: re.Pattern,
                   kinds: tuple[str, ...]) -> list[tuple[int, int]]:
    """``(start, end)`` of each title before a 》 that closes no 《 (see ``_ORPHAN_CLAUSE``)."""
    closing = {end for _, end in titles}
    out = []
    for m in re.finditer("》", text):
        if m.start() in closing or any(start <= m.start() < end for start, end in titles):
            continue
        clause = _ORPHAN_CLAUSE.search(text, max(0, m.start() - 45), m.start())
        verbs = list(citing.finditer(clause.group())) if clause else []
        if not verbs:
            continue
        start = clause.start() + verbs[-1].end()
        title = _YEARS_AFTER.sub("", text[start:m.start()])
        if 4 <= m.start() - start <= 40 and title.endswith(kinds) and not title.startswith(_SELF):
            out.append((start, m.start()))
    return out


@Language.factory("fazhi_regulations", default_config={
    "max_title": 80, "issuing_verbs": "title_issuing_verbs.txt", "document_kinds": "document_kinds.txt",
    "national_titles": "national_titles.txt", "citing_verbs": "title_citing_verbs.txt",
    "orphan_kinds": "orphan_title_kinds.txt"},
    assigns=["doc._.mentions"])
def make_regulation_recognizer(nlp: Language, name: str, max_title: int, issuing_verbs: Words,
                               document_kinds: Words, national_titles: Words, citing_verbs: Words,
                               orphan_kinds: Words) -> RegulationRecognizer:
    """``issuing_verbs``, ``document_kinds``: the verb before and the last words of a dated title without 《》;
    ``national_titles``: national regulations' full titles, regulations even without 《》; ``citing_verbs``,
    ``orphan_kinds``: the verbs a title whose opening 《 was lost is read back to, besides the issuing ones, and the
    kinds it must end in."""
    return RegulationRecognizer(max_title, issuing_verbs, document_kinds, national_titles, citing_verbs, orphan_kinds)
