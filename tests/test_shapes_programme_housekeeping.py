"""A mechanism set up that is only a body's own housekeeping (seventy-ninth round, README.md).

After a verb that sets something up (建立, 构建, 探索创新), a …机制 whose words are only the rule-of-law machinery
(`program_generic_heads.txt`) and a field of work (`program_fields.txt`), with at most two words besides
(`_MAX_HOUSEKEEPING_HEAD`), is how a body runs its own work, no mechanism of its own; a mechanism that says what it
does (合法性审查, 述法点评, 府院联动) is read as before. Invented sentences in the shape of the development texts.
"""
import pytest

from shapes import programmes

CASES = [
    # (sentence, name, whether it is given)
    ("制定工作方案,建立了督促考核机制,坚决贯彻落实上级部署。", "督促考核机制", False),
    ("(二)建立完善法治建设领导机制。厅党组始终把法治建设摆在重要位置。", "法治建设领导机制", False),
    ("(一)全面构建法治规范工作机制。做好疫情防控法治保障。", "法治规范工作机制", False),
    ("二是积极探索创新应急管理机制。深入推进改革。", "应急管理机制", False),
    # a mechanism that says what it does stays a programme
    ("建立重大行政决策合法性审查机制,规范决策程序。", "重大行政决策合法性审查机制", True),
    ("建立述法点评工作机制,压实第一责任人职责。", "述法点评工作机制", True),
    ("建立府院联动机制,推动行政争议实质性化解。", "府院联动机制", True),
]


@pytest.mark.parametrize("sentence,name,given", CASES, ids=[f"{c[1]}: {c[2]}" for c in CASES])
def test_programme_housekeeping(sentence: str, name: str, given: bool) -> None:
    found = programmes(sentence)
    assert (name in found) is given, found
