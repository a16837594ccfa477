"""Merging several reports' graphs: shared entities meet, nothing is lost, disagreements are listed."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset
from rdflib.compare import isomorphic

from kg import api
from kg.resolve import Resolver
from kg.cli import main
from kg.divisions import gazetteer
from kg.graph import io as graph_io
from kg.merge import disagreements, merge

# Four made-up reports: two districts of 青岛市 (山东省), one of 成都市 (四川省), two years of 城阳区.
REPORTS = {
    "chengyang-2023": "青岛市城阳区2023年法治政府建设年度报告\n\n"
                      "2023年,城阳区坚持以习近平法治思想为指导。城阳区司法局荣获全省“八五”普法中期表现突出单位。"
                      "区人大常委会开展《中华人民共和国行政处罚法》执法检查。区司法局受理行政复议案件95件。"
                      "区司法局开展《山东省行政程序规定》宣传活动。\n",
    "chengyang-2024": "青岛市城阳区2024年法治政府建设年度报告\n\n"
                      "2024年,城阳区坚持以习近平法治思想为指导。区司法局受理行政复议案件666件。"
                      "区人大常委会开展《行政处罚法》执法检查。\n",
    "huangdao-2023": "青岛市黄岛区2023年法治政府建设年度报告\n\n"
                     "2023年,黄岛区坚持以习近平法治思想为指导。黄岛区司法局荣获全省“八五”普法中期表现突出单位。"
                     "区人大常委会开展《行政处罚法》执法检查。区司法局受理行政复议案件120件。"
                     "区政府印发《山东省行政程序规定》实施方案。区政府开展《优化营商环境条例》宣传活动。\n",
    "wuhou-2023": "成都市武侯区2023年法治政府建设年度报告\n\n"
                  "2023年,武侯区坚持以习近平法治思想为指导。武侯区司法局荣获全省“八五”普法中期表现突出单位。"
                  "区人大常委会开展《行政处罚法》执法检查。区司法局受理行政复议案件80件。"
                  "区政府开展《优化营商环境条例》宣传活动。\n",
}

METADATA = """
PREFIX fz: <https://w3id.org/fazhi-kg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?report ?code ?year ?title ?source ?sha256 WHERE {
  GRAPH ?report {
    ?report a fz:Report ; fz:district/fz:code ?code ; fz:year ?year ; dcterms:title ?title ;
            fz:sourceFile ?source ; fz:sha256 ?sha256 .
  }
}
ORDER BY ?report
"""

NODES_OF = """
PREFIX fz: <https://w3id.org/fazhi-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?node WHERE { ?node a ?type ; rdfs:label ?label }
ORDER BY ?node
"""

AGENCY_CHAIN = """
PREFIX fz: <https://w3id.org/fazhi-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?agency ?district ?city ?province WHERE {
  ?a a fz:Agency ; rdfs:label ?agency ; fz:jurisdiction ?d .
  ?d rdfs:label ?district ; fz:partOf ?c .
  ?c rdfs:label ?city ; fz:partOf/rdfs:label ?province .
  FILTER(STRENDS(?agency, "司法局"))
}
ORDER BY ?agency
"""

ACTIONS = """
PREFIX fz: <https://w3id.org/fazhi-kg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?act ?report ?evidence WHERE {
  GRAPH ?report { ?act a fz:Action ; prov:wasDerivedFrom ?report ; fz:evidence/fz:text ?evidence }
}
ORDER BY ?act
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    """Each report built on its own into a .trig file, keyed by report id."""
    folder = tmp_path_factory.mktemp("reports")
    out = {}
    for name, text in REPORTS.items():
        source = folder / f"{name}.txt"
        source.write_text(text, encoding="utf-8")
        built = api.build([source])
        dataset, failures = built.dataset, built.failures
        assert not failures
        out[name] = api.save(dataset, folder / f"{name}.trig")
    return out


@pytest.fixture(scope="module")
def merged(built) -> Dataset:
    return merge(built.values())


def quads(dataset: Dataset) -> set[tuple]:
    return set(dataset.quads((None, None, None, None)))


def assert_same_dataset(a: Dataset, b: Dataset) -> None:
    """Same named graphs, each isomorphic to its counterpart."""
    names = {g.identifier for g in a.graphs() if len(g)}
    assert names == {g.identifier for g in b.graphs() if len(g)}
    for name in names:
        assert isomorphic(a.graph(name), b.graph(name)), name
    assert quads(a) == quads(b)


