"""Agency shapes of the seventy-fourth round (kg/resources/README.md): 办 after a bare level with no 委 (治区办 of
依法治区办) is no party office of the district. Invented sentences, one case per shape, each in a report its title places."""
from pathlib import Path

import pytest

from shapes import assert_agencies

ZHONGYUAN = "中原区2024年法治政府建设年度报告"
CHENGYANG = "城阳区2023年法治政府建设年度报告"

CASES = [
    # (shape, title, text, labels that must be found, labels that must not)
    ("治区办 (依法治区办 written short) names no party office of the district", ZHONGYUAN,
     "区委副书记、政法委书记、治区办主任主持召开会议。", set(), {"中原区办公室", "郑州市中原区办公室"}),
    ("治区办 after a list names no party office either", CHENGYANG,
     "按照全市统一部署,治区办牵头组织开展督察。", set(), {"城阳区办公室", "青岛市城阳区办公室"}),
    ("the party office written 区委办 is still read", CHENGYANG,
     "区委办、区政府办联合印发通知。", {"中共青岛市城阳区委办公室"}, set()),
    ("依法治区办 written whole is still read", CHENGYANG,
     "区委依法治区办牵头开展督察。", {"城阳区委全面依法治区委员会办公室"}, set()),
]


@pytest.mark.parametrize("shape, title, text, present, absent", CASES, ids=[c[0] for c in CASES])
def test_agency_shapes_74(tmp_path: Path, shape: str, title: str, text: str, present: set[str], absent: set[str]) -> None:
    assert_agencies(tmp_path, title, text, present, absent)
