"""Event and award names that part or join (seventy-third and seventy-seventh rounds, kg/resources/README.md).

Invented sentences, one table (type, sentence, name, whether it is given):
- an activity led by a verb of a campaign pursued at length (广泛开展, 积极开展, 持续组织开展 …) is a campaign, no one
  sitting; a training or a meeting after the same verbs, and an activity after a plain 组织开展, stay named;
- two quoted topics joined before one course noun (“A”以及“B”专题培训班) are two courses, each named by its topic and
  the noun; who speaks before them is no part of either;
- 与 after the end of an honour starts the next one, as 和 and 及 do (入选A典型案例与B典型经验 names two honours); a 与
  inside a name, after no honour's end (人口与计划生育先进单位), does not split it;
- a press briefing (通气会), a review of case files (评查会), a talk with cadres (谈心会) and a contest's final (决赛) end
  an event's name as the other nouns of `event_nouns.txt` do (eighty-fifth round); the noun alone names none;
- a place below the third in an assessment (考核全省第七, 评估第九, 综合评价全国第11位, 在…考评中获得全省第5名) is a figure,
  no honour; the first three places stay rankings, and a place an award verb leads as its honour (获评…评估第八名) stays
  the honour the verb names (eighty-seventh round);
- where a work is spread or stands (在全区复制推广, 走在全国前列), written after an honour, is said of it and no part of its
  name (eighty-seventh round);
- quoted honours joined by 和 / 及 / 与 after one verb (获评“A”和“B”称号, 荣获…“A”和“B”两项荣誉) are one honour each, the field
  written before the first quotation no part of it; quotations that qualify what follows (入选“A”和“B”的单位) are left
  as they were (ninety-first round).
"""
import pytest
from shapes import names

