"""kg diff: nothing between a graph and itself; exactly one report's facts between two builds that differ by it."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.diff import diff
from kg.query import rows, run

PAIR = Path(__file__).resolve().parent / "fixtures" / "pair"


def _build(folder: Path, name: str, *inputs: Path) -> Path:
    out = folder / f"{name}.trig"
    result = CliRunner().invoke(main, ["build", *map(str, inputs), "-o", str(out), "--no-html"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def pair_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(tmp_path_factory.mktemp("pair"), "pair", PAIR)


@pytest.fixture(scope="module")
def two_years(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("years")
    old, new = _build(folder, "2022", PAIR / "deqing-2022.txt"), _build(folder, "2023", PAIR / "deqing-2023.txt")
    result = CliRunner().invoke(main, ["diff", str(old), str(new), "--format", "csv"])
    assert result.exit_code == 0
    return result


@pytest.mark.parametrize("fmt", ["csv", "table", "json"])
def test_a_graph_against_itself_is_empty(pair_graph: Path, fmt: str) -> None:
    graph = pair_graph
    result = CliRunner().invoke(main, ["diff", str(graph), str(graph), "--format", fmt])
    assert result.exit_code == 0, result.output
    expected = {"csv": "change,class,label,report,evidence\n", "table": "(0 rows)", "json": '"bindings": []'}[fmt]
    assert expected in result.output


def test_two_builds_differ_by_exactly_one_reports_facts(tmp_path: Path, small_report: Path) -> None:
    from kg import api

    before = api.build([PAIR]).dataset
    after = api.build([PAIR, small_report]).dataset
    alone = api.build([small_report]).dataset
    changes = diff(before, after)
    report = "https://w3id.org/fazhi-kg/id/report/330122-2023-人民政府"
    assert {row["change"] for row in changes} == {"added"}
    facts = [row for row in changes if row["class"] in ("Action", "Measure")]
    expected = sorted((f["evidence"], f["class"].rsplit("#", 1)[-1]) for f in rows(run(alone, "facts")))
    assert sorted((row["evidence"], row["class"]) for row in facts) == expected
    assert {row["report"] for row in facts} == {report}
    added = {(row["class"], row["label"]) for row in changes}
    assert {("Report", "桐庐县2023年法治政府建设年度报告"), ("Agency", "桐庐县司法局")} <= added
    assert not {row for row in added if row[1].startswith("德清县")}
    assert [(row["change"], row["class"]) for row in diff(after, before)] == [("removed", row["class"]) for row in changes]


# Two years of one body, built apart: what the later year states anew, and what it no longer states.
@pytest.mark.parametrize(("change", "cls", "label"), [
    ("added", "Action", "德清县人民政府 印发 德清县行政规范性文件管理办法"),
    ("removed", "Action", "德清县人民政府 制定 德清县行政规范性文件管理办法 (planned)"),
    ("added", "Report", "德清县2023年法治政府建设年度报告"),
    ("removed", "Report", "德清县2022年法治政府建设年度报告"),
    ("added", "Measure", "免罚案件 120件"),
    ("removed", "Regulation", "德清县重大行政决策程序规定"),
])
def test_two_years_of_one_body(two_years, change: str, cls: str, label: str) -> None:
    result = two_years
    assert any(line.startswith(f"{change},{cls},{label},") for line in result.stdout.splitlines()), result.stdout
    assert f"{change} {cls}: " in result.stderr
