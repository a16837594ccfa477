"""Agencies: Chinese government names as level prefix + field + type suffix.

Three sources of evidence, in order of trust: the table of standard body names
and their short forms (``agencies.tsv``) after a jurisdiction prefix; the
generic grammar prefix + field words + suffix for bodies missing from the table;
and a full name after a founding verb (成立…工作室), quoted or not (组建“…宣讲团”). Towns and sub-districts come
from the gazetteer of the report's own division, and self-references (我区, 我局)
are kept apart for the resolver. In a town's or street's own report its units are
written bare (司法所, 党政办) and are its own; in a zone's, the zone's short name
heads its bodies (经开区政务服务办). Two bodies written back to back are two
(区委区政府), a bare name listed after a placed body shares its place, and divisions listed before
a body share the body (金山区和崇明区市场监管局). Central bodies get their full names
(市场监管总局 -> 国家市场监督管理总局), and a department's internal division written after it is a
body of its own (市市场监管局法规处). Reports of the south and west add their own shapes: 自治区党委 is the
autonomous region's, an ethnic township is written without its nationality (乌木龙乡), a street office's formal
name holds its district's government (海珠区人民政府南华西街道办事处), and 党委(党组) lists kinds of party body.
In a bureau's report 市局 and 省局 are the bureaus of its kind at those levels (上海市市场监督管理局).
Some names are not bodies acting: a standing committee heading its meeting (市委常委会会议), a division named
before the decisions it gave (按照天津市、滨海新区决策部署), a zone's kind outside the zone's report (新区党工委: its
区 is no level prefix); a zone no table lists prefixes its bodies by its own
name (中国(上海)自由贸易试验区临港新片区管理委员会). A body's theory study group (区委理论学习中心组) is how its
members study, no body acting; a rule-of-law leading group named by its topic alone (…为成员的法治政府建设工作
领导小组) is the writer's own, named with the writer's name.

The large vocabularies (division names, body names, suffixes) are read in one pass each by
``kg.recognise.body_names``, which also holds the grammar of the table's and the grammar's names.
"""
from __future__ import annotations

import bisect
import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.divisions import communities, ethnic_town_short_names, gazetteer, town_parts, towns
from kg.names import ALL_LEVEL_CHARS, BodyNames
from kg.recognise.body_names import (Grammar, Vocabulary, division_references, division_vocabulary, grammar_matches,
                                     table_matches, QUOTED_PERIOD as _QUOTED_PERIOD)
from kg.recognise.mentions import AgencyMention, context, mentions
from kg.recognise.text import CJK, enclosed, find_words
from kg.resources import Rows, Words, alternation, rows, words

LEVEL_CHARS = "区县市省"  # 州, 旗 and 盟 only in reports within such a division (see _levels)
# A level character after these is a scope (全区, 各县, 本市), not a jurisdiction prefix.
_NOT_PREFIX_BEFORE = "全各本该我每两三四五六七八九十多诸外跨省市区县级)"
# ...and after these it ends an ordinary word (社区, 园区, 城市, 上市, 节省, 示范区), not a prefix.
_WORD_BEFORE = "社园城辖景小街片山郊都超门股上夜郡节反发心范驻"
# A suffix followed by these is the start of another word (部门, 部署, 局面, 台阶) or a rank (局级干部); 处罚, 一站式,
# 所需 and 理论 too (行政处罚, 区一站式服务, 新区发展所需, 区委教育工委理论中心组): sixty-eighth round, 4 false gone and
# 1 added over the 1,467 development reports (kg/resources/README.md).
_SUFFIX_NOT_BEFORE = "门署面长属员级托阶罚式需理字"
# An agency name followed by these names its members, not the body (人大代表, 政协委员, 省委常委).
_PREFECTURES = ("地区", "盟")  # divisions a province governs through an administrative office (行署)
_LEADERS = ("主要领导", "领导班子", "领导干部")  # 行署主要领导: its leaders, not the office acting
_MEMBERS = re.compile(r"代表|委员(?!会)|常委(?!会)|干部|党员")
# A town's unit followed by its head's post names a person (司法所所长任办公室主任), not the unit acting.
_HEAD_POST = re.compile(r"所长|站长|主任|负责人|负责同志")
# ...and followed by these it heads a meeting's name (省委全面依法治省工作会议), which names no body acting.
_MEETING_AFTER = re.compile(r"(?:全面)?依法治[\u4e00-\u9fff]{1,2}?工作会议")
# A division named right before the decisions or requirements it gave (按照天津市、滨海新区决策部署, 根据北京市…
# 要求), or the ones it has on a matter (贯彻省、吕梁市有关…精神, 国家和天津市、滨海新区有关法治政府建设的工作部署),
# is the source a report follows, no body acting: dev golds list none so written (4 read as governments before
# 有关 was added, in 4 of 385 dev reports; none required).
_DIRECTIVE_AFTER = re.compile(r"关于|[^,。;,;]{0,12}?(?:部署|要求|有关|实施方案)")
# ...read after the divisions listed with it (吉林省、长春市、公主岭市法治政府建设工作部署, 三明市和我县关于…的决策部署,
# 重庆市、忠县实施方案): each of a list shares the list's ending (eighty-third round, kg/resources/README.md).
_OWN_DIVISION = ("我区", "我县", "我市", "我旗")
# A party committee's standing committee followed by 会议 names the meeting (市委常委会会议, 县委常委会议): of the
# ten dev reports that write it only so, nine golds require no standing committee; written otherwise it is one.
_STANDING_MEETING = re.compile(r"会?议")
_STANDING = ("委常委会", "委常务委员会")  # 市委常务委员会会议 is the same meeting written out
# ...and so does a standing committee or a body's party group right after a convening verb (先后召开县委常委会、政府常务会,
# 召开19次局党委会, 主持召开市政府党组会): over the 298 development reports, 11 bodies written only so, none required,
# 4 optional, 7 left out; the body they belong to (县委, 市政府, 局) is named elsewhere in every one of them.
_CONVENED = re.compile(r"召开了?(?:[0-9一二三四五六七八九十]+次)?$")
_PARTY_GROUP_CORES = ("人民政府党组",)
# A rule-of-law committee or its office heading a notice's title before 关于 (根据《中共某县委全面依法治县委员会办公室关于做好
# 2024年法治政府建设年度报告的通知》要求): the body that asked for the report, which the golds name (8 required over the
# 1,634 development texts, 7 of them named as the golds write them, 7 optional, none left out); other issuers before 关于
# (国务院, 生态环境部, a city government) no gold names, and the title still shields them (seventy-seventh round).
_ISSUER = "issuer"
_RULE_OF_LAW_ISSUER = re.compile(r"(?<=《)(?P<issuer>[^《》“”、,。关]{0,16}?依法治[^《》“”、,。关]{1,2}?(?:委员会办公室|委员会|办))关于")
_PARTY_GROUP_SELF = ("party_group", "body_committee")  # 局党组, 局党委 in a bureau's report (self_references.tsv)
# A police station is the county's public security bureau's, in the town: written bare in a town's report it is no unit
# of the town (4 development golds of towns leave it out, none requires it), while 乡派出所 is (1 required).
_POLICE_STATION = "派出所"
# A bare name followed by a count names a kind of body, not one (公共法律服务工作站143个).
_COUNTED = re.compile(r"[0-9]+(?:个|家|所|处)")
# A numbered inspection team a party committee or a body sends (市委第八巡察组, 中央依法治国办第七督察组, 省委第三巡视组)
# is a body of its own, written right after its sender: a committee's is named with the committee's short name (深圳市委
# 第八巡察组), another body's with that body's name before it (read as its sub-unit). Seventy-ninth round.
_TEAM = r"第[一二三四五六七八九十]+(?:专项)?(?:督察|巡察|巡视|督导|指导)组"
_COMMITTEE_TEAM = re.compile(rf"委(?P<team>{_TEAM})")
_NATIONAL_TEAM = re.compile(_TEAM)  # ...a central body's team is named as written: 中央依法治国办第七督察组
# A ministry's own department, bureau or centre written right after it (邀请财政部条法司领导, 自然资源部法规司司长,
# 司法部法治调研局, 司法部法律援助中心) is that unit, named as written, not the ministry: the golds name the unit and
# leave the ministry out where it is written only so. Ninety-sixth round (kg/resources/README.md).
_MINISTRY_UNIT = re.compile(rf"(?P<field>[{CJK}]{{2,11}}?)(?P<suffix>司|局|中心)(?![{_SUFFIX_NOT_BEFORE}])")
# A sub-unit written right after its parent body: 公安局襄州分局, 人民法院分水人民法庭, 领导小组办公室; a
# department's internal divisions (法规处) come from ``department_divisions.txt``.
_SUB_UNITS = "分局|派出所|司法所|人民法庭|法庭|执法队|中队|大队|办公室|秘书处|研究所|理论学习中心组"
# A department's party committee written right after the department's own name, full or short (教育局党委邀请…,
# 市公安局党委, 司法厅机关党委, 党总支): a unit of that department, no longer the department itself with 党委 left over;
# its secretary or members (局党委书记, 党委委员) and its sitting (党委会) are not it (eighty-fourth round,
# kg/resources/README.md). So is a bureau's or a province department's party group (党组) written right after the bureau's
# level and name (市司法局党组举办…, 县教育局党组, 省营商局党组; not its 书记, 成员, 会, 党组织 or study group): over the 1,836
# development golds 19 texts write one, the golds require the group in 12 (9 bare as built, 3 with 中共), fold it into the
# bureau once, hold it optional 4 times and leave it out twice (ninety-first round). Written without the level (司法局党组)
# or after a commission's short form (县卫健委党组, 市城管委党组, read through whichever commission the table gives the
# short form), it is left as before; a bare 局党组 stays the self-reference.
_PARTY_UNIT = "(?:机关)?(?:党委|党总支)(?!书记|副书记|委员|会)|党组(?!书记|副书记|成员|会|织|理论|中心组|[(（、])"
_PARTY_GROUP_UNIT = "党组"
_PARTY_UNIT_RE = re.compile(_PARTY_UNIT)
# 法规处处长 is the division's head; 处理, 处罚, 处置 and 科学 continue an ordinary word.
_NOT_AFTER_DIVISION = "理罚置学技"
# A name without a prefix is a body only after a break or a joining word, not inside a longer name (中国公证协会).
_BARE_AFTER = ",;。:\n 、和与及同合由经"
# A unit of a town or street written after its name: 人民调解委员会, 法治政府建设领导小组, 便民服务中心, 综合行政执法队, 司法所.
_TOWN_UNIT = re.compile(rf"[{CJK}]{{0,8}}?(?:委员会|领导小组|服务中心|中心(?!组)|联络站|工作站|服务站|执法队|中队|派出所|司法所|监管所)"
                        "(?:办公室)?")  # a committee's office: 街道依法治理委员会办公室
