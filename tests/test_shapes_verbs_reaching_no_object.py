"""Verbs that reach no object written after them (seventy-eighth round, kg/resources/README.md). Invented sentences;
facts read as ``shapes.facts`` reads them.

- 协调推动 / 协调推进 is one compound verb, how the writer pushes work on: 协调 then acts on no body written after it;
  协调 alone still does.
- A meeting written right after 在 (总书记在…会议上的重要讲话精神) is where the speech studied was given: a verb of study
  alone acts on no such meeting; 贯彻, 落实 and a meeting studied as itself stay facts.
"""
from pathlib import Path

import pytest

from shapes import build, facts

PROVINCE_TITLE = "江苏省司法厅2024年法治政府建设情况报告"
PROVINCE = "江苏省司法厅"
CITY_TITLE = "天津市人力资源和社会保障局2021年法治政府建设情况报告"
CITY = "天津市人力资源和社会保障局"
MEETING = "中央全面依法治国工作会议"

CASES = [
    # (title, shape, text, facts present, facts absent)
    (PROVINCE_TITLE, "协调推动 before the bodies whose decisions are carried out",
     "二是协调推动党中央国务院和省委省政府决策部署落实落细。",
     set(), {(PROVINCE, "协调", "中共江苏省委员会"), (PROVINCE, "协调", "江苏省人民政府")}),
    (PROVINCE_TITLE, "协调推动将…纳入 a body's assessment",
     "协调推动将法治政府建设工作纳入省委综合考核、省委巡察重要内容。",
     set(), {(PROVINCE, "协调", "中共江苏省委员会")}),
    (PROVINCE_TITLE, "协调推进 before a body's commission",
     "协调推进省编办、省财政厅落实行政复议体制改革。",
     set(), {(PROVINCE, "协调", "中共江苏省委机构编制委员会办公室"), (PROVINCE, "协调", "江苏省财政厅")}),
    (PROVINCE_TITLE, "协调 alone still acts on the bodies after it",
     "积极协调省委编办调研基层综合执法工作。",
     {(PROVINCE, "协调", "中共江苏省委机构编制委员会办公室")}, set()),
    (CITY_TITLE, "学习 a speech given at a meeting",
     "局党组带头深入学习习近平总书记在中央全面依法治国工作会议上的重要讲话精神。",
     set(), {(CITY, "学习", MEETING)}),
    (CITY_TITLE, "集中学习 a speech given at a meeting",
     "全年召开理论学习中心组学习会12次,集中学习了习近平总书记在中央全面依法治国工作会议上的重要讲话精神。",
     set(), {(CITY, "集中学习", MEETING)}),
    (CITY_TITLE, "贯彻 a speech given at a meeting stays a fact",
     "全面贯彻习近平总书记在中央全面依法治国工作会议上的重要讲话精神。",
     {(CITY, "贯彻", MEETING)}, set()),
    (CITY_TITLE, "学习 a meeting's own spirit stays a fact",
     "认真学习领会中央全面依法治国工作会议精神。",
     {(CITY, "学习", MEETING)}, set()),
]


@pytest.mark.parametrize("title, shape, text, present, absent", CASES, ids=[c[1] for c in CASES])
def test_verb_reaching_no_object(tmp_path: Path, title: str, shape: str, text: str, present: set, absent: set) -> None:
    found = facts(build(tmp_path, title, text))
    assert present <= found, f"{shape}: missing {present - found}"
    assert not absent & found, f"{shape}: unexpected {absent & found}"
