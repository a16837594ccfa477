"""A town or street the title names after its county writes the report, even where the recogniser splits its name:
a town whose name holds 市 (石市镇 read as 市 and 镇人民政府), a street named by a common word (车站街道 read as a bare
车站), a township (乡) the title writes by its short name. Invented titles, one per shape (ninety-third round)."""
from pathlib import Path

import pytest

from shapes import reporting_body

TOWN_TITLES = [
    # (title, reporting body)
    ("开州区石市镇人民政府2023年法治政府建设年度报告", "石市镇人民政府"),
    ("綦江区沙市镇人民政府2023年法治政府建设年度报告", "沙市镇人民政府"),
    ("武陵区车站街道办事处2023年法治政府建设年度报告", "车站街道办事处"),
    ("常德市武陵区火车站街道2023年法治政府建设年度报告", "火车站街道办事处"),
    ("乐都区中坝藏族乡2023年法治政府建设年度报告", "中坝藏族乡人民政府"),
    # a town the recogniser reads whole keeps its name, and a county's own report stays its government's
    ("德清县新市镇人民政府2024年法治政府建设年度报告", "新市镇人民政府"),
    ("湘潭县花石乡2023年法治政府建设年度报告", "花石乡人民政府"),
    ("湘潭县2023年法治政府建设年度报告", "湘潭县人民政府"),
    ("湘潭县司法局2023年法治政府建设年度报告", "湘潭县司法局"),
    # a town written after its county's short name is read whole: the short name is no part of the town
    ("陆丰博美镇2024年法治政府建设年度报告", "博美镇人民政府"),
    ("醴陵枫林镇2022年法治政府建设年度报告", "枫林镇人民政府"),
]


@pytest.mark.parametrize("title, body", TOWN_TITLES, ids=[t[1] for t in TOWN_TITLES])
def test_town_the_title_names_writes_the_report(tmp_path: Path, title: str, body: str) -> None:
    assert reporting_body(tmp_path, f"{title}\n2023年,坚持依法行政。\n") == body
