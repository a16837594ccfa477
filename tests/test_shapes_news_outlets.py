"""A title its own clause goes on to call a medium that reported or printed something (央视《新闻直播间》报道,
被《人民日报》宣传报道, 在《某日报》刊发) is a newspaper, a programme or a bulletin, not a document any body acted on:
no fact on it (seventy-sixth round, kg/resources/README.md). A title acted on in the same sentence keeps its row.
Invented sentences; facts read as ``shapes.facts`` reads them."""
from pathlib import Path

import pytest

from shapes import build, facts

DISTRICT = "南京市鼓楼区2024年法治政府建设情况报告"
WRITER = "鼓楼区人民政府"

CASES = [
    ("programmes of a television listed before 报道",
     "新建法治文化公园,央视《新闻直播间》、省台《江苏新时空》《正午江苏》报道我区法治宣传活动。",
     set(),
     {"新闻直播间", "江苏新时空", "正午江苏"}),
    ("bulletins after 被 and a ministry, before 刊发推广",
     "2项创新工作典型做法,均被司法部《每日要情》《法治动态》刊发推广。",
     set(),
     {"每日要情", "法治动态"}),
    ("a newspaper's column where study notes were printed",
     "各部门主要负责同志在《南京日报》学习专栏刊发学习体会文章30余篇。",
     set(),
     {"南京日报"}),
    ("a title acted on keeps its row beside a medium in the next clause",
     "区政府印发《鼓楼区法治政府建设实施方案》,相关做法被《法治日报》报道。",
     {"鼓楼区法治政府建设实施方案"},
     {"法治日报"}),
]


@pytest.mark.parametrize("shape, text, present, absent", CASES, ids=[c[0] for c in CASES])
def test_news_outlets(tmp_path: Path, shape: str, text: str, present: set, absent: set) -> None:
    objects = {obj for _, _, obj in facts(build(tmp_path, DISTRICT, text))}
    assert present <= objects, f"{shape}: missing {present - objects}"
    assert not absent & objects, f"{shape}: unexpected {absent & objects}"
