"""Keeping to what a title names (eighty-sixth round, kg/resources/README.md).
Invented sentences; facts read as ``shapes.facts`` reads them.

- 遵循 and 严格遵守 before titles (遵循《…听证办法》和《…决策规则》, 严格遵守《…》《…》) act on each title, as 遵照 does.
- 遵守 alone is not a verb of the list: written before a writer's own rules of conduct (遵守“八不准”) it joins nothing.
"""
from pathlib import Path

import pytest

from shapes import build, facts

CITY_TITLE = "益阳市人力资源和社会保障局2025年法治政府建设情况报告"
CITY = "益阳市人力资源和社会保障局"
TOWN_TITLE = "大王古庄镇2024年法治政府建设情况报告"
TOWN = "大王古庄镇人民政府"

CASES = [
    # (title, shape, text, facts present, facts absent)
    (CITY_TITLE, "遵循 two titles joined by 和",
     "重大行政决策严格遵循《益阳市重大行政决策听证办法》和《益阳市人力资源和社会保障局重大行政决策规则》。",
     {(CITY, "遵循", "益阳市重大行政决策听证办法"), (CITY, "遵循", "益阳市人力资源和社会保障局重大行政决策规则")}, set()),
    (CITY_TITLE, "遵循 one title",
     "编制权责清单遵循《益阳市政府工作部门权责清单管理办法》。",
     {(CITY, "遵循", "益阳市政府工作部门权责清单管理办法")}, set()),
    (TOWN_TITLE, "严格遵守 titles back to back",
     "全镇严格遵守《天津市重大行政决策程序规定》《天津市行政规范性文件管理规定》,规范决策程序。",
     {(TOWN, "严格遵守", "天津市重大行政决策程序规定"), (TOWN, "严格遵守", "天津市行政规范性文件管理规定")}, set()),
]


@pytest.mark.parametrize("title, shape, text, present, absent", CASES, ids=[c[1] for c in CASES])
def test_keeping_to(tmp_path: Path, title: str, shape: str, text: str, present: set, absent: set) -> None:
    found = facts(build(tmp_path, title, text))
    assert present <= found, f"{shape}: missing {present - found}"
    assert not absent & found, f"{shape}: unexpected {absent & found}"