@pytest.mark.parametrize("suffix", [".trig", ".nq"])
def test_build_of_many_reports_equals_merge_of_their_graphs(built, tmp_path, suffix):
    sources = [str(p.with_suffix(".txt")) for p in built.values()]
    runner = CliRunner()
    built_all = runner.invoke(main, ["build", *sources, "-o", str(tmp_path / f"built{suffix}"), "--no-html"])
    assert built_all.exit_code == 0, built_all.output
    merged_all = runner.invoke(main, ["merge", *map(str, built.values()), "-o", str(tmp_path / f"merged{suffix}")])
    assert merged_all.exit_code == 0, merged_all.output
    assert_same_dataset(api.load(tmp_path / f"built{suffix}"), api.load(tmp_path / f"merged{suffix}"))


def test_each_report_is_its_own_named_graph_with_its_metadata(built, merged):
    rows = api.query(merged, METADATA)
    assert [(r["report"].rsplit("/", 1)[1], r["code"], r["year"], r["source"]) for r in rows] == [
        ("370211-2023-人民政府", "370211", "2023", "huangdao-2023.txt"),
        ("370214-2023-人民政府", "370214", "2023", "chengyang-2023.txt"),
        ("370214-2024-人民政府", "370214", "2024", "chengyang-2024.txt"),
        ("510107-2023-人民政府", "510107", "2023", "wuhou-2023.txt"),
    ]
    assert rows[0]["title"] == "青岛市黄岛区2023年法治政府建设年度报告"
    for row in rows:
        source = built[row["source"].removesuffix(".txt")].with_suffix(".txt")
        assert row["sha256"] == hashlib.sha256(source.read_bytes()).hexdigest()


def test_shared_entities_are_one_node(merged):
    by_label: dict[str, set[str]] = {}
    for row in api.query(merged, "entities"):
        by_label.setdefault(row["label"], set()).add(row["entity"])
    assert by_label["山东省"] == {"https://w3id.org/fazhi-kg/id/division/370000"}
    assert by_label["青岛市"] == {"https://w3id.org/fazhi-kg/id/division/370200"}
    assert by_label["城阳区"] == {"https://w3id.org/fazhi-kg/id/division/370214"}
    assert by_label["中华人民共和国行政处罚法"] == {"https://w3id.org/fazhi-kg/id/regulation/cn/中华人民共和国行政处罚法"}
    assert by_label["优化营商环境条例"] == {"https://w3id.org/fazhi-kg/id/regulation/cn/优化营商环境条例"}
    assert by_label["山东省行政程序规定"] == {"https://w3id.org/fazhi-kg/id/regulation/370000/山东省行政程序规定"}
    # The same provincial honour: one node per province, not per report.
    assert by_label["全省“八五”普法中期表现突出单位"] == {
        "https://w3id.org/fazhi-kg/id/award/370000/全省八五普法中期表现突出单位",
        "https://w3id.org/fazhi-kg/id/award/510000/全省八五普法中期表现突出单位",
    }


def test_agencies_stay_per_district_and_link_up_to_their_province(merged):
    assert [tuple(r.values()) for r in api.query(merged, AGENCY_CHAIN)] == [
        ("城阳区司法局", "城阳区", "青岛市", "山东省"),
        ("武侯区司法局", "武侯区", "成都市", "四川省"),
        ("黄岛区司法局", "黄岛区", "青岛市", "山东省"),
    ]


def test_nothing_is_lost(built, merged):
    everything = quads(merged)
    for path in built.values():
        assert quads(graph_io.load(path)) <= everything, path
    actions = api.query(merged, ACTIONS)
    per_report = {}
    for path in built.values():
        for row in api.query(graph_io.load(path), ACTIONS):
            per_report[row["act"]] = row
    assert {r["act"]: r for r in actions} == per_report
    assert all(row["act"].startswith(row["report"] + "/") for row in actions)


def test_merge_is_idempotent_and_ignores_input_order(built, tmp_path):
    paths = list(built.values())
    graph_io.save(merge(paths), tmp_path / "forward.trig")
    graph_io.save(merge(reversed(paths)), tmp_path / "backward.trig")
    graph_io.save(merge([tmp_path / "forward.trig", *paths]), tmp_path / "again.trig")
    forward = (tmp_path / "forward.trig").read_bytes()
    assert (tmp_path / "backward.trig").read_bytes() == forward
    assert (tmp_path / "again.trig").read_bytes() == forward
    for fmt in ("nquads", "json-ld", "turtle"):
        assert graph_io.serialise(merge(reversed(paths)), fmt) == graph_io.serialise(merge(paths), fmt), fmt


