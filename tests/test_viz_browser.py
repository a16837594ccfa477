"""The view in a real browser: Debian's headless Chromium, driven with mouse, keyboard and touch-size windows.

Chromium and a CJK font are installed by ``.ci/run`` (or by hand:
``apt-get install -y chromium fonts-wqy-zenhei``); without them these tests
are skipped, and fail under CI. With ``KG_VIZ_SCREENSHOTS=docs`` the desktop
and phone tests also write the README's screenshots there.
"""
from __future__ import annotations

import io
import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from rdflib import RDF, RDFS, Dataset, Literal, URIRef
from rdflib.namespace import PROV

from big_graph import replicate
from chromium import Chromium, executable
from kg import viz
from kg.graph.namespace import FZ

pytestmark = pytest.mark.slow

STATUS = "document.getElementById('fazhi-status')"
SCREENSHOTS = os.environ.get("KG_VIZ_SCREENSHOTS")


def _need_chromium() -> None:
    if executable() is None:
        message = "chromium is missing: apt-get install -y chromium fonts-wqy-zenhei (.ci/run does this)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="module")
def browser() -> Iterator[Chromium]:
    _need_chromium()
    with Chromium(1400, 900) as chromium:
        yield chromium


@pytest.fixture(scope="module")
def reference_page(reference_dataset: Dataset, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return viz.write(reference_dataset, tmp_path_factory.mktemp("viz") / "graph.html")


def _open(browser: Chromium, page: Path, fragment: str = "") -> None:
    browser.open(page, fragment=fragment)
    browser.wait_for(f"{STATUS} && {STATUS}.dataset.drawn")


def _node_at(browser: Chromium, label: str) -> tuple[float, float]:
    """Where a drawn node is on the screen, in CSS pixels."""
    return tuple(browser.evaluate(
        f"(function () {{ var id = nodes.get({{filter: function (n) {{ return n.label === {json.dumps(label)}"
        f" || n.label === '◎ ' + {json.dumps(label)}; }}}})[0].id;"
        f" var p = network.canvasToDOM(network.getPositions([id])[id]);"
        f" var r = document.getElementById('mynetwork').getBoundingClientRect();"
        f" return [p.x + r.left, p.y + r.top]; }})()"))


def _click(browser: Chromium, x: float, y: float, count: int = 1) -> None:
    for n in range(1, count + 1):
        for kind in ("mousePressed", "mouseReleased"):
            browser.send("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=n, session=True)
        time.sleep(0.05)


def _click_element(browser: Chromium, selector: str) -> None:
    browser.evaluate(f"document.querySelector({json.dumps(selector)}).scrollIntoView({{block: 'nearest'}})")
    x, y = browser.evaluate(f"(function () {{ var r = document.querySelector({json.dumps(selector)})"
                            f".getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; }})()")
    _click(browser, x, y)


def _key(browser: Chromium, key: str, shift: bool = False) -> None:
    code = {"Enter": 13, "ArrowRight": 39, "ArrowDown": 40}.get(key, 0)
    for kind in ("keyDown", "keyUp"):
        browser.send("Input.dispatchKeyEvent", type=kind, key=key, code=key, windowsVirtualKeyCode=code,
                     modifiers=8 if shift else 0, text="\r" if key == "Enter" and kind == "keyDown" else "",
                     session=True)


def _type(browser: Chromium, selector: str, text: str) -> None:
    _click_element(browser, selector)
    browser.send("Input.insertText", text=text, session=True)


def _shot(browser: Chromium, name: str) -> Image.Image:
    png = browser.screenshot()
    if SCREENSHOTS:
        Path(SCREENSHOTS, name).write_bytes(png)
    return Image.open(io.BytesIO(png)).convert("RGB")


def test_the_reference_page_draws_every_node(browser: Chromium, reference_dataset: Dataset, reference_page: Path) -> None:
    expected = viz.network(reference_dataset)
    _open(browser, reference_page)
    assert browser.evaluate(f"{STATUS}.dataset.nodes") == str(len(expected.nodes))
    assert browser.evaluate("network.body.nodeIndices.length") == len(expected.nodes)
    assert browser.evaluate("network.body.edgeIndices.length") == len(expected.edges)
    assert browser.evaluate(f"{STATUS}.textContent") == f"显示 {len(expected.nodes)} / {len(expected.nodes)} 个节点"
    assert browser.evaluate("fazhi.labelPx()") >= 11, "the first view's smallest label is legible"
    assert browser.evaluate("document.documentElement.lang") == "zh-CN"

    shot = _shot(browser, "graph.png")
    assert shot.size == (1400, 900)
    raw = shot.tobytes()
    pixels = list(zip(raw[0::3], raw[1::3], raw[2::3]))
    inked = sum(1 for r, g, b in pixels if r + g + b < 600)
    assert inked > 0.01 * len(pixels), f"only {inked} non-white pixels"
    for style in viz.STYLE.values():
        colour = tuple(int(style.colour[i:i + 2], 16) for i in (1, 3, 5))
        assert any(sum(abs(a - b) for a, b in zip(p, colour)) < 30 for p in pixels[::3]), f"no {style.name} drawn"


def test_the_tooltip_wraps_inside_the_window(browser: Chromium, reference_page: Path) -> None:
    _open(browser, reference_page)
    x, y = _node_at(browser, "城阳区人民政府")
    for dx in (0, 1):
        browser.send("Input.dispatchMouseEvent", type="mouseMoved", x=x + dx, y=y, session=True)
    box = browser.wait_for("(function () { var t = document.querySelector('div.vis-tooltip');"
                           " if (!t || t.style.visibility === 'hidden') return null; var r = t.getBoundingClientRect();"
                           " return {text: t.innerText, scroll: t.scrollWidth, client: t.clientWidth, left: r.left,"
                           " right: r.right, white: getComputedStyle(t).whiteSpace}; })()")
    assert box["text"].startswith("机构：城阳区人民政府\n报告：")
    assert box["white"] == "pre-wrap"
    assert box["scroll"] <= box["client"], "the text fits its box"
    assert 0 <= box["left"] and box["right"] <= 1400
    browser.send("Input.dispatchMouseEvent", type="mouseMoved", x=5, y=880, session=True)


def _graph(page: Path) -> dict:
    """The nodes, edges and sentences the page script starts from."""
    text = page.read_text(encoding="utf-8")
    start = text.index('<script type="application/json" id="fazhi-graph">') + len('<script type="application/json" id="fazhi-graph">')
    return json.loads(text[start:text.index("</script>", start)])


def _tip(browser: Chromium, label: str) -> str:
    return browser.evaluate(f"fazhi.nodeTip(JSON.parse(document.getElementById('fazhi-graph').textContent).nodes"
                            f".filter(function (n) {{ return n.label === {json.dumps(label)}; }})[0].id)")


def test_tooltips_give_the_evidence_sentence_and_the_report(browser: Chromium, reference_page: Path) -> None:
    _open(browser, reference_page)
    assert _tip(browser, "城阳区司法局") == ("机构：城阳区司法局\n报告：城阳区2024年法治政府建设年度报告（2024）\n"
                                          "城阳区司法局 荣获 全省“八五”普法中期表现突出单位\n"
                                          "  “城阳区司法局荣获全省“八五”普法中期表现突出单位;”")
    graph = _graph(reference_page)
    labels = {n["id"]: n["label"] for n in graph["nodes"]}
    k, edge = next((k, e) for k, e in enumerate(graph["edges"]) if e["acts"])
    verb, sentence, _, _ = edge["acts"][0]
    title = browser.evaluate(f"fazhi.edgeTitle({k})").split("\n")
    assert title[:4] == [f"{labels[edge['from']]} → {labels[edge['to']]}", verb, f"  “{graph['sentences'][sentence]}”",
                         "    —— 城阳区2024年法治政府建设年度报告（2024）"]
    assert browser.evaluate(f"edges.get({k}).title") == "\n".join(title), "the drawn edge carries it"


def test_a_hubs_tooltip_shows_what_it_did(browser: Chromium, reference_page: Path) -> None:
    _open(browser, reference_page)
    lines = _tip(browser, "城阳区人民政府").split("\n")
    assert lines[:2] == ["机构：城阳区人民政府", "报告：城阳区2024年法治政府建设年度报告（2024）"]
    assert lines[2].startswith("城阳区人民政府 ") and lines[3].startswith("  “")
    assert lines[-1].startswith("…… 另有 ") and lines[-1].endswith(" 项行动（点击查看全部）")


def test_a_node_without_actions_shows_the_sentence_that_names_it(browser: Chromium, reference_page: Path) -> None:
    graph = _graph(reference_page)
    quiet = next(n for n in graph["nodes"] if n.get("ev"))
    _open(browser, reference_page)
    assert _tip(browser, quiet["label"]).split("\n")[2:] == [f"  “{graph['sentences'][k]}”" for k in quiet["ev"]]


def test_a_node_named_in_many_reports_lists_three(browser: Chromium, tiny: Dataset, tmp_path: Path) -> None:
    many = Dataset(default_union=True)
    for triple in tiny.triples((None, None, None)):
        many.add(triple)
    for n in range(5):
        report, mention = URIRef(f"https://w3id.org/fazhi-kg/id/report/x{n}"), URIRef(f"urn:x:m{n}")
        many.add((report, RDF.type, FZ.Report))
        many.add((report, RDFS.label, Literal(f"报告{n}")))
        many.add((mention, RDF.type, FZ.Mention))
        many.add((mention, FZ.mentionOf, URIRef("https://w3id.org/fazhi-kg/id/ag1")))
        many.add((mention, PROV.wasDerivedFrom, report))
    _open(browser, viz.write(many, tmp_path / "many.html"))
    lines = _tip(browser, "甲区司法局").split("\n")
    assert [line.startswith("报告：") for line in lines[1:5]] == [True, True, True, False]
    assert lines[4] == "…… 另有 3 份报告"


def test_the_panel_lists_every_action_of_a_node(browser: Chromium, reference_page: Path) -> None:
    graph = _graph(reference_page)
    government = next(n["id"] for n in graph["nodes"] if n["label"] == "城阳区人民政府")
    done = [(verb, graph["sentences"][sentence]) for e in graph["edges"] if e["from"] == government
            for verb, sentence, _, _ in e["acts"]]
    _open(browser, reference_page)
    _click(browser, *_node_at(browser, "城阳区人民政府"))
    browser.wait_for("!document.getElementById('fazhi-panel').hidden")
    panel = browser.evaluate("(function () { var p = document.getElementById('fazhi-panel');"
                             " var h = Array.prototype.slice.call(p.querySelectorAll('h3'));"
                             " var out = h.filter(function (x) { return x.textContent.indexOf('所做的事') === 0; })[0];"
                             " return {title: document.getElementById('fazhi-panel-title').textContent,"
                             " heading: out.textContent, items: Array.prototype.map.call(out.nextElementSibling.children,"
                             " function (li) { return [li.querySelector('b').textContent.trim(),"
                             " li.querySelector('blockquote').textContent]; }),"
                             " select: getComputedStyle(p).userSelect}; })()")
    assert panel["title"] == "城阳区人民政府"
    assert panel["heading"] == f"所做的事（{len(done)}）"
    assert sorted(panel["items"]) == sorted([verb, f"“{evidence}”"] for verb, evidence in done)
    assert panel["select"] != "none", "evidence can be selected and copied"


def test_a_permalink_restores_the_view(browser: Chromium, reference_page: Path) -> None:
    _open(browser, reference_page)
    _click(browser, *_node_at(browser, "城阳区司法局"), count=2)  # double-click: focus
    browser.wait_for("fazhi.state.focus !== null")
    browser.evaluate("var d = document.getElementById('fazhi-depth'); d.value = '2'; d.dispatchEvent(new Event('change'))")
    _click_element(browser, "input[data-class=Event]")
    _type(browser, "#fazhi-search", "复议")
    browser.wait_for(f"{STATUS}.dataset.matches > 0")
    link = browser.evaluate("location.href")
    before = browser.evaluate("[nodes.getIds().sort(), document.title, document.getElementById('fazhi-status').textContent]")
    assert "焦点：城阳区司法局（2 层）" in before[2] and "类别：" in before[1] and "搜索“复议”" in before[1]

    browser.open(reference_page)  # somewhere else first, so that the link is a fresh load
    browser.wait_for(f"{STATUS}.dataset.drawn")
    fragment = link.split("#", 1)[1]
    _open(browser, reference_page, fragment)
    after = browser.evaluate("[nodes.getIds().sort(), document.title, document.getElementById('fazhi-status').textContent]")
    assert after == before
    assert browser.evaluate("document.querySelector('input[data-class=Event]').checked") is False
    assert browser.evaluate("nodes.get(fazhi.state.focus).label") == "◎ 城阳区司法局", "the focus node is marked"


def test_enter_steps_through_the_hits(browser: Chromium, reference_page: Path) -> None:
    _open(browser, reference_page)
    _type(browser, "#fazhi-search", "司法")
    browser.wait_for(f"{STATUS}.dataset.matches > 1")
    hits = browser.evaluate("fazhi.hits().map(function (id) { return nodes.get(id).label; })")
    assert browser.evaluate("document.querySelectorAll('#fazhi-hits li').length") == len(hits)
    seen = [browser.evaluate(f"{STATUS}.dataset.hit")]
    for _ in range(len(hits)):
        _key(browser, "Enter")
        seen.append(browser.evaluate(f"{STATUS}.dataset.hit"))
    assert seen == hits + hits[:1], "Enter walks the hit list and wraps"
    _key(browser, "Enter", shift=True)
    assert browser.evaluate(f"{STATUS}.dataset.hit") == hits[-1], "Shift+Enter steps back"
    assert browser.evaluate("network.getSelectedNodes().map(function (id) { return nodes.get(id).label; })") == [hits[-1]]
    dimmed = browser.evaluate("nodes.get().filter(function (n) { return n.opacity < 1; }).length")
    assert dimmed == browser.evaluate("nodes.length") - len(hits), "non-hits are dimmed"
    evidence_only = [h for h in hits if "司法" not in h]
    assert evidence_only, "evidence is searched too"


def test_keyboard_walks_the_graph(browser: Chromium, reference_page: Path) -> None:
    _open(browser, reference_page)
    browser.evaluate("document.getElementById('mynetwork').focus()")
    _key(browser, "ArrowRight")
    first = browser.evaluate(f"{STATUS}.dataset.keyboard")
    _key(browser, "ArrowDown")
    assert browser.evaluate(f"{STATUS}.dataset.keyboard") not in (None, first)
    _key(browser, "Enter")
    assert browser.evaluate("document.getElementById('fazhi-panel').hidden") is False


def test_a_path_between_two_nodes_is_highlighted(browser: Chromium, reference_page: Path) -> None:
    _open(browser, reference_page)
    labels = browser.evaluate("fazhi.path(nodes.get({filter: function (n) { return n.label === '城阳区司法局'; }})[0].id,"
                              " nodes.get({filter: function (n) { return n.label === '城阳区人民法院'; }})[0].id)"
                              ".map(function (id) { return nodes.get(id).label; })")
    assert labels[0] == "城阳区司法局" and labels[-1] == "城阳区人民法院" and len(labels) >= 3
    assert sorted(browser.evaluate("network.getSelectedNodes().map(function (id) { return nodes.get(id).label; })")) \
        == sorted(labels)


def test_png_and_csv_export(browser: Chromium, reference_page: Path, tmp_path: Path) -> None:
    _open(browser, reference_page)
    browser.send("Browser.setDownloadBehavior", behavior="allow", downloadPath=str(tmp_path))
    _click_element(browser, "#fazhi-png")
    _click_element(browser, "#fazhi-csv")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not {"fazhi-graph.png", "fazhi-graph.csv"} <= {p.name for p in tmp_path.iterdir()}:
        time.sleep(0.1)
    image = Image.open(tmp_path / "fazhi-graph.png")
    width, height = browser.evaluate("[document.getElementById('mynetwork').clientWidth,"
                                     " document.getElementById('mynetwork').clientHeight]")
    assert image.size == (2 * width, 2 * height)
    assert len(set(image.convert("RGB").resize((200, 100)).tobytes()[0::3])) > 20, "a picture, not a blank"
    rows = (tmp_path / "fazhi-graph.csv").read_text(encoding="utf-8-sig").splitlines()
    assert rows[0] == '"kind","label","class","from","to","actions","reports"'
    assert sum(r.startswith('"node"') for r in rows) == browser.evaluate("nodes.length")
    assert sum(r.startswith('"edge"') for r in rows) == browser.evaluate("edges.length")


def test_on_a_phone_every_control_is_reachable_and_readable(reference_page: Path) -> None:
    _need_chromium()
    with Chromium(390, 844) as phone:
        phone.send("Emulation.setDeviceMetricsOverride", width=390, height=844, deviceScaleFactor=2, mobile=True,
                   session=True)
        _open(phone, reference_page)
        assert phone.evaluate("window.innerWidth") == 390, "laid out at the phone's width (viewport meta)"
        assert phone.evaluate("fazhi.labelPx()") >= 11
        _shot(phone, "graph-phone.png")
        _click_element(phone, "#fazhi-menu")
        assert phone.evaluate("getComputedStyle(document.getElementById('fazhi-controls')).display") == "flex"
        selector = ("#fazhi-bar button, #fazhi-bar input, #fazhi-controls input:not([type=hidden]),"
                    " #fazhi-controls select, #fazhi-controls button, #fazhi-controls summary")
        count = phone.evaluate(f"document.querySelectorAll({json.dumps(selector)}).length")
        bad = []
        for k in range(count):
            found = phone.evaluate(
                f"(function () {{ var e = document.querySelectorAll({json.dumps(selector)})[{k}];"
                f" if (e.offsetParent === null) return null; e.scrollIntoView({{block: 'nearest'}});"
                f" var r = (e.type === 'checkbox' ? e.parentNode : e).getBoundingClientRect();"
                f" var hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                f" return {{name: e.id || e.dataset.class || e.textContent, left: r.left, right: r.right, top: r.top,"
                f" bottom: r.bottom, height: r.height, font: parseFloat(getComputedStyle(e).fontSize),"
                f" reachable: hit === e || e.contains(hit) || (hit && hit.contains(e))}}; }})()")
            if found is None:
                continue
            if not (found["left"] >= 0 and found["right"] <= 390 and found["top"] >= 0 and found["bottom"] <= 844
                    and found["height"] >= 32 and found["font"] >= 14 and found["reachable"]):
                bad.append(found)
        assert bad == []
        _click_element(phone, "#fazhi-menu")
        x, y = _node_at(phone, "城阳区人民政府")
        _click(phone, x, y)
        sheet = phone.evaluate("(function () { var r = document.getElementById('fazhi-panel').getBoundingClientRect();"
                               " return [r.left, r.right, r.bottom, r.height]; })()")
        assert sheet[0] == 0 and sheet[1] == 390 and sheet[2] == 844 and sheet[3] <= 0.6 * 844, "a bottom sheet"


def test_a_hostile_label_shows_as_text_in_the_tooltip(browser: Chromium, tiny_ttl: str, tmp_path: Path) -> None:
    dataset = Dataset(default_union=True)
    dataset.parse(data=tiny_ttl.replace("<script>alert(1)</script>", "<img src=x onerror='window.pwned=1'>"),
                  format="turtle")
    _open(browser, viz.write(dataset, tmp_path / "hostile.html"))
    label = "<img src=x onerror='window.pwned=1'>局"
    x, y = _node_at(browser, label)
    for dx in (0, 1):
        browser.send("Input.dispatchMouseEvent", type="mouseMoved", x=x + dx, y=y, session=True)
    tooltip = browser.wait_for("(function () { var t = document.querySelector('div.vis-tooltip');"
                               " return t && t.style.visibility !== 'hidden' && t.innerText; })()")
    assert tooltip.startswith(f"机构：{label}")
    _click(browser, x, y)
    assert browser.evaluate("document.getElementById('fazhi-panel-title').textContent") == label
    assert browser.evaluate("document.querySelectorAll('img').length") == 0
    assert browser.evaluate("window.pwned === undefined")


def test_five_thousand_nodes_open_on_a_legible_overview(reference_dataset: Dataset, tmp_path: Path) -> None:
    _need_chromium()
    big = replicate(reference_dataset, 105)  # about 48 nodes a copy, and the shared ones
    page = viz.write(big, tmp_path / "big.html")
    with Chromium(1400, 900, timeout=120) as browser:
        browser.open(page, timeout=120)
        browser.wait_for(f"{STATUS} && {STATUS}.dataset.drawn", timeout=120)
        assert int(browser.evaluate(f"{STATUS}.dataset.nodes")) >= 5000
        assert browser.evaluate("nodes.length") == 105, "one bubble per report"
        assert browser.evaluate("fazhi.labelPx()") >= 11
        assert browser.evaluate("document.querySelector('input[data-class=AdministrativeDivision]').checked") is False
        # the first bubble drawn where nothing lies over the canvas (a panel may cover the page's edge)
        x, y = browser.evaluate("(function () { var r = document.getElementById('mynetwork').getBoundingClientRect();"
                                " var ids = nodes.getIds(), pos = network.getPositions(ids);"
                                " for (var i = 0; i < ids.length; i++) { var p = network.canvasToDOM(pos[ids[i]]);"
                                " var x = p.x + r.left, y = p.y + r.top, hit = document.elementFromPoint(x, y);"
                                " if (hit && hit.tagName === 'CANVAS' && network.getNodeAt(p) === ids[i]) return [x, y]; }"
                                " return null; })()")
        _click(browser, x, y, count=2)
        browser.wait_for("fazhi.state.reports.length === 1")
        shown = browser.evaluate("nodes.length")
        assert 30 < shown < 100, "one report's nodes"
        assert browser.evaluate("fazhi.labelPx()") >= 11, "the report's own layout, re-fitted"
