"""Comparable across years: a renamed division is one place, an abolished body is linked to its successor."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDFS, Dataset, Literal
from rdflib.namespace import PROV, SKOS

from kg import api
from kg.agency_kinds import successor
from kg.divisions import gazetteer
from kg.graph.namespace import FZ

# a former name (jionlp's record of changes) -> the division it became: code, name
RENAMED = [("海门市", "320684", "海门区"), ("偃师市", "410381", "偃师区"), ("横县", "450127", "横州市"),
           ("江干区", "330102", "上城区"), ("沙县", "350427", "沙县区")]


@pytest.mark.parametrize(("former", "code", "name"), RENAMED)
def test_a_former_name_is_a_name_of_the_division_it_became(former: str, code: str, name: str) -> None:
    (division,) = gazetteer().named(former)
    assert (division.code, division.name) == (code, name) and former in division.former


# changes jionlp lacks (divisions_changed.tsv): the new name, its city, and the former names that still resolve to it
CHANGED = [("凤翔区", "610322", "宝鸡市", ("凤翔县", "凤翔市")), ("长泰区", "350625", "漳州市", ("长泰县",))]


@pytest.mark.parametrize(("name", "code", "city", "formers"), CHANGED)
def test_a_change_jionlp_lacks_resolves_by_its_new_name_and_its_former_ones(
        name: str, code: str, city: str, formers: tuple[str, ...]) -> None:
    (division,) = gazetteer().named(name)
    assert (division.code, division.name, gazetteer().chain(division)[1].name) == (code, name, city)
    assert division.government == name + "人民政府"
    for former in formers:
        assert gazetteer().named(former) == (division,) and former in division.former


def test_a_changed_division_keeps_its_towns() -> None:
    """jionlp's town table lists 凤翔's towns under its former name: the renamed division still has them."""
    from kg.divisions import towns
    assert "柳林镇" in towns("610322")


def test_a_name_still_in_use_stays_with_the_division_that_bears_it() -> None:
    """邢台's 桥东区 became 襄都区, but other cities still have a 桥东区: the name stays theirs alone."""
    assert gazetteer().named("桥东区")
    assert not any("桥东区" in d.former for d in gazetteer().by_code.values())


@pytest.mark.parametrize(("label", "province", "expected"), [
    ("城阳区人民政府法制办公室", False, "城阳区司法局"),
    ("山东省人民政府法制办公室", True, "山东省司法厅"),
    ("城阳区工商行政管理局", False, "城阳区市场监督管理局"),
    ("城阳区安全生产监督管理局", False, "城阳区应急管理局"),
    ("城阳区司法局", False, None),
    ("城阳区环境保护局", False, None),
])
def test_successor_of_an_abolished_body(label: str, province: bool, expected: str | None) -> None:
    assert successor(label, province) == expected


REPORTS = {
    "haimen-2017.txt": "海门市2017年法治政府建设年度报告\n2017年,海门市坚持依法行政。市政府法制办审核规范性文件12件。\n",
    "haimen-2019.txt": "海门市2019年法治政府建设年度报告\n2019年,海门市坚持以习近平法治思想为指导。"
                       "市司法局办理行政复议案件20件。\n",
    "haimen-2024.txt": "海门区2024年法治政府建设年度报告\n2024年,海门区坚持以习近平法治思想为指导。"
                       "区司法局办理行政复议案件31件。\n",
}


@pytest.fixture(scope="module")
def haimen(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    folder: Path = tmp_path_factory.mktemp("haimen")
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    built = api.build([folder], jobs=1)
    assert not built.failures
    return built.dataset


def test_reports_before_and_after_a_renaming_are_one_place(haimen: Dataset) -> None:
    districts = set(haimen.objects(None, FZ.district))
    assert len(districts) == 1
    (place,) = districts
    assert (haimen.value(place, RDFS.label), haimen.value(place, SKOS.altLabel)) == (
        Literal("海门区", lang="zh"), Literal("海门市", lang="zh"))


def test_a_body_of_a_renamed_division_is_named_as_in_its_year_and_linked_to_its_later_name(haimen: Dataset) -> None:
    """A report names bodies as they were in its year (the golds do: 横县人民政府 in a 2020 report, before 横州市); the
    link to the later name keeps them comparable over time."""
    bureaus = {str(haimen.value(a, RDFS.label)): a for a in haimen.subjects(FZ.agencyKind, None)
               if str(haimen.value(a, RDFS.label)).endswith("司法局")}
    assert sorted(bureaus) == ["海门区司法局", "海门市司法局"]
    assert haimen.value(bureaus["海门市司法局"], FZ.succeededBy) == bureaus["海门区司法局"]
    reports = {haimen.value(act, PROV.wasDerivedFrom) for act in haimen.subjects(FZ.agent, bureaus["海门区司法局"])}
    assert {str(haimen.value(r, FZ.year)) for r in reports} == {"2024"}


def test_an_abolished_body_is_linked_to_its_successor(haimen: Dataset) -> None:
    links = {(str(haimen.value(a, RDFS.label)), str(haimen.value(b, RDFS.label)))
             for a, b in haimen.subject_objects(FZ.succeededBy)}
    assert links == {("海门市人民政府法制办公室", "海门市司法局"), ("海门市司法局", "海门区司法局"),
                     ("海门市人民政府", "海门区人民政府")}
