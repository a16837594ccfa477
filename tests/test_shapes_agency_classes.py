"""Agency shapes of the seventy-fifth to ninetieth rounds (kg/resources/README.md). Invented texts, one case per
shape, each in a report its title places:
- a body named alone on its line above a report's first sentence is the site the page sits on, no body written; a
  five-year plan's period in quotation marks (“八五”普法) is part of a working body's name (seventy-fifth round);
- a rule-of-law committee or its office heading a notice's title before 关于 is the body that issued it, named without
  its committee; other issuers in a title stay shielded (seventy-seventh round);
- a town's or street's own units written bare in its own report (信访办, 综合行政执法大队, 法治政府建设工作专班 …,
  `town_units.txt`), and a numbered inspection team sent by a party committee (市委第八巡察组, named with the
  committee's short name) or a central body (中央依法治国办第七督察组, named as written) (seventy-ninth round);
- departments whose official name joins two fields with 和 or 与 (民政和退役军人事务局, 民族和宗教事务委员会,
  政务服务与数据管理局, 民营经济和中小企业局) and a zone's or district's 综合治理局 written 综治局, rows of
  `agencies.tsv`; a town's or street's service hall written bare (便民服务中心) is where its services are given, no
  unit of `town_units.txt`; a party committee's sectoral working committee written short (区委教育工委,
  市委卫健工委, 区委农业农村工委) is named in full (eighty-second round);
- a zone's own party working committee (区党工委, 高新区党工委) is the zone's, not the district it lies in; a bare 区党工委
  outside a zone's report names no body; divisions listed before the directives or plans they gave (国务院、山西省、晋城市
  和我县关于…的决策部署, 山西省、晋城市实施方案) are the sources a report follows, no governments acting; a party
  commission for law-based governance (县委全面依法治县委员会) names no committee of its own; a division listed after one
  a verb opens (深入阳城县、陵川县开展调研) shares its reading (eighty-third round);
- a department's party committee (党委, 机关党委, 党总支) written right after the department's full or short name
  (市司法局党委, 县教育局党委) is the department's unit, not the department; its secretary, 中共 before it and a court's or
  procuratorate's are left as before (eighty-fourth round);
- a year's 年 after its digits, and 由 or 为 before a level's or a town's word, open no leading group's topic
  (召开2022年某镇…领导小组会议, 由镇…领导小组牵头, 将…领导小组调整为市…领导小组); a topic opening with the report's own
  words is read as before. A bare 政府 listed right after a party committee that names its division or level
  (在廊坊市委、政府的坚强领导下, 自治区党委、政府) is that division's government; 各级党委、政府 names none (eighty-sixth round);
- a commission that writes itself 委 before its own group (担任委法治建设领导小组组长) names the commission's group, 委
  written once; 部 before 分 is the word 部分, no department (组织部分县市区, 县政府部分工作部门) (ninetieth round);
- a bureau's or a province department's party group (党组) written right after the bureau's level and name (市司法局党组,
  县教育局党组, 省营商局党组) is the bureau's unit; its secretary and members, a bureau written without its level and a
  commission's (县卫健委党组) are left as before (ninety-first round);
- a city district committee's party school and working departments (区委党校, 区委组织部) are named bare, with neither
  中共 nor the city (城阳区委党校); a county's and a city's keep 中共, and a district's general office and commissions keep
  中共 and the city (ninety-second round);
- a ministry's own department, bureau or centre written right after it (财政部条法司, 司法部法治调研局, 司法部法律援助中心)
  is that unit, named as written, not the ministry; the ministry written alone is read as before (ninety-sixth round).
"""
from pathlib import Path

import pytest

from shapes import assert_agencies

