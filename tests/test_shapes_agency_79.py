"""Agency shapes of the seventy-ninth round (kg/resources/README.md): a town's or street's own units written bare in its
own report (信访办, 综合行政执法大队, 法治政府建设工作专班 …, `town_units.txt`), and a numbered inspection team sent by a
party committee (市委第八巡察组, named with the committee's short name) or a central body (中央依法治国办第七督察组,
named as written). Invented texts, one case per shape, each in a report
its title places."""
from pathlib import Path

import pytest

from shapes import assert_agencies

TOWN = "重庆市荣昌区仁和镇2024年法治政府建设情况报告"
STREET = "重庆市江北区郭家沱街道2023年法治政府建设情况报告"
BUREAU = "深圳市司法局2022年法治政府建设情况报告"
PROVINCE = "海南省2021年法治政府建设情况报告"

CASES = [
    # (shape, title, text, labels that must be found, labels that must not)
    ("a town's petition office written bare", TOWN,
     "镇党委牵头,综合办、司法所、信访办等多个部门联动化解矛盾纠纷。", {"仁和镇信访办"}, set()),
    ("a town's law-enforcement brigade after 镇", TOWN,
     "今年以来,镇综合行政执法大队共办理行政处罚案件12件。", {"仁和镇综合行政执法大队"}, set()),
    ("a town's task force for rule-of-law government", TOWN,
     "成立由镇长任组长的法治政府建设工作专班,调度各项任务。", {"仁和镇法治政府建设工作专班"}, set()),
    ("a street's rule-of-law office after 街道", STREET,
     "加强机构建设。对街道法治政府建设办公室人员进行充实调整。", {"郭家沱街道法治政府建设办公室"}, set()),
    ("a town's public legal service station after 镇", TOWN,
     "支持镇公共法律服务工作站建设,完善法律顾问制度。", {"仁和镇公共法律服务工作站"}, set()),
    ("a county's unit after its county is not the town's", TOWN,
     "区信访办督促各镇落实信访工作责任。", set(), {"仁和镇信访办"}),
    ("a city committee's numbered inspection team", BUREAU,
     "全面从严治党,完成了市委第八巡察组反馈意见的整改。", {"深圳市委第八巡察组"}, {"深圳市第八巡察组"}),
    ("a central office's numbered inspection team", PROVINCE,
     "加强中央依法治国办第七督察组对我省开展督察反馈问题的整改。",
     {"中央依法治国办第七督察组"}, {"中央全面依法治国委员会办公室"}),
    ("a team joined to another by 和 is not read into the first", BUREAU,
     "完成了市委第八巡察组和第五专项巡察组反馈意见的整改。", {"深圳市委第八巡察组"},
     {"深圳市委第八巡察组和第五专项巡察组"}),
    ("a team inside a title stays shielded", BUREAU,
     "研究制定《市委第二巡察组巡察反馈意见整改方案》。", set(), {"深圳市委第二巡察组"}),
]


@pytest.mark.parametrize("shape, title, text, present, absent", CASES, ids=[c[0] for c in CASES])
def test_agency_shapes_79(tmp_path: Path, shape: str, title: str, text: str, present: set[str], absent: set[str]) -> None:
    assert_agencies(tmp_path, title, text, present, absent)
