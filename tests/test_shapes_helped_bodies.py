"""Bodies written right after 推动, 配合 or 协助 and right before a verb (推动省委省政府出台《…》, 配合市人大常委会制定《…》) did
that verb to its object, beside the clause's subject (eighty-seventh round, kg/resources/README.md). Invented sentences;
facts read as ``shapes.facts`` reads them.

- 推动 two bodies written back to back: each did the verb.
- 配合 a congress's standing committee: it made the title.
- 推动 a town: the town did it.
- 推动出台 with no body between: the writer alone.
"""
from pathlib import Path

import pytest

from shapes import build, facts

PROV_TITLE = "江苏省司法厅2021年法治政府建设情况报告"
PROV_DEPT = "江苏省司法厅"
PROV_PARTY = "中共江苏省委员会"
PROV_GOV = "江苏省人民政府"
PROV_CONGRESS = "江苏省人民代表大会常务委员会"
PLAN = "法治江苏建设规划(2021—2025年)"
RULE = "江苏省法治宣传教育条例"

CASES = [
    # (title, shape, text, facts present, facts absent)
    (PROV_TITLE, "推动 two bodies back to back",
     "推动省委省政府出台《法治江苏建设规划(2021—2025年)》。",
     {(PROV_PARTY, "出台", PLAN), (PROV_GOV, "出台", PLAN)}, set()),
    (PROV_TITLE, "配合 a standing committee",
     "配合省人大常委会制定《江苏省法治宣传教育条例》。",
     {(PROV_CONGRESS, "制定", RULE)}, set()),
    (PROV_TITLE, "推动 with the bodies joined by 、",
     "推动省委、省政府出台《法治江苏建设规划(2021—2025年)》。",
     {(PROV_PARTY, "出台", PLAN), (PROV_GOV, "出台", PLAN)}, set()),
    (PROV_TITLE, "no body right before the verb: the writer alone",
     "推动出台《法治江苏建设规划(2021—2025年)》。",
     {(PROV_DEPT, "推动出台", PLAN)}, {(PROV_GOV, "出台", PLAN), (PROV_PARTY, "出台", PLAN)}),
]


@pytest.mark.parametrize("title, shape, text, present, absent", CASES, ids=[c[1] for c in CASES])
def test_helped_bodies(tmp_path: Path, title: str, shape: str, text: str, present: set, absent: set) -> None:
    found = facts(build(tmp_path, title, text))
    assert present <= found, f"{shape}: missing {present - found}\nfound {found}"
    assert not absent & found, f"{shape}: unexpected {absent & found}"
