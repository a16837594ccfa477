"""Kinds of agency: every district's 司法局 shares one kind, and one query finds them all."""
from __future__ import annotations

import pytest
from rdflib import Dataset

from kg import api
from kg.agency_kinds import kind_of, kinds, lineage
from kg.graph.namespace import FZ
from kg.validate import validate

# canonical label -> its kind, then the broader kinds
KINDS = [
    ("城阳区司法局", ["司法局", "局"]),
    ("流亭街道司法所", ["司法所", "所"]),
    ("城阳区公安分局", ["公安分局", "分局", "局"]),
    ("城阳区市场监督管理局", ["市场监督管理局", "局"]),
    ("城阳区人民法院", ["人民法院"]),
    ("青岛市中级人民法院", ["中级人民法院", "人民法院"]),
    ("城阳区人民检察院", ["人民检察院"]),
    ("流亭街道办事处", ["街道办事处", "办事处", "处"]),
    ("城阳区委全面依法治区委员会办公室", ["全面依法治区委员会办公室", "办公室"]),
    ("桐庐县委全面依法治县委员会办公室", ["全面依法治区委员会办公室", "办公室"]),
    ("城阳区法律援助中心", ["法律援助中心", "中心"]),
    ("城阳区广电中心", ["中心"]),
    ("中共中央", ["中共中央"]),
    ("审计署", ["审计署"]),
    ("城阳区营商环境监督员", []),
]


@pytest.mark.parametrize(("label", "expected"), KINDS)
def test_kind_of_an_agency(label: str, expected: list[str]) -> None:
    kind = kind_of(label)
    assert ([k.label for k in lineage(kind)] if kind else []) == expected


def test_a_kind_for_every_level_is_one_kind_with_each_level_as_an_alternative() -> None:
    office = kinds()["全面依法治区委员会办公室"]
    assert {"依法治区办", "依法治县办", "依法治市办", "全面依法治省委员会办公室"} <= set(office.alt_labels)


def test_every_agency_of_the_merged_graph_has_a_kind(districts_dataset: Dataset) -> None:
    untyped = set(districts_dataset.subjects(predicate=None, object=FZ.Agency)) - set(
        districts_dataset.subjects(FZ.agencyKind, None))
    assert not untyped


# kind, province -> (district, agency) pairs that must all be among the answers, and the districts answered
BY_KIND = [
    ("司法局", None, {("城阳区", "城阳区司法局"), ("桐庐县", "桐庐县司法局"), ("昆山市", "昆山市司法局"),
                       ("襄州区", "襄州区司法局"), ("成都市", "成都市司法局")}),
    ("司法局", "山东省", {("城阳区", "城阳区司法局")}),
    ("人民法院", None, {("城阳区", "城阳区人民法院"), ("成都市", "成都市中级人民法院")}),
    ("依法治区办", "浙江省", {("桐庐县", "桐庐县委全面依法治县委员会办公室")}),
    ("街道办事处", "湖北省", {("襄州区", "张湾街道办事处")}),
]


@pytest.mark.parametrize(("kind", "province", "expected"), BY_KIND)
def test_agencies_by_kind_across_districts(districts_dataset: Dataset, kind: str, province: str | None,
                                          expected: set[tuple[str, str]]) -> None:
    params = {"kind": kind} | ({"province": province} if province else {})
    rows = api.query(districts_dataset, "agencies-by-kind", **params)
    assert expected <= {(r["district"], r["agency"]) for r in rows}
    if province:
        assert {r["province"] for r in rows} == {province}
        assert {r["district"] for r in rows} == {d for d, _ in expected}


def test_agencies_by_kind_carry_their_actions_with_evidence(districts_dataset: Dataset) -> None:
    rows = api.query(districts_dataset, "agencies-by-kind", kind="司法局", province="湖北省")
    acted = [r for r in rows if r.get("action") == "办理"]
    assert acted and "行政复议案件64件" in acted[0]["evidence"]


def test_shapes_hold_an_agency_to_one_kind_of_the_scheme(reference_dataset: Dataset) -> None:
    broken = Dataset(default_union=True)
    for quad in reference_dataset.quads((None, None, None, None)):
        broken.add(quad)
    court = kind_of("城阳区人民法院").iri
    # any agency of another kind (the quads come in no fixed order, and the court itself would stay of one kind)
    agency, _, _, graph = next(q for q in sorted(broken.quads((None, FZ.agencyKind, None, None))) if q[2] != court)
    broken.add((agency, FZ.agencyKind, court, graph))
    assert validate(reference_dataset)[0]
    conforms, text = validate(broken)
    assert not conforms and "an agency is of one kind of the scheme" in text