CASES = [
    ("Event", "组织开展“学习贯彻某某思想强化行政执法能力建设”以及“全面贯彻某某思想优化营商环境建设”专题培训班。在全区推广。",
     "学习贯彻某某思想强化行政执法能力建设专题培训班", True),
    ("Event", "组织开展“学习贯彻某某思想强化行政执法能力建设”以及“全面贯彻某某思想优化营商环境建设”专题培训班。在全区推广。",
     "全面贯彻某某思想优化营商环境建设专题培训班", True),
    ("Event", "邀请教授专家讲授“深入学习贯彻审计法 依法履行监督职责”和“贯彻实施行政复议法 保障依法行政”主题讲座。统筹推进。",
     "深入学习贯彻审计法 依法履行监督职责主题讲座", True),
    ("Event", "邀请教授专家讲授“深入学习贯彻审计法 依法履行监督职责”和“贯彻实施行政复议法 保障依法行政”主题讲座。统筹推进。",
     "贯彻实施行政复议法 保障依法行政主题讲座", True),
    ("Event", "举办“强化法治思维,提升依法行政能力”专题培训班,覆盖干部百人。",
     "“强化法治思维,提升依法行政能力”专题培训班", True),
    ("Event", "积极组织开展2024年度执法人员业务培训,秉持理论与实践结合。",
     "2024年度执法人员业务培训", True),
    ("Event", "组织开展2023年某某区“新年首个工作日学法”宣讲活动,全区各单位参加。",
     "2023年某某区“新年首个工作日学法”宣讲活动", True),
    ("Event", "三是广泛开展某某思想宣传宣讲活动,持续推进学习。",
     "某某思想宣传宣讲活动", False),
    ("Event", "积极开展送政策入企业的政策宣讲活动,面向企业职工宣讲。",
     "送政策入企业的政策宣讲活动", False),
    ("Event", "认真开展述职述廉述法活动。",
     "述职述廉述法活动", False),
    ("Event", "集中开展民法典宣传月暨“法治惠企”活动,落实服务。",
     "民法典宣传月暨“法治惠企”活动", False),
    ("Event", "组织开展“学习贯彻某某思想强化行政执法能力建设”以及“全面贯彻某某思想优化营商环境建设”专题培训班。在全区推广。",
     "“学习贯彻某某思想强化行政执法能力建设”以及“全面贯彻某某思想优化营商环境建设”专题培训班", False),
    ("Award", "相关经验做法入选某某市优化营商环境典型案例与某某市审改办“放管服”改革典型经验,并在刊物刊发。",
     "某某市优化营商环境典型案例", True),
    ("Award", "相关经验做法入选某某市优化营商环境典型案例与某某市审改办“放管服”改革典型经验,并在刊物刊发。",
     "某某市审改办“放管服”改革典型经验", True),
    ("Award", "我局荣获全省普法工作先进集体与全省法治宣传教育示范单位。",
     "全省普法工作先进集体", True),
    ("Award", "我局荣获全省普法工作先进集体与全省法治宣传教育示范单位。",
     "全省法治宣传教育示范单位", True),
    ("Award", "某某街道荣获全省人口与计划生育工作先进单位。",
     "全省人口与计划生育工作先进单位", True),
    ("Award", "相关经验做法入选某某市优化营商环境典型案例与某某市审改办“放管服”改革典型经验,并在刊物刊发。",
     "某某市优化营商环境典型案例与某某市审改办“放管服”改革典型经验", False),
    ("Event", "局长主持召开本市某某部门贯彻落实《某某法》新闻通气会,通报工作进展。",
     "本市某某部门贯彻落实《某某法》新闻通气会", True),
    ("Event", "组织开展行政执法业务培训暨卷宗质量评查会,提升办案水平。",
     "行政执法业务培训暨卷宗质量评查会", True),
    ("Event", "召开教育整顿某某干部警示教育谈心会,推动整改落实。",
     "教育整顿某某干部警示教育谈心会", True),
    ("Event", "我局选手在全国“学讲某法”总决赛中表现突出。",
     "全国“学讲某法”总决赛", True),
    ("Event", "及时召开通气会,通报工作进展。",
     "通气会", False),
    ("Award", "办结率为100%。信访工作综合考核全省第七、全市第一。",
     "信访工作综合考核全省第七", False),
    ("Award", "审批时限压缩至1个工作日,营商环境综合评价全国第11位。三是突出重点。",
     "营商环境综合评价全国第11位", False),
    ("Award", "我市在全国100个城市法治政府建设总体情况第三方评估中位列第九。",
     "全国100个城市法治政府建设总体情况第三方评估第九", False),
    ("Award", "在全省法治政府建设考评中排名第十一。",
     "全省法治政府建设考评第十一", False),
    ("Award", "我区在2023年度法治建设考评中排名全省第一。",
     "2023年度法治建设考评全省第一", True),
    ("Award", "全区法治建设绩效考核位列全市第三。",
     "法治建设绩效考核全市第三", True),
    ("Award", "在2019年度法治建设考评中蝉联全省第2名。",
     "2019年度法治建设考评全省第2名", True),
    ("Award", "在2019年度法治建设考评中获得全省第5名。",
     "2019年度法治建设考评全省第5名", False),
    ("Award", "法治政府建设总体情况获评全国100个城市第三方评估第八名,经验推广。",
     "全国100个城市第三方评估第八名", True),
    ("Award", "《某某调解模式》获评为某某自由贸易试验区第五批自治区级制度创新成果改革试点经验在全区复制推广。",
     "某某自由贸易试验区第五批自治区级制度创新成果改革试点经验", True),
    ("Award", "《某某调解模式》获评为某某自由贸易试验区第五批自治区级制度创新成果改革试点经验在全区复制推广。",
     "某某自由贸易试验区第五批自治区级制度创新成果改革试点经验在全区复制推广", False),
    ("Award", "提高办事效率,“获得用水”服务走在全国前列;河道治理成效明显。",
     "用水”服务走在全国前列", False),
    ("Award", "我区荣获全省法治宣传教育示范单位,经验在全省推广。",
     "全省法治宣传教育示范单位", True),
    ("Award", "两项案例获评“2020法治政府建设优秀城市”和“2020社会治理创新典范城市”称号。现将情况报告如下。",
     "2020法治政府建设优秀城市", True),
    ("Award", "两项案例获评“2020法治政府建设优秀城市”和“2020社会治理创新典范城市”称号。现将情况报告如下。",
     "2020社会治理创新典范城市", True),
    ("Award", "两项案例获评“2020法治政府建设优秀城市”和“2020社会治理创新典范城市”称号。现将情况报告如下。",
     "“2020法治政府建设优秀城市”和“2020社会治理创新典范城市”", False),
    ("Award", "市住建局荣获2021年度法治政府建设“参与立法工作优秀单位”及“决策程序落实优秀单位”两项荣誉。",
     "参与立法工作优秀单位", True),
    ("Award", "市住建局荣获2021年度法治政府建设“参与立法工作优秀单位”及“决策程序落实优秀单位”两项荣誉。",
     "决策程序落实优秀单位", True),
    ("Award", "我局是连续三年有两个案件入选某市行政执法“十大案例”和“提名案例”的单位。",
     "提名案例", False),
]


@pytest.mark.parametrize("kind,sentence,name,given", CASES, ids=[f"{c[0]}: {c[2]}: {c[3]}" for c in CASES])
def test_event_and_award_names(kind: str, sentence: str, name: str, given: bool) -> None:
    assert (name in names(sentence, kind)) is given
