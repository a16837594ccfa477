"""A count of campaign years, quoted and followed by a programme noun, names that set of campaigns.

Invented sentences: “三个年”, “四个深化年” count …年 campaigns (项目建设年, 作风建设年); with 活动 or 行动 after the
quotation they name one programme, without a word glued before them (拓宽, 全省); a count of anything else (“两个维护”)
or a count with no noun after it still names nothing.
"""
import pytest

from shapes import programmes


CASES = [
    # (sentence, name, whether it is given)
    ("以扎实开展“三个年”活动为抓手,聚焦重点任务。", "三个年活动", True),
    ("以“四个深化年”活动为抓手,统筹推进各项工作。", "四个深化年活动", True),
    ("围绕深化拓宽“三个年”活动,聚焦聚力重点工作。", "三个年活动", True),
    ("围绕深化拓宽“三个年”活动,聚焦聚力重点工作。", "拓宽三个年活动", False),
    ("以服务深化全省“三个年”活动和全市重点工作为主线。", "全省三个年活动", False),
    ("深化“四个年”行动,以执法规范化建设为抓手。", "四个年行动", True),
    # a count of principles, or a count with no programme noun, names nothing
    ("坚决做到“两个维护”活动中不走样。", "两个维护活动", False),
    ("围绕全省“三个年”,打好攻坚战。", "三个年", False),
]


@pytest.mark.parametrize("sentence,name,given", CASES)
def test_counted_years(sentence: str, name: str, given: bool) -> None:
    found = programmes(sentence)
    assert (name in found) is given, found
