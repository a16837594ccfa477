"""Measures: a number, its unit and what it counts (受理行政复议案件666件).

Chinese numerals are read by ``kg.recognise.numerals``, then the 万 / 亿 multipliers; 余, 多,
约, 近 and 左右 mark an approximate figure.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from spacy.language import Language
from spacy.tokens import Doc

from kg.recognise.mentions import MeasureMention, mentions
from kg.recognise.numerals import chinese_numeral
from kg.recognise.text import CJK, inside, protected_ranges
from kg.resources import Rows, Words, alternation, rows, words

_CN_DIGITS = "零〇一二两三四五六七八九十百千"
_APPROXIMATE_BEFORE = ("约", "近", "超过", "超", "逾")
_MAX_COUNTED = 16
_COUNTED_AFTER = re.compile(rf"[{CJK}]{{2,{_MAX_COUNTED}}}")
_COUNTED_BEFORE = re.compile(rf"[{CJK}]{{1,{_MAX_COUNTED}}}$")
_COUNTING_WORD = re.compile(r"^(?:其中|累计|共|共计|全年|合计|达到|达|超过|为)")


def parse_number(number: str, multiplier: str | None) -> Decimal | None:
    """``10.2`` + ``万`` -> 102000; ``三十`` -> 30."""
    try:
        value = Decimal(number) if number[0].isdigit() else Decimal(chinese_numeral(number))
    except (ValueError, InvalidOperation):
        return None
    factor = {"万": Decimal(10_000), "亿": Decimal(100_000_000)}.get(multiplier or "", Decimal(1))
    return value * factor


class MeasureRecognizer:
    """Adds a :class:`MeasureMention` per number with a unit, and what it counts."""

    def __init__(self, units: Words, verbs: Words, award_verbs: Rows) -> None:
        # The lookahead on the characters a measure can start with lets the scan skip every other position
        # in one step: without it, the lookbehind and the optional groups are tried at each character.
        first = "".join(sorted({w[0] for w in _APPROXIMATE_BEFORE} | set(_CN_DIGITS)))
        self.pattern = re.compile(
            rf"(?=[\d{first}])(?<![0-9.第])(?P<pre>{'|'.join(_APPROXIMATE_BEFORE)})?"
            rf"(?P<number>\d+(?:\.\d+)?|[{_CN_DIGITS}]{{2,}}|[{_CN_DIGITS[1:]}](?=余|多))"
            rf"(?P<mult>万|亿)?(?P<approx>余|多)?(?P<unit>{alternation(words(units))})(?P<post>左右)?"
        )
        self.verbs = re.compile(alternation(words(verbs) + tuple(row["verb"] for row in rows(award_verbs))))

    def _counted(self, text: str, start: int, end: int) -> str:
        """What a number counts: the noun after it (8个街道), else the words before it minus their verb."""
        after = _COUNTED_AFTER.match(text, end)
        if after and text[end - 1] in "个名家项件位类批":
            counted = after.group()
            for stop in "的和与及对在为了将,":
                counted = counted.split(stop)[0]
            verb = self.verbs.search(counted)
            if verb:
                counted = counted[:verb.start()]
            if len(counted) >= 2:
                return counted
        before = _COUNTED_BEFORE.search(text[max(0, start - _MAX_COUNTED):start])
        if not before:
            return ""
        counted = before.group()
        verbs = list(self.verbs.finditer(counted))
        if verbs and verbs[-1].end() < len(counted):
            counted = counted[verbs[-1].end():]
        return _COUNTING_WORD.sub("", counted)

    def __call__(self, doc: Doc) -> Doc:
        found = mentions(doc)
        text = found.text
        protected = protected_ranges(text)
        for m in self.pattern.finditer(text):
            if inside(m.start(), protected):
                continue
            number, unit = m.group("number"), m.group("unit")
            if unit.endswith("年") and len(number) == 4:
                continue
            value = parse_number(number, m.group("mult"))
            if value is None:
                continue
            approximate = bool(m.group("approx") or m.group("post") or m.group("pre") in ("约", "近"))
            found.add(MeasureMention(m.start(), m.end(), m.group(), value=value, unit=unit, approximate=approximate,
                                     counts=self._counted(text, m.start(), m.end())))
        return doc


@Language.factory("fazhi_measures", default_config={
    "units": "units.txt", "verbs": "action_verbs.txt", "program_verbs": "program_verbs.txt",
    "award_verbs": "award_verbs.tsv"}, assigns=["doc._.mentions"])
def make_measure_recognizer(nlp: Language, name: str, units: Words, verbs: Words, program_verbs: Words,
                            award_verbs: Rows) -> MeasureRecognizer:
    """Every kind of verb ends the phrase that says what a number counts."""
    return MeasureRecognizer(units, words(verbs) + words(program_verbs), award_verbs)
