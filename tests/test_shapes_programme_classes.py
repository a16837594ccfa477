"""Classes of programme names counted in the seventy-third to seventy-fifth rounds (kg/resources/README.md).

Invented sentences, one table:
- a field of government work or a principle of the rule of law named whole (“三农”, “营商环境”, 依法行政, “六稳六保”) is
  what every government does, no programme (`program_fields.txt`); a longer name that holds one stays a programme;
- a quoted count of campaign years (“三个年”, “四个深化年”) followed by a programme noun names that set of campaigns,
  with no word glued before it; a count of anything else, or with no noun after it, names nothing;
- a body's own housekeeping system (完善内部管理制度, 财政管理制度) is no programme (`program_generic_heads.txt`), while a
  head that names what is managed (权责清单动态管理制度) stays one;
- a standing national institution set by a central act for every body (宪法宣誓制度, 公平竞争审查制度,
  中小学校党组织领导的校长负责制), unquoted after 落实 or 推进, is that programme (`national_programs.tsv`); not two objects
  joined by 及, not an institution no central act sets, and not 行政执法责任制, which the guide's worked example leaves out.
"""
import pytest

from shapes import programmes

FIELD = "a field of work or a principle named whole"
COUNTED_YEARS = "a quoted count of campaign years"
HOUSEKEEPING = "a body's own housekeeping system"
NATIONAL = "a standing national institution"

CASES = [
    # (class, sentence, name, whether it is given)
    (FIELD, "坚持把法治思维和法治方式贯穿“三农”工作全过程,提升依法行政水平。", "三农", False),
    (FIELD, "深入学习习近平总书记关于“三农”工作重要论述,推动农业农村法治建设。", "三农", False),
    (FIELD, "创新工作方式,全面推行依法行政,切实加强法治宣传。", "依法行政", False),
    (FIELD, "局党组将“法治建设”列入年度重点工作,与业务工作同部署。", "法治建设", False),
    (FIELD, "全力做好“六稳六保”工作,依法保障经济平稳运行。", "六稳六保", False),
    (FIELD, "持续推进“政务公开”工作,主动公开政府信息300余条。", "政务公开", False),
    # a longer name holding a field stays a programme
    (FIELD, "举办“三农”大讲堂6期,邀请专家授课。", "三农大讲堂", True),
    (FIELD, "开展“营商环境提升年”活动,梳理问题清单。", "营商环境提升年活动", True),
    (FIELD, "积极开展法治政府建设示范创建,对标对表。", "法治政府建设示范创建", True),
    (COUNTED_YEARS, "以扎实开展“三个年”活动为抓手,聚焦重点任务。", "三个年活动", True),
    (COUNTED_YEARS, "以“四个深化年”活动为抓手,统筹推进各项工作。", "四个深化年活动", True),
    (COUNTED_YEARS, "围绕深化拓宽“三个年”活动,聚焦聚力重点工作。", "三个年活动", True),
    (COUNTED_YEARS, "围绕深化拓宽“三个年”活动,聚焦聚力重点工作。", "拓宽三个年活动", False),
    (COUNTED_YEARS, "以服务深化全省“三个年”活动和全市重点工作为主线。", "全省三个年活动", False),
    (COUNTED_YEARS, "深化“四个年”行动,以执法规范化建设为抓手。", "四个年行动", True),
    # a count of principles, or a count with no programme noun, names nothing
    (COUNTED_YEARS, "坚决做到“两个维护”活动中不走样。", "两个维护活动", False),
    (COUNTED_YEARS, "围绕全省“三个年”,打好攻坚战。", "三个年", False),
    (HOUSEKEEPING, "坚持依法监督,不断完善内部管理制度,把法治要求落到实处。", "内部管理制度", False),
    (HOUSEKEEPING, "认真贯彻落实内部规范性文件管理制度,加强对规范性文件的审核。", "内部规范性文件管理制度", False),
    (HOUSEKEEPING, "一是持续完善财政管理制度。对标上级政策要求。", "财政管理制度", False),
    (HOUSEKEEPING, "依法依规建立健全规范性文件管理制度,对纳入重大决策的事项严格审查。", "规范性文件管理制度", False),
    # a head that names what is managed
    (HOUSEKEEPING, "建立法治工作台账管理制度,实行月调度。", "法治工作台账管理制度", True),
    (HOUSEKEEPING, "建立健全权责清单动态管理制度。进一步规范权力运行。", "权责清单动态管理制度", True),
    (HOUSEKEEPING, "完善政府法律顾问管理制度,规范顾问工作。", "政府法律顾问管理制度", True),
    (NATIONAL, "深入学习中央精神。落实宪法宣誓制度,举行国家工作人员宪法宣誓仪式。", "宪法宣誓制度", True),
    (NATIONAL, "严格落实国家工作人员宪法宣誓制度,全年组织宣誓2次。", "国家工作人员宪法宣誓制度", True),
    (NATIONAL, "严格落实公平竞争审查制度,认真开展自查自纠。", "公平竞争审查制度", True),
    (NATIONAL, "全面推动落实中小学校党组织领导的校长负责制,调整学校领导班子。", "中小学校党组织领导的校长负责制", True),
    # two objects joined by 及, and an institution of no central act for every body
    (NATIONAL, "各部门严格落实县政府常务会及宪法宣誓制度、会前学法制度。", "宪法宣誓制度", False),
    (NATIONAL, "坚持和完善高校党委领导下的校长负责制,选派干部。", "高校党委领导下的校长负责制", False),
    (NATIONAL, "推进严格规范公正文明执法,落实行政执法责任制。", "行政执法责任制", False),
]


@pytest.mark.parametrize("shape,sentence,name,given", CASES, ids=[f"{c[0]}: {c[2]}" for c in CASES])
def test_programme_class(shape: str, sentence: str, name: str, given: bool) -> None:
    found = programmes(sentence)
    assert (name in found) is given, found
