"""Sessions a thing is put in to be studied (eightieth round, kg/resources/README.md). Invented sentences; facts read as
``shapes.facts`` reads them.

- 将习近平法治思想纳入“第一议题”、…学习内容 / 纳入“三会一课”重要学习内容: a programme a verb of putting in (纳入, 列入)
  reaches, with the word for contents later in its clause, is a session the thing taken is studied in; no row on it.
- A programme put in with no word for contents after it (将“放管服”改革纳入年度重点工作) keeps its row.
"""
from pathlib import Path

import pytest

from shapes import build, facts

TITLE = "青岛市人民政府2022年法治政府建设情况报告"
CITY = "青岛市人民政府"

CASES = [
    # (title, shape, text, facts present, facts absent)
    (TITLE, "纳入 a body's “第一议题” and a study group's contents",
     "将习近平法治思想纳入党工委“第一议题”和理论学习中心组学习内容,组织专题学习4次。",
     set(), {(CITY, "纳入", "第一议题")}),
    (TITLE, "纳入 “第一议题” in a list ending in 必修内容",
     "将习近平法治思想作为重点学习内容纳入“第一议题”、局党组理论学习中心组学习、会前学法、全局法治教育必修内容。",
     set(), {(CITY, "纳入", "第一议题")}),
    (TITLE, "纳入 “三会一课” 重要学习内容",
     "将习近平法治思想纳入“三会一课”重要学习内容。",
     set(), {(CITY, "纳入", "三会一课")}),
    (TITLE, "列入 “三会一课” 必学内容",
     "把宪法列入党支部“三会一课”必学内容。",
     set(), {(CITY, "列入", "三会一课")}),
    (TITLE, "a programme put in with no contents after it keeps its row",
     "将“放管服”改革纳入年度重点工作。",
     {(CITY, "纳入", "放管服改革")}, set()),
]


@pytest.mark.parametrize("title, shape, text, present, absent", CASES, ids=[c[1] for c in CASES])
def test_session_put_in(tmp_path: Path, title: str, shape: str, text: str, present: set, absent: set) -> None:
    found = facts(build(tmp_path, title, text))
    assert present <= found, f"{shape}: missing {present - found}"
    assert not absent & found, f"{shape}: unexpected {absent & found}"
