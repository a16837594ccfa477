"""Which bodies act in a clause (eighty-seventh round, kg/resources/README.md). Invented sentences; facts read as
``shapes.facts`` reads them.

- Bodies heading a clause whose leaders made a noun (作出批示, 作出指示批示, 做出部署) acted: they go on acting in the
  clauses after, as any clause's head bodies do (州委、州政府主要领导…作出指示批示,主持召开…: both bodies convened the
  meetings); bodies that only own such a noun (市委、市政府工作要求) do not.
- Bodies written right after 推动, 配合 or 协助 and right before a verb (推动省委省政府出台《…》, 配合市人大常委会制定《…》)
  did that verb to its object, beside the clause's subject; 推动出台 with no body between is the writer's alone.
- (ninety-fourth round) A founding verb (成立, 组建, 设立, 建立, also after 牵头) left without an object reaches the
  leading group that a later clause naming its members ends in, past that clause's verbs (…负责人为成员的…领导小组), when
  the clause holds no object outside the group's name and no founding verb of its own (新组建的某局 stays unreached).
- (ninetieth round) A body after a time of the year (年初, 年内, 本年度, 上半年 …) still heads its clause: 年初局党组召开会议,
  传达学习《…》 is the party group's act, as 局党组召开会议 is.
"""
from pathlib import Path

import pytest

from shapes import build, facts

CITY_TITLE = "青岛市人民政府2024年法治政府建设情况报告"
CITY_GOV = "青岛市人民政府"
CITY_PARTY = "中共青岛市委员会"
PREF_TITLE = "楚雄彝族自治州人民政府2023年法治政府建设情况报告"
PREF_GOV = "楚雄彝族自治州人民政府"
PREF_PARTY = "中共楚雄彝族自治州委员会"
MEETING = "全市法治政府建设工作会议"
PREF_MEETING = "全州法治政府建设工作现场推进会"
OUTLINE = "法治政府建设实施纲要(2021-2025年)"
PROV_TITLE = "江苏省司法厅2021年法治政府建设情况报告"
PROV_DEPT = "江苏省司法厅"
PROV_PARTY = "中共江苏省委员会"
PROV_GOV = "江苏省人民政府"
PROV_CONGRESS = "江苏省人民代表大会常务委员会"
PLAN = "法治江苏建设规划(2021—2025年)"
DEPT_TITLE = "济宁市商务局2021年法治政府建设情况报告"
DEPT = "济宁市商务局"
DEPT_GROUP = "济宁市商务局党组"
DEPT_JUSTICE = "济宁市司法局"
PROV_POINTS = "中共山东省委全面依法治省委员会2021年工作要点"
RULE = "江苏省法治宣传教育条例"
HEALTH_TITLE = "静海区卫生健康委员会2022年法治政府建设情况报告"
HEALTH = "静海区卫生健康委员会"
EDU_TITLE = "云溪区教育体育局2024年法治政府建设情况报告"
EDU = "云溪区教育体育局"
EDU_GROUP = "云溪区教育体育局法治建设工作领导小组"

