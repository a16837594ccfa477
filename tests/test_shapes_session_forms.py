"""The party's routine study sessions named bare (落实“第一议题”, 开展“三会一课”, `study_session_forms.txt`) are the forms a
body studies in, not a programme any verb acts on: no row on them. Named with their system or their study right after
them (“第一议题”制度, “第一议题”学习), put in (列入…“第一议题”) or led by a verb of using (依托“三会一课”), they keep their
rows (eighty-fifth round, kg/resources/README.md). Invented sentences; facts read as ``shapes.facts`` reads them."""
from pathlib import Path

import pytest

from shapes import build, facts

TITLE = "重庆市荔湾区司法局2024年法治政府建设情况报告"
WRITER = "荔湾区司法局"

DROPPED = [
    ("落实 a bare 第一议题", "认真落实“第一议题”,全年集中学习习近平法治思想12次。", "第一议题"),
    ("开展 a bare 三会一课", "各党支部扎实开展“三会一课”,深入学习宪法和法律法规。", "三会一课"),
    ("坚持 a bare 第一议题, after a clause break", "局党组带头学法,坚持“第一议题”,全年专题学习宪法6次。", "第一议题"),
]

KEPT = [
    ("the session's system", "严格落实“第一议题”制度,全年集中学习12次。", "第一议题"),
    ("the session's study", "全年开展“第一议题”学习34次。", "第一议题"),
    ("put in the session", "将学习贯彻习近平法治思想列入局党组会“第一议题”、局务会议重要议程。", "第一议题"),
    ("a verb of using leads", "依托“三会一课”、主题党日等载体,组织开展法治学习。", "三会一课"),
]


@pytest.mark.parametrize("shape, text, session", DROPPED, ids=[c[0] for c in DROPPED])
def test_bare_session_gets_no_row(tmp_path: Path, shape: str, text: str, session: str) -> None:
    found = facts(build(tmp_path, TITLE, text))
    assert not {f for f in found if f[2].strip("“”") == session}, f"{shape}: unexpected {found}"


@pytest.mark.parametrize("shape, text, session", KEPT, ids=[c[0] for c in KEPT])
def test_named_or_used_session_keeps_its_row(tmp_path: Path, shape: str, text: str, session: str) -> None:
    found = facts(build(tmp_path, TITLE, text))
    assert {f for f in found if f[0] == WRITER and session in f[2]}, f"{shape}: no row in {found}"