def test_json_ld_output_reads_back_as_the_same_quads(merged, tmp_path):
    again = graph_io.load(graph_io.save(merged, tmp_path / "m.jsonld"))
    assert_same_dataset(again, merged)


def test_two_different_reports_with_one_iri_are_kept_apart(built, tmp_path):
    """Two texts of one division, year and writer, built apart, share an IRI: merged, the later one gets its hash."""
    other = tmp_path / "chengyang-2023.txt"
    other.write_text(REPORTS["chengyang-2023"].replace("95", "96"), encoding="utf-8")
    clash = api.save(api.build([other]).dataset, tmp_path / "clash.trig")
    result = CliRunner().invoke(main, ["merge", str(built["chengyang-2023"]), str(clash), "-o", str(tmp_path / "m.trig")])
    assert result.exit_code == 0, result.output
    plain = "https://w3id.org/fazhi-kg/id/report/370214-2023-人民政府"
    hashed = f"{plain}-{hashlib.sha256(other.read_bytes()).hexdigest()[:8]}"
    merged = api.load(tmp_path / "m.trig")
    assert sorted(r["report"] for r in api.query(merged, METADATA)) == [plain, hashed]
    texts = {(str(g), "96件" in o) for _, _, o, g in merged.quads((None, None, None, None)) if "受理行政复议案件" in o}
    assert texts == {(plain, False), (hashed, True)}


def test_a_turtle_file_of_one_report_goes_into_that_reports_graph(built, merged, tmp_path):
    turtle = graph_io.save(graph_io.load(built["wuhou-2023"]), tmp_path / "wuhou.ttl")
    again = merge([*(p for n, p in built.items() if n != "wuhou-2023"), turtle])
    assert_same_dataset(again, merged)


def test_a_turtle_file_of_many_reports_is_refused(built, tmp_path):
    turtle = graph_io.save(merge(built.values()), tmp_path / "all.ttl")
    result = CliRunner().invoke(main, ["merge", str(turtle), "-o", str(tmp_path / "out.trig")])
    assert result.exit_code == 1
    assert "holds 4 reports without named graphs" in result.output


# Two reports of one district, written by hand, that disagree about the label and type of one node.
DISAGREEING = """
@prefix fz: <https://w3id.org/fazhi-kg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/fazhi-kg/id/report/{name}> {{
  <https://w3id.org/fazhi-kg/id/report/{name}> a fz:Report .
  <https://w3id.org/fazhi-kg/id/award/370000/全省八五普法中期表现突出单位> a fz:{type} ; rdfs:label "{label}"@zh .
}}
"""


def test_disagreements_are_kept_and_listed(tmp_path):
    a = tmp_path / "a.trig"
    a.write_text(DISAGREEING.format(name="a", type="Award", label="全省“八五”普法中期表现突出单位"), encoding="utf-8")
    b = tmp_path / "b.trig"
    b.write_text(DISAGREEING.format(name="b", type="Event", label="全省八五普法中期表现突出单位"), encoding="utf-8")
    dataset = merge([a, b])
    found = {(d.predicate.rsplit("#", 1)[1], tuple((str(v), tuple(s.rsplit("/", 1)[1] for s in g)) for v, g in d.values))
             for d in disagreements(dataset)}
    assert found == {
        ("type", (("https://w3id.org/fazhi-kg/ontology#Award", ("a",)), ("https://w3id.org/fazhi-kg/ontology#Event", ("b",)))),
        ("label", (("全省“八五”普法中期表现突出单位", ("a",)), ("全省八五普法中期表现突出单位", ("b",)))),
    }
    result = CliRunner().invoke(main, ["merge", str(a), str(b), "-o", str(tmp_path / "m.trig"), "--report"])
    assert result.exit_code == 0, result.output
    assert '"全省“八五”普法中期表现突出单位"@zh  <- <https://w3id.org/fazhi-kg/id/report/a>' in result.output
    assert "fz:Event  <- <https://w3id.org/fazhi-kg/id/report/b>" in result.output
    quiet = CliRunner().invoke(main, ["merge", str(a), str(b), "-o", str(tmp_path / "m.trig")])
    assert "2 disagreements between the inputs were kept; list them with --report" in quiet.output


