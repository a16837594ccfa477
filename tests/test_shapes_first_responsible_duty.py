"""The chief official's duty as first responsible for the rule of law, written as an unquoted …制度.

Invented sentences: the duty the central rules lay on every body's leaders (党政主要负责人履行推进法治建设第一责任人
职责) written as a 制度 after a programme verb is the routine institution every body keeps, no programme of its own;
its list of duties (…职责清单制度) and a duty a named leader takes on (…带头履行…第一责任人责任制度) stay programmes.
"""
import pytest

from shapes import programmes


DUTIES = [
    # (sentence, name, whether it is given)
    ("严格落实党政主要负责人履行推进法治建设第一责任人职责制度,压实法治责任。",
     "党政主要负责人履行推进法治建设第一责任人职责制度", False),
    ("落实党政主要负责人履行法治建设第一责任人制度,统筹推进法治建设。",
     "党政主要负责人履行法治建设第一责任人制度", False),
    ("严格落实党政主要负责人履行推进法治政府建设第一责任制度,普法和依法行政共同推进。",
     "党政主要负责人履行推进法治政府建设第一责任制度", False),
    # a list of the duties is a local instrument and stays a programme
    ("建立党政主要负责人履行推进法治建设第一责任人职责清单制度,逐项明确责任。",
     "党政主要负责人履行推进法治建设第一责任人职责清单制度", True),
    # a duty a named leader takes on stays a programme
    ("健全镇党委书记带头履行推进法治建设第一责任人责任制度,累计召开会议12次。",
     "镇党委书记带头履行推进法治建设第一责任人责任制度", True),
]


@pytest.mark.parametrize("sentence,name,given", DUTIES)
def test_first_responsible_duty_is_routine(sentence: str, name: str, given: bool) -> None:
    assert (name in programmes(sentence)) is given
