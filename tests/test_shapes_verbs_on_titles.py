"""Verbs that act on the titles, programmes and meetings after them (eighty-sixth and eighty-ninth rounds,
kg/resources/README.md).
Invented sentences; facts read as ``shapes.facts`` reads them.

- 遵循 and 严格遵守 before titles (遵循《…听证办法》和《…决策规则》, 严格遵守《…》《…》) act on each title, as 遵照 does.
  遵守 alone is not a verb of the list: written before a writer's own rules of conduct (遵守“八不准”) it joins nothing.
- 将《…》、《…》等…列入…培训内容 / 列入…学习计划 / 将“…”和“…”列入…工作计划: 列入 puts each thing taken into a plan or a
  course, as 纳入 does; it is no award's verb there, so the writer acted on every title or programme of the list.
  列入 with nothing taken before it keeps its award reading: a programme heading the clause is not acted on by the writer.
- 落实A精神,以及B精神: a clause of further sources alone, ended by the word for their spirit, requirements or
  arrangements (精神, 要求, 部署, 安排, a short noun before it at most), goes on with the verb of the clause before,
  whether that verb acted on a named object (A) or on nothing named (市委…全会精神); a clause with a verb of its own, or
  a list not ended by such a word, does not take the verb of the clause before.
"""
from pathlib import Path

import pytest

from shapes import build, facts

BUREAU_TITLE = "益阳市人力资源和社会保障局2025年法治政府建设情况报告"
BUREAU = "益阳市人力资源和社会保障局"
TOWN_TITLE = "大王古庄镇2024年法治政府建设情况报告"
TOWN = "大王古庄镇人民政府"
COUNTY_TITLE = "阜城县2022年法治政府建设情况报告"
COUNTY = "阜城县人民政府"
POLICE_TITLE = "梧州市公安局2021年法治政府建设情况报告"
POLICE = "梧州市公安局"
NANAN_TITLE = "重庆市南岸区交通局2022年度法治政府建设年度报告"
NANAN = "南岸区交通局"
JIULONGPO_TITLE = "中共重庆市九龙坡区委重庆市九龙坡区人民政府2023年法治政府建设情况报告"
JIULONGPO = "九龙坡区人民政府"

CASES = [
    # (title, shape, text, facts present, facts absent)
    (BUREAU_TITLE, "遵循 two titles joined by 和",
     "重大行政决策严格遵循《益阳市重大行政决策听证办法》和《益阳市人力资源和社会保障局重大行政决策规则》。",
     {(BUREAU, "遵循", "益阳市重大行政决策听证办法"), (BUREAU, "遵循", "益阳市人力资源和社会保障局重大行政决策规则")}, set()),
    (BUREAU_TITLE, "遵循 one title",
     "编制权责清单遵循《益阳市政府工作部门权责清单管理办法》。",
     {(BUREAU, "遵循", "益阳市政府工作部门权责清单管理办法")}, set()),
    (TOWN_TITLE, "严格遵守 titles back to back",
     "全镇严格遵守《天津市重大行政决策程序规定》《天津市行政规范性文件管理规定》,规范决策程序。",
     {(TOWN, "严格遵守", "天津市重大行政决策程序规定"), (TOWN, "严格遵守", "天津市行政规范性文件管理规定")}, set()),
    (COUNTY_TITLE, "将 titles 等…知识 列入 a course",
     "将《中华人民共和国行政处罚法》、《中国共产党工作机关条例(试行)》等法律法规知识列入新录用公务员初任培训内容。",
     {(COUNTY, "列入", "中华人民共和国行政处罚法"), (COUNTY, "列入", "中国共产党工作机关条例(试行)")}, set()),
    (POLICE_TITLE, "把 titles back to back 列入 a study plan",
     "把《中华人民共和国民法典》《中华人民共和国行政处罚法》列入局党委理论学习中心组学习计划。",
     {(POLICE, "列入", "中华人民共和国民法典"), (POLICE, "列入", "中华人民共和国行政处罚法")}, set()),
    (COUNTY_TITLE, "列入 with nothing taken: a programme heading the clause is not acted on",
     "“行政复议规范化建设”列入全省法治政府建设示范项目。",
     set(), {(COUNTY, "列入", "行政复议规范化建设")}),
    (NANAN_TITLE, "以及 a meeting's 精神 after a meeting's 精神",
     "认真落实市第六次党代会精神,以及中央全面依法治国工作会议精神,推进交通法治建设。",
     {(NANAN, "落实", "中央全面依法治国工作会议")}, set()),
    (JIULONGPO_TITLE, "以及 titles' 安排 after a verb that acted on nothing named",
     "认真落实市委六届二次、三次全会精神,以及《法治政府建设实施纲要(2021—2025年)》《2023年全市法治政府建设工作要点》安排,深入推进各项工作。",
     {(JIULONGPO, "落实", "法治政府建设实施纲要(2021—2025年)"), (JIULONGPO, "落实", "2023年全市法治政府建设工作要点")}, set()),
    (JIULONGPO_TITLE, "a clause with a verb of its own keeps its own verb",
     "认真落实市委六届二次全会精神,修订《九龙坡区行政规范性文件管理办法》。",
     {(JIULONGPO, "修订", "九龙坡区行政规范性文件管理办法")}, {(JIULONGPO, "落实", "九龙坡区行政规范性文件管理办法")}),
    (JIULONGPO_TITLE, "a list ended by no word of spirit or arrangement takes no verb past the comma",
     "认真落实市委六届二次全会精神,《九龙坡区行政规范性文件管理办法》全面施行。",
     set(), {(JIULONGPO, "落实", "九龙坡区行政规范性文件管理办法")}),
]


@pytest.mark.parametrize("title, shape, text, present, absent", CASES, ids=[c[1] for c in CASES])
def test_verbs_on_titles(tmp_path: Path, title: str, shape: str, text: str, present: set, absent: set) -> None:
    found = facts(build(tmp_path, title, text))
    assert present <= found, f"{shape}: missing {present - found}"
    assert not absent & found, f"{shape}: unexpected {absent & found}"