@pytest.mark.parametrize("store", ["oxigraph", "oxigraph:{tmp}/store"])
def test_disagreements_are_listed_from_an_oxigraph_store_as_from_memory(tmp_path, store):
    a = tmp_path / "a.trig"
    a.write_text(DISAGREEING.format(name="a", type="Award", label="全省“八五”普法中期表现突出单位"), encoding="utf-8")
    b = tmp_path / "b.trig"
    b.write_text(DISAGREEING.format(name="b", type="Event", label="全省八五普法中期表现突出单位"), encoding="utf-8")
    runner = CliRunner()
    memory = runner.invoke(main, ["merge", str(a), str(b), "-o", str(tmp_path / "m.trig"), "--report"])
    oxigraph = runner.invoke(main, ["merge", str(a), str(b), "-o", str(tmp_path / "o.trig"), "--report",
                                    "--store", store.format(tmp=tmp_path)])
    assert oxigraph.exit_code == 0, oxigraph.output
    assert oxigraph.stdout == memory.stdout and "fz:Event  <- <https://w3id.org/fazhi-kg/id/report/b>" in oxigraph.stdout


@pytest.mark.parametrize("suffix", [".trig", ".nq"])
def test_merge_into_an_oxigraph_store_gives_the_memory_quads(built, tmp_path, suffix):
    """In memory or persistent, the store's merge is memory's; a persistent one answers kg query and forgets old graphs."""
    reports = [built["chengyang-2023"], built["huangdao-2023"]]
    runner = CliRunner()
    memory = tmp_path / f"memory{suffix}"
    assert runner.invoke(main, ["merge", *map(str, reports), "-o", str(memory)]).exit_code == 0
    in_memory = runner.invoke(main, ["merge", *map(str, reports), "-o", str(tmp_path / f"ox{suffix}"), "--store", "oxigraph"])
    assert in_memory.exit_code == 0, in_memory.output
    assert_same_dataset(api.load(tmp_path / f"ox{suffix}"), api.load(memory))

    store = tmp_path / "store"
    earlier = runner.invoke(main, ["merge", str(built["wuhou-2023"]), "-o", str(tmp_path / f"wuhou{suffix}"),
                                   "--store", f"oxigraph:{store}"])
    assert earlier.exit_code == 0, earlier.output
    persistent = runner.invoke(main, ["merge", *map(str, reports), "-o", str(tmp_path / f"persistent{suffix}"),
                                      "--store", f"oxigraph:{store}"])
    assert persistent.exit_code == 0, persistent.output
    assert_same_dataset(api.load(tmp_path / f"persistent{suffix}"), api.load(memory))
    from_store = runner.invoke(main, ["query", str(store), "who-did-what", "--format", "csv"])
    from_file = runner.invoke(main, ["query", str(memory), "who-did-what", "--format", "csv"])
    assert from_store.exit_code == 0, from_store.output
    assert from_store.stdout == from_file.stdout and "黄岛区" in from_store.stdout and "武侯区" not in from_store.stdout


def test_agreeing_reports_have_no_disagreements(merged):
    assert disagreements(merged) == []


def test_agencies_by_district(merged):
    rows = api.query(merged, "agencies-by-district", district="城阳区")
    assert [(r["code"], r["agency"], r["reports"]) for r in rows] == [
        ("370214", "城阳区人民代表大会常务委员会", "2"),
        ("370214", "城阳区人民政府", "2"),
        ("370214", "城阳区司法局", "2"),
    ]
    districts = {r["district"] for r in api.query(merged, "agencies-by-district")}
    assert districts == {"城阳区", "黄岛区", "武侯区"}


def test_each_award_keeps_its_own_recipient(merged):
    rows = api.query(merged, "awards")
    assert [(r["recipient"], r["evidence"]) for r in rows] == [
        ("城阳区司法局", "城阳区司法局荣获全省“八五”普法中期表现突出单位。"),
        ("武侯区司法局", "武侯区司法局荣获全省“八五”普法中期表现突出单位。"),
        ("黄岛区司法局", "黄岛区司法局荣获全省“八五”普法中期表现突出单位。"),
    ]


def test_an_award_won_by_no_named_body_is_listed_without_a_recipient(reference_dataset):
    """1件案卷获评… names the award but no body that won it: the award is listed, its recipient left empty."""
    rows = api.query(reference_dataset, "awards")
    unwon = {r["award"]: r for r in rows if not r.get("recipient")}
    assert unwon["全省统计行政处罚优秀案卷"]["evidence"] == "1件案卷获评全省统计行政处罚优秀案卷。"
    assert unwon["全省统计行政处罚优秀案卷"]["level"] == "provincial"
    assert ("城阳区司法局", "全省“八五”普法中期表现突出单位") in {(r.get("recipient"), r["award"]) for r in rows}


