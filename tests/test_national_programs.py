"""National campaigns and reforms are one node across districts; a district's own variant links to them."""
from __future__ import annotations

from collections import defaultdict

import pytest
from rdflib import RDF, RDFS, Dataset, URIRef
from rdflib.namespace import PROV

from kg.graph.namespace import FZ
from kg.national_programs import implemented, national
from kg.resolve import NATIONAL, Resolver
from kg.divisions import gazetteer

# as a report writes it -> the national programme's label (None: the district's own)
WORDINGS = [
    ("“放管服”改革", "放管服改革"),
    ("放管服", "放管服改革"),
    ("“八五”普法", "八五普法"),
    ("双随机一公开", "双随机、一公开"),
    ("“双随机、一公开”", "双随机、一公开"),
    ("“谁执法谁普法”", "谁执法谁普法"),
    ("“谁执法谁普法”普法责任制", "谁执法谁普法"),
    ("证明事项告知承诺", "证明事项告知承诺制"),
    ("告知承诺制", "告知承诺制"),  # applied to 证明事项 and to 涉企经营许可: the short wording names the system
    ("一村（社区）一法律顾问", "一村(社区)一法律顾问制度"),
    ("政府法律顾问制度", "法律顾问制度"),  # the golds write it with 政府 and without, 8 times each
    ("市场准入负面清单", "市场准入负面清单制度"),
    ("“证照分离”", "证照分离改革"),
    ("政务服务“好差评”制度", "好差评"),
    ("“好差评”", "好差评"),
    ("“第一议题”制度", "第一议题制度"),  # the institution; the bare agenda item is 第一议题 (the golds name each so)
    ("“第一议题”", "第一议题"),
    ("“一件事一次办”改革", "一件事一次办"),  # the reform and the bare wording are one programme
    ("“综合查一次”", "综合查一次"),
    ("行政执法与刑事司法衔接", "行刑衔接"),
    ("道路交通安全和运输执法领域突出问题专项整治行动", "道路交通安全和运输执法领域突出问题专项整治"),
    ("“15分钟政务服务圈”", "15分钟政务服务圈"),
    ("一刻钟政务服务圈", None),  # the same circle written otherwise; its golds name it so, beyond the label's edge
    # a row since the forty-fifth round: written in 16 development texts from eleven provinces, none left out
    ("最多跑一次改革", "最多跑一次"),
    ("城事通智办服务平台", None),
    ("法治体检进万企活动", None),
]


@pytest.mark.parametrize(("written", "label"), WORDINGS)
def test_national_wordings(written: str, label: str | None) -> None:
    assert national(written) == label


@pytest.mark.parametrize(("name", "implements"), [
    ("法治体检进万企活动", "法治体检"),
    ("局队合一综合执法体制改革", "综合行政执法改革"),
    ("一网通办、一次办成政务服务改革", "一网通办"),
    ("区级包容审慎监管机制", "包容审慎监管"),
    ("某区涉案物品行刑衔接工作机制", "行刑衔接"),
    ("八五普法", None),
    ("八五重点工作", None),
])
def test_a_local_variant_implements_its_national_programme(name: str, implements: str | None) -> None:
    assert implemented(name) == implements


@pytest.mark.parametrize(("code", "written"), [("370214", "放管服改革"), ("330122", "双随机一公开")])
def test_a_national_programme_has_jurisdiction_cn_in_every_district(code: str, written: str) -> None:
    assert Resolver(gazetteer().by_code[code]).program(written)[1] == NATIONAL


def _program_reports(dataset: Dataset) -> dict[URIRef, set[URIRef]]:
    """Each programme node and the reports that name it."""
    out: dict[URIRef, set[URIRef]] = defaultdict(set)
    for node in dataset.subjects(RDF.type, FZ.Program):
        for mention in dataset.subjects(FZ.mentionOf, node):
            out[node] |= set(dataset.objects(mention, PROV.wasDerivedFrom))
    return out


# national programme -> how many of the six reports name it
SHARED = [("八五普法", 5), ("放管服改革", 4), ("谁执法谁普法", 4), ("证照分离改革", 3),
          ("行政执法三项制度", 4), ("双随机、一公开", 2), ("宪法宣传周", 2), ("一村(社区)一法律顾问制度", 2),
          ("法治体检", 2)]


@pytest.mark.parametrize(("label", "reports"), SHARED)
def test_a_national_campaign_of_several_reports_is_one_node(districts_dataset: Dataset, label: str,
                                                            reports: int) -> None:
    named = _program_reports(districts_dataset)
    nodes = [n for n in named if national(str(districts_dataset.value(n, RDFS.label))) == label]
    assert len(nodes) == 1 and len(named[nodes[0]]) == reports
    assert districts_dataset.value(nodes[0], FZ.jurisdiction) is None  # national: no district's


def test_every_programme_named_in_two_reports_is_national_or_one_node(districts_dataset: Dataset) -> None:
    """No two nodes of the merged graph stand for the same national programme."""
    by_programme: dict[str, set[URIRef]] = defaultdict(set)
    for node in _program_reports(districts_dataset):
        shared = national(str(districts_dataset.value(node, RDFS.label)))
        if shared:
            by_programme[shared].add(node)
    assert by_programme and all(len(nodes) == 1 for nodes in by_programme.values())


def test_local_variants_in_the_merged_graph_link_to_the_national_node(districts_dataset: Dataset) -> None:
    links = {(str(districts_dataset.value(a, RDFS.label)), str(districts_dataset.value(b, RDFS.label)))
             for a, b in districts_dataset.subject_objects(FZ.implements)}
    assert {("法治体检进万企活动", "法治体检"), ("局队合一综合执法体制改革", "综合行政执法改革")} <= links
