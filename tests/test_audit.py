"""kg audit: the prescribed parts of each report, how concrete, how shared, and whether signed in time."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.audit import audit
from kg.cli import main
from kg.report_parts import locate_parts, parts_of_heading, sentence_parts
from kg.report_text import ReportText, Sentence, read_reports

# The reference report holds all four parts, each under its own heading.
REFERENCE_PARTS = {
    "measures": "一、2024年推进法治政府建设的主要举措和成效",
    "shortcomings": "二、2024年推进法治政府建设存在的不足和原因",
    "first-responsible": "三、2024年党政主要负责人履行推进法治建设第一责任人职责,加强法治政府建设的情况",
    "plan": "四、2025年推进法治政府建设的主要安排",
}

# Two invented reports of one city: the first lacks shortcomings and the first-responsible part,
# the second has themed sections only, and both carry one sentence word for word.
SHARED = "坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,全面推进依法行政工作。"
LACKING = f"""# 德清县2022年法治政府建设年度报告

2022年,德清县{SHARED}
一、2022年推进法治政府建设的主要举措和成效
县政府出台《德清县重大行政决策程序规定》,县综合执法局开展联合检查86次。
二、2023年工作安排
2023年,德清县将深入推行“综合查一次”改革。
2023年3月20日
"""
THEMED = f"""# 安吉县2022年法治政府建设年度报告

