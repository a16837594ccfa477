"""Awards: what follows 荣获 / 获评 / 入选 / 被评为 … to the end of the clause.

The awarding level (全国, 全省, 全市 …) is kept so that the same honour given at
the same level is one node across reports.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.names import award_level
from kg.recognise.mentions import AwardMention, mentions
from kg.recognise.text import clause_end, inside, protected_ranges, split_top_level
from kg.resources import Rows, Words, alternation, rows, words

_TRAILING = re.compile(r"(?:等)?(?:荣誉)?(?:称号|荣誉|奖项|殊荣|表彰|名单)$|等$")
_MIN_AWARD, _MAX_AWARD = 4, 60


def _clean(name: str) -> str:
    name = name.strip(" 、")
    name = _TRAILING.sub("", name).strip(" 、")
    if name.startswith("“") and name.endswith("”") and name.count("“") == 1:
        name = name[1:-1]
    return name


class AwardRecognizer:
    """Adds an :class:`AwardMention` per honour after an award verb; some verbs need an award noun in it."""

    def __init__(self, verbs: Rows, nouns: Words) -> None:
        self.needs_noun = {row["verb"]: row["needs_award_noun"] == "yes" for row in rows(verbs)}
        self.verbs = re.compile(alternation(tuple(self.needs_noun)))
        self.nouns = words(nouns)

    def __call__(self, doc: Doc) -> Doc:
        found = mentions(doc)
        text = found.text
        protected = protected_ranges(text)
        for m in self.verbs.finditer(text):
            if inside(m.start(), protected):
                continue
            rest = text[m.end():clause_end(text, m.end())]
            for s, e in split_top_level(rest, "、"):
                raw = rest[s:e]
                name = _clean(raw)
                if not (_MIN_AWARD <= len(name) <= _MAX_AWARD):
                    continue
                if self.needs_noun[m.group()] and not any(n in name for n in self.nouns):
                    continue
                offset = m.end() + s + raw.index(name[0]) if name[0] in raw else m.end() + s
                found.add(AwardMention(offset, offset + len(name), text[offset:offset + len(name)], verb=m.group(),
                                       verb_start=m.start(), level=award_level(name)))
        return doc


@Language.factory("fazhi_awards", default_config={"verbs": "award_verbs.tsv", "nouns": "award_nouns.txt"},
                  assigns=["doc._.mentions"])
def make_award_recognizer(nlp: Language, name: str, verbs: Rows, nouns: Words) -> AwardRecognizer:
    return AwardRecognizer(verbs, nouns)
