"""Each stage of the pipeline on its own: recognition's mentions, locate, resolution, and the one read model."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg import analytics, api
from kg.divisions import gazetteer
from kg.export import export
from kg.extract import extract
from kg.ingest import normalise
from kg.layout import read_layout
from kg.locate import division_named, report_division
from kg.national_programs import national
from kg.query import rows, run
from kg.readmodel import action_rows
from kg.recognise import make_pipeline, pipeline, recognise
from kg.recognise.mentions import AgencyMention, EventMention, Mentions, ReportContext
from kg.resolve import Resolver

FIXTURES = Path(__file__).resolve().parent / "fixtures"
STOCK_OPENING = ("某县2023年法治政府建设年度报告\n"
                 "2023年,桐庐县在县人民代表大会及其常委会的监督下,坚持依法行政。"
                 "县司法局印发《桐庐县行政执法监督办法》。\n")


def test_two_kinds_may_claim_the_same_characters() -> None:
    found = Mentions("县人民代表大会召开")
    congress = AgencyMention(0, 7, "县人民代表大会", rule="table", kind="congress", core="人民代表大会", jurisdiction="县")
    assert found.add(congress) and found.add(EventMention(0, 7, "县人民代表大会"))
    assert not found.add(EventMention(0, 7, "县人民代表大会"))  # one kind claims a range once
    assert found.of("Agency") == [congress] and found.of("Agency")[0].core == "人民代表大会"


def test_the_stock_opening_builds(tmp_path: Path) -> None:
    """It once lost the whole report: an event span over an agency's characters overwrote the agency's data."""
    report = tmp_path / "stock.txt"
    report.write_text(STOCK_OPENING, encoding="utf-8")
    record = extract(report)
    assert ("Agency", "330122", "桐庐县司法局") in record.entities
    assert [(a.agent[2], a.verb, a.object[2]) for a in record.actions if a.object] == [
        ("桐庐县司法局", "印发", "桐庐县行政执法监督办法")]


@pytest.mark.parametrize("path", sorted((FIXTURES / "reports").glob("*.txt")) + sorted((FIXTURES / "heldout" / "reports").glob("*.txt")),
                         ids=lambda p: p.stem)
def test_every_sentence_of_every_fixture_recognises_alone(path: Path) -> None:
    """No sentence, taken on its own, breaks a recogniser (a sentence is the smallest unit a report can lose)."""
    layout = read_layout(normalise(path.read_text(encoding="utf-8")))
    nlp = pipeline()
    context = ReportContext(level_char="区")
    for sentence in layout.sentences:
        recognise(nlp, sentence.text, [0], context)


def test_a_stage_takes_its_vocabulary_as_data() -> None:
    nlp = make_pipeline({"fazhi_events": {"nouns": ["读书班"], "lead_verbs": ["举办"]}})
    doc = recognise(nlp, "区司法局举办民法典读书班和民法典讲座。", [0], ReportContext())
    assert [m.text for m in doc._.mentions.of("Event")] == ["民法典读书班"]



@pytest.mark.parametrize(("subsumed", "bare_kept"), [("program_subsumed.tsv", False), ([], True)])
def test_which_bare_national_label_stands_for_a_fuller_one_is_data(subsumed: str | list, bare_kept: bool) -> None:
    """普法责任制 beside “谁执法谁普法”普法责任制 is one programme because the table says so, not the code."""
    nlp = make_pipeline({"fazhi_programs": {"subsumed": subsumed}})
    doc = recognise(nlp, "全面落实普法责任制。按照要求,落实“谁执法谁普法”普法责任制,", [0], ReportContext())
    labels = {national(m.name) for m in doc._.mentions.of("Program")}
    assert "谁执法谁普法" in labels and ("普法责任制" in labels) == bare_kept


LOCATE_CASES = [
    ("城阳区2024年法治政府建设年度报告\n2024年,城阳区坚持依法行政。", "370214"),
    ("2023年,桐庐县坚持以习近平新时代中国特色社会主义思想为指导。", "330122"),
    ("关于洛阳市2021年度法治政府建设情况的报告\n2021年,我市坚持依法行政。", "410300"),
]


@pytest.mark.parametrize(("text", "code"), LOCATE_CASES)
def test_locate_finds_the_report_division(text: str, code: str) -> None:
    assert report_division(read_layout(normalise(text))).code == code


@pytest.mark.parametrize(("value", "code"), [("370214", "370214"), ("城阳区", "370214"), ("桐庐县", "330122")])
def test_a_district_is_named_by_code_or_name(value: str, code: str) -> None:
    assert division_named(value).code == code


RESOLVE_CASES = [
    (AgencyMention(0, 4, "区司法局", rule="table", kind="department", core="司法局", jurisdiction="区"), ("城阳区司法局", "370214")),
    (AgencyMention(0, 2, "区委", rule="table", kind="party_committee", core="委员会", jurisdiction="区"),
     ("中共青岛市城阳区委员会", "370214")),
    (AgencyMention(0, 3, "区政协", rule="table", kind="cppcc", core="政协", jurisdiction="区"), ("政协青岛市城阳区委员会", "370214")),
    (AgencyMention(0, 2, "我区", refers="government", rule="self"), ("城阳区人民政府", "370214")),
    (AgencyMention(0, 3, "青岛市", refers="division", jurisdiction="青岛市", rule="self"), ("青岛市人民政府", "370200")),
    (AgencyMention(0, 5, "省司法厅", rule="table", kind="department", core="司法厅", jurisdiction="省"), ("山东省司法厅", "370000")),
    (AgencyMention(0, 3, "司法部", rule="national", kind="national", core="司法部"), ("司法部", "cn")),
    (AgencyMention(0, 4, "流亭街道", rule="town", kind="grassroots", core="流亭街道"), ("流亭街道办事处", "370214")),
]


@pytest.mark.parametrize(("mention", "expected"), RESOLVE_CASES, ids=lambda c: getattr(c, "text", ""))
def test_resolution_expands_against_the_report_division(mention: AgencyMention, expected: tuple[str, str]) -> None:
    assert Resolver(gazetteer().by_code["370214"]).agency(mention) == expected


def test_a_declared_short_form_names_the_same_body() -> None:
    resolver = Resolver(gazetteer().by_code["410300"])
    full = AgencyMention(0, 15, "市优化营商环境工作领导小组办公室", rule="grammar", kind="generic", core="优化营商环境工作领导小组办公室",
                         jurisdiction="市")
    label, _ = resolver.agency(full, "(以下简称市营商环境办)")
    short = AgencyMention(0, 6, "市营商环境办", rule="grammar", kind="generic", core="营商环境办", jurisdiction="市")
    assert resolver.agency(short)[0] == label == "洛阳市优化营商环境工作领导小组办公室"


SHORT_TITLE_CASES = [
    # (title, the text right after it, a later bare title, what that later title names)
    ("法治政府建设实施纲要(2021—2025年)", "》(以下简称《纲要》)、《某规划》", "纲要", "法治政府建设实施纲要(2021—2025年)"),
    ("洛阳市法治政府建设实施方案(2021—2025年)", "》(简称《方案》)", "方案", "洛阳市法治政府建设实施方案(2021—2025年)"),
    # no declaration: a bare kind names a document of its own (区人大《决定》)
    ("法治政府建设实施纲要(2021—2025年)", "》和区人大《决定》", "决定", "决定"),
    # no declaration, but a title of that kind just named: the bare kind refers back to it (ninety-sixth round)
    ("某市支持民营经济发展条例", "》落地落实,在街道印发学习《条例》", "条例", "某市支持民营经济发展条例"),
    ("2024年某镇普法工作实施意见", "》。《意见》以领导干部为重点", "意见", "2024年某镇普法工作实施意见"),
    # the same title with its span of years written otherwise (lost dash, no 年) is the title first written
    ("法治政府建设实施纲要(20212025年)", "》", "法治政府建设实施纲要(2021—2025年)", "法治政府建设实施纲要(20212025年)"),
    ("法治政府建设实施纲要(2021-2025年)", "》", "法治政府建设实施纲要(2021-2025)", "法治政府建设实施纲要(2021-2025年)"),
]


@pytest.mark.parametrize(("title", "following", "later", "expected"), SHORT_TITLE_CASES)
def test_a_declared_short_title_names_the_same_title(title: str, following: str, later: str, expected: str) -> None:
    resolver = Resolver(gazetteer().by_code["410300"])
    resolver.regulation(title, following)
    assert resolver.regulation(later)[0] == expected


def test_every_reader_counts_the_actions_who_did_what_and_plans_count(districts_dataset, tmp_path: Path) -> None:
    acts = action_rows(districts_dataset)
    done = [a for a in acts if not a.planned]
    plans = [a for a in acts if a.planned]
    assert plans, "the fixtures have next year's plans"
    assert len(rows(run(districts_dataset, "who-did-what"))) == sum(a.target is not None for a in done)
    assert len(rows(run(districts_dataset, "plans"))) == len(plans)
    frame = analytics.actions(districts_dataset)
    assert len(frame) == len(done) and not frame["planned"].any()
    assert analytics.district_comparison(districts_dataset)["actions"].sum() == len(done)
    graph = analytics.to_networkx(districts_dataset)
    assert not any(data["planned"] for _, _, data in graph.edges(data=True))
    [_, edges] = export(districts_dataset, "csv", tmp_path / "g.csv")
    exported = edges.read_text(encoding="utf-8").splitlines()
    assert sum(line.count(",True,") for line in exported) == sum(
        a.target is not None and a.object_class is not None for a in plans)


def test_a_wrong_district_is_one_error_before_any_work(tmp_path: Path) -> None:
    with pytest.raises(Exception, match=r"\[E002\] district='城阳': no such administrative division"):
        api.build([tmp_path / "missing.txt"], district="城阳")


def test_a_sentence_a_stage_fails_on_is_skipped_and_the_rest_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An internal error in one sentence costs that sentence, not the report, and the graph says which."""
    from kg.coverage import coverage
    from kg.graph.build import report_nquads
    from kg.recognise.events import EventRecognizer

    report = tmp_path / "r.txt"
    report.write_text("2023年,桐庐县坚持法治政府建设,依法行政。县司法局召开全县普法工作会议。县政府印发《桐庐县行政执法监督办法》。\n",
                      encoding="utf-8")
    recognise_events = EventRecognizer.__call__

    def failing_on_meetings(self, doc):
        if "普法工作会议" in doc.text:
            raise RuntimeError("boom")
        return recognise_events(self, doc)

    monkeypatch.setattr(EventRecognizer, "__call__", failing_on_meetings)
    record = extract(report)
    assert [s.index for s in record.sentences if s.skipped] == [1]
    assert [(a.verb, a.object[2]) for a in record.actions if a.object] == [("印发", "桐庐县行政执法监督办法")]
    assert coverage(report_nquads(record)).skipped == (1,)


