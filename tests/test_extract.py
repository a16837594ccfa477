"""Extraction on a small report written for the test: labels, scopes, actions, measures."""
from pathlib import Path

import pytest

from kg.extract import extract

@pytest.fixture()
def record(small_report: Path):
    return extract(small_report)


def labels(record, type_: str) -> set[str]:
    return {e.label for e in record.entities.values() if e.type == type_}


def test_metadata_from_text(record) -> None:
    assert (record.division.name, record.division.code, record.year) == ("桐庐县", "330122", 2023)
    assert record.reporting_body == ("Agency", "330122", "桐庐县人民政府")


def test_agencies_are_expanded_against_the_jurisdiction(record) -> None:
    assert {"桐庐县司法局", "桐庐县市场监督管理局", "桐庐县人民代表大会常务委员会", "桐庐县人民政府"} <= labels(record, "Agency")


def test_programs_are_told_apart_from_slogans(record) -> None:
    programs = labels(record, "Program")
    assert {"一件事集成改革", "首违不罚清单"} <= programs
    assert not any("关键少数" in p for p in programs)


def test_awards_keep_their_level_and_jurisdiction(record) -> None:
    award = next(e for e in record.entities.values() if e.type == "Award")
    assert award.label == "全省“八五”普法中期表现突出单位"
    assert award.props["awardLevel"] == "provincial" and award.jurisdiction == "330000"


def test_national_law_short_form_gets_its_full_title(record) -> None:
    assert ("Regulation", "cn", "中华人民共和国行政处罚法") in record.entities


def test_events_and_actions_with_subjects(record) -> None:
    assert "全县法治政府建设工作会议" in labels(record, "Event")
    facts = {(a.agent[2], a.verb, a.object[2]) for a in record.actions if a.object}
    assert ("桐庐县司法局", "荣获", "全省“八五”普法中期表现突出单位") in facts
    assert ("桐庐县市场监督管理局", "落实", "首违不罚清单") in facts
    assert ("桐庐县人民代表大会常务委员会", "开展", "中华人民共和国行政处罚法") in facts
    assert ("桐庐县人民政府", "召开", "全县法治政府建设工作会议") in facts


def test_measures_are_converted_and_linked(record) -> None:
    measures = [(m.value, m.unit, m.approximate, m.counts, a.verb) for a in record.actions for m in a.measures]
    assert (120, "件", True, "案件", "办理") in [(int(v), u, ap, c, verb) for v, u, ap, c, verb in measures]


def test_evidence_offsets_point_into_the_original(record, small_report: Path) -> None:
    original = small_report.read_text(encoding="utf-8")
    for sentence in record.sentences:
        assert original[sentence.start:sentence.end].replace("\n", "") == sentence.text


LUOYANG_STYLE = """市人大常委会:
2021年,洛阳市坚持依法行政。市委、市政府印发《法治洛阳建设规划(20212025年)》。市优化营商环境工作领导小组办公室(以下简称市营商环境办)牵头开展“万人助万企”活动。市营商环境办推行“一件事一次办”改革。县检察院与县司法局会签《关于建立行政执法与行政检察衔接工作机制的意见》。
一、2022年工作安排
市政府将深化“放管服”改革。
"""


@pytest.fixture()
def city_record(tmp_path: Path):
    path = tmp_path / "luoyang-2021.txt"
    path.write_text(LUOYANG_STYLE, encoding="utf-8")
    return extract(path)


def facts(record) -> set[tuple[str, str, str]]:
    return {(a.agent[2], a.verb, a.object[2]) for a in record.actions if a.object and not a.planned}


def test_addressee_line_is_not_report_text(city_record) -> None:
    assert city_record.header["addressee"] == "市人大常委会"
    assert city_record.division.code == "410300"


def test_joint_subjects_all_act(city_record) -> None:
    assert {("中共洛阳市委员会", "印发", "法治洛阳建设规划(20212025年)"),
            ("洛阳市人民政府", "印发", "法治洛阳建设规划(20212025年)")} <= facts(city_record)


def test_declared_short_form_names_the_same_body(city_record) -> None:
    agencies = {e.label for e in city_record.entities.values() if e.type == "Agency"}
    assert "洛阳市优化营商环境工作领导小组办公室" in agencies
    assert "洛阳市营商环境办" not in agencies
    assert ("洛阳市优化营商环境工作领导小组办公室", "推行", "一件事一次办") in facts(city_record)


def test_next_years_plans_are_marked_planned(city_record) -> None:
    planned = {(a.verb, a.object[2]) for a in city_record.actions if a.planned and a.object}
    assert planned == {("深化", "放管服改革")}


@pytest.mark.parametrize("sentence,event", [
    ("市委全面依法治市委员会召开第四次会议,审议通过工作要点。", "市委全面依法治市委员会第四次会议"),
    # held together with another meeting (暨): still that body's session
    ("市委全面依法治市委员会召开第四次会议暨全市法治政府建设推进会,审议通过工作要点。",
     "市委全面依法治市委员会第四次会议暨全市法治政府建设推进会"),
])
def test_a_bare_session_is_named_after_its_body(tmp_path: Path, sentence: str, event: str) -> None:
    path = tmp_path / "luoyang-2021.txt"
    path.write_text(f"2021年,洛阳市坚持依法行政。{sentence}\n", encoding="utf-8")
    assert any(label.endswith(event) for label in labels(extract(path), "Event"))
