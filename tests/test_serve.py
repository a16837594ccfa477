"""The read-only SPARQL endpoint, started on a free port in a thread."""
from __future__ import annotations

import csv
import io
import json
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from email.message import Message
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest
from click.testing import CliRunner
from rdflib import RDF, RDFS, Dataset, Literal, URIRef

from kg.cli import main
from kg.graph.build import new_dataset
from kg.graph.namespace import FZ
from kg.serve import HOST, Limits, SparqlServer, make_server, negotiate
from kg.store import OxigraphStore, open_graph

AGENCIES = [f"机构{n}" for n in range(60)] + ['某"局\'{}<>']
GRAPH = URIRef("https://w3id.org/fazhi-kg/id/report/test")
LABELS = "SELECT ?label WHERE { ?a a fz:Agency ; rdfs:label ?label } ORDER BY ?label"


def _dataset() -> Dataset:
    dataset = new_dataset()
    graph = dataset.graph(GRAPH)
    for n, name in enumerate(AGENCIES):
        agency = URIRef(f"https://w3id.org/fazhi-kg/id/agency/{n}")
        graph.add((agency, RDF.type, FZ.Agency))
        graph.add((agency, RDFS.label, Literal(name, lang="zh")))
    return dataset


def _start(limits: Limits) -> Iterator[SparqlServer]:
    server = make_server(_dataset(), 0, limits)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def server() -> Iterator[SparqlServer]:
    yield from _start(Limits(timeout=5, max_rows=1000))


def request(server: SparqlServer, *, query: str | None = None, data: bytes | None = None,
            headers: dict[str, str] | None = None, path: str = "/sparql") -> tuple[int, Message, str]:
    url = f"http://{HOST}:{server.server_port}{path}" + (f"?query={quote(query)}" if query is not None else "")
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as response:
            return response.status, response.headers, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode("utf-8")


def _labels(body: str) -> list[str]:
    return [b["label"]["value"] for b in json.loads(body)["results"]["bindings"]]


def test_listens_on_loopback_only(server: SparqlServer) -> None:
    assert server.server_address[0] == "127.0.0.1"


def test_get_answers_sparql_json_by_default(server: SparqlServer) -> None:
    status, headers, body = request(server, query=LABELS)
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    assert _labels(body) == sorted(AGENCIES)


def test_csv_by_accept_header(server: SparqlServer) -> None:
    status, headers, body = request(server, query=LABELS, headers={"Accept": "text/csv;q=0.9, application/xml;q=0.1"})
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    assert [row["label"] for row in csv.DictReader(io.StringIO(body))] == sorted(AGENCIES)


@pytest.mark.parametrize("content_type, data", [
    ("application/sparql-query", LABELS.encode("utf-8")),
    ("application/x-www-form-urlencoded", urlencode({"query": LABELS}).encode("ascii")),
])
def test_post_query_and_form(server: SparqlServer, content_type: str, data: bytes) -> None:
    status, _, body = request(server, data=data, headers={"Content-Type": content_type})
    assert status == 200 and _labels(body) == sorted(AGENCIES)


def test_construct_answers_turtle(server: SparqlServer) -> None:
    query = 'CONSTRUCT { ?a rdfs:label ?l } WHERE { ?a rdfs:label ?l FILTER(?l = "机构7"@zh) }'
    status, headers, body = request(server, query=query, headers={"Accept": "text/turtle"})
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    assert '"机构7"@zh' in body and "机构8" not in body


@pytest.mark.parametrize("content_type, data", [
    ("application/x-www-form-urlencoded", urlencode({"update": "DROP ALL"}).encode("ascii")),
    ("application/sparql-update", b"DELETE WHERE { ?s ?p ?o }"),
    ("application/sparql-query", b"PREFIX x: <http://x/>\nINSERT DATA { x:a x:b x:c }"),
])
def test_updates_are_refused_and_change_nothing(server: SparqlServer, content_type: str, data: bytes) -> None:
    status, _, body = request(server, data=data, headers={"Content-Type": content_type})
    assert status == 403 and "read-only" in body
    assert _labels(request(server, query=LABELS)[2]) == sorted(AGENCIES)


