"""Shapes of writers unlike a district government (issue 13): functional zones, streets, towns, autonomous
areas and county-level cities. Invented sentences, one per shape: where the report is placed, what its
reporting body and the bodies around it are called, and who acts in its subject-less sentences."""
from pathlib import Path

import pytest

from shapes import assert_agencies, build, facts

STREET = "留下街道2022年度法治政府建设工作报告"
TOWN = "塘栖镇法治政府建设年度报告(2024年度)"
TJ_HITECH = "天津滨海高新区2023年度法治政府建设情况报告"
CHANGCHUN_NEW_AREA = "长春新区管理委员会关于2022年度法治政府建设情况的报告"
SIP = "苏州工业园区2023年法治政府建设工作情况报告"
NINGHE_PARK = "经济开发区2024年度法治政府建设情况报告"


PLACES = [
    # (shape, title, text, division the report is about, its reporting body)
    ("a street named alone in the title, its city in the first sentence", "虹桥街道2021年度法治政府建设工作总结",
     "2021年,虹桥街道入选上海市首批法治示范创建街镇。", "长宁区", "虹桥街道办事处"),
    ("a street with its district in the first sentence", STREET, "2022年,西湖区留下街道扎实推进依法行政。",
     "西湖区", "留下街道办事处"),
    ("a street no gazetteer lists writes its own report", "望江楼街道2023年法治政府建设工作报告",
     "2023年,在杭州市西湖区委、区政府的领导下,望江楼街道坚持依法行政。", "西湖区", "望江楼街道办事处"),
    ("a town no gazetteer lists, its year first", "2023年度某某镇法治政府建设情况报告",
     "2023年,在桐庐县委、县政府的领导下,我镇坚持依法行政。", "桐庐县", "某某镇人民政府"),
    ("a joint title, the town's party committee first", "中共塘栖镇委员会 塘栖镇人民政府关于2023年度法治政府建设情况的报告",
     "2023年,我镇坚持依法行政。", "临平区", "塘栖镇人民政府"),
    ("a first sentence for a title: the bodies before 的 lead or guide the writer", "# 2022年,在县委、县政府的坚强领导下,"
     "在县司法局的有力指导下,桐庐县人民政府办公室坚持依法行政", "2022年,我办坚持依法行政。", "桐庐县", "桐庐县人民政府办公室"),
    ("a first sentence for a title: a town guided by the county's bureau", "# 2025年,瑶琳镇人民政府在县委、县政府的坚强领导下,"
     "在县司法局的精心指导下,深入学习贯彻习近平法治思想", "2025年,我镇坚持依法行政。", "桐庐县", "瑶琳镇人民政府"),
    ("a first sentence for a title: a list of bodies before 的 oversaw the writer", "# 2025年以来,在市委、市政府和区委的"
     "正确领导下,在区人大、区政协的监督支持下,区政府坚持以习近平法治思想为指导", "2025年,城阳区坚持依法行政。",
     "城阳区", "城阳区人民政府"),
    ("a town named only in the first sentence", "2023年法治政府建设工作报告", "2023年,塘栖镇党委、政府坚持依法行政。",
     "临平区", "塘栖镇人民政府"),
    ("a city whose name holds 镇", "景德镇市2023年法治政府建设年度报告", "2023年,景德镇市坚持依法行政。",
     "景德镇市", "景德镇市人民政府"),
    ("a national tourist resort is a zone", "某某岛国家旅游度假区2025年法治政府建设工作情况报告",
     "2025年,度假区党工委、管委会立足“两岸融合发展示范区”定位推进法治建设。",
     "某某岛国家旅游度假区", "某某岛国家旅游度假区管理委员会"),
    ("a zone the title names by its kind, a city further on", "经济开发区2024年度法治政府建设情况报告",
     "2024年宁河经济开发区在区委、区政府的正确领导下推进依法行政。原管委会职能转由天津市某某实业有限公司代为履行。",
     "宁河经济开发区", "宁河经济开发区管理委员会"),
    ("a zone named in full in the title, a zone-like phrase further on", "徐圩新区2022年法治政府建设工作报告",
     "2022年以来,徐圩新区坚持依法行政,为建设千亿园区提供坚实法治保障。", "徐圩新区", "徐圩新区管理委员会"),
    ("a zone's department", "淄博高新区社会事业局2023年法治政府建设工作报告", "2023年,我局坚持依法行政。",
     "淄博高新技术产业开发区", "淄博高新技术产业开发区社会事业局"),
    ("a state-level eco-city run by a management committee", "中新天津生态城2023年法治政府建设情况报告",
     "2023年,生态城管委会坚持依法行政。", "中新天津生态城", "中新天津生态城管理委员会"),
    ("a scenic area's management committee", "2022年度某某山风景区法治政府建设情况报告",
     "2022年,风景区管委会坚持依法行政。", "某某山风景区", "某某山风景区管理委员会"),
    ("an autonomous county by its full name", "丰宁满族自治县2023年法治政府建设情况报告",
     "2023年,丰宁满族自治县坚持依法行政。", "丰宁满族自治县", "丰宁满族自治县人民政府"),
    ("an autonomous county by its short name", "关于丰宁县2023年法治政府建设情况的报告",
     "2023年,丰宁县坚持依法行政。", "丰宁满族自治县", "丰宁满族自治县人民政府"),
    ("an autonomous banner", "鄂温克族自治旗2023年法治政府建设情况报告", "2023年,鄂温克旗坚持依法行政。",
     "鄂温克族自治旗", "鄂温克族自治旗人民政府"),
    ("an autonomous prefecture", "延边朝鲜族自治州2023年法治政府建设情况报告", "2023年,延边州坚持依法行政。",
     "延边朝鲜族自治州", "延边朝鲜族自治州人民政府"),
    ("an unlisted zone with a seven-character place, its province in short", "贵州某某航空港经济区2023年度法治政府建设工作情况报告",
     "2023年,经济区管委会坚持依法行政。", "贵州某某航空港经济区", "贵州某某航空港经济区管理委员会"),
    ("a town thanking its county's bodies (领导和县司法局 is not 和县)", "2025年度法治政府建设情况报告",
     "2025年,西仓镇人民政府在县委、县政府的坚强领导和县司法局的精心指导下推进依法行政。", "碌曲县", "西仓镇人民政府"),
    ("a listed zone written by its kind alone, named in full only in a document's title", "2024年度法治政府建设情况报告",
     "2024年,示范区党工委、管委会坚持依法行政。党工委审议通过了《杨凌示范区法治建设实施方案》。",
     "杨凌农业高新技术产业示范区", "杨凌农业高新技术产业示范区管理委员会"),
    ("a town two counties have, placed by the page's address", "# 牛田镇2024年法治政府建设情况报告\n# 来源: http://jw.taojiang.gov.cn/1.html\n",
     "2024年,在县委、县政府的坚强领导下,牛田镇坚持依法行政。", "桃江县", "牛田镇人民政府"),
    ("a county named only in the titles of its own documents", "2025年,我县坚持依法行政,现将有关情况报告如下。",
     "我县制定印发《华宁县2025年法治政府建设工作要点》,贯彻《云南省某某条例》。", "华宁县", "华宁县人民政府"),
    ("a body that repeats its title above its first sentence, which names the zone in full", NINGHE_PARK,
     NINGHE_PARK + "\n2024年宁河经济开发区在区委、区政府的正确领导下坚持依法行政。", "宁河经济开发区", "宁河经济开发区管理委员会"),
    ("a zone the title names in full, its city in the first sentence", "五象新区2025年度法治政府建设工作情况的报告",
     "2025年,五象新区坚持依法行政,服务南宁市高质量发展。", "五象新区", "五象新区管理委员会"),
    ("a verb before a zone's kind is no place name", "高新区2023年法治政府建设年度报告",
     "2023年,我区纵深推进高新区法治建设,落实《襄阳高新区法治建设规划》。", "襄阳高新技术产业开发区",
     "襄阳高新技术产业开发区管理委员会"),
    ("a free-trade zone's 新片区, its full name headed by 中国(省) in the page's banner", "某港新片区管委会2020年法治政府建设年度报告",
     "中国(上海)自由贸易试验区某港新片区管理委员会\n2020年,在市委、市政府领导下,某港新片区管委会坚持依法行政。",
     "中国(上海)自由贸易试验区某港新片区", "中国(上海)自由贸易试验区某港新片区管理委员会"),
    ("a 起步区 whose six-character name follows its city's short name", "中共济南某某某某某某起步区工委 "
     "济南某某某某某某起步区管委会关于2023年度法治政府建设情况报告", "2023年,在市委、市政府坚强领导下,起步区坚持依法行政。",
     "济南某某某某某某起步区", "济南某某某某某某起步区管理委员会"),
    ("a bureau's report that names no place but on its page's address", "# 2024年,区司法局在区委、区政府的正确领导下,坚持依法行政"
     "\n# 来源: http://rongchang.gov.cn/bm/qsfj/1.html\n", "2024年,全区开展法治宣传。深入贯彻视察重庆重要讲话精神。",
     "荣昌区", "荣昌区司法局"),
    ("an autonomous prefecture known by its first character and 州", "# 2023年,博州党委、政府坚持依法行政,深入贯彻习近平法治思想",
     "2023年,全州坚持依法行政。", "博尔塔拉蒙古自治州", "博尔塔拉蒙古自治州人民政府"),
    ("a league known by its first character and 盟", "# 2022年,锡盟坚持以习近平法治思想为指导,推进法治政府建设",
     "2022年,全盟坚持依法行政。", "锡林郭勒盟", "锡林郭勒盟行政公署"),
    ("a city that names itself only by its short name", "# 2024年,在省委、省人民政府的坚强领导下,湘潭深入贯彻习近平法治思想",
     "2024年,全市坚持依法行政。", "湘潭市", "湘潭市人民政府"),
    ("an unlisted zone named after the genre's 现将", "# 2025年,在市政府的正确领导下,我区深入学习贯彻习近平法治思想",
     "2025年,我区坚持依法行政,现将某东新区2025年度法治政府建设情况报告如下:", "某东新区", "某东新区管理委员会"),
]


