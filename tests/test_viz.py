"""The HTML view: offline, styled per class, escaped, filtered, and usable in a notebook."""
from __future__ import annotations

import gc
import html
import json
import math
import re
from collections import defaultdict
from html.parser import HTMLParser

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Dataset, URIRef

from big_graph import replicate
from kg import viewlayout, viz
from kg.cli import main
from kg.errors import KgError
from kg.graph.namespace import FZ
from kg.readmodel import DoneAction, action_rows, store_action_rows, store_done_actions
from kg.store import OxigraphStore, oxigraph_copy

def data(page: str, name: str) -> list[dict]:
    """The nodes or edges the page script starts from, as its JavaScript will see them."""
    match = re.search(r'<script type="application/json" id="fazhi-graph">(.*?)</script>', page)
    assert match, "no fazhi-graph in the page"
    return json.loads(match.group(1))[name]


def said(page: str) -> list[tuple[str, str, str, str, int]]:
    """Every drawn action as (agent label, verb, object label, sentence, report index), the sentences looked up."""
    match = re.search(r'<script type="application/json" id="fazhi-graph">(.*?)</script>', page)
    assert match, "no fazhi-graph in the page"
    graph = json.loads(match.group(1))
    labels = {n["id"]: n["label"] for n in graph["nodes"]}
    return [(labels[e["from"]], verb, labels[e["to"]], graph["sentences"][sentence], report)
            for e in graph["edges"] for verb, sentence, report, _ in e["acts"]]


def page_data(page: str) -> dict:
    """The JSON the page script starts from (reports, classes, the command line's filters)."""
    match = re.search(r'<script type="application/json" id="fazhi-data">(.*?)</script>', page)
    assert match, "no fazhi-data in the page"
    return json.loads(match.group(1))