RECOGNISER_CASES = [
    ("Regulation", "区政府印发《城阳区重大行政决策程序规定》《城阳区行政规范性文件管理办法》。",
     ["城阳区重大行政决策程序规定", "城阳区行政规范性文件管理办法"]),
    ("Agency", "区司法局会同区市场监管局开展联合检查。", ["区司法局", "区市场监管局"]),
    ("Agency", "我区持续深化“放管服”改革。", ["我区"]),
    ("Award", "区法律援助中心获评全省公益普法联系点。", ["全省公益普法联系点"]),
    ("Event", "区委依法治区委员会召开全区法治政府建设推进会。", ["全区法治政府建设推进会"]),
    ("Program", "全面推行“一网通办”平台,树牢“四个意识”。", ["“一网通办”平台"]),
    ("Measure", "受理行政复议案件666件,同比下降7%。", ["666件", "7%"]),
    ("Place", "推动城阳区与黄岛区协同立法。", ["城阳区", "黄岛区"]),
]


@pytest.mark.parametrize(("kind", "text", "expected"), RECOGNISER_CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(RECOGNISER_CASES)])
def test_each_recogniser_finds_its_kind(kind: str, text: str, expected: list[str]) -> None:
    context = ReportContext(division_code="370214", division_name="城阳区", level_char="区",
                            chain_names=("城阳区", "青岛市", "山东省"))
    doc = recognise(pipeline(), text, [0], context)
    assert [m.text for m in doc._.mentions.of(kind)] == expected


