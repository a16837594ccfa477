"""Shapes of facts that reports of the south, centre and west use (issue 13): invented sentences, one per
shape, each in a report whose title places it. Who did what is read as ``shapes.facts`` reads it: done, not planned."""
from pathlib import Path

import pytest

from shapes import build, facts

CHENGYANG = "城阳区2023年法治政府建设年度报告"
TOWN = "塘栖镇法治政府建设年度报告(2024年度)"

FACTS = [
    # (shape, title, text, facts (agent, verb as written, object) that must be found)
    ("listed bodies tell a meeting how they kept the law", CHENGYANG,
     "区公安局、区市场监督管理局在区委全面依法治区委员会第五次会议上现场述法。",
     {("城阳区公安局", "现场述法", "区委全面依法治区委员会第五次会议"),
      ("城阳区市场监督管理局", "现场述法", "区委全面依法治区委员会第五次会议")}),
    ("bodies brought together", TOWN, "整合镇派出所、司法所等力量,组建联合执法专班。",
     {("塘栖镇人民政府", "整合", "塘栖镇派出所"), ("塘栖镇人民政府", "整合", "塘栖镇司法所")}),
    ("a town's party committee heads a clause with its government written bare", TOWN,
     "镇党委、政府高度重视法治政府建设,贯彻落实《党政主要负责人履行推进法治建设第一责任人职责规定》。",
     {("塘栖镇人民政府", "贯彻落实", "党政主要负责人履行推进法治建设第一责任人职责规定")}),
    ("the joint writers, unseparated, make what a cut-off verb's object names", TOWN,
     "我镇党委政府成立了以镇党委书记为组长,镇长为副组长的法治建设工作领导小组。",
     {("塘栖镇人民政府", "成立", "塘栖镇法治建设工作领导小组")}),
    ("reaching or sorting out what a programme or document names", CHENGYANG,
     "梳理《工程建设项目审批事项清单》107项,形成《城阳区证明事项目录》。",
     {("城阳区人民政府", "梳理", "工程建设项目审批事项清单"), ("城阳区人民政府", "形成", "城阳区证明事项目录")}),
    ("tasks a plan set broken down", CHENGYANG,
     "将《法治山东建设规划(2021-2025年)》确定的工作任务分解细化为245项。",
     {("城阳区人民政府", "分解细化", "法治山东建设规划(2021-2025年)")}),
    ("what 以 takes, a list of programmes, is what the body works by", CHENGYANG,
     "区公安局以“两强化两提升”和“执法精细化三个管理”为抓手,推动各项决策部署落实落地。"
     "以《法治政府建设实施纲要(2021-2025年)》为遵循,推进依法行政。",
     {("城阳区公安局", "以…为抓手", "两强化两提升"), ("城阳区公安局", "以…为抓手", "执法精细化三个管理"),
      ("城阳区人民政府", "以…为遵循", "法治政府建设实施纲要(2021-2025年)")}),
    ("a body asked to convene a meeting convenes it", CHENGYANG,
     "区司法局提请区委召开区委全面依法治区委员会第五次会议。",
     {("中共青岛市城阳区委员会", "召开", "区委全面依法治区委员会第五次会议"),
      ("城阳区司法局", "召开", "区委全面依法治区委员会第五次会议")}),
    ("a commission reorganised", CHENGYANG, "及时调整充实区委全面依法治区委员会。",
     {("城阳区人民政府", "调整充实", "城阳区委全面依法治区委员会")}),
    ("a theme put into a document", CHENGYANG, "将习近平法治思想纳入《城阳区干部教育培训规划》。",
     {("城阳区人民政府", "纳入", "城阳区干部教育培训规划")}),
    ("an award written around its verb", CHENGYANG, "连续15年在全省法治建设考核中获评优秀等次。",
     {("城阳区人民政府", "获评", "全省法治建设考核优秀等次")}),
    ("a date heads the clause before its subject", CHENGYANG,
     "2023年10月27-28日区委依法治区办举办习近平法治思想专题培训。5月区司法局印发《城阳区行政执法办法》。",
     {("城阳区委全面依法治区委员会办公室", "举办", "习近平法治思想专题培训"),
      ("城阳区司法局", "印发", "城阳区行政执法办法")}),
    ("what 将 takes, a list of titles, is disposed of by the verb after it", CHENGYANG,
     "将《中华人民共和国宪法》《公司法》等法律作为日常学法的材料,把“双随机、一公开”监管列为基本手段。",
     {("城阳区人民政府", "作为", "中华人民共和国宪法"), ("城阳区人民政府", "作为", "公司法"),
      ("城阳区人民政府", "列为", "双随机、一公开")}),
    ("an inline item naming a plan document is work done", CHENGYANG,
     "(三)深化普法宣传\n一是推动落实“谁执法谁普法”普法责任制,制定2023年度普法计划。",
     {("城阳区人民政府", "落实", "谁执法谁普法普法责任制")}),
    ("bodies after 在 that guided, the writer unnamed or named as itself", CHENGYANG,
     "在区委依法治区办、区司法局的大力指导下,认真落实《城阳区行政执法办法》。"
     "在市司法局(市委依法治市办)精心指导下,我区深入推进依法行政。",
     {("城阳区委全面依法治区委员会办公室", "大力指导", "城阳区人民政府"),
      ("城阳区司法局", "大力指导", "城阳区人民政府"), ("青岛市司法局", "精心指导", "城阳区人民政府")}),
    ("bodies after 在 that guided the body before it", CHENGYANG,
     "区司法局在市司法局的指导下开展“法治体检”专项行动。",
     {("青岛市司法局", "指导", "城阳区司法局"), ("城阳区司法局", "开展", "法治体检专项行动")}),
    ("bodies that own only the requirements a clause lists do not go on acting", CHENGYANG,
     "认真落实党中央、国务院决策部署,省委、省政府工作要求,以“两强化两提升”为抓手,推进依法行政。",
     {("城阳区人民政府", "以…为抓手", "两强化两提升")}),
    ("the body whose oversight the writer accepts", CHENGYANG, "自觉接受区人大常委会的监督,主动接受区政协的民主监督。",
     {("城阳区人民政府", "接受", "城阳区人民代表大会常务委员会"), ("城阳区人民政府", "接受", "政协青岛市城阳区委员会")}),
    ("a reform piloted", CHENGYANG, "在全市率先试点酒类、食品许可证“二证合一”。",
     {("城阳区人民政府", "试点", "二证合一")}),
    ("a campaign taken part in", CHENGYANG, "积极参与全国第二批法治政府示范创建活动,区司法局参与“法治体检”专项行动。",
     {("城阳区人民政府", "参与", "全国第二批法治政府示范创建活动"), ("城阳区司法局", "参与", "法治体检专项行动")}),
    ("an entry of a dated list after a semicolon is the writer's own", CHENGYANG,
     "2月,区委常委会听取法治建设汇报;8月31日,召开区委全面依法治区委员会第五次会议,审议通过《城阳区行政执法办法》。",
     {("城阳区人民政府", "召开", "区委全面依法治区委员会第五次会议"),
      ("城阳区人民政府", "审议通过", "城阳区行政执法办法")}),
    ("a list of meetings goes on past a comma", CHENGYANG,
     "区司法局召开全区法治乡村建设工作专题研讨会,法治政府建设总结评估协调会和全区行政执法工作会议,研究重点工作。",
     {("城阳区司法局", "召开", "法治政府建设总结评估协调会"), ("城阳区司法局", "召开", "全区行政执法工作会议")}),
    ("a sentence acting under a regulation that frames nothing", CHENGYANG,
     "根据《法治政府建设与责任落实督察工作规定》,区司法局起草年度报告。",
     {("城阳区人民政府", "根据", "法治政府建设与责任落实督察工作规定")}),
    ("the joint writers written back to back head the clause together", "登封市2023年法治政府建设年度报告",
     "市委市政府高度重视法治建设工作,按要求制定印发《2023年领导干部学法计划》。",
     {("登封市人民政府", "印发", "2023年领导干部学法计划"), ("中共登封市委员会", "印发", "2023年领导干部学法计划")}),
    ("a document sent down to the bodies below", CHENGYANG, "下发《城阳区领导干部应知应会法律法规清单》,推动领导干部带头学法。",
     {("城阳区人民政府", "下发", "城阳区领导干部应知应会法律法规清单")}),
    ("a clause of meetings ended by their spirit goes on with the verb left without an object", CHENGYANG,
     "全面落实党的十九届五中全会,中央全面依法治国工作会议、省委全面依法治省委员会第二次会议精神,增强法治意识。",
     {("城阳区人民政府", "落实", "中央全面依法治国工作会议"), ("城阳区人民政府", "落实", "省委全面依法治省委员会第二次会议")}),
    ("laws told to the public", TOWN, "广设宣传栏,宣传《宪法》《森林法》等法律法规。",
     {("塘栖镇人民政府", "宣传", "中华人民共和国宪法"), ("塘栖镇人民政府", "宣传", "中华人民共和国森林法")}),
    ("a clause of meetings joined by 以及 and ended by their spirit", CHENGYANG,
     "全面落实党的十九届五中全会,中央全面依法治国工作会议以及省委全面依法治省委员会第二次会议精神,增强法治意识。",
     {("城阳区人民政府", "落实", "中央全面依法治国工作会议"), ("城阳区人民政府", "落实", "省委全面依法治省委员会第二次会议")}),
    ("the bodies inside an honour's passive honoured its recipient, named or not", CHENGYANG,
     "区司法局被中央某某部、司法部、全国普法办表彰为全国七五普法先进单位。",
     {("司法部", "表彰", "城阳区司法局"), ("全国普法办", "表彰", "城阳区司法局")}),
    ("a body praising the clause's subject", CHENGYANG, "区司法局组织法治研讨会,受到司法部肯定。",
     {("司法部", "肯定", "城阳区司法局")}),
    ("a body promoting the programme heading the clause", CHENGYANG,
     "创新开展领导干部述法,“一述两评”做法被省委依法治省办推介。",
     {("山东省委全面依法治省委员会办公室", "推介", "一述两评")}),
    ("the division written right before an award's verb in a department's report won it", "长沙县司法局2023年法治政府建设年度报告",
     "全面推动法治督察工作,助力我县成功创建“第二批全省法治政府建设示范县”。",
     {("长沙县人民政府", "成功创建", "第二批全省法治政府建设示范县")}),
    ("bodies heading an award's clause all won it", "长治市2023年法治政府建设年度报告",
     "上党区和武乡县被评为全省第二批法治政府建设示范地区。",
     {("上党区人民政府", "被评为", "全省第二批法治政府建设示范地区"),
      ("武乡县人民政府", "被评为", "全省第二批法治政府建设示范地区")}),
    ("a list of awards goes on to the sentence's end past a body inside an award's name", "长葛市2022年法治政府建设年度报告",
     "入选2022年度全国党建引领乡村治理试点县,省司法厅行政指导融入行政处罚工作试点县(市);",
     {("长葛市人民政府", "入选", "省司法厅行政指导融入行政处罚工作试点县(市)")}),
    ("a service provided, a law focused on", TOWN,
     "提供“一对一帮办”服务。聚焦《浙江省数字经济促进条例》等重点法规,开展学法活动。",
     {("塘栖镇人民政府", "提供", "一对一帮办"), ("塘栖镇人民政府", "聚焦", "浙江省数字经济促进条例")}),
]


