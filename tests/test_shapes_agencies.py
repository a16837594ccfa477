"""Shapes of agency names and facts that real reports use (issue 13): invented sentences, one per shape,
each in a report whose title places it (a district, a street, a town or a zone)."""
from pathlib import Path

import pytest

from kg.extract import extract
from kg.records import ReportRecord

CHENGYANG = "城阳区2023年法治政府建设年度报告"
WUQING = "武清区2023年法治政府建设年度报告"
SHIJIAZHUANG = "石家庄市2023年法治政府建设年度报告"
STREET = "留下街道2022年度法治政府建设工作报告"
TOWN = "塘栖镇法治政府建设年度报告(2024年度)"
TEDA = "2021年天津经济技术开发区法治政府建设情况报告"
SIP = "苏州工业园区2023年法治政府建设工作情况报告"


def build(tmp_path: Path, title: str, body: str) -> ReportRecord:
    path = tmp_path / "report.txt"
    path.write_text(f"{title}\n{body}\n", encoding="utf-8")
    return extract(path)


def agencies(record: ReportRecord) -> set[str]:
    return {e.label for e in record.entities.values() if e.type == "Agency"}


AGENCIES = [
    # (shape, title, text, labels that must be found, labels that must not)
    ("commission after its committee", CHENGYANG, "区委依法治区委员会印发《工作要点》。",
     {"城阳区委全面依法治区委员会"}, {"城阳区委依法治区委员会"}),
    ("commission written bare names its level", CHENGYANG, "46名领导干部向依法治市委员会述法。",
     {"青岛市委全面依法治市委员会"}, {"中共青岛市委员会"}),
    ("commission office without 委", WUQING, "严格落实天津市依法治市办的工作部署。",
     {"天津市委全面依法治市委员会办公室"}, {"天津市全面依法治市委员会办公室"}),
    ("a list of levels is no prefix", CHENGYANG, "各级干部向依法治市、县委员会述法。", set(), {"县委员会"}),
    ("committee and government back to back", CHENGYANG, "建立区委区政府主要领导周调度机制。",
     {"中共青岛市城阳区委员会", "城阳区人民政府"}, {"城阳区委区政府"}),
    ("government and department back to back", CHENGYANG, "区政府区司法局联合开展执法检查。",
     {"城阳区司法局"}, {"城阳区政府区司法局", "城阳区府区司法局"}),
    # The stock phrase of supervision: every development gold that writes it lists neither body (issue 13).
    ("congress in short and its standing committee", CHENGYANG, "在区委的坚强领导下、区人大及其常委会的监督下推进。",
     {"中共青岛市城阳区委员会"}, {"城阳区人民代表大会", "城阳区人民代表大会常务委员会"}),
    ("a congress named alone is a body", CHENGYANG, "在区人大、区政协的监督支持下推进。",
     {"城阳区人民代表大会", "政协青岛市城阳区委员会"}, set()),
    ("city's pair back to back", WUQING, "按照市委市政府的部署要求推进。",
     {"中共天津市委员会", "天津市人民政府"}, {"天津市委市政府"}),
    ("a named district's pair", TEDA, "按照滨海新区区委区政府的部署要求推进。",
     {"中共天津市滨海新区委员会", "滨海新区人民政府"}, set()),
    ("verb between committee and 政府", CHENGYANG, "向区委汇报政府立法工作。",
     {"中共青岛市城阳区委员会"}, {"城阳区委汇报政府"}),
    ("one-character suffix closing 区域", CHENGYANG, "打造区域中心城市。", set(), {"城阳区域中心"}),
    ("institute of an academy", SHIJIAZHUANG, "特邀省社会科学院法学研究所教授授课。",
     {"河北省社会科学院法学研究所"}, {"河北省社会科"}),
    ("the stock opening in full", "清河县2022年法治政府建设年度报告",
     "在县人民代表大会及其常务委员会的监督下,全县推进依法行政。",
     set(), {"清河县人民代表大会", "清河县人民代表大会常务委员会"}),
    ("places listed as receivers are their governments", "鄂尔多斯市2023年法治政府建设年度报告",
     "市本级及东胜区、达拉特旗被自治区命名为示范地区,推荐鄂尔多斯市和鄂托克前旗的项目参评。",
     {"东胜区人民政府", "达拉特旗人民政府", "鄂托克前旗人民政府"}, set()),
    ("an academy in short", SHIJIAZHUANG, "省社科院对我市法治政府示范创建进行第三方评估。",
     {"河北省社会科学院"}, {"河北省社科"}),
    ("one-character suffixes closing ordinary words", SHIJIAZHUANG,
     "组织省社科研究人员承接市局委托事项7项,围绕市委中心工作开展宣传。", {"中共石家庄市委员会"},
     {"河北省社科", "石家庄市局委", "石家庄市委中心"}),
    ("bare bodies after an agency verb", CHENGYANG, "邀请发改委、商务局等专业部门开展培训。",
     {"城阳区发展和改革委员会", "城阳区商务局"}, set()),
    ("a name no table holds in a list of bare bodies", CHENGYANG, "邀请发改委、商务局、金融办等专业部门开展培训。",
     {"城阳区发展和改革委员会", "城阳区商务局", "城阳区金融办"}, {"金融办"}),
    ("a government's party group", CHENGYANG, "区政府党组专题学习习近平法治思想。", {"城阳区人民政府党组"}, set()),
    ("a party group's study group", CHENGYANG, "召开区政府党组理论学习中心组专题学习会议。",
     {"城阳区人民政府党组理论学习中心组"}, {"城阳区人民政府党组"}),
    ("a list of levels before a body", CHENGYANG, "推动县区党委主要负责人述法。", set(), {"县区党委", "城阳区党委"}),
    ("a counted kind of body", CHENGYANG, "建成公共法律服务中心8个,公共法律服务工作站143个。", set(),
     {"公共法律服务工作站", "城阳区公共法律服务工作站"}),
    ("an office named alone", CHENGYANG, "召开委员会、办公室及各协调小组会议5次。", set(), {"城阳区办公室"}),
    ("a committee's study group in short", CHENGYANG, "举行区委中心组学习会。", {"城阳区委理论学习中心组"}, {"城阳区委中心组"}),
    ("a one-character county repeats its level", "赵县2025年法治政府建设情况报告", "县委理论学习中心组开展法治学习。",
     {"赵县县委理论学习中心组"}, {"赵县委理论学习中心组"}),
    ("a rank is no body", CHENGYANG, "组织区管局级干部和市直局级干部参加培训。", set(), {"城阳区管局", "青岛市直局"}),
    ("national bodies", CHENGYANG, "外交部、司法部有关负责同志出席。", {"外交部", "司法部"}, set()),
    ("national bodies in short get their full names", CHENGYANG,
     "案件被最高人民检察院、国家市场监管总局、国家药品监管局评为典型案例。",
     {"最高人民检察院", "国家市场监督管理总局", "国家药品监督管理局"}, {"国家市场监管总局", "国家药品监管局"}),
    ("the party centre's general office", CHENGYANG, "根据中央办公厅、国务院办公厅印发的规定开展督察。",
     {"中共中央办公厅", "国务院办公厅"}, {"中央办公厅"}),
    ("a national short form inside a group word", CHENGYANG, "会同人社部门开展检查。", set(),
     {"人力资源和社会保障部"}),
    ("a department's internal division", SHIJIAZHUANG, "市市场监管局法规处被评为全国普法先进单位。",
     {"石家庄市市场监督管理局法规处"}, {"石家庄市市场监督管理局"}),
    ("places listed before a body share it", SHIJIAZHUANG, "新华区、桥西区和长安区市场监管局法规科被评为先进集体。",
     {"新华区市场监督管理局法规科", "桥西区市场监督管理局法规科", "长安区市场监督管理局法规科"}, set()),
    ("a division of another level shares nothing", SHIJIAZHUANG, "石家庄市和长安区司法局联合开展检查。",
     {"长安区司法局"}, {"石家庄市司法局"}),
    ("依法处理 is no division", SHIJIAZHUANG, "市市场监管局依法处理投诉举报。",
     {"石家庄市市场监督管理局"}, {"石家庄市市场监督管理局依法处"}),
    ("a committee's study group as written", SHIJIAZHUANG, "市委理论中心组专题学习《统计法》。",
     {"石家庄市委理论学习中心组"}, {"石家庄市委理论中心组"}),
    ("a member's title is no body", CHENGYANG, "省委常委、市委书记主持召开会议。", set(), {"山东省委常委"}),
    ("a session number belongs to a meeting", SHIJIAZHUANG, "在市委十二届22次常委(扩大)会议上部署。",
     {"中共石家庄市委员会"}, {"石家庄市委十二届22次常委"}),
    ("street's party committee", STREET, "街道党工委、办事处高度重视法治建设。",
     {"中共杭州市西湖区留下街道工作委员会", "留下街道办事处"}, set()),
    ("street's party committee after its name", STREET, "北山街道党工委召开会议。",
     {"中共杭州市西湖区北山街道工作委员会"}, {"北山街道党工委"}),
    ("town's party committee and its study group", TOWN, "镇党委理论学习中心组开展集中学习。",
     {"中共杭州市临平区塘栖镇委员会", "塘栖镇党委理论学习中心组"}, set()),
    ("town's study group written bare", TOWN, "镇长办公会议、理论学习中心组年度学法8次。",
     {"塘栖镇理论学习中心组"}, {"临平区理论学习中心组"}),
    ("street's study group", STREET, "街道党工委理论学习中心组将学法作为重点课题。",
     {"留下街道党工委理论学习中心组", "中共杭州市西湖区留下街道工作委员会"}, {"留下街道党工委理论学习中心"}),
    ("town's bare units", TOWN, "成立依法治镇委员会,构建司法所牵头,党政办、综合执法队协同的机制。",
     {"塘栖镇依法治镇委员会", "塘栖镇司法所", "塘栖镇党政办", "塘栖镇综合执法队"}, {"临平区综合行政执法队"}),
    ("a town's unit written bare elsewhere is a kind", CHENGYANG, "深化法制室和司法所合署,派出所参与调解。", set(),
     {"城阳区司法所", "城阳区派出所"}),
    ("全区 as a scope is no body", "城阳区司法局2023年法治政府建设年度报告", "督促落实任务指标,提升全区法治政府建设水平。",
     {"城阳区司法局"}, {"城阳区人民政府"}),
    ("全区 as a subject is the government", "城阳区司法局2023年法治政府建设年度报告", "全区推进依法行政。",
     {"城阳区人民政府"}, set()),
    ("a street committee's office after a year", STREET, "组织召开2025年街道依法治理委员会办公室会议。",
     {"留下街道依法治理委员会办公室"}, {"留下街道依法治理委员会"}),
    ("street's office with 街道", STREET, "由街道党政综合办牵头。", {"留下街道党政综合办"}, set()),
    ("zone's office in short", TEDA, "经开区政务服务办建立事项清单管理机制。",
     {"天津经济技术开发区政务服务办公室"}, {"天津经济技术开发区政务服务办"}),
    ("zone's departments in a list", TEDA, "经开区社会事业局、经济发展局联合开展执法检查。",
     {"天津经济技术开发区社会事业局", "天津经济技术开发区经济发展局"}, set()),
    ("a district's office keeps its short form", CHENGYANG, "区司法局、市场监管局、区金融办联合开展检查。",
     {"城阳区司法局", "城阳区市场监督管理局", "城阳区金融办"}, {"城阳区金融办公室"}),
    ("zone's management committee in short", TEDA, "经开区管委会紧紧围绕年度目标推进。",
     {"天津经济技术开发区管理委员会"}, {"天津经济技术开发区管委"}),
    ("zone's party committee and its commission", SIP, "召开园区党工委全面依法治区委员会会议。",
     {"苏州工业园区党工委全面依法治区委员会"}, {"苏州工业园区委全面依法治区委员会"}),
    ("zone's working committee as 工委", "青岛西海岸新区2024年法治政府建设情况报告",
     "青岛西海岸新区工委(区委)、管委(区政府)在市委、市政府的坚强领导下推进。",
     {"中共青岛西海岸新区工作委员会", "青岛西海岸新区管理委员会"}, {"青岛西海岸新区工委"}),
    ("a coded zone under its short name", "济南高新区2024年法治政府建设情况报告", "将法治建设纳入管委会绩效考核评价体系。",
     {"济南高新技术产业开发区管理委员会"}, {"济南高新区管理委员会"}),
    ("zone's party committee", SIP, "充分发挥园区党工委的领导作用。", {"中共苏州工业园区工作委员会"}, set()),
    ("a closing signature places a report without a title", "区人大常委会:",
     "现将我区2021年法治政府建设工作情况报告如下。区司法局推进依法行政。\n城阳区人民政府\n2022年3月8日",
     {"城阳区人民政府", "城阳区司法局"}, set()),
    ("publisher in page chrome", CHENGYANG, "区司法局\n- 发布机构:城阳区司法局\n市司法局 2020年03月30日\n首页 -> 政务公开 -> 工作报告\n全区推进依法行政。",
     set(), {"城阳区司法局", "青岛市司法局"}),
    # Shapes of 25 reports collected blind from the pages corpus (agency3 audit).
    ("a founding verb ends a name", CHENGYANG, "指导平度市组建行政审批局。", set(), {"平度市组建行政审批局"}),
    ("an adverb and a verb of cooperation end a name", SHIJIAZHUANG, "市政府积极配合市人大常委会制定决定。",
     {"石家庄市人民政府", "石家庄市人民代表大会常务委员会"}, {"石家庄市人民政府积极配合市人大"}),
    ("former bureaus in short", SHIJIAZHUANG, "省质监局、省食品药品监管局推行一网受理。",
     {"河北省质量技术监督局", "河北省食品药品监督管理局"}, {"河北省质监局", "河北省食品药品监管局"}),
    ("示范区 is a word, not a level", CHENGYANG, "牵头组建长三角一体化示范区行政复议委员会。",
     {"长三角一体化示范区行政复议委员会"}, {"城阳区行政复议委员会"}),
    ("a level the report's divisions lack", SHIJIAZHUANG, "长安区通过区委中心组学习会、区政府常务会议开展学习。",
     {"长安区人民政府"}, {"", "区政府", "区委中心组", "区委理论学习中心组"}),
    ("committee and government named in full back to back", SHIJIAZHUANG, "中共石家庄市委石家庄市人民政府印发实施意见。",
     {"中共石家庄市委员会", "石家庄市人民政府"}, {"石家庄市委石家庄市人民政府"}),
    ("the genre's leading group of a city", SHIJIAZHUANG, "发挥市法治政府建设工作领导小组办公室的统筹协调作用。",
     {"石家庄市法治政府建设工作领导小组办公室"}, set()),
    ("the genre's leading group after a town's name", TOWN, "及时调整塘栖镇法治政府建设领导小组成员。",
     {"塘栖镇法治政府建设领导小组"}, set()),
    ("the genre's leading group bare in a town's report", TOWN, "成立以镇长为组长的法治政府建设工作领导小组。",
     {"塘栖镇法治政府建设工作领导小组"}, set()),
    ("市场 after a county is a word, not a level", "南昌县2019年法治政府建设工作报告",
     "南昌县建筑设计院和南昌县市场物业管理中心划入生产经营类。", {"南昌县市场物业管理中心"}, set()),
    ("a town before its village names the village's place", "武义县2022年度法治政府建设情况报告",
     "柳城畲族镇县后村入选“全国民主法治示范村”,泉溪镇获评全省最佳实践案例。", {"泉溪镇人民政府"}, {"柳城畲族镇人民政府"}),
    ("the site's name above a title", "# 福建省2021年度法治政府建设情况\n# 来源: https://example.org/\n\n福州市",
     "当前位置:首页 > 政务公开\n福建省2021年度法治政府建设情况\n2021年,我省各级政府坚持依法行政。省政府召开常务会议。",
     {"福建省人民政府"}, {"福州市人民政府"}),
]


