"""列入 after what 将 or 把 takes (eighty-sixth round, kg/resources/README.md).
Invented sentences; facts read as ``shapes.facts`` reads them.

- 将《…》、《…》等…列入…培训内容 / 列入…学习计划 / 将“…”和“…”列入…工作计划: 列入 puts each thing taken into a plan or a
  course, as 纳入 does; it is no award's verb there, so the writer acted on every title or programme of the list.
- 列入 with nothing taken before it keeps its award reading: a programme heading the clause is not acted on by the writer.
"""
from pathlib import Path

import pytest

from shapes import build, facts

COUNTY_TITLE = "阜城县2022年法治政府建设情况报告"
COUNTY = "阜城县人民政府"
CITY_TITLE = "梧州市公安局2021年法治政府建设情况报告"
CITY = "梧州市公安局"

CASES = [
    # (title, shape, text, facts present, facts absent)
    (COUNTY_TITLE, "将 titles 等…知识 列入 a course",
     "将《中华人民共和国行政处罚法》、《中国共产党工作机关条例(试行)》等法律法规知识列入新录用公务员初任培训内容。",
     {(COUNTY, "列入", "中华人民共和国行政处罚法"), (COUNTY, "列入", "中国共产党工作机关条例(试行)")}, set()),
    (CITY_TITLE, "把 titles back to back 列入 a study plan",
     "把《中华人民共和国民法典》《中华人民共和国行政处罚法》列入局党委理论学习中心组学习计划。",
     {(CITY, "列入", "中华人民共和国民法典"), (CITY, "列入", "中华人民共和国行政处罚法")}, set()),
    (COUNTY_TITLE, "列入 with nothing taken: a programme heading the clause is not acted on",
     "“行政复议规范化建设”列入全省法治政府建设示范项目。",
     set(), {(COUNTY, "列入", "行政复议规范化建设")}),
]


@pytest.mark.parametrize("title, shape, text, present, absent", CASES, ids=[c[1] for c in CASES])
def test_put_in_after_take(tmp_path: Path, title: str, shape: str, text: str, present: set, absent: set) -> None:
    found = facts(build(tmp_path, title, text))
    assert present <= found, f"{shape}: missing {present - found}"
    assert not absent & found, f"{shape}: unexpected {absent & found}"
