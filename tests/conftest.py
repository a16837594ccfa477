"""Shared fixtures: the reference report built once per session, and small report texts."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from rdflib import Dataset

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "data" / "reports" / "chengyang-2024.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

# Property tests check what holds, never how fast: on a shared, loaded machine Hypothesis's timing checks (a slow
# example, slow input generation) fail a run whose properties all hold. Speed is measured in bench/, as ratios.
settings.register_profile("fazhi", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("fazhi")

SMALL_REPORT = """桐庐县2023年法治政府建设年度报告
2023年,桐庐县坚持以习近平法治思想为指导。县司法局荣获全省“八五”普法中期表现突出单位。
一、主要举措和成效
(一)深化改革。一是推行“一件事”集成改革,县市场监管局落实“首违不罚”清单,办理案件120余件。二是召开全县法治政府建设工作会议。
(二)加强监督。县人大常委会开展《行政处罚法》执法检查。强化“关键少数”意识。
"""


# A three-sentence report: one action with an explicit agency and a law as its object.
CHENGYANG_2023 = ("青岛市城阳区2023年法治政府建设年度报告\n\n2023年,城阳区坚持以习近平法治思想为指导。"
                  "区人大常委会开展《中华人民共和国行政处罚法》执法检查。区司法局受理行政复议案件95件。\n")


@pytest.fixture(scope="session")
def chengyang_build(tmp_path_factory) -> dict[str, Path]:
    """``CHENGYANG_2023`` built with ``kg build --store oxigraph:DIR``: its source, graph file (.trig) and store folder."""
    from click.testing import CliRunner

    from kg.cli import main

    folder = tmp_path_factory.mktemp("chengyang")
    source = folder / "chengyang-2023.txt"
    source.write_text(CHENGYANG_2023, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(source), "-o", str(folder / "graph.trig"), "--no-html",
                                       "--store", f"oxigraph:{folder / 'store'}"])
    assert result.exit_code == 0, result.output
    return {"report": source, "trig": folder / "graph.trig", "store": folder / "store"}


@pytest.fixture(scope="session")
def reference_dataset():
    from kg import api

    built = api.build([REFERENCE])
    dataset, failures = built.dataset, built.failures
    assert not failures
    return dataset


@pytest.fixture()
def small_report(tmp_path: Path) -> Path:
    path = tmp_path / "tonglu-2023.txt"
    path.write_text(SMALL_REPORT, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def districts_dataset():
    """The reference report and the five fixture reports in one dataset: six districts."""
    from kg import api

    built = api.build([REFERENCE, FIXTURES / "reports"])
    dataset, failures = built.dataset, built.failures
    assert not failures
    return dataset


# Two tiny reports; one agency's label and one evidence sentence are hostile HTML.
TINY = """
@prefix fz: <https://w3id.org/fazhi-kg/ontology#> .
@prefix id: <https://w3id.org/fazhi-kg/id/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<https://w3id.org/fazhi-kg/id/report/a> a fz:Report ; rdfs:label "甲区2023年报告"@zh ; fz:year "2023"^^xsd:gYear ; fz:sourceFile "reports/a-2023.txt" .
<https://w3id.org/fazhi-kg/id/report/b> a fz:Report ; rdfs:label "乙区2024年报告"@zh ; fz:year "2024"^^xsd:gYear ; fz:sourceFile "reports/b-2024.txt" .

id:ag1 a fz:Agency ; rdfs:label "甲区司法局"@zh .
id:ag2 a fz:Agency ; rdfs:label "<script>alert(1)</script>局"@zh .
id:reg a fz:Regulation ; rdfs:label "甲区行政复议办法"@zh .
id:prog a fz:Program ; rdfs:label "乙区普法行动"@zh .
id:lonely a fz:Program ; rdfs:label "无人问津举措"@zh .

id:s1 a fz:Sentence ; fz:text "甲区司法局印发《甲区行政复议办法》。" .
id:s2 a fz:Sentence ; fz:text "<b onclick=x>href</b>开展乙区普法行动。" .
id:m1 a fz:Mention ; fz:mentionOf id:ag1 ; fz:evidence id:s1 ; prov:wasDerivedFrom <https://w3id.org/fazhi-kg/id/report/a> .
id:m2 a fz:Mention ; fz:mentionOf id:ag2 ; fz:evidence id:s2 ; prov:wasDerivedFrom <https://w3id.org/fazhi-kg/id/report/b> .
id:act1 a fz:Action ; fz:agent id:ag1 ; fz:verb "印发"@zh ; fz:object id:reg ; fz:evidence id:s1 ;
    prov:wasDerivedFrom <https://w3id.org/fazhi-kg/id/report/a> .
id:act2 a fz:Action ; fz:agent id:ag2 ; fz:verb "开展"@zh ; fz:object id:prog ; fz:evidence id:s2 ;
    prov:wasDerivedFrom <https://w3id.org/fazhi-kg/id/report/b> .
"""


@pytest.fixture(scope="session")
def tiny_ttl() -> str:
    return TINY


@pytest.fixture(scope="session")
def tiny() -> Dataset:
    dataset = Dataset(default_union=True)
    dataset.parse(data=TINY, format="turtle")
    return dataset
