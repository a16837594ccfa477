"""A meeting written right after 在 (总书记在…会议上的重要讲话精神) is where the speech studied was given: a verb of study
alone acts on no such meeting; 贯彻, 落实 and a meeting studied as itself stay facts (seventy-eighth round,
kg/resources/README.md). Invented sentences; facts read as ``shapes.facts`` reads them."""
from pathlib import Path

import pytest

from shapes import build, facts

TITLE = "天津市人力资源和社会保障局2021年法治政府建设情况报告"
WRITER = "天津市人力资源和社会保障局"
MEETING = "中央全面依法治国工作会议"

CASES = [
    ("学习 a speech given at a meeting",
     "局党组带头深入学习习近平总书记在中央全面依法治国工作会议上的重要讲话精神。",
     set(), {(WRITER, "学习", MEETING)}),
    ("集中学习 a speech given at a meeting",
     "全年召开理论学习中心组学习会12次,集中学习了习近平总书记在中央全面依法治国工作会议上的重要讲话精神。",
     set(), {(WRITER, "集中学习", MEETING)}),
    ("贯彻 a speech given at a meeting stays a fact",
     "全面贯彻习近平总书记在中央全面依法治国工作会议上的重要讲话精神。",
     {(WRITER, "贯彻", MEETING)}, set()),
    ("学习 a meeting's own spirit stays a fact",
     "认真学习领会中央全面依法治国工作会议精神。",
     {(WRITER, "学习", MEETING)}, set()),
]


@pytest.mark.parametrize("shape, text, present, absent", CASES, ids=[c[0] for c in CASES])
def test_speech_venue(tmp_path: Path, shape: str, text: str, present: set, absent: set) -> None:
    found = facts(build(tmp_path, TITLE, text))
    assert present <= found, f"{shape}: missing {present - found}"
    assert not absent & found, f"{shape}: unexpected {absent & found}"
