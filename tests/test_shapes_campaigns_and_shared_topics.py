"""Events of the seventy-seventh round: campaigns carried on, and two quoted topics sharing one course noun.

Invented sentences. An activity led by a verb of a campaign pursued at length (广泛开展, 积极开展, 持续组织开展 …)
is a campaign, no one sitting; a training or a meeting after the same verbs, and an activity after a plain
组织开展, stay named. Two quoted topics joined before one course noun (“A”以及“B”专题培训班) are two courses,
each named by its topic and the noun; who speaks before them is no part of either.
"""
import pytest
from shapes import names

FOUND = [
    ("组织开展“学习贯彻某某思想强化行政执法能力建设”以及“全面贯彻某某思想优化营商环境建设”专题培训班。在全区推广。",
     ["学习贯彻某某思想强化行政执法能力建设专题培训班", "全面贯彻某某思想优化营商环境建设专题培训班"]),
    ("邀请教授专家讲授“深入学习贯彻审计法 依法履行监督职责”和“贯彻实施行政复议法 保障依法行政”主题讲座。统筹推进。",
     ["深入学习贯彻审计法 依法履行监督职责主题讲座", "贯彻实施行政复议法 保障依法行政主题讲座"]),
    ("举办“强化法治思维,提升依法行政能力”专题培训班,覆盖干部百人。", ["“强化法治思维,提升依法行政能力”专题培训班"]),
    # the campaign verbs before what is not an activity, and a plain 组织开展 before an activity
    ("积极组织开展2024年度执法人员业务培训,秉持理论与实践结合。", ["2024年度执法人员业务培训"]),
    ("组织开展2023年某某区“新年首个工作日学法”宣讲活动,全区各单位参加。", ["2023年某某区“新年首个工作日学法”宣讲活动"]),
]

NOT_FOUND = [
    ("三是广泛开展某某思想宣传宣讲活动,持续推进学习。", "某某思想宣传宣讲活动"),
    ("积极开展送政策入企业的政策宣讲活动,面向企业职工宣讲。", "送政策入企业的政策宣讲活动"),
    ("认真开展述职述廉述法活动。", "述职述廉述法活动"),
    ("集中开展民法典宣传月暨“法治惠企”活动,落实服务。", "民法典宣传月暨“法治惠企”活动"),
    ("组织开展“学习贯彻某某思想强化行政执法能力建设”以及“全面贯彻某某思想优化营商环境建设”专题培训班。在全区推广。",
     "“学习贯彻某某思想强化行政执法能力建设”以及“全面贯彻某某思想优化营商环境建设”专题培训班"),
]


@pytest.mark.parametrize("sentence,expected", FOUND)
def test_events_named(sentence: str, expected: list[str]) -> None:
    found = names(sentence, "Event")
    for name in expected:
        assert name in found


@pytest.mark.parametrize("sentence,name", NOT_FOUND)
def test_events_not_named(sentence: str, name: str) -> None:
    assert name not in names(sentence, "Event")