class Resources(HTMLParser):
    """Every URL a browser could load from the page: src/href attributes, CSS @import and url()."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("src", "href", "srcset", "data", "poster", "action") and value:
                self.urls.append(value)
            if name == "style" and value:
                self.css(value)
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, text: str) -> None:
        if self._in_style:
            self.css(text)

    def css(self, text: str) -> None:
        self.urls += re.findall(r"@import\s+(?:url\()?\s*['\"]?([^'\")\s;]+)", text)
        self.urls += re.findall(r"url\(\s*['\"]?([^'\")\s]+)", text)


@pytest.fixture(scope="module")
def page(reference_dataset: Dataset) -> str:
    return viz.render(reference_dataset)


def test_the_page_loads_nothing_from_the_network(page: str) -> None:
    parser = Resources()
    parser.feed(page)
    assert parser.urls, "the parser saw the vis-network CSS images"
    remote = [u for u in parser.urls if re.match(r"(?i)(https?:)?//", u.strip())]
    assert remote == []
    assert all(u.startswith(("data:", "#")) for u in parser.urls)


def test_vis_network_starts_empty_and_the_page_script_adds_the_first_view(page: str) -> None:
    assert "nodes = new vis.DataSet([]);" in page and "edges = new vis.DataSet([]);" in page
    assert len(data(page, "nodes")) > 50 and len(data(page, "edges")) > 50


def test_each_class_has_a_colour_a_shape_and_a_legend_entry(page: str) -> None:
    nodes = data(page, "nodes")
    classes = {c["key"]: (c["colour"], c["shape"]) for c in page_data(page)["classes"]}
    assert all("color" not in n and "shape" not in n for n in nodes), "a node's class gives both, in the page script"
    for style in viz.STYLE.values():
        drawn = [n for n in nodes if n["cls"] == style.key]
        assert drawn, style.key
        assert classes[style.key] == (style.colour, style.shape)
        assert f'data-class="{style.key}" checked> <span style="color:{style.colour}">{style.symbol}</span> ' \
               f'{style.name} ({len(drawn)})' in page
    assert len({s.shape for s in viz.STYLE.values()}) == len({s.colour for s in viz.STYLE.values()}) == len(viz.STYLE)


def test_labels_are_chinese_and_the_default_view_has_no_provenance_plumbing(page: str, reference_dataset: Dataset) -> None:
    labels = {n["label"] for n in data(page, "nodes")}
    assert {"城阳区司法局", "城阳区人民政府", "山东省"} <= labels
    assert '<meta charset="utf-8">' in page
    sentences = {str(t) for t in reference_dataset.objects(None, FZ.text)}
    assert not labels & sentences
    assert {n["cls"] for n in data(page, "nodes")} == {s.key for s in viz.STYLE.values()}
    assert all(n["reports"] == [0] for n in data(page, "nodes")), "the report filter keeps every node, 青岛市 too"


def test_edges_give_the_evidence_sentence_and_the_report(page: str, reference_dataset: Dataset) -> None:
    """The tooltips are made from these in the page (``tests/test_viz_browser.py`` checks their text)."""
    agency, verb, obj, evidence = kg_rows(reference_dataset)[0]
    assert (agency, verb, obj, evidence, 0) in said(page)
    assert all("title" not in n and "tip" not in n for n in data(page, "nodes")), "tooltips are made when drawn"
    assert all("title" not in e and "label" not in e for e in data(page, "edges"))


def test_each_sentence_is_written_once(page: str) -> None:
    graph = json.loads(re.search(r'id="fazhi-graph">(.*?)</script>', page).group(1))
    used = {a[1] for e in graph["edges"] for a in e["acts"]} | {k for n in graph["nodes"] for k in n.get("ev", [])}
    assert len(set(graph["sentences"])) == len(graph["sentences"]) == len(used)
    assert len(graph["sentences"]) < sum(len(e["acts"]) for e in graph["edges"]), "several actions share a sentence"


def kg_rows(dataset: Dataset) -> list[tuple[str, str, str, str]]:
    from kg.api import query

    return [(r["agency"], r["action"], r["object"], r["evidence"]) for r in query(dataset, "who-did-what")]


def test_hostile_labels_and_sentences_stay_text(tiny: Dataset) -> None:
    page = viz.render(tiny)
    assert "<script>alert" not in page and "<b onclick" not in page
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in page
    nodes = {n["label"]: n for n in data(page, "nodes")}
    assert "<script>alert(1)</script>局" in nodes
    assert ("<script>alert(1)</script>局", "开展", "乙区普法行动", "<b onclick=x>href</b>开展乙区普法行动。", 1) in said(page)
    assert "popup.innerHTML" not in page, "pyvis's HTML popup must stay off"
    assert "innerHTML" not in viz._asset("viewer.js") and "insertAdjacentHTML" not in viz._asset("viewer.js")


def test_isolated_non_agencies_are_left_out(tiny: Dataset) -> None:
    labels = {n["label"] for n in data(viz.render(tiny), "nodes")}
    assert labels == {"甲区司法局", "<script>alert(1)</script>局", "甲区行政复议办法", "乙区普法行动"}


A23, B24 = "甲区2023年报告（2023）", "乙区2024年报告（2024）"


@pytest.mark.parametrize(("options", "labels", "listed"), [
    ({"reports": ["a-2023"]}, {"甲区司法局", "甲区行政复议办法"}, [A23]),
    ({"reports": ["乙区2024年报告"]}, {"<script>alert(1)</script>局", "乙区普法行动"}, [B24]),
    ({"years": [2023]}, {"甲区司法局", "甲区行政复议办法"}, [A23]),
    ({"classes": ["Regulation", "工作举措"]}, {"甲区行政复议办法", "乙区普法行动", "无人问津举措"}, [A23, B24]),
    ({"classes": ["program"], "years": [2024]}, {"乙区普法行动"}, [B24]),
    ({"focus": "甲区行政复议办法"}, {"甲区司法局", "甲区行政复议办法"}, [A23]),
])
def test_filters_narrow_the_graph(tiny: Dataset, options: dict, labels: set[str], listed: list[str]) -> None:
    page = viz.render(tiny, **options)
    assert {n["label"] for n in data(page, "nodes")} == labels
    assert [r["caption"] for r in page_data(page)["reports"]] == listed


def test_focus_depth_widens_the_neighbourhood(reference_dataset: Dataset) -> None:
    one = {n["label"] for n in data(viz.render(reference_dataset, focus="城阳区人民法院"), "nodes")}
    two = {n["label"] for n in data(viz.render(reference_dataset, focus="城阳区人民法院", depth=2), "nodes")}
    assert "城阳区人民法院" in one and len(one) > 1
    assert one < two


@pytest.mark.parametrize(("options", "message"), [
    ({"classes": ["Sentence"]}, "[E050] classes='Sentence': no such class; use one of Agency (机构)"),
    ({"reports": ["c-2025"]}, "[E051] reports='c-2025': no such report in the graph; reports: a (甲区2023年报告)"),
    ({"years": [1999]}, "[E052] years='1999': no report of that year; years: [2023, 2024]"),
    ({"focus": "司法局"}, "[E053] focus='司法局': no entity with that label in the drawn classes; did you mean 甲区司法局?"),
])
def test_bad_filters_say_what_exists(tiny: Dataset, options: dict, message: str) -> None:
    with pytest.raises(KgError) as error:
        viz.network(tiny, **options)
    assert str(error.value).startswith(message)


def test_the_layout_is_done_in_python_and_physics_is_off(tiny: Dataset) -> None:
    small = viz.network(tiny)
    assert small.options["physics"]["enabled"] is False
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in small.nodes)
    assert len({(n["x"], n["y"]) for n in small.nodes}) == len(small.nodes)
    assert small.options["edges"]["smooth"] and page_data(viz.render(tiny))["big"] is False
    assert viz._options(big=True)["edges"]["smooth"] is False


def test_leaves_ring_their_hub() -> None:
    hub, leaves = 0, range(1, 9)
    pos = viewlayout.layout([hub, *leaves, 9], [(hub, leaf) for leaf in leaves])
    distances = [math.dist(pos[hub], pos[leaf]) for leaf in leaves]
    assert min(distances) >= viewlayout.GAP
    assert len({round(d) for d in distances}) > 1, "an ellipse, wider than high"
    assert all(math.dist(pos[9], pos[n]) > 2 * viewlayout.GAP for n in leaves), "the lone node is packed apart"


@pytest.mark.parametrize("leaves", [1, 2, 3, 5, 12, 40])
def test_one_hubs_ring_gives_each_label_room_without_an_overlap_pass(leaves: int) -> None:
    pos = viewlayout.layout(range(leaves + 1), [(0, leaf) for leaf in range(1, leaves + 1)])
    room_x, room_y = viewlayout.LABEL_ROOM
    assert min(math.hypot((pos[a][0] - pos[b][0]) / room_x, (pos[a][1] - pos[b][1]) / room_y)
               for a in pos for b in pos if a < b) > 1


@pytest.mark.parametrize("sizes", [[2, 3, 7], [5, 9, 17, 40], [6, 6, 30]])
def test_a_spring_layout_is_the_same_alone_or_beside_others(sizes: list[int]) -> None:
    """The hubs of many reports take their steps together; each one's result is its own."""
    graphs = [(range(n), [(k, (k * 7 + 1) % n) for k in range(n)] + [(k, k + 1) for k in range(n - 1)]) for n in sizes]
    assert viewlayout.layouts(graphs) == [viewlayout.layout(ids, links) for ids, links in graphs]


