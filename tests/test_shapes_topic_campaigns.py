"""A 宣讲 campaign named by its topic alone, with no year and no quoted title, is run again and again: no one event.

Invented sentences; the rules alone (the learned filter keeps every name).
"""
import pytest
from shapes import names

LEFT = [
    ("深入开展大讨论、大宣讲活动,营造氛围。", "大讨论、大宣讲活动"),
    ("持续开展某某思想宣传宣讲活动,覆盖群众。", "某某思想宣传宣讲活动"),
    ("组织送政策入企业的政策宣讲活动,服务企业。", "送政策入企业的政策宣讲活动"),
]

FOUND = [
    ("举办2023年某某区“新年首个工作日学法”宣讲活动,干部参加。", "2023年某某区“新年首个工作日学法”宣讲活动"),
    ("召开全区干部大会暨专题宣讲报告会。", "全区干部大会暨专题宣讲报告会"),
]


@pytest.mark.parametrize("sentence,name", LEFT)
def test_topic_campaign_is_no_event(sentence: str, name: str) -> None:
    assert name not in names(sentence, "Event")


@pytest.mark.parametrize("sentence,name", FOUND)
def test_dated_or_titled_campaign_stays(sentence: str, name: str) -> None:
    assert name in names(sentence, "Event")
