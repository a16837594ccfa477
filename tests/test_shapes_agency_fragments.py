"""Fragments that name no body (seventy-third and seventy-fourth rounds, kg/resources/README.md): a task force founded
with no topic; a level character after 驻 (驻区), or an office's alias before 字 (市办字〔…〕), is no prefix of a party
office; 办 after a bare level with no 委 (治区办 of 依法治区办) is no party office of the district. Invented sentences,
one case per shape, each in a report its title places."""
from pathlib import Path

import pytest

from shapes import assert_agencies

XIAN_BUREAU = "西安市应急管理局2019年法治政府建设年度报告"
CHENGYANG = "城阳区2023年法治政府建设年度报告"
ZHONGYUAN = "中原区2024年法治政府建设年度报告"
CHENGYANG_BUREAU = "城阳区司法局2023年法治政府建设年度报告"

CASES = [
    # (shape, title, text, labels that must be found, labels that must not)
    ("a task force founded with no topic (组建工作专班) names no body", CHENGYANG_BUREAU,
     "制定工作计划,组建工作专班,建立以党政一把手为第一责任人的领导小组。", set(), {"工作专班", "城阳区工作专班"}),
    ("a rectification task force founded bare (设立整改专班) names no body", CHENGYANG,
     "热线设立整改专班,承办单位接诉即办。", set(), {"整改专班"}),
    ("an office's alias before 字 is a document number (市办字〔2019〕), no office", XIAN_BUREAU,
     "印发《2019年法治政府建设工作要点》(市办字〔2019〕12号)。", set(), {"西安市办公室"}),
    ("a level character after 驻 is a scope (驻区办公企业), no prefix", CHENGYANG,
     "法庭成立法官工作室,收集驻区办公企业的法律服务需求。", set(), {"城阳区办公室"}),
    ("a region's party committee (自治区党委) is still read", "日喀则市2023年法治政府建设年度报告",
     "认真贯彻落实自治区党委、自治区人民政府决策部署。", {"中共西藏自治区委员会", "西藏自治区人民政府"}, set()),
    ("the party office written 区委办 is still read", CHENGYANG,
     "区委办、区政府办联合印发通知。", {"中共青岛市城阳区委办公室"}, set()),
    ("治区办 (依法治区办 written short) names no party office of the district", ZHONGYUAN,
     "区委副书记、政法委书记、治区办主任主持召开会议。", set(), {"中原区办公室", "郑州市中原区办公室"}),
    ("治区办 after a list names no party office either", CHENGYANG,
     "按照全市统一部署,治区办牵头组织开展督察。", set(), {"城阳区办公室", "青岛市城阳区办公室"}),
    ("依法治区办 written whole is still read", CHENGYANG,
     "区委依法治区办牵头开展督察。", {"城阳区委全面依法治区委员会办公室"}, set()),
]


@pytest.mark.parametrize("shape, title, text, present, absent", CASES, ids=[c[0] for c in CASES])
def test_fragments_that_name_no_body(tmp_path: Path, shape: str, title: str, text: str, present: set[str], absent: set[str]) -> None:
    assert_agencies(tmp_path, title, text, present, absent)
