"""Lecture groups founded under their topic (kg/resources/README.md, agencies of the seventieth round), and a party
body whose text holds no 委 naming no committee. Invented sentences, one case per shape, in a report its title places."""
from pathlib import Path

import pytest

from kg.divisions import gazetteer
from kg.recognise.mentions import AgencyMention
from kg.resolve import Resolver
from shapes import assert_agencies, build, facts

TONGLIANG = "铜梁区2022年法治政府建设年度报告"
SHUNCHENG = "顺城区2024年法治政府建设年度报告"
CHAOYANG = "朝阳市2022年法治政府建设年度报告"

CASES = [
    # (shape, title, text, labels that must be found, labels that must not)
    ("a lecture group founded under a topic holding a study verb", TONGLIANG,
     "成立铜梁区深学笃用习近平法治思想宣讲团,扎实开展宣讲。", {"铜梁区深学笃用习近平法治思想宣讲团"}, set()),
    ("a lecture group founded under a plenary session of the party", SHUNCHENG,
     "成立党的二十届三中全会宣讲团,将习近平法治思想纳入宣讲内容。", {"党的二十届三中全会宣讲团"}, set()),
    ("a second quoted lecture group right after the first is founded too", CHAOYANG,
     "组建“党的二十大市委宣讲团”“习近平法治思想宣讲团”,在全市开展系列宣讲活动。",
     {"党的二十大市委宣讲团", "习近平法治思想宣讲团"}, set()),
    ("a topic still ends at a conjunction: two groups, the lecture group alone is no longer name", SHUNCHENG,
     "成立区级法治专家团和宣讲团。", set(), {"区级法治专家团和宣讲团"}),
    ("a second quotation that names no lecture group is left", "西安市2023年法治政府建设年度报告",
     "设立“西安市法治教学点”“西安市法治基地”。", set(), {"西安市法治基地"}),
]


@pytest.mark.parametrize(("shape", "title", "text", "present", "absent"), CASES, ids=[c[0] for c in CASES])
def test_founded_lecture_groups(tmp_path: Path, shape: str, title: str, text: str, present: set[str],
                                absent: set[str]) -> None:
    assert_agencies(tmp_path, title, text, present, absent)


def test_the_founder_founds_the_lecture_group(tmp_path: Path) -> None:
    record = build(tmp_path, SHUNCHENG, "成立党的二十届三中全会宣讲团,将习近平法治思想纳入宣讲内容。")
    assert ("顺城区人民政府", "成立", "党的二十届三中全会宣讲团") in facts(record)


def test_a_party_body_written_without_its_committee_names_no_committee() -> None:
    """区组织部 (a department written after a bare level): no 委 to end a committee's span, so none, and no error."""
    mention = AgencyMention(0, 4, "区组织部", rule="table", kind="party", core="组织部", jurisdiction="区", party=True)
    assert Resolver(gazetteer().by_code["370214"]).party_committee(mention) is None


def test_a_party_body_after_its_committee_still_names_the_committee() -> None:
    mention = AgencyMention(0, 5, "区委组织部", rule="table", kind="party", core="组织部", jurisdiction="区", party=True)
    assert Resolver(gazetteer().by_code["370214"]).party_committee(mention) == ("中共青岛市城阳区委员会", 2)