def test_a_notebook_shows_the_page_in_an_iframe(tiny: Dataset) -> None:
    page = viz.render(tiny)
    shown = page._repr_html_()
    srcdoc = re.fullmatch(r'<iframe srcdoc="([^"]*)" style="[^"]*" sandbox="allow-scripts allow-downloads"></iframe>', shown)
    assert srcdoc, shown[:200]
    assert html.unescape(srcdoc.group(1)) == page
    assert "<script" not in srcdoc.group(1)


def test_kg_viz_writes_a_utf8_page(tiny: Dataset, tmp_path) -> None:
    graph = tmp_path / "g.trig"
    tiny.serialize(graph, format="trig")
    out = tmp_path / "page.html"
    result = CliRunner().invoke(main, ["viz", str(graph), "-o", str(out), "--class", "机构", "--year", "2023"])
    assert result.exit_code == 0, result.output
    page = out.read_bytes().decode("utf-8")
    assert [n["label"] for n in data(page, "nodes")] == ["甲区司法局"]
    result = CliRunner().invoke(main, ["viz", str(graph), "--report", "nope"])
    assert result.exit_code == 1
    assert "kg: error: [E051] --report nope: no such report" in result.output


def test_edges_carry_every_action_for_the_panel(page: str, reference_dataset: Dataset) -> None:
    drawn = {(agency, verb, evidence) for agency, verb, _, evidence, _ in said(page)}
    rows = {(agency, verb, evidence) for agency, verb, _, evidence in kg_rows(reference_dataset)}
    assert drawn <= rows
    assert len(drawn) > 0.8 * len(rows), "most who-did-what rows are drawn (the rest join a hidden class)"