@pytest.mark.parametrize("shape, title, text, present, absent", AGENCIES, ids=[c[0] for c in AGENCIES])
def test_agency_shapes(tmp_path: Path, shape: str, title: str, text: str, present: set[str], absent: set[str]) -> None:
    found = agencies(build(tmp_path, title, text))
    assert present <= found
    assert not absent & found


def facts(record: ReportRecord) -> set[tuple[str, str, str]]:
    return {(a.agent[2], a.verb, a.object[2]) for a in record.actions if a.object and not a.planned}


FACTS = [
    # (shape, title, text, facts (agent, verb as written, object) that must be found)
    ("编制 a regulation", CHENGYANG, "编制《城阳区重大行政决策程序规定》。",
     {("城阳区人民政府", "编制", "城阳区重大行政决策程序规定")}),
    ("制发 a plan", CHENGYANG, "区司法局制发《城阳区法治政府建设工作计划》等文件15件。",
     {("城阳区司法局", "制发", "城阳区法治政府建设工作计划")}),
    ("融入 a study plan", CHENGYANG, "将学法内容融入《区政府常务会议学法计划》。",
     {("城阳区人民政府", "融入", "区政府常务会议学法计划")}),
    ("bodies after 向 are told", CHENGYANG, "区政府每年第一季度向区委、区人大常委会报告上一年度法治政府建设情况。",
     {("城阳区人民政府", "报告", "中共青岛市城阳区委员会"), ("城阳区人民政府", "报告", "城阳区人民代表大会常务委员会")}),
    ("bodies after 为 are served", CHENGYANG, "区司法局为区委、区政府配备专职法律顾问11名。",
     {("城阳区司法局", "配备", "中共青岛市城阳区委员会"), ("城阳区司法局", "配备", "城阳区人民政府")}),
    ("bodies after 对 are supervised", CHENGYANG, "区委依法治区办对流亭街道、即墨区法治建设开展实地督查。",
     {("城阳区委全面依法治区委员会办公室", "督查", "流亭街道办事处"),
      ("城阳区委全面依法治区委员会办公室", "督查", "即墨区人民政府")}),
    ("a zone's office acts", TEDA, "经开区政务服务办印发《经开区政务服务事项管理规范》。",
     {("天津经济技术开发区政务服务办公室", "印发", "经开区政务服务事项管理规范")}),
    ("a speech at a meeting", CHENGYANG, "区司法局在全省司法行政工作会议上作交流发言。",
     {("城阳区司法局", "作交流发言", "全省司法行政工作会议")}),
    ("acting under a regulation", CHENGYANG, "按照《山东省行政程序规定》要求,规范行政决策;根据《青岛市行政执法监督办法》,开展执法检查。",
     {("城阳区人民政府", "按照", "山东省行政程序规定"), ("城阳区人民政府", "根据", "青岛市行政执法监督办法")}),
    ("a passive with its agent after 经", CHENGYANG, "区司法局起草《城阳区行政规范性文件管理办法》;《城阳区行政规范性文件管理办法》经区委常委会审议通过。",
     {("城阳区委常委会", "审议通过", "城阳区行政规范性文件管理办法")}),
    ("a leader acts for the government", CHENGYANG, "区司法局印发《行政执法工作规范》;区长某某主持召开全区法治政府建设推进会。",
     {("城阳区人民政府", "主持召开", "全区法治政府建设推进会")}),
    ("a leader acts for the body of the last title", CHENGYANG,
     "省委常委、市委副书记、区委书记某某主持召开区委全面依法治区委员会会议,传达学习全省法治工作会议精神。",
     {("中共青岛市城阳区委员会", "主持召开", "区委全面依法治区委员会会议"),
      ("中共青岛市城阳区委员会", "传达学习", "全省法治工作会议")}),
    ("a joint subject carries over the comma", CHENGYANG, "区委、区政府高度重视,认真贯彻落实《法治政府建设实施纲要(2021—2025年)》。",
     {("中共青岛市城阳区委员会", "贯彻落实", "法治政府建设实施纲要(2021—2025年)"),
      ("城阳区人民政府", "贯彻落实", "法治政府建设实施纲要(2021—2025年)")}),
    ("a street's joint subject", STREET, "街道党工委、办事处高度重视,制定《留下街道法治建设工作方案》。",
     {("中共杭州市西湖区留下街道工作委员会", "制定", "留下街道法治建设工作方案"),
      ("留下街道办事处", "制定", "留下街道法治建设工作方案")}),
    ("an object cut off by a comma", TOWN, "构建司法所牵头,党政办、综合执法队协同联动的“三位一体”审查机制。",
     {("塘栖镇人民政府", "构建", "三位一体审查机制")}),
    ("a clause with its own subject does not inherit", CHENGYANG, "区司法局印发《行政执法工作规范》,区法院出台《诉讼服务指引》。",
     {("城阳区司法局", "印发", "行政执法工作规范"), ("城阳区人民法院", "出台", "诉讼服务指引")}),
    ("the body before verb-的 issued it", CHENGYANG, "贯彻落实中共中央、国务院印发的《法治政府建设实施纲要(2021—2025年)》。",
     {("国务院", "印发", "法治政府建设实施纲要(2021—2025年)"), ("中共中央", "印发", "法治政府建设实施纲要(2021—2025年)"),
      ("城阳区人民政府", "贯彻落实", "法治政府建设实施纲要(2021—2025年)")}),
    ("a zone's party working committee and management committee write jointly: the management committee acts",
     "中共淄博市委淄博高新区工作委员会 淄博高新技术产业开发区管理委员会关于2022年度法治政府建设工作的报告",
     "印发《高新区行政执法工作规范》。",
     {("淄博高新技术产业开发区管理委员会", "印发", "高新区行政执法工作规范")}),
    ("asking a congress to deliberate, adopting after study", CHENGYANG,
     "提请区人大常委会审议地方性法规草案3件;研究通过《城阳区法治建设工作要点》。",
     {("城阳区人民政府", "提请", "城阳区人民代表大会常务委员会"), ("城阳区人民政府", "研究通过", "城阳区法治建设工作要点")}),
    ("adopting after discussion, putting into force, drawing up", CHENGYANG,
     "讨论并通过了《城阳区法治政府建设实施方案》;施行《城阳区物业管理办法》;拟定了《城阳区机构改革方案》。",
     {("城阳区人民政府", "讨论并通过", "城阳区法治政府建设实施方案"), ("城阳区人民政府", "施行", "城阳区物业管理办法"),
      ("城阳区人民政府", "拟定", "城阳区机构改革方案")}),
    ("acting under what a body issued", CHENGYANG,
     "根据中共中央办公厅、国务院办公厅印发《法治政府建设与责任落实督察工作规定》要求,围绕《城阳区法治政府建设规划》推进。",
     {("中共中央办公厅", "印发", "法治政府建设与责任落实督察工作规定"),
      ("国务院办公厅", "印发", "法治政府建设与责任落实督察工作规定"),
      ("城阳区人民政府", "围绕", "城阳区法治政府建设规划")}),
    ("opening a column", CHENGYANG, "在普法公众号开设“城阳法治”学习专栏。", {("城阳区人民政府", "开设", "城阳法治学习专栏")}),
    ("bodies after 向 are recommended to", CHENGYANG, "区司法局向市委依法治市办推荐示范创建项目3个。",
     {("城阳区司法局", "推荐", "青岛市委全面依法治市委员会办公室")}),
    ("the bodies inside an award's passive gave it", CHENGYANG, "区司法局被市委依法治市办推荐为全国法治政府建设示范候选单位。",
     {("城阳区司法局", "被推荐为", "全国法治政府建设示范候选单位"),
      ("青岛市委全面依法治市委员会办公室", "推荐为", "全国法治政府建设示范候选单位")}),
    ("a programme at a clause's head is under way", CHENGYANG, "区司法局印发《行政执法工作规范》;城阳政企通平台有序推进,上线事项50项。",
     {("城阳区人民政府", "推进", "城阳政企通平台")}),
    ("starting a campaign, checking against a plan", CHENGYANG, "发起“护企”专项行动;对照《法治政府建设实施纲要(2021—2025年)》逐项落实。",
     {("城阳区人民政府", "发起", "护企专项行动"), ("城阳区人民政府", "对照", "法治政府建设实施纲要(2021—2025年)")}),
    ("a joint subject acts on a body", CHENGYANG, "区委、区政府听取区司法局关于法治政府建设情况的汇报。",
     {("中共青岛市城阳区委员会", "听取", "城阳区司法局"), ("城阳区人民政府", "听取", "城阳区司法局")}),
    ("a report sent to bodies", CHENGYANG, "区政府常务会议审议通过年度报告,按程序报送区委、区人大常委会。",
     {("城阳区人民政府", "报送", "中共青岛市城阳区委员会"),
      ("城阳区人民政府", "报送", "城阳区人民代表大会常务委员会")}),
    ("the bodies after 由 jointly held what follows", CHENGYANG,
     "组织执法人员参加由省司法厅、省普法办联合举办的全省行政执法人员培训班。",
     {("城阳区人民政府", "参加", "全省行政执法人员培训班"), ("山东省司法厅", "举办", "全省行政执法人员培训班"),
      ("山东省普法办", "举办", "全省行政执法人员培训班")}),
    ("a partner after 联合 or 会同 does it too", CHENGYANG,
     "区司法局联合区法院举办行政执法与刑事司法衔接工作会议。区司法局会同区检察院、区公安分局开展“护苗”专项行动。",
     {("城阳区司法局", "举办", "行政执法与刑事司法衔接工作会议"),
      ("城阳区人民法院", "举办", "行政执法与刑事司法衔接工作会议"),
      ("城阳区司法局", "开展", "护苗专项行动"), ("城阳区人民检察院", "开展", "护苗专项行动")}),
    ("a body made by a head verb a comma cut off", TOWN,
     "镇党委、镇政府成立了由镇长任组长,各办负责人为成员的法治政府建设工作领导小组。",
     {("中共杭州市临平区塘栖镇委员会", "成立", "塘栖镇法治政府建设工作领导小组"),
      ("塘栖镇人民政府", "成立", "塘栖镇法治政府建设工作领导小组")}),
    ("a body leading inside a long object a comma cut off", TOWN,
     "构建司法所牵头,党政办、综合执法队协同联动的“三位一体”审查机制。",
     {("塘栖镇人民政府", "构建", "三位一体审查机制"), ("塘栖镇司法所", "牵头", "三位一体审查机制")}),
    ("由 a body leads what the clause before made", STREET, "成立法治工作办公室,由街道党政综合办牵头,司法所配合。",
     {("留下街道办事处", "成立", "法治工作办公室"), ("留下街道党政综合办", "牵头", "法治工作办公室")}),
    ("the report's own level and a body", "池州市2023年法治政府建设情况报告",
     "市本级、石台县创成全省第二批法治政府建设示范地区。",
     {("池州市人民政府", "创成", "全省第二批法治政府建设示范地区"),
      ("石台县人民政府", "创成", "全省第二批法治政府建设示范地区")}),
    ("adopting a way of working", CHENGYANG, "采用“线上+线下”双向受理模式,完成信用修复200条。",
     {("城阳区人民政府", "采用", "线上+线下双向受理模式")}),
    ("由 a body that drafted what a meeting adopted", CHENGYANG,
     "由区司法局起草的《城阳区重大行政决策程序规定》经区政府常务会议审议通过。",
     {("城阳区司法局", "起草", "城阳区重大行政决策程序规定"),
      ("城阳区人民政府", "审议通过", "城阳区重大行政决策程序规定")}),
    ("a body leads, the bodies it works with act too", CHENGYANG,
     "区司法局牵头,会同区法院、区检察院制定《城阳区行政争议多元化解办法》。",
     {("城阳区司法局", "制定", "城阳区行政争议多元化解办法"), ("城阳区人民法院", "制定", "城阳区行政争议多元化解办法"),
      ("城阳区人民检察院", "制定", "城阳区行政争议多元化解办法")}),
]


