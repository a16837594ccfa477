"""Shapes of programmes, events and awards as real reports write them (issue 13).

Each case is an invented sentence in one shape from /work/shared/genre.md ("Where extraction goes
quiet"): what the recognisers must find in it, and what they must not take.
"""
import pytest

from kg.recognise import pipeline, recognise
from kg.recognise.mentions import ReportContext


def names(sentence: str, type_: str) -> set[str]:
    doc = recognise(pipeline(), sentence, [0], ReportContext(level_char="区"))
    found = doc._.mentions.of(type_)
    return {getattr(m, "name", "") or m.text for m in found}


PROGRAM_FOUND = [
    # a quotation holding another (‘’ is read as “”)
    ("持续开展“某市司法行政系统法治护航“一二三”高质量发展行动”,成效明显。", "某市司法行政系统法治护航一二三高质量发展行动"),
    # a quotation that names its own kind, with no verb before it
    ("区公安分局“建立执法源头监督管理新机制”工作被评为示范项目。", "建立执法源头监督管理新机制"),
    # ASCII quotation marks
    ('建立班子成员"述职必述法"制度,将法治建设写入述职。', "述职必述法制度"),
    # a verb a few words before the quotation, a noun glued between
    ("依托普法公交创新推进习近平法治思想“五进”。", "五进"),
]

PROGRAM_NOT_FOUND = [
    # a context noun (建设) several words after a slogan is another phrase's
    ("推动各级“一把手”自觉将法治建设扛在肩上。", "一把手"),
    # a slogan noun after the quotation
    ("紧扣“两个维护”要求,狠抓落实。", "两个维护"),
]


@pytest.mark.parametrize("sentence,name", PROGRAM_FOUND)
def test_programme_shapes_are_found(sentence: str, name: str) -> None:
    assert name in names(sentence, "Program")


@pytest.mark.parametrize("sentence,name", PROGRAM_NOT_FOUND)
def test_slogans_are_not_programmes(sentence: str, name: str) -> None:
    assert name not in names(sentence, "Program")