2022年,安吉县{SHARED}
一、坚持依法全面履行政府职能
县政府印发《安吉县行政规范性文件管理办法》,办理行政许可1200件。
二、存在的不足和原因
基层执法力量不足。
2023年4月15日
"""

# report label -> part -> (present, heading)
LACKING_PARTS = {
    "measures": ("yes", "一、2022年推进法治政府建设的主要举措和成效"),
    "shortcomings": ("no", ""),
    "first-responsible": ("no", ""),
    "plan": ("yes", "二、2023年工作安排"),
}
THEMED_PARTS = {
    "measures": ("yes", "一、坚持依法全面履行政府职能"),
    "shortcomings": ("yes", "二、存在的不足和原因"),
    "first-responsible": ("no", ""),
    "plan": ("no", ""),
}


@pytest.fixture(scope="module")
def reference_rows(reference_dataset) -> dict[str, dict]:
    return {row["part"]: row for row in audit(read_reports(reference_dataset))}


@pytest.mark.parametrize("part", REFERENCE_PARTS)
def test_reference_report_has_all_four_parts(reference_rows, part: str) -> None:
    row = reference_rows[part]
    assert (row["present"], row["heading"]) == ("yes", REFERENCE_PARTS[part])
    assert row["chars"] > 0


def test_reference_measures_are_concrete(reference_rows) -> None:
    measures = reference_rows["measures"]
    assert float(measures["measures_per_1k"]) > 5 and float(measures["programs_per_1k"]) > 5
    assert reference_rows["shortcomings"]["measures_per_1k"] == "0.0"


@pytest.fixture(scope="module")
def invented(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, str]]:
    folder = tmp_path_factory.mktemp("audit")
    (folder / "deqing-2022.txt").write_text(LACKING, encoding="utf-8")
    (folder / "anji-2022.txt").write_text(THEMED, encoding="utf-8")
    out = folder / "graph.trig"
    assert CliRunner().invoke(main, ["build", str(folder), "-o", str(out), "--no-html"]).exit_code == 0
    result = CliRunner().invoke(main, ["audit", str(out), "--format", "csv"])
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.output)))


@pytest.mark.parametrize(("district", "expected"), [("德清县", LACKING_PARTS), ("安吉县", THEMED_PARTS)])
def test_missing_parts_are_named(invented, district: str, expected: dict) -> None:
    found = {row["part"]: (row["present"], row["heading"]) for row in invented if row["district"] == district}
    assert found == expected
    assert [row["part"] for row in invented if row["district"] == district] == list(REFERENCE_PARTS)


@pytest.mark.parametrize(("district", "dated", "on_time"), [("德清县", "2023-03-20", "yes"), ("安吉县", "2023-04-15", "no")])
def test_signed_before_first_of_april(invented, district: str, dated: str, on_time: str) -> None:
    assert {(row["dated"], row["on_time"]) for row in invented if row["district"] == district} == {(dated, on_time)}


def test_shared_sentence_is_boilerplate(invented) -> None:
    # The shared opening lies before every heading, so no part counts it; the parts' own sentences are not shared.
    assert {row["boilerplate"] for row in invented} == {"0"}


def test_shared_sentence_inside_a_part_is_counted(tmp_path: Path) -> None:
    for name, place in (("deqing-2022.txt", "德清县"), ("anji-2022.txt", "安吉县")):
        text = f"# {place}2022年法治政府建设年度报告\n\n一、主要举措和成效\n{SHARED}\n{place}司法局开展法治宣传32场。\n"
        (tmp_path / name).write_text(text, encoding="utf-8")
    from kg import api

    built = api.build([tmp_path])
    dataset, failures = built.dataset, built.failures
    assert not failures
    rows = [row for row in audit(read_reports(dataset)) if row["part"] == "measures"]
    assert [row["boilerplate"] for row in rows] == [1, 1]


# Headings as real reports write them (the openings in corpus/dev/reports and published reports),
# and the parts a reader finds announced there; the year is the report's.
REAL_HEADINGS = [
    ("一、2022年法治政府建设主要措施", 2022, ("measures",)),  # 留下街道 2022
    ("一、法治政府建设主要措施和成效", 2023, ("measures",)),  # 闵行区 2023
    ("二、主要做法", 2019, ("measures",)),  # 沈阳市 2019
    ("一、推进法治建设的主要举措和突出成效", 2023, ("measures",)),  # 清波街道 2023
    ("一、主要做法与成效", 2025, ("measures",)),  # 杜城街道 2025
    ("二、存在的问题", 2023, ("shortcomings",)),  # 清水县 2023 (第二部分是存在的问题)
    ("一、基本情况", 2019, ()),  # 沈阳市 2019: the city's figures, no part
    ("(二)坚持问题导向,全面提升法治政府建设标准", 2022, ()),  # 保定市 2022: a method, not a shortcoming
    ("一、区政府主要负责同志履行推进法治建设第一责任人职责情况", 2023, ("first-responsible",)),  # 静海区 2023
    ("(二)切实履行推进法治建设第一责任人职责", 2025, ("first-responsible",)),  # 福州市 2025
    ("二、2023年度推荐法治政府建设存在的不足和原因", 2023, ("shortcomings",)),  # a county bureau, 推荐 as published
    ("三、2023年度党政主要负责人履行推进法治建设第一责任人职责的有关情况", 2023, ("first-responsible",)),
    ("四、2025年推进法治政府建设的主要安排", 2024, ("plan",)),  # 城阳区 2024
    ("三、下一步工作计划", 2023, ("plan",)),
    ("五、下一步工作措施", 2023, ("plan",)),  # measures of the plan, not the year's measures
    ("三、存在的问题及下一步工作打算", 2023, ("shortcomings", "plan")),
    ("四、存在的不足和2024年工作思路", 2023, ("shortcomings", "plan")),
]


@pytest.mark.parametrize(("heading", "year", "parts"), REAL_HEADINGS)
def test_parts_a_heading_announces(heading: str, year: int, parts: tuple[str, ...]) -> None:
    assert parts_of_heading(heading, year) == parts


# One heading for shortcomings and plan: with no subsections, the plan begins where the text
# turns to the coming year; with (一)(二) subsections, each takes its part.
COMBINED = """# 德清县2022年法治政府建设年度报告

一、2022年推进法治政府建设的主要举措和成效
县政府出台《德清县重大行政决策程序规定》,县综合执法局开展联合检查86次。
二、存在的问题及下一步工作打算
基层执法力量仍然不足,执法人员专业素质有待提高。
下一步,德清县将深入推行“综合查一次”改革,开展执法人员轮训。
"""
SPLIT = """# 安吉县2022年法治政府建设年度报告

