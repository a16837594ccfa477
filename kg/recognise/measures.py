"""Measures: a number, its unit and what it counts (受理行政复议案件666件).

Chinese numerals and the 万 / 亿 multipliers are converted by cn2an; 余, 多,
约, 近 and 左右 mark an approximate figure.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import cache

import cn2an
from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.text import CJK, add_span, doc_text, inside, protected_ranges
from kg.resources import alternation, table, word_list

_CN_DIGITS = "零〇一二两三四五六七八九十百千"
_MAX_COUNTED = 16


@cache
def _pattern() -> re.Pattern[str]:
    units = alternation(word_list("units.txt"))
    return re.compile(
        rf"(?<![0-9.第])(?P<pre>约|近|超过|超|逾)?"
        rf"(?P<number>\d+(?:\.\d+)?|[{_CN_DIGITS}]{{2,}}|[{_CN_DIGITS[1:]}](?=余|多))"
        rf"(?P<mult>万|亿)?(?P<approx>余|多)?(?P<unit>{units})(?P<post>左右)?"
    )


@cache
def _verbs() -> re.Pattern[str]:
    award_verbs = tuple(row["verb"] for row in table("award_verbs.tsv"))
    return re.compile(alternation(word_list("action_verbs.txt") + word_list("program_verbs.txt") + award_verbs))


def parse_number(number: str, multiplier: str | None) -> Decimal | None:
    """``10.2`` + ``万`` -> 102000; Chinese numerals through cn2an."""
    try:
        value = Decimal(number) if number[0].isdigit() else Decimal(str(cn2an.cn2an(number, "smart")))
    except (ValueError, InvalidOperation, KeyError):
        return None
    factor = {"万": Decimal(10_000), "亿": Decimal(100_000_000)}.get(multiplier or "", Decimal(1))
    return value * factor


def _counted(text: str, start: int, end: int) -> str:
    """What a number counts: the noun after it (8个街道), else the words before it minus their verb."""
    after = re.compile(rf"[{CJK}]{{2,{_MAX_COUNTED}}}").match(text, end)
    if after and text[end - 1] in "个名家项件位类批":
        words = after.group()
        for stop in "的和与及对在为了将,":
            words = words.split(stop)[0]
        verb = re.search(_verbs(), words)
        if verb:
            words = words[:verb.start()]
        if len(words) >= 2:
            return words
    before = re.search(rf"[{CJK}]{{1,{_MAX_COUNTED}}}$", text[max(0, start - _MAX_COUNTED):start])
    if not before:
        return ""
    words = before.group()
    verbs = list(_verbs().finditer(words))
    if verbs and verbs[-1].end() < len(words):
        words = words[verbs[-1].end():]
    return re.sub(r"^(?:其中|累计|共|共计|全年|合计|达到|达|超过|为)", "", words)


class MeasureRecognizer:
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        protected = protected_ranges(text)
        for m in _pattern().finditer(text):
            if inside(m.start(), protected):
                continue
            number, unit = m.group("number"), m.group("unit")
            if unit.endswith("年") and len(number) == 4:
                continue
            value = parse_number(number, m.group("mult"))
            if value is None:
                continue
            approximate = bool(m.group("approx") or m.group("post") or m.group("pre") in ("约", "近"))
            add_span(doc, "measure", m.start(), m.end(), "Measure", value=format(value.normalize(), "f"), unit=unit,
                     approximate=approximate, counts=_counted(text, m.start(), m.end()))
        return doc


@Language.factory("fazhi_measures")
def make_measure_recognizer(nlp: Language, name: str) -> MeasureRecognizer:
    return MeasureRecognizer()
