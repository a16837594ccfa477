"""A structure or a body after a quotation's tail noun (eightieth round, kg/resources/README.md).

The seventy-seventh round read 优化“三城一区”管理体制 as the structure the quotation qualifies, no programme. That holds
where the quotation counts places or bodies (“两区”, “三城一区”); a quoted way of organising work before 管理体制
(实行“局队合一”管理体制) names the reform the structure carries out, and stays a programme.
"""
import pytest

from shapes import programmes

CASES = [
    # a count of places or bodies: the structure that manages them, no programme
    ("开展机构改革试点,优化“三城一区”管理体制,加强重点地区管理。", "三城一区管理", False),
    ("深化改革创新,完善“两区”建设管理体制;推进综合执法。", "两区建设管理", False),
    ("调整优化“两区”建设相关组团园区管理机构,健全完善管理体制。", "两区建设相关组团园区管理", False),
    # a quoted way of organising work: a programme, read as before the seventy-seventh round
    ("组建综合行政执法大队,实行“局队合一”管理体制,在主管部门挂牌。", "局队合一管理", True),
    ("推进机构改革,实行“局队合一”管理体制,执法力量下沉。", "局队合一管理", True),
]


@pytest.mark.parametrize("sentence,name,given", CASES, ids=[c[1] + ("+" if c[2] else "-") for c in CASES])
def test_structure_after_quotation(sentence: str, name: str, given: bool) -> None:
    found = programmes(sentence)
    assert (name in found) is given, found