ZEZHOU = "泽州县2022年度法治政府建设的情况报告"
FANGXIAN = "房县2022年法治政府建设年度报告"
JIADING = "上海市嘉定区2023年法治政府建设情况报告"
HEIJING = "黑井镇2023年法治政府建设工作报告"
RENHE = "重庆市荣昌区仁和镇2024年法治政府建设情况报告"
GUOJIATUO = "重庆市江北区郭家沱街道2023年法治政府建设情况报告"
SHENZHEN_BUREAU = "深圳市司法局2022年法治政府建设情况报告"
HAINAN = "海南省2021年法治政府建设情况报告"
GEJI = "革吉县2025年度法治政府建设情况报告"
LIAONING = "辽宁省2023年法治政府建设情况报告"
FULING = "重庆市涪陵区2022年法治政府建设情况报告"
NANCHANG = "南昌市2021年法治政府建设情况报告"
NINGHE_PARK = "经济开发区2024年度法治政府建设情况报告"
XUXING = "上海市嘉定区徐行镇2022年法治政府建设情况报告"
GAOFENG = "垫江县高峰镇2025年法治政府建设情况报告"
HUAIBEI = "淮北市2020年法治政府建设情况报告"
BAZHOU = "霸州市2023年法治政府建设情况报告"
XIZANG_BUREAU = "西藏自治区农业农村厅2025年法治政府建设情况报告"
SUINING_BUREAU = "遂宁市民政局2022年法治政府建设情况报告"
TIANJIN_COMMISSION = "天津市交通运输委员会2023年法治政府建设情况报告"
YIYANG = "益阳市2025年法治政府建设情况报告"
TAOYUAN = "桃源县2019年法治政府建设情况报告"
HUNAN_DEPARTMENT = "湖南省自然资源厅2020年法治政府建设情况报告"

