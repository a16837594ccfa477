"""与 after the end of an honour starts the next one, as 和 and 及 do (seventy-third round).

Invented sentences: 入选A典型案例与B典型经验 names two honours; a 与 inside a name, after no honour's end
(人口与计划生育先进单位), does not split it.
"""
import pytest
from shapes import names

FOUND = [
    ("相关经验做法入选某某市优化营商环境典型案例与某某市审改办“放管服”改革典型经验,并在刊物刊发。",
     ["某某市优化营商环境典型案例", "某某市审改办“放管服”改革典型经验"]),
    ("我局荣获全省普法工作先进集体与全省法治宣传教育示范单位。", ["全省普法工作先进集体", "全省法治宣传教育示范单位"]),
    ("某某街道荣获全省人口与计划生育工作先进单位。", ["全省人口与计划生育工作先进单位"]),
]

NOT_FOUND = [
    ("相关经验做法入选某某市优化营商环境典型案例与某某市审改办“放管服”改革典型经验,并在刊物刊发。",
     "某某市优化营商环境典型案例与某某市审改办“放管服”改革典型经验"),
]


@pytest.mark.parametrize("sentence,expected", FOUND)
def test_honours_joined_by_yu_are_each_named(sentence: str, expected: list[str]) -> None:
    found = names(sentence, "Award")
    for name in expected:
        assert name in found


@pytest.mark.parametrize("sentence,name", NOT_FOUND)
def test_honours_joined_by_yu_are_not_one(sentence: str, name: str) -> None:
    assert name not in names(sentence, "Award")
