"""全{L} followed by the word for a line of offices (全市市场监管系统, 全省卫生健康系统, 全省系统, 全市各级人力社保部门) names the writer's own
line of bureaus, not the government 全{L} alone stands for (eighty-third round, kg/resources/README.md).
Invented sentences; facts read as ``shapes.facts`` reads them.

- In a department's report, a clause headed so is the department's: its rows go to the writer, not to the government.
- So is 全{L}各级 with a kind of office after it (全市各级人力社保部门).
- 全{L} alone, with no 系统 after it, still stands for the government.
- In a government's report the line is the government's own: its rows stay the government's.
"""
from pathlib import Path

import pytest

from shapes import build, facts

FUZHOU_TITLE = "福州市市场监督管理局2023年法治政府建设情况报告"
FUZHOU = "福州市市场监督管理局"
FUZHOU_GOV = "福州市人民政府"
QINGHAI_TITLE = "青海省卫生健康委员会2020年法治政府建设情况报告"
QINGHAI = "青海省卫生健康委员会"
QINGHAI_GOV = "青海省人民政府"
HANGZHOU_TITLE = "杭州市人民政府2022年法治政府建设情况报告"
HANGZHOU_GOV = "杭州市人民政府"
HANGZHOU_RSJ_TITLE = "杭州市人力资源和社会保障局2020年法治政府建设情况报告"
HANGZHOU_RSJ = "杭州市人力资源和社会保障局"
GUIDE = "新冠肺炎疫情防控期间行政执法工作指引"
OUTLINE = "法治政府建设实施纲要(2015-2020年)"

CASES = [
    # (title, shape, text, facts present, facts absent)
    (FUZHOU_TITLE, "全市 + a line of offices heads a department's clause",
     "在市委市政府的领导下,全市市场监管系统将开展主题教育与实施“三争三领”行动有机结合。",
     {(FUZHOU, "实施", "三争三领行动")}, {(FUZHOU_GOV, "实施", "三争三领行动")}),
    (QINGHAI_TITLE, "全省 + a line of offices heads a department's clause",
     "全省卫生健康系统认真贯彻落实《法治政府建设实施纲要(2015-2020年)》。",
     {(QINGHAI, "贯彻落实", OUTLINE)}, {(QINGHAI_GOV, "贯彻落实", OUTLINE)}),
    (QINGHAI_TITLE, "the line goes on acting in the next clause",
     "全省卫生健康系统深入学习习近平法治思想,认真贯彻落实《法治政府建设实施纲要(2015-2020年)》。",
     {(QINGHAI, "贯彻落实", OUTLINE)}, {(QINGHAI_GOV, "贯彻落实", OUTLINE)}),
    (HANGZHOU_RSJ_TITLE, "全市各级 + a kind of office heads a department's clause",
     "全市各级人力社保部门认真贯彻落实《新冠肺炎疫情防控期间行政执法工作指引》。",
     {(HANGZHOU_RSJ, "贯彻落实", GUIDE)}, {(HANGZHOU_GOV, "贯彻落实", GUIDE)}),
    (QINGHAI_TITLE, "全省 alone still stands for the government",
     "全省认真贯彻落实《法治政府建设实施纲要(2015-2020年)》。",
     {(QINGHAI_GOV, "贯彻落实", OUTLINE)}, {(QINGHAI, "贯彻落实", OUTLINE)}),
    (HANGZHOU_TITLE, "in a government's report the line is the government's",
     "全市政务服务系统全面推行“一网通办”。",
     {(HANGZHOU_GOV, "推行", "一网通办")}, set()),
]


@pytest.mark.parametrize("title, shape, text, present, absent", CASES, ids=[c[1] for c in CASES])
def test_own_line(tmp_path: Path, title: str, shape: str, text: str, present: set, absent: set) -> None:
    found = facts(build(tmp_path, title, text))
    assert present <= found, f"{shape}: missing {present - found}\nfound {found}"
    assert not absent & found, f"{shape}: unexpected {absent & found}"
