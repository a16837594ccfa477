"""Classes of programme names counted in the seventy-first to eighty-second rounds (kg/resources/README.md).

Invented sentences, one table:
- an unquoted month of publicity on one matter (…宣传月) is a programme wherever it is written, its name starting after
  the last verb, joiner or list mark; a bare or a quotation's month names none; a review (…评议) ends a quotation's name;
- a quotation of three or more clauses that shares out work or states a demand, before a structure of responsibility
  (责任体系) or 工作 and a slogan noun (工作要求), names no programme; a mechanism after 的, or fewer clauses, still does;
- an unquoted …制度 or …机制 whose words hold 及 joins two objects of the verb and names no one system (人大及其常委会 is
  one body's pair and stays inside a name);
- after 依托 or 基于, an unquoted …系统 or …基地 is the means work runs on, no programme; a …平台 so introduced and a
  system a founding verb sets up are read as before;
- the chief official's duty as first responsible for the rule of law, written as an unquoted …制度, is the routine
  institution every body keeps; its list of duties (…职责清单制度) and a duty a named leader takes on stay programmes;
- a field of government work or a principle of the rule of law named whole (“三农”, “营商环境”, 依法行政, “六稳六保”) is
  what every government does, no programme (`program_fields.txt`); a longer name that holds one stays a programme;
- a quoted count of campaign years (“三个年”, “四个深化年”) followed by a programme noun names that set of campaigns,
  with no word glued before it; a count of anything else, or with no noun after it, names nothing;
- a body's own housekeeping system (完善内部管理制度, 财政管理制度) is no programme (`program_generic_heads.txt`), while a
  head that names what is managed (权责清单动态管理制度) stays one;
- a standing national institution set by a central act for every body (宪法宣誓制度, 公平竞争审查制度,
  中小学校党组织领导的校长负责制), unquoted after 落实 or 推进, is that programme (`national_programs.tsv`); not two objects
  joined by 及, not an institution no central act sets, and not 行政执法责任制, which the guide's worked example leaves out;
- a role the central plans give the building of a rule-of-law government (“主体工程”, “率先突破”, “示范带动”) quoted as a
  whole name is no programme (`program_fields.txt`); a longer name that holds one (“率先突破”行动) is read as before;
- after a quotation that counts places or bodies (“三城一区”, “两区”), a tail noun followed at once by 体制 or 机构
  (优化“三城一区”管理体制) qualifies that structure or body and the quotation names no programme; a quoted way of organising
  work (实行“局队合一”管理体制, eightieth round), a tail going on to its own noun (“放管服”管理体制改革) or ending is read
  as before;
- the national integrated platform of government services (一体化政务服务平台 and its wordings) and 雪亮工程 are
  programmes wherever written, with no programme verb before them (`program_named_anywhere.txt`), but not inside a 《》 title;
- after a verb that sets something up (建立, 构建, 探索创新), a …机制 whose words are only the rule-of-law machinery and a
  field of work, with at most two words besides (`_MAX_HOUSEKEEPING_HEAD`), is a body's own housekeeping, no programme;
  a mechanism that says what it does (合法性审查, 府院联动) is read as before;
- a day of observance quoted with its date (“4·23世界读书日”) is a day on the calendar, as a bare quoted date is: no
  programme (`_DATED_DAY`); a dotted code that names no day (“1·2·3工作法”) is read as before;
- a name of a single word (“浙”里有“援”, 一件“事”, “1”是…) names no programme (`_MIN_NAME`, eighty-first round); a name of
  two words (“秒批”) is read as before;
- a copula (是, and 指 or 即 right after the words it defines) ends what stands before a programme: a campaign's name
  starts after it (一是蓝天保卫战 -> 蓝天保卫战, 2020年是污染防治攻坚战的收官之年) and a quotation's tail does not run over
  it (“N”是相关细化配套制度, “四战”指蓝天保卫战); 是 inside a quotation (“我是委员我来讲”) and 指 opening a word (指导,
  指挥) are read as before (eighty-second round);
- a verb that places a thing into a plan, a list or an assessment (列入, 纳入, 入选) ends that thing's words: a
  quotation's tail stops before it (“…全面督察”列入…工作计划 -> 全面督察) and an unquoted name holding it names nothing
  (…场景入选全省重点场景清单); the verb inside a quotation (“五个纳入”考评机制) is read as before (eighty-second round);
- a quoted count of places or bodies (“两区”, “一区五城”) followed only by a noun that says what the quotation is (建设)
  names no programme, as it names none with no noun after it; a noun of a name (“一办四组”工作机制) or a code counting no
  places (“一校一品”建设) is read as before (ninety-fifth round);
- a battle the centre set for the whole country, in its own words (污染防治攻坚战, 三大攻坚战), with at most a year and
  中央 before it, is fought by every writer and names no programme (`program_national_battles.txt`); a battle named by
  the writer's own field (蓝天保卫战, 农业农村面源污染防治攻坚战) is read as before (ninety-sixth round).
"""
import pytest

