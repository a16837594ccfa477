"""After 依托 or 基于, the verbs of the means work runs on, an unquoted …系统 or …基地 is that means (a piece of
equipment, a site), no programme; a …平台 so introduced, a system a founding verb sets up, and a quoted system are read
as before.

Invented sentences.
"""
import pytest

from shapes import programmes


CASES = [
    # (sentence, name, whether it is given)
    ("依托网上考试系统,组织月度执法业务考试。", "网上考试系统", False),
    ("依托社会组织孵化基地,利用社工周开展法治宣传。", "社会组织孵化基地", False),
    ("依托水利部和某市电子证照系统,实施应用电子证照。", "水利部和某市电子证照系统", False),
    ("基于全县行政执法监督信息系统,实现执法数据共享。", "全县行政执法监督信息系统", False),
    # a system set up, and a platform after 依托, stay programmes
    ("建成全县行政执法监督信息系统,实现执法数据共享。", "全县行政执法监督信息系统", True),
    ("依托某县公共法律服务平台,为群众提供法律咨询。", "某县公共法律服务平台", True),
]


@pytest.mark.parametrize("sentence, name, given", CASES)
def test_means_of_work(sentence: str, name: str, given: bool) -> None:
    assert (name in programmes(sentence)) is given
