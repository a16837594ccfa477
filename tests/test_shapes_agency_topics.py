"""Agency shapes of the eighty-sixth round (kg/resources/README.md). Invented texts, one case per shape, each in a
report its title places: a year's 年 after its digits, and 由 or 为 before a level's or a town's word, open no leading
group's topic (召开2022年某镇…领导小组会议, 由镇…领导小组牵头, 将…领导小组调整为市…领导小组); a topic opening with the
report's own words is read as before. A bare 政府 listed right after a party committee that names its division or level
(在廊坊市委、政府的坚强领导下, 自治区党委、政府) is that division's government; 各级党委、政府 names none.
"""
from pathlib import Path

import pytest

from shapes import assert_agencies

XUXING = "上海市嘉定区徐行镇2022年法治政府建设情况报告"
GAOFENG = "垫江县高峰镇2025年法治政府建设情况报告"
HUAIBEI = "淮北市2020年法治政府建设情况报告"
BAZHOU = "霸州市2023年法治政府建设情况报告"
XIZANG_BUREAU = "西藏自治区农业农村厅2025年法治政府建设情况报告"

CASES = [
    # (shape, title, text, labels that must be found, labels that must not)
    ("a year's 年 opens no group's topic", XUXING,
     "召开了2022年徐行镇法治建设工作领导小组工作会议。", {"徐行镇法治建设工作领导小组"},
     {"年徐行镇法治建设工作领导小组"}),
    ("由 before a town's word opens no group's topic", GAOFENG,
     "我镇落实第一责任人职责,由镇法治政府建设领导小组牵头推进。", {"高峰镇法治政府建设领导小组"},
     {"由镇法治政府建设领导小组"}),
    ("为 before a level's word opens no group's topic", HUAIBEI,
     "在全省率先将市依法行政工作领导小组调整为市法治政府建设工作领导小组。", {"淮北市法治政府建设工作领导小组"},
     {"淮北市为市法治政府建设工作领导小组"}),
    ("a group's topic opening with its own words is read as before", GAOFENG,
     "成立由镇党委书记任组长的法治政府建设领导小组。", {"高峰镇法治政府建设领导小组"}, set()),
    ("a bare 政府 after a city's committee is the city's government", BAZHOU,
     "2023年,在廊坊市委、政府和霸州市委的坚强领导下,我市坚持依法行政。", {"廊坊市人民政府", "中共廊坊市委员会"}, set()),
    ("a bare 政府 after a region's committee is the region's government", XIZANG_BUREAU,
     "2025年,在自治区党委、政府的坚强领导下,我厅坚持依法行政。", {"西藏自治区人民政府"}, set()),
    ("a bare 政府 after every level's committees names no government", XIZANG_BUREAU,
     "推动各级党委、政府主要负责人履行职责。", set(), {"西藏自治区人民政府"}),
]


@pytest.mark.parametrize("shape, title, text, present, absent", CASES, ids=[c[0] for c in CASES])
def test_agency_shape(tmp_path: Path, shape: str, title: str, text: str, present: set[str], absent: set[str]) -> None:
    assert_agencies(tmp_path, title, text, present, absent)