# A town's or street's party committee written after its name: 北山街道党工委, 龙凤镇党委.
_TOWN_PARTY = re.compile(r"党工委|工委|党委")
_TOWN_COMMITTEE = re.compile(r"(?:工作)?委员会")  # 中共塘栖镇委员会: the town's party committee written in full
_TOWN_NAME_ENDS = ("镇", "乡", "街道", "苏木")
_PARTY_PREFIX = "中共"
# 在镇党委、镇人大的监督支持下 in a town's own report: the town's people's congress (木渎镇人民代表大会), not its
# deputies (镇人大代表) nor its presidium (镇人大主席团, a unit of its own).
_TOWN_CONGRESS = re.compile(r"(?:镇|乡)人大(?!代表|主席|常委|工作|[0-9])")
_SHORT_NAME = 2  # a two-character division name (理县, 和县) is too often part of a word
# Characters that cannot be inside a body's field words: function words and breaks.
# A lecture group founded is named after what it lectures on, which may hold a study verb or 党的 (成立铜梁区深学笃用
# 习近平法治思想宣讲团, 成立党的二十届三中全会宣讲团); and a second quoted name right after the first is founded too
# (组建“党的二十大市委宣讲团”“习近平法治思想宣讲团”). Seventieth round.
# (Its topic may name a plenary session too: 三中全会; so 全 and 中 stop no such name, nor the 的 of 党的.)
_TOPIC_NAMED = ("宣讲团",)
# A task force founded with no topic of its own (组建工作专班, 设立整改专班) is how the work is staffed, no named body:
# development golds never require it (optional in 6, absent in 2). 某某工作专班 with its topic is still a body.
# Seventy-third round.
_BARE_TASK_FORCE = re.compile(r"(?:工作|整改|专项)?专班")
_TOPIC_PARTY = "党的"
_TOPIC_STOP = "的和与及对在是为了等将把被向由从以于并或、,;:。!?“”《》()"
_FIELD_STOP = "的和与及对在是为了等将把被向由从以于并或、,;:。!?“”《》()全各其中级通"
# Words that never occur inside a body's name but do in phrases the grammar could take for one.
# A session number (十二届22次) belongs to a meeting; 研究 only ends a body as 研究所 / 研究院 / 研究中心.
_FIELD_WORDS = re.compile(r"会议|研究(?!所|院|中心)|理论学习|公众号|微信|发布|网站|\d+年|[\d一二三四五六七八九十]+[届次]")
# A level character before these starts an ordinary word (区域, 市场), not a body's name; before another
# level character it starts a list of levels (县区党委).
_WORD_AFTER = "域场"
_MIN_BARE_CORE = 3
_CLAUSE_START = ",;。:\n 、"
# 全区 stands for the government only as a clause's subject (全区推进…), not as a scope inside one.
_SCOPED_WORK = re.compile(r"[^,;。、:0-9]{1,6}工作")
_SCOPE = "全"
# A division after these is the body acted on (市委依法治市办对舒城县…开展实地督查, 向青岛市…报告): its government.
_TARGET_BEFORE = "对向"
# ...and a division after a joining word or a closing quote is one of a list (市本级及东胜区、达拉特旗被命名为…).
# Not after 与, which as often joins places that are only where something happens (城阳区与黄岛区协同立法).
_LISTED_AFTER = "及和”"
# A division joined to the next by these shares the body written after that one (金山区和崇明区市场监管局).
_SHARED_BY = "和、及与"
_LONGEST_DIVISION = 12
# A leading group is named after what it promotes (市推进依法行政工作领导小组): that verb, which ends a name
# everywhere else, is part of its name.
_PROMOTING_GROUP = re.compile(r"(?:全面)?推进[^、,;。《“\s]{2,10}?领导小组")
# 在县人大及其常委会的监督下: the genre's stock phrase of supervision, read as no body. The golds split on it: of the 28
# development reports of the 1,705 that write it, 14 require the congress, 5 hold it optional and 9 leave it out, and 13
# require the standing committee, 5 optional, 10 none (eighty-second round, kg/resources/README.md): reading both would
# gain about 22 names against 19 false. A congress named alone (在区人大的监督下, 向区人大常委会报告) is read.
_AND_ITS_STANDING = re.compile("及其(?:常委会|常务委员会)")
_TERMED_STANDING = re.compile(r"第?[一二三四五六七八九十]+届(?P<core>人大常委会|人民代表大会常务委员会)")
# A body that names its level inside its name (依法治区委员会, 依法治市办) needs no prefix to be placed.
_LEVEL_INSIDE = re.compile(rf"依法治([{ALL_LEVEL_CHARS}])")
# The central bodies whose outline and decisions every report says it carries out: written as their authors
# (``national_citations.txt``) they are cited, not acting; written with the verb that issued the outline (中共中央、国务院
# 印发的《…》) they issued it. Other central bodies written before a title are
# its issuers or publishers (中央办公厅、国务院办公厅印发《…督察工作规定》, 入选中央依法治国办《…案例选编》),
# which the development golds count.
_CITED_CENTRAL = ("中共中央", "国务院")
_ZONE_COMMITTEE = ("党工委", "工委")
# 市法治办, 区委法治办, 县法治办: the commission's office for law-based governance written short without its level, which
# the body written before it gives (agencies.tsv maps the form to the district's row; the level written or, bare, the
# report's own puts it right). Sixty-ninth round (kg/resources/README.md).
_LEVELLESS_FORMS = {"法治办": "依法治{L}办"}
# 中办、国办《…》: the general offices of the party's centre and of the State Council written as a pair, the short
# forms every report uses for the two together (``national_agencies.tsv`` leaves 中办 and 国办 out alone, as they end
# ordinary words: 集中办理, 全国办案). Sixty-ninth round: over the 1,516 development reports 3 texts write the pair
# (0 | 3), each gold requires both bodies (6 required found, none false; kg/resources/README.md).
_CENTRAL_OFFICES = re.compile(r"(?<!集)(?P<party>中办)[、和及与]?(?P<state>国办)")
_CENTRAL_OFFICE_NAMES = {"party": "中共中央办公厅", "state": "国务院办公厅"}
# A city with more than one intermediate court numbers them (北京市第四中级人民法院, 市三中院): the number sits between
# the jurisdiction and the court's name, which the table reads only right after it. Sixty-ninth round.
_NUMBERED_COURT = re.compile(r"第?(?P<n>[一二三四五六七八九十]{1,2})(?:中级人民法院|中级法院|中院)")
# A railway transport court (西安铁路运输中级法院, 广州铁路运输法院, 到铁路运输法院旁听庭审) is named after the city it
# sits in, written without its 市, and belongs to no division's jurisdiction: named as written, the city's two
# characters kept when they and 市 are a city of the gazetteer. Sixty-ninth round (kg/resources/README.md).
_RAILWAY_COURT = re.compile(rf"(?P<city>[{CJK}]{{2}})?铁路运输(?:中级)?法院")
# A body's theory study group (区委理论学习中心组, 镇党委中心组) is how its members study, no body acting: of 74
# development reports that write one, 45 golds make it optional, 22 leave it out and 7 require it (3 as an agency),
# and the worked example makes it optional. Its name is still read, so that its body is not read alone.
_STUDY_GROUP = "中心组"
# ...and so is the study group of a bureau's own party group written 局党组 / 局党委 (局党组理论学习中心组, 局党委中心组):
# sixty-eighth round, 22 false gone (2 | 20), none added, 2 facts found over the 1,467 development reports.
_OWN_STUDY_GROUP = re.compile(r"(?:理论学习|理论)?中心组")
# A document's number (泸治县办〔2022〕5号, 鞍委〔2021〕3号): the issuer's code before the year's bracket names no body.
_DOCUMENT_NUMBER = re.compile(r"[〔\[【]\d{4}[〕\]】]|[(（]\d{4}[)）]\d{0,4}号")
# A leading group written bare, not its office, members or sitting (领导小组办公室, 领导小组会议).
# A campaign's headquarters (成立示范创建指挥部) is set up as a leading group is, but for one campaign, often across
# bodies: it is named as written (over the 560 development golds 3 required, all so named: 示范创建指挥部,
# 西翥街道普法强基补短板专项行动工作指挥部, 永城市新冠肺炎疫情防控指挥部).
_HEADQUARTERS = "指挥部"
# A group named by its head's post (由局长担任法治建设工作领导小组组长, 履行…领导小组组长职责) is named too: its topic
# begins after the verb that gives the post (任, 担任, 履行, 作为; ``_HEAD_VERBS``). Fifty-seventh round: 4 required
# found, 1 false gone, 3 false added over the 1,268 development reports (0 \| 4, 0 \| 1, 0 \| 3; kg/resources/README.md).
_GROUP = re.compile(rf"(?:领导小组|{_HEADQUARTERS})(?!办公室|办|成员|会议|暨|[(（]|\d)")
# ...of the rule of law, as the report's own groups are (法治政府建设工作, 全面推进依法行政工作, 普法工作).
_RULE_OF_LAW_TOPIC = re.compile(r"法|^.{2,}工作$")
_PLACE_IN_TOPIC = re.compile(r"街道|镇|乡|新区|片区|园区|开发区")
# A topic opening with a sector's system (教育系统, 交通运输系统) names the group of the whole sector in the division
# (白银市教育系统依法行政工作领导小组), not the writing bureau's; 局系统 (the bureau and its units) is the writer's.
_SECTOR_TOPIC = re.compile(rf"[{CJK}]{{2,8}}?系统(?!性)")
_LONGEST_TOPIC = 24  # 某州深入推进依法行政加快建设法治政府工作: what a group's topic runs to
_TOPIC_BREAKS = "的了将把"
# A year's 年 after its digits (召开2022年某镇…领导小组会议), and 由 or 为 before a level's or a town's word (由镇…领导小组
# 牵头, 将…领导小组调整为市…领导小组), begin no group's topic: left in, they gave 年某镇…领导小组, 由镇…领导小组,
# 某市为市…领导小组 (eighty-sixth round, kg/resources/README.md). 对 before the writer's own word (对我局…领导小组进行调整,
# 对局…领导小组进行调整) is the preposition of the clause's verb, no word of the group's name (ninety-eighth round).
_TOPIC_LEAD = re.compile(r"(?<=\d)年|[由为](?=[镇乡市县区省]|街道)|对(?=[我本]?[局委厅](?![员会])|街道|[镇乡](?![人政]))")
# Action verbs the development golds' leading groups hold in their topics (法治政府建设工作, 全面推进依法行政工作, 示范创建工作,
# 普法宣传, 贯彻落实习近平法治思想…): they do not end a topic, as other action verbs do (sixty-third round).
_TOPIC_VERBS = frozenset({"建设", "推进", "创建", "宣传", "审查", "试点", "创新", "普法", "治理", "贯彻", "落实", "贯彻落实"})
# 在县委、县政府的坚强领导和县法治政府建设工作领导小组的精心指导下: the guidance a report thanks its superiors for
# (坚强领导, 正确领导) is no part of the group named after it, which begins after its 和 (sixty-first round)
_THANKED_GUIDANCE = "领导和"
_CJK_CHAR = re.compile(rf"[{CJK}]")
# 市…领导小组 is placed by the grammar; 各…, 乡镇… (县、乡两级…领导小组) are many
# ...and 每 (接受每年市法治政府建设领导小组的考核: how often, not the group's topic; sixty-ninth round)
_NOT_OWN_HEAD = ALL_LEVEL_CHARS + "乡镇街各本我该两每"
_TOWN_LEVELS = ("镇", "乡", "街道")
# The word a street's or a town's own report writes for itself before its own group (街道法治工作领导小组).
_OWN_KIND_WORDS = {"street": ("街道",), "town": ("镇", "乡"),
                   # 调整我局依法行政工作领导小组 in a bureau's own report: the bureau's (sixty-sixth round)
                   "bureau": ("我局", "本局", "我委", "本委", "我厅", "本厅")}
