"""Typing measures with the indicator scheme: the right indicator, or none, never a wrong one."""
from __future__ import annotations

import re
from decimal import Decimal

import pytest

from kg.indicators import classify, find, scheme
from kg.recognise.measures import parse_number

# sentence with the measure in [brackets] -> notation (Δ: a year-on-year change), or None
CASES = [
    ("受理行政复议案件[666件],结案594件。", "AR-ACCEPTED"),
    ("受理行政复议案件666件,结案[594件]。", "AR-CONCLUDED"),
    ("全年收到行政复议申请1.28万件,同比增长[41.3%];受理1.09万件。", "AR-APPLIEDΔ"),
    ("区司法局全年办理行政复议案件64件，直接纠错[5件]，调解和解12件。", "AR-CORRECTED"),
    ("区司法局全年办理行政复议案件64件，直接纠错5件，调解和解[12件]。", "AR-MEDIATED"),
    ("行政复议案件调解和解率达[46.8%]，群众满意度达93.6%。", "AR-MEDIATION-RATE"),
    ("行政机关负责人出庭应诉率[100%]，行政诉讼败诉率同比下降2.3个百分点。", "AL-APPEARANCE-RATE"),
    ("行政机关负责人出庭应诉率100%，行政诉讼败诉率同比下降[2.3个百分点]。", "AL-LOSS-RATEΔ"),
    ("组织开展行政机关负责人出庭应诉旁听庭审[45场次]，旁听人员1100余人次。", "AL-OBSERVATIONS"),
    ("县长带头出庭应诉[2次]，主持召开县政府常务会议。", "AL-APPEARANCES"),
    ("全年审核市政府及部门行政规范性文件[26件]，报备率达100%。", "ND-REVIEWED"),
    ("制定并报备区政府及部门行政规范性文件[2件],涉及工业企业综合评价。", "ND-FILED"),
    ("市司法局审核市政府规范性文件18件、合同协议[236件]，提出法律意见700余条。", None),
    ("审查县政府合同、重大行政决策、涉企政策文件等事项[583件]，提出法律意见1120余条。", None),
    ("市法律援助中心全年办理法律援助案件[2.4万件]，为农民工追回欠薪1.1亿元。", "LAID-CASES"),
    ("市法律援助中心全年办理法律援助案件2.4万件，为农民工追回欠薪[1.1亿元]。", None),
    ("全市[3000余个]人民调解组织调处矛盾纠纷16.8万件，调解成功率98.9%。", "MED-BODIES"),
    ("全市3000余个人民调解组织调处矛盾纠纷[16.8万件]，调解成功率98.9%。", "MED-DISPUTES"),
    ("全市3000余个人民调解组织调处矛盾纠纷16.8万件，调解成功率[98.9%]。", "MED-SUCCESS-RATE"),
    ("12345政务服务便民热线全年受理群众诉求[52.6万件]，按时办结率98.9%。", "HOT-ITEMS"),
    ("开展“宪法宣传周”等主题活动[380余场次]，覆盖群众12万余人次。", "PE-ACTIVITIES"),
    ("开展“宪法宣传周”等主题活动380余场次，覆盖群众[12万余人次]。", "PE-AUDIENCE"),
    ("举办新《行政复议法》专题培训班[2期]，培训行政执法人员620人次。", None),
    ("评为全国公证行业先进单位;我局办理的[1件]行政复议案件入选司法部典型案例。", None),
    ("对保留的[21项]证明事项实行告知承诺制。", "CERT-PROMISE"),
    ("各级党政主要负责人共[936人]向依法治市、县委员会述法。", "ST-REPORTS"),
    ("累计阅读量[超过1.8亿次]。", None),
    ("行政规范性文件审查2件,重大行政执法决定审查[10件],其他事项审查1件,镇村合同审查1077件。", "LR-ITEMS"),
    ("行政规范性文件审查2件,重大行政执法决定审查10件,其他事项审查[1件],镇村合同审查1077件。", None),
    ("开展区委理论学习中心组集体学习、专题法治讲座[4场次]。", "ST-SESSIONS"),
    ("纳入镇党委理论学习中心组学习计划(已集中学习[9次])。", "ST-SESSIONS"),
    ("惠企法律服务团队走访企业[440家],提供法律服务555次。", None),
]
_MEASURE = re.compile(r"(?P<pre>超过)?(?P<number>\d+(?:\.\d+)?)(?P<mult>万|亿)?(?P<approx>余)?(?P<unit>个百分点|%|\D{1,2})")


def _read(case: str):
    start = case.index("[")
    sentence = case.replace("[", "").replace("]", "")
    written = case[start + 1:case.index("]")]
    m = _MEASURE.fullmatch(written)
    value = parse_number(m.group("number"), m.group("mult"))
    return classify(value, m.group("unit"), bool(m.group("approx")), sentence, start, start + len(written))


@pytest.mark.parametrize(("case", "expected"), CASES)
def test_a_measure_gets_its_indicator_or_none(case: str, expected: str | None) -> None:
    reading = _read(case)
    got = None if reading is None else reading.indicator.notation + ("Δ" if reading.change else "")
    assert got == expected


@pytest.mark.parametrize(("case", "value", "approximate"), [
    ("全市开展普法活动[1.6万余场次]。", Decimal(16000), True),
    ("全网发布普法作品[超过2万件]。", Decimal(20000), True),
    ("行政诉讼败诉率同比下降[2.3个百分点]。", Decimal("-2.3"), False),
    ("全年收到行政复议申请1.28万件,同比增长[41.3%]。", Decimal("41.3"), False),
])
def test_values_are_normalised_and_approximate_kept(case: str, value: Decimal, approximate: bool) -> None:
    reading = _read(case)
    assert (reading.value, reading.approximate) == (value, approximate)


def test_every_wording_of_the_scheme_types_a_number_written_after_it() -> None:
    for indicator in scheme():
        for wording in indicator.wordings:
            sentence = f"{wording}12{indicator.unit}。"
            reading = classify(Decimal(12), indicator.unit, False, sentence, len(wording), len(sentence) - 1)
            assert reading is not None and reading.indicator == indicator, (wording, reading)


@pytest.mark.parametrize(("name", "notation"), [("AR-ACCEPTED", "AR-ACCEPTED"), ("ar-accepted", "AR-ACCEPTED"),
                                                ("行政机关负责人出庭应诉率", "AL-APPEARANCE-RATE"),
                                                ("受理行政复议案件", "AR-ACCEPTED")])
def test_an_indicator_is_found_by_notation_label_or_wording(name: str, notation: str) -> None:
    assert find(name).notation == notation


def test_notations_and_labels_are_unique() -> None:
    assert len({i.notation for i in scheme()}) == len({i.label for i in scheme()}) == len(scheme())
