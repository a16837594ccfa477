"""The reporting body as a report names itself (eighty-eighth round): a regiment of the production and construction
corps titling its report by its number is named as written (106团, 五团); a department whose party committee is written
after its name (市应急管理局党委高度重视…, a title's 某局党委) writes the report itself, the unit's parent
(`Resolver.reporting_body_of`)."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.divisions import gazetteer
from kg.resolve import Resolver, _regiment_titled
from shapes import reporting_body


@pytest.mark.parametrize("title,regiment", [
    ("106团", "106团"),
    ("五团法治政府建设工作报告", "五团"),
    ("第三师四十五团关于2023年法治政府建设情况的报告", "四十五团"),
    ("共青团团委", None),
    ("集团法治建设", None),
    ("团结奋进", None),
    ("五家渠市", None),
])
def test_regiment_titled(title: str, regiment: str | None) -> None:
    assert _regiment_titled(title) == regiment


@pytest.mark.parametrize("head,body", [
    ("106团", "106团"),  # a regiment's title opening with its number (106团2022年法治政府建设年度报告)
    ("五团法治政府建设工作报告", "五团"),  # ...after its year, its number in Chinese (2021年五团法治…)
])
def test_a_regiment_writes_its_report(head: str, body: str) -> None:
    assert Resolver(gazetteer().by_code["659004"]).reporting_body_of([], head) == body


@pytest.mark.parametrize("text,body", [
    # a bureau's party committee as the opening's subject: the bureau writes
    ("# 来源: http://www.example.gov.cn/a/1.html\n\n2024年在市委、市政府领导下,我局法治建设工作深入推进。\n"
     "一、主要工作\n鞍山市应急管理局党委高度重视法治建设,推进依法行政。", "鞍山市应急管理局"),
    # ...or as the title's writer
    ("# 来源: http://www.example.gov.cn/a/1.html\n\n泽州县交通运输局党委2025年法治政府建设报告\n"
     "2025年,我局坚持以习近平法治思想为指导,推进依法行政。", "泽州县交通运输局"),
    # a bureau's organ party committee
    ("# 来源: http://www.example.gov.cn/a/1.html\n\n泽州县司法局机关党委2025年法治政府建设报告\n"
     "2025年,我局坚持以习近平法治思想为指导,推进依法行政。", "泽州县司法局"),
])
def test_reporting_body(tmp_path: Path, text: str, body: str) -> None:
    assert reporting_body(tmp_path, text) == body
