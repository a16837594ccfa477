"""A quoted service brand: three to eight words ending in 办 or 通 (“某快办”, “某服通”, “全程网办”).

Invented sentences: such a quotation names the way a government handles matters, a programme, wherever it stands,
with no programme verb before it and no programme noun after it; two words (“能办”到“好办”) are a state, and a body's
short name (以下简称“区政府办”) is an agency's.
"""
import pytest

from shapes import programmes


BRANDS = [
    # (sentence, name, whether it is given)
    ("进一步提升“某快办”效能,推动实现群众办事不跑腿。", "某快办", True),
    ("普及“教你办”系列高频事项线上办理,", "教你办", True),
    ("区级服务事项100%“全程网办”,制发全市首张许可证。", "全程网办", True),
    ("我局共办理“打包办”业务1500笔,", "打包办", True),
    ("交通违法、出入境等服务“一机通办”。", "一机通办", True),
    ("近200人的“某某帮办”团队,更好地服务群众。", "某某帮办", True),
    ("“县乡联办”“乡村随身办”让企业群众不出乡镇。", "乡村随身办", True),
    # a noun of the name after it still ends the name
    ("开通“政企通”服务平台,梳理惠企政策。", "政企通服务平台", True),
    # two words are a state a change starts from or reaches
    ("实现从“能办”到“好办”的转变。", "好办", False),
    # a body's short name
    ("区人民政府办公室(以下简称“区政府办”)在区委领导下,", "区政府办", False),
    # a quotation ending otherwise is untouched
    ("提升“某某快”效能,", "某某快", False),
]


@pytest.mark.parametrize("sentence,name,given", BRANDS)
def test_quoted_service_brand(sentence: str, name: str, given: bool) -> None:
    assert (name in programmes(sentence)) is given


EXAMPLES = [
    # (sentence, name, whether it is given)
    # quotations before 等 and a kind of eight words that ends in a programme noun are each one of that kind
    ("发挥“律企青虹”“法总联盟”“法务惠企”等律企合作交流平台作用,", "法总联盟", True),
    ("发挥“律企青虹”“法总联盟”“法务惠企”等律企合作交流平台作用,", "律企青虹", True),
    # as a kind of six words already did
    ("推进“四个一批”“审管执信服”等重点改革,", "审管执信服", True),
    # a kind that ends in no programme noun names nothing
    ("发挥“某某青虹”“某某联盟”等律企合作交流优势作用,", "某某联盟", False),
]


@pytest.mark.parametrize("sentence,name,given", EXAMPLES)
def test_examples_before_a_long_kind(sentence: str, name: str, given: bool) -> None:
    assert (name in programmes(sentence)) is given


LEGAL_DISTRICTS = [
    # (sentence, name, whether it is given)
    ("一是全力推进某某国际中央法务区建设,打造法律服务高地。", "某某国际中央法务区建设", True),
    ("持续深化某市智慧法务区建设,设立服务专区。", "某市智慧法务区建设", True),
    ("打造“和合某某”法务区,集聚法律服务机构。", "和合某某法务区", True),
    # with no verb that pushes on before it, the place where work lands is no programme
    ("吸引更多仲裁论坛活动落地法务区,", "吸引更多仲裁论坛活动落地法务区", False),
    ("吸引更多仲裁论坛活动落地法务区,", "仲裁论坛活动落地法务区", False),
]


@pytest.mark.parametrize("sentence,name,given", LEGAL_DISTRICTS)
def test_legal_services_district(sentence: str, name: str, given: bool) -> None:
    assert (name in programmes(sentence)) is given
