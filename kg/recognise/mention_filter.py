"""A learned last word on the event names the rules give: drop the ones reports' golds leave out.

Rounds of hand rules raised events over the development reports without moving them on reports no rule was
written from: there, nearly one event name in three the rules gave was one no annotator listed (a campaign written
as 宣讲活动, a leader's 述法评议, a lecture named by its audience). The blind batches, each scored with the code of the
day it arrived (``bench/shapes_at_arrival.py``), hold those names with their status against the gold. A logistic
model over a few plain features of each name (the rule that gave it, its first and last characters, its character
pairs, the characters around it, its shape: an ordinal, a level word, a quotation, its length, the verb before it)
was trained on them (``bench/train_mention_filter.py``, which also cross-validates
it batch by batch); its weights are data (``mention_filter.tsv``: type, feature, weight), and a name whose
probability of being one the gold asks for falls below the threshold is dropped before facts are linked to it.
The threshold is 0.4: a classifier's F1-optimal threshold is half the F1 it reaches, about 0.8 here. The weights
hold events only; trained the same way, programmes gained too little on unseen reports to pay for the right names
and facts it dropped (``bench/README.md``).

    >>> weights = [{"type": "Event", "feature": "(bias)", "weight": "1.0"},
    ...            {"type": "Event", "feature": "E2:活动", "weight": "-3.0"}]
    >>> round(MentionFilter(weights, 0.5).probability("Event", "", "宣讲活动", "开展", "。"), 3)
    0.119
"""
from __future__ import annotations

import math
import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.recognise.mentions import mentions
from kg.resources import Rows, rows

CONTEXT = 6
"""Characters read on each side of a name."""
BIAS = "(bias)"
_VISIBLE = str.maketrans({"\n": "⏎", "\r": "⏎", "\t": "␣", " ": "␣", "\u3000": "␣"})  # a weights file row is one line


_ORDINAL = re.compile(r"第[一二三四五六七八九十百0-9]+[次届期批个]|首届|首次|年度|\d{4}年")
"""An ordinal or a year in a name: a session held (第三次, 首届, 2023年度) rather than a kind of activity."""
_LEVELS = ("全国", "全省", "全市", "全区", "全县", "全州", "全盟", "全旗")
"""The level words that head a meeting's name: who was called to it (全区行政执法工作会议)."""
_OPENING = "“《「‘\"'"


def _shape(name: str, before: str) -> list[str]:
    """Features of a name's shape as a whole: an ordinal in it, a level word at its head or in it, a quotation
    opening right before it or inside it, an unclosed quotation around it, its length in four buckets, and the two
    characters before it once an opening quotation mark is set aside (the verb that leads it: 召开, 开展, 举办)."""
    out = ["X:ord"] if _ORDINAL.search(name) else []
    out += ["X:lvl"] if name.startswith(_LEVELS) else []
    out += ["X:lvlin"] if any(level in name for level in _LEVELS) else []
    out += ["X:qopen"] if before[-1:] in _OPENING else []
    out += ["X:qin"] if "“" in name or "《" in name else []
    out += ["X:insideq"] if before.count("“") > before.count("”") else []
    n = len(name)
    out.append("X:len" + ("s" if n <= 5 else "m" if n <= 10 else "l" if n <= 18 else "xl"))
    return [*out, "V2:" + before.rstrip("“《「‘")[-2:].translate(_VISIBLE)]


def features(rule: str, name: str, before: str, after: str) -> list[str]:
    """What the model knows of a name: the rule that gave it, its edges, its length, its character pairs and
    characters, the characters right around it (开展[…]活动, 参加[…]) and its shape as a whole (``_shape``).

    >>> features("quote", "一网通办", "推行“", "”改革")[:6]
    ['R:quote', 'E1:办', 'E2:通办', 'E3:网通办', 'S2:一网', 'L:1']
    >>> features("", "第三次全区法治工作会议", "区委召开", "。")[-3:]
    ['X:lvlin', 'X:lenl', 'V2:召开']
    """
    shape = _shape(name, before)
    name, before, after = (part.translate(_VISIBLE) for part in (name, before, after))
    return [f"R:{rule}", f"E1:{name[-1:]}", f"E2:{name[-2:]}", f"E3:{name[-3:]}", f"S2:{name[:2]}",
            f"L:{min(len(name) // 3, 8)}", f"B1:{before[-1:]}", f"B2:{before[-2:]}", f"A1:{after[:1]}",
            f"A2:{after[:2]}",
            *(f"N:{name[i:i + 2]}" for i in range(len(name) - 1)), *(f"C:{c}" for c in name),
            *(f"BB:{before[i:i + 2]}" for i in range(len(before) - 1)), *shape]


class MentionFilter:
    """Keeps a type's mentions whose probability of being a name the gold asks for reaches ``threshold``."""

    def __init__(self, weights: Rows, threshold: float) -> None:
        self.weights: dict[str, dict[str, float]] = {}
        for row in rows(weights):
            self.weights.setdefault(row["type"], {})[row["feature"]] = float(row["weight"])
        self.threshold = threshold

    def probability(self, type_: str, rule: str, name: str, before: str, after: str) -> float:
        table = self.weights.get(type_, {})
        z = table.get(BIAS, 0.0) + sum(table.get(f, 0.0) for f in set(features(rule, name, before, after)))
        return 1 / (1 + math.exp(-z))

    def __call__(self, doc: Doc) -> Doc:
        found = mentions(doc)
        for type_ in self.weights:
            kept = [m for m in found.of(type_) if self.probability(
                type_, getattr(m, "rule", ""), getattr(m, "name", "") or found.text[m.start:m.end],
                found.text[max(0, m.start - CONTEXT):m.start], found.text[m.end:m.end + CONTEXT]) >= self.threshold]
            found.keep(type_, kept)
        return doc


@Language.factory("fazhi_mention_filter", default_config={"weights": "mention_filter.tsv", "threshold": 0.4},
                  requires=["doc._.mentions"], assigns=["doc._.mentions"])
def make_mention_filter(nlp: Language, name: str, weights: Rows, threshold: float) -> MentionFilter:
    """After every recogniser but the actions: a dropped name takes no fact with it."""
    return MentionFilter(weights, threshold)
