"""A reform's matter glued before a quoted “一件事” names the programme, with or without a tail noun.

Invented sentences (eighty-sixth round, counted in kg/resources/README.md): after a programme verb, the words glued
between it and the quotation “一件事” name which of the reform's matters it is (推行企业信用修复“一件事”, the forty-first
round), and so they do when a programme noun follows the quotation (纵深推进商业解纷“一件事”改革 -> 商业解纷一件事改革,
not 一件事改革). With nothing glued (扎实推进“一件事”改革), after a joiner (网厅和政务服务中心“一件事”窗口) or with no
programme verb in the clause, the name is read as before.
"""
import pytest

from shapes import programmes

CASES = [
    # (sentence, name, whether it is given)
    ("纵深推进商业解纷“一件事”改革,为企业提供一站式服务。", "商业解纷一件事改革", True),
    ("纵深推进商业解纷“一件事”改革,为企业提供一站式服务。", "一件事改革", False),
    ("深入推进新生儿出生“一件事”改革,减少群众跑腿。", "新生儿出生一件事改革", True),
    ("全面推行退役军人“一件事”集成改革,", "退役军人一件事集成改革", True),
    # no tail: the forty-first round's case, unchanged
    ("推行企业信用修复“一件事”,信用修复成效明显。", "企业信用修复一件事", True),
    # nothing glued between the verb and the quotation: the quotation and its tail
    ("扎实推进“一件事”改革,在全省全面推开。", "一件事改革", True),
    # a joiner before the quotation: no head is glued
    ("在网厅和政务服务中心设立“一件事”窗口,", "政务服务中心一件事窗口", False),
]


@pytest.mark.parametrize("sentence,name,given", CASES, ids=[c[1] + (" given" if c[2] else " not given") for c in CASES])
def test_matter_glued_before_one_thing(sentence: str, name: str, given: bool) -> None:
    found = programmes(sentence)
    assert (name in found) is given, found