ACTION_CASES = [
    ("区司法局印发《城阳区行政执法监督办法》。", [("区司法局", "印发", "城阳区行政执法监督办法")]),
    ("持续开展“八五”普法活动。", [(None, "开展", "“八五”普法活动")]),
    ("区检察院与区司法局会签《关于加强行政检察监督的意见》。",
     [("区检察院", "会签", "关于加强行政检察监督的意见"), ("区司法局", "会签", "关于加强行政检察监督的意见")]),
]


@pytest.mark.parametrize(("text", "expected"), ACTION_CASES, ids=[c[0][:8] for c in ACTION_CASES])
def test_actions_take_subject_verb_and_object(text: str, expected: list[tuple]) -> None:
    context = ReportContext(division_code="370214", division_name="城阳区", level_char="区",
                            chain_names=("城阳区", "青岛市", "山东省"))
    doc = recognise(pipeline(), text, [0], context)
    assert [(a.agent.text if a.agent else None, a.verb, a.object.text) for a in doc._.mentions.actions
            if a.object is not None] == expected


@pytest.mark.parametrize(("written", "code"), [("金平县", "532530"), ("恩施州", "422800"), ("恩施市", "422801")])
def test_an_autonomous_division_is_found_by_its_everyday_name(written: str, code: str) -> None:
    """金平苗族瑶族傣族自治县 writes itself 金平县; 恩施土家族苗族自治州 is 恩施州."""
    layout = read_layout(normalise(f"{written}2025年法治政府建设工作报告\n2025年,{written}全面推进依法行政。"))
    assert report_division(layout).code == code
