"""Coverage: a report's quiet sentences and sections, and its density of facts against the corpus median."""
from pathlib import Path

import pytest

from kg.coverage import coverage, median_per_kchar, record_coverage
from kg.extract import extract
from kg.graph.build import report_nquads

HEAD = "城阳区2024年法治政府建设情况报告\n一、主要举措和成效\n"
CASES = [
    # (body, sentences with an action verb and no fact, top-level sections with no fact, sparse, worth a line)
    ("区司法局印发《城阳区行政执法工作规范》。区政府开展“八五”普法。\n", 0, (), False, False),
    ("区司法局印发《城阳区行政执法工作规范》。区政府积极推进各项工作。\n", 1, (), False, False),
    ("区政府积极推进各项工作。区司法局持续加强队伍建设。区政府开展“八五”普法。\n", 2, (), False, True),
    ("全区上下积极推进各项工作,不断完善工作机制,持续加强队伍建设,认真研究部署。\n二、存在的不足\n区政府开展“八五”普法。\n",
     1, ("主要举措和成效",), False, True),
    ("区政府开展“八五”普法。\n二、存在的不足和原因\n区政府推进工作还不够有力。\n", 1, (), False, False),
    ("区政府开展“八五”普法。" + "全区上下团结一心,各项工作稳中有进,群众满意度稳步提升。" * 12 + "\n", 0, (), True, True),
]


@pytest.mark.parametrize("body, quiet, silent, sparse, flagged", CASES)
def test_quiet_places_are_counted(tmp_path: Path, body: str, quiet: int, silent: tuple[str, ...], sparse: bool,
                                  flagged: bool) -> None:
    """A shortcomings section states no work done, so it is not silent; a few quiet sentences are no alarm."""
    path = tmp_path / "chengyang-2024.txt"
    path.write_text(HEAD + body, encoding="utf-8")
    record = extract(path)
    found = coverage(report_nquads(record))
    assert (len(found.quiet_sentences), found.silent_sections, found.sparse) == (quiet, silent, sparse)
    assert found.quiet == flagged
    assert record_coverage(record) == found


ROOT = Path(__file__).resolve().parents[1]
REPORTS = sorted((ROOT / "tests" / "fixtures" / "reports").glob("*.txt")) + sorted((ROOT / "data" / "reports").glob("*.txt"))


@pytest.mark.parametrize("path", REPORTS, ids=[p.stem for p in REPORTS])
def test_a_record_gives_the_coverage_of_its_graph(path: Path) -> None:
    """A report extracted in this build has its coverage read from its record, one from the cache from its N-Quads."""
    record = extract(path)
    assert record_coverage(record) == coverage(report_nquads(record))


@pytest.mark.parametrize("title, first, unplaced", [
    ("高新区综合治理局2021年法治政府建设年度报告", "2021年,高新区综合治理局坚持依法行政。", True),
    ("十堰某某产业园区2023年法治政府建设情况报告", "2023年,园区管委会坚持依法行政。", False),
])
def test_a_zone_in_no_division_is_told_from_the_record_too(tmp_path: Path, title: str, first: str, unplaced: bool) -> None:
    path = tmp_path / "report.txt"
    path.write_text(f"{title}\n{first}\n", encoding="utf-8")
    record = extract(path)
    assert record_coverage(record).unplaced == coverage(report_nquads(record)).unplaced == unplaced


def test_shipped_median_is_a_density() -> None:
    assert 1 < median_per_kchar() < 50
