"""The project's own scorer on the reference report and on reports written for the tests."""
from pathlib import Path

import pytest

from kg import api
from kg.evaluate import TYPES, load_gold, score

FIXTURES = Path(__file__).resolve().parent / "fixtures"
ROOT = Path(__file__).resolve().parents[1]
THRESHOLD_F1, THRESHOLD_FACTS, THRESHOLD_SUPPORTED = 0.85, 0.75, 0.90
CASES = [(doc.stem, t) for doc in sorted((FIXTURES / "gold").glob("*.json")) for t in TYPES]


@pytest.fixture(scope="module")
def scores():
    out = {}
    for gold_path in sorted((FIXTURES / "gold").glob("*.json")):
        dataset, failures = api.build([FIXTURES / "reports" / f"{gold_path.stem}.txt"])
        assert not failures
        out[gold_path.stem] = score(dataset, load_gold(gold_path))
    return out


@pytest.mark.parametrize("doc,type_", CASES)
def test_entity_f1_on_written_reports(scores, doc: str, type_: str) -> None:
    result = scores[doc].entities[type_]
    assert result.f1 is None or result.f1 >= THRESHOLD_F1, (result.missed, result.false_positives)


@pytest.mark.parametrize("doc", sorted(p.stem for p in (FIXTURES / "gold").glob("*.json")))
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
