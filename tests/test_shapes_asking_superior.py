"""报请 asks a superior body to approve: it acts on the bodies listed right after it, on nothing later in the clause
(the title sent up, the bodies it goes on to), nor on bodies told before it (seventy-fourth round,
kg/resources/README.md). Invented sentences; facts read as ``shapes.facts`` reads them."""
from pathlib import Path

import pytest

from shapes import build, facts

BUREAU = "西安市市场监督管理局2023年法治政府建设情况报告"
WRITER = "西安市市场监督管理局"

CASES = [
    ("the bodies listed right after 报请, not the title nor the bodies it goes on to",
     "及时报请市委、市政府将《西安市2022年法治政府建设情况的报告》上报省委、省政府。",
     {(WRITER, "报请", "中共西安市委员会"), (WRITER, "报请", "西安市人民政府")},
     {(WRITER, "报请", "西安市2022年法治政府建设情况的报告"), (WRITER, "报请", "中共陕西省委员会"),
      (WRITER, "报请", "陕西省人民政府")}),
    ("报请 a body to approve",
     "按程序报请市人民政府批准后,正式公布实施。",
     {(WRITER, "报请", "西安市人民政府")}, set()),
    ("经报请 and the body's short form",
     "经报请市委编办同意,向5个直属分局派驻执法中队。",
     {(WRITER, "报请", "中共西安市委机构编制委员会办公室")}, set()),
    ("bodies told before 报请 are not what it acts on",
     "局法规处每季度向市委市政府报请审阅行政执法工作情况报告。",
     set(), {(WRITER, "报请", "中共西安市委员会"), (WRITER, "报请", "西安市人民政府")}),
]


@pytest.mark.parametrize("shape, text, present, absent", CASES, ids=[c[0] for c in CASES])
def test_asking_superior(tmp_path: Path, shape: str, text: str, present: set, absent: set) -> None:
    found = facts(build(tmp_path, BUREAU, text))
    assert present <= found, f"{shape}: missing {present - found}"
    assert not absent & found, f"{shape}: unexpected {absent & found}"
