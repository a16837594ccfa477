"""The notebooks run top to bottom from the repository root, offline, and show what they promise."""
from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from kg.notebook import CJK_FONTS, show, use_cjk_font

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"

EXPECTED = {  # notebook -> text its outputs must show
    "who-did-what.ipynb": ["城阳区司法局", "全省“八五”普法中期表现突出单位", "城阳区广电中心", "<iframe srcdoc="],
    "comparing-districts.ipynb": ["八五普法", "法治政府建设实施纲要(2021—2025年)", "桐庐县人力资源和社会保障局",
                                  "中华人民共和国行政复议法", "<iframe srcdoc="],
    "indicators-across-districts.ipynb": ["行政机关负责人出庭应诉率达99.2%", "行政复议案件受理数", "成都市司法局",
                                          "双随机、一公开", "法治体检"],
    "across-years.ipynb": ["same Regulation 德清县行政规范性文件管理办法: 印发", "wording 100%", "missing",
                           "德清县人民政府 印发 德清县行政规范性文件管理办法", "a graph against itself: 0 changes",
                           "南昌县政府2021年度法治政府建设工作报告"],
}


def _outputs(notebook: nbformat.NotebookNode) -> list[dict]:
    return [out for cell in notebook.cells if cell.cell_type == "code" for out in cell.outputs]


def test_show_puts_the_offline_page_in_an_iframe(reference_dataset) -> None:
    shown = show(reference_dataset, focus="城阳区司法局").data
    assert shown.startswith("<div><iframe srcdoc=") and "城阳区司法局" in shown
    assert "<script" not in shown  # the page is escaped into the attribute, not run in the notebook


def test_use_cjk_font_picks_an_installed_font_or_none() -> None:
    from matplotlib import font_manager, rcParams

    name = use_cjk_font()
    installed = {font.name for font in font_manager.fontManager.ttflist}
    assert name is None or (name in CJK_FONTS and name in installed and rcParams["font.sans-serif"][0] == name)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_saved_notebook_has_its_outputs_and_no_machine_paths(name: str) -> None:
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert all(cell.execution_count for cell in code)
    assert any("image/png" in out.get("data", {}) for out in _outputs(notebook))
    assert str(ROOT) not in (NOTEBOOKS / name).read_text(encoding="utf-8")


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_notebook_runs_clean_from_the_repo_root(name: str) -> None:
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    NotebookClient(notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}).execute()
    outputs = _outputs(notebook)
    assert [out for out in outputs if out.get("name") == "stderr"] == []
    assert any("image/png" in out.get("data", {}) for out in outputs)
    shown = json.dumps(outputs, ensure_ascii=False)
    for text in EXPECTED[name]:
        assert text in shown, text
