"""How any body's study goes (主题, 开班, 学习) before an event noun alone tells no event apart.

Invented sentences: 主题讲座, 开班讲座 and 学习研讨会 name no event, while a name that goes on to its topic
(学习贯彻…精神专题培训班, 主题教育读书班) or holds such a word inside keeps it.
"""
import pytest
from shapes import names

NOT_FOUND = [
    ("通过主题讲座、专题学习等方式深化学习。", "主题讲座"),
    ("悬挂标语百余条,开展开班讲座十余场。", "开班讲座"),
    ("理论学习中心组多次举行学习研讨会,专题学习某某思想。", "学习研讨会"),
    ("由省委宣传部主办的系列主题发布会第二场在省行政中心召开。", "系列主题发布会"),
]

FOUND = [
    ("举办学习贯彻某某精神专题培训班,提升能力。", "学习贯彻某某精神专题培训班"),
    ("举办主题教育专题读书班,深化理论武装。", "主题教育专题读书班"),
    ("举办全区领导干部学习某某思想专题研讨班。", "全区领导干部学习某某思想专题研讨班"),
]


@pytest.mark.parametrize("sentence,name", NOT_FOUND)
def test_study_kind_alone_names_no_event(sentence: str, name: str) -> None:
    assert name not in names(sentence, "Event")


@pytest.mark.parametrize("sentence,name", FOUND)
def test_study_kind_with_topic_is_named(sentence: str, name: str) -> None:
    assert name in names(sentence, "Event")
