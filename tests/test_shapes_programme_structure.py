"""A structure or a body that a quotation's tail noun qualifies (seventy-seventh round, kg/resources/README.md).

After a quotation the run up to a programme noun is its name's tail (“好差评”闭环管理); where 体制 or 机构 follows that
noun at once (优化“三城一区”管理体制, 调整优化“两区”建设相关组团园区管理机构) the noun qualifies the structure or the
body, and the quotation names no programme there (`_STRUCTURE_AFTER` in kg/recognise/programs.py). A tail that goes on to
its own noun (“放管服”管理体制改革) and a tail with nothing after it are read as before. Invented sentences.
"""
import pytest

from shapes import programmes

CASES = [
    # (sentence, name, whether it is given)
    ("开展机构改革试点,优化“三城一区”管理体制,加强重点地区管理。", "三城一区管理", False),
    ("开展机构改革试点,优化“三城一区”管理体制,加强重点地区管理。", "三城一区", False),
    ("深化改革创新,完善“两区”建设管理体制;推进综合执法。", "两区建设管理", False),
    ("调整优化“两区”建设相关组团园区管理机构,健全完善管理体制。", "两区建设相关组团园区管理", False),
    # the tail goes on to its own noun, or nothing follows it: read as before
    ("深化“放管服”管理体制改革,提升效能。", "放管服管理体制改革", True),
    ("加强政务服务“好差评”闭环管理,发挥作用。", "好差评闭环管理", True),
]


@pytest.mark.parametrize("sentence,name,given", CASES, ids=[f"{c[1]}: {c[2]}" for c in CASES])
def test_structure_after_tail(sentence: str, name: str, given: bool) -> None:
    found = programmes(sentence)
    assert (name in found) is given, found
