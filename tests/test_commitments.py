"""kg commitments: each plan item of the invented 德清县 2022 report against its 2023 report."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.commitments import Wording, commitments
from kg.report_text import read_reports

PAIR = Path(__file__).resolve().parent / "fixtures" / "pair"

# item as the 2022 plan writes it -> status, what the reason says, what next year's evidence says
EXPECTED = {
    "制定《德清县行政规范性文件管理办法》": ("done", "same Regulation 德清县行政规范性文件管理办法: 印发", "审查规范性文件12件"),
    "深入推行“综合查一次”改革": ("mentioned", "without an action", "覆盖面不够"),
    "推行包容审慎监管和柔性执法": ("done", "wording 100%", "办理免罚案件120件"),
    "建设“数字法治驾驶舱”平台": ("mentioned", "same Program 数字法治驾驶舱平台, named without an action", "2024年"),
    "提高行政复议办案质量": ("missing", "no entity or wording of the plan in the 2023 report", ""),
    "举办全县法治政府建设推进会": ("missing", "no entity or wording of the plan in the 2023 report", ""),
}


@pytest.fixture(scope="module")
def pair_dataset():
    from kg import api

    built = api.build([PAIR])
    dataset, failures = built.dataset, built.failures
    assert not failures
    return dataset


@pytest.fixture(scope="module")
def rows(pair_dataset) -> dict[str, dict]:
    return {row["item"]: row for row in commitments(read_reports(pair_dataset))}


def test_every_plan_item_is_listed_once(rows) -> None:
    assert set(rows) == set(EXPECTED)


@pytest.mark.parametrize("item", EXPECTED)
def test_status_reason_and_evidence(rows, item: str) -> None:
    status, reason, evidence = EXPECTED[item]
    row = rows[item]
    assert (row["status"], row["year"], row["next_year"]) == (status, 2022, 2023)
    assert reason in row["reason"] and evidence in row["next_evidence"]
    assert item in row["evidence"] and "2023年,德清县将" in row["evidence"]


@pytest.mark.parametrize(("wording", "clause", "low", "high"), [
    ("包容审慎监管和柔性执法", "县市场监管局全面推行包容审慎监管和柔性执法", 1.0, 1.0),
    ("包容审慎监管和柔性执法", "全面推行包容审慎监管", 0.4, 0.7),
    ("包容审慎监管和柔性执法", "推进法治政府建设", 0.0, 0.0),
    ("", "推进法治政府建设", 0.0, 0.0),
])
def test_wording_score(wording: str, clause: str, low: float, high: float) -> None:
    score = Wording(["推进法治政府建设", "法治政府建设示范创建", "包容审慎监管"]).score(wording, clause)
    assert low <= score <= high


@pytest.fixture()
def pair_graph(tmp_path: Path) -> Path:
    out = tmp_path / "pair.trig"
    result = CliRunner().invoke(main, ["build", str(PAIR), "-o", str(out), "--no-html"])
    assert result.exit_code == 0, result.output
    return out


def test_cli_json_and_district(pair_graph: Path) -> None:
    result = CliRunner().invoke(main, ["commitments", str(pair_graph), "--district", "330521", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["head"]["vars"][:6] == ["district", "body", "year", "item", "entities", "status"]
    assert sorted(b["status"]["value"] for b in data["results"]["bindings"]) == ["done", "done", "mentioned", "mentioned", "missing", "missing"]


@pytest.mark.parametrize(("args", "message"), [
    (["--district", "城阳区"], "[E046] --district 城阳区: no report of that district in the graph (districts: 德清县)"),
])
def test_cli_user_errors(pair_graph: Path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(main, ["commitments", str(pair_graph), *args])
    assert result.exit_code == 1 and message in result.output and "Traceback" not in result.output


def test_cli_one_year_only_is_a_user_error(tmp_path: Path) -> None:
    out = tmp_path / "one.trig"
    CliRunner().invoke(main, ["build", str(PAIR / "deqing-2022.txt"), "-o", str(out), "--no-html"])
    result = CliRunner().invoke(main, ["commitments", str(out)])
    assert result.exit_code == 1
    assert f"{out}: [E047] no reporting body has reports of two consecutive years" in result.output


# Plans under a heading shared with the shortcomings (二、存在的问题及下一步工作打算): the items
# are the clauses from where the text turns to the coming year, never the problems before it.
COMBINED_2022 = """# 德清县2022年法治政府建设年度报告

一、2022年推进法治政府建设的主要举措和成效
县综合执法局开展联合检查86次。
二、存在的问题及下一步工作打算
基层执法力量仍然不足,执法人员专业素质有待提高。
下一步,德清县将深入推行“综合查一次”改革,开展执法人员轮训。
"""
COMBINED_2023 = """# 德清县2023年法治政府建设年度报告

一、2023年推进法治政府建设的主要举措和成效
县综合执法局深入推行“综合查一次”改革,联合检查覆盖12个领域。
"""


def test_plan_under_a_combined_heading(tmp_path: Path) -> None:
    from kg import api

    (tmp_path / "deqing-2022.txt").write_text(COMBINED_2022, encoding="utf-8")
    (tmp_path / "deqing-2023.txt").write_text(COMBINED_2023, encoding="utf-8")
    built = api.build([tmp_path])
    assert not built.failures
    found = {row["item"]: row["status"] for row in commitments(read_reports(built.dataset))}
    assert found == {"深入推行“综合查一次”改革": "done", "开展执法人员轮训": "missing"}
