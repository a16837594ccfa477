"""Objects that give no fact row (seventy-sixth round, kg/resources/README.md). Invented sentences; facts read as
``shapes.facts`` reads them.

- A title its own clause goes on to call a medium that reported or printed something (央视《新闻直播间》报道,
  被《人民日报》宣传报道, 在《某日报》刊发) is a newspaper, a programme or a bulletin, not a document any body acted on;
  a title acted on in the same sentence keeps its row.
- An honour named for a person alone (…先进个人, …通报表扬的个人) went to the person written before the verb (某同志荣获,
  1人获评, 某处负责人获评), never to a body; one named for bodies and persons both (先进集体和先进个人) keeps its row, as
  does a body's own honour in the same sentence.
"""
from pathlib import Path

import pytest

from shapes import build, facts

DISTRICT = "南京市鼓楼区2024年法治政府建设情况报告"
BUREAU = "梧州市公安局2021年法治政府建设情况报告"

CASES = [
    # (title, shape, text, objects with a fact row, objects with none)
    (DISTRICT, "programmes of a television listed before 报道",
     "新建法治文化公园,央视《新闻直播间》、省台《江苏新时空》《正午江苏》报道我区法治宣传活动。",
     set(),
     {"新闻直播间", "江苏新时空", "正午江苏"}),
    (DISTRICT, "bulletins after 被 and a ministry, before 刊发推广",
     "2项创新工作典型做法,均被司法部《每日要情》《法治动态》刊发推广。",
     set(),
     {"每日要情", "法治动态"}),
    (DISTRICT, "a newspaper's column where study notes were printed",
     "各部门主要负责同志在《南京日报》学习专栏刊发学习体会文章30余篇。",
     set(),
     {"南京日报"}),
    (DISTRICT, "a title acted on keeps its row beside a medium in the next clause",
     "区政府印发《鼓楼区法治政府建设实施方案》,相关做法被《法治日报》报道。",
     {"鼓楼区法治政府建设实施方案"},
     {"法治日报"}),
    (BUREAU, "a comrade's honour",
     "吴某某同志荣获2016—2020年全区法治建设先进个人。",
     set(), {"2016—2020年全区法治建设先进个人"}),
    (BUREAU, "a counted person's honour",
     "“警法同行”普法品牌入选全国公安普法典型案例,1人获评全国“八五”普法中期表现突出个人。",
     {"全国公安普法典型案例"}, {"全国“八五”普法中期表现突出个人"}),
    (BUREAU, "the body's honour beside a person's",
     "我局荣获“2020年全国法治政府部门建设通报表扬的基层集体”,3名人员荣获“2020年全国法治政府部门建设通报表扬的个人”。",
     {"2020年全国法治政府部门建设通报表扬的基层集体"}, {"2020年全国法治政府部门建设通报表扬的个人"}),
]


@pytest.mark.parametrize("title, shape, text, present, absent", CASES, ids=[c[1] for c in CASES])
def test_objects_with_no_fact(tmp_path: Path, title: str, shape: str, text: str, present: set, absent: set) -> None:
    objects = {obj for _, _, obj in facts(build(tmp_path, title, text))}
    assert present <= objects, f"{shape}: missing {present - objects}"
    assert not absent & objects, f"{shape}: unexpected {absent & objects}"
