"""Where a body's name is written (``kg.recognise.body_names``): the words found in one pass, and the
table's and the grammar's readings in the order a backtracking regex would take them."""
from __future__ import annotations

import pytest

from kg.recognise.body_names import Grammar, Vocabulary, division_references, grammar_matches, table_matches

DIVISIONS = Vocabulary(["青岛市", "城阳区", "滨海新区", "舒城县", "天津市"])
CORES = Vocabulary(["司法局", "委", "区委", "政府", "人民政府", "人民法院", "政法委", "县委"])
SUFFIXES = Vocabulary(["局", "办", "中心", "委员会", "科"])
GRAMMAR = Grammar(levels="区县市省", not_prefix_before="全各本社", suffix_not_before="门署面",
                  word_after="域场", field_stop="的和、,。")


def _table(text: str) -> list[tuple]:
    return [(m.start, m.end, m.prefix, m.jurisdiction, m.again, m.level, m.party, m.core)
            for m in table_matches(text, GRAMMAR, DIVISIONS.starts(text), CORES.starts(text))]


def _grammar(text: str) -> list[tuple]:
    return [(m.start, m.end, m.jurisdiction, m.level, m.party, m.field, m.suffix)
            for m in grammar_matches(text, GRAMMAR, DIVISIONS.starts(text), SUFFIXES.starts(text))]


def test_every_word_at_every_position_longest_first() -> None:
    words = Vocabulary(["政府", "人民政府", "人民"])
    assert words.starts("区人民政府") == {1: (5, 3), 3: (5,)}
    assert words.starts("理县政府", extra=("理县",)) == {0: (2,), 2: (4,)}
    assert words.occurs_in("县人民政府") and not words.occurs_in("县司法局")
    assert Vocabulary([]).starts("政府") == {} and not Vocabulary([]).occurs_in("政府")


@pytest.mark.parametrize("text, expected", [
    # a written jurisdiction, chained names, the level repeated, 委 before the core
    ("青岛市城阳区司法局", [(0, 9, None, "青岛市城阳区", None, None, False, "司法局")]),
    ("滨海新区区委", [(0, 6, None, "滨海新区", "区", None, False, "委")]),
    ("中共城阳区委", [(0, 6, "中共", "城阳区", None, None, False, "委")]),
    ("区委政法委", [(0, 5, None, None, None, "区", True, "政法委")]),
    # a level character standing for a division, but not after a scope word (全区) nor in a list of levels
    ("区司法局", [(0, 4, None, None, None, "区", False, "司法局")]),
    ("全区司法局", [(2, 5, None, None, None, None, False, "司法局")]),
    ("县、区司法局", [(3, 6, None, None, None, None, False, "司法局")]),
    # a core followed by a character that makes it part of a longer word is not taken
    ("区政府门户", []),
    ("城阳区人民政府、舒城县人民法院", [(0, 7, None, "城阳区", None, None, False, "人民政府"),
                                    (8, 15, None, "舒城县", None, None, False, "人民法院")]),
])
def test_table_names(text: str, expected: list[tuple]) -> None:
    assert _table(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the fewest field characters that reach a suffix
    ("区综合执法局", [(0, 6, None, "区", False, "综合执法", "局")]),
    ("城阳区大数据中心", [(0, 8, "城阳区", None, False, "大数据", "中心")]),
    ("区委宣传办", [(0, 5, None, "区", True, "宣传", "办")]),
    # 区域 is a word, 全区 a scope, 科学 no body, a stop character ends the field
    ("区域治理局", []),
    ("全区治理局", []),
    ("市教育科学", []),
    ("省社科研究", []),  # a one-character suffix going on as an ordinary word
    ("区大数据中心工作", []),
    ("区的工作局", []),
    # no more than ten field characters
    ("区一二三四五六七八九十局", [(0, 12, None, "区", False, "一二三四五六七八九十", "局")]),
    ("区一二三四五六七八九十壹局", []),
])
def test_grammar_names(text: str, expected: list[tuple]) -> None:
    assert _grammar(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("青岛市城阳区", []),  # a city before its district is the district's place; the district is inside the clause
    ("青岛市、城阳区", [(0, 3), (4, 7)]),
    ("城阳区滨海新区", [(0, 3)]),  # divisions of one level run together: a list; the next is inside the clause
    ("对舒城县开展督查;天津市2024年", [(1, 4)]),  # after 对; not before a year
    ("在城阳区", []),
])
def test_division_references(text: str, expected: list[tuple[int, int]]) -> None:
    assert list(division_references(text, DIVISIONS.starts(text), ",;。:\n 、对向")) == expected

