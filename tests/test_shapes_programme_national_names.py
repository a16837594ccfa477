"""National programmes named by their own wording wherever a report writes them (seventy-eighth round).

Invented sentences: the national integrated platform of government services (一体化政务服务平台, its wordings
一体化在线政务服务平台 and 一体化政务平台) and the national programme of public-security video networks (雪亮工程)
are programmes with no programme verb before them, before any verb or noun; a level before the platform stays on
the name where another rule reads it; inside a 《》 title they are not read.
"""
import pytest

from shapes import programmes


NAMED = [
    # (sentence, name, whether it is given)
    ("政务服务事项全部纳入一体化政务服务平台运行,", "一体化政务服务平台", True),
    ("某局启动一体化政务服务平台的使用并落实专人负责,", "一体化政务服务平台", True),
    ("一体化政务平台迭代升级,政务服务事项全部网上可办。", "一体化政务平台", True),
    ("98%的政务服务事项通过一体化在线政务服务平台实现网上办理,", "一体化在线政务服务平台", True),
    ("依托省一体化政务服务平台,实现街道事项网上办理,", "省一体化政务服务平台", True),
    ("推进雪亮工程建设、镇村两级综治中心建设,", "雪亮工程", True),
    ("建成镇村两级综合治理创新中心,雪亮工程新增摄像头27个,", "雪亮工程", True),
    # inside a title they are not read
    ("印发《关于推进雪亮工程建设的通知》,", "雪亮工程", False),
    ("转发《一体化政务服务平台管理办法》,", "一体化政务服务平台", False),
]


@pytest.mark.parametrize("sentence,name,given", NAMED)
def test_national_programme_named_by_its_wording(sentence: str, name: str, given: bool) -> None:
    assert (name in programmes(sentence)) is given