@pytest.mark.parametrize("shape, title, text, expected", FACTS, ids=[c[0] for c in FACTS])
def test_fact_shapes(tmp_path: Path, shape: str, title: str, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= facts(build(tmp_path, title, text))


NOT_FACTS = [
    # (shape, title, text, facts that must not be found)
    ("a body after 新组建的 was not made by the verb a comma cut off", CHENGYANG,
     "区委全面依法治区委员会新设立4个协调小组,办公室设在新组建的区司法局。",
     {("城阳区委全面依法治区委员会", "设立", "城阳区司法局")}),
    ("the bodies beside the report's own level do not go on acting", "池州市2023年法治政府建设情况报告",
     "市本级、石台县创成全省第二批法治政府建设示范地区;入选全省“十大法治人物”。",
     {("石台县人民政府", "入选", "全省“十大法治人物”")}),
    ("a body after 由 leads, it is not made", CHENGYANG, "区委、区政府成立了由区长任组长,各部门负责人为成员的领导小组。",
     {("中共青岛市城阳区委员会", "成立", "城阳区人民政府"), ("城阳区人民政府", "成立", "城阳区人民政府")}),
    ("由 a body that drafted does not adopt", CHENGYANG,
     "由区司法局起草的《城阳区重大行政决策程序规定》经区政府常务会议审议通过。",
     {("城阳区司法局", "审议通过", "城阳区重大行政决策程序规定")}),
]


@pytest.mark.parametrize("shape, title, text, unexpected", NOT_FACTS, ids=[c[0] for c in NOT_FACTS])
def test_not_fact_shapes(tmp_path: Path, shape: str, title: str, text: str,
                         unexpected: set[tuple[str, str, str]]) -> None:
    assert not unexpected & facts(build(tmp_path, title, text))