_STREET = "街道"
_OFFICE_AS_VERB = "处"
_VERB_AFTER_OFFICE = ("理", "置")  # 处理, 处置
_STREET_SUFFIX = "道"  # 洛浦街 for 洛浦街道: in the 270 development texts 7 times in the 3 Guangdong streets' own reports, none elsewhere
# Verbs besides the founding ones that reshape, use or convene a group, after which its topic begins (a topic
# holds verbs of its own: 推进, 建设).
# …and those that improve it (优化法治建设工作领导小组, 进一步完善…领导小组) or place a body under it or before it (在市委全面依法治市
# 工作领导小组的领导下, 按时向市法治政府建设领导小组报告, 接受…领导小组的监督): twenty-third round, 6 texts over the 617 (2 \| 4),
# 2 required groups found (1 \| 1), 5 false ones gone and 3 new (net 1 fewer in each part; kg/resources/README.md)
_GROUP_VERBS = ("调整", "充实", "发挥", "召开", "组织", "完善", "优化", "健全", "在", "向", "接受")
# Of those, the ones that set a group up anew: a leading group they name is a body whatever its topic (平安建设领导小组,
# 应对新冠肺炎疫情防控领导小组): over the 270 development golds, 12 groups written after a founding or reshaping verb
# are required agencies, 2 left out (a generic 工作领导小组, a list of levels' bodies), and 2 of the 12 hold no rule-of-law topic.
_RESHAPING_VERBS = ("调整", "充实")
# The verbs that give a post in a group, after which its topic begins (局长任…领导小组组长, 担任, 履行…组长职责).
_HEAD_VERBS = ("任", "履行", "作为")
# Action verbs a body's topic may hold (优化营商环境工作领导小组办公室): they end no name.
_NAME_VERBS = ("优化",)
_DONE = "了"  # 成立了…领导小组
_NO_TOPIC = re.compile(r"(?:专项|相关|有关)?(?:工作)?")  # 充实了工作领导小组, 成立专项工作领导小组: no topic
_LONGEST_VERB = 5  # 揭牌成立 and its 了
_PARTY_CENTRE = ("党中央、", "党中央", "党中央和")  # ...and written after 党中央 they are its pair, cited
# 各级党委(党组、党工委), 党委(党组)理论学习中心组: the genre's list of kinds of party body, in brackets after 党委.
_PARTY_KINDS = re.compile(r"党委[((][^))]{1,12}[))]")
_COMMUNITY = ("社区", "村")  # 社区便民服务中心: every community's unit, not the town's
_AUTONOMOUS = "自治"  # 自治区党委: the region's party committee, written by its kind
_BARE_KINDS = {"department", "institution", "court", "procuratorate", "association", "congress", "party"}
# 办 is the party committee's office written short only after the committee's 委 (区委办, 县委办): after a bare level
# with no 委 it ends another body's short name (治区办主任 for 依法治区办, 全面依法治区办公室), no party office of the
# district (中原区办公室). Seventy-fourth round (kg/resources/README.md).
_PARTY_OFFICE_SHORT = "办"
# 在廊坊市委、政府的坚强领导下, 自治区党委、政府: a bare 政府 listed right after a placed party committee is its division's
# government, the pair every report thanks (eighty-sixth round, kg/resources/README.md).
_COMMITTEE_PAIR = ("、", "和")
_BARE_GOVERNMENT = "政府"


def _levels(chain: tuple[str, ...]) -> str:
    """Level characters in use: the usual four and those of the report's own divisions (州 of 恩施州)."""
    return LEVEL_CHARS + "".join(sorted({name[-1] for name in chain} - set(LEVEL_CHARS)))


# How the name of a government or a congress begins: after a committee's 委 it is a second body (区委政府, 区委人大常委会).
_STATE_HEADS = ("人民政府", "政府", "人民代表大会", "人大")