@pytest.mark.parametrize("shape, title, text, division, body", PLACES, ids=[c[0] for c in PLACES])
def test_report_places(tmp_path: Path, shape: str, title: str, text: str, division: str, body: str) -> None:
    record = build(tmp_path, title, text)
    assert record.division.name == division
    assert record.reporting_body[2] == body


AGENCIES = [
    # (shape, title, text, labels that must be found, labels that must not)
    ("a zone's management committee its title writes in full is named so throughout",
     "中共陕西省西咸新区工作委员会 陕西省西咸新区开发建设管理委员会关于2020年度法治政府建设情况的报告",
     "2020年,西咸新区在新区党工委管委会的正确领导下坚持依法行政。", {"陕西省西咸新区开发建设管理委员会"},
     {"陕西西咸新区管理委员会"}),
    ("a park's committee its title writes after its district's full name, and the park's party committee",
     "重庆市武隆区工业园区管理委员会关于2020年度法治政府建设情况的报告",
     "重庆市武隆区工业园区管理委员会\n2020年,园区党工委坚持依法行政,管委会推进依法决策。",
     {"重庆市武隆区工业园区管理委员会", "中共重庆市武隆区工业园区工作委员会"},
     {"武隆区工业园区管理委员会", "中共重庆市武隆区重庆市武隆区工业园区工作委员会"}),
    ("an unlisted zone's bodies after its full name and its short one", "某港新片区管委会2020年法治政府建设年度报告",
     "中国(上海)自由贸易试验区某港新片区管理委员会\n2020年,某港新片区管委会成立某港新片区法治工作领导小组。",
     {"中国(上海)自由贸易试验区某港新片区管理委员会", "某港新片区法治工作领导小组"},
     {"某港新片区某港新片区管理委员会", "区某港新片区管理委员会"}),
    ("a town's own commission, founded", TOWN, "我镇成立了全面依法治理委员会,由镇主要领导任组长。",
     {"塘栖镇全面依法治理委员会"}, set()),
    ("a street's own rule-of-law committee", STREET, "定期召开街道法治建设委员会会议,部署全年工作。",
     {"留下街道法治建设委员会"}, set()),
    ("a street's leading group after a long clause", STREET,
     "及时调整完善了以街道党工委书记、办事处主任为组长,各办公室主任为副组长的依法行政工作领导小组。",
     {"留下街道依法行政工作领导小组"}, set()),
    ("a town's own centre and congress presidium", TOWN, "镇综治中心联合司法所调解纠纷,镇人大主席团开展执法检查。",
     {"塘栖镇综治中心", "塘栖镇司法所", "塘栖镇人大主席团"}, set()),
    ("a town's party committee written in full", TOWN, "中共塘栖镇委员会专题研究法治建设。",
     {"中共杭州市临平区塘栖镇委员会"}, {"塘栖镇委员会"}),
    ("a town's leading group after a long clause", TOWN,
     "成立了以镇党委书记为组长、镇长为副组长的法治建设工作领导小组。", {"塘栖镇法治建设工作领导小组"}, set()),
    ("a street's 党工委 written alone", STREET, "街道充分发挥党工委在法治建设中的统筹领导作用。",
     {"中共杭州市西湖区留下街道工作委员会"}, set()),
    ("党工委 in a zone's list of kinds of committee", TJ_HITECH, "纳入开发区各级党委(党组、党工委)理论学习中心组学习计划。",
     set(), {"中共天津滨海高新技术产业开发区工作委员会"}),
    ("管委会 in a zone department's report", "淄博高新区社会事业局2023年法治政府建设工作报告",
     "我局在高新区党工委、管委会的领导下坚持依法行政。",
     {"淄博高新技术产业开发区管理委员会", "淄博高新技术产业开发区社会事业局"}, set()),
    ("a zone's 党委 is a committee", TJ_HITECH, "高新区党委始终把党的领导贯彻到法治政府建设全过程。",
     {"中共天津滨海高新技术产业开发区委员会"}, {"中共天津滨海高新技术产业开发区工作委员会"}),
    ("a zone's 党工委 is a working committee", SIP, "园区党工委专题研究法治建设工作。",
     {"中共苏州工业园区工作委员会"}, {"中共苏州工业园区委员会"}),
    ("a zone's commission written after its name", CHANGCHUN_NEW_AREA, "组织召开新区全面依法治区委员会会议。",
     {"长春新区全面依法治区委员会"}, {"长春新区党工委全面依法治区委员会"}),
    ("a zone's commission written bare keeps the zone's name", "兰州新区2021年度法治政府建设工作报告",
     "先后召开全面依法治区委员会会议2次。", {"兰州新区全面依法治区委员会"}, {"兰州新区党工委全面依法治区委员会"}),
    ("a zone's commission written after its 党工委", SIP, "召开园区党工委全面依法治区委员会会议。",
     {"苏州工业园区党工委全面依法治区委员会"}, set()),
    ("an autonomous county's bodies by short forms", "丰宁满族自治县2023年法治政府建设情况报告",
     "县委、县政府高度重视,丰宁县司法局、县人大常委会和承德市委依法治市办给予指导。",
     {"中共丰宁满族自治县委员会", "丰宁满族自治县人民政府", "丰宁满族自治县司法局",
      "丰宁满族自治县人民代表大会常务委员会", "承德市委全面依法治市委员会办公室"}, {"丰宁县司法局"}),
    ("an autonomous prefecture's bodies by short forms", "延边朝鲜族自治州2023年法治政府建设情况报告",
     "州委、州政府高度重视,州中级人民法院和延吉市人民政府参加。",
     {"中共延边朝鲜族自治州委员会", "延边朝鲜族自治州人民政府", "延边朝鲜族自治州中级人民法院", "延吉市人民政府"}, set()),
    ("the city's pair above a county-level city", "常熟市2023年法治政府建设工作报告",
     "在苏州市委、市政府和常熟市委的坚强领导下,市政府推进依法行政。",
     {"中共苏州市委员会", "苏州市人民政府", "中共常熟市委员会", "常熟市人民政府"}, set()),
    ("a county-level city and the city above it", "宜兴市2024年法治政府建设情况报告",
     "市委、市政府高度重视,市司法局会同无锡市司法局开展执法检查。",
     {"中共宜兴市委员会", "宜兴市人民政府", "宜兴市司法局", "无锡市司法局"}, {"中共无锡市委员会"}),
    ("an autonomous region's party committee in a zone's report", "广西-东盟经济技术开发区2024年度法治政府建设情况报告",
     "开发区认真落实自治区党委的决策部署,自治区司法厅给予指导。",
     {"中共广西壮族自治区委员会", "广西壮族自治区司法厅"}, {"中共广西-东盟经济技术开发区委员会"}),
    ("an autonomous region's party committee in a city's report", "吐鲁番市2021年法治政府建设工作报告",
     "自治区党委、自治区人民政府高度重视。", {"中共新疆维吾尔自治区委员会", "新疆维吾尔自治区人民政府"}, set()),
    ("a commission and its office, not one body", "吐鲁番市2021年法治政府建设工作报告",
     "充分发挥市委全面依法治市委员会及其办公室作用。", {"吐鲁番市委全面依法治市委员会"},
     {"吐鲁番市委全面依法治市委员会及其办公室"}),
    ("an ethnic township written without its nationality", "永德县2023年法治政府建设情况报告",
     "班卡乡、乌木龙乡围绕普法强基开展活动。", {"乌木龙彝族乡人民政府", "班卡乡人民政府"}, {"乌木龙乡人民政府"}),
    ("示范乡镇 is the kind of all towns, no town", "多宝街道2024年度法治政府建设情况报告",
     "街道获评2023年广东省信访工作示范乡镇(街道)称号。", set(), {"信访工作示范乡人民政府"}),
    ("a street's own commission written bare", "东城街道2022年法治政府建设情况报告",
     "及时调整全面依法治街工作委员会成员。", {"东城街道全面依法治街工作委员会"}, set()),
    ("a zone's 党工委 written bare", "广西-东盟经济技术开发区2024年度法治政府建设情况报告",
     "全年召开党工委理论学习中心组学习12次。", {"中共广西-东盟经济技术开发区工作委员会"}, set()),
    ("a bureau's own party committee by its level", "重庆市荣昌区公安局2021年开展法治政府建设工作情况报告",
     "区局党委会学习习近平法治思想116次。", {"荣昌区公安局党委"}, {"荣昌区局党委"}),
    ("every party body's study group in a street's report", STREET,
     "将习近平法治思想作为党委(党组)理论学习中心组学习重点内容。", set(), {"留下街道理论学习中心组"}),
    ("a street office written after its city and district is named by the street alone",
     "长沙市天心区坡子街街道办事处2022年法治政府建设年度报告", "2022年,街道坚持依法行政。",
     {"坡子街街道办事处"}, {"天心区坡子街街道办事处"}),
    ("a street's units named by their heads' posts name persons", STREET,
     "由街道党工委书记任组长、司法所所长任办公室主任,派出所所长为副组长;司法所开展矛盾纠纷调解。",
     {"留下街道司法所"}, {"留下街道派出所"}),
    ("a street's service centre, and its communities' kind of centre", STREET,
     "推进街道政务服务中心、社区便民服务中心标准化建设。", {"留下街道政务服务中心"}, {"留下街道便民服务中心"}),
    ("a street office's formal name holds its district's government", "南华西街道2024年度法治政府建设情况报告",
     "广州市海珠区人民政府南华西街道办事处坚持依法行政。", {"南华西街道办事处"}, {"海珠区人民政府"}),
    ("a bureau's own party group", "五华县司法局2023年法治政府建设年度报告", "局党组专题研究法治建设工作。",
     {"中共五华县司法局党组"}, {"局党组"}),
    ("an unlisted zone headed by its city's name: that city's committee and government",
     "十堰某某产业园区2023年法治政府建设情况报告", "2023年,园区党工委、管委会在市委、市政府坚强领导下坚持依法行政。",
     {"中共十堰市委员会", "十堰市人民政府"}, set()),
    ("an unlisted zone headed by its city's short name: the province's and city's committees", "河源某某产业园区管委会2025年法治政府建设年度报告",
     "园区贯彻省委部署和市委县委等文件要求。", {"中共广东省委员会", "中共河源市委员会"}, set()),
    ("a park's 区委 and 区政府 are the district's it lies in, its 管委会 its own", NINGHE_PARK,
     "2024年宁河经济开发区在区委、区政府的正确领导下,区管委会坚持依法行政。",
     {"中共天津市宁河区委员会", "宁河区人民政府", "宁河经济开发区管理委员会"}, {"中共宁河经济开发区工作委员会"}),
    ("a zone its report never names in full lends its units the name it writes", "信阳高新区2022年法治政府建设情况报告",
     "2022年,信阳高新区及时调整区法治政府建设领导小组。",
     {"信阳高新区法治政府建设领导小组", "信阳高新技术产业开发区管理委员会"},
     {"信阳高新技术产业开发区法治政府建设领导小组"}),
    ("a zone its report never names in full: its party commission", "高新区2023年法治政府建设年度报告",
     "2023年,襄阳高新区对党工委全面依法治区委员会成员进行调整。", {"襄阳高新区党工委全面依法治区委员会"},
     {"襄阳高新技术产业开发区党工委全面依法治区委员会"}),
    ("a zone its report names in full keeps the full name for its units", "天津经济技术开发区2023年法治政府建设情况报告",
     "2023年,天津经济技术开发区调整区法治政府建设领导小组。", {"天津经济技术开发区法治政府建设领导小组"},
     {"天津经开区法治政府建设领导小组"}),
    ("a new area's 区委 and 区政府 are its own", "青岛西海岸新区2024年法治政府建设情况报告",
     "2024年,区委、区政府高度重视法治建设。", {"中共青岛西海岸新区工作委员会", "青岛西海岸新区管理委员会"},
     {"中共青岛市黄岛区委员会", "黄岛区人民政府"}),
]


