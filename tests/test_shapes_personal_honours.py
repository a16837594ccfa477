"""An honour named for a person alone (…先进个人, …通报表扬的个人) went to the person written before the verb (某同志荣获,
1人获评, 某处负责人获评), never to a body: no fact on it. One named for bodies and persons both (先进集体和先进个人) keeps
its row, as does a body's own honour in the same sentence (seventy-sixth round, kg/resources/README.md). Invented
sentences; facts read as ``shapes.facts`` reads them."""
from pathlib import Path

import pytest

from shapes import build, facts

BUREAU = "梧州市公安局2021年法治政府建设情况报告"

CASES = [
    ("a comrade's honour",
     "吴某某同志荣获2016—2020年全区法治建设先进个人。",
     set(), {"2016—2020年全区法治建设先进个人"}),
    ("a counted person's honour",
     "“警法同行”普法品牌入选全国公安普法典型案例,1人获评全国“八五”普法中期表现突出个人。",
     {"全国公安普法典型案例"}, {"全国“八五”普法中期表现突出个人"}),
    ("the body's honour beside a person's",
     "我局荣获“2020年全国法治政府部门建设通报表扬的基层集体”,3名人员荣获“2020年全国法治政府部门建设通报表扬的个人”。",
     {"2020年全国法治政府部门建设通报表扬的基层集体"}, {"2020年全国法治政府部门建设通报表扬的个人"}),
]


@pytest.mark.parametrize("shape, text, present, absent", CASES, ids=[c[0] for c in CASES])
def test_personal_honours(tmp_path: Path, shape: str, text: str, present: set, absent: set) -> None:
    objects = {obj for _, _, obj in facts(build(tmp_path, BUREAU, text))}
    assert present <= objects, f"{shape}: missing {present - objects}"
    assert not absent & objects, f"{shape}: unexpected {absent & objects}"
