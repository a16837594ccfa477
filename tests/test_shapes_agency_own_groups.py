"""Agency shapes of the ninetieth round (kg/resources/README.md): a department's or commission's own leading group written
with its one-character self word. Invented texts, one case per shape, each in a report its title places:
- a commission that writes itself 委 before its own group (担任委法治建设领导小组组长) names the commission's group, 委
  written once.
"""
from pathlib import Path

import pytest

from shapes import assert_agencies

SUINING_BUREAU = "遂宁市民政局2022年法治政府建设情况报告"
TIANJIN_COMMISSION = "天津市交通运输委员会2023年法治政府建设情况报告"
YIYANG = "益阳市2025年法治政府建设情况报告"
TAOYUAN = "桃源县2019年法治政府建设情况报告"

CASES = [
    # (shape, title, text, labels that must be found, labels that must not)
    ("a bureau's own group after a verb is read as before", SUINING_BUREAU,
     "及时调整局法治政府建设工作领导小组。", {"遂宁市民政局法治政府建设工作领导小组"}, set()),
    ("a commission's own group written 委…领导小组", TIANJIN_COMMISSION,
     "主要负责同志亲自担任委法治建设领导小组组长,全面统筹。",
     {"天津市交通运输委员会法治建设领导小组"}, {"天津市交通运输委员会委法治建设领导小组"}),
    ("组织部分 is 组织 + 部分, no 组织部", YIYANG,
     "组织部分县市区和市直单位开展法治督察。", set(), {"益阳市组织部", "中共益阳市委组织部"}),
    ("政府部分 is 政府 + 部分, no 人民政府部", TAOYUAN,
     "完成了县政府部分工作部门职责调整。", set(), {"桃源县人民政府部"}),
    ("市委组织部 written whole is still read", YIYANG,
     "市委组织部牵头开展法治培训。", {"中共益阳市委组织部"}, set()),
]


@pytest.mark.parametrize("shape, title, text, present, absent", CASES, ids=[c[0] for c in CASES])
def test_own_group_shape(tmp_path: Path, shape: str, title: str, text: str, present: set[str], absent: set[str]) -> None:
    assert_agencies(tmp_path, title, text, present, absent)
