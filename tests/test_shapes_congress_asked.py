"""A people's congress asked to review drafts (eightieth round, kg/resources/README.md). Invented sentences; facts read
as ``shapes.facts`` reads them.

- 提请市人大常委会审议《…条例》《…条例》: the congress asked to review (审议, 审查) has not acted on the drafts yet; the golds
  record a congress passing a law (审议通过, 批准), never its being asked to review one. No row joins it to the drafts.
- A body asked to do anything else (提请市委召开…会议) still did it, beside the body that asked.
"""
from pathlib import Path

import pytest

from shapes import build, facts

CITY_TITLE = "青岛市人民政府2022年法治政府建设情况报告"
CONGRESS = "青岛市人民代表大会常务委员会"
LAW_A = "青岛市停车场条例"
LAW_B = "青岛市教育督导条例"

CASES = [
    # (title, shape, text, facts present, facts absent)
    (CITY_TITLE, "提请 the congress to 审议 two drafts",
     f"市政府提请市人大常委会审议《{LAW_A}》《{LAW_B}》等2件地方性法规草案。",
     set(), {(CONGRESS, "审议", LAW_A), (CONGRESS, "审议", LAW_B)}),
    (CITY_TITLE, "提请 the congress to 审议 one draft after a clause",
     f"围绕保障经济高质量发展加强立法工作,提请市人大常委会审议《{LAW_A}》等地方性法规草案3件。",
     set(), {(CONGRESS, "审议", LAW_A)}),
    (CITY_TITLE, "提请 the congress to 审查 a draft",
     f"提请市人大常委会审查《{LAW_B}》。",
     set(), {(CONGRESS, "审查", LAW_B)}),
    (CITY_TITLE, "提请 the congress to 审议通过 a draft stays a fact",
     f"市政府提请市人大常委会审议通过《{LAW_A}》。",
     {(CONGRESS, "审议通过", LAW_A)}, set()),
    (CITY_TITLE, "提请 the party committee to 召开 a meeting stays a fact",
     "提请市委召开市委全面依法治市委员会第二次会议。",
     {("中共青岛市委员会", "召开", "市委全面依法治市委员会第二次会议")}, set()),
]


@pytest.mark.parametrize("title, shape, text, present, absent", CASES, ids=[c[1] for c in CASES])
def test_congress_asked(tmp_path: Path, title: str, shape: str, text: str, present: set, absent: set) -> None:
    found = facts(build(tmp_path, title, text))
    assert present <= found, f"{shape}: missing {present - found}"
    assert not absent & found, f"{shape}: unexpected {absent & found}"