class AgencyRecognizer:
    """Adds an :class:`AgencyMention` per body named, longest first, none overlapping another."""

    def __init__(self, bodies: Rows, suffixes: Words, national: Rows, founding_verbs: Words,
                 self_references: Rows, not_agencies: Words, verbs: Words, town_units: Words,
                 object_verbs: Words, department_divisions: Words, name_breaks: Words,
                 national_citations: Words, zone_kinds: Words, university_heads: Words) -> None:
        self.bodies = BodyNames.load() if bodies == "agencies.tsv" else BodyNames.from_rows(bodies)
        self.suffixes = words(suffixes)
        self.cores = Vocabulary(self.bodies)
        # A government's or a congress's name a 委 before belongs to the committee (区委政府: 区委 and 区政府).
        self.state_heads = frozenset(form for form in self.bodies if self.bodies[form].kind in ("government", "congress")
                                     and form.startswith(_STATE_HEADS))
        self.suffix_words = Vocabulary(self.suffixes)
        # 市场监管总局 -> 国家市场监督管理总局: every written form of a central body to its full name.
        self.national_names = {form: row["name"] for row in rows(national)
                               for form in (row["name"], *row["aliases"].split("|")) if form}
        self.national = re.compile(f"(?:{alternation(tuple(self.national_names))})(?![门署])")  # 人社部门
        # 落实中共中央、国务院《…》, 党中央、国务院关于…的决策部署: the two bodies only cited, no actor.
        self.national_list = re.compile(f"(?:[、和与及](?:党中央|{alternation(_CITED_CENTRAL)}))*")
        self.national_citations = [re.compile(p) for p in words(national_citations)]
        # 新区党工委, 经开区工委: a zone's kind ends in a level character that is no prefix of the county's bodies
        self.zone_kinds = tuple(k for k in words(zone_kinds) if len(k) > 1 and k[-1] in ALL_LEVEL_CHARS)
        founding = alternation(words(founding_verbs))
        long_suffixes = alternation(tuple(s for s in self.suffixes if len(s) >= 2 and s not in {"街道", "政府", "人民政府"}))
        self.founding = re.compile(rf"(?:{founding})(?P<name>[{CJK}0-9]{{2,20}}?(?:{long_suffixes}))(?![{CJK}])")
        # 组建“党的二十大市委宣讲团”, 成立“法治进校园”宣讲团: a name quoted after a founding verb, whole (named
        # without the marks) or its topic alone (named with them); the marks bound what the name holds.
        self.founding_quoted = re.compile(
            rf"(?:{founding})(?:“(?P<whole>[^“”\s]{{2,25}}?(?:{long_suffixes}))”"
            rf"|(?P<topic>“[^“”\s]{{1,15}}”[{CJK}0-9]{{0,10}}?(?:{long_suffixes}))(?![{CJK}]))")
        # 邀请中国政法大学教授, 联合华东师范大学: a university, named as written (agency_university_heads.txt)
        self.university = re.compile(rf"(?:{alternation(words(university_heads))})[{CJK}]{{0,4}}?大学"
                                     rf"(?:[{CJK}]{{0,3}}?学院)?(?![堂生习城附])")
        self.quoted_next = re.compile(rf"“(?P<whole>[^“”\s]{{2,25}}?(?:{long_suffixes}))”")
        self.self_references = rows(self_references)
        self.not_agencies = set(words(not_agencies))
        # A name ending in one of these (two characters or more) longer than its suffix is an ordinary word.
        self.not_agency_endings = {n: tuple(w for w in self.not_agencies if len(w) >= 2 and len(w) > n)
                                   for n in range(max(map(len, self.suffixes), default=0) + 1)}
        # A founding verb or an adverb inside a span ends the name before it (指导平度市组建行政审批局,
        # 市政府积极配合市人大常委会): the grammar must not read the clause as one body.
        self.verbs = Vocabulary(v for v in (*words(verbs), *words(founding_verbs), *words(name_breaks))
                                if len(v) >= 2 and v not in _NAME_VERBS)
        self.verb_words = tuple(v for v in (*words(verbs), *words(founding_verbs)) if len(v) >= 2 and v not in _NAME_VERBS)
        self.group_verbs = (*words(founding_verbs), *_GROUP_VERBS, *_HEAD_VERBS)
        # 及时修订法治建设工作领导小组, 坚持落实法治建设领导小组: an action verb ends what a group's topic may hold, but for
        # those a group is named after (法治政府建设, 全面推进依法行政, 示范创建)
        self.topic_breaks = tuple(v for v in self.verb_words if v not in _TOPIC_VERBS)
        self.setting_up_verbs = (*words(founding_verbs), *_RESHAPING_VERBS)
        self.town_units = words(town_units)
        self.object_verbs = words(object_verbs)
        # 镇党委理论学习中心组: a unit of the town's party committee is the town's too.
        self.own_unit = re.compile(rf"(?:街道|镇|乡)?(?P<unit>(?:{_TOWN_PARTY.pattern})?{alternation(self.town_units)})")
        field = rf"[{CJK}A-Za-z0-9](?<![{_FIELD_STOP}])"
        # 经开区社会事业局、经济发展局: a bare name in a list right after a placed body, ending before the next
        # item, a break or an agency verb (联合开展).
        self.list_item = re.compile(
            rf"、(?P<name>(?:{field}){{2,10}}?(?:{alternation(self.suffixes)}))(?![{_SUFFIX_NOT_BEFORE}])"
            rf"(?=[、,;。和与及等]|{alternation(self.object_verbs)})")
        self._self_patterns: dict[str, re.Pattern[str]] = {}
        # 委员会及(其)办公室 names the committee and its office, not one unit of the committee.
        self.sub_unit = re.compile(rf"(?!及)[{CJK}]{{0,6}}?(?:{_SUB_UNITS})|{_TEAM}|办(?![{CJK}])"
                                   rf"|(?:{alternation(words(department_divisions))})(?![{_NOT_AFTER_DIVISION}])|{_PARTY_UNIT}")

    def _self_forms(self, level: str) -> dict[str, str]:
        """我区, 全区, 区政府 … (with the report's level character) -> government, body, street or town."""
        return {row["form"].replace("{L}", level): row["refers"] for row in self.self_references}

    def _self_pattern(self, level: str) -> re.Pattern[str]:
        if level not in self._self_patterns:
            self._self_patterns[level] = re.compile(alternation(tuple(self._self_forms(level))))
        return self._self_patterns[level]

    def _two_bodies(self, field: str, party: bool, levels: str) -> bool:
        """区委区政府, 市委市政府, 区政府区司法局: a body's suffix (or the committee's 委) followed by a level
        character opens a second body; the grammar must not read the pair as one name."""
        if party and field[0] in levels:
            return True
        return any(field[i] in levels and field[:i].endswith(self.suffixes) for i in range(1, len(field)))

    def _plain_name(self, name: str) -> bool:
        """A name the grammar may take: no action verb, no meeting or session words, not an ordinary word."""
        return not (self._verb_like(name) or _FIELD_WORDS.search(name) or name in self.not_agencies
                    or name.endswith(self.not_agency_endings[0]))

    def _cited(self, text: str, end: int) -> bool:
        """A central body named only as the author of the outline or the decisions a report carries out."""
        after = self.national_list.match(text, end).end()
        return any(p.match(text, after) for p in self.national_citations)

    def _verb_like(self, name: str) -> bool:
        return self.verbs.occurs_in(name)

    def __call__(self, doc: Doc) -> Doc:
        found = mentions(doc)
        report = context(doc)
        text = found.text
        protected = bytearray(len(text) + 1)  # 1 inside a title or a quotation, brackets included
        for s, e in (*enclosed(text, "《"), *enclosed(text, "“")):
            protected[s - 1:e + 1] = b"\x01" * (e + 2 - s)
        for q in re.finditer(_QUOTED_PERIOD, text):  # “七五”普法工作领导小组: a plan's period, a body's name may open with it
            protected[q.start():q.end()] = bytes(q.end() - q.start())
        issuers = {}  # where an issuing rule-of-law office starts -> where it ends
        for q in _RULE_OF_LAW_ISSUER.finditer(text):  # 《中共某县委全面依法治县委员会办公室关于做好…的通知》: its issuer
            protected[q.start("issuer"):q.end("issuer")] = bytes(q.end("issuer") - q.start("issuer"))
            issuers[q.start("issuer")] = q.end("issuer")
        # The spans claimed, in order: they never overlap, so the one that starts last before a new span's
        # end is the only one that can overlap it.
        taken_starts: list[int] = []
        taken_ends: list[int] = []
        not_agencies = self.not_agencies

        def claim(start: int, end: int, quoted: bool = False) -> bool:
            at = bisect.bisect_left(taken_starts, end)
            if (protected[start] and not quoted) or (at and taken_ends[at - 1] > start):
                return False
            taken_starts.insert(at, start)
            taken_ends.insert(at, end)
            return True

        def add(start: int, end: int, **data: object) -> None:
            if _DOCUMENT_NUMBER.match(text, end):
                return  # 泸治县办〔2022〕5号: the issuer's code in a document's number, no body written
            if _site_name_above(text, start, end):
                return  # 禄丰市人民政府 alone on a line above a town's report: the page's site, no body acting
            if issuers.get(start) == end:
                data["rule"] = _ISSUER  # the office issued the notice; its committee, written in its name, did not act
            if not text.endswith(_STUDY_GROUP, start, end):
                found.add(AgencyMention(start, end, text[start:end], **data))

        own_chain = set(report.chain_names)
        own_short = tuple(sorted(n for n in own_chain if len(n) <= _SHORT_NAME))
        levels = _levels(tuple(own_chain))
        grammar = Grammar(levels, _NOT_PREFIX_BEFORE + _WORD_BEFORE, _SUFFIX_NOT_BEFORE, _WORD_AFTER, _FIELD_STOP,
                          not_after_committee=self.state_heads)
        # A zone no table lists prefixes its bodies by its own name (中国(上海)自由贸易试验区临港新片区管理委员会).
        own_zone = (report.division_name,) if report.in_zone and report.division_name else ()
        # Every division name but a two-character one can prefix a body (a report adds its own: 理县).
        divisions = division_vocabulary().starts(text, extra=own_short + own_zone, longer_than=_SHORT_NAME)
        own_town = report.body_type in ("street", "town")
        candidates: list[tuple[int, int, dict]] = []
        placed_ends: dict[int, str] = {}  # where a body with a written jurisdiction ends: 滨海新区区委|区政府
        paired: dict[int, str] = {}  # where the government after a named party committee would start: 苏州市委、|市政府
        committees: dict[int, str] = {}  # where a bare 政府 after a placed party committee would start: 廊坊市委、|政府
        code = report.division_code
        local = towns(code) if code else ()
        town_spans = [(start, end) for start, _, end in find_words(text, local)] if local else []
        for m in table_matches(text, grammar, divisions, self.cores.starts(text)):
            core = self.bodies[m.core]
            if m.core in _LEVELLESS_FORMS:  # 市法治办: the level its jurisdiction writes, else the report's own
                level = (m.jurisdiction or m.level or report.level_char or "_")[-1]
                core = self.bodies.get(_LEVELLESS_FORMS[m.core].replace("{L}", level), core)
            if m.again and m.again != m.jurisdiction[-1]:
                continue  # 滨海新区区委 repeats its level; 城阳区县… does not
            jurisdiction = m.jurisdiction or m.level
            if m.level and placed_ends.get(m.start, "").endswith(m.level):
                jurisdiction = placed_ends[m.start]  # 滨海新区区委区政府: the second body is 滨海新区's too
            elif m.level and core.kind == "government" and paired.get(m.start, "").endswith(m.level):
                jurisdiction = paired[m.start]  # 苏州市委、市政府 in a county-level city's report: 苏州市's pair
            if core.kind == "party_committee" and (m.jurisdiction or m.level) and text.startswith(_COMMITTEE_PAIR, m.end):
                committees[m.end + 1] = m.jurisdiction or m.level
            if not jurisdiction and not m.prefix and core.kind == "government" and m.start in committees \
                    and text.startswith(_BARE_GOVERNMENT, m.start) and m.end - m.start == len(_BARE_GOVERNMENT):
                jurisdiction = committees[m.start]  # 在廊坊市委、政府的坚强领导下: the committee's division's government
            if m.jurisdiction:
                placed_ends[m.end] = m.jurisdiction
                if core.kind == "party_committee" and text.startswith("、", m.end):
                    paired[m.end + 1] = m.jurisdiction
            inside_level = _LEVEL_INSIDE.search(m.core)
            bare = not (jurisdiction or m.prefix or inside_level)
            written = text[m.start:m.end]
            if bare and written in self.town_units:
                continue  # the town's own unit (below); elsewhere a kind of unit every town has (司法所)
            if bare and (written in not_agencies or _COUNTED.match(text, m.end)):
                continue  # 办公室 alone is some body's office, named nowhere; 工作站143个 a kind of body
            after_verb = text.endswith(self.object_verbs, 0, m.start)  # 邀请发改委、商务局
            if bare and (len(m.core) < _MIN_BARE_CORE or core.kind not in _BARE_KINDS
                         or (m.start > 0 and text[m.start - 1] not in _BARE_AFTER and not after_verb)):
                continue
            if core.kind == "party_committee" and not (m.jurisdiction or m.level):
                continue
            if core.kind == "party" and m.core == _PARTY_OFFICE_SHORT and not m.party and m.level and not m.jurisdiction:
                continue  # 治区办: the tail of 依法治区办, no 区委办
            data = {"jurisdiction": jurisdiction or (inside_level.group(1) if inside_level else None),
                    "prefix": m.prefix, "party": m.party, "core": core.name, "kind": core.kind, "rule": "table"}
            if core.kind == "congress" and (pair := _AND_ITS_STANDING.match(text, m.end)):
                claim(m.start, pair.end())  # the stock phrase names neither body alone
                continue
            candidates.append((m.start, m.end, data))

        for m in grammar_matches(text, grammar, divisions, self.suffix_words.starts(text)):
            name = m.field + m.suffix
            if name.endswith(self.not_agency_endings[len(m.suffix)]):
                continue
            if (self._verb_like(name) or _FIELD_WORDS.search(m.field) or name in not_agencies
                    or text[m.start:m.end] in not_agencies):
                continue
            if self._two_bodies(m.field, m.party, levels):
                continue
            after_committee = name.removeprefix("委") if name.startswith("委") or m.party else ""
            if after_committee.startswith(_STATE_HEADS):
                continue  # 区委政府, 区委人大常委会: the committee and a body of the state, two bodies
            if name.endswith(_OFFICE_AS_VERB) and text.startswith(_VERB_AFTER_OFFICE, m.end):
                continue  # 区长信箱处理来信: 处 begins the verb 处理, it ends no 处 (科室)
            if name.endswith(_TOWN_LEVELS) and text.startswith(_STREET, m.end):
                continue  # 西乡街道办事处: a town's word ends inside the street's own name, which the town table knows
            if m.party and m.end - len(name) in divisions and not name.endswith("工作委员会"):
                continue  # 中共盘锦市委盘锦市人民政府: two bodies; 市委淄博高新区工作委员会 is one, the city's dispatched
            if name.endswith(_TOWN_NAME_ENDS) and text.endswith(_PARTY_PREFIX, 0, m.start) \
                    and (committee := _TOWN_COMMITTEE.match(text, m.end)):
                # 中共云阳县凤鸣镇委员会, 中共重庆市荣昌区昌元街道工作委员会 (a joint title's or heading's first body): the
                # town's party committee written in full, not its town's government (ninety-fifth round)
                candidates.append((m.start, committee.end(), {"core": name, "kind": "party_committee", "rule": "town"}))
                continue
            candidates.append((m.start, m.end, {
                "jurisdiction": m.jurisdiction or m.level, "party": m.party, "core": name, "kind": "generic",
                "rule": "grammar"}))
        candidates += _promoting_groups(text, divisions, levels, self.verb_words, report.level_char)
        candidates += _termed_standing_committees(text, divisions, levels, self.bodies)
        candidates += _numbered_courts(text, divisions, levels)
        candidates += _committee_teams(text, divisions, levels)
        for m in self.national.finditer(text):
            if m.group() in _CITED_CENTRAL and self._cited(text, m.end()) and not text.endswith(_PARTY_CENTRE, 0, m.start()):
                continue  # 中共中央、国务院关于…的决策部署: the central leadership whose decisions a report carries out
            # ...but 国务院 written after 党中央 is named as 党中央 is: the golds require or leave out the two together.
            candidates.append((m.start(), m.end(), {"core": self.national_names[m.group()], "kind": "national",
                                                    "rule": "national"}))
        for m in _RAILWAY_COURT.finditer(text):
            start = m.start() if m.group("city") and m.group("city") + "市" in gazetteer().by_name else m.start() + len(
                m.group("city") or "")
            candidates.append((start, m.end(), {"core": text[start:m.end()], "kind": "court", "rule": "founding"}))
        for m in _CENTRAL_OFFICES.finditer(text):
            for group, label in _CENTRAL_OFFICE_NAMES.items():
                candidates.append((m.start(group), m.end(group), {"core": label, "kind": "national", "rule": "national"}))
        candidates = [_autonomous(text, *c) for c in candidates if not _MEMBERS.match(text, c[1])
                      and not _MEETING_AFTER.match(text, c[1]) and not _inside_word(town_spans, c[0])
                      and not _level_opens_town(town_spans, text, c[0], c[2]) and not _convened_meeting(text, *c)
                      and not (not report.in_zone and (_zone_kind_end(text, c[0], c[2], self.zone_kinds)
                                                       or _bare_working_committee(text, c[0], c[2])))]
        for start, end, _ in candidates:
            if text.endswith("政府", 0, end) and text.startswith(local, end):
                claim(start, end)  # 海珠区人民政府南华西街道办事处: the street office's formal name, not the district
        if report.body_type == "zone":  # 经开区政务服务办: the zone's short name heads the body it prefixes
            stems = [f[:-1] for f, refers in self._self_forms(report.level_char).items()
                     if refers == "zone" and f[-1] in levels and len(f) > 1]
            candidates = [(_zone_head(text, start, stems) if data.get("jurisdiction") in tuple(levels) else start,
                           end, data) for start, end, data in candidates]
            # 园区党工委全面依法治区委员会: a commission written after the zone's 党工委 is its committee's, not the zone's
            candidates = [(start, end, {**data, "party": True} if data.get("kind") == "party"
                           and text.endswith(_ZONE_COMMITTEE, 0, start) else data) for start, end, data in candidates]
        candidates += _own_groups(text, divisions, self.group_verbs, self.setting_up_verbs, report.level_char,
                                  _OWN_KIND_WORDS.get(report.body_type, ()), self.topic_breaks)
        placed: list[tuple[int, int, dict]] = []
        # 区政府 in a city's report (黄浦区通过区委中心组学习会、区政府常务会议) is some district's, which the level
        # character alone cannot tell: the span is no body of the report's own chain.
        def unplaced(data: dict) -> bool:
            level = data.get("jurisdiction") or ""
            return bool(report.level_chars) and len(level) == 1 and level not in report.level_chars

        # Longest first: 区委理论学习中心组 (grammar) over 区委 (table); the table wins a tie.
        for start, end, data in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[2]["rule"] != "table", c[0])):
            sub = self.sub_unit.match(text, end)
            if sub and _party_unit_left(text, start, data, sub.group()):
                sub = None
            if not sub and data["rule"] == "national" and data["core"].endswith("部") \
                    and (unit := _MINISTRY_UNIT.match(text, end)) and not protected[unit.end() - 1] \
                    and not any(ch in _FIELD_STOP for ch in unit.group("field")) and self._plain_name(unit.group()) \
                    and not grammar.goes_on(unit.group("suffix"), text[unit.end():unit.end() + 1]):  # 中心工作
                data = {"core": text[start:unit.end()], "kind": "founded", "rule": "founding"}  # 财政部条法司
                end = unit.end()
            if sub and not protected[sub.end() - 1]:
                if data["rule"] == "national" and _NATIONAL_TEAM.fullmatch(sub.group()):
                    # 中央依法治国办第七督察组: a central body's team is named as written, its sender's short name kept
                    data = {"core": text[start:sub.end()], "kind": "founded", "rule": "founding"}
                else:
                    data = {**data, "unit": sub.group()}
                end = sub.end()
            if claim(start, end) and not unplaced(data):
                add(start, end, **data)
                if data["rule"] in ("table", "grammar") and (data.get("jurisdiction") or data["kind"] == "department"):
                    placed.append((start, end, data))  # a bare department is the report's own (邀请发改委、…)
        for start, end, data in sorted(placed):
            for first, last in _sharing_divisions(text, divisions, start, data["jurisdiction"] or ""):
                if claim(first, last):  # 金山区和崇明区市场监管局法规科: 金山区's bureau division too
                    add(first, last, **{**data, "jurisdiction": text[first:last]})
            while (item := self.list_item.match(text, end)) and self._plain_name(item.group("name")):
                if not claim(item.start("name"), item.end("name")):
                    break
                add(item.start("name"), item.end("name"), jurisdiction=data["jurisdiction"] or report.level_char,
                    core=item.group("name"), kind="generic", rule="grammar")
                end = item.end("name")

        for m in self.university.finditer(text):
            if not protected[m.start()] and claim(m.start(), m.end()):
                add(m.start(), m.end(), core=m.group(), kind="founded", rule="founding")
        for m in self.founding.finditer(text):
            name = m.group("name")
            topic_named = name.endswith(_TOPIC_NAMED)
            if name in not_agencies or not topic_named and self._verb_like(name) \
                    or (any(ch in _TOPIC_STOP for ch in name.replace(_TOPIC_PARTY, "")) if topic_named
                        else any(ch in _FIELD_STOP for ch in name)):
                continue
            if own_town and name in self.town_units:
                continue  # 成立依法治镇委员会: the town's own unit (below)
            if _BARE_TASK_FORCE.fullmatch(name):
                continue
            if claim(m.start("name"), m.end("name")):
                add(m.start("name"), m.end("name"), core=name, kind="founded", rule="founding")
        for m in self.founding_quoted.finditer(text):
            group = "whole" if m.group("whole") else "topic"
            name = m.group(group)
            outside = name.rpartition("”")[2] if group == "topic" else ""
            if protected[m.start()] or name in not_agencies or any(ch in _FIELD_STOP for ch in outside) \
                    or self._verb_like(outside):
                continue  # a founding verb inside a title or a quotation founds nothing
            if claim(m.start(group), m.end(group), quoted=True):
                add(m.start(group), m.end(group), core=name, kind="founded", rule="founding")
            end = m.end()
            while group == "whole" and (following := self.quoted_next.match(text, end)) \
                    and following.group("whole").endswith(_TOPIC_NAMED):
                end = following.end()
                if claim(following.start("whole"), following.end("whole"), quoted=True):
                    add(following.start("whole"), following.end("whole"), core=following.group("whole"),
                        kind="founded", rule="founding")

        if local:
            parts = town_parts(code)
            ethnic = ethnic_town_short_names(code)  # 乌木龙乡 is 乌木龙彝族乡
            # …and a street of Guangdong is written 街 for 街道 (洛浦街在区委…, 东城街“一门式”…)
            written = {**ethnic, **{t.removesuffix(_STREET_SUFFIX): t for t in local if t.endswith(_STREET_SUFFIX)}}
            town_ends = {word_end: start for start, word_end, _ in find_words(text, (*local, *written))}
            for start, word_end, end in find_words(text, communities(code), after=("居民委员会", "居委会")):
                if end == word_end and start in town_ends and claim(town_ends[start], end):
                    # 洎阳街道天湖社区被评为…: a community written after its town or street is named with it
                    add(town_ends[start], end, core=text[town_ends[start]:end], kind="grassroots", rule="community")
            for start, word_end, end in find_words(text, (*local, *written), after=("办事处", "人民政府")):
                if end == word_end and text.startswith(parts.get(text[start:end], ()), end):
                    continue  # 柳城畲族镇县后村入选: the town names where its village lies
                party = None if end > word_end else _TOWN_PARTY.match(text, end) or _TOWN_COMMITTEE.match(text, end)
                unit = "" if end > word_end or party else _TOWN_UNIT.match(text, end)
                if unit:  # 酒仙桥街道综合行政执法队, 北山街道人民调解委员会
                    end, unit = unit.end(), unit.group()
                if party:
                    end = party.end()
                if claim(start, end):
                    add(start, end, core=written.get(text[start:word_end], text[start:word_end]),
                        kind="party_committee" if party else "grassroots", rule="town", unit=unit or "")
            # A town's unit under its short name: 北山司法所, 北山派出所 (北山街道).
            shorts = [t[: -len(sfx)] for t in local for sfx in ("街道", "镇", "乡") if t.endswith(sfx) and len(t) - len(sfx) >= 2]
            for start, word_end, _ in find_words(text, shorts, followed_by=_TOWN_UNIT):
                unit = _TOWN_UNIT.match(text, word_end)
                if claim(start, unit.end()):
                    add(start, unit.end(), core=text[start:unit.end()], kind="grassroots", rule="founding")
            for start, word_end, end in find_words(text, communities(code), after=("居民委员会", "居委会")):
                if claim(start, end):
                    add(start, end, core=text[start:word_end], kind="grassroots", rule="community")
        if report.street_name:  # in a street office's own report, 街道人大工作委员会 is its street's
            for m in re.finditer(rf"(?:(?<![{CJK}])|(?<=\d年))街道(?={_TOWN_UNIT.pattern})", text):
                unit = _TOWN_UNIT.match(text, m.end())
                if claim(m.start(), unit.end()):
                    add(m.start(), unit.end(), core=report.street_name + text[m.end():unit.end()], kind="grassroots",
                        rule="founding")

        kinds = [m.span() for m in _PARTY_KINDS.finditer(text)]
        if own_town:  # 司法所, 党政办 in a town's own report are the town's
            for m in self.own_unit.finditer(text):
                if any(e == m.start() for _, e in kinds) or text.endswith(_COMMUNITY, 0, m.start()) \
                        or _HEAD_POST.match(text, m.end()) or m.group() == _POLICE_STATION:
                    continue  # 党委(党组)理论学习中心组, 社区便民服务中心: a kind of body, not the town's own
                if claim(m.start(), m.end()):
                    add(m.start(), m.end(), core=m.group("unit"), kind="grassroots", rule="own_unit",
                        party=bool(_TOWN_PARTY.match(text, m.start("unit"))))

        if report.body_type == "town":
            for m in _TOWN_CONGRESS.finditer(text):
                if (m.start() == 0 or text[m.start() - 1] in _BARE_AFTER + "在") and claim(m.start(), m.end()):
                    add(m.start(), m.end(), core="人民代表大会", kind="grassroots", rule="own_unit")

        for start, end, data in _prefecture_bodies(text, report.chain_names):
            if claim(start, end):
                add(start, end, **data)

        forms = self._self_forms(report.level_char)
        for m in self._self_pattern(report.level_char).finditer(text):
            choices = forms[m.group()].split("|")  # 党工委: a street's or a zone's, whichever writes the report
            refers = next((r for r in choices if r.partition("_")[0] == report.body_type), choices[0])
            own_type, _, party = refers.partition("_")
            if own_type == "zone" and not party and report.in_zone and report.body_type != "zone":
                refers = "government"  # 管委会 in the report of a zone's department: the zone's management committee
            elif own_type in ("street", "town", "zone", "bureau"):
                if own_type != report.body_type:
                    continue
                refers = {"": "body", "superior": "superior_body"}.get(party, "party_committee")
            if m.group().startswith(_SCOPE) and m.start() and text[m.start() - 1] not in _CLAUSE_START:
                continue  # 提升全市法治政府建设水平: a scope, not the government acting
            if m.group().startswith(_SCOPE) and _SCOPED_WORK.match(text, m.end()):
                continue  # 全省质量工作连续3年获…: the work of the territory, not its government acting
            if any(s < m.start() < e for s, e in kinds):
                continue  # 各级党委(党组、党工委): a list of kinds of party body, not the report's own
            if refers in _PARTY_GROUP_SELF and _convened(text, m.start()):
                continue  # 召开局党委会: the sitting, no body acting
            if refers in _PARTY_GROUP_SELF and _OWN_STUDY_GROUP.match(text, m.end()):
                continue  # 局党组理论学习中心组: its study group, how its members study, no body acting
            if claim(m.start(), m.end()):
                add(m.start(), m.end(), refers=refers, rule="self")
        own = report.division_name
        if own:
            for start, end, _ in find_words(text, (own,)):
                before = text[max(0, start - 1):start]
                if (not before or before in _CLAUSE_START) and not (
                        before in _SHARED_BY and _DIRECTIVE_AFTER.match(text, _list_end(text, end, divisions))) \
                        and claim(start, end):
                    add(start, end, refers="government", rule="self")
        division_before = _CLAUSE_START + _TARGET_BEFORE + _LISTED_AFTER
        division_ends = {ends[0]: start for start, ends in divisions.items() if ends}
        for start, end in division_references(text, divisions, division_before):
            if text[start:end] != own and not _whole_line(text, start, end) \
                    and not _list_opened_inside(text, start, division_ends, division_before) \
                    and not _DIRECTIVE_AFTER.match(text, _list_end(text, end, divisions)) \
                    and claim(start, end):
                add(start, end, refers="division", jurisdiction=text[start:end], rule="self")
        return doc


