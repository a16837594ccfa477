"""An unquoted month of publicity on one matter (…宣传月) is a programme wherever it is written; a review (…评议)
ends a quotation's name.

Invented sentences: the name starts after the last verb, joiner or list mark before 宣传月 (开展某某主题宣传月, …和路政
宣传月、…, 以…为主题的信用交通宣传月活动); a bare or generic month (宣传月等时间节点, “…”主题宣传月) names none here.
"""
import pytest

from shapes import programmes


MONTHS = [
    # (sentence, name, whether it is given)
    ("开展民法典主题宣传月等普法宣传活动,", "民法典主题宣传月", True),
    ("开展处罚法宣传活动和路政宣传月、安全生产月等活动。", "路政宣传月", True),
    ("组织开展“法律七进”、普法宣传月活动,", "普法宣传月", True),
    ("深入开展以诚实守信为主题的信用交通宣传月活动,", "信用交通宣传月", True),
    ("利用主题服务宣传周、三月法治宣传月等重要节点,", "三月法治宣传月", True),
    ("组织开展民法典宣传月、宪法宣传周、卫生监督宣传月等主题普法宣传。", "卫生监督宣传月", True),
    # the verb before is no part of the name
    ("开展民法典主题宣传月等普法宣传活动,", "开展民法典主题宣传月", False),
    # a bare month, or a quotation's, is not read here
    ("利用主题党日、宣传月等时间节点,", "宣传月", False),
    ("开展“美好生活·民法典相伴”主题宣传月活动。", "主题宣传月", False),
]


REVIEWS = [
    # a quotation and the words glued to it up to 评议 name the review the quotation heads
    ("开展“某某某某”责任制履职报告评议。制定区级规划,", "某某某某责任制履职报告评议", True),
    ("开展“两代表一委员”述法评议工作。区委主要负责人", "两代表一委员述法评议", True),
    ("开展国家机关“谁执法谁普法”履职报告评议活动。三是", "谁执法谁普法履职报告评议活动", True),
    # the quotation alone is no longer the name
    ("开展“两代表一委员”述法评议工作。区委主要负责人", "两代表一委员", False),
]


@pytest.mark.parametrize("sentence, name, given", MONTHS + REVIEWS)
def test_month_or_review_named(sentence: str, name: str, given: bool) -> None:
    assert (name in programmes(sentence)) is given
