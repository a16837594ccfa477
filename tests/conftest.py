"""Shared fixtures: the reference report built once per session, and small report texts."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "data" / "reports" / "chengyang-2024.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

SMALL_REPORT = """桐庐县2023年法治政府建设年度报告
2023年,桐庐县坚持以习近平法治思想为指导。县司法局荣获全省“八五”普法中期表现突出单位。
一、主要举措和成效
(一)深化改革。一是推行“一件事”集成改革,县市场监管局落实“首违不罚”清单,办理案件120余件。二是召开全县法治政府建设工作会议。
(二)加强监督。县人大常委会开展《行政处罚法》执法检查。强化“关键少数”意识。
"""


@pytest.fixture(scope="session")
def reference_dataset():
    from kg import api

    dataset, failures = api.build([REFERENCE])
    assert not failures
    return dataset


@pytest.fixture()
def small_report(tmp_path: Path) -> Path:
    path = tmp_path / "tonglu-2023.txt"
    path.write_text(SMALL_REPORT, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def districts_dataset():
    """The reference report and the five fixture reports in one dataset: six districts."""
    from kg import api

    dataset, failures = api.build([REFERENCE, FIXTURES / "reports"])
    assert not failures
    return dataset
