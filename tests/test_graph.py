from pathlib import Path

from rdflib import Graph

from kg import api
from kg.graph.gen_namespace import render
from kg.graph.namespace import FZ
from kg.validate import validate

ROOT = Path(__file__).resolve().parents[1]


def test_namespace_module_is_generated_from_the_ontology() -> None:
    assert (ROOT / "kg" / "graph" / "namespace.py").read_text(encoding="utf-8") == render()


def test_every_ontology_term_is_labelled_in_chinese_and_english() -> None:
    from rdflib import RDFS

    g = Graph().parse(ROOT / "ontology" / "fazhi.ttl")
    for term in set(g.subjects()) - {next(iter(g.subjects()))}:
        if str(term).startswith(str(FZ._NS)):
            langs = {lit.language for lit in g.objects(term, RDFS.label)}
            assert {"zh", "en"} <= langs, term


def test_building_twice_gives_identical_files(tmp_path: Path, small_report: Path) -> None:
    outputs = []
    for n in range(2):
        built = api.build([small_report])
        dataset, _ = built.dataset, built.failures
        outputs.append(api.save(dataset, tmp_path / f"g{n}.ttl").read_bytes())
    assert outputs[0] == outputs[1]


def test_one_named_graph_per_report_with_metadata(tmp_path: Path, small_report: Path) -> None:
    built = api.build([small_report])
    dataset, _ = built.dataset, built.failures
    path = api.save(dataset, tmp_path / "g.trig")
    rows = api.query(api.load(path), """
        PREFIX fz: <https://w3id.org/fazhi-kg/ontology#>
        SELECT ?g ?year ?code WHERE { GRAPH ?g { ?r a fz:Report ; fz:year ?year ; fz:district/fz:code ?code } }""")
    assert rows == [{"g": "https://w3id.org/fazhi-kg/id/report/330122-2023-人民政府", "year": "2023", "code": "330122"}]


def test_reference_graph_conforms_to_the_shapes(reference_dataset) -> None:
    conforms, report = validate(reference_dataset)
    assert conforms, report


def test_who_did_what_rows_carry_evidence(reference_dataset) -> None:
    rows = api.query(reference_dataset, "who-did-what")
    row = next(r for r in rows if r["object"] == "全国“八五”普法中期表现突出单位")
    assert row["agency"] == "城阳区税务局" and row["action"] == "荣获"
    assert row["evidence"].startswith("城阳区税务局荣获") and row["year"] == "2024"
    assert all(r["evidence"] for r in rows)


def test_agency_iris_carry_the_division_code(reference_dataset) -> None:
    rows = api.query(reference_dataset, "entities")
    agencies = {r["label"]: r["entity"] for r in rows if r["type"].endswith("Agency")}
    assert agencies["城阳区司法局"] == "https://w3id.org/fazhi-kg/id/agency/370214/城阳区司法局"
    assert agencies["山东省委全面依法治省委员会办公室"].startswith("https://w3id.org/fazhi-kg/id/agency/370000/")