一、2022年推进法治政府建设的主要举措和成效
县政府印发《安吉县行政规范性文件管理办法》,办理行政许可1200件。
二、存在的不足和2023年工作打算
(一)存在的不足
部分乡镇合法性审查力量薄弱。
(二)2023年工作打算
安吉县将制定《安吉县重大行政决策目录管理办法》。
"""


@pytest.fixture(scope="module")
def combined_rows(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], dict]:
    from kg import api

    folder = tmp_path_factory.mktemp("combined")
    (folder / "deqing-2022.txt").write_text(COMBINED, encoding="utf-8")
    (folder / "anji-2022.txt").write_text(SPLIT, encoding="utf-8")
    built = api.build([folder])
    assert not built.failures
    return {(row["district"], row["part"]): row for row in audit(read_reports(built.dataset))}


@pytest.mark.parametrize(("district", "part", "heading", "sentences"), [
    ("德清县", "shortcomings", "二、存在的问题及下一步工作打算",
     ("二、存在的问题及下一步工作打算", "基层执法力量仍然不足,执法人员专业素质有待提高。")),
    ("德清县", "plan", "二、存在的问题及下一步工作打算", ("下一步,德清县将深入推行“综合查一次”改革,开展执法人员轮训。",)),
    ("安吉县", "shortcomings", "(一)存在的不足", ("(一)存在的不足", "部分乡镇合法性审查力量薄弱。")),
    ("安吉县", "plan", "(二)2023年工作打算", ("(二)2023年工作打算", "安吉县将制定《安吉县重大行政决策目录管理办法》。")),
])
def test_combined_heading_holds_both_parts(combined_rows, district: str, part: str, heading: str,
                                           sentences: tuple[str, ...]) -> None:
    row = combined_rows[(district, part)]
    assert (row["present"], row["heading"]) == ("yes", heading)
    assert row["chars"] == sum(len(s) for s in sentences)


# Sentences under 二、存在的问题及下一步工作打算, in order, and the part each belongs to: the
# plan begins where a sentence turns to the coming year near its start, and stays.
COMBINED_SENTENCES = [
    ("二、存在的问题及下一步工作打算", "shortcomings"),
    ("一是基层执法力量不足。", "shortcomings"),
    ("二是部分行政执法人员专业素质有待提高。", "shortcomings"),
    ("针对上述问题,下一步我县将重点做好以下工作。", "plan"),
    ("一是开展执法人员轮训。", "plan"),
    ("2024年,我县将制定《德清县重大行政决策目录管理办法》。", "plan"),
]


def _owners(sentences: list[tuple[str | None, str]], headings: dict[str, str]) -> list[str | None]:
    """The part of each sentence of a report written by hand as (section path, text) pairs."""
    report = ReportText("r", "德清县2023年法治政府建设年度报告", "德清县", "330521", 2023, "b", "德清县人民政府",
                        headings=headings, sentences=[Sentence(i, 0, text, path) for i, (path, text) in enumerate(sentences)])
    owner = sentence_parts(report, locate_parts(report))
    return [owner[i] for i in range(len(sentences))]


def test_combined_section_turns_to_the_plan() -> None:
    sentences = [("1", text) for text, _ in COMBINED_SENTENCES]
    assert _owners(sentences, {"1": "二、存在的问题及下一步工作打算"}) == [part for _, part in COMBINED_SENTENCES]


def test_bare_part_heading_goes_on_over_misnumbered_sections() -> None:
    # 留下街道 2022 (corpus/dev/reports/liuxia-jd-2022.txt) numbers its subsections 一、 again; a
    # part nested there (一是…第一责任人职责) keeps its own sentences and does not end the measures.
    texts = [  # path, text, part
        (None, "2022年,留下街道全面推进法治政府建设。", None),
        ("1", "一、2022年法治政府建设主要措施", "measures"),
        ("2", "一、强化领导责任,夯实法治政府建设基础", "measures"),
        ("2.1", "一是街道党政主要负责人认真履行推进法治政府建设第一责任人职责", "first-responsible"),
        ("2.2", "二是成立法治工作办公室", "measures"),
        ("2.2", "办公室设置在党政综合办内。", "measures"),
        ("3", "二、存在的不足和原因", "shortcomings"),
        ("3", "基层执法力量不足。", "shortcomings"),
    ]
    headings = {path: text for path, text, _ in texts if text.startswith(("一", "二"))}
    assert _owners([(path, text) for path, text, _ in texts], headings) == [part for _, _, part in texts]
