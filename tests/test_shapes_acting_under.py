"""Words of acting under documents: 遵照 reads as 按照 does, each title it lists being what the body acted under.
Invented sentences; facts read as ``shapes.facts`` reads them."""
from pathlib import Path

import pytest

from shapes import build, facts

TOWN = "塘栖镇法治政府建设年度报告(2024年度)"

FOUND = [
    ("遵照 and the titles it lists",
     "遵照《法治政府建设实施纲要(2021-2025年)》《杭州市2024年法治政府建设工作要点》等文件要求,全面推进依法行政。",
     {("塘栖镇人民政府", "遵照", "法治政府建设实施纲要(2021-2025年)"),
      ("塘栖镇人民政府", "遵照", "杭州市2024年法治政府建设工作要点")}),
]


@pytest.mark.parametrize("shape, text, expected", FOUND, ids=[c[0] for c in FOUND])
def test_acting_under(tmp_path: Path, shape: str, text: str, expected: set[tuple[str, str, str]]) -> None:
    found = facts(build(tmp_path, TOWN, text))
    assert expected <= found, f"{shape}: missing {expected - found}"
