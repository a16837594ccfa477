"""协调推动 / 协调推进 is one compound verb, how the writer pushes work on: 协调 then acts on no body written after it;
协调 alone still does (seventy-eighth round, kg/resources/README.md). Invented sentences; facts read as
``shapes.facts`` reads them."""
from pathlib import Path

import pytest

from shapes import build, facts

TITLE = "江苏省司法厅2024年法治政府建设情况报告"
WRITER = "江苏省司法厅"

CASES = [
    ("协调推动 before the bodies whose decisions are carried out",
     "二是协调推动党中央国务院和省委省政府决策部署落实落细。",
     set(), {(WRITER, "协调", "中共江苏省委员会"), (WRITER, "协调", "江苏省人民政府")}),
    ("协调推动将…纳入 a body's assessment",
     "协调推动将法治政府建设工作纳入省委综合考核、省委巡察重要内容。",
     set(), {(WRITER, "协调", "中共江苏省委员会")}),
    ("协调推进 before a body's commission",
     "协调推进省编办、省财政厅落实行政复议体制改革。",
     set(), {(WRITER, "协调", "中共江苏省委机构编制委员会办公室"), (WRITER, "协调", "江苏省财政厅")}),
    ("协调 alone still acts on the bodies after it",
     "积极协调省委编办调研基层综合执法工作。",
     {(WRITER, "协调", "中共江苏省委机构编制委员会办公室")}, set()),
]


@pytest.mark.parametrize("shape, text, present, absent", CASES, ids=[c[0] for c in CASES])
def test_coordinating(tmp_path: Path, shape: str, text: str, present: set, absent: set) -> None:
    found = facts(build(tmp_path, TITLE, text))
    assert present <= found, f"{shape}: missing {present - found}"
    assert not absent & found, f"{shape}: unexpected {absent & found}"
