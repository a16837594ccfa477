"""A quotation of three or more clauses that shares out work or states a demand, followed by (的) a structure of
responsibility (责任体系) or by 工作 and a slogan noun (工作要求, 工作格局), names no programme.

Invented sentences: the clauses say who does what (主要领导…、分管领导…、科室…) or what is asked (科学决策、民主决策、
依法决策); a mechanism or a system after 的 (…”的工作机制) and a quotation of fewer clauses (“双随机、一公开”工作要求) are
still read as before.
"""
import pytest

from shapes import programmes


CASES = [
    # (sentence, quotation, whether it is given)
    ("构建“主要领导负总责、分管领导牵头抓、某某股室具体落实”的责任体系,将法治建设与业务工作同部署。",
     "主要领导负总责、分管领导牵头抓、某某股室具体落实", False),
    ("构建“主要领导负总责、分管领导具体抓、业务科室抓落实”的闭环责任体系。",
     "主要领导负总责、分管领导具体抓、业务科室抓落实", False),
    ("积极贯彻落实“某某要防住、某某要稳住、发展要安全”重要工作要求,切实运用法治。",
     "某某要防住、某某要稳住、发展要安全", False),
    ("落实“科学决策、民主决策、依法决策”工作要求,涉及辖区经济发展的事项。", "科学决策、民主决策、依法决策", False),
    # a mechanism after 的 is still named by the principles it is built on
    ("完善“党委领导、部门负责、司法所统筹、社会参与”的工作机制,明确职责。", "党委领导、部门负责、司法所统筹、社会参与", True),
    # two clauses, or one, are not a sharing out of work
    ("按照“双随机、一公开”工作要求,统筹开展跨部门联合检查。", "双随机、一公开", True),
    ("严格落实“谁执法谁普法”工作要求,定期召开专题会。", "谁执法谁普法", True),
]


@pytest.mark.parametrize("sentence, quotation, given", CASES)
def test_clauses_before_arrangement(sentence: str, quotation: str, given: bool) -> None:
    assert (quotation in programmes(sentence)) is given