CASES = [
    # (title, shape, text, facts present, facts absent)
    (PREF_TITLE, "作出指示批示 after the leaders of two bodies",
     "州委、州政府主要领导先后20余次对法治建设作出指示批示,主持召开全州法治政府建设工作现场推进会等重要会议。",
     {(PREF_PARTY, "主持召开", PREF_MEETING), (PREF_GOV, "主持召开", PREF_MEETING)}, set()),
    (CITY_TITLE, "作出批示 with a count after it",
     "市委、市政府主要负责同志对法治建设工作作出批示80余次,出席全市法治政府建设工作会议等。",
     {(CITY_PARTY, "出席", MEETING), (CITY_GOV, "出席", MEETING)}, set()),
    (CITY_TITLE, "做出 as well as 作出",
     "市委、市政府主要负责同志多次做出批示,出席全市法治政府建设工作会议。",
     {(CITY_PARTY, "出席", MEETING), (CITY_GOV, "出席", MEETING)}, set()),
    (CITY_TITLE, "an owned noun with no verb: unchanged",
     "按照省委、省政府工作要求,市委、市政府工作要求,全面贯彻落实《法治政府建设实施纲要(2021-2025年)》。",
     {(CITY_GOV, "贯彻落实", OUTLINE)}, {(CITY_PARTY, "贯彻落实", OUTLINE)}),
    (PROV_TITLE, "推动 two bodies back to back",
     "推动省委省政府出台《法治江苏建设规划(2021—2025年)》。",
     {(PROV_PARTY, "出台", PLAN), (PROV_GOV, "出台", PLAN)}, set()),
    (PROV_TITLE, "配合 a standing committee",
     "配合省人大常委会制定《江苏省法治宣传教育条例》。",
     {(PROV_CONGRESS, "制定", RULE)}, set()),
    (PROV_TITLE, "推动 with the bodies joined by 、",
     "推动省委、省政府出台《法治江苏建设规划(2021—2025年)》。",
     {(PROV_PARTY, "出台", PLAN), (PROV_GOV, "出台", PLAN)}, set()),
    (PROV_TITLE, "no body right before the verb: the writer alone",
     "推动出台《法治江苏建设规划(2021—2025年)》。",
     {(PROV_DEPT, "推动出台", PLAN)}, {(PROV_GOV, "出台", PLAN), (PROV_PARTY, "出台", PLAN)}),
    (DEPT_TITLE, "年初 before the party group heading the clause",
     "年初局党组召开会议,传达学习《中共山东省委全面依法治省委员会2021年工作要点》。",
     {(DEPT_GROUP, "传达学习", PROV_POINTS)}, {(DEPT, "传达学习", PROV_POINTS)}),
    (DEPT_TITLE, "本年度 before the party group",
     "本年度局党组传达学习《中共山东省委全面依法治省委员会2021年工作要点》。",
     {(DEPT_GROUP, "传达学习", PROV_POINTS)}, {(DEPT, "传达学习", PROV_POINTS)}),
    (DEPT_TITLE, "年内 before another bureau",
     "年内市司法局组织学习《中共山东省委全面依法治省委员会2021年工作要点》。",
     {(DEPT_JUSTICE, "学习", PROV_POINTS)}, {(DEPT, "学习", PROV_POINTS)}),
    (DEPT_TITLE, "no body after the time: the writer",
     "年初召开会议,传达学习《中共山东省委全面依法治省委员会2021年工作要点》。",
     {(DEPT, "传达学习", PROV_POINTS)}, set()),
    (EDU_TITLE, "牵头成立 a group past clauses of its members, 负责人 in the last",
     "牵头成立由主要负责人任组长,班子成员任副组长,二级机构负责人为成员的法治建设工作领导小组。",
     {(EDU, "牵头", EDU_GROUP)}, set()),
    (HEALTH_TITLE, "建立 a group whose name holds a programme, past clauses of its members",
     "建立由委主要领导为组长,班子成员为副组长,各相关科室、各下属单位负责人为成员的卫生健康系统法治建设和“八五”普法工作领导小组。",
     {(HEALTH, "建立", "静海区卫生健康系统法治建设和“八五”普法工作领导小组")}, set()),
    (EDU_TITLE, "a founding verb of its own in the describing clause: the body is not reached",
     "成立由主要负责人任组长,新组建的区司法局牵头负责的法治建设工作领导小组。",
     set(), {(EDU, "成立", "云溪区司法局"), (EDU, "成立", EDU_GROUP)}),
    (EDU_TITLE, "成立 a group past a clause of its members with 牵头负责",
     "成立由主要负责人任组长,班子成员具体牵头负责的法治建设工作领导小组。",
     {(EDU, "成立", EDU_GROUP)}, set()),
]


@pytest.mark.parametrize("title, shape, text, present, absent", CASES, ids=[c[1] for c in CASES])
def test_acting_bodies(tmp_path: Path, title: str, shape: str, text: str, present: set, absent: set) -> None:
    found = facts(build(tmp_path, title, text))
    assert present <= found, f"{shape}: missing {present - found}\nfound {found}"
    assert not absent & found, f"{shape}: unexpected {absent & found}"
