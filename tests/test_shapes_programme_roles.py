"""The roles the central plans give the building of a rule-of-law government (seventy-seventh round, README.md).

法治政府建设 is 全面依法治国的重点任务和主体工程 and is to 率先突破 and 示范带动: a report that quotes one of these roles
as a whole name (“主体工程”地位, 实现“率先突破”) names the role, no programme (`program_fields.txt`, read by `_no_programme`);
a longer name that holds one (“率先突破”行动) is read as before. Invented sentences in the shape of the development texts.
"""
import pytest

from shapes import programmes

CASES = [
    # (sentence, name, whether it is given)
    ("准确把握法治政府建设在全面依法治国中的“主体工程”地位。区委、区政府高度重视。", "主体工程", False),
    ("二、聚焦“主体工程”,法治化营商环境持续优化。", "主体工程", False),
    ("全力推动法治政府建设实现“率先突破”。坚持把学法作为常态。", "率先突破", False),
    ("发挥法治政府建设“示范带动”作用,推动法治社会建设。", "示范带动", False),
    # a longer name holding a role stays a programme
    ("实施“率先突破”行动,推动改革。", "率先突破行动", True),
    # a quotation of something else in the same place stays a programme
    ("全面推行“综合查一次”改革,减少检查频次。", "综合查一次改革", True),
]


@pytest.mark.parametrize("sentence,name,given", CASES, ids=[f"{c[1]}: {c[2]}" for c in CASES])
def test_programme_role(sentence: str, name: str, given: bool) -> None:
    found = programmes(sentence)
    assert (name in found) is given, found
