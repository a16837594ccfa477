"""A standing national institution of government by law, unquoted after 落实, 推进 or 执行, is that programme.

Invented sentences: 宪法宣誓制度, 公平竞争审查制度 and 中小学校党组织领导的校长负责制 are set once by a central act
for every body (rows of `national_programs.tsv`, seventy-fifth round); written unquoted after a programme
verb each is a programme, and a longer name holding one (国家工作人员宪法宣誓制度) is given whole. Two objects joined
by 及 name no one system (县政府常务会及宪法宣誓制度), an institution no central act sets for every body
(高校党委领导下的校长负责制) is not read, nor is 行政执法责任制, the duty every enforcing body bears, which the
annotation guide's worked example leaves out.
"""
import pytest

from shapes import programmes


INSTITUTIONS = [
    # (sentence, name, whether it is given)
    ("深入学习中央精神。落实宪法宣誓制度,举行国家工作人员宪法宣誓仪式。", "宪法宣誓制度", True),
    ("严格落实国家工作人员宪法宣誓制度,全年组织宣誓2次。", "国家工作人员宪法宣誓制度", True),
    ("严格落实公平竞争审查制度,认真开展自查自纠。", "公平竞争审查制度", True),
    ("全面推动落实中小学校党组织领导的校长负责制,调整学校领导班子。", "中小学校党组织领导的校长负责制", True),
    # two objects joined by 及, and an institution of no central act for every body
    ("各部门严格落实县政府常务会及宪法宣誓制度、会前学法制度。", "宪法宣誓制度", False),
    ("坚持和完善高校党委领导下的校长负责制,选派干部。", "高校党委领导下的校长负责制", False),
    ("推进严格规范公正文明执法,落实行政执法责任制。", "行政执法责任制", False),
]


@pytest.mark.parametrize("sentence,name,given", INSTITUTIONS)
def test_national_institution_is_a_programme(sentence: str, name: str, given: bool) -> None:
    found = programmes(sentence)
    assert (name in found) is given, found