def _prefecture_bodies(text: str, chain: tuple[str, ...]) -> list[tuple[int, int, dict]]:
    """A prefecture's (地区) party committee and administrative office, written 地委 and 行署 in its own reports and its
    counties', headed or not by its short name (喀什地委、行署): its 区 is no level character of theirs, so no table
    name places them. A league's 行署 is its administrative office too. Followed by its members or leaders (地委委员,
    行署主要领导) it names people, not the body. Over the 500 dev reports: 2 write them (a prefecture's and one of its
    counties'), 4 required agencies (中共喀什地区委员会, 喀什地区行政公署 in each), none left out.

    >>> [(text, data.get("refers") or data["kind"]) for text, data in
    ...  (("喀什地委、行署"[s:e], d) for s, e, d in _prefecture_bodies("喀什地委、行署", ("叶城县", "喀什地区")))]
    [('喀什地委', 'party_committee'), ('行署', 'division')]
    """
    prefecture = next((name for name in chain if name.endswith(_PREFECTURES)), None)
    if prefecture is None:
        return []
    short = prefecture.removesuffix("地区") if prefecture.endswith("地区") else prefecture
    found = []
    for m in re.finditer(rf"(?:{re.escape(prefecture)}|{re.escape(short)})?(?P<body>地委|行署)", text):
        if _MEMBERS.match(text, m.end()) or text.startswith(_LEADERS, m.end()) or \
                (m.group("body") == "地委" and not prefecture.endswith("地区")):
            continue
        if m.group("body") == "地委":
            found.append((m.start(), m.end(), {"kind": "party_committee", "core": "委员会", "jurisdiction": prefecture,
                                               "party": True, "rule": "table"}))
        else:
            found.append((m.start(), m.end(), {"refers": "division", "jurisdiction": prefecture, "rule": "self"}))
    return found


