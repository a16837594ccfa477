"""Where a programme name ends: before the next predicate, and a quotation listing ways of handling a matter; and
where one begins: the matter glued before a quoted “一件事”.

Invented sentences: after a programme noun of a name, an action verb no list of programme verbs holds (发布, 开展,
探索) starts the next predicate, in a quotation's tail and in the unquoted object of a verb that sets up or takes on
a programme; and a quotation listing three or more ways of handling a matter (“马上办、网上办、就近办”) names one
reform of services whatever stands around it.

After a programme verb, the words glued between it and the quotation “一件事” name which of the reform's matters it is
(推行企业信用修复“一件事”, the forty-first round), and so they do when a programme noun follows the quotation
(纵深推进商业解纷“一件事”改革 -> 商业解纷一件事改革, not 一件事改革; eighty-sixth round). With nothing glued
(扎实推进“一件事”改革), after a joiner (网厅和政务服务中心“一件事”窗口) or with no programme verb in the clause, the name is
read as before.

A quoted name of its own ending in a room, a code or a mini-program where a service is given (“为民工作室”, “企业码”) is a
locality's brand of that service, a programme, wherever it stands (ninety-first round); unquoted, or after a quotation
(“最优解”特色调解工作室), 工作室 still ends a working body's name.

A post for studying and spreading a doctrine that the writer founds (创建习近平法治思想学习宣传阵地) is a programme with six
words of its own or more before 宣传阵地; a shorter one (建成法治宣传阵地12个) is a kind of post, and after a verb of use
(利用…等宣传阵地) none is named (ninety-fifth round).
"""
import pytest

from shapes import programmes


ENDS = [
    # (sentence, name, whether it is given)
    # a quotation's tail ends at its platform, before the action verb
    ("依托“某区司法”抖音平台发布普法短视频51条,", "某区司法抖音平台", True),
    ("通过“某某通”服务平台发布政策信息,", "某某通服务平台", True),
    # an unquoted object of a founding verb ends at its platform, system or mechanism
    ("依托国家工作人员学法用法考试平台开展线上学法,", "国家工作人员学法用法考试平台", True),
    ("某县首创屋场恳谈会制度探索基层治理新模式。", "屋场恳谈会制度", True),
    ("建立府院联席会议机制组织协调重大事项,", "府院联席会议机制", True),
    # the run with the next predicate is no name
    ("依托“某区司法”抖音平台发布普法短视频51条,", "某区司法抖音平台发布普法", False),
    ("依托国家工作人员学法用法考试平台开展线上学法,", "国家工作人员学法用法考试平台开展线上学法", False),
    # 系统 and 清单 also name a sector and a list: the cut is not made after them
    ("组织全市教育系统开展法治学习,", "全市教育系统", False),
    ("建立本系统开展执法检查的工作清单,", "本系统", False),
    # a verb that is a programme noun too (应用) goes on the name: no cut before it
    ("组织执法单位参加省行政执法综合管理监督平台应用培训,", "省行政执法综合管理监督平台", False),
    # a joiner before the noun opens no name
    ("建立和保障制度落实。", "和保障制度", False),
    # after a verb that only improves or carries out, nothing is cut (落实…机制 stays as before)
    ("落实重大决策合法性审查机制开展审查,", "重大决策合法性审查机制", False),
]


@pytest.mark.parametrize("sentence,name,given", ENDS)
def test_name_ends_before_the_next_predicate(sentence: str, name: str, given: bool) -> None:
    assert (name in programmes(sentence)) is given


SERVICE_MODES = [
    # (sentence, name, whether it is given)
    ("所有事项全部满足“马上办、网上办、就近办、一次办、自助办”各项要求,", "马上办、网上办、就近办、一次办、自助办", True),
    ("全面普及行政审批服务“马上办、网上办、就近办、一次办、自助办”。", "马上办、网上办、就近办、一次办、自助办", True),
    ("按照全面推行“马上办、网上办、就近办、一次办”的审批服务工作目标,", "马上办、网上办、就近办、一次办", True),
    # with a verb before it, as before
    ("推广“就近办、快速办、一次办”,解决难题。", "就近办、快速办、一次办", True),
    # two ways are a change from one to the other, no list of three
    ("将“一事分办、一事独办”变为“一事联办、一事协办”,", "一事分办、一事独办", False),
    # a slogan of clauses is no list of ways
    ("坚持“有事好商量、众人的事众人商量”,", "有事好商量、众人的事众人商量", False),
]