@pytest.mark.parametrize("shape, title, text, expected", FACTS, ids=[c[0] for c in FACTS])
def test_fact_shapes(tmp_path: Path, shape: str, title: str, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= facts(build(tmp_path, title, text))


NOT_FACTS = [
    # (shape, title, text, facts that must not be found)
    ("bodies in a person's title are not reorganised", CHENGYANG,
     "调整充实了以区委书记为主任、区长为副主任的区委全面依法治区委员会。",
     {("城阳区人民政府", "调整充实", "中共青岛市城阳区委员会"), ("城阳区人民政府", "调整充实", "城阳区人民政府")}),
    ("a town's party committee and government in a county's report are not the reporting body",
     "桐庐县2023年法治政府建设年度报告", "分水镇党委、政府贯彻落实《党政主要负责人履行推进法治建设第一责任人职责规定》。",
     {("桐庐县人民政府", "贯彻落实", "党政主要负责人履行推进法治建设第一责任人职责规定")}),
    ("以 a programme as a focus or a driver is no frame the body works by", CHENGYANG,
     "以“6+1”产业发展为重点,以“放管服”改革为驱动,优化营商环境。",
     {("城阳区人民政府", "以…为重点", "6+1产业发展"), ("城阳区人民政府", "以…为驱动", "放管服改革")}),
    ("作为 acts on nothing 将 did not take", CHENGYANG, "以“放管服”改革作为抓手,作为“一把手”工程推进。",
     {("城阳区人民政府", "作为", "放管服改革"), ("城阳区人民政府", "作为", "一把手工程")}),
    ("a plan heading still makes its items plans", CHENGYANG,
     "四、下一步工作计划\n一是推动落实“谁执法谁普法”普法责任制。",
     {("城阳区人民政府", "落实", "谁执法谁普法普法责任制")}),
    ("a verb framing what the writer worked under acts on nothing after it", CHENGYANG,
     "在区委、区政府的关心支持下、在区司法局的悉心指导下,认真落实《城阳区行政执法办法》。",
     {("城阳区人民政府", "支持", "城阳区司法局")}),
    ("a work report names no body told", CHENGYANG, "将法治建设纳入区委工作报告、区政府工作报告。",
     {("城阳区人民政府", "报告", "城阳区人民政府"), ("城阳区人民政府", "报告", "中共青岛市城阳区委员会")}),
    ("a body after 在 that led guided nothing", CHENGYANG, "在区委的坚强领导下,认真落实《城阳区行政执法办法》。",
     {("中共青岛市城阳区委员会", "领导", "城阳区人民政府")}),
    ("the requirements' owners did not work by what the writer took as its focus", CHENGYANG,
     "认真落实党中央决策部署,省委、省政府工作要求,以“两强化两提升”为抓手,推进依法行政。",
     {("中共山东省委员会", "以…为抓手", "两强化两提升"), ("山东省人民政府", "以…为抓手", "两强化两提升")}),
    ("the entry before a semicolon keeps its subject when the next one has no date", CHENGYANG,
     "区委常委会听取法治建设汇报;召开区委全面依法治区委员会第五次会议。",
     {("城阳区人民政府", "召开", "区委全面依法治区委员会第五次会议")}),
    ("the sentence framing the report acts under nothing", CHENGYANG,
     "根据《法治政府建设与责任落实督察工作规定》要求,现将城阳区2023年法治政府建设情况报告如下。",
     {("城阳区人民政府", "根据", "法治政府建设与责任落实督察工作规定")}),
    ("bodies heading a leader's title or a group they send are not what the verb acts on", CHENGYANG,
     "成立由区委主要领导任主任、区政府主要负责同志任副主任的区委全面依法治区委员会,邀请区委宣讲团成员开展宣讲。",
     {("城阳区人民政府", "成立", "城阳区人民政府"), ("城阳区人民政府", "成立", "中共青岛市城阳区委员会"),
      ("城阳区人民政府", "邀请", "中共青岛市城阳区委员会")}),
    ("a body named inside a meeting's name is not the one asked", CHENGYANG,
     "区司法局提请召开区委全面依法治区委员会第五次会议。",
     {("城阳区司法局", "提请", "城阳区委全面依法治区委员会")}),
    ("a clause of meetings ended by their spirit after a verb with an object goes on with nothing", CHENGYANG,
     "召开全区行政执法工作会议,省委全面依法治省委员会第二次会议精神。",
     {("城阳区人民政府", "召开", "省委全面依法治省委员会第二次会议")}),
    ("the writer does not win what it helped its division win", "长沙县司法局2023年法治政府建设年度报告",
     "全面推动法治督察工作,助力我县成功创建“第二批全省法治政府建设示范县”。",
     {("长沙县司法局", "成功创建", "第二批全省法治政府建设示范县")}),
    ("what a count heads won the award, not the writer", CHENGYANG, "3件案卷获评全省行政执法优秀案卷。",
     {("城阳区人民政府", "获评", "全省行政执法优秀案卷")}),
    ("a programme heading an award's verb is not under way", CHENGYANG,
     "“信用修复助企发展”获评全市2024年社会信用体系建设优秀案例;",
     {("城阳区人民政府", "获评", "信用修复助企发展")}),
    ("a recommending body recommended no recipient", CHENGYANG,
     "区司法局被市委依法治市办推荐为第三批全国法治政府建设示范候选单位。",
     {("青岛市委全面依法治市委员会办公室", "推荐", "城阳区司法局")}),
    ("a clause of objects after a clause whose objects do not end it goes on with nothing", CHENGYANG,
     "召开全区行政执法工作会议部署工作,法治政府建设总结评估协调会如期举行。",
     {("城阳区人民政府", "召开", "法治政府建设总结评估协调会")}),
]


@pytest.mark.parametrize("shape, title, text, unexpected", NOT_FACTS, ids=[c[0] for c in NOT_FACTS])
def test_not_fact_shapes(tmp_path: Path, shape: str, title: str, text: str,
                         unexpected: set[tuple[str, str, str]]) -> None:
    assert not unexpected & facts(build(tmp_path, title, text))


@pytest.mark.parametrize("text, verb, written", [
    ("连续15年在全省法治建设考核中获评优秀等次。", "获评", "全省法治建设考核优秀等次"),
    ("我区2023年度法治政府建设考核获全省第3名。", "获", "2023年度法治政府建设考核全省第3名"),
], ids=["a grade", "a rank"])
def test_award_written_around_its_verb_is_shown_by_its_name(tmp_path: Path, text: str, verb: str, written: str) -> None:
    """Who did what shows an award the sentence splits with its verb by its name, not the words around the verb."""
    record = build(tmp_path, CHENGYANG, text)
    assert written in {a.object_surface for a in record.actions if a.verb == verb}