def _own_groups(text: str, divisions: dict[int, tuple[int, ...]], verbs: tuple[str, ...], setting_up: tuple[str, ...],
                own_level: str, own_kind: tuple[str, ...] = (), breaks: tuple[str, ...] = ()) -> list[tuple[int, int, dict]]:
    """Rule-of-law leading groups a report sets up, named by their topic alone after 的, a break or a verb that
    sets them up or calls them (成立了由局长任组长…为成员的法治政府建设工作领导小组): the writer's own, named with
    its name, as the development golds name them (霍山县市场监督管理局法治政府建设工作领导小组); one whose topic
    names its town, zone or division first (广内街道重大行政执法决定集体讨论领导小组, 调整某州深入推进依法行政…
    工作领导小组) is named as written. One that names a level, or a division further in, is placed by the grammar."""
    found = []
    periods = {at for q in re.finditer(_QUOTED_PERIOD, text) for at in range(*q.span())}  # 建立“八五”普法工作领导小组
    for m in _GROUP.finditer(text):
        start = next((at + 1 for at in range(m.start() - 1, max(-1, m.start() - _LONGEST_TOPIC - 2), -1)
                      if (not _CJK_CHAR.match(text[at]) and at not in periods) or text[at] in _TOPIC_BREAKS or text.endswith(verbs, 0, at + 1)
                      or (at < m.start() - 1 and text.endswith(breaks, 0, at + 1))),
                     None)
        if start is not None and (thanked := text.rfind(_THANKED_GUIDANCE, start, m.start())) >= 0:
            start = thanked + len(_THANKED_GUIDANCE)  # 的坚强领导和县…领导小组的精心指导: the group begins after 和
        if start is not None and (lead := _TOPIC_LEAD.match(text, start)):
            start = lead.end()  # 召开2022年徐行镇…领导小组会议, 由镇…领导小组牵头: 年, 由 and 为 open no topic
        if start is not None and own_level in _TOWN_LEVELS and text.startswith(own_level, start):
            start += len(own_level)  # 镇法治政府建设工作领导小组 in a town's report
        elif start is not None and (kind_word := next((w for w in own_kind if text.startswith(w, start)), None)):
            start += len(kind_word)  # …为组员的街道法治工作领导小组 in a street's own report: the street's
        topic = text[start:m.start()] if start is not None else ""
        # 成立了平安建设领导小组、内部审计领导小组: a group set up, or listed with one, is a body whatever its topic
        set_up = not _NO_TOPIC.fullmatch(topic) and (text[max(0, start - _LONGEST_VERB):start].removesuffix(_DONE).endswith(setting_up)
                                        or (text.startswith("、", start - 1) and bool(found) and found[-1][1] == start - 1))
        if not (_RULE_OF_LAW_TOPIC.search(topic) or set_up) or topic[0] in _NOT_OWN_HEAD \
                or any(at in divisions for at in range(start + 1, m.start())):
            continue
        if _GROUP.search(topic):
            continue  # 领导小组和指挥部: the second shares the first one's topic, named with it nowhere
        if _SECTOR_TOPIC.match(topic):  # 教育系统依法行政工作领导小组: the sector's group in the division, not the writer's
            found.append((start, m.end(), {"jurisdiction": own_level, "party": False, "core": text[start:m.end()],
                                           "kind": "generic", "rule": "grammar"}))
            continue
        headquarters = m.group().startswith(_HEADQUARTERS)
        rule = "founding" if start in divisions or _PLACE_IN_TOPIC.search(topic) or headquarters else "own_unit"
        found.append((start, m.end(), {"core": text[start:m.end()], "kind": "generic", "rule": rule}))
    return found


