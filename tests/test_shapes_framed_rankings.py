"""A place or a grade won in an assessment framed by 在…中, whatever verb of a result leads it.

Invented sentences: what the award recogniser names, and what it must not take (a rank describing whoever won it,
a bare mark, an assessment named by its kind alone); a quotation inside the assessment stays a programme.
"""
import pytest
from shapes import names

FOUND = [
    ("我市在2019年度法治某省建设考评中蝉联全省第一,在全国评估中位列第五。", "2019年度法治某省建设考评全省第一"),
    ("连续5年在全面依法治市(法治政府建设)考核中获优秀等次。", "全面依法治市(法治政府建设)考核优秀等次"),
    ("市某某局在某市高频政务服务“智慧好办”应用展评中荣获全市第一。", "某市高频政务服务“智慧好办”应用展评全市第一"),
    ("区政府在2023年度法治某市建设考评中获得第二名。", "2023年度法治某市建设考评第二名"),
    ("在全市考核中获“优秀”等次。", "全市考核“优秀”等次"),
]

NOT_FOUND = [
    ("通报表彰连续2年在考核中取得优秀等次的地方和单位。", "考核优秀等次"),
    ("5宗法律援助案件在某某中心案件抽检中获评优秀。", "某某中心案件抽检优秀"),
]


@pytest.mark.parametrize("sentence,name", FOUND)
def test_framed_ranking_named(sentence: str, name: str) -> None:
    assert name in names(sentence, "Award")


@pytest.mark.parametrize("sentence,name", NOT_FOUND)
def test_framed_ranking_left(sentence: str, name: str) -> None:
    assert name not in names(sentence, "Award")


def test_quotation_in_assessment_stays_a_programme() -> None:
    assert "智慧好办" in names("市某某局在某市高频政务服务“智慧好办”应用展评中荣获全市第一。", "Program")