PLANNED = """
id:plan a fz:Action ; fz:agent id:ag1 ; fz:verb "制定"@zh ; fz:object id:lonely ; fz:evidence id:s1 ; fz:planned true ;
    prov:wasDerivedFrom <https://w3id.org/fazhi-kg/id/report/a> .
"""


def test_next_years_plans_are_not_drawn_as_done(tiny_ttl: str) -> None:
    dataset = Dataset(default_union=True)
    dataset.parse(data=tiny_ttl + PLANNED, format="turtle")
    assert [a.verb for a in viz.actions(dataset)] == ["印发", "开展"]
    labels = {n["label"] for n in viz.network(dataset).nodes}
    assert "无人问津举措" not in labels


def test_a_department_links_to_its_government_so_focus_reaches_the_governments_actions(reference_dataset: Dataset) -> None:
    near = {n["label"] for n in viz.network(reference_dataset, focus="城阳区司法局", depth=2).nodes}
    assert {"城阳区司法局", "城阳区人民政府", "全省“八五”普法中期表现突出单位"} <= near
    assert len(near) > 30


def test_the_page_is_phone_ready_and_carries_its_state(page: str) -> None:
    assert page.startswith('<html lang="zh-CN">')
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert "<title>fazhi-kg 图谱</title>" in page
    state = page_data(page)
    assert state["reports"] == [{"i": 0, "key": "370214-2024-人民政府", "caption": "城阳区2024年法治政府建设年度报告（2024）",
                                 "year": 2024}]
    assert state["overview"] is False and state["hidden"] == []


def test_command_line_filters_become_the_pages_first_state(tiny: Dataset) -> None:
    page = viz.render(tiny, focus="甲区司法局", depth=2, classes=["机构", "Regulation"])
    command = page_data(page)["command"]
    assert command == {"focus": "甲区司法局", "depth": 2, "classes": ["Agency", "Regulation"], "reports": [],
                       "years": []}


def test_each_report_has_its_own_layout(tiny: Dataset) -> None:
    nodes = {n["label"]: n for n in viz.network(tiny).nodes}
    assert set(nodes["甲区司法局"]["rp"]) == {"0"} and set(nodes["乙区普法行动"]["rp"]) == {"1"}


@pytest.mark.parametrize("crowd", [
    {0: (0.0, 0.0), 1: (0.0, 0.0), 2: (0.0, 0.0)},
    {n: (n * 5.0, 0.0) for n in range(10)},
    {n: (0.0, n * 3.0) for n in range(10)},
])
def test_the_overlap_pass_gives_each_label_room(crowd: dict[int, tuple[float, float]]) -> None:
    apart = viewlayout.separate(crowd, rounds=200)
    room_x, room_y = viewlayout.LABEL_ROOM
    for a in apart:
        for b in apart:
            if a < b:
                assert math.hypot((apart[a][0] - apart[b][0]) / room_x, (apart[a][1] - apart[b][1]) / room_y) > 0.95


@pytest.mark.parametrize("fixture", ["tiny", "reference_dataset", "districts_dataset"])
def test_the_store_reads_the_same_actions_as_rdflib(fixture: str, request: pytest.FixtureRequest) -> None:
    dataset = request.getfixturevalue(fixture)
    assert store_action_rows(oxigraph_copy(dataset)) == action_rows(dataset)


@pytest.mark.parametrize("fixture", ["tiny", "reference_dataset", "districts_dataset"])
def test_the_page_reads_the_done_actions_of_the_read_model(fixture: str, request: pytest.FixtureRequest) -> None:
    """The page's own narrower query gives the read model's done actions with an object, in its order."""
    store = oxigraph_copy(request.getfixturevalue(fixture))
    done = [DoneAction(str(r.agent), r.verb, str(r.target), r.evidence, "" if r.report is None else str(r.report))
            for r in store_action_rows(store) if not r.planned and r.target is not None]
    assert done and store_done_actions(store) == done


