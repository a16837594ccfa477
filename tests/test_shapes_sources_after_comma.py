"""Sources of what a verb carries out, listed on past a comma (eighty-ninth round, kg/resources/README.md).
Invented sentences; facts read as ``shapes.facts`` reads them.

- 落实A精神,以及B精神: a clause of further sources alone, ended by the word for their spirit, requirements or
  arrangements (精神, 要求, 部署, 安排, a short noun before it at most), goes on with the verb of the clause before,
  whether that verb acted on a named object (A) or on nothing named (市委…全会精神).
- A clause with a verb of its own, or a list not ended by such a word, does not take the verb of the clause before.
"""
from pathlib import Path

import pytest

from shapes import build, facts

BUREAU_TITLE = "重庆市南岸区交通局2022年度法治政府建设年度报告"
BUREAU = "南岸区交通局"
DISTRICT_TITLE = "中共重庆市九龙坡区委重庆市九龙坡区人民政府2023年法治政府建设情况报告"
DISTRICT = "九龙坡区人民政府"

CASES = [
    # (title, shape, text, facts present, facts absent)
    (BUREAU_TITLE, "以及 a meeting's 精神 after a meeting's 精神",
     "认真落实市第六次党代会精神,以及中央全面依法治国工作会议精神,推进交通法治建设。",
     {(BUREAU, "落实", "中央全面依法治国工作会议")}, set()),
    (DISTRICT_TITLE, "以及 titles' 安排 after a verb that acted on nothing named",
     "认真落实市委六届二次、三次全会精神,以及《法治政府建设实施纲要(2021—2025年)》《2023年全市法治政府建设工作要点》安排,深入推进各项工作。",
     {(DISTRICT, "落实", "法治政府建设实施纲要(2021—2025年)"), (DISTRICT, "落实", "2023年全市法治政府建设工作要点")}, set()),
    (DISTRICT_TITLE, "a clause with a verb of its own keeps its own verb",
     "认真落实市委六届二次全会精神,修订《九龙坡区行政规范性文件管理办法》。",
     {(DISTRICT, "修订", "九龙坡区行政规范性文件管理办法")}, {(DISTRICT, "落实", "九龙坡区行政规范性文件管理办法")}),
    (DISTRICT_TITLE, "a list ended by no word of spirit or arrangement takes no verb past the comma",
     "认真落实市委六届二次全会精神,《九龙坡区行政规范性文件管理办法》全面施行。",
     set(), {(DISTRICT, "落实", "九龙坡区行政规范性文件管理办法")}),
]


@pytest.mark.parametrize("title, shape, text, present, absent", CASES, ids=[c[1] for c in CASES])
def test_sources_after_comma(tmp_path: Path, title: str, shape: str, text: str, present: set, absent: set) -> None:
    found = facts(build(tmp_path, title, text))
    assert present <= found, f"{shape}: missing {present - found}"
    assert not absent & found, f"{shape}: unexpected {absent & found}"
