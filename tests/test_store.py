"""Both stores hold the same graphs and give the same rows; Oxigraph's union is a set, like rdflib's."""
from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Literal, URIRef, Variable

from kg import api
from kg.cli import main
from kg.query import rows, run
from kg.store import MemoryStore, OxigraphStore, _where_brace, _with_values, open_graph, open_store
from tests.conftest import FIXTURES, REFERENCE

REPORTS = [REFERENCE, *sorted((FIXTURES / "reports").glob("*.txt"))]
G1, G2, G3 = URIRef("https://example.org/g1"), URIRef("https://example.org/g2"), URIRef("https://example.org/g3")
SHARED = b'<https://example.org/law> <http://www.w3.org/2000/01/rdf-schema#label> "\xe8\xa1\x8c\xe6\x94\xbf\xe5\xa4\x84\xe7\xbd\x9a\xe6\xb3\x95"@zh'
ONLY_G1 = b'<https://example.org/a> <https://example.org/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer>'


def _quads(*lines: tuple[bytes, URIRef]) -> bytes:
    return b"".join(line + b" <" + str(graph).encode() + b"> .\n" for line, graph in lines)


@pytest.fixture(scope="module")
def stores() -> dict[str, object]:
    """The reference report and the five fixture reports, built once into each kind of store."""
    built = {}
    for kind in ("memory", "oxigraph"):
        store = open_store(kind)
        result = api.build_into(store, REPORTS)
        assert not result.failures and len(result.graphs) == len(REPORTS)
        built[kind] = store
    return built


def _sorted_rows(store: object, name: str, **params: str) -> list[tuple]:
    return sorted(tuple(sorted(row.items())) for row in rows(run(store, name, params)))


@pytest.mark.slow
@pytest.mark.parametrize("name", ["entities", "who-did-what"])
def test_same_rows_on_both_stores(stores: dict, name: str) -> None:
    memory, oxigraph = _sorted_rows(stores["memory"], name), _sorted_rows(stores["oxigraph"], name)
    assert memory == oxigraph
    assert "城阳区司法局" in {value for row in memory for _, value in row}


@pytest.mark.slow
def test_bound_parameter_same_rows_on_both_stores(stores: dict) -> None:
    memory = _sorted_rows(stores["memory"], "agency-actions", agency="城阳区司法局")
    assert memory and memory == _sorted_rows(stores["oxigraph"], "agency-actions", agency="城阳区司法局")
    injected = 'x" } ; DROP ALL ; #'
    assert _sorted_rows(stores["oxigraph"], "agency-actions", agency=injected) == []
    assert len(stores["oxigraph"]) == len(stores["memory"])


@pytest.mark.slow
@pytest.mark.parametrize(("name", "params"), [
    ("who-did-what", {"agency": "城阳区司法局"}),
    ("agencies-by-district", {"district": "城阳区"}),
    ("regulation-districts", {"regulation": "中华人民共和国行政处罚法"}),
])
def test_named_query_parameters_same_rows_on_both_stores(stores: dict, name: str, params: dict) -> None:
    memory = _sorted_rows(stores["memory"], name, **params)
    assert memory == _sorted_rows(stores["oxigraph"], name, **params)
    assert memory


def test_bound_values_are_tried_first_at_the_head_then_at_the_end() -> None:
    query = 'SELECT ?l WHERE { ?a rdfs:label ?l }'
    assert _with_values(query, {Variable("l"): Literal("司法局", lang="zh")}) == [
        'SELECT ?l WHERE { VALUES (?l) { ("司法局"@zh) }\n ?a rdfs:label ?l }',
        'SELECT ?l WHERE { ?a rdfs:label ?l }\nVALUES (?l) { ("司法局"@zh) }',
    ]
    assert _with_values(query, {}) == [query]


def test_a_value_the_query_binds_itself_is_joined_at_the_end() -> None:
    """VALUES cannot open a group that BINDs the same variable; Oxigraph then gets it after the WHERE clause."""
    store = OxigraphStore()
    query = "SELECT ?x WHERE { BIND(1 AS ?x) }"
    assert rows(run(store, query, {"x": "1"})) == [{"x": "1"}]
    assert rows(run(store, query, {"x": "2"})) == []


