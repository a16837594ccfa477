"""kg load pushes report graphs to a real Graph Store Protocol endpoint: the oxigraph server from PyPI."""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import api
from kg.cli import main
from kg.push import graph_url
from kg.query import named_queries, rows, run
from kg.store import MemoryStore
from tests.conftest import FIXTURES, REFERENCE

REPORTS = [REFERENCE, FIXTURES / "reports" / "tonglu-2023.txt"]


def _oxigraph_binary() -> str | None:
    beside = Path(sys.executable).parent / "oxigraph"  # installed into the venv by the test extra
    return str(beside) if beside.is_file() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[str]:
    """An oxigraph server on a free port; its base URL."""
    binary = _oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    port = _free_port()
    process = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "server"), "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            if process.poll() is not None:
                pytest.skip(f"the oxigraph server did not start: {process.stderr.read().decode()[:200]}")
            try:
                urllib.request.urlopen(base + "/", timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.skip("the oxigraph server did not answer within 10 seconds")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def _sparql(base: str, query: str) -> list[dict[str, str]]:
    request = urllib.request.Request(base + "/query", data=urllib.parse.urlencode({"query": query}).encode(),
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        data = json.loads(response.read())
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


@pytest.mark.slow
def test_load_two_reports_and_query_them_back(tmp_path: Path, server: str) -> None:
    graph = tmp_path / "graph.nq"
    local = MemoryStore()
    api.build_into(local, REPORTS)
    local.save(graph)

    for _ in range(2):  # loading twice replaces the graphs, it does not add to them
        result = CliRunner().invoke(main, ["load", str(graph), "--endpoint", server + "/store"])
        assert result.exit_code == 0, result.output
    counts = _sparql(server, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g")
    expected = [{"g": str(name), "n": str(len(local.dataset().graph(name)))} for name in local.graph_names()]
    assert counts == expected and len(counts) == 2

    # who-did-what over HTTP, per report graph, equals the local rows
    query = named_queries()["who-did-what"].replace("WHERE {", "WHERE { GRAPH ?g {", 1).replace("\n}\nORDER BY", "\n} }\nORDER BY")
    remote = {(r["agency"], r["action"], r["object"], r["evidence"]) for r in _sparql(server, query)}
    here = {(r["agency"], r["action"], r["object"], r["evidence"]) for r in rows(run(local, "who-did-what"))}
    assert remote == here and ("城阳区司法局", "荣获", "全省“八五”普法中期表现突出单位") in {r[:3] for r in remote}


def test_unreachable_endpoint_is_one_line_error(tmp_path: Path, small_report: Path) -> None:
    graph = tmp_path / "g.nq"
    store = MemoryStore()
    api.build_into(store, [small_report])
    store.save(graph)
    result = CliRunner().invoke(main, ["load", str(graph), "--endpoint", f"http://127.0.0.1:{_free_port()}/store"])
    assert result.exit_code == 1 and "cannot reach the endpoint" in result.output


def test_graph_url_encodes_the_iri() -> None:
    iri = "https://w3id.org/fazhi-kg/id/report/城阳-2024"
    url = graph_url("http://h:1/store", iri)
    assert url.startswith("http://h:1/store?graph=https%3A%2F%2F") and urllib.parse.unquote(url.split("=", 1)[1]) == iri
    assert graph_url("http://h:1/gsp?x=1", None) == "http://h:1/gsp?x=1&default"