def _promoting_groups(text: str, divisions: dict[int, tuple[int, ...]], levels: str, verbs: tuple[str, ...],
                      own_level: str) -> list[tuple[int, int, dict]]:
    """Leading groups named after what they promote, placed by the division or level character written before
    them (赣州市推进法治政府建设工作领导小组, 市推进依法行政工作领导小组); written bare after a break or a verb
    (召开推进依法行政工作领导小组会议), the report's own."""
    found = []
    for m in _PROMOTING_GROUP.finditer(text):
        at = m.start()
        head = next((s for s in range(max(0, at - _LONGEST_DIVISION), at) if at in divisions.get(s, ())), None)
        if head is None and at and text[at - 1] in levels and (at < 2 or text[at - 2] not in _NOT_PREFIX_BEFORE + _WORD_BEFORE):
            head = at - 1
        if head is not None:
            jurisdiction = text[head:at]
        elif at == 0 or text[at - 1] in _BARE_AFTER or text.endswith(verbs, 0, at):
            head, jurisdiction = at, own_level
        else:
            continue
        found.append((head, m.end(), {"jurisdiction": jurisdiction, "party": False, "core": m.group(),
                                      "kind": "generic", "rule": "grammar"}))
    return found


def _placed_before(text: str, at: int, ends: dict[int, int], levels: str, not_before: str) -> tuple[int, str | None]:
    """Where a body whose name starts at ``at`` starts with its jurisdiction, and that jurisdiction: a division whose
    name ends at ``at`` (保山市第五届…), else a level character right before it (市三中院) unless a character of
    ``not_before`` precedes that level (全市…); (at, None) when neither."""
    start = ends.get(at)
    if start is not None:
        return start, text[start:at]
    if at and text[at - 1] in levels and (at < 2 or text[at - 2] not in not_before):
        return at - 1, text[at - 1]
    return at, None


def _termed_standing_committees(text: str, divisions: dict[int, tuple[int, ...]], levels: str,
                                bodies: dict) -> list[tuple[int, int, dict]]:
    """A people's congress standing committee written with its term between jurisdiction and name (经保山市第五届人大
    常委会第十三次会议通过, 区政府向区四届人大常委会提交): the term dates the sitting, the body is the standing committee
    itself (保山市人民代表大会常务委员会). Over the 471 development reports 5 required, 0 left out."""
    ends = {end: start for start, found in divisions.items() for end in found}
    out = []
    for m in _TERMED_STANDING.finditer(text):
        start, jurisdiction = _placed_before(text, m.start(), ends, levels, "")
        if jurisdiction:
            core = bodies[m.group("core")]
            out.append((start, m.end(), {"jurisdiction": jurisdiction, "prefix": None, "party": False,
                                         "core": core.name, "kind": core.kind, "rule": "table"}))
    return out


def _numbered_courts(text: str, divisions: dict[int, tuple[int, ...]], levels: str) -> list[tuple[int, int, dict]]:
    """An intermediate court numbered among its city's (北京市第四中级人民法院, 市三中院), placed by the division or the
    level character written right before its number, named in full (上海市第三中级人民法院).

    >>> [(s, e, d["core"]) for s, e, d in _numbered_courts("与市三中院签署", {}, "市")]
    [(1, 5, '第三中级人民法院')]
    """
    ends = {end: start for start, found in divisions.items() for end in found}
    out = []
    for m in _NUMBERED_COURT.finditer(text):
        start, jurisdiction = _placed_before(text, m.start(), ends, levels, _NOT_PREFIX_BEFORE)
        if jurisdiction:
            out.append((start, m.end(), {"jurisdiction": jurisdiction, "party": False,
                                         "core": f"第{m.group('n')}中级人民法院", "kind": "generic", "rule": "grammar"}))
    return out


def _committee_teams(text: str, divisions: dict[int, tuple[int, ...]], levels: str) -> list[tuple[int, int, dict]]:
    """A numbered team a party committee sends (市委第八巡察组), placed by the division or the level character written
    right before 委, named with the committee's short name (深圳市委第八巡察组).

    >>> [(s, e, d["core"]) for s, e, d in _committee_teams("完成了市委第八巡察组反馈意见的整改", {}, "市")]
    [(3, 10, '第八巡察组')]
    """
    ends = {end: start for start, found in divisions.items() for end in found}
    out = []
    for m in _COMMITTEE_TEAM.finditer(text):
        start, jurisdiction = _placed_before(text, m.start(), ends, levels, _NOT_PREFIX_BEFORE)
        if jurisdiction:
            out.append((start, m.end(), {"jurisdiction": jurisdiction, "party": True, "core": m.group("team"),
                                         "kind": "party_committee", "rule": "grammar"}))
    return out


def _autonomous(text: str, start: int, end: int, data: dict) -> tuple[int, int, dict]:
    """自治区党委, 自治区人民政府: a level character after 自治 is the autonomous region (prefecture, county) the
    report lies in, written by its kind; in a zone's or a district's report 区党委 alone would be the zone's."""
    level = data.get("jurisdiction") or ""
    if len(level) == 1 and start >= len(_AUTONOMOUS) and text.startswith(_AUTONOMOUS, start - len(_AUTONOMOUS)):
        return start - len(_AUTONOMOUS), end, {**data, "jurisdiction": _AUTONOMOUS + level}
    return start, end, data


