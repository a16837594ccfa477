"""Shapes of regulation titles: a dated document named without 《》 right after the verb that issued it."""
from pathlib import Path

import pytest

from shapes import build, facts

CHENGYANG = "城阳区2023年法治政府建设年度报告"


def regulations(text: str, tmp_path: Path) -> set[str]:
    return {e.label for e in build(tmp_path, CHENGYANG, text).entities.values() if e.type == "Regulation"}


@pytest.mark.parametrize("text, expected", [
    ("印发城阳区2023年法治政府建设工作要点,明确各单位任务分工。", {"城阳区2023年法治政府建设工作要点"}),
    ("制定2023年法治政府建设工作要点和考核办法。", {"2023年法治政府建设工作要点"}),
    ("推动出台省政府2023年立法工作计划。", {"省政府2023年立法工作计划"}),
    ("制定年度工作实施方案,明确任务分工。", set()),  # no year: a generic document
    ("制定我局2023年度普法工作计划。", set()),  # the writer's own plan, named by its self-reference
    ("2023年法治政府建设工作要点已印发。", set()),  # no issuing verb before it
    ("严格执行党政主要负责人履行推进法治建设第一责任人职责规定。", {"党政主要负责人履行推进法治建设第一责任人职责规定"}),
    ("切实履行推进法治建设第一责任人职责。", set()),  # the duty, not the regulation
], ids=["a place's dated points", "dated points before a second document", "a body's dated plan", "undated",
        "the writer's own", "no verb before", "a national title without 《》", "the duty it names"])
def test_unquoted_dated_titles(tmp_path: Path, text: str, expected: set[str]) -> None:
    assert regulations(text, tmp_path) == expected


def test_an_unquoted_title_is_what_its_verb_acts_on(tmp_path: Path) -> None:
    record = build(tmp_path, CHENGYANG, "区司法局印发城阳区2023年法治政府建设工作要点。")
    assert ("城阳区司法局", "印发", "城阳区2023年法治政府建设工作要点") in facts(record)


@pytest.mark.parametrize("text, expected", [
    ("印发《城阳区贯彻落实〈法治政府建设实施纲要(2021—2025年)〉的实施方案》。",
     {"城阳区贯彻落实《法治政府建设实施纲要(2021—2025年)》的实施方案", "法治政府建设实施纲要(2021—2025年)"}),
    ("围绕《城阳区贯彻落实<法治政府建设实施纲要(2021-2025年)>的实施方案》开展工作。",
     {"城阳区贯彻落实<法治政府建设实施纲要(2021-2025年)>的实施方案", "法治政府建设实施纲要(2021-2025年)"}),
    ("落实《法治政府建设实施纲要(2021-2025年)》。印发《城阳区落实〈法治政府建设实施纲要(2021—2025年)〉重要举措方案》。",
     {"法治政府建设实施纲要(2021-2025年)", "城阳区落实《法治政府建设实施纲要(2021—2025年)》重要举措方案"}),
], ids=["nested in 〈〉", "nested in <>", "one title whatever dash spans its years"])
def test_nested_titles(tmp_path: Path, text: str, expected: set[str]) -> None:
    assert regulations(text, tmp_path) == expected


def test_rows_act_on_the_outer_title(tmp_path: Path) -> None:
    record = build(tmp_path, CHENGYANG, "区司法局印发《城阳区贯彻落实〈法治政府建设实施纲要(2021—2025年)〉的实施方案》。")
    assert {(a, v, o) for a, v, o in facts(record) if v == "印发"} == {
        ("城阳区司法局", "印发", "城阳区贯彻落实《法治政府建设实施纲要(2021—2025年)》的实施方案")}


@pytest.mark.parametrize("text, expected", [
    ("二是制定印发2023年度法治政府建设工作要点》及工作台账,明确责任分工。", {"2023年度法治政府建设工作要点"}),
    ("三是强监督,根据2023年法治政府建设督察要点》等逐项梳理问题。", {"2023年法治政府建设督察要点"}),
    ("推动落实城阳区法治政府建设实施方案(2021-2025年)》要求。", {"城阳区法治政府建设实施方案(2021-2025年)"}),
    ("经验做法被法治日报》、新华社刊发。", set()),  # no verb that issues or cites: a paper, not a document
    ("落实《城阳区2023年普法工作要点》要求。", {"城阳区2023年普法工作要点"}),  # its 《 written: one title
], ids=["issued", "cited", "its span of years after it", "no verb before", "both brackets written"])
def test_a_title_whose_opening_bracket_was_lost(tmp_path: Path, text: str, expected: set[str]) -> None:
    assert regulations(text, tmp_path) == expected


@pytest.mark.parametrize("text, expected", [
    ("推动《城阳区支持民营经济发展条例》落地落实,在街道印发学习《条例》。", {"城阳区支持民营经济发展条例"}),
    ("制定《2023年城阳区普法工作实施意见》。《意见》以领导干部为重点。", {"2023年城阳区普法工作实施意见"}),
    ("学习《法治政府建设实施纲要(20212025年)》。", {"法治政府建设实施纲要(20212025年)"}),
], ids=["a bare 条例 after one", "a bare 意见 after one", "a lost dash kept as written"])
def test_a_bare_kind_names_the_title_just_named(tmp_path: Path, text: str, expected: set[str]) -> None:
    assert regulations(text, tmp_path) == expected
