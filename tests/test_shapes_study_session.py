"""A programme followed by the word for its contents (党支部“三会一课”重要内容, “第一议题”必学内容) is the session something
else is studied in: no verb acts on it, nor does a verb of study on one listed among the forms a body studies in (通过“第一
议题”、…等形式,深入学习…); a programme with no such word after it stays a fact (seventy-eighth round,
kg/resources/README.md). Invented sentences; facts read as ``shapes.facts`` reads them."""
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
]


@pytest.mark.parametrize("shape, text, session", CASES, ids=[c[0] for c in CASES])
def test_study_session(tmp_path: Path, shape: str, text: str, session: str) -> None:
    found = facts(build(tmp_path, TITLE, text))
    assert not {f for f in found if session in f[2]}, f"{shape}: unexpected {found}"


def test_means_used_keep_their_verb(tmp_path: Path) -> None:
    """A list of forms led by a verb of using (借助, 依托, 运用, 利用) is not read as forms of study."""
    found = facts(build(tmp_path, TITLE, "借助“三会一课”、“学习强国”等云学习方式,组织开展法治学习。"))
    assert (WRITER, "学习", "三会一课") in found, found


def test_programme_without_contents_stays(tmp_path: Path) -> None:
    found = facts(build(tmp_path, TITLE, "严格落实“三会一课”制度,全年召开支部党员大会12次。"))
    assert any("三会一课" in f[2] for f in found), found