from shapes import programmes

FIELD = "a field of work or a principle named whole"
COUNTED_YEARS = "a quoted count of campaign years"
HOUSEKEEPING = "a body's own housekeeping system"
NATIONAL = "a standing national institution"
PUBLICITY_MONTH = "an unquoted month of publicity on one matter"
REVIEW = "a review (…评议) ends a quotation's name"
CLAUSES = "clauses sharing out work before a structure of responsibility"
JOINED = "two objects joined by 及"
MEANS = "the means work runs on"
FIRST_DUTY = "the first-responsible duty as a routine institution"
ROLE = "a role the central plans give, quoted whole"
STRUCTURE = "a tail noun before 体制 or 机构"
NAMED_ANYWHERE = "a national programme named by its own wording"
MECHANISM = "a mechanism that is only housekeeping"
DATED_DAY = "a day of observance quoted with its date"
SINGLE_WORD = "a name of a single word"
COPULA = "a copula ends what stands before a programme"
PLACED = "a verb placing a thing into a plan or a list ends its name"
PLACES_BUILT = "a quoted count of places before 建设"
NATIONAL_BATTLE = "a battle the centre set for the whole country"

CASES = [
    # (class, sentence, name, whether it is given)
    (PUBLICITY_MONTH, "开展民法典主题宣传月等普法宣传活动,", "民法典主题宣传月", True),
    (PUBLICITY_MONTH, "开展处罚法宣传活动和路政宣传月、安全生产月等活动。", "路政宣传月", True),
    (PUBLICITY_MONTH, "组织开展“法律七进”、普法宣传月活动,", "普法宣传月", True),
    (PUBLICITY_MONTH, "深入开展以诚实守信为主题的信用交通宣传月活动,", "信用交通宣传月", True),
    (PUBLICITY_MONTH, "利用主题服务宣传周、三月法治宣传月等重要节点,", "三月法治宣传月", True),
    (PUBLICITY_MONTH, "组织开展民法典宣传月、宪法宣传周、卫生监督宣传月等主题普法宣传。", "卫生监督宣传月", True),
    # the verb before is no part of the name
    (PUBLICITY_MONTH, "开展民法典主题宣传月等普法宣传活动,", "开展民法典主题宣传月", False),
    # a bare month, or a quotation's, is not read here
    (PUBLICITY_MONTH, "利用主题党日、宣传月等时间节点,", "宣传月", False),
    (PUBLICITY_MONTH, "开展“美好生活·民法典相伴”主题宣传月活动。", "主题宣传月", False),
    # a quotation and the words glued to it up to 评议 name the review the quotation heads
    (REVIEW, "开展“某某某某”责任制履职报告评议。制定区级规划,", "某某某某责任制履职报告评议", True),
    (REVIEW, "开展“两代表一委员”述法评议工作。区委主要负责人", "两代表一委员述法评议", True),
    (REVIEW, "开展国家机关“谁执法谁普法”履职报告评议活动。三是", "谁执法谁普法履职报告评议活动", True),
    # the quotation alone is no longer the name
    (REVIEW, "开展“两代表一委员”述法评议工作。区委主要负责人", "两代表一委员", False),
    (CLAUSES, "构建“主要领导负总责、分管领导牵头抓、某某股室具体落实”的责任体系,将法治建设与业务工作同部署。",
     "主要领导负总责、分管领导牵头抓、某某股室具体落实", False),
    (CLAUSES, "构建“主要领导负总责、分管领导具体抓、业务科室抓落实”的闭环责任体系。",
     "主要领导负总责、分管领导具体抓、业务科室抓落实", False),
    (CLAUSES, "积极贯彻落实“某某要防住、某某要稳住、发展要安全”重要工作要求,切实运用法治。",
     "某某要防住、某某要稳住、发展要安全", False),
    (CLAUSES, "落实“科学决策、民主决策、依法决策”工作要求,涉及辖区经济发展的事项。", "科学决策、民主决策、依法决策", False),
    # a mechanism after 的 is still named by the principles it is built on
    (CLAUSES, "完善“党委领导、部门负责、司法所统筹、社会参与”的工作机制,明确职责。", "党委领导、部门负责、司法所统筹、社会参与", True),
    # two clauses, or one, are not a sharing out of work
    (CLAUSES, "按照“双随机、一公开”工作要求,统筹开展跨部门联合检查。", "双随机、一公开", True),
    (CLAUSES, "严格落实“谁执法谁普法”工作要求,定期召开专题会。", "谁执法谁普法", True),
    (JOINED, "各部门严格落实县政府常务会及宪法宣誓制度、会前学法制度。", "县政府常务会及宪法宣誓制度", False),
    (JOINED, "认真落实新区全面依法治区委员会及协调小组机制,将依法行政纳入考核。", "新区全面依法治区委员会及协调小组机制", False),
    (JOINED, "传达学习上级有关部署要求及党内法规制度,研究部署工作。", "要求及党内法规制度", False),
    # 人大及其常委会 is one body's pair; without 及 the institution is read as before
    (JOINED, "建立重大事项向区人大及其常委会报告制度,主动接受监督。", "重大事项向区人大及其常委会报告制度", True),
    (JOINED, "建立重大事项向区人大常委会报告制度,主动接受监督。", "重大事项向区人大常委会报告制度", True),
    (MEANS, "依托网上考试系统,组织月度执法业务考试。", "网上考试系统", False),
    (MEANS, "依托社会组织孵化基地,利用社工周开展法治宣传。", "社会组织孵化基地", False),
    (MEANS, "依托水利部和某市电子证照系统,实施应用电子证照。", "水利部和某市电子证照系统", False),
    (MEANS, "基于全县行政执法监督信息系统,实现执法数据共享。", "全县行政执法监督信息系统", False),
    # a system set up, and a platform after 依托, stay programmes
    (MEANS, "建成全县行政执法监督信息系统,实现执法数据共享。", "全县行政执法监督信息系统", True),
    (MEANS, "依托某县公共法律服务平台,为群众提供法律咨询。", "某县公共法律服务平台", True),
    (FIRST_DUTY, "严格落实党政主要负责人履行推进法治建设第一责任人职责制度,压实法治责任。",
     "党政主要负责人履行推进法治建设第一责任人职责制度", False),
    (FIRST_DUTY, "落实党政主要负责人履行法治建设第一责任人制度,统筹推进法治建设。",
     "党政主要负责人履行法治建设第一责任人制度", False),
    (FIRST_DUTY, "严格落实党政主要负责人履行推进法治政府建设第一责任制度,普法和依法行政共同推进。",
     "党政主要负责人履行推进法治政府建设第一责任制度", False),
    # a list of the duties is a local instrument and stays a programme
    (FIRST_DUTY, "建立党政主要负责人履行推进法治建设第一责任人职责清单制度,逐项明确责任。",
     "党政主要负责人履行推进法治建设第一责任人职责清单制度", True),
    # a duty a named leader takes on stays a programme
    (FIRST_DUTY, "健全镇党委书记带头履行推进法治建设第一责任人责任制度,累计召开会议12次。",
     "镇党委书记带头履行推进法治建设第一责任人责任制度", True),
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
    (ROLE, "准确把握法治政府建设在全面依法治国中的“主体工程”地位。区委、区政府高度重视。", "主体工程", False),
    (ROLE, "二、聚焦“主体工程”,法治化营商环境持续优化。", "主体工程", False),
    (ROLE, "全力推动法治政府建设实现“率先突破”。坚持把学法作为常态。", "率先突破", False),
    (ROLE, "发挥法治政府建设“示范带动”作用,推动法治社会建设。", "示范带动", False),
    # a longer name holding a role stays a programme
    (ROLE, "实施“率先突破”行动,推动改革。", "率先突破行动", True),
    # a quotation of something else in the same place stays a programme
    (ROLE, "全面推行“综合查一次”改革,减少检查频次。", "综合查一次改革", True),
    (STRUCTURE, "开展机构改革试点,优化“三城一区”管理体制,加强重点地区管理。", "三城一区管理", False),
    (STRUCTURE, "开展机构改革试点,优化“三城一区”管理体制,加强重点地区管理。", "三城一区", False),
    (STRUCTURE, "深化改革创新,完善“两区”建设管理体制;推进综合执法。", "两区建设管理", False),
    (STRUCTURE, "调整优化“两区”建设相关组团园区管理机构,健全完善管理体制。", "两区建设相关组团园区管理", False),
    # the tail goes on to its own noun, or nothing follows it: read as before
    (STRUCTURE, "深化“放管服”管理体制改革,提升效能。", "放管服管理体制改革", True),
    (STRUCTURE, "加强政务服务“好差评”闭环管理,发挥作用。", "好差评闭环管理", True),
    # a quoted way of organising work, counting no places, before 管理体制: a programme (eightieth round)
    (STRUCTURE, "组建综合行政执法大队,实行“局队合一”管理体制,在主管部门挂牌。", "局队合一管理", True),
    (STRUCTURE, "推进机构改革,实行“局队合一”管理体制,执法力量下沉。", "局队合一管理", True),
    (NAMED_ANYWHERE, "政务服务事项全部纳入一体化政务服务平台运行,", "一体化政务服务平台", True),
    (NAMED_ANYWHERE, "某局启动一体化政务服务平台的使用并落实专人负责,", "一体化政务服务平台", True),
    (NAMED_ANYWHERE, "一体化政务平台迭代升级,政务服务事项全部网上可办。", "一体化政务平台", True),
    (NAMED_ANYWHERE, "98%的政务服务事项通过一体化在线政务服务平台实现网上办理,", "一体化在线政务服务平台", True),
    (NAMED_ANYWHERE, "依托省一体化政务服务平台,实现街道事项网上办理,", "省一体化政务服务平台", True),
    (NAMED_ANYWHERE, "推进雪亮工程建设、镇村两级综治中心建设,", "雪亮工程", True),
    (NAMED_ANYWHERE, "建成镇村两级综合治理创新中心,雪亮工程新增摄像头27个,", "雪亮工程", True),
    # inside a title they are not read
    (NAMED_ANYWHERE, "印发《关于推进雪亮工程建设的通知》,", "雪亮工程", False),
    (NAMED_ANYWHERE, "转发《一体化政务服务平台管理办法》,", "一体化政务服务平台", False),
    (MECHANISM, "制定工作方案,建立了督促考核机制,坚决贯彻落实上级部署。", "督促考核机制", False),
    (MECHANISM, "(二)建立完善法治建设领导机制。厅党组始终把法治建设摆在重要位置。", "法治建设领导机制", False),
    (MECHANISM, "(一)全面构建法治规范工作机制。做好疫情防控法治保障。", "法治规范工作机制", False),
    (MECHANISM, "二是积极探索创新应急管理机制。深入推进改革。", "应急管理机制", False),
    # a mechanism that says what it does stays a programme
    (MECHANISM, "建立重大行政决策合法性审查机制,规范决策程序。", "重大行政决策合法性审查机制", True),
    (MECHANISM, "建立述法点评工作机制,压实第一责任人职责。", "述法点评工作机制", True),
    (MECHANISM, "建立府院联动机制,推动行政争议实质性化解。", "府院联动机制", True),
    (DATED_DAY, "积极开展“4·23世界读书日”、“5·18国际博物馆日”等主题活动。", "4·23世界读书日", False),
    (DATED_DAY, "积极开展“4·23世界读书日”、“5·18国际博物馆日”等主题活动。", "5·18国际博物馆日", False),
    (DATED_DAY, "结合“6·16安全生产日”开展普法宣传。", "6·16安全生产日", False),
    (DATED_DAY, "在“3·15消费者权益日”“6·26禁毒日”开展宣传。", "3·15消费者权益日", False),
    # a dotted code that names no day stays a programme
    (DATED_DAY, "推行“1·2·3工作法”,推进矛盾纠纷化解。", "1·2·3工作法", True),
    (SINGLE_WORD, "开展个性普法宣传活动。开展“浙”里有“援”法律服务活动。", "浙", False),
    (SINGLE_WORD, "推行重大行政决策“1+N+4”制度模式(“1”是重大决策程序规定,“N”是配套制度)。", "1", False),
    (SINGLE_WORD, "持续推动一件“事”和一“事件”改革工作,梳理完成一件“事”50个。", "事", False),
    (SINGLE_WORD, "全面推行“秒批”改革,审批时限压缩一半。", "秒批改革", True),
    (COPULA, "确保经济社会平稳有序发展。\n一是蓝天保卫战。全年空气质量优良率95.9%,", "蓝天保卫战", True),
    (COPULA, "确保经济社会平稳有序发展。\n一是蓝天保卫战。全年空气质量优良率95.9%,", "一是蓝天保卫战", False),
    (COPULA, "2020年是污染防治攻坚战的收官之年,生态环境部门加大监管。", "2020年是污染防治攻坚战", False),
    (COPULA, "“四战”指蓝天保卫战、碧水保卫战、净土保卫战。", "蓝天保卫战", True),
    (COPULA, "“四战”指蓝天保卫战、碧水保卫战、净土保卫战。", "四战指蓝天保卫战", False),
    (COPULA, "推行“1+N+4”制度模式(“1”是决策程序规定,“N”是相关细化配套制度)。", "N是相关细化配套制度", False),
    (COPULA, "推行“1+N+4”制度模式(“1”是决策程序规定,“N”是相关细化配套制度)。", "1+N+4制度模式", True),
    # the name still starts after a verb or an object marker that follows the copula
    (COPULA, "一是将普法强基补短板专项行动作为有力抓手,", "普法强基补短板专项行动", True),
    (COPULA, "二是打好碧水保卫战。", "碧水保卫战", True),
    (PLACED, "将“法治政府建设全面督察”列入市级督察检查考核工作计划,为全面推进", "法治政府建设全面督察", True),
    (PLACED, "将“法治政府建设全面督察”列入市级督察检查考核工作计划,为全面推进",
     "法治政府建设全面督察列入市级督察检查考核工作计划", False),
    (PLACED, "推动27个数据创新应用场景入选全省重点场景清单。\n四是", "场景入选全省重点场景清单", False),
    (PLACED, "开展“法治宣传进万家”活动纳入年度计划,", "法治宣传进万家活动", True),
    # the verb inside a quotation is the quotation's own word
    (PLACED, "建立“五个纳入”考评机制,", "五个纳入考评机制", True),
    # a quoted count of places with only a noun that says what it is (建设) names no programme (ninety-fifth round)
    (PLACES_BUILT, "2023年,副中心“两区”建设新增入库项目1110个,", "两区", False),
    (PLACES_BUILT, "服务“两区”建设,设置自贸试验区服务专区。", "两区", False),
    (PLACES_BUILT, "为全面推进“一区五城”建设、发展壮大实体经济提供保障。", "一区五城", False),
    # a noun of a name after it, or a code counting no places, is read as before
    (PLACES_BUILT, "健全“一办四组”工作机制,压实责任。", "一办四组工作机制", True),
    (PLACES_BUILT, "深入推进法治示范校“一校一品”建设,打造特色品牌。", "一校一品", True),
    # the nation's battle in the centre's words names no programme of the writer's (ninety-sixth round)
    (NATIONAL_BATTLE, "紧紧围绕深入打好污染防治攻坚战中心工作,全面推进依法行政。", "污染防治攻坚战", False),
    (NATIONAL_BATTLE, "以法治思维和法治方式依法打好污染防治攻坚战,生态环境保护工作取得成效。", "污染防治攻坚战", False),
    (NATIONAL_BATTLE, "2022年中央污染防治攻坚战成效考核结果优秀。", "2022年中央污染防治攻坚战", False),
    (NATIONAL_BATTLE, "为我区坚决打好三大攻坚战,大力推进重点工作。", "三大攻坚战", False),
    # a battle named by the writer's own field is read as before
    (NATIONAL_BATTLE, "深入打好蓝天保卫战,坚持每微克必争。", "蓝天保卫战", True),
    (NATIONAL_BATTLE, "全力打好农业农村面源污染防治攻坚战,减少化肥用量。", "农业农村面源污染防治攻坚战", True),
]


@pytest.mark.parametrize("shape,sentence,name,given", CASES, ids=[f"{c[0]}: {c[2]}" for c in CASES])
def test_programme_class(shape: str, sentence: str, name: str, given: bool) -> None:
    found = programmes(sentence)
    assert (name in found) is given, found
