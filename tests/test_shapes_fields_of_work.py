"""A field of government work or a principle of the rule of law named whole is no programme.

Invented sentences: a quotation or a name that is only a field every government works in (“三农”, “营商环境”,
“政务公开”) or a principle of the rule of law (依法行政, “法治建设”, “六稳六保”) is what every government does, not a
programme of its own (`program_fields.txt`); a longer name that holds one stays a programme (“三农”大讲堂,
“营商环境”提升年活动, 法治政府建设示范创建).
"""
import pytest

from shapes import programmes


FIELDS = [
    # (sentence, name, whether it is given)
    ("坚持把法治思维和法治方式贯穿“三农”工作全过程,提升依法行政水平。", "三农", False),
    ("深入学习习近平总书记关于“三农”工作重要论述,推动农业农村法治建设。", "三农", False),
    ("创新工作方式,全面推行依法行政,切实加强法治宣传。", "依法行政", False),
    ("局党组将“法治建设”列入年度重点工作,与业务工作同部署。", "法治建设", False),
    ("全力做好“六稳六保”工作,依法保障经济平稳运行。", "六稳六保", False),
    ("持续推进“政务公开”工作,主动公开政府信息300余条。", "政务公开", False),
    # a longer name holding a field stays a programme
    ("举办“三农”大讲堂6期,邀请专家授课。", "三农大讲堂", True),
    ("开展“营商环境提升年”活动,梳理问题清单。", "营商环境提升年活动", True),
    ("积极开展法治政府建设示范创建,对标对表。", "法治政府建设示范创建", True),
]


@pytest.mark.parametrize("sentence,name,given", FIELDS)
def test_field_of_work_is_no_programme(sentence: str, name: str, given: bool) -> None:
    found = programmes(sentence)
    assert (name in found) is given, found
