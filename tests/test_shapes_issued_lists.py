"""Who issued what: the lists on both sides of 某部印发(的)《…》. Joint issuers parted by a space alone
(中共中央办公厅 国务院办公厅印发《…》) each issued the title, and titles written back to back after it were issued by
the same bodies, up to a title named after a place, which is that place's own. Invented sentences; facts read as
``shapes.facts`` reads them."""
from pathlib import Path

import pytest

from shapes import build, facts

CHENGYANG = "城阳区2023年法治政府建设年度报告"

FOUND = [
    # (shape, text, facts (agent, verb as written, object) that must be found)
    ("joint issuers parted by a space",
     "根据中共中央办公厅 国务院办公厅印发《法治政府建设与责任落实督察工作规定》,现将有关情况报告如下:",
     {("中共中央办公厅", "印发", "法治政府建设与责任落实督察工作规定"),
      ("国务院办公厅", "印发", "法治政府建设与责任落实督察工作规定")}),
    ("titles back to back after 印发的",
     "根据中共中央、国务院印发的《法治政府建设实施纲要(2021-2025年)》《法治政府建设与责任落实督察工作规定》,"
     "现将有关情况报告如下:",
     {("中共中央", "印发", "法治政府建设实施纲要(2021-2025年)"), ("中共中央", "印发", "法治政府建设与责任落实督察工作规定"),
      ("国务院", "印发", "法治政府建设实施纲要(2021-2025年)"), ("国务院", "印发", "法治政府建设与责任落实督察工作规定")}),
]

NOT_FOUND = [
    # (shape, text, facts that must not be found)
    ("a title named after a place ends the list of what the first issuers issued",
     "按照中共中央、国务院印发的《法治政府建设实施纲要(2021-2025年)》《青岛市法治政府建设实施方案(2021-2025年)》要求,"
     "推进法治政府建设。",
     {("中共中央", "印发", "青岛市法治政府建设实施方案(2021-2025年)"),
      ("国务院", "印发", "青岛市法治政府建设实施方案(2021-2025年)")}),
]


@pytest.mark.parametrize("shape, text, expected", FOUND, ids=[c[0] for c in FOUND])
def test_issued_lists(tmp_path: Path, shape: str, text: str, expected: set[tuple[str, str, str]]) -> None:
    found = facts(build(tmp_path, CHENGYANG, text))
    assert expected <= found, f"{shape}: missing {expected - found}"


@pytest.mark.parametrize("shape, text, unexpected", NOT_FOUND, ids=[c[0] for c in NOT_FOUND])
def test_issued_lists_stop(tmp_path: Path, shape: str, text: str, unexpected: set[tuple[str, str, str]]) -> None:
    found = facts(build(tmp_path, CHENGYANG, text))
    assert not unexpected & found, f"{shape}: unexpected {unexpected & found}"
    assert ("中共中央", "印发", "法治政府建设实施纲要(2021-2025年)") in found
