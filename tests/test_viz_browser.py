"""The view in a real browser: Debian's headless Chromium draws the reference report's page."""
from __future__ import annotations

import io
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from rdflib import Dataset

from chromium import Chromium, executable
from kg import viz

pytestmark = pytest.mark.slow

STATUS = "document.getElementById('fazhi-status')"


def _install_chromium() -> None:
    """Install Debian's chromium and a CJK font when missing and we may (root with apt-get), else skip."""
    if executable() is not None:
        return
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: apt-get install -y chromium fonts-wqy-zenhei")
        pytest.skip("chromium is missing: apt-get install -y chromium fonts-wqy-zenhei (as root)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-q"], check=True, env=env, stdout=subprocess.DEVNULL)
    subprocess.run(["apt-get", "install", "-y", "-q", "chromium", "fonts-wqy-zenhei"], check=True, env=env,
                   stdout=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def browser() -> Iterator[Chromium]:
    _install_chromium()
    with Chromium(1400, 900) as chromium:
        yield chromium


def _open(browser: Chromium, page: Path) -> None:
    browser.open(page)
    browser.wait_for(f"{STATUS} && {STATUS}.dataset.drawn")


def test_the_reference_page_draws_every_node(browser: Chromium, reference_dataset: Dataset, tmp_path: Path) -> None:
    expected = viz.network(reference_dataset)
    _open(browser, viz.write(reference_dataset, tmp_path / "graph.html"))
    assert browser.evaluate(f"{STATUS}.dataset.nodes") == str(len(expected.nodes))
    assert browser.evaluate("network.body.nodeIndices.length") == len(expected.nodes)
    assert browser.evaluate("network.body.edgeIndices.length") == len(expected.edges)
    assert browser.evaluate(f"{STATUS}.textContent") == f"显示 {len(expected.nodes)} / {len(expected.nodes)} 个节点"

    shot = Image.open(io.BytesIO(browser.screenshot())).convert("RGB")
    assert shot.size == (1400, 900)
    pixels = list(shot.getdata())
    inked = sum(1 for r, g, b in pixels if r + g + b < 600)
    assert inked > 0.01 * len(pixels), f"only {inked} non-white pixels"
    for style in viz.STYLE.values():
        colour = tuple(int(style.colour[i:i + 2], 16) for i in (1, 3, 5))
        assert any(sum(abs(a - b) for a, b in zip(p, colour)) < 30 for p in pixels[::3]), f"no {style.name} drawn"


def test_filters_and_search_work_in_the_page(browser: Chromium, reference_dataset: Dataset, tmp_path: Path) -> None:
    expected = viz.network(reference_dataset)
    agencies = sum(1 for n in expected.nodes if n["cls"] == "Agency")
    _open(browser, viz.write(reference_dataset, tmp_path / "graph.html"))

    browser.evaluate("document.querySelector('input[data-class=Agency]').click()")
    assert browser.evaluate("network.body.nodeIndices.length") == len(expected.nodes) - agencies
    assert browser.evaluate(f"{STATUS}.dataset.visible") == str(len(expected.nodes) - agencies)
    assert browser.evaluate("network.body.edgeIndices.length") < len(expected.edges)
    browser.evaluate("document.querySelector('input[data-class=Agency]').click()")
    assert browser.evaluate("network.body.nodeIndices.length") == len(expected.nodes)

    browser.evaluate("var r = document.getElementById('fazhi-report'); r.value = r.options[1].value;"
                     " r.dispatchEvent(new Event('change'))")
    assert browser.evaluate("network.body.nodeIndices.length") == len(expected.nodes)

    browser.evaluate("var s = document.getElementById('fazhi-search'); s.value = '城阳区司法局';"
                     " s.dispatchEvent(new Event('input'))")
    selected = browser.evaluate("network.getSelectedNodes().map(function (id) { return nodes.get(id).label; })")
    assert selected == ["城阳区司法局"]


def test_a_hostile_label_shows_as_text_in_the_tooltip(browser: Chromium, tiny_ttl: str, tmp_path: Path) -> None:
    dataset = Dataset(default_union=True)
    dataset.parse(data=tiny_ttl.replace("<script>alert(1)</script>", "<img src=x onerror='window.pwned=1'>"),
                  format="turtle")
    _open(browser, viz.write(dataset, tmp_path / "hostile.html"))
    label = "<img src=x onerror='window.pwned=1'>局"
    node = browser.evaluate(f"nodes.get({{filter: function (n) {{ return n.label === {label!r}; }}}})[0].id")
    x, y = browser.evaluate(f"(function () {{ var p = network.canvasToDOM(network.getPositions([{node}])[{node}]);"
                            f" var r = document.getElementById('mynetwork').getBoundingClientRect();"
                            f" return [p.x + r.left, p.y + r.top]; }})()")
    for dx in (0, 1):
        browser.send("Input.dispatchMouseEvent", type="mouseMoved", x=x + dx, y=y, session=True)
    tooltip = browser.wait_for("(function () { var t = document.querySelector('div.vis-tooltip');"
                               " return t && t.style.visibility !== 'hidden' && t.innerText; })()", timeout=5)
    assert tooltip.startswith(f"机构：{label}")
    assert browser.evaluate("document.querySelectorAll('img').length") == 0
    assert browser.evaluate("window.pwned === undefined")