@pytest.mark.parametrize("sentence,name,given", SERVICE_MODES)
def test_listed_ways_of_handling_name_one_reform(sentence: str, name: str, given: bool) -> None:
    assert (name in programmes(sentence)) is given


NAMED_ANYWHERE = [
    # the national platform for state employees' study of the law, by its brand alone, in a list or after any verb
    ("主动参加法宣在线、县委中心组等学习,", "法宣在线"),
    ("国家工作人员通过法宣在线云平台参加学习及考试,", "法宣在线云平台"),
]


@pytest.mark.parametrize("sentence,name", NAMED_ANYWHERE)
def test_national_study_platform_is_named_anywhere(sentence: str, name: str) -> None:
    assert name in programmes(sentence)


def test_national_study_platform_in_a_title_is_not_read() -> None:
    assert "法宣在线" not in programmes("印发《关于做好法宣在线学习的通知》,")


MATTERS = [
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


@pytest.mark.parametrize("sentence,name,given", MATTERS, ids=[c[1] + (" given" if c[2] else " not given") for c in MATTERS])
def test_matter_glued_before_one_thing(sentence: str, name: str, given: bool) -> None:
    found = programmes(sentence)
    assert (name in found) is given, found


ONE_HEAD = [
    # (sentence, name, whether it is given)
    # 与 after 建设 joins the two halves of one head (ninetieth round)
    ("组织开展法治政府建设与责任落实专项督察,开展道路交通安全整治,", "法治政府建设与责任落实专项督察", True),
    ("组织开展法治政府建设与责任落实专项督察,开展道路交通安全整治,", "责任落实专项督察", False),
    ("开展全市2024年法治政府建设与责任落实专项督察工作,", "全市2024年法治政府建设与责任落实专项督察", True),
    # 和 and 及 still split two names
    ("开展法治政府建设示范创建和依法行政示范单位创建活动,", "依法行政示范单位创建活动", True),
]


@pytest.mark.parametrize("sentence, name, given", ONE_HEAD)
def test_joiner_after_building_keeps_one_head(sentence: str, name: str, given: bool) -> None:
    assert (name in programmes(sentence)) is given


SERVICE_PLACES = [
    # (sentence, name, whether it is given)
    # a quoted room, code or mini-program of a locality's service is a programme, whatever verb stands before it
    ("全力打造服务品牌“为民工作室”,推动服务发展。", "为民工作室", True),
    ("在村社试点推广“钱潮工作室”,培育调解组织。", "钱潮工作室", True),
    ("拓展“企业码”在食品生产监管领域应用。", "企业码", True),
    # a bare word in quotation marks is no brand's name
    ("形成“工作室”引领站点建设的模式。", "工作室", False),
    # a working body's name after a quotation stays a body, no programme
    ("“最优解”特色调解工作室有效运行,", "最优解特色调解工作室", False),
    ("建立“工业园区普法工作领导小组”,", "工业园区普法工作领导小组", False),
]


@pytest.mark.parametrize("sentence, name, given", SERVICE_PLACES)
def test_quoted_service_place_is_a_programme(sentence: str, name: str, given: bool) -> None:
    assert (name in programmes(sentence)) is given


PROPAGANDA_POSTS = [
    # (sentence, name, whether it is given)
    # a post for studying and spreading a doctrine, founded by the writer, is a programme (ninety-fifth round)
    ("街道创建习近平法治思想学习宣传阵地,开展中心组学习9期。", "习近平法治思想学习宣传阵地", True),
    ("今年建成首个区级习近平法治思想学习宣传阵地。", "习近平法治思想学习宣传阵地", True),
    ("依托滨江示范带,打造宪法精神主题宣传阵地,全年开展活动60场。", "宪法精神主题宣传阵地", True),
    # with fewer than six words of its own it is a kind of post, no named one
    ("在各村建成法治宣传阵地12个,", "法治宣传阵地", False),
    # after a verb that only uses or improves, nothing is named
    ("利用微信工作群、政务公开栏等宣传阵地,广泛宣传政策。", "政务公开栏等宣传阵地", False),
]


@pytest.mark.parametrize("sentence, name, given", PROPAGANDA_POSTS)
def test_founded_propaganda_post_is_a_programme(sentence: str, name: str, given: bool) -> None:
    found = programmes(sentence)
    assert any(name in label for label in found) is given, found
