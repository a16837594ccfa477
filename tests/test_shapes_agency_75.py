"""Agency shapes of the seventy-fifth round (kg/resources/README.md): a body named alone on its line above a report's
first sentence is the site the page sits on, no body written; a five-year plan's period in quotation marks (“八五”普法)
is part of a working body's name. Invented texts, one case per shape, each in a report its title places."""
from pathlib import Path

import pytest

from shapes import assert_agencies

ZEZHOU = "泽州县2022年度法治政府建设的情况报告"
BUREAU = "某省市场监督管理局2020年法治政府建设情况报告"
FANGXIAN = "房县2022年法治政府建设年度报告"
HEIJING = "黑井镇2023年法治政府建设工作报告"

CASES = [
    # (shape, the file's title line, page lines and title, text, labels that must be found, labels that must not)
    ("a justice bureau's site above its county's report", f"# {ZEZHOU}\n\n泽州县司法局\n\n{ZEZHOU}",
     "2022年,我县坚持依法行政,全面推进法治政府建设。", set(), {"泽州县司法局"}),
    ("a county government's site above one of its towns' reports", f"# {HEIJING}\n\n禄丰市人民政府\n首页 >> 乡镇信息公开\n{HEIJING}",
     "2023年,黑井镇坚持依法行政,全面推进法治政府建设。", set(), {"禄丰市人民政府"}),
    ("the same body written in a sentence is still read", f"# {ZEZHOU}\n\n泽州县司法局\n\n{ZEZHOU}",
     "2022年,泽州县司法局牵头开展行政执法督察。", {"泽州县司法局"}, set()),
    ("a title read with no page line above it still names its body", "泽州县司法局2022年度法治政府建设情况报告",
     "2022年,我局坚持依法行政。", {"泽州县司法局"}, set()),
    ("a lecture group whose name holds a quoted plan period", FANGXIAN,
     "2022年,我县组建县“八五”普法宣讲团,开展宣讲120场。", {"房县“八五”普法宣讲团"}, set()),
    ("a leading group set up in a list, its name opening with a quoted plan period", ZEZHOU,
     "2022年,我县调整充实依法行政工作领导小组、“八五”普法工作领导小组。", {"泽州县“八五”普法工作领导小组"}, {"泽州县普法工作领导小组"}),
    ("a leading group whose topic holds a quoted plan period after 和", ZEZHOU,
     "2022年,我县成立了由县长任组长的法治建设和“八五”普法工作领导小组。", {"泽州县法治建设和“八五”普法工作领导小组"},
     {"泽州县普法工作领导小组"}),
    ("another quotation still ends a body's name", ZEZHOU,
     "2022年,我县成立“放管服”改革工作领导小组。", set(), {"泽州县放管服改革工作领导小组"}),
]


@pytest.mark.parametrize("shape, title, text, present, absent", CASES, ids=[c[0] for c in CASES])
def test_agency_shapes_75(tmp_path: Path, shape: str, title: str, text: str, present: set[str], absent: set[str]) -> None:
    assert_agencies(tmp_path, title, text, present, absent)