def test_a_store_and_its_rdflib_dataset_give_the_same_page(districts_dataset: Dataset) -> None:
    """A build's store holds each report's graph and their union; the page reads the union."""
    by_graph: dict[str, list[ox.Quad]] = defaultdict(list)
    for quad in ox.parse(districts_dataset.serialize(format="nquads", encoding="utf-8"), format=ox.RdfFormat.N_QUADS):
        by_graph[quad.graph_name.value].append(quad)
    store = OxigraphStore()  # as a build fills it: a graph per report
    store.put_graphs([(URIRef(name), ox.serialize(quads, format=ox.RdfFormat.N_QUADS)) for name, quads in by_graph.items()])
    assert viz.render(store) == viz.render(districts_dataset)



def test_a_layout_depends_on_the_order_of_its_nodes_not_on_their_hashes() -> None:
    """Three hubs with rings of leaves: networkx visits so small a core in the order of a set, which for strings
    changes with the process's hash seed. Laid out as their numbers, IRIs are placed as numbers are, at every run."""
    hubs = [(0, 1), (1, 2), (2, 0)]
    leaves = [(hub, 3 + 4 * hub + k) for hub in range(3) for k in range(4)]
    numbered = viewlayout.layout(range(15), hubs + leaves)
    named = viewlayout.layout([f"urn:n{k}" for k in range(15)], [(f"urn:n{a}", f"urn:n{b}") for a, b in hubs + leaves])
    assert named == {f"urn:n{k}": xy for k, xy in numbered.items()}

@pytest.mark.slow
def test_a_large_collection_is_made_of_its_reports_layouts(reference_dataset: Dataset, tmp_path) -> None:
    """Past OVERVIEW reports a node of one report only keeps its place in the report's own layout, shifted."""
    many = oxigraph_copy(replicate(reference_dataset, viz.OVERVIEW + 1))
    page = viz.render(many, layouts=tmp_path)
    nodes = data(page, "nodes")
    for report in ("0", str(viz.OVERVIEW)):
        alone = [n for n in nodes if set(n.get("rp", {})) == {report}]
        shifts = {(round(n["x"] - n["rp"][report][0], 1), round(n["y"] - n["rp"][report][1], 1)) for n in alone}
        assert len(alone) > 30 and len(shifts) == 1
    assert len(list(tmp_path.rglob("*.json"))) == viz.OVERVIEW + 1
    assert viz.render(many, layouts=tmp_path) == page, "a layout read back gives the same page"
    assert viz.render(many) == page, "and so does one computed afresh"


def test_a_reports_layout_is_kept_and_read_back_as_it_was_made(tmp_path) -> None:
    members = [f"urn:n{k}" for k in range(12)]
    links = [("urn:n0", f"urn:n{k}") for k in range(1, 8)] + [("urn:n8", "urn:n9"), ("urn:n9", "urn:n10")]
    made = viewlayout.report_layouts([(members, links)], tmp_path)[0]
    assert len(list(tmp_path.rglob("*.json"))) == 1
    assert viewlayout.report_layouts([(list(reversed(members)), links)], tmp_path) == [made]
    assert viewlayout.report_layouts([(members, links)]) == [made]
    other = viewlayout.report_layouts([(members, links[1:]), (members, links)], tmp_path)
    assert other[0] != made and other[1] == made and len(list(tmp_path.rglob("*.json"))) == 2


@pytest.mark.parametrize(("blocks", "placed"), [
    ([{"a": (0.0, 0.0), "b": (100.0, 50.0)}, {"b": (0.0, 0.0), "c": (10.0, 10.0)}],
     {"a": (0.0, 0.0), "b": (100.0, 50.0), "c": (100.0 + viewlayout.GAP + 10.0, 10.0)}),
    ([{"a": (-20.0, -30.0)}, {}, {"c": (5.0, 5.0)}], {"a": (0.0, 0.0), "c": (viewlayout.GAP, 0.0)}),
])
def test_reports_layouts_are_packed_side_by_side_and_a_shared_node_stays_with_the_first(
        blocks: list[dict], placed: dict) -> None:
    assert viewlayout.collection(blocks) == placed


@pytest.mark.parametrize("enabled", [True, False])
def test_the_cycle_collector_is_left_as_it_was_found(tiny: Dataset, enabled: bool) -> None:
    """Paused while the page's tables are made, then on again only if it was on, even when a filter is refused."""
    (gc.enable if enabled else gc.disable)()
    try:
        assert "fazhi-graph" in viz.render(tiny)
        with pytest.raises(KgError):
            viz.render(tiny, classes=["NoSuchClass"])
        assert gc.isenabled() is enabled
    finally:
        gc.enable()