@pytest.mark.parametrize("shape, title, text, present, absent", AGENCIES, ids=[c[0] for c in AGENCIES])
def test_agency_shapes(tmp_path: Path, shape: str, title: str, text: str, present: set[str], absent: set[str]) -> None:
    assert_agencies(tmp_path, title, text, present, absent)


FACTS = [
    # (shape, title, text, facts (agent, verb as written, object) that must be found)
    ("a resort zone's subject-less action", "某某岛国家旅游度假区2025年法治政府建设工作情况报告",
     "制定《某某岛国家旅游度假区重大行政决策程序规定》。",
     {("某某岛国家旅游度假区管理委员会", "制定", "某某岛国家旅游度假区重大行政决策程序规定")}),
    ("a street placed by its title acts", "虹桥街道2021年度法治政府建设工作总结",
     "2021年,虹桥街道入选上海市首批法治示范创建街镇。制定《虹桥街道规范性文件合法性审查办法》。",
     {("虹桥街道办事处", "制定", "虹桥街道规范性文件合法性审查办法")}),
    ("a street no gazetteer lists acts in its own report", "望江楼街道2023年法治政府建设工作报告",
     "2023年,在杭州市西湖区委、区政府的领导下,望江楼街道坚持依法行政。制定《望江楼街道合法性审查办法》。",
     {("望江楼街道办事处", "制定", "望江楼街道合法性审查办法")}),
    ("a town founds its own commission", TOWN, "我镇成立了全面依法治理委员会。",
     {("塘栖镇人民政府", "成立", "塘栖镇全面依法治理委员会")}),
]


@pytest.mark.parametrize("shape, title, text, expected", FACTS, ids=[c[0] for c in FACTS])
def test_fact_shapes(tmp_path: Path, shape: str, title: str, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= facts(build(tmp_path, title, text))
