"""An unquoted …制度 or …机制 whose words hold 及 joins two objects of the verb and names no one system; 人大及(其)常委会
is one body's pair and stays inside a name.

Invented sentences.
"""
import pytest

from shapes import programmes


CASES = [
    # (sentence, name, whether it is given)
    ("各部门严格落实县政府常务会及宪法宣誓制度、会前学法制度。", "县政府常务会及宪法宣誓制度", False),
    ("认真落实新区全面依法治区委员会及协调小组机制,将依法行政纳入考核。", "新区全面依法治区委员会及协调小组机制", False),
    ("传达学习上级有关部署要求及党内法规制度,研究部署工作。", "要求及党内法规制度", False),
    # 人大及其常委会 is one body's pair; without 及 the institution is read as before
    ("建立重大事项向区人大及其常委会报告制度,主动接受监督。", "重大事项向区人大及其常委会报告制度", True),
    ("建立重大事项向区人大常委会报告制度,主动接受监督。", "重大事项向区人大常委会报告制度", True),
]


@pytest.mark.parametrize("sentence, name, given", CASES)
def test_joined_objects(sentence: str, name: str, given: bool) -> None:
    assert (name in programmes(sentence)) is given