@pytest.mark.parametrize(("query", "opening"), [
    ('PREFIX a: <http://x/#{>\nSELECT ?where WHERE { ?s ?p "{ WHERE" }', '{ ?s ?p "{ WHERE" }'),
    ("# SELECT * {\nSELECT * { ?s ?p ?o }", "{ ?s ?p ?o }"),
    ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p 1 }", "{ ?s ?p 1 }"),
    ("DESCRIBE <http://x/a>", None),
])
def test_bound_values_open_the_where_clause(query: str, opening: str | None) -> None:
    """Oxigraph joins bound values first only when they open the WHERE group, so kg puts them there."""
    brace = _where_brace(query)
    assert (query[brace:] if brace is not None else None) == opening


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["json", "csv", "table"])
def test_output_formats_identical(stores: dict, fmt: str) -> None:
    from kg.query import FORMATTERS

    query = "SELECT ?agency ?action WHERE { ?a fz:agent/rdfs:label ?agency ; fz:verb ?action } ORDER BY ?agency ?action"
    query = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" + query
    outputs = {kind: FORMATTERS[fmt](run(store, query)) for kind, store in stores.items()}
    assert outputs["memory"] == outputs["oxigraph"] and "城阳区司法局" in outputs["memory"]


@pytest.mark.parametrize("kind", ["memory", "oxigraph"])
def test_union_is_a_set_and_replacing_a_graph_keeps_shared_triples(kind: str) -> None:
    store = open_store(kind)
    store.put_graphs([(G1, _quads((SHARED, G1), (ONLY_G1, G1))), (G2, _quads((SHARED, G2)))])
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert rows(run(store, count)) == [{"n": "2"}]
    store.put_graphs([(G1, _quads((SHARED, G1)))])  # g1 loses its own triple; the shared one stays in g2
    assert rows(run(store, count)) == [{"n": "1"}]
    assert store.graph_names() == [G1, G2]
    store.put_graphs([(G2, _quads((ONLY_G1, G2)))])
    labels = rows(run(store, "SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }"))
    assert labels == [{"l": "行政处罚法"}]  # still in g1


@pytest.mark.parametrize(("spec", "batches", "streamed"), [
    ("memory", [[G1, G2]], False), ("oxigraph", [[G1, G2]], False), ("oxigraph", [[G1], [G2]], False),
    ("oxigraph:store", [[G1, G2]], False), ("oxigraph:store", [[G1], [G2]], False),
    ("oxigraph:store", [[G1], [G2]], True), ("memory", [[G1], [G2]], True),
])
def test_a_triple_two_reports_share_gives_one_row(tmp_path: Path, spec: str, batches: list[list[URIRef]],
                                                   streamed: bool) -> None:
    store = open_store(spec.replace("store", str(tmp_path / "store")))
    with store.loading() if streamed else contextlib.nullcontext():
        for batch in batches:
            store.put_graphs([(name, _quads((SHARED, name), *([(ONLY_G1, name)] if name == G1 else []))) for name in batch])
    labels = rows(run(store, "SELECT ?s ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }"))
    assert labels == [{"s": "https://example.org/law", "l": "行政处罚法"}]
    assert len(store) == 2 and store.graph_names() == [G1, G2]
    store.close()


