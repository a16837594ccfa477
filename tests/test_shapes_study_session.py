"""The party's routine study sessions (“三会一课”, “第一议题”) are forms a body studies in, not programmes a verb acts on
(seventy-eighth and eighty-fifth rounds, kg/resources/README.md). Invented sentences; facts read as ``shapes.facts``
reads them.

- A programme followed by the word for its contents (党支部“三会一课”重要内容, “第一议题”必学内容) is the session something
  else is studied in: no verb acts on it, nor does a verb of study on one listed among the forms a body studies in
  (通过“第一议题”、…等形式,深入学习…).
- A session named bare (落实“第一议题”, 开展“三会一课”, `study_session_forms.txt`) gets no row either.
- Named with its system or its study right after it (“第一议题”制度, “第一议题”学习), put in (列入…“第一议题”) or led by a
  verb of using (依托“三会一课”, 借助“三会一课”), a session keeps its row.
"""
from pathlib import Path

import pytest

from shapes import build, facts

TITLE = "重庆市荔湾区司法局2024年法治政府建设情况报告"
WRITER = "荔湾区司法局"

CASES = [
    ("学习 … as a session's important contents",
     "将习近平法治思想作为党组理论学习中心组学习、党支部“三会一课”重要内容。",
     "三会一课"),
    ("纳入 … a session's required contents",
     "将习近平法治思想纳入“第一议题”必学内容,全年开展专题学习12次。",
     "第一议题"),
    ("学习 … with a session listed among the forms of study",
     "通过“第一议题”、理论学习中心组学习、主题活动等形式,深入学习习近平总书记重要讲话精神。",
     "第一议题"),
    ("落实 a bare 第一议题", "认真落实“第一议题”,全年集中学习习近平法治思想12次。", "第一议题"),
    ("开展 a bare 三会一课", "各党支部扎实开展“三会一课”,深入学习宪法和法律法规。", "三会一课"),
    ("坚持 a bare 第一议题, after a clause break", "局党组带头学法,坚持“第一议题”,全年专题学习宪法6次。", "第一议题"),
]

KEPT = [
    ("the session's system", "严格落实“第一议题”制度,全年集中学习12次。", "第一议题"),
    ("a programme without contents after it", "严格落实“三会一课”制度,全年召开支部党员大会12次。", "三会一课"),
    ("the session's study", "全年开展“第一议题”学习34次。", "第一议题"),
    ("put in the session", "将学习贯彻习近平法治思想列入局党组会“第一议题”、局务会议重要议程。", "第一议题"),
    ("a verb of using leads", "依托“三会一课”、主题党日等载体,组织开展法治学习。", "三会一课"),
]


@pytest.mark.parametrize("shape, text, session", CASES, ids=[c[0] for c in CASES])
def test_study_session(tmp_path: Path, shape: str, text: str, session: str) -> None:
    found = facts(build(tmp_path, TITLE, text))
    assert not {f for f in found if session in f[2]}, f"{shape}: unexpected {found}"


def test_means_used_keep_their_verb(tmp_path: Path) -> None:
    """A list of forms led by a verb of using (借助, 依托, 运用, 利用) is not read as forms of study."""
    found = facts(build(tmp_path, TITLE, "借助“三会一课”、“学习强国”等云学习方式,组织开展法治学习。"))
    assert (WRITER, "学习", "三会一课") in found, found


@pytest.mark.parametrize("shape, text, session", KEPT, ids=[c[0] for c in KEPT])
def test_named_or_used_session_keeps_its_row(tmp_path: Path, shape: str, text: str, session: str) -> None:
    found = facts(build(tmp_path, TITLE, text))
    assert {f for f in found if f[0] == WRITER and session in f[2]}, f"{shape}: no row in {found}"
