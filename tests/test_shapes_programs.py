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
    # unquoted names after any action verb, ending in 制度 / 活动 / 机制 / 专项整治 / 清单 / 征文 …
    ("落实定期走访联系企业制度,及时解决诉求。", "定期走访联系企业制度"),
    ("完成乡镇综合执法改革试点工作;", "乡镇综合执法改革试点"),
    ("固化区政府常务会议会前学法机制,推动带头守法。", "区政府常务会议会前学法机制"),
    ("组织全区中小学生宪法主题征文,收到作品300篇。", "全区中小学生宪法主题征文"),
    # a list: two names, the second after a quotation
    ("健全“三重一大”决策机制、重大事项合法性审核机制,强化把关。", "重大事项合法性审核机制"),
    # 和 inside one name, 、 between two
    ("扎实开展执法领域重点问题专项整治、道路交通和运输执法领域突出问题专项整治,", "道路交通和运输执法领域突出问题专项整治"),
    ("扎实开展执法领域重点问题专项整治、道路交通和运输执法领域突出问题专项整治,", "执法领域重点问题专项整治"),
    # a count before the name is not part of it; a 并 joins another verb phrase
    ("实施政务、市场等4个环境提升工程,", "环境提升工程"),
    ("梳理并公布开发区五大类改革清单并实施动态管理。", "开发区五大类改革清单"),
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