@pytest.mark.parametrize("query, problem", [
    ("SELECT * WHERE { ?s ?p }", "SPARQL syntax error"),
    ("SELECT * FROM <file:///etc/hostname> WHERE { ?s ?p ?o }", "no such graph"),
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "SERVICE is not allowed"),
])
def test_bad_and_outreaching_queries_are_400(server: SparqlServer, query: str, problem: str) -> None:
    status, _, body = request(server, query=query)
    assert status == 400 and problem in body


def test_from_a_loaded_graph_is_allowed(server: SparqlServer) -> None:
    status, _, body = request(server, query=f"SELECT ?label FROM <{GRAPH}> WHERE {{ ?a rdfs:label ?label }}")
    assert status == 200 and len(_labels(body)) == len(AGENCIES)


def test_unacceptable_type_and_unknown_path(server: SparqlServer) -> None:
    assert request(server, query=LABELS, headers={"Accept": "application/sparql-results+xml"})[0] == 406
    assert request(server, query=LABELS, path="/elsewhere")[0] == 404
    assert request(server, data=b"x", headers={"Content-Type": "text/plain"})[0] == 415


def test_ask_answers_a_boolean(server: SparqlServer) -> None:
    status, _, body = request(server, query="ASK { ?a rdfs:label \"机构7\"@zh }")
    assert status == 200 and json.loads(body)["boolean"] is True


def test_missing_query_and_oversized_body() -> None:
    for server in _start(Limits(max_request_bytes=100)):
        assert request(server)[0] == 400
        query = f"# {'x' * 100}\n{LABELS}".encode("utf-8")
        assert request(server, data=query, headers={"Content-Type": "application/sparql-query"})[0] == 413


def test_result_size_is_capped() -> None:
    for server in _start(Limits(timeout=5, max_rows=3)):
        status, headers, body = request(server, query=LABELS)
        assert status == 200 and headers["X-SPARQL-MaxRows"] == "3"
        assert _labels(body) == sorted(AGENCIES)[:3]


def test_a_runaway_query_is_stopped_at_the_time_limit() -> None:
    cross_join = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(?c = ?i && ?f != ?f) }"
    for server in _start(Limits(timeout=0.5, max_rows=10)):
        status, _, body = request(server, query=cross_join)
        assert status == 503 and "time limit" in body  # the answer says the limit stopped it: no clock is read here
        assert request(server, query=LABELS)[0] == 200


@pytest.mark.parametrize("accept, expected", [
    (None, "application/sparql-results+json"),
    ("*/*", "application/sparql-results+json"),
    ("text/*", "text/csv"),
    ("text/csv;q=0.5, application/json", "application/json"),
    ("application/xml", None),
])
def test_negotiate(accept: str | None, expected: str | None) -> None:
    offered = {"application/sparql-results+json": "json", "application/json": "json", "text/csv": "csv"}
    assert negotiate(accept, offered) == expected


def test_serve_on_a_busy_port_is_one_line(server: SparqlServer, tmp_path: Path) -> None:
    graph = tmp_path / "g.ttl"
    graph.write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["serve", str(graph), "--port", str(server.server_port)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"kg: error: [E063] --port {server.server_port}: cannot listen") and len(result.stderr.splitlines()) == 1


def test_query_param_with_quotes_and_sparql_syntax_is_bound_as_a_value(tmp_path: Path) -> None:
    graph = tmp_path / "g.trig"
    graph.write_bytes(_dataset().serialize(format="trig", encoding="utf-8"))
    query = "SELECT ?a WHERE { ?a rdfs:label ?agency }"
    for value, rows in [(AGENCIES[-1], 1), ('机构1"@zh } UNION { ?a ?p ?o } #', 0), ("机构1' . ?a ?p ?o . '", 0),
                        ("机构1", 1)]:
        result = CliRunner().invoke(main, ["query", str(graph), query, "--param", f"agency={value}", "--format", "csv"])
        assert result.exit_code == 0, result.stderr
        assert len(result.stdout.splitlines()) == 1 + rows, value