def test_a_streamed_load_that_fails_is_raised_when_it_ends(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    with pytest.raises(SyntaxError), store.loading():
        store.put_graphs([(G1, b"<http://example.org/a> not n-quads\n")])
    store.close()


def test_oxigraph_save_round_trips(tmp_path: Path, small_report: Path) -> None:
    memory, oxigraph = MemoryStore(), OxigraphStore()
    for store in (memory, oxigraph):
        api.build_into(store, [small_report])
    expected = set(memory.dataset().quads())
    for suffix in (".nq", ".trig"):
        oxigraph.save(tmp_path / f"g{suffix}")
        assert set(api.load(tmp_path / f"g{suffix}").quads()) == expected
    oxigraph.save(tmp_path / "g.ttl")
    assert set(api.load(tmp_path / "g.ttl").triples((None, None, None))) == set(memory.dataset().triples((None, None, None)))
    assert set(oxigraph.dataset().quads()) == expected


def test_persistent_store_from_build_is_queried_by_folder(tmp_path: Path, small_report: Path) -> None:
    folder = tmp_path / "store"
    args = ["build", str(small_report), "-o", str(tmp_path / "g.nq"), "--no-html", "--jobs", "1",
            "--store", f"oxigraph:{folder}"]
    assert CliRunner().invoke(main, args).exit_code == 0
    from_folder = CliRunner().invoke(main, ["query", str(folder), "who-did-what", "--format", "csv"])
    from_file = CliRunner().invoke(main, ["query", str(tmp_path / "g.nq"), "who-did-what", "--format", "csv"])
    assert from_folder.exit_code == 0 and "桐庐县司法局" in from_folder.output
    assert sorted(from_folder.output.splitlines()) == sorted(from_file.output.splitlines())
    in_memory_oxigraph = CliRunner().invoke(main, ["query", str(tmp_path / "g.nq"), "who-did-what", "--format", "csv",
                                                   "--store", "oxigraph"])
    assert sorted(in_memory_oxigraph.output.splitlines()) == sorted(from_file.output.splitlines())


@pytest.mark.parametrize("spec", ["sqlite", "memory:x", "oxi"])
def test_bad_store_spec_is_a_user_error(spec: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["query", str(tmp_path / "g.nq"), "stats", "--store", spec])
    assert result.exit_code == 1 and "--store" in result.output


def test_open_graph_reads_a_file_into_the_chosen_store(tmp_path: Path) -> None:
    path = tmp_path / "g.nq"
    path.write_bytes(_quads((SHARED, G1)))
    store = open_graph(path, "oxigraph")
    assert isinstance(store, OxigraphStore) and store.graph_names() == [G1]
    assert isinstance(open_graph(path), OxigraphStore) and isinstance(open_graph(path).dataset(), Dataset)
    assert isinstance(open_graph(path, "memory"), MemoryStore)


def test_a_reading_command_never_changes_a_store(tmp_path: Path, small_report: Path) -> None:
    """A store folder is read as PATH or oxigraph:PATH; a file is never loaded into one."""
    folder, other = tmp_path / "store", tmp_path / "other.nq"
    build = ["build", str(small_report), "-o", str(tmp_path / "g.nq"), "--no-html", "--jobs", "1",
             "--store", f"oxigraph:{folder}"]
    assert CliRunner().invoke(main, build).exit_code == 0
    other.write_bytes(_quads((SHARED, G1)))
    before = sorted(OxigraphStore(folder, read_only=True).graph_names())
    for _ in range(2):
        refused = CliRunner().invoke(main, ["query", str(other), "stats", "--store", f"oxigraph:{folder}"])
        assert refused.exit_code == 1 and "[E122] --store oxigraph:" in refused.output
    assert sorted(OxigraphStore(folder, read_only=True).graph_names()) == before
    by_path = CliRunner().invoke(main, ["query", str(folder), "who-did-what", "--format", "csv"])
    by_spec = CliRunner().invoke(main, ["query", f"oxigraph:{folder}", "who-did-what", "--format", "csv"])
    assert by_spec.exit_code == 0 and by_spec.output == by_path.output and "桐庐县司法局" in by_spec.output
    missing = CliRunner().invoke(main, ["query", f"oxigraph:{tmp_path / 'none'}", "stats"])
    assert missing.exit_code == 1 and "[E121] no such Oxigraph store folder" in missing.output


TRICKY = '一句话,带逗号\n换行和"引号"\t制表符\\反斜杠'
COMMA_IRI = "https://w3id.org/fazhi-kg/id/program/440000/学习贯彻二十大精神,踔厉奋发谱写新篇章专栏"


@pytest.mark.parametrize(("query", "table"), [
    ("SELECT ?s ?l WHERE { ?s <https://example.org/says> ?l } ORDER BY ?s",
     [["https://example.org/a", TRICKY], ["https://example.org/b", ""]]),
    ("SELECT ?s ?missing WHERE { ?s <https://example.org/says> ?l OPTIONAL { ?s <https://example.org/none> ?missing } } "
     "ORDER BY ?s", [["https://example.org/a", ""], ["https://example.org/b", ""]]),
    ("SELECT ?n WHERE { ?s <https://example.org/n> ?n }", [["1"]]),
    ("SELECT ?s ?y WHERE { ?s <https://example.org/year> ?y }", [[COMMA_IRI, "2024"]]),
])
def test_a_table_is_read_in_bulk_as_the_terms_values(query: str, table: list[list[str]]) -> None:
    """A sentence with commas, quotes, a tab, a backslash and a line break, and an IRI with a comma (a name written
    with an ASCII comma), come back intact; unbound and an empty literal are both the empty string."""
    store = OxigraphStore()
    literal = TRICKY.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\t", "\\t")
    store.put_graphs([(G1, _quads((f'<https://example.org/a> <https://example.org/says> "{literal}"@zh'.encode(), G1),
                                  (b'<https://example.org/b> <https://example.org/says> ""', G1)))])
    store.put_graphs([(G2, _quads((b'<https://example.org/c> <https://example.org/n> "1"^^<http://www.w3.org/2001/XMLSchema#integer>', G2)))])
    year = f'<{COMMA_IRI}> <https://example.org/year> "2024"^^<http://www.w3.org/2001/XMLSchema#gYear>'
    store.put_graphs([(G3, _quads((year.encode(), G3)))])
    assert store.table(query) == table


@pytest.mark.parametrize(("store", "suffix", "aside"), [
    (OxigraphStore, ".ttl", True),  # Oxigraph writes a graph format to a file it opens, without the interpreter
    (OxigraphStore, ".nt", True),
    (OxigraphStore, ".nq", False),  # a dataset is written from the report graphs one by one, in Python
    (MemoryStore, ".ttl", False),
])
def test_which_saves_run_beside_the_page(store: type, suffix: str, aside: bool, tmp_path: Path) -> None:
    assert store().saves_aside(tmp_path / f"graph{suffix}") is aside


def test_a_save_that_fails_leaves_neither_file_nor_temporary(tmp_path: Path) -> None:
    from kg.graph.io import dump_atomic

    target = tmp_path / "graph.ttl"
    target.write_text("old", encoding="utf-8")

    def failing(name: str) -> None:
        Path(name).write_text("half", encoding="utf-8")
        raise OSError("disk full")

    with pytest.raises(OSError):
        dump_atomic(target, failing)
    assert target.read_text(encoding="utf-8") == "old" and [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_a_build_writes_its_triples_file_and_page_together(tmp_path: Path) -> None:
    """The page is drawn while Oxigraph writes the Turtle: both come out whole, the Turtle holding every triple."""
    from kg.store import open_graph

    result = api.build([REFERENCE], tmp_path / "graph.ttl")
    assert result.page is not None and "城阳区司法局" in result.page.read_text(encoding="utf-8")
    assert len(open_graph(tmp_path / "graph.ttl")) == result.triples


_LABELS = "SELECT ?s ?label WHERE { ?s rdfs:label ?label } ORDER BY ?s ?label"
_TYPES = "SELECT ?s ?type WHERE { ?s a ?type } ORDER BY ?s ?type"


@pytest.mark.parametrize("prefetched", [[], [_LABELS], [_LABELS, _TYPES]])
def test_a_prefetched_table_is_the_table_read_after_it(prefetched: list[str]) -> None:
    store = OxigraphStore()
    store.put_graphs([(URIRef("https://w3id.org/fazhi-kg/id/report/r"), _quads(
        ('<https://w3id.org/fazhi-kg/id/a> <http://www.w3.org/2000/01/rdf-schema#label> "甲"@zh'.encode(), URIRef("https://w3id.org/fazhi-kg/id/report/r")),
        (b"<https://w3id.org/fazhi-kg/id/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/fazhi-kg/ontology#Agency>",
         URIRef("https://w3id.org/fazhi-kg/id/report/r"))))])
    expected = {text: store.table(text) for text in (_LABELS, _TYPES)}
    store.prefetch(prefetched)
    assert {text: store.table(text) for text in (_LABELS, _TYPES)} == expected
    assert store.table(_LABELS) == expected[_LABELS] == [["https://w3id.org/fazhi-kg/id/a", "甲"]]  # read again
