"""The reliability suite: each mistake or hostile input of the issue "No traceback, no wrong hint,
no silent loss, no hang, no network" as a row of a case table, with what the user must see."""
from __future__ import annotations

import io
import json
import signal
import socket
import subprocess
import sys
import threading
import urllib.request
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import RDF, RDFS, Literal, URIRef

from kg.cli import main
from kg.errors import one_line
from kg.export import spreadsheet_safe
from kg.graph.build import new_dataset
from kg.graph.namespace import FZ
from kg.serve import HOST, Limits, make_server
from kg.store import open_graph
from tests.conftest import CHENGYANG_2023

CROSS_JOIN = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l FILTER(?c = ?l && ?f != ?i) }"


@pytest.fixture(scope="module")
def built(chengyang_build: dict[str, Path]) -> dict[str, Path]:
    return chengyang_build


def kg(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result.exit_code, result.stdout, result.stderr


# --- user mistakes: one line on stderr naming the file and what to do, exit 1 ------------------------------

def _gold(content: str) -> Callable[[Path, dict], list[str]]:
    def case(tmp: Path, built: dict) -> list[str]:
        gold = tmp / "gold.json"
        gold.write_text(content, encoding="utf-8")
        return ["eval", built["trig"], gold]
    return case


def _jsonld_remote(command: str) -> Callable[[Path, dict], list[str]]:
    def case(tmp: Path, built: dict) -> list[str]:
        graph = tmp / "remote.jsonld"
        graph.write_text(json.dumps({"@context": "http://127.0.0.1:9/context.jsonld", "@id": "http://x/a", "name": "甲"}))
        return ["query", graph, "entities"] if command == "query" else ["merge", graph, "-o", tmp / "m.trig"]
    return case


def _output_under_a_file(command: str) -> Callable[[Path, dict], list[str]]:
    def case(tmp: Path, built: dict) -> list[str]:
        (tmp / "plain.txt").write_text("x")
        out = tmp / "plain.txt" / "out"
        return {"build": ["build", built["report"], "-o", out / "g.ttl"],
                "merge": ["merge", built["trig"], "-o", out / "g.trig"],
                "export": ["export", built["trig"], "--format", "csv", "-o", out / "g.csv"],
                "viz": ["viz", built["trig"], "-o", out / "g.html"]}[command]
    return case


def _damaged_docx(tmp: Path, built: dict) -> list[str]:
    import docx

    document = docx.Document()
    document.add_paragraph(CHENGYANG_2023)
    good = io.BytesIO()
    document.save(good)
    bad = tmp / "chengyang-2023.docx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item, data.replace(b"</w:body>", b"</w:bod") if item.filename == "word/document.xml" else data)
    return ["build", bad, "-o", tmp / "g.ttl", "--no-html"]


def _not_a_store(tmp: Path, built: dict) -> list[str]:
    (tmp / "folder").mkdir()
    (tmp / "folder" / "notes.txt").write_text("x")
    return ["query", tmp / "folder", "entities"]


def _forged_line(tmp: Path, built: dict) -> list[str]:
    return ["build", tmp / "a.txt\nkg: error: forged.txt", "-o", tmp / "g.ttl", "--no-html"]


MISTAKES = [
    # id, the command line (from a temporary folder and the built report), what stderr's one line says
    ("gold: malformed JSON", _gold('{"entities": {'), "not valid JSON"),
    ("gold: a list", _gold("[1, 2]"), "holds a JSON list, not an object"),
    ("gold: Turtle", _gold("@prefix fz: <https://w3id.org/fazhi-kg/ontology#> ."), "not valid JSON"),
    ("gold: another shape", _gold('{"entities": {"Agency": ["区司法局"]}, "facts": []}'), '"entities"."Agency"'),
    ("gold: no facts", _gold('{"entities": {}}'), '"facts" is missing'),
    ("build: output folder is a file", _output_under_a_file("build"), "is not a folder"),
    ("merge: output folder is a file", _output_under_a_file("merge"), "is not a folder"),
    ("export: output folder is a file", _output_under_a_file("export"), "is not a folder"),
    ("viz: output folder is a file", _output_under_a_file("viz"), "is not a folder"),
    ("query: misspelt --param name", lambda tmp, b: ["query", b["trig"], "agency-actions", "--param", "agnecy=x"],
     "has no variable ?agnecy; its variables: a, act, action, agency"),
    ("query: --param name that is not a variable", lambda tmp, b: ["query", b["store"], "agency-actions", "--param",
                                                                   "x) { ?s ?p ?o } #=1"], "has no variable"),
    ("query: --param IRI holding >", lambda tmp, b: ["query", b["trig"], "agency-actions", "--param",
                                                     "agency=http://x/a>b"], "is not a valid IRI (it holds '>')"),
    ("query: SERVICE, memory", lambda tmp, b: ["query", b["trig"], "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"],
     "SERVICE is not allowed"),
    ("query: SERVICE, store folder", lambda tmp, b: ["query", b["store"], "ASK { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"],
     "SERVICE is not allowed"),
    ("query: FROM a local file", lambda tmp, b: ["query", b["trig"], "SELECT * FROM <file:///etc/hostname> { ?s ?p ?o }"],
     "no such graph here"),
    ("query: remote JSON-LD context", _jsonld_remote("query"), "never does"),
    ("merge: remote JSON-LD context", _jsonld_remote("merge"), "never does"),
    ("query: a folder that is not a store", _not_a_store, "is a folder but not an Oxigraph store"),
    ("query: time limit, memory", lambda tmp, b: ["query", b["trig"], CROSS_JOIN, "--timeout", "0.5"], "stopped after 0.5 s"),
    ("query: time limit, store folder", lambda tmp, b: ["query", b["store"], CROSS_JOIN, "--timeout", "0.5"],
     "stopped after 0.5 s"),
    ("build: damaged .docx", _damaged_docx, "a damaged .docx file: its XML is broken"),
    ("build: newline in a file name", _forged_line, "a.txt\\nkg: error: forged.txt: [E012] no such file"),
]


@pytest.mark.parametrize("make, message", [case[1:] for case in MISTAKES], ids=[case[0] for case in MISTAKES])
def test_a_mistake_is_one_line_and_exit_1(tmp_path: Path, built: dict, make: Callable, message: str) -> None:
    code, _, stderr = kg(*make(tmp_path, built))
    assert code == 1
    assert len(stderr.splitlines()) == 1 and stderr.startswith("kg: error: "), stderr
    assert message in stderr
    assert "Traceback" not in stderr


def test_output_paths_are_checked_before_extraction(tmp_path: Path, built: dict) -> None:
    """The build fails before any report is read: no cache is written beside the bad output."""
    (tmp_path / "plain.txt").write_text("x")
    code, _, _ = kg("build", built["report"], "-o", tmp_path / "plain.txt" / "g.ttl")
    assert code == 1 and not list(tmp_path.rglob(".cache"))


# --- nothing lost, nothing silent -----------------------------------------------------------------------

def test_a_broken_symlink_in_a_folder_is_reported_and_the_rest_built(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "chengyang-2023.txt").write_text(CHENGYANG_2023, encoding="utf-8")
    (folder / "gone-2023.txt").symlink_to(tmp_path / "missing.txt")
    code, _, stderr = kg("build", folder, "-o", tmp_path / "g.trig", "--no-html")
    assert code == 1
    assert "gone-2023.txt: [E024] is a broken symbolic link" in stderr
    assert (tmp_path / "g.trig").is_file()


@pytest.mark.parametrize("store", ["trig", "store"])
def test_a_bound_value_that_matches_nothing_says_so(built: dict, store: str) -> None:
    code, stdout, stderr = kg("query", built[store], "agency-actions", "--param", "agency=城阳", "--format", "csv")
    assert code == 0 and stdout.strip() == "action,object,type,evidence"
    assert "no rows match --param agency=城阳" in stderr and "full names" in stderr


@pytest.mark.parametrize("store", ["trig", "store"])
def test_a_bound_value_is_a_value_not_query_text(built: dict, store: str) -> None:
    query = "SELECT ?agency ?label WHERE { ?agency rdfs:label ?label }"
    for value in ['城阳区司法局"@zh } UNION { ?agency ?p ?label } #', "x' . ?agency ?p ?label . '"]:
        code, stdout, _ = kg("query", built[store], query, "--param", f"label={value}", "--format", "csv")
        assert code == 0 and stdout.strip() == "agency,label"


def test_merge_report_says_when_nothing_disagrees(tmp_path: Path, built: dict) -> None:
    code, stdout, stderr = kg("merge", built["trig"], "-o", tmp_path / "m.trig", "--report")
    assert code == 0 and stdout == ""
    assert "disagree about nothing" in stderr


class _GraphStore(BaseHTTPRequestHandler):
    """A Graph Store Protocol endpoint that accepts everything and remembers the requests."""

    seen: list[tuple[str, str]] = []

    def _accept(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.seen.append((self.command, self.path))
        self.send_response(204)
        self.end_headers()

    do_PUT = do_POST = _accept  # noqa: N815 - http.server's naming

    def log_message(self, *args: object) -> None:
        pass


@pytest.mark.parametrize("suffix, named", [(".ttl", False), (".trig", True)])
def test_load_says_when_a_file_has_no_named_graphs(tmp_path: Path, built: dict, suffix: str, named: bool) -> None:
    graph = tmp_path / f"g{suffix}"
    assert kg("merge", built["trig"], "-o", graph)[0] == 0
    server = ThreadingHTTPServer((HOST, 0), _GraphStore)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        code, _, stderr = kg("load", graph, "--endpoint", f"http://{HOST}:{server.server_port}/store")
    finally:
        server.shutdown()
        server.server_close()
    assert code == 0
    assert ("holds no named graphs" in stderr) is not named


# --- exports other tools open -----------------------------------------------------------------------------

HOSTILE_LABELS = ["=HYPERLINK(\"http://x\")局", "@SUM(1)局", "+cmd|' /C calc'!A0", "-2+3局", "\t局", "控制\x01\x08\x1b字符局"]


def _hostile_graph(tmp_path: Path) -> Path:
    dataset = new_dataset()
    graph = dataset.graph(URIRef("https://w3id.org/fazhi-kg/id/report/x"))
    for n, label in enumerate(HOSTILE_LABELS):
        node = URIRef(f"https://w3id.org/fazhi-kg/id/agency/{n}")
        graph.add((node, RDF.type, FZ.Agency))
        graph.add((node, RDFS.label, Literal(label, lang="zh")))
    path = tmp_path / "hostile.trig"
    path.write_bytes(dataset.serialize(format="trig", encoding="utf-8"))
    return path


@pytest.mark.parametrize("fmt, read", [("graphml", nx.read_graphml), ("gexf", lambda p: ET.parse(p))])
def test_graphml_and_gexf_are_valid_xml_for_any_label(tmp_path: Path, fmt: str, read: Callable) -> None:
    out = tmp_path / f"g.{fmt}"
    assert kg("export", _hostile_graph(tmp_path), "--format", fmt, "-o", out)[0] == 0
    read(out)
    text = out.read_text(encoding="utf-8")
    assert "控制\ufffd\ufffd\ufffd字符局" in text and "\x01" not in text


def test_csv_cells_are_never_run_as_formulas(tmp_path: Path) -> None:
    assert kg("export", _hostile_graph(tmp_path), "--format", "csv", "-o", tmp_path / "g.csv")[0] == 0
    import csv

    labels = [row["label"] for row in csv.DictReader((tmp_path / "g-nodes.csv").open(encoding="utf-8"))]
    assert sorted(labels) == sorted(spreadsheet_safe(label) for label in HOSTILE_LABELS)
    assert all(not label.startswith(("=", "+", "-", "@", "\t")) for label in labels)


@pytest.mark.parametrize("cell, safe", [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("@SUM(A1)", "'@SUM(A1)"), ("+cmd|x", "'+cmd|x"),
    ("-1", "'-1"), ("\tx", "'\tx"), ("\rx", "'\rx"), ("城阳区司法局", "城阳区司法局"), ("a=b", "a=b"), (2023, 2023),
])
def test_spreadsheet_safe(cell: object, safe: object) -> None:
    assert spreadsheet_safe(cell) == safe


@pytest.mark.parametrize("text, shown", [
    ("a\nkg: error: b", "a\\nkg: error: b"), ("x\x1b[2Jy", "x\\x1b[2Jy"), ("甲\u2028乙", "甲\\u2028乙"), ("城阳区", "城阳区"),
])
def test_one_line(text: str, shown: str) -> None:
    assert one_line(text) == shown


# --- kg serve: many clients at once, a silent client holds nothing up --------------------------------------

def _fetch(port: int, query: str) -> tuple[int, dict]:
    with urllib.request.urlopen(f"http://{HOST}:{port}/sparql?query={quote(query)}", timeout=60) as response:
        return response.status, json.loads(response.read())


@pytest.fixture()
def served(built: dict) -> Iterator[int]:
    store = open_graph(built["trig"], "oxigraph")
    server = make_server(store, 0, Limits(timeout=10, idle_timeout=2))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_port
    server.shutdown()
    server.server_close()
    store.close()


def test_many_clients_at_once_beside_a_silent_one(served: int) -> None:
    silent = socket.create_connection((HOST, served))
    silent.sendall(b"GET /sparql?query=ASK HTTP/1.1\r\nHost: x\r\n")  # half a request, then nothing
    queries = [f"SELECT ?label WHERE {{ ?a a fz:Agency ; rdfs:label ?label }} ORDER BY ?label LIMIT {n}" for n in range(1, 4)]
    expected = {q: _fetch(served, q)[1]["results"] for q in queries}
    with ThreadPoolExecutor(10) as pool:
        answers = list(pool.map(lambda n: [(q, _fetch(served, q)) for q in queries * 3], range(10)))
    assert all(status == 200 and body["results"] == expected[q] for client in answers for q, (status, body) in client)
    silent.settimeout(60)  # a bound on the test, not a measurement: the server closes the silent connection
    assert silent.recv(1024) == b""
    silent.close()


# --- Ctrl-C stops a query cleanly -------------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("store", ["trig", "store"])
def test_ctrl_c_stops_a_query(built: dict, store: str) -> None:
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "query", str(built[store]), CROSS_JOIN, "--timeout", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        process.wait(8)  # imports done and the query running; it never ends by itself
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130 and stderr == "kg: interrupted\n"


# --- scanned PDFs -----------------------------------------------------------------------------------------

SCAN_LINES = ["青岛市城阳区2023年法治政府建设年度报告", "2023年,城阳区坚持以习近平法治思想为指导。",
              "区人大常委会开展《中华人民共和国行政处罚法》执法检查。", "区司法局受理行政复议案件95件。"]


def _cjk_font() -> str | None:
    """A font with Chinese glyphs installed on this machine, to print the page that is scanned."""
    from matplotlib import font_manager

    hints = ("wqy", "cjk", "droidsansfallback", "simsun", "simhei", "msyh", "notosanssc", "sourcehansans")
    return next((f for f in sorted(font_manager.findSystemFonts()) if any(h in f.lower().replace("-", "") for h in hints)), None)


def _scanned_pdf(path: Path, font_file: str | None) -> Path:
    """A one-page PDF whose page is only an image of printed report text, as a scanner makes it."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.new("L", (1240, 600), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(font_file, 32) if font_file else ImageFont.load_default()
    for n, line in enumerate(SCAN_LINES):
        draw.text((60, 60 + 60 * n), line, font=font, fill=0)
    page = canvas.Canvas(str(path), pagesize=(595, 842))
    page.drawImage(ImageReader(image), 0, 500, width=595, height=288)
    page.showPage()
    page.save()
    return path


def test_a_scan_without_the_ocr_extra_says_how_to_get_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.ingest import ocr

    monkeypatch.setattr(ocr, "available", lambda: False)
    code, _, stderr = kg("build", _scanned_pdf(tmp_path / "chengyang-2023.pdf", None), "-o", tmp_path / "g.ttl", "--no-html")
    assert code == 1 and len(stderr.splitlines()) == 1
    assert "no text layer" in stderr and "pip install 'fazhi-kg[ocr]'" in stderr


@pytest.mark.slow
def test_a_scanned_report_builds_with_the_ocr_extra(tmp_path: Path) -> None:
    pytest.importorskip("rapidocr_onnxruntime", reason="the [ocr] extra is not installed")
    font = _cjk_font()
    if font is None:
        pytest.skip("no font with Chinese glyphs to print the page to scan")
    out = tmp_path / "g.trig"
    code, _, stderr = kg("build", _scanned_pdf(tmp_path / "chengyang-2023.pdf", font), "-o", out, "--no-html")
    assert code == 0, stderr
    code, stdout, _ = kg("query", out, "who-did-what", "--format", "csv")
    assert "城阳区人民代表大会常务委员会,开展,中华人民共和国行政处罚法" in stdout


def _children(pid: int) -> set[int]:
    return {int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()}


def _gone(pids: set[int]) -> bool:
    """Whether none of ``pids`` is still running (a zombie waiting for its reaper counts as gone)."""
    def running(pid: int) -> bool:
        try:
            return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
        except FileNotFoundError:
            return False
    return not any(running(pid) for pid in pids)


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads the process tree from /proc")
@pytest.mark.parametrize("stop, code", [(signal.SIGINT, 0), (signal.SIGTERM, 0), (signal.SIGKILL, -9)])
def test_kg_serve_stops_with_its_query_workers(built: dict, stop: signal.Signals, code: int) -> None:
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(built["store"]), "--port", "0"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert "serving" in process.stderr.readline()
    workers = _children(process.pid)
    assert workers
    process.send_signal(stop)
    assert process.wait(30) == code
    for _ in range(60):  # a bound on the test, not a measurement: workers check for their server every second
        if _gone(workers):
            break
        threading.Event().wait(0.5)
    assert _gone(workers)


def test_control_characters_are_cleaned_at_ingest(tmp_path: Path) -> None:
    source = tmp_path / "chengyang-2023.txt"
    source.write_text(CHENGYANG_2023.replace("区人大常委会", "区人大常\x08委\x01会\x1b"), encoding="utf-8")
    out = tmp_path / "g.trig"
    assert kg("build", source, "-o", out, "--no-html")[0] == 0
    code, stdout, _ = kg("query", out, "who-did-what", "--format", "csv")
    assert code == 0 and "城阳区人民代表大会常务委员会,开展,中华人民共和国行政处罚法" in stdout
    assert not any(ch in stdout for ch in "\x1b\x01\x08")


def _children(pid: int) -> list[str]:
    """The processes ``pid`` started, from any of its threads (each thread lists only its own children)."""
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            found += (task / "children").read_text().split()
        except FileNotFoundError:  # a thread that ended while we looked
            continue
    return found


@pytest.mark.slow
def test_killed_parallel_build_takes_its_workers_with_it(tmp_path: Path) -> None:
    """SIGKILL of a parallel build leaves no worker running (each would hold about 200 MiB)."""
    import signal
    import subprocess
    import sys
    import time

    folder = tmp_path / "many"
    folder.mkdir()
    source = Path(__file__).resolve().parent / "fixtures" / "reports"
    # Each copy differs (trailing blank lines) so that none is skipped as a duplicate: the workers
    # then live for the whole build, not the fraction of a second four reports would take. Forty copies
    # lasted about half a second, which a look every 20 ms on a loaded machine once missed altogether.
    for n, report in enumerate(sorted(source.glob("*.txt")) * 32):
        (folder / f"{n}-{report.name}").write_text(report.read_text(encoding="utf-8") + "\n" * n, encoding="utf-8")
    log = tmp_path / "stderr.txt"
    with log.open("w") as stderr:
        build = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(folder), "-o", str(tmp_path / "g.nq"),
                                  "--no-html", "--jobs", "2"], stderr=stderr)
    deadline = time.monotonic() + 60
    # Every worker seen is kept: a look that falls while the pool shuts down sees none, and must not
    # erase the workers an earlier look saw.
    workers: set[int] = set()
    while time.monotonic() < deadline and len(workers) < 2 and build.poll() is None:
        workers |= {int(pid) for pid in _children(build.pid)}
        time.sleep(0.02)
    assert workers, f"the build started no worker (exit {build.poll()}): {log.read_text()[-500:]}"
    build.send_signal(signal.SIGKILL)
    build.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not _gone(workers):
        time.sleep(0.1)
    assert _gone(workers)


@pytest.mark.parametrize(("text", "accepted"), [
    ("青岛市2023年经济工作会议召开\n2023年,青岛市召开经济工作会议,部署全年经济工作。", False),
    ("2023年,城阳区加强法治政府建设,全面推进依法行政。", True),
    ("城阳区2023年法治政府建设年度报告\n2023年,城阳区坚持稳中求进。", True),
    # a page with no title whose opening writes of rule-of-law work once, amid a street's other work
    ("2023年,城阳区坚持党建引领,推进文旅融合,深入开展普法宣传。", True),
])
def test_a_text_about_something_else_is_not_taken_for_a_report(tmp_path: Path, text: str, accepted: bool) -> None:
    """A news article naming a city and a year once became a "report"; a rule-of-law report says what it is about."""
    from kg.errors import InputError
    from kg.extract import extract

    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    if accepted:
        assert extract(path).division.code == "370214"
    else:
        with pytest.raises(InputError, match=r"\[E077\].*not a report\?"):
            extract(path)