# A small report (conftest.CHENGYANG_2023), built into an Oxigraph store folder and into a graph file, served three ways.
REPORT_GRAPH = "https://w3id.org/fazhi-kg/id/report/370214-2023-人民政府"
WHO_DID_WHAT = (Path(__file__).parent.parent / "kg" / "queries" / "who-did-what.rq").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def report_graphs(chengyang_build: dict[str, Path]) -> tuple[Path, Path]:
    """The small report's Oxigraph store folder and the graph file written from it by the same build."""
    return chengyang_build["store"], chengyang_build["trig"]


def _serve(graph: Path, spec: str, limits: Limits = Limits(timeout=5, max_rows=1000)) -> Iterator[SparqlServer]:
    store = open_graph(graph, spec)
    server = make_server(store, 0, limits)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    store.close()


def _rows(server: SparqlServer, query: str) -> list[dict]:
    status, _, body = request(server, query=query)
    assert status == 200, body
    return json.loads(body)["results"]["bindings"]


@pytest.mark.parametrize("served", ["folder", "oxigraph"])
def test_an_oxigraph_store_answers_as_memory_does(report_graphs: tuple[Path, Path], served: str) -> None:
    """A store folder (opened read-only by each worker) and an in-memory Oxigraph store (forked) give memory's rows."""
    folder, file = report_graphs
    graph, spec = (folder, "memory") if served == "folder" else (file, "oxigraph")
    for memory in _serve(file, "memory"):
        expected = _rows(memory, WHO_DID_WHAT)
    assert [(r["agency"]["value"], r["action"]["value"], r["object"]["value"]) for r in expected] == [
        ("城阳区人民代表大会常务委员会", "开展", "中华人民共和国行政处罚法")]
    for server in _serve(graph, spec):
        assert isinstance(server.store, OxigraphStore)
        assert _rows(server, WHO_DID_WHAT) == expected
        status, headers, body = request(server, query=WHO_DID_WHAT, headers={"Accept": "text/csv"})
        assert status == 200 and headers["Content-Type"].startswith("text/csv")
        assert len(list(csv.reader(io.StringIO(body)))) == 1 + len(expected)


@pytest.mark.parametrize("served", ["folder", "oxigraph"])
def test_an_oxigraph_store_keeps_the_safety_rules(report_graphs: tuple[Path, Path], served: str) -> None:
    folder, file = report_graphs
    graph, spec = (folder, "memory") if served == "folder" else (file, "oxigraph")
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    cross_join = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l FILTER(?c = ?l && ?f != ?i) }"
    for server in _serve(graph, spec, Limits(timeout=0.5, max_rows=2)):
        before = _rows(server, count)
        for content_type, data in [("application/sparql-update", b"DELETE WHERE { ?s ?p ?o }"),
                                   ("application/sparql-query", b"PREFIX x: <http://x/>\nINSERT DATA { x:a x:b x:c }")]:
            status, _, body = request(server, data=data, headers={"Content-Type": content_type})
            assert status == 403 and "read-only" in body
        assert _rows(server, count) == before
        assert "SERVICE is not allowed" in request(server, query="SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")[2]
        status, _, body = request(server, query="SELECT * FROM <file:///etc/hostname> WHERE { ?s ?p ?o }")
        assert status == 400 and "no such graph" in body
        status, _, body = request(server, query=f"ASK FROM <{REPORT_GRAPH}> {{ ?s a fz:Report }}")
        assert status == 200 and json.loads(body)["boolean"] is True
        status, headers, body = request(server, query="SELECT ?s WHERE { ?s ?p ?o }")
        assert status == 200 and headers["X-SPARQL-MaxRows"] == "2" and len(json.loads(body)["results"]["bindings"]) == 2
        status, _, body = request(server, query=cross_join)
        assert status == 503 and "time limit" in body


def test_kg_serve_opens_a_store_folder_and_releases_it(server: SparqlServer, report_graphs: tuple[Path, Path]) -> None:
    """On a busy port ``kg serve`` fails in one line after opening the folder, and closes it again."""
    folder, _ = report_graphs
    result = CliRunner().invoke(main, ["serve", str(folder), "--port", str(server.server_port)])
    assert result.exit_code == 1 and "cannot listen" in result.stderr
    assert OxigraphStore(folder).graph_names() == [URIRef(REPORT_GRAPH)]
