"""Awards: what follows 荣获 / 获评 / 入选 / 被评为 … to the end of the clause.

The awarding level (全国, 全省, 全市 …) is kept as data so that the same
honour given at the same level is one node across reports.
"""
from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.text import add_span, clause_end, doc_text, inside, protected_ranges, split_top_level
from kg.resources import alternation, table, word_list

LEVELS = (("全国", "national"), ("国家级", "national"), ("国家", "national"), ("全省", "provincial"), ("省级", "provincial"),
          ("全市", "municipal"), ("市级", "municipal"), ("全区", "district"), ("全县", "county"), ("区级", "district"), ("县级", "county"))
_TRAILING = re.compile(r"(?:等)?(?:荣誉)?(?:称号|荣誉|奖项|殊荣|表彰|名单)$|等$")
_MIN_AWARD, _MAX_AWARD = 4, 60


@cache
def _verbs() -> dict[str, bool]:
    return {row["verb"]: row["needs_award_noun"] == "yes" for row in table("award_verbs.tsv")}


@cache
def _verb_pattern() -> re.Pattern[str]:
    return re.compile(alternation(tuple(_verbs())))


def award_level(name: str) -> str | None:
    """The awarding level written at the head of an award name."""
    head = re.sub(r"^\d{4}年度?", "", name.strip("“”"))
    return next((level for prefix, level in LEVELS if head.startswith(prefix)), None)


def _clean(name: str) -> str:
    name = name.strip(" 、")
    name = _TRAILING.sub("", name).strip(" 、")
    if name.startswith("“") and name.endswith("”") and name.count("“") == 1:
        name = name[1:-1]
    return name


class AwardRecognizer:
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        protected = protected_ranges(text)
        nouns = word_list("award_nouns.txt")
        for m in _verb_pattern().finditer(text):
            if inside(m.start(), protected):
                continue
            rest = text[m.end():clause_end(text, m.end())]
            for s, e in split_top_level(rest, "、"):
                raw = rest[s:e]
                name = _clean(raw)
                if not (_MIN_AWARD <= len(name) <= _MAX_AWARD):
                    continue
                if _verbs()[m.group()] and not any(n in name for n in nouns):
                    continue
                offset = m.end() + s + raw.index(name[0]) if name[0] in raw else m.end() + s
                add_span(doc, "award", offset, offset + len(name), "Award", verb=m.group(),
                         verb_start=m.start(), level=award_level(name))
        return doc


@Language.factory("fazhi_awards")
def make_award_recognizer(nlp: Language, name: str) -> AwardRecognizer:
    return AwardRecognizer()
