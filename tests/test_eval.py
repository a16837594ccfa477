"""The project's own scorer on the reference report and on reports written for the tests."""
from pathlib import Path

import pytest

from kg import api
from kg.evaluate import TYPES, GoldEntry, load_gold, score

FIXTURES = Path(__file__).resolve().parent / "fixtures"
ROOT = Path(__file__).resolve().parents[1]
THRESHOLD_F1, THRESHOLD_FACTS, THRESHOLD_SUPPORTED = 0.85, 0.75, 0.90
# gold/: the reports the rules were developed on; heldout/gold/: reports kept apart to measure generalisation.
GOLDS = sorted((FIXTURES / "gold").glob("*.json")) + sorted((FIXTURES / "heldout" / "gold").glob("*.json"))
CASES = [(gold.stem, t) for gold in GOLDS for t in TYPES]
# Held-out results below the bar, kept visible rather than tuned away.
KNOWN_GAPS = {
    ("beishan-jd-2024", "Event"): "campaign activities (“…”主题宣传活动) and 述法 sessions are not taken for events; "
                                  "the reference annotation does not count such activities as events either",
}


@pytest.fixture(scope="module")
def scores():
    out = {}
    for gold_path in GOLDS:
        built = api.build([gold_path.parent.parent / "reports" / f"{gold_path.stem}.txt"])
        dataset, failures = built.dataset, built.failures
        assert not failures
        out[gold_path.stem] = score(dataset, load_gold(gold_path))
    return out


@pytest.mark.parametrize("doc,type_", [
    pytest.param(d, t, marks=pytest.mark.xfail(reason=KNOWN_GAPS[(d, t)], strict=True)) if (d, t) in KNOWN_GAPS else (d, t)
    for d, t in CASES])
def test_entity_f1_on_written_reports(scores, doc: str, type_: str) -> None:
    result = scores[doc].entities[type_]
    assert result.f1 is None or result.f1 >= THRESHOLD_F1, (result.missed, result.false_positives)


@pytest.mark.parametrize("doc", [gold.stem for gold in GOLDS])
def test_facts_on_written_reports(scores, doc: str) -> None:
    result = scores[doc]
    assert result.fact_recall >= THRESHOLD_FACTS, result.missed_facts
    assert result.supported >= THRESHOLD_SUPPORTED


def test_reference_report_scores(reference_dataset) -> None:
    gold = {
        "entities": {"Agency": [{"name": "城阳区司法局", "aliases": ["区司法局"]}, {"name": "城阳区税务局"}],
                     "Award": [{"name": "全国“八五”普法中期表现突出单位"}]},
        "facts": [{"actor": "城阳区税务局", "relation": "荣获", "object": "全国“八五”普法中期表现突出单位"}],
    }
    result = score(reference_dataset, gold)
    assert result.entities["Award"].recall == 1.0 and result.fact_recall == 1.0


def test_a_corpus_folder_may_hold_saved_pages(tmp_path: Path) -> None:
    """``kg eval FOLDER`` reads a report saved as a page (reports/ID.html) as it reads reports/ID.txt."""
    from kg.evaluate import score_corpus

    stem = GOLDS[0].stem
    text = (GOLDS[0].parent.parent / "reports" / f"{stem}.txt").read_text(encoding="utf-8")
    (tmp_path / "reports").mkdir()
    (tmp_path / "gold").mkdir()
    page = "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip() and not line.startswith("#"))
    title = text.splitlines()[0].lstrip("# ")
    (tmp_path / "reports" / f"{stem}.html").write_text(
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><h1>{title}</h1>{page}</body></html>",
        encoding="utf-8")
    (tmp_path / "gold" / f"{stem}.json").write_text(GOLDS[0].read_text(encoding="utf-8"), encoding="utf-8")
    corpus = score_corpus(tmp_path)
    assert not corpus.failures
    assert corpus.reports[stem].fact_recall > 0.5


# A small annotation of the reference report: one fact found, one whose two ends are extracted but not joined by
# any row (the action rules failed it), one whose object no recogniser finds (it waits on an entity).
_FACT_GOLD = {
    "entities": {
        "Agency": [{"name": "城阳区人民政府", "aliases": ["区政府"]}, {"name": "城阳区司法局"}],
        "Award": [{"name": "全市2023年度法治为民实事"}],
        "Award_optional": [{"name": "全省2024年度县(市、区)党政主要负责人推进法治建设重点项目"}],
        "Program": [{"name": "某某无人写过的示范工程"}],
    },
    "facts": [
        {"actor": "城阳区人民政府", "relation": "入选", "object": "全市2023年度法治为民实事"},
        {"actor": "城阳区司法局", "relation": "入选", "object": "全市2023年度法治为民实事"},
        {"actor": "城阳区人民政府", "relation": "实施", "object": "某某无人写过的示范工程"},
    ],
}


@pytest.mark.parametrize("fact,missed,unlinked", [
    ("城阳区人民政府 —入选→ 全市2023年度法治为民实事", False, False),
    ("城阳区司法局 —入选→ 全市2023年度法治为民实事", True, True),
    ("城阳区人民政府 —实施→ 某某无人写过的示范工程", True, False),
])
def test_missed_facts_tell_linking_from_entities(reference_dataset, fact: str, missed: bool, unlinked: bool) -> None:
    result = score(reference_dataset, _FACT_GOLD)
    assert (fact in result.missed_facts, fact in result.unlinked_facts) == (missed, unlinked)


def test_fact_precision_counts_rows_between_annotated_entities(reference_dataset) -> None:
    """The government's rows to the two awards are judged (the optional one too) and one of them is a gold
    fact; 流亭街道办事处's row to an award is not judged, as the annotation names no such body."""
    result = score(reference_dataset, _FACT_GOLD)
    assert (result.correct_rows, result.judged_rows, result.fact_precision) == (1, 2, 0.5)


@pytest.mark.parametrize("writer,lost", [
    ("城阳区人民政府", False),  # the graph's name of the reporting body: the fact is found
    ("青岛市城阳区人民政府", True),  # another name of the same body: every fact of it is missed for the name alone
])
def test_facts_lost_to_the_reporting_bodys_name_are_told_apart(reference_dataset, writer: str, lost: bool) -> None:
    gold = {
        "actor_aliases": {writer: ["区政府"]},
        "entities": {"Agency": [{"name": writer}], "Award": [{"name": "全市2023年度法治为民实事"}]},
        "facts": [{"actor": writer, "relation": "入选", "object": "全市2023年度法治为民实事"}],
    }
    result = score(reference_dataset, gold)
    assert (result.fact_recall, bool(result.writer_facts)) == (0.0 if lost else 1.0, lost)


@pytest.mark.parametrize("label,gold_name,same", [
    ("证照分离改革", "“證照分離”改革", True),  # a Traditional page's gold, the graph's Simplified label
    ("综窗2.0改革", "綜窗2.0改革", True),
    ("《哈尔滨市优化营商环境条例》", "哈爾濱市優化營商環境條例", True),
    ("证照联办", "證照分離", False),  # the script is folded, the words still have to agree
])
def test_traditional_gold_names_match_simplified_labels(label: str, gold_name: str, same: bool) -> None:
    assert GoldEntry.of({"name": gold_name}).same(label, exact=True) is same
