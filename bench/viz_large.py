"""How long a big graph's page takes to become usable in headless Chromium.

The big graph is the reference report's graph copied under many fake
districts (``tests/big_graph.py``). The page is written with ``kg.viz.write``
and opened in Chromium; "usable" is when the page has drawn its first frame,
the overview of one bubble per report (the ``data-drawn`` stamp of the page's
status element). Then opening one report, showing every node, a class toggle,
a search and a zoom are timed until the next frame is drawn.

Run from the repository root:

    .venv/bin/python bench/viz_large.py --copies 100
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import kg.api  # noqa: E402
from big_graph import replicate  # noqa: E402
from chromium import Chromium  # noqa: E402
from kg import viz  # noqa: E402

REFERENCE = ROOT / "data" / "reports" / "chengyang-2024.txt"

# Each timed action runs, then the page is drawn once more and the promise resolves (with ms) at the next
# animation frame. Waiting for vis-network's "afterDrawing" instead stopped the clock too early: with physics
# off, every change to its data sets redraws at once, so the first of them (clearing the view) ended the timing.
TIMED = {
    "open one report": "document.querySelector('#fazhi-report-list input').click()",
    "show all": "document.getElementById('fazhi-all').click()",
    "hide agencies": "document.querySelector('input[data-class=Agency]').click()",
    "show agencies": "document.querySelector('input[data-class=Agency]').click()",
    "search 司法局": "var s = document.getElementById('fazhi-search'); s.value = '司法局';"
                   " s.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter'}))",
    "zoom in": "network.moveTo({scale: 1.5})",
}
_AFTER_FRAME = """new Promise(function (done) {
  var t0 = performance.now();
  %s;
  network.redraw();
  requestAnimationFrame(function () { done(Math.round(performance.now() - t0)); });
})"""


def measure(page: Path, width: int, height: int) -> dict[str, float]:
    with Chromium(width, height, timeout=120) as browser:
        start = time.monotonic()
        browser.open(page)
        browser.wait_for("document.getElementById('fazhi-status') && document.getElementById('fazhi-status').dataset.drawn",
                         timeout=120)
        figures = {"usable (wall clock, s)": time.monotonic() - start}
        status = browser.evaluate("Object.assign({}, document.getElementById('fazhi-status').dataset)")
        figures["first frame (page clock, s)"] = int(status["drawn"]) / 1000
        figures["nodes in the graph"] = int(status["nodes"])
        figures["edges in the graph"] = int(status["edges"])
        figures["nodes drawn"] = browser.evaluate("network.body.nodeIndices.length")
        figures["edges drawn"] = browser.evaluate("network.body.edgeIndices.length")
        for name, action in TIMED.items():
            figures[f"{name} (ms)"] = browser.evaluate(_AFTER_FRAME % action)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=100, help="fake districts (default 100)")
    parser.add_argument("--size", default="1400x900", help="browser window, WIDTHxHEIGHT")
    parser.add_argument("--keep", type=Path, help="also keep the page at this path")
    args = parser.parse_args()
    width, height = map(int, args.size.split("x"))

    built = kg.api.build([REFERENCE])
    reference, failures = built.dataset, built.failures
    assert not failures, failures
    start = time.monotonic()
    big = replicate(reference, args.copies)
    print(f"graph: {len(big)} triples from {args.copies} copies ({time.monotonic() - start:.1f} s)")
    start = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        page = viz.write(big, args.keep or Path(tmp) / "big.html")
        print(f"kg.viz.write: {time.monotonic() - start:.1f} s, {page.stat().st_size / 1e6:.1f} MB")
        for name, value in measure(page, width, height).items():
            print(f"{name}: {value:.2f}" if isinstance(value, float) else f"{name}: {value}")


if __name__ == "__main__":
    main()