def _convened(text: str, start: int) -> bool:
    """Whether a convening verb (召开, 先后召开19次) ends right before ``start``."""
    return bool(_CONVENED.search(text, max(0, start - 8), start))


def _zone_kind_end(text: str, start: int, data: dict, kinds: tuple[str, ...]) -> bool:
    """Whether the level character that opens a body is the end of a zone's kind (新区党工委, 经开区工委): outside a
    zone's own report that body is the zone's, which the county's level cannot name.

    >>> _zone_kind_end("在新区党工委的领导下", 2, {"jurisdiction": "区"}, ("新区", "经开区"))
    True
    >>> _zone_kind_end("在区党工委的领导下", 1, {"jurisdiction": "区"}, ("新区", "经开区"))
    False
    """
    return data.get("jurisdiction") == text[start:start + 1] and text.endswith(kinds, 0, start + 1)


def _list_end(text: str, end: int, divisions: dict) -> int:
    """Where the list of divisions that one ending at ``end`` opens ends (吉林省、长春市、公主岭市; 三明市和我县).

    >>> _list_end("福建省、三明市和我县关于", 3, {4: [7]})
    10
    """
    while end + 1 < len(text) and text[end] in _SHARED_BY:
        if end + 1 in divisions:
            end = divisions[end + 1][0]
        elif text.startswith(_OWN_DIVISION, end + 1):
            end += 3
        else:
            break
    return end


def _list_opened_inside(text: str, start: int, ends: dict[int, int], before: str) -> bool:
    """Whether the division at ``start`` is listed after others (、) whose first is read as no body, the list opened
    after a verb (指导龙文区、东山县率先探索, 深入怀柔区、平谷区开展调研): each of a list shares its first's reading.

    >>> _list_opened_inside("指导龙文区、东山县探索", 6, {5: 2}, ",;。、对向")
    True
    >>> _list_opened_inside("对龙文区、东山县督察", 5, {4: 1}, ",;。、对向")
    False
    """
    first = start
    while first > 0 and text[first - 1] == "、" and first - 1 in ends:
        first = ends[first - 1]
    return first != start and first > 0 and text[first - 1] not in before


def _party_unit_left(text: str, start: int, data: dict, unit: str) -> bool:
    """A party committee written after a body that is no department's (县法院、县检察院党委, a list's shared ending),
    after a government office (办公室党委, whose golds name the office otherwise), or after 中共 (中共某局党委 heading a
    title names the bureau that writes; golds split on 中共, eighty-second round): left unread as before; and so is a
    party group (党组) after a department written without its level or not ending in 局 or 厅 (ninety-first round).

    >>> _party_unit_left("市司法局党委", 0, {"kind": "department", "core": "司法局"}, "党委")
    False
    >>> _party_unit_left("中共市司法局党委", 2, {"kind": "department", "core": "司法局"}, "党委")
    True
    >>> _party_unit_left("县检察院党委", 0, {"kind": "procuratorate", "core": "人民检察院"}, "党委")
    True
    >>> _party_unit_left("市司法局党组", 0, {"kind": "department", "core": "司法局", "jurisdiction": "市"}, "党组")
    False
    >>> _party_unit_left("司法局党组", 0, {"kind": "department", "core": "司法局"}, "党组")
    True
    """
    if not _PARTY_UNIT_RE.fullmatch(unit):
        return False
    if unit == _PARTY_GROUP_UNIT and (not data.get("jurisdiction") or not (data.get("core") or "").endswith(("局", "厅"))):
        return True
    return data.get("kind") != "department" or text.endswith(_PARTY_PREFIX, 0, start) \
        or text.startswith(_PARTY_PREFIX, start) or (data.get("core") or "").endswith(("办公室", "办"))


def _bare_working_committee(text: str, start: int, data: dict) -> bool:
    """Whether a level character alone heads a dispatched working committee (在区党工委、管委会正确领导下): a district's or
    county's committee is written 区委, never 区党工委, so outside a zone's report it names the zone the writer lies in,
    which the report's own divisions cannot name.

    >>> _bare_working_committee("在区党工委、管委会正确领导下", 1, {"jurisdiction": "区", "core": "工作委员会"})
    True
    >>> _bare_working_committee("在区委、区政府正确领导下", 1, {"jurisdiction": "区", "core": "委员会"})
    False
    >>> _bare_working_committee("在区党工委领导下", 1, {"jurisdiction": "区", "core": "党工委"})  # read by the grammar
    True
    """
    return data.get("core") in ("工作委员会", *_ZONE_COMMITTEE) and not data.get("party") \
        and data.get("jurisdiction") == text[start:start + 1]


def _convened_meeting(text: str, start: int, end: int, data: dict) -> bool:
    """Whether the body at ``start:end`` heads a sitting of its own: a standing committee before 会议 or after a
    convening verb, a government's party group after one (召开区政府党组会)."""
    if text.endswith(_STANDING, start, end):
        return bool(_STANDING_MEETING.match(text, end)) or _convened(text, start)
    return data.get("core") in _PARTY_GROUP_CORES and _convened(text, start)


def _inside_word(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether ``at`` falls inside one of ``spans`` (sorted, not overlapping) past its first character: 市 in
    新市街道办事处 is the street's name, not a city's level."""
    i = bisect.bisect_right(spans, (at, at)) - 1
    return i >= 0 and spans[i][0] < at < spans[i][1]


def _level_opens_town(spans: list[tuple[int, int]], text: str, start: int, data: dict) -> bool:
    """Whether a body read as a level character and a name (县 + 街街道办事处) starts where a town of the report's
    county does whose name opens with that character (县街街道, 市桥街道): the town's own body, which the town rule
    names whole."""
    i = bisect.bisect_right(spans, (start, len(text))) - 1
    return i >= 0 and spans[i][0] == start and data.get("jurisdiction") == text[start]


def _whole_line(text: str, start: int, end: int) -> bool:
    """A division named alone on its line is the site's name above the page (福州市 over 福建省's report), not
    a government acting."""
    return (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end] == "\n")


def _site_name_above(text: str, start: int, end: int) -> bool:
    """A body named alone on its line before the first sentence of a report's text is the site the page sits on (a
    county government's site above one of its towns' reports, a justice bureau's above the county's), not a body
    written; a title or a heading read alone (no sentence after it) still names its body."""
    return _whole_line(text, start, end) and "。" not in text[:start] and "。" in text[end:]


def _sharing_divisions(text: str, divisions: dict[int, tuple[int, ...]], start: int,
                       jurisdiction: str) -> list[tuple[int, int]]:
    """Divisions of the same level listed right before a body's written jurisdiction, which name the same body
    of each (金山区和崇明区市场监管局: 金山区's bureau and 崇明区's), nearest first."""
    found: list[tuple[int, int]] = []
    joint = start - 1
    while len(jurisdiction) > 1 and joint > 0 and text[joint] in _SHARED_BY:
        first = next((s for s in range(max(0, joint - _LONGEST_DIVISION), joint) if joint in divisions.get(s, ())
                      and text[joint - 1] == jurisdiction[-1]), None)
        if first is None:
            break
        found.append((first, joint))
        joint = first - 1
    return found


def _zone_head(text: str, start: int, stems: list[str]) -> int:
    """Where a body prefixed by a level character begins when a zone's short name ends in it (经开|区…)."""
    return next((start - len(stem) for stem in stems if text.endswith(stem, 0, start)), start)


@Language.factory("fazhi_agencies", default_config={
    "bodies": "agencies.tsv", "suffixes": "agency_suffixes.txt", "national": "national_agencies.tsv",
    "founding_verbs": "agency_founding_verbs.txt", "self_references": "self_references.tsv",
    "not_agencies": "not_agencies.txt", "verbs": "action_verbs.txt", "town_units": "town_units.txt",
    "object_verbs": "agency_object_verbs.txt", "department_divisions": "department_divisions.txt",
    "name_breaks": "agency_name_breaks.txt", "national_citations": "national_citations.txt",
    "zone_kinds": "zone_kinds.txt", "university_heads": "agency_university_heads.txt"},
    assigns=["doc._.mentions"])
def make_agency_recognizer(nlp: Language, name: str, bodies: Rows, suffixes: Words, national: Rows,
                           founding_verbs: Words, self_references: Rows, not_agencies: Words,
                           verbs: Words, town_units: Words, object_verbs: Words, department_divisions: Words,
                           name_breaks: Words, national_citations: Words, zone_kinds: Words,
                           university_heads: Words) -> AgencyRecognizer:
    """``bodies``: standard body names and short forms; ``verbs``: words a body's name never holds;
    ``town_units``: units a town's own report writes without the town's name (司法所, 党政办);
    ``object_verbs``: verbs after which a body is named bare (邀请发改委); ``department_divisions``: a department's
    internal divisions named after it (法规处); ``name_breaks``: words besides ``verbs`` and ``founding_verbs``
    that a body's name never holds (积极, 配合); ``national_citations``: what follows a central body that a report
    only cites as the author of its outline or decisions (《, 关于…决策部署); ``zone_kinds``: the kinds of functional
    zone (新区, 经开区), whose last character opens no body of the county outside a zone's own report;
    ``university_heads``: the words a university's name opens with (中国, 华东, 四川), named as written."""
    return AgencyRecognizer(bodies, suffixes, national, founding_verbs, self_references, not_agencies, verbs,
                            town_units, object_verbs, department_divisions, name_breaks, national_citations, zone_kinds,
                            university_heads)