CASES = [
    # (shape, title (or the file's title line, page lines and title), text, labels that must be found, labels that must not)
    ("a justice bureau's site above its county's report", f"# {ZEZHOU}\n\n泽州县司法局\n\n{ZEZHOU}",
     "2022年,我县坚持依法行政,全面推进法治政府建设。", set(), {"泽州县司法局"}),
    ("a county government's site above one of its towns' reports", f"# {HEIJING}\n\n禄丰市人民政府\n首页 >> 乡镇信息公开\n{HEIJING}",
     "2023年,黑井镇坚持依法行政,全面推进法治政府建设。", set(), {"禄丰市人民政府"}),
    ("the same body written in a sentence is still read", f"# {ZEZHOU}\n\n泽州县司法局\n\n{ZEZHOU}",
     "2022年,泽州县司法局牵头开展行政执法督察。", {"泽州县司法局"}, set()),
    ("a title read with no page line above it still names its body", "泽州县司法局2022年度法治政府建设情况报告",
     "2022年,我局坚持依法行政。", {"泽州县司法局"}, set()),
    ("a lecture group whose name holds a quoted plan period", FANGXIAN,
     "2022年,我县组建县“八五”普法宣讲团,开展宣讲120场。", {"房县“八五”普法宣讲团"}, set()),
    ("a leading group set up in a list, its name opening with a quoted plan period", ZEZHOU,
     "2022年,我县调整充实依法行政工作领导小组、“八五”普法工作领导小组。", {"泽州县“八五”普法工作领导小组"}, {"泽州县普法工作领导小组"}),
    ("a leading group whose topic holds a quoted plan period after 和", ZEZHOU,
     "2022年,我县成立了由县长任组长的法治建设和“八五”普法工作领导小组。", {"泽州县法治建设和“八五”普法工作领导小组"},
     {"泽州县普法工作领导小组"}),
    ("another quotation still ends a body's name", ZEZHOU,
     "2022年,我县成立“放管服”改革工作领导小组。", set(), {"泽州县放管服改革工作领导小组"}),
    ("a county rule-of-law office issuing the annual report's notice", ZEZHOU,
     "根据《中共泽州县委全面依法治县委员会办公室关于做好2022年法治政府建设年度报告的通知》要求,现将有关情况报告如下。",
     {"中共泽州县委全面依法治县委员会办公室"}, {"中共晋城市泽州县委员会", "中共泽州县委员会"}),
    ("a province's rule-of-law office in its short form before 关于", ZEZHOU,
     "按照《省委依法治省办关于报送2022年度法治政府建设情况报告的通知》要求,现将情况报告如下。",
     {"山西省委全面依法治省委员会办公室"}, set()),
    ("a rule-of-law committee issuing a notice", ZEZHOU,
     "认真落实《中共泽州县委全面依法治县委员会关于深入学习宣传贯彻习近平法治思想的通知》。",
     {"中共泽州县委全面依法治县委员会"}, set()),
    ("a title that only mentions the office after 关于 names no issuer", ZEZHOU,
     "印发《关于落实县委依法治县办工作要求的通知》。", set(), {"泽州县委全面依法治县委员会办公室"}),
    ("another issuer before 关于 stays shielded by the title", ZEZHOU,
     "根据《晋城市人民政府关于加强行政执法工作的意见》要求,我县开展执法检查。", set(), {"晋城市人民政府"}),
    ("the same office written in a sentence still names its committee too", ZEZHOU,
     "2022年,中共泽州县委全面依法治县委员会办公室开展法治督察。", {"中共泽州县委全面依法治县委员会办公室"}, set()),
    ("a town's petition office written bare", RENHE,
     "镇党委牵头,综合办、司法所、信访办等多个部门联动化解矛盾纠纷。", {"仁和镇信访办"}, set()),
    ("a town's law-enforcement brigade after 镇", RENHE,
     "今年以来,镇综合行政执法大队共办理行政处罚案件12件。", {"仁和镇综合行政执法大队"}, set()),
    ("a town's task force for rule-of-law government", RENHE,
     "成立由镇长任组长的法治政府建设工作专班,调度各项任务。", {"仁和镇法治政府建设工作专班"}, set()),
    ("a street's rule-of-law office after 街道", GUOJIATUO,
     "加强机构建设。对街道法治政府建设办公室人员进行充实调整。", {"郭家沱街道法治政府建设办公室"}, set()),
    ("a town's public legal service station after 镇", RENHE,
     "支持镇公共法律服务工作站建设,完善法律顾问制度。", {"仁和镇公共法律服务工作站"}, set()),
    ("a county's unit after its county is not the town's", RENHE,
     "区信访办督促各镇落实信访工作责任。", set(), {"仁和镇信访办"}),
    ("a city committee's numbered inspection team", SHENZHEN_BUREAU,
     "全面从严治党,完成了市委第八巡察组反馈意见的整改。", {"深圳市委第八巡察组"}, {"深圳市第八巡察组"}),
    ("a central office's numbered inspection team", HAINAN,
     "加强中央依法治国办第七督察组对我省开展督察反馈问题的整改。",
     {"中央依法治国办第七督察组"}, {"中央全面依法治国委员会办公室"}),
    ("a team joined to another by 和 is not read into the first", SHENZHEN_BUREAU,
     "完成了市委第八巡察组和第五专项巡察组反馈意见的整改。", {"深圳市委第八巡察组"},
     {"深圳市委第八巡察组和第五专项巡察组"}),
    ("a team inside a title stays shielded", SHENZHEN_BUREAU,
     "研究制定《市委第二巡察组巡察反馈意见整改方案》。", set(), {"深圳市委第二巡察组"}),
    ("a county's merged bureau of civil affairs and veterans", GEJI,
     "2025年,县民政和退役军人事务局推进社会救助规范化。", {"革吉县民政和退役军人事务局"}, {"革吉县退役军人事务局"}),
    ("a province's commission of ethnic and religious affairs written with 和", LIAONING,
     "省民族和宗教事务委员会完善宗教事务管理制度。", {"辽宁省民族和宗教事务委员会"}, set()),
    ("a district's bureau of government services and data written with 与", ZEZHOU,
     "组建县政务服务与数据管理局,推进“一网通办”。", {"泽州县政务服务与数据管理局"}, set()),
    ("a district's bureau of the private economy and small firms", SHENZHEN_BUREAU,
     "会同市民营经济和中小企业局开展涉企法律服务。", {"深圳市民营经济和中小企业局"}, set()),
    ("a town's service hall written bare is no unit of the town", RENHE,
     "依托便民服务中心开展法律咨询,为群众提供便利。", set(), {"仁和镇便民服务中心"}),
    ("a district committee's education working committee written short", FULING,
     "严格执行区委教育工委“三重一大”决策制度。", {"涪陵区委教育工作委员会"}, {"涪陵区委教育工委"}),
    ("a city committee's health working committee written short", NANCHANG,
     "充分发挥市委卫健工委在推进卫生健康系统法治建设中的作用。", {"南昌市委卫生健康工作委员会"}, {"南昌市委卫健工委"}),
    ("a district committee's rural working committee written short", FULING,
     "制定了区委农业农村工委中心组学法计划。", {"涪陵区委农业农村工作委员会"}, {"涪陵区委农业农村工委"}),
    ("a combined-governance bureau written short", ZEZHOU,
     "县综治局牵头开展矛盾纠纷排查化解。", {"泽州县综合治理局"}, {"泽州县综治局"}),
    ("a park's own party working committee is the park's, not its district's", NINGHE_PARK,
     "2024年宁河经济开发区在区委、区政府的正确领导下坚持依法行政。区党工委专题研究法治建设工作。",
     {"中共宁河经济开发区工作委员会", "中共天津市宁河区委员会"},
     {"宁河区工作委员会"}),
    ("a bare 区党工委 in a town's report names no district body", RENHE,
     "在区党工委、管委会正确领导下,我镇深入推进法治政府建设。", set(), {"荣昌区工作委员会", "荣昌区党工委"}),
    ("divisions listed before the directives they gave", ZEZHOU,
     "深入贯彻落实国务院、山西省、晋城市和我县关于法治政府建设的重要决策部署。", set(),
     {"山西省人民政府", "晋城市人民政府"}),
    ("divisions listed before their implementing plans", ZEZHOU,
     "全面落实《法治政府建设实施纲要(2021-2025年)》及山西省、晋城市实施方案。", set(),
     {"山西省人民政府", "晋城市人民政府"}),
    ("a party commission for law-based governance names no committee of its own", ZEZHOU,
     "召开县委全面依法治县委员会第一次会议,审议通过年度工作要点。", {"泽州县委全面依法治县委员会"}, {"中共泽州县委员会"}),
    ("the committee written on its own beside its commission is still read", ZEZHOU,
     "在县委的坚强领导下,县委全面依法治县委员会召开会议。", {"泽州县委全面依法治县委员会", "中共泽州县委员会"}, set()),
    ("a division listed after one a verb opens shares its reading", ZEZHOU,
     "深入阳城县、陵川县开展调研,指导高平市、沁水县率先探索。", set(), {"陵川县人民政府", "沁水县人民政府"}),
    ("a division listed after one 对 opens is still the body acted on", ZEZHOU,
     "县司法局对阳城县、陵川县开展督察。", {"陵川县人民政府"}, set()),
    ("a division listed before a body's deployment, the list longer than the reach", ZEZHOU,
     "对标山西省、晋城市、泽州县法治政府建设各项工作部署,推动法治建设。", set(), {"晋城市人民政府"}),
    ("a bureau's party committee written after the bureau's short name", SHENZHEN_BUREAU,
     "2022年,市司法局党委审议通过《实施方案》。", {"深圳市司法局党委"}, set()),
    ("a county bureau's party committee written after its bare name", ZEZHOU,
     "县教育局党委邀请律师开展讲座。", {"泽州县教育局党委"}, set()),
    ("a city bureau's party committee in a county bureau's leading bodies", ZEZHOU,
     "在市委、市政府和市公安局党委的坚强领导下,县公安局依法履职。", {"晋城市公安局党委", "泽州县公安局"}, set()),
    ("a bureau's organ party committee", SHENZHEN_BUREAU,
     "市司法局机关党委开展主题党日活动。", {"深圳市司法局机关党委"}, set()),
    ("a party committee's secretary is a post, not the committee", SHENZHEN_BUREAU,
     "市司法局党委书记主持召开专题会议。", set(), {"深圳市司法局党委"}),
    ("中共 before a bureau's party committee is left as before", SHENZHEN_BUREAU,
     "中共深圳市司法局党委坚持依法行政。", set(), {"深圳市司法局党委"}),
    ("a party committee after a list of a court and a procuratorate is no department's", ZEZHOU,
     "县法院、县检察院党委向县委报告工作。", {"泽州县人民检察院"}, {"泽州县人民检察院党委"}),
    ("a year's 年 opens no group's topic", XUXING,
     "召开了2022年徐行镇法治建设工作领导小组工作会议。", {"徐行镇法治建设工作领导小组"},
     {"年徐行镇法治建设工作领导小组"}),
    ("由 before a town's word opens no group's topic", GAOFENG,
     "我镇落实第一责任人职责,由镇法治政府建设领导小组牵头推进。", {"高峰镇法治政府建设领导小组"},
     {"由镇法治政府建设领导小组"}),
    ("为 before a level's word opens no group's topic", HUAIBEI,
     "在全省率先将市依法行政工作领导小组调整为市法治政府建设工作领导小组。", {"淮北市法治政府建设工作领导小组"},
     {"淮北市为市法治政府建设工作领导小组"}),
    ("a group's topic opening with its own words is read as before", GAOFENG,
     "成立由镇党委书记任组长的法治政府建设领导小组。", {"高峰镇法治政府建设领导小组"}, set()),
    ("a bare 政府 after a city's committee is the city's government", BAZHOU,
     "2023年,在廊坊市委、政府和霸州市委的坚强领导下,我市坚持依法行政。", {"廊坊市人民政府", "中共廊坊市委员会"}, set()),
    ("a bare 政府 after a region's committee is the region's government", XIZANG_BUREAU,
     "2025年,在自治区党委、政府的坚强领导下,我厅坚持依法行政。", {"西藏自治区人民政府"}, set()),
    ("a bare 政府 after every level's committees names no government", XIZANG_BUREAU,
     "推动各级党委、政府主要负责人履行职责。", set(), {"西藏自治区人民政府"}),
    ("a bureau's own group after a verb is read as before", SUINING_BUREAU,
     "及时调整局法治政府建设工作领导小组。", {"遂宁市民政局法治政府建设工作领导小组"}, set()),
    ("a commission's own group written 委…领导小组", TIANJIN_COMMISSION,
     "主要负责同志亲自担任委法治建设领导小组组长,全面统筹。",
     {"天津市交通运输委员会法治建设领导小组"}, {"天津市交通运输委员会委法治建设领导小组"}),
    ("组织部分 is 组织 + 部分, no 组织部", YIYANG,
     "组织部分县市区和市直单位开展法治督察。", set(), {"益阳市组织部", "中共益阳市委组织部"}),
    ("政府部分 is 政府 + 部分, no 人民政府部", TAOYUAN,
     "完成了县政府部分工作部门职责调整。", set(), {"桃源县人民政府部"}),
    ("市委组织部 written whole is still read", YIYANG,
     "市委组织部牵头开展法治培训。", {"中共益阳市委组织部"}, set()),
    ("a bureau's party group written after the bureau's level and short name", SHENZHEN_BUREAU,
     "2022年,市司法局党组举办学习轮训班。", {"深圳市司法局党组"}, set()),
    ("a county bureau's party group written after its level and name", ZEZHOU,
     "县教育局党组高度重视法治建设。", {"泽州县教育局党组"}, set()),
    ("a party group's secretary and members are posts, not the group", SHENZHEN_BUREAU,
     "市司法局党组书记、局长和党组成员带头学法。", set(), {"深圳市司法局党组"}),
    ("a bureau written without its level leaves its party group unread", ZEZHOU,
     "教育局党组高度重视法治建设。", set(), {"泽州县教育局党组"}),
    ("a commission's party group written short is left as before", ZEZHOU,
     "县卫健委党组高度重视法治建设。", set(), {"泽州县卫生健康委员会党组"}),
    ("a bureau's party organisations are no party group", SHENZHEN_BUREAU,
     "市司法局党组织书记述职。", set(), {"深圳市司法局党组"}),
    ("a city district committee's party school is named bare", JIADING,
     "将习近平法治思想纳入区委党校主体班次。", {"嘉定区委党校"}, {"中共上海市嘉定区委党校"}),
    ("a city district committee's department is named bare", JIADING,
     "区委组织部、区委宣传部牵头开展法治培训。", {"嘉定区委组织部", "嘉定区委宣传部"},
     {"中共上海市嘉定区委组织部", "中共上海市嘉定区委宣传部"}),
    ("a county committee's party school keeps 中共", ZEZHOU,
     "县委党校开设法治课程。", {"中共泽州县委党校"}, {"泽州县委党校"}),
    ("a city district committee's general office keeps 中共 and the city", JIADING,
     "区委办公室印发通知。", {"中共上海市嘉定区委办公室"}, set()),
    ("a ministry's department written right after it is that department, not the ministry", HUNAN_DEPARTMENT,
     "邀请财政部条法司领导作专题辅导。", {"财政部条法司"}, {"财政部"}),
    ("a ministry's department before its head's post", HUNAN_DEPARTMENT,
     "邀请自然资源部法规司司长来厅作辅导培训。", {"自然资源部法规司"}, {"自然资源部"}),
    ("a ministry's bureau and centre are named as written", SHENZHEN_BUREAU,
     "邀请司法部法治调研局副局长作专题报告,在司法部法律援助中心案件抽检中获评优秀。",
     {"司法部法治调研局", "司法部法律援助中心"}, {"司法部"}),
    ("the ministry written alone is still the ministry", HUNAN_DEPARTMENT,
     "在自然资源部的正确领导下,全面推进依法行政。", {"自然资源部"}, set()),
    ("a ministry before an ordinary word ending 中心 names no unit", HUNAN_DEPARTMENT,
     "教育部高度重视法治中心工作。", {"教育部"}, {"教育部高度重视法治中心"}),
]


@pytest.mark.parametrize("shape, title, text, present, absent", CASES, ids=[c[0] for c in CASES])
def test_agency_shape(tmp_path: Path, shape: str, title: str, text: str, present: set[str], absent: set[str]) -> None:
    assert_agencies(tmp_path, title, text, present, absent)