def test_awards_by_level_and_district(merged):
    rows = api.query(merged, "awards-by-level")
    assert [(r["level"], r["district"], r["year"], r["recipient"]) for r in rows] == [
        ("provincial", "城阳区", "2023", "城阳区司法局"),
        ("provincial", "武侯区", "2023", "武侯区司法局"),
        ("provincial", "黄岛区", "2023", "黄岛区司法局"),
    ]


def test_regulations_and_the_districts_citing_them(merged):
    rows = api.query(merged, "regulation-districts")
    assert [(r["regulation"], r["district"], r["reports"]) for r in rows] == [
        ("中华人民共和国行政处罚法", "黄岛区", "1"),
        ("中华人民共和国行政处罚法", "城阳区", "2"),
        ("中华人民共和国行政处罚法", "武侯区", "1"),
        ("优化营商环境条例", "黄岛区", "1"),
        ("优化营商环境条例", "武侯区", "1"),
        ("山东省行政程序规定", "黄岛区", "1"),
        ("山东省行政程序规定", "城阳区", "1"),
    ]


def test_a_measure_across_years_for_one_district(merged, built, tmp_path):
    rows = api.query(merged, "measure-by-year", district="城阳区", counts="行政复议案件")
    assert [(r["year"], r["value"], r["unit"], r["agency"]) for r in rows] == [
        ("2023", "95", "件", "城阳区司法局"),
        ("2024", "666", "件", "城阳区司法局"),
    ]
    out = tmp_path / "m.trig"
    graph_io.save(merged, out)
    result = CliRunner().invoke(main, ["query", str(out), "measure-by-year", "--param", "district=城阳区",
                                       "--param", "counts=行政复议案件", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1:] == [
        "城阳区,行政复议案件,2023,95,件,城阳区司法局,区司法局受理行政复议案件95件。",
        "城阳区,行政复议案件,2024,666,件,城阳区司法局,区司法局受理行政复议案件666件。",
    ]


# (title as written, report's district code) -> (canonical title, jurisdiction): the jurisdiction keys the IRI,
# so titles that name the same regulation from different districts must get the same pair.
REGULATION_JURISDICTIONS = [
    (("行政处罚法", "370214"), ("中华人民共和国行政处罚法", "cn")),
    (("中华人民共和国行政处罚法", "510107"), ("中华人民共和国行政处罚法", "cn")),
    (("优化营商环境条例", "370211"), ("优化营商环境条例", "cn")),
    (("中国共产党政法工作条例", "510107"), ("中国共产党政法工作条例", "cn")),
    (("山东省社区矫正工作条例", "370214"), ("山东省社区矫正工作条例", "370000")),
    (("山东省社区矫正工作条例", "510107"), ("山东省社区矫正工作条例", "370000")),
    (("青岛市城阳区法治政府建设实施方案", "370211"), ("青岛市城阳区法治政府建设实施方案", "370214")),
    (("关于加强行政执法的实施意见", "370211"), ("关于加强行政执法的实施意见", "370211")),
    (("保密法", "370214"), ("中华人民共和国保守国家秘密法", "cn")),
    (("中华人民共和国保密法", "510107"), ("中华人民共和国保守国家秘密法", "cn")),
    (("招投标法", "370211"), ("中华人民共和国招标投标法", "cn")),
    (("有组织犯罪法", "370211"), ("中华人民共和国反有组织犯罪法", "cn")),
    (("反有组织犯罪法", "370211"), ("中华人民共和国反有组织犯罪法", "cn")),
    (("保密法实施条例", "370211"), ("保密法实施条例", "cn")),
    # common short forms of national laws (ninety-sixth round)
    (("疫苗法", "440100"), ("中华人民共和国疫苗管理法", "cn")),
    (("固废法", "370400"), ("中华人民共和国固体废物污染环境防治法", "cn")),
    (("中华人民共和国乡村振兴法", "440825"), ("中华人民共和国乡村振兴促进法", "cn")),
    (("突发事件法", "370214"), ("中华人民共和国突发事件应对法", "cn")),
    # a span of years whose dash the copy lost is kept as written, as the golds name it
    (("法治政府建设实施纲要(20212025年)", "370214"), ("法治政府建设实施纲要(20212025年)", "370214")),
]


@pytest.mark.parametrize(("written", "expected"), REGULATION_JURISDICTIONS)
def test_regulation_jurisdiction(written, expected):
    title, code = written
    assert Resolver(gazetteer().by_code[code]).regulation(title) == expected
