"""Who did what: the subject, the verb as written and the object of each action.

A clause's subject is the agency at its head (其中区综合执法局对…), with those
joined to it (党工委、办事处…; the reporting body when its own party committee is
written with a bare 政府 or 管委: 镇党委、政府…); a leader's titles name the body that acts
(省委副书记、市委书记某某主持… is the 市委's). A clause without one keeps the
subjects of the clause before it in the same sentence, and a sentence without
any belongs to the reporting body. The verb is the nearest action verb before
the object in its clause (or after it: 《…》执法检查, …会议上作典型发言). An agency
after a preposition (向区委报告, 为市委配备…, 对某县开展督查) is the object of
the agency verb that follows; one right before "verb 的" issued what follows
(国务院印发的《…》, 由某部、某办联合举办的…), as does one after 根据 (根据某办公厅印发《…》), with the bodies a space
alone parts it from (中共中央办公厅 国务院办公厅印发) and the titles written back to back after the first, up to one
named after a place (…印发的《A》《B》); one after 经
did what a clause headed by its object says (《某办法》经区委常委会审议通过). A head verb whose long object a comma cuts off
(构建司法所牵头,…协同联动的“三位一体”审查机制) acts on the object after that 的.
A body a clause names as a partner (与区委党校共同开展…, 联合某局举办…, 会同某院开展…) is an agent
of what the verb right after it does. Bodies inside an award's passive gave it (被市委依法治市办推荐为…), and a programme at
a clause's head is the object of the verb that says it is under way (…改革有序推进). What 以 takes, framed by
为抓手 or 为遵循, is what the body works by (以…为抓手); a body asked by 提请 does the verb after it too (提请市委召开…).
Bodies after 在 that guided or led the writer (在区司法局的大力指导下, 在区委的坚强领导下) did nothing the golds
record; bodies heading a clause with no verb that only own what another clause carries out (…决策部署,
省委、省政府工作要求,以…) do not go on acting. A clause that is only a list of objects goes on with the verb
whose objects ended the clause before (召开…研讨会,…协调会和…会议), and a dated entry after a semicolon
(…;8月31日,召开…) starts afresh with the writer, as does one after a part named after
其中 (其中,某委员会入选…;被…表彰为…). The sentence that frames the report (根据《…》《…》要求,现将…报告如下) acts under
the one document it answers, not a list of titles, unless it follows them (按照《…》《…》要求: each), and a body written inside an object's name (提请召开市委全面依法治市委员会会议)
or at the head of a meeting's (提请省政府常务会议研究…) is not acted on. The bodies in whose name a clause acts head it for that clause alone (以市政府办公室名义印发…).
The bodies right before an award's verb won it (助力我县成功创建…), not the clause's subject, and
what a count heads (1件案卷获评…) won it, not the writer; bodies between 受到 or 被 and a word of praise (受到司法部肯定,
被…表彰为…) praised the clause's subject or the programme heading it. A title 施行 follows came into force by no body's act
(《…条例》于…正式施行), and a title signed or heard (签订《…责任书》, 听取《…报告》) is no document a body acts on.
"""
from __future__ import annotations

import bisect
import re
from typing import NamedTuple

import numpy
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from kg.model import OBJECT_TYPES
from kg.recognise.mentions import ActionMention, AgencyMention, MeasureMention, Mention, ReportContext, context, mentions
from kg.recognise.text import CJK, split_top_level
from kg.resources import Rows, Words, alternation, rows, words

_OBJECT_KEYS = tuple(t.key for t in OBJECT_TYPES)
# 一、区政府…, 1.区司法局…, 七是区司法局…: a list's number before the body that heads the clause.
_HEAD_LEAD = re.compile(r"^(?:[一二三四五六七八九十]+、|\d+[.、])?"
                        r"(?:其中|由|经|并|同时|另外|此外|全年|今年|目前|首先|其次|最后|[一二三四五六七八九十]+是)?"
                        r"(?:年初|年中|年底|年末|年内|本年度|上半年|下半年)?"  # 年初局党组召开会议…: a time of the year (ninetieth round)
                        r"(?:(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}(?:[-—至]\d{1,2})?日)?(?<=[年月日])(?:以来|起|底|初)?)?"  # 10月27日市委依法治市办举办…
                        r"(?:[省市区县]本级[、及和])?"  # 市本级、石台县…: see _OWN_LEVEL
                        r"(?:[^,;:。]{1,6}?(?:书记|常委|[省市区县州旗镇乡]长|主任)、)*$")  # 省委常委、市委书记…
_SUBPART = "其中"
# Items of a 、 list of honoured units that name no body (某小学、某公司), before or between the bodies listed.
_OTHER_ITEMS = re.compile(rf"(?:[{CJK}]{{2,12}}、)+$")
_OTHER_ITEMS_GAP = re.compile(rf"、(?:[{CJK}]{{2,12}}、)+")
# 以市政府办公室名义印发《…》, 以区委、区政府名义下发…: the bodies in whose name a clause acts head it.
_IN_NAME_OF_LEAD = "以"
_IN_NAME_OF = re.compile(r"的?名义")
# 市本级、石台县分别创成…: the report's own level heads the clause with the bodies after it.
_OWN_LEVEL = re.compile(r"[省市区县]本级[、及和]$")
# 全市市场监管系统…贯彻落实《…》, 全省系统各级党组织…, 全市各级人力社保部门…: 全{L} followed by the word for a line of
# offices (…系统, 各级…部门 / 机关) is the writer's own line of bureaus, not the government 全{L} alone stands for
# (`_own_line`; eighty-third round).
_OWN_LINE = "全"
_LINE_AFTER = re.compile(r"[^,,。;:、《“]{0,8}?系统|各级[^,,。;:、《“各]{1,8}?(?:部门|机关)")
# 市委市政府高度重视…: two bodies written back to back head a clause jointly, as with a 、 between them.
_JOINER = re.compile(r"^[、和与及同]?$")
# A leader's title between two bodies (市委副书记、市政府市长某某): the person acts for the later body.
_LEADER_GAP = re.compile(r"^(?:常务)?副?(?:书记|[省市区县州旗镇乡]长|主任|局长|部长|院长|检察长|主席|常委)、$")
# A preposition that makes the agencies after it the target of the verb that follows (向区委报告).
# 市委副书记、市长某某主持召开…, 省委书记、时任省长某某: the party committee's secretary acts as the head of the
# government, which no body names; the party committee is not the subject.
_GOVERNOR_AFTER = re.compile(r"(?:常务)?副?书记、(?:时任)?[省市区县州旗]长")
# 局党组书记某某同志带头…: a department's party group secretary leads the department; its party group is not the subject.
_GROUP_SECRETARY_AFTER = re.compile(r"(?:常务)?副?书记(?!处)")
_TARGET_BEFORE = re.compile(r"(?<![作成认称视面方导走转倾])[向对为给]$")
# Verbs of the agency-object list that act on a body only when 对 / 向 names it before them (对州发改委、市场监管局等
# 10个单位开展法治督察): written before a body they are a noun (法治督察融入县委巡察), acting on none.
_TARGET_ONLY = frozenset({"督察"})
# Verbs of the agency-object list that act only on the body told, named after 向 right before them or between 在 and 上
# (向区委、全面依法治区委述法, 在区委全面依法治区委员会上专题述法), the body right before them included; never on a body after them.
_TOLD_ONLY = frozenset({"述法"})
# Verbs of the agency-object list that act only on the bodies listed right after them (报请省委、省政府将…上报党中央、国务院,
# 经报请市委编办同意): not on a body later in the clause, nor on one told before them (向区委区政府报请审阅): seventy-fourth round.
_RIGHT_AFTER_ONLY = frozenset({"报请"})
# 组织盐渎街道、郭猛镇、应急局主要负责人开展专题述法, 组织县公安局等20余家部门召开…: 组织 acts on the bodies written right
# after it (and the persons they send stand for them), never on one further on (联合市委组织、市委党校: 联合 acts), nor on
# a party committee or group or the writer's self-reference, nor on a body whose study group or study follows
# (组织局党组中心组集体学法); after 党 or 的 it is the noun (基层党组织, 坚强的组织领导; ninety-sixth round).
_ORGANISING = "组织"
_OWN_PARTY = re.compile(r"(?:党组|党委|党工委|[省市区县州旗镇乡]委)$")
_ORGANISATION_BEFORE = "党的"
_OWN_STUDY_AFTER = re.compile(r"(?:理论学习)?中心组|理论|专题学|集体学|学法|学习")
# 纳入区委年度综合考核、区委巡察: a verb of assessing right after a body (words of its kind between) is the body's own
# assessment, a noun, acting on no body listed after it (`_owned_noun`).
_ASSESSING = frozenset({"考核", "督查", "检查"})
_ASSESSMENT_KIND = re.compile(r"(?:的)?(?:年度|年终|综合|专项|日常|绩效|目标|实绩|政治|全面)*")
# 向省政府按时上报, 向市委专题请示: what may stand between the bodies told after 向 and a verb of `told_verbs.txt`.
_TOLD_ADVERBS = re.compile(r"(?:专题|书面|及时|按时|按程序|定期|逐级)?")
# 在区委全面依法治区委员会上(进行)专题述法: what may stand between the body told and the verb.
_TOLD_AT = re.compile(r"上(?:进行|作)?(?:专题|书面|现场)?")
_LIST_GAP = "、和与及"
# 将《A》《B》等法律作为…: a verb that acts only on what 将 or 把 took before it.
_TAKE = "将把"
_OPENING = "《“"
_OPENING_MARKS = re.compile(r"[《“]?")
_LIST_MARKS = re.compile(r"(?:[《》“”、和及与]|以及)*")
# a list may end the sentence, and name the kind of its titles (…等党内法规, …等人社领域法律法规)
_LIST_TAIL = re.compile(r"[》”]*(?:等(?:[^,,;。、]{0,8}?(?:法律法规|党内法规|法律|法规|规章|文件))?)?\s*[。;!?]?\s*")
# 全面落实党的十九大…全会,中央全面依法治国委员会第三次会议、…以及…会议精神, 落实…精神,以及《…》《…》安排: what ends a clause
# whose objects are only the sources of what the verb carries out; such a clause takes the verb of the clause before,
# whether it acted on nothing named or on a first source (eighty-ninth round: 安排 and a short noun before the word).
_SOURCES_TAIL = re.compile(r"[》”]*(?:等)?\s*(?:的)?(?:[^,,。;:、《》“”]{0,6}?)(?:精神|要求|部署|安排)\s*[。;!?]?\s*")
# 将…学习教育与…相结合: what 将 takes is joined to other work by the verb after it (twenty-ninth round, 1 fact over the
# 808 development texts; the 29 that write 将…与…相结合 move nothing else).
_DISPOSAL = re.compile(r"作为|列为|相结合|有机结合|紧密结合|深度融合")
# 以“两强化两提升”和“…”为抓手, 以《纲要》为遵循: what 以 takes (a list of titles at most) is what the body works
# by, the action written around it (以…为抓手).
_BY = "以"
# 提请市委召开…会议, 报请区政府审议《…》: the body asked did the verb right after it, beside the subject that asked.
_ASKING = re.compile(r"(?:提请|报请)$")
# 推动省委省政府出台《…》, 配合市人大常委会制定《…》: the bodies pushed or helped did the verb right after them, beside the
# subject (eighty-seventh round)
_HELPING = re.compile(r"(?:推动|配合|协助)$")
# 提请市人大常委会审议《…条例》《…条例》: a people's congress asked to review drafts has not acted on them yet; the golds
# record its passing a law (审议通过, 批准), never its being asked to review one (eightieth round).
_REVIEWING = frozenset({"审议", "审查"})
_CONGRESS = re.compile(r"人大|人民代表大会")
# …为契机, …为突破口: twenty-sixth round (2 facts, 1 false row over the 712 dev reports)
_FRAME = re.compile(r"[》”]*(为(?:抓手|(?:根本|基本)?遵循|牵引|引领|指引|载体|依托|契机|突破口|指挥棒|重点|总体规划))")
# 以市委书记为主任、市长…为副主任的委员会: a body named in a person's title is not what a verb acts on.
# 由新区党工委主要领导任主任, 邀请省委宣讲团成员: a body heading a person's title or a group it sends is no object either.
# A body written before a post (区政协副主席, 县司法局局长, 市法院院长, 区政府副区长; ninety-sixth round) names a person
# (成立了以区政协副主席、管委会主任为组长…的领导小组: the group is founded, not the CPPCC); 局长 is no post in 长期 or 长效.
_PERSON_AFTER = re.compile(r"(?:常务)?副?(?:书记|主任|常委|主席|秘书长|[局部院厅处科所队委]长(?![期效远足])|检察长"
                           r"|[省市区县州旗镇乡]长)(?!会)|(?:主要)?(?:领导(?!小组)|负责同志|负责人)|宣讲团")
_PERSON = re.compile(r"[省市区县州旗镇乡]长")
# 镇党委、政府主要负责人: a bare body written after a listed one, sharing the person's title with it.
_BARE_PARTNER = re.compile(r"[、和及](?:政府|人大|政协|纪委|管委会)")
# 提请省委常委会会议、省政府常务会议…研究: a body written at the head of its meeting's name is not what a verb acts on.
_MEETING_AFTER = re.compile(r"(?:常务|常委|党组|主任|办公|全体|专题)会|会议")
# …为组员的(街道)法治工作领导小组: a body after 的 modifying it, its own street's or town's word written before its name.
_MODIFIED = re.compile(r"的(?:街道|镇|乡)?[“《]?$")
# 由中央组织部、司法部联合举办的…: what may stand between the body and the verb it did to what follows.
_JOINTLY = re.compile(r"(?:联合|共同)?")
# 根据某委员会关于印发《…》(的通知), 落实县委、县人民政府关于印发《…》的通知要求: the bodies before 关于 and a verb issued
# what the verb takes, a notice's title written around it (sixty-fourth round).
_ABOUT = re.compile(r"\s*关于")
# 与区委党校共同开展…, 联合区委党校举办…: a word before a body that makes it a partner of the verb after it;
# 配合市人大常委会制定《…》: the body helped is the one that enacted it, the writer helped.
_PARTNER_BEFORE = re.compile(r"(?:与|同|联合|会同|配合)$")
# 与, 同 or 和 right before a list of bodies that 联合 or 共同 follows (thirty-second round): the writer acts jointly with
# each body listed. _JOINT_WORD is matched against the two characters before the partner's verb and the verb itself, so
# it finds 联合 written before the verb (联合印发) or as the verb's own start (联合开展 read as one verb).
_WITH_BEFORE = re.compile(r"[与同和]$")
_JOINT_WORD = re.compile(r"(?:..)?(?:联合|共同)")
# 《某办法》经区委常委会审议通过: the body after 经 did the verb to the object at the clause's head.
_PASSIVE_AGENT = "经"
# 《某条例》经某市人大常委会第N次会议通过、某省人大常委会第N次会议批准, 《条例》由某省人大常委会第N次会议于某日通过:
# each body after 经 or 由 (or after the 、 that ends the one before) passed or approved the statute written before them;
# 通过 and 批准 are no action verbs elsewhere (通过 is most often a means). Sixty-fourth round.
_PASSED_LEAD = re.compile(r"[》”](?:\([^)]{1,20}\))?\s*并?(?:先后|已|已经|正式)?(?:于[^,,。;:经由《]{1,14})?[,、]?\s*(?:经|由)")
_PASSED_VERB = re.compile(r"[^,,。;:、《》]{0,40}?((?:表决|审议)?(?:通过|批准))(?=[,,。;、]|后|并|于|自)")
_PASSED_NEXT = re.compile(r"(?:于[^,,。;:经由《]{1,14})?[,,、]\s*(?:(?:并|后|又|再)?(?:于[^,,。;:经由《]{1,14})?(?:经|由))?")
# 成立由区长任组长…的领导小组, 由司法所牵头: a body after 由 acts, it is not acted on.
_AGENT_BEFORE = "由"
# 被省司法厅、省普法办联合确定为…: what may stand between the bodies inside an award's passive.
_PASSIVE = "被"
# 受到司法部肯定, 被省委依法治省办推介, 被司法部表彰为…: what stands before the bodies that praised the clause's subject.
_PRAISED_BY = re.compile(r"(?:被|受到|获得|得到|获)(?=[^被获得]*$)")
_ACTING_UNDER = ("根据", "按照", "依据", "依照")
# 贯彻落实中共中央、国务院印发《…》: a body carried out is written with the verb that issued what it carries out,
# as after 根据; 印发实施《…》 issued it too.
_CARRYING_OUT = ("贯彻", "落实")
_PUT_IN_FORCE = "实施"
# 根据《…》《…》要求,现将2024年法治政府建设情况报告如下: the sentence that frames the report acts under the titles it
# cites as background for nothing the golds record; the one document a report answers (根据《…督察工作规定》要求,
# 按照《…关于做好…报告工作的通知》) they record (10 of 14 such rows over the 500 dev golds, against 4 of 18 for a list).
_FRAMING = re.compile(r"现将[^。]*?(?:报告|汇报)如下")
# 学习的主要内容包括《宪法》…, …集体学习22次,内容包括《民法典》: a clause listing what was studied (twenty-sixth round).
_CONTENTS = re.compile(r"(?:学习的?)?(?:主要)?内容(?:主要)?(?:包括|有|为)[::]?")
_STUDY = "学习"
_CLAUSE_BREAK = re.compile(r"[,;。]")
# 按照《纲要》《督察工作规定》要求,现将…: a report that follows a list (按照) works under each title it lists, as the golds
# record it (6 rows over the 712 dev golds, all recorded; 根据 a list: 4 of 17)
_FOLLOWING = "按照"
_CITED_UNTIL = re.compile(r"要求|精神|现将")
_PASSIVE_GLUE = re.compile(r"[、和与及]*(?:联合|共同|正式)?")
_MAX_PASSIVE_AGENTS = 40
# 镇党委、政府成立…, 我镇党委政府…, 新区工委(区委)、管委(区政府)…: the report's own party committee heads a clause
# with its government written bare, which no table names: the reporting body writes jointly with it.
_BARE_GOVERNMENT = re.compile(r"(?:\([^)]{1,6}\))?[、和及]?(?:人民政府|政府|管委会|管委)(?:\([^)]{1,6}\))?")
# What follows a clause's head bodies when they only own a noun (省委、省政府工作要求; 市委工作安排): a clause
# whose bodies have no verb after them is part of a list of things done, its bodies do not go on acting.
_NOUN_AFTER_HEADS = re.compile(r"[^,;:。]*?(?:要求|部署|安排|精神|意见|指示|批示)")
# 市委、市政府主要负责同志对法治建设工作作出批示80余次,出席…: the noun is what the bodies' leaders made (作出, 做出), an
# act of theirs, not a noun they own; they head the clause and go on acting (eighty-seventh round)
_MADE_NOUN = re.compile(r"[^,;:。]*?(?:作出|做出)(?!的)")
# 在区委依法治区办、区司法局的大力指导下(,街道…) names no act, as 在区委的坚强领导下 does not: over the 1,879 development
# texts the rows it made (one per guiding body, on the body guided or the writer) were 100 not a gold fact's against 7
# that were (ninety-fifth round), the golds reading it as the report's thanks to those above it.
# 在市委、市政府的关心支持下、在…: a verb framing what the writer worked under acts on nothing after it.
_WORKED_UNDER = re.compile(r"下[,、]")
# 2021年是“八五”普法启动之年, …的开局年,: a verb right before 之年, or before 年 that ends the phrase, names a year.
_NAMES_A_YEAR = re.compile(r"之年|年[,。;、)]")
# 纳入县委工作报告、县政府工作报告: 报告 after the kind of report is a document, not telling the body after it.
_DOCUMENT = re.compile(r"(?<=工作|情况|年度|述职|专题|调研)报告")
# 法治政府建设“六大工程”, 法治建设“一把手”工程: 建设 after 法治 or 政府 is the field named, a noun, not building.
_FIELD_BUILDING = re.compile(r"(?<=法治|政府)建设")
# 向市人大常委会专题报告法治政府建设情况: right after a body told (after 向), 专题报告 is the telling, not a document.
_TOLD_ON_A_TOPIC = re.compile(r"向[^,;。:]{2,30}$")
_ON_A_TOPIC = "专题"
# 2月,市委常委会…听取…;8月31日,召开了…: a semicolon's part that opens with its own date is an entry of a dated list,
# its own sentence: the subject of the entry before it does not carry into it.
_DATED = re.compile(r"\s*(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:份|初|底|中旬|上旬|下旬)?,")
# 1件案卷获评…优秀案卷, 2名教师获…二等奖: what a count heads before an award's verb won it, not the writer.
_COUNTED_WINNERS = re.compile(r"\d+[个件项篇名家批]\S{0,20}")
# 7个案例获评全国优秀信用案例, 1项工作获得国务院督查激励, 3项经验做法入选…: a count of the writer's own cases, practices or
# pieces of work (个 / 项, no body, person or project named) wins for the writer, as the golds read it (ninety-eighth round).
_COUNTED_WORK = re.compile(r"\d+[个项][^,,。;:、\s单村地区人名]{0,12}?(?:案例|经验|做法|工作|举措)")
# 为我市成功入围…: an adverb between the bodies and an award's verb leaves them its winners.
_AWARD_ADVERBS = re.compile(r"(?:成功|先后|均|分别|再次)*$")
_ADVERB = re.compile(r"(?:有序|稳步|扎实|深入|全面|正式|顺利|持续|不断|进一步)?")
# 建立了由…任组长的法治政府建设工作领导小组: the ending of a body that a group-building verb makes.
_GROUP = "小组"
# 成立由…任组长,…牵头负责的…领导小组: the verbs that found a group, reaching it past the clause naming its members.
_FOUNDING = frozenset({"成立", "组建", "设立", "建立"})
# 充分发挥区法治政府建设工作领导小组统筹推进作用: the body written there gave the working group its part (sixty-fourth
# round); 发挥 is no action verb elsewhere (发挥“头雁”作用, 发挥党委领导作用 name no act on a body the golds record).
_GIVING_ROLE = re.compile(r"(?:充分|积极|切实)?发挥$")
_ROLE_AFTER = re.compile(r"(?:的)?[^,。;、《“]{0,6}?作用")
# 在局党委会、党员大会中学习…, 在…会议上作典型发言: a meeting written as the place where a verb after it is done.
_PLACE_AFTER = re.compile(r"[》”]*(?:等)?[上中]")
# What may follow a verb that ends its clause (作典型发言;, 现场述法5次。).
_CLAUSE_END = re.compile(r"(?:了)?\s*(?:\d+[次场期])?\s*[,;:。]?\s*")
# 在…会议上对…进行全面部署: 进行 takes the action done at the meeting, not an object of its own.
_LIGHT_VERB = "进行"
# 为“三市两地一枢纽”建设提供保障, 巩固…示范市创建成果: 建设 or 创建 written against a name is the making of it, a noun.
_MAKING_AFTER = re.compile(r"[》”]*(建设|创建)")
# 《某条例》于2024年1月1日正式施行: a verb of coming into force written after its object says the title took effect, not
# that a body put it in force (sixty-ninth round)
_IN_FORCE_AFTER = frozenset({"施行"})
# 某部印发的《A》《B》: what may stand between two titles one verb issued.
_TITLE_GAP = re.compile(r"》?\s*[、和及]?\s*《?")
# 《法治政府建设实施纲要》《上海市…规划》: a title named after a place is the place's own, not the first issuer's.
_PLACE_TITLE = re.compile(r"《?[^《》]{1,6}?(?:省|市|区|县|州|盟|旗)")
# 签订《…责任书》, 签署《…框架协议》, 听取《…情况报告》: a title signed between parties or a report heard is no document the
# body acts on; these verbs keep their rows on bodies and programmes (sixty-ninth round)
_NOT_ON_TITLES = frozenset({"签订", "签署", "听取"})
# 紧紧围绕“六大房山”建设, 围绕“三区一中心”建设: what a body works around, named by a programme, is a place's
# development slogan or a campaign it frames its work by, no act on it the golds record (ninety-fifth round: 5 rows a
# gold joins against 18 false over the 1,879 development texts); on a title (围绕《…纲要》) the act stays (57 against 33).
_NOT_ON_PROGRAMMES = frozenset({"围绕"})
# 协调推动党中央国务院和省委省政府决策部署落实落细, 协调推动将…纳入市委综合考核: 协调 right before 推动 or 推进 says how the
# writer pushes the work on, a compound verb; it acts on no body written after it. Seventy-eighth round.
_COORDINATING = "协调"
_PUSHING_ON = re.compile(r"推动|推进")

# A title whose own clause goes on to say it reported or printed something is a newspaper, a programme or a bulletin
# (央视《新闻直播间》、省台《江苏新时空》报道我区…, 被《人民日报》…宣传报道, 在《甘肃日报》学习专栏刊发…, 被农业农村部《每日要情》
# 刊发推广): a medium the writer was covered by, not a document any body acted on. Seventy-sixth round.
_NEWS_OUTLET_AFTER = re.compile(r"》?[^,。;:]{0,40}?(?:报道|刊发|刊登|转载|刊载|播出|播发|专访)")
# An honour named for a person (全国普法工作先进个人, …通报表扬的个人) went to the person written before the verb
# (某同志荣获, 1人获评, 某处负责人获评), never to a body; one named for bodies and persons both (先进集体和先进个人) is the
# bodies' too. Seventy-sixth round.
_PERSONAL_HONOUR = re.compile(r"个人[”》]?(?:称号)?$")
_BODIES_HONOURED = re.compile(r"集体|单位")
# 学习习近平总书记在中央全面依法治国工作会议上的重要讲话精神: a meeting written right after 在 is where the speech studied
# was given, not what the body studied; a verb of study alone (not 贯彻, 落实, nor 传达, which carry the meeting's spirit
# out) acts on no such meeting. Seventy-eighth round.
_VENUE_BEFORE = "在"
_STUDYING = "学习"
_CARRIED_OUT = re.compile(r"贯彻|落实|传达")
# 作为党支部“三会一课”重要内容, 纳入“第一议题”必学内容, 列入“主题党日”活动重要内容: a programme whose (list's) name is followed by
# the word for its contents is the session a thing is studied in, not what any verb acts on. Seventy-eighth round.
_CONTENTS_AFTER = re.compile(r"[》”]*(?:等)?(?:的)?(?:重要|必学|学习|主要)?内容")
# 通过“第一议题”、理论学习中心组学习等形式,深入学习…; 运用党组会议“第一议题”、三会一课等载体: a programme listed among the
# forms a body studies in is how it studies, not what it studied.
_MEANS_LATER = re.compile(r"[^,,。;:]*?等[^,,。;:、]{0,6}?(?:形式|方式|载体|途径)")
# 借助“三会一课”、…微信公众号等云学习方式: a list led by a verb of using keeps its rows (what is used is that verb's object).
_USING_BEFORE = re.compile(r"(?:借助|依托|运用|利用)[^,,。;:]*$")
_USING_REACH = 60
# 将习近平法治思想纳入“第一议题”、局党组理论学习中心组学习、…必修内容; 纳入党工委“第一议题”和理论学习中心组学习内容: a
# programme a verb of putting in (纳入, 列入) reaches, with the word for contents later in its clause, is one of the
# sessions the thing taken is put in to be studied, which the golds do not record as acted on. Eightieth round.
_PUTTING_IN = re.compile(r"纳入|列入")
_CONTENTS_LATER = re.compile(r"[^,,。;:]*?内容")
# 落实“第一议题”, 开展“三会一课”: the party's routine study sessions named bare (`study_session_forms.txt`) are the forms
# the writer studies in, not a programme any verb acts on (eighty-fifth round); the system or the study named right after
# them (“第一议题”制度, “第一议题”学习) keeps the row
_SESSION_NAMED_AFTER = re.compile(r"[”\"]?(?:学习|学法|制度|机制)")

Subjects = tuple[AgencyMention | None, tuple[AgencyMention | None, ...]]
"""A clause's subject (None: the reporting body) and the bodies that act with it (区委、区政府印发…; None: the
reporting body, written bare beside its own party committee)."""


class _Sorted:
    """Items sorted by start offset, sliced by a character range with bisection."""

    def __init__(self, items: list, key) -> None:
        self.items = sorted(items, key=key)
        self.keys = [key(item) for item in self.items]

    def between(self, start: int, end: int) -> list:
        return self.items[bisect.bisect_left(self.keys, start):bisect.bisect_left(self.keys, end)]


class _ClauseVerbs:
    """A clause's verbs in order, found by position with bisection: a clause can be a whole page long."""

    def __init__(self, verbs: list[re.Match[str]]) -> None:
        self.verbs = verbs
        self.starts = [v.start() for v in verbs]
        self.ends = [v.end() for v in verbs]  # verbs do not overlap, so their ends are in order too

    def __bool__(self) -> bool:
        return bool(self.verbs)

    def __getitem__(self, index: int) -> re.Match[str]:
        return self.verbs[index]

    def last_before(self, pos: int, floor: int = -1) -> re.Match[str] | None:
        """The last verb ending by ``pos`` and starting at ``floor`` or after."""
        i = bisect.bisect_right(self.ends, pos) - 1
        return self.verbs[i] if i >= 0 and self.starts[i] >= floor else None

    def first_from(self, pos: int) -> re.Match[str] | None:
        """The first verb starting at ``pos`` or after."""
        i = bisect.bisect_left(self.starts, pos)
        return self.verbs[i] if i < len(self.verbs) else None

    def at(self, pos: int) -> re.Match[str] | None:
        verb = self.first_from(pos)
        return verb if verb is not None and verb.start() == pos else None


def _outermost(objects: list[Mention]) -> list[Mention]:
    """Objects not inside a longer one; a programme inside an event stays (专项行动 in its 启动仪式)."""
    ordered = sorted(objects, key=lambda o: (o.start, -len(o)))
    out, open_spans = [], []
    for obj in ordered:
        open_spans = [p for p in open_spans if p.end > obj.start]
        if any(p.end >= obj.end and len(p) > len(obj) and p.type != "Program" for p in open_spans):
            continue
        out.append(obj)
        open_spans.append(obj)
    return out


class _Sentence(NamedTuple):
    """Where a sentence starts and ends in the Doc's text: all the rules read of it."""

    start_char: int
    end_char: int


def _sentences(doc: Doc, text: str) -> list[_Sentence]:
    """The Doc's sentences (``doc.sents``), read from its sentence starts as one array: a spaCy Span made for
    each sentence computed its offsets again at every read. In a Doc of one token per character (``make_doc``'s)
    a token's index is its offset and a sentence ends where the next starts, so only the starts are read."""
    if not len(doc):
        return []
    if len(doc) == len(text):
        bounds = [0, *(numpy.flatnonzero(doc.to_array(SENT_START)[1:] == 1) + 1).tolist(), len(doc)]
        return [_Sentence(start, end) for start, end in zip(bounds, bounds[1:])]
    tokens = doc.to_array([SENT_START, IDX, LENGTH])
    starts = numpy.flatnonzero(tokens[1:, 0] == 1) + 1
    first, last = numpy.append(0, starts), numpy.append(starts, len(doc)) - 1  # each sentence's tokens
    ends = tokens[last, 1] + tokens[last, 2]
    return [_Sentence(start, end) for start, end in zip(tokens[first, 1].tolist(), ends.tolist())]


def _groups(doc: Doc, text: str) -> list[list[_Sentence]]:
    """Sentences grouped so that a subject carries over a semicolon but not a full stop.

    A sentence's words are read from ``text``, the Doc's, not joined again from its character tokens."""
    groups: list[list[_Sentence]] = [[]]
    for sent in _sentences(doc, text):
        words = text[sent.start_char:sent.end_char]
        if not words.strip():
            continue
        groups[-1].append(sent)
        if not words.rstrip().endswith(";"):
            groups.append([])
    return [g for g in groups if g]


class ActionExtractor:
    """Sets ``Mentions.actions``: each object's verb and subject, agencies acted on, measures with their action."""

    def __init__(self, verbs: Words, agency_object_verbs: Words, award_verbs: Rows, praise_verbs: Words,
                 group_building_verbs: Words, told_verbs: Words, study_session_forms: Words) -> None:
        self.agency_object_verbs = frozenset(words(agency_object_verbs))
        # 向省政府上报…: what the bodies told after 向 were told by, right after them (an adverb between at most)
        self.telling = re.compile(rf"{_TOLD_ADVERBS.pattern}({alternation(words(told_verbs))})")
        self.group_verbs = self.agency_object_verbs | frozenset(words(group_building_verbs))
        self.praise = re.compile(rf"的?({alternation(words(praise_verbs))})")
        award = tuple(row["verb"] for row in rows(award_verbs))
        self.award_verbs = frozenset(award)
        self.verbs = re.compile(alternation(words(verbs) + tuple(self.agency_object_verbs) + award))
        # 落实“第一议题”: a bare name of the party's routine study sessions, in its quotation marks or not
        self.session_forms = re.compile(rf"[“\"]?(?:{alternation(words(study_session_forms))})[”\"]?")

    def __call__(self, doc: Doc) -> Doc:
        found = mentions(doc)
        text = found.text
        report = context(doc)
        covered = bytearray(len(text))
        for m in found.of(*_OBJECT_KEYS, "Agency"):
            covered[m.start:m.end] = b"\x01" * (m.end - m.start)
        agencies = found.of("Agency")
        objects = _outermost(found.of(*_OBJECT_KEYS))
        # A verb before 的 modifies a noun (新修订的《…》, 印发的方案): it is not the clause's action, but
        # a body right before it did it (国务院印发的《…》).
        told = {a.end for a in agencies}
        all_verbs = [m for m in self.verbs.finditer(text)
                     if not covered[m.start()] and not (m.group() == "报告" and _DOCUMENT.match(text, m.start())
                                                        and not _told_on_a_topic(text, told, m.start()))
                     and not (m.group() == "建设" and _FIELD_BUILDING.match(text, m.start()))]
        verbs = _acting_verbs(text, all_verbs)
        by_start = {
            "agencies": _Sorted(agencies, lambda a: a.start),
            "objects": _Sorted(objects, lambda o: o.start),
            "verbs": _Sorted(verbs, lambda v: v.start()),
            "measures": _Sorted(found.of("Measure"), lambda m: m.start),
            "all_verbs": _Sorted(all_verbs, lambda v: v.start()),
        }
        actions: list[ActionMention] = []
        for group in _groups(doc, text):
            carried: Subjects | None = None
            for sent in group:
                # Each sentence sees only its own mentions: scanning every mention per clause is quadratic.
                start, end = sent
                local = {k: v.between(start, end) for k, v in by_start.items()}
                if carried is not None and _DATED.match(text, start):
                    carried = None
                if not (local["agencies"] or local["objects"] or local["measures"]):
                    continue  # a sentence naming nothing does nothing, and the subject it would carry on is unchanged
                if _FRAMING.search(text, start, end):
                    local["verbs"] = _answering(text, local["verbs"], local["objects"], end)
                carried = self._sentence(text, sent, local["agencies"], local["objects"], local["verbs"],
                                         measures=local["measures"], carried=carried, actions=actions, report=report)
                if _names_a_part(text, carried):
                    carried = None  # 其中,某委员会入选…;被…表彰为…: past the semicolon the writer acts again
                actions.extend(self._issued_by(text, sent, local["agencies"], local["objects"], local["all_verbs"]))
                actions.extend(_passed_by(text, sent, local["agencies"], local["objects"]))
        found.actions = [a for a in actions if not _titled_paper(a) and not _news_outlet(text, a)
                         and not _personal_honour(a) and not _speech_venue(text, a, objects)
                         and not _study_session(text, a, objects) and not _session_form(text, a, self.session_forms)]
        return doc

    @staticmethod
    def _issued_by(text: str, sent: _Sentence, agencies: list[AgencyMention], objects: list[Mention],
                   verbs: list[re.Match[str]]) -> list[ActionMention]:
        """某局印发的《某办法》, 根据某办公厅印发《某规定》: the body right before "verb 的", or before a verb
        after a word of acting under something (and those joined to it), did it to what follows; so did the bodies
        before 关于印发《…》, a notice's title written around the verb (某委员会关于印发《…》的通知)."""
        out = []
        for verb in verbs:
            agent = next((a for a in agencies
                          if a.end <= verb.start() and _JOINTLY.fullmatch(text, a.end, verb.start())), None)
            about = agent is None and verb.group() == "印发"
            if about:
                agent = next((a for a in agencies if a.end <= verb.start() and _ABOUT.fullmatch(text, a.end, verb.start())), None)
            if agent is None:
                continue
            bodies = _joined_before(text, agencies, agent)
            bodies = _spaced_before(text, agencies, bodies[0]) + bodies
            modifies = text.startswith("的", verb.end())
            if not modifies and not about and not text.endswith(_ACTING_UNDER + _CARRYING_OUT, 0, bodies[0].start):
                continue
            gap = verb.end() + modifies
            if not modifies and text.startswith(_PUT_IN_FORCE, gap):  # 中共中央、国务院印发实施《…》
                gap += len(_PUT_IN_FORCE)
            obj = next((o for o in objects if o.start >= gap and text[gap:o.start] in ("", "《", "“")), None)
            if obj is not None:
                out.extend(ActionMention(verb.group(), verb.start(), sent.start_char, agent=body, object=item)
                           for item in _titles_from(text, obj, objects) for body in bodies)
        return out

    def _sentence(self, text: str, sent: _Sentence, agencies: list[AgencyMention], objects: list[Mention],
                  verbs: list[re.Match[str]], measures: list[MeasureMention], carried: Subjects | None,
                  actions: list[ActionMention], report: ReportContext) -> Subjects | None:
        implicit: list[ActionMention] = []
        sent_text = text[sent.start_char:sent.end_char]

        def action(verb: re.Match[str] | ActionMention, agent: AgencyMention | None, obj: Mention | None = None,
                   recipient: Mention | None = None) -> ActionMention:
            if isinstance(verb, ActionMention):
                return ActionMention(verb.verb, verb.verb_start, sent.start_char, agent=agent, object=obj)
            return ActionMention(verb.group(), verb.start(), sent.start_char, agent=agent, object=obj, recipient=recipient)

        # 构建司法所牵头,党政办…协同联动的“三位一体”审查机制: a clause's head verb left without an object, and
        # the subjects it had, for a following clause with no verb that ends in "…的 object"; with the bodies
        # inside it right before a verb of their own (司法所牵头), who did that verb to the same object.
        dangling: tuple[re.Match[str], Subjects, list[tuple[re.Match[str], AgencyMention]]] | None = None

        def completed(obj: Mention) -> list[ActionMention]:
            verb, (agent, partners), inner = dangling
            return ([action(verb, body, obj) for body in (agent, *partners)]
                    + [action(v, body, obj) for v, body in inner])

        # 成立法治工作办公室,由街道党政综合办牵头: a clause led by 由 and a body, with no object of its own, says
        # who did its verb to what the clause before acted on.
        previous: list[Mention] = []
        # The action whose list of objects ends its clause, and its subjects: a clause of objects alone goes on with it.
        ended_list: tuple[ActionMention, Subjects] | None = None
        # The same, when the object ends its clause as a source of the spirit or the requirements the verb carries out
        # (落实…全会精神): a clause of further sources alone (以及《…》《…》安排) goes on with it (eighty-ninth round).
        ended_spirit: tuple[ActionMention, Subjects] | None = None
        # The head verb of the clause just before, when it acted on nothing: a clause of its spirit's sources goes on with it
        # (ended by 精神, 要求, 部署 or, since the eighty-ninth round, 安排: `_SOURCES_TAIL`).
        left_without: tuple[re.Match[str], Subjects, list] | None = None
        verb_starts = [v.start() for v in verbs]  # in order: a clause's verbs are found by bisection
        for c_start, c_end in split_top_level(sent_text, ",:"):
            start, end = sent.start_char + c_start, sent.start_char + c_end
            clause_verbs = _ClauseVerbs(verbs[bisect.bisect_left(verb_starts, start):bisect.bisect_left(verb_starts, end)])
            agency_verbs = _ClauseVerbs([v for v in clause_verbs.verbs if v.group() in self.agency_object_verbs])
            group_verbs = _ClauseVerbs([v for v in clause_verbs.verbs if v.group() in self.group_verbs])
            first_verb = clause_verbs[0].start() if clause_verbs else end
            listed = bool(clause_verbs) and clause_verbs[0].group() in self.award_verbs
            heads = self._heads(text, agencies, start, first_verb, listed)
            if heads and text[start:heads[0].start].strip() == _AGENT_BEFORE and self._modifies(text, heads[-1].end):
                heads = []  # 由区司法局起草的《…》经…审议通过: the body did what modifies the object, not the clause
            if (heads and not clause_verbs and _NOUN_AFTER_HEADS.match(text, heads[-1].end, end)
                    and not _MADE_NOUN.match(text, heads[-1].end, end)):
                heads = []  # 省委、省政府工作要求,以及…: bodies owning a noun with no verb in the clause do nothing
            if heads and _inside(heads[0], objects):
                heads = []  # …试点县,省司法厅行政指导融入行政处罚工作试点县: a body inside an object's name heads nothing
            before = carried
            clause = text[start:end]
            lead = start + len(clause) - len(clause.lstrip())  # where the clause's first word starts
            head_objects = [o for o in objects if start <= o.start <= lead]
            partners: tuple[AgencyMention | None, ...] = ()
            if heads:
                subject, partners = heads[0], tuple(heads[1:])
                if _with_bare_government(text, agencies, heads[-1], report):
                    partners += (None,)
                carried = (subject, partners)
                if text[start:heads[0].start].strip() == _IN_NAME_OF_LEAD:
                    carried = before  # acting in another body's name is one act: the clauses after are the writer's
                if _OWN_LEVEL.search(text, start, heads[0].start):
                    subject, partners = None, tuple(heads)
                    carried = None  # the bodies beside the report's own level do not go on acting
                elif _own_line(text, subject):
                    subject, partners = None, ()
                    carried = (None, ())
            elif head_objects:
                subject = None
            elif carried:
                subject, partners = carried
            else:
                subject = None
            clause_actions: list[ActionMention] = []
            listed = _list_clause(text, objects, lead, end) if ended_list and not clause_verbs and not heads else []
            if not listed and ended_spirit and not clause_verbs and not heads:
                # 落实市第六次党代会精神,以及中央全面依法治国工作会议精神: the spirit's sources go on past a comma
                listed = _list_clause(text, objects, lead, end, _SOURCES_TAIL)
                if listed:
                    ended_list = ended_spirit
            if listed:  # 召开…研讨会,…协调会和…会议: the list goes on past a comma, done as its first part
                verb, (subject, partners) = ended_list
                clause_actions.extend(action(verb, subject, obj) for obj in listed)
            elif left_without and not clause_verbs and not heads:
                listed = _list_clause(text, objects, lead, end, _SOURCES_TAIL)
                verb, (subject, partners), _ = left_without
                clause_actions.extend(action(verb, subject, obj) for obj in listed)
            passive = None if heads else next(
                (a for a in agencies if start < a.start < first_verb and text[a.start - 1] == _PASSIVE_AGENT), None)
            passed: list[Mention] = []
            if passive is not None:
                verb = clause_verbs.first_from(passive.end)
                passed = [o for o in objects if start <= o.start < passive.start and o.type != "Award"] if verb else []
                clause_actions.extend(action(verb, passive, obj) for obj in passed)
            for obj in (o for o in objects if start <= o.start < end and o not in listed):
                if obj in head_objects and obj.type == "Program":
                    # 小蓝经开区全链赋权改革有序推进: a programme at the clause's head says it is under way (…模式获评…
                    # 案例 says it won an award)
                    verb = _under_way_verb(text, obj, clause_verbs)
                    if verb is not None and verb.group() not in self.award_verbs:  # a body named inside the programme's name is not its subject
                        own = subject is not None and obj.start <= subject.start and subject.end <= obj.end
                        clause_actions.append(action(verb, (before[0] if before else None) if own else subject, obj))
                    continue
                if (obj in head_objects and obj.type != "Award") or obj in passed:
                    continue
                awarders = _awarding_bodies(text, agencies, obj)
                if awarders:  # 我局被市委依法治市办推荐为…: the bodies inside the passive gave it, the subject received it
                    clause_actions.append(ActionMention(obj.verb, obj.verb_start, sent.start_char, agent=subject,
                                                        object=obj, recipient=subject))
                    if self.praise.fullmatch(obj.verb.removeprefix("被").removesuffix("为")):
                        continue  # 被司法部表彰为…: the bodies praised the subject (`_praised`), the title is its own
                    clause_actions.extend(ActionMention(obj.verb.removeprefix("被"), obj.verb_start, sent.start_char,
                                                        agent=body, object=obj, recipient=subject) for body in awarders)
                    continue
                if obj.type == "Award" and obj.verb and obj.start <= obj.verb_start < obj.end:
                    # 在全省法治建设考核中获评优秀等次: an award written around its verb holds the verb itself
                    clause_actions.append(ActionMention(obj.verb, obj.verb_start, sent.start_char, agent=subject,
                                                        object=obj, recipient=subject))
                    continue
                opened = _list_start(text, obj, objects)
                framed = _framed_by(text, obj, objects, opened) or _studied(text, lead, opened, sent.start_char)
                if framed is not None:
                    clause_actions.append(ActionMention(*framed, sent.start_char, agent=subject, object=obj))
                    continue
                verb = _disposed_by(text, obj, opened, end) or self._verb_for(
                    text, obj, clause_verbs, subject, _list_end(text, obj, objects), end,
                    taken=opened > 0 and text[opened - 1] in _TAKE)
                if verb is None and dangling is not None and not clause_verbs and _MODIFIED.search(text, start, obj.start):
                    clause_actions.extend(completed(obj))
                    continue
                if verb is None:
                    continue
                recipient = None
                if obj.type == "Award":
                    adverbs = _AWARD_ADVERBS.search(text, max(0, verb.start() - 6), verb.start())
                    receiver = _right_before(agencies, adverbs.start())
                    if receiver is not None and receiver is not subject and receiver not in partners:
                        # 助力我县成功创建…示范县: the bodies written right before the award's verb won it
                        clause_actions.extend(action(verb, body, obj, body)
                                              for body in _joined_before(text, agencies, receiver))
                        continue
                    counted_work = _COUNTED_WORK.fullmatch(text, lead, verb.start()) is not None
                    if counted_work and subject is not None and subject.start < lead:
                        # 派出所获评…;3项经验做法入选…: the count heads its clause, the body carried from before does not
                        # win it
                        clause_actions.append(action(verb, None, obj, None))
                        continue
                    recipient = subject or (head_objects[0] if head_objects else None)
                    if subject is None and _COUNTED_WINNERS.fullmatch(text, lead, verb.start()) and not counted_work:
                        continue
                clause_actions.append(action(verb, subject, obj, recipient))
                asked = _asked(text, agencies, verb)
                if asked is not None:
                    clause_actions.append(action(verb, asked, obj))
                clause_actions.extend(action(verb, body, obj) for body in _helped(text, agencies, verb)
                                      if body is not subject)
            clause_objects = [o for o in objects if start <= o.start < end]
            for other in (a for a in agencies if start <= a.start < end and a is not subject and a not in partners
                          and not (_is_person(text, a, agencies) and not _organised(text, agencies, a))
                          and not _MEETING_AFTER.match(text, a.end)):
                first = _joined_before(text, agencies, other)[0]
                if text.endswith(_AGENT_BEFORE, start, first.start) or _inside(other, clause_objects):
                    continue
                last = _joined_after(text, agencies, other)
                giving = (_GIVING_ROLE.search(text, max(start, first.start - 4), first.start)
                          if last.text.endswith(_GROUP) and _ROLE_AFTER.match(text, last.end) else None)
                if giving is not None:  # 发挥区委全面依法治区委员会和区…工作领导小组牵头抓总作用: each body listed
                    clause_actions.append(action(giving, subject, other))
                    continue
                before = (group_verbs if other.text.endswith(_GROUP) else agency_verbs).last_before(other.start)
                if before is not None and before.group() == _ORGANISING:
                    if _organisation_noun(text, before.start()):
                        before = None
                    elif before.end() != first.start:
                        before = (group_verbs if other.text.endswith(_GROUP) else agency_verbs).last_before(before.start())
                    elif (other.rule == "self" or _OWN_PARTY.search(other.text)
                          or _OWN_STUDY_AFTER.match(text, _joined_after(text, agencies, other).end)):
                        before = None
                if before is not None and (before.group() in _TARGET_ONLY or before.group() in _TOLD_ONLY
                                           or (before.group() in _RIGHT_AFTER_ONLY and before.end() != first.start)
                                           or _owned_noun(text, agencies, before)
                                           or _pushing_on(text, before)):
                    before = None
                if before is not None and (subject is None or before.start() >= subject.end):
                    clause_actions.append(action(before, subject, other))
                    continue
                told = (agency_verbs.first_from(other.end)
                        if text.startswith("在", first.start - 1) and text.startswith("上", other.end) else None)
                if told is not None and told.group() in _TOLD_ONLY and _TOLD_AT.fullmatch(text, other.end, told.start()):
                    clause_actions.append(action(told, subject, other))  # 在区委全面依法治区委员会上专题述法
                elif _TARGET_BEFORE.search(text, max(start, first.start - 2), first.start):
                    after = agency_verbs.first_from(other.end)
                    if after is not None and (after.group() in _RIGHT_AFTER_ONLY or after.group() == _ORGANISING
                                              or (after.group() in _TARGET_ONLY and after.start() == other.end)):
                        # 对中央依法治国办督察反馈意见整改: the body right before the noun did the inspecting; 向区委区政府报请审阅:
                        # 报请 acts only on bodies after it
                        after = None
                    told = self.telling.match(text, _joined_after(text, agencies, other).end)
                    if told is not None:  # 向省政府上报, 向区人大常委会提交审议: the telling verb right after the bodies
                        clause_actions.append(action(_TellingVerb(told), subject, other))
                    elif after is not None:  # 向区委、区人大常委会报告: each body told is an object
                        clause_actions.append(action(after, subject, other))
                elif (dangling is not None and _MODIFIED.search(text, start, first.start)
                      and self._completes(text, dangling[0], other, start, first.start,
                                          [o for o in clause_objects if not other.start <= o.start < other.end])):
                    # 成立了由书记任组长,…为成员的领导小组: the body is what the cut-off head verb made (not 新组建的某局)
                    clause_actions.extend(completed(other))
            joined = []
            for other in (a for a in agencies if start <= a.start < end and a is not subject and a not in partners):
                verb = _partner_verb(text, agencies, other, clause_verbs)
                if verb is not None and _JOINT_WORD.match(text[verb.start() - 2:verb.start()] + verb.group()):
                    first = _joined_before(text, agencies, other)[0]
                    if _WITH_BEFORE.search(text, max(0, first.start - 1), first.start):
                        joined.append(action(verb, subject, other))  # 与市公安局、市检察院联合印发…
                if verb is not None:  # 与区委党校共同开展…: the partner did it too
                    clause_actions.extend(action(a, other, a.object) for a in list(clause_actions)
                                          if a.verb_start == verb.start() and a.agent is subject
                                          and a.object not in (None, other))
            for partner in partners:
                # 县检察院与县司法局会签《…》, 区委、区政府听取区司法局汇报: each body that acts together is an agent.
                clause_actions.extend(action(a, partner, a.object) for a in list(clause_actions)
                                      if a.agent is subject and a.object not in (None, partner))
            clause_actions.extend(joined)
            for measure in (m for m in measures if start <= m.start < end):
                owner = next((a for a in reversed(clause_actions) if a.verb_start < measure.start), None)
                if owner is None:
                    verb = clause_verbs.last_before(measure.start)
                    if verb is None:
                        continue
                    owner = action(verb, subject)
                    clause_actions.append(owner)
                owner.measures.append(measure)
            clause_actions.extend(self._praised(text, sent, agencies, objects, start, lead, end, subject))
            if heads and text[start:heads[0].start].strip() == _SUBPART:
                actions.extend(action(a, heads[0], a.object) for a in implicit if a.object is not None)
            implicit.extend(a for a in clause_actions if a.agent is None)
            actions.extend(clause_actions)
            acted_on = [a.object for a in clause_actions if a.object is not None]
            if heads and not acted_on and clause_verbs and text[start:heads[0].start].strip() == _AGENT_BEFORE:
                verb = clause_verbs.first_from(heads[0].end)
                actions.extend(action(verb, body, obj) for body in heads for obj in previous if verb is not None)
            previous = acted_on
            last = next((a for a in reversed(clause_actions) if a.object is not None and a.agent is subject), None)
            ended_list = ((last, (subject, partners)) if last is not None and isinstance(last.object, Mention)
                          and _LIST_TAIL.fullmatch(text, _list_end(text, last.object, objects), end) else None)
            ended_spirit = ((last, (subject, partners)) if last is not None and isinstance(last.object, Mention)
                            and _SOURCES_TAIL.fullmatch(text, _list_end(text, last.object, objects), end) else None)
            left_without = None
            if clause_verbs:
                inner = [(v, a) for v in clause_verbs.verbs[1:] for a in agencies if a.end == v.start()]
                dangling = None if acted_on else (clause_verbs[0], (subject, partners), inner)
                left_without = dangling
        return carried

    def _completes(self, text: str, verb: re.Match[str], body: AgencyMention, start: int, pos: int,
                   clause_objects: list[Mention]) -> bool:
        """Whether the head verb ``verb`` of the clause before, left without an object, reaches ``body``, written after 的
        at the end of the describing clause from ``start`` to ``pos`` (成立了由书记任组长,…为成员的领导小组). A verb of
        `agency_object_verbs.txt` reaches any body when the describing clause holds no verb; a founding verb (成立, 组建,
        设立, 建立, also after 牵头) reaches a leading group past the verbs of a clause naming its members (领导班子成员具体
        牵头负责的…领导小组), when that clause holds no object but inside the group's name and no founding verb of its own
        (新组建的县司法局; ninety-fourth round)."""
        if verb.group() in self.agency_object_verbs and not self.verbs.search(text, start, pos):
            return True
        founding = verb.group() in _FOUNDING or text[verb.end():verb.end() + 2] in _FOUNDING  # 牵头成立
        return (body.text.endswith(_GROUP) and founding and not clause_objects
                and not any(v.group() in _FOUNDING or "组建" in v.group() for v in self.verbs.finditer(text, start, pos)))

    def _praised(self, text: str, sent: _Sentence, agencies: list[AgencyMention], objects: list[Mention], start: int,
                 lead: int, end: int, subject: AgencyMention | None) -> list[ActionMention]:
        """受到司法部肯定, 被省委依法治省办推介, 被司法部表彰为…: the bodies between 受到 or 被 and a word of praise
        praised the programme heading the clause (“一述+两评”做法被…推介), else the clause's subject or the writer."""
        out: list[ActionMention] = []
        for body in (a for a in agencies if start <= a.start < end):
            praise = self.praise.match(text, body.end)
            if praise is None:
                continue
            by = _PRAISED_BY.search(text, max(start, body.start - _MAX_PASSIVE_AGENTS), body.start)
            if by is None:  # 被中央宣传部、司法部、全国普法办表彰为…: every body named between 被 and the praise
                continue
            bodies = [a for a in agencies if by.end() <= a.start and a.end <= body.end]
            head = next((o for o in objects if lead <= o.start < by.start() and o.type == "Program"
                         and _OPENING_MARKS.fullmatch(text, lead, o.start)), None)
            target = head or subject
            out.extend(ActionMention(praise.group(1), praise.start(1), sent.start_char, agent=praising, object=target,
                                     on_writer=target is None) for praising in bodies)
        return out

    def _modifies(self, text: str, pos: int) -> bool:
        """Whether a verb before 的 starts at ``pos`` (联合 or 共同 before it at most)."""
        verb = self.verbs.match(text, _JOINTLY.match(text, pos).end())
        return verb is not None and text.startswith("的", verb.end())

    @staticmethod
    def _heads(text: str, agencies: list[AgencyMention], start: int, first_verb: int,
               listed: bool = False) -> list[AgencyMention]:
        """The agency at the head of a clause and those joined to it (市委、市政府印发…). ``listed``: the clause
        honours what its 、 list names (某部、某街道办事处、某小学、某社区荣获…), whose items that name no body (a
        school, a firm) neither start nor break the list of bodies (twenty-ninth round)."""
        before = [a for a in agencies if start <= a.start < first_verb]
        first = next((a for a in before if _HEAD_LEAD.match(
            _OTHER_ITEMS.sub("", text[start:a.start].strip()) if listed else text[start:a.start].strip())), None)
        in_name_of = first is None and bool(before) and text[start:before[0].start].strip() == _IN_NAME_OF_LEAD
        if in_name_of:
            first = before[0]
        if first is None:
            return []
        heads = [first]
        for nxt in before[before.index(first) + 1:]:
            gap = text[heads[-1].end:nxt.start]
            if _LEADER_GAP.match(gap):  # 省委副书记、市委书记某某: the later body is the one acting
                heads[-1] = nxt
            elif _JOINER.match(gap) or (listed and _OTHER_ITEMS_GAP.fullmatch(gap)):
                heads.append(nxt)
            else:
                break
        if in_name_of and not _IN_NAME_OF.match(text, heads[-1].end):
            return []  # 以市委书记为组长: 以 takes a person's role, not the body that acts
        if heads[-1].kind == "party_committee" and _GOVERNOR_AFTER.match(text, heads[-1].end):
            return heads[:-1]
        if heads[-1].text.endswith("党组") and _GROUP_SECRETARY_AFTER.match(text, heads[-1].end):
            return heads[:-1]
        return heads

    def _verb_for(self, text: str, obj: Mention, clause_verbs: _ClauseVerbs, subject: AgencyMention | None,
                  listed_to: int, end: int, taken: bool = False) -> re.Match[str] | None:
        """The verb before the object in its clause, else the one after it; not an award's verb after it: what
        stands before 荣获 or 获评 won the award (单项示范项目“行政复议规范化建设”荣获…), it was not acted on; nor,
        after a meeting written as the place (…会议上, 党员大会中), a verb with an object of its own after it
        (在党员大会中学习习近平法治思想): only one that ends the clause (…会议上作典型发言), or 进行 with the action
        done there (…会议上进行全面部署), acts at the meeting; nor 建设 or 创建 written against
        it, the making of it (为“法治古镛”建设提供保障).
        ``listed_to``: where the list of objects that starts with ``obj`` ends. ``taken``: whether 将 or 把 takes the
        list; 列入 after it then puts what was taken into a plan or a course (将《…》《…》列入…培训内容), as 纳入 does,
        and is no award's verb (eighty-sixth round)."""
        if getattr(obj, "verb", ""):  # an award knows the verb that introduced it
            verb = clause_verbs.at(obj.verb_start)
            if verb:
                return verb
        floor = subject.end if subject is not None and subject.end <= obj.start else -1
        before = clause_verbs.last_before(obj.start, floor)
        if before is not None:
            return before
        after = clause_verbs.first_from(obj.end)
        if after is None or after.group() in _IN_FORCE_AFTER:
            return None
        if after.group() in self.award_verbs and not (taken and _PUTTING_IN.fullmatch(after.group())):
            return None
        making = _MAKING_AFTER.match(text, listed_to)
        if making is not None and making.start(1) == after.start():
            return None
        if (_PLACE_AFTER.match(text, listed_to) and after.group() != _LIGHT_VERB
                and not _CLAUSE_END.fullmatch(text, after.end(), end)):
            return None
        return after


def _titled_paper(action: ActionMention) -> bool:
    """Whether ``action`` signs or hears a title (签订《…责任书》, 听取《…报告》), or asks a superior body (报请) about
    anything but that body: no fact the golds record."""
    return action.object is not None and (
        (action.verb in _NOT_ON_TITLES and action.object.type == "Regulation")
        or (action.verb in _NOT_ON_PROGRAMMES and action.object.type == "Program")
        or (action.verb in _RIGHT_AFTER_ONLY and action.object.type != "Agency"))  # 报请…将《…报告》上报: asked, not acted on


def _news_outlet(text: str, action: ActionMention) -> bool:
    """Whether ``action``'s object is a title its own clause goes on to call a medium that reported (《…日报》…刊发)."""
    obj = action.object
    return obj is not None and obj.type == "Regulation" and _NEWS_OUTLET_AFTER.match(text, obj.end) is not None


def _speech_venue(text: str, action: ActionMention, objects: list[Mention]) -> bool:
    """Whether ``action`` studies a meeting written right after 在, or a list of them (总书记在中央全面依法治国委员会第一次、
    第二次会议上的讲话): the place a speech was given, which the body did not study (seventy-eighth round)."""
    obj = action.object
    if obj is None or obj.type != "Event" or _STUDYING not in action.verb or _CARRIED_OUT.search(action.verb):
        return False
    start = _list_start(text, obj, objects)
    return start > 0 and text[start - 1] == _VENUE_BEFORE


def _study_session(text: str, action: ActionMention, objects: list[Mention]) -> bool:
    """Whether ``action``'s object is a programme, or a list of them, followed by the word for its contents (党支部“三会一课”
    重要内容): the session something else is studied in, which no verb acts on (seventy-eighth round)."""
    obj = action.object
    if obj is None or obj.type != "Program":
        return False
    if _CONTENTS_AFTER.match(text, _list_end(text, obj, objects)) is not None:
        return True
    if _PUTTING_IN.search(action.verb) and _CONTENTS_LATER.match(text, obj.end) is not None:
        return True
    return (_STUDYING in action.verb and _MEANS_LATER.match(text, obj.end) is not None
            and _USING_BEFORE.search(text, max(0, obj.start - _USING_REACH), obj.start) is None)


def _session_form(text: str, action: ActionMention, session_forms: re.Pattern[str]) -> bool:
    """Whether ``action``'s object is one of the party's routine study sessions named bare (落实“第一议题”, 开展“三会一课”):
    the form the writer studies in, which no verb acts on; a verb putting something in it (列入, 纳入) and the session's
    system or study named right after it (“第一议题”制度, “第一议题”学习) keep the row, and so does one a verb of using
    leads (依托“三会一课”: `_USING_BEFORE`, as in ``_study_session``) (eighty-fifth round)."""
    obj = action.object
    if obj is None or obj.type != "Program" or _PUTTING_IN.search(action.verb):
        return False
    return (session_forms.fullmatch(obj.text.strip()) is not None
            and _SESSION_NAMED_AFTER.match(text, obj.end) is None
            and _USING_BEFORE.search(text, max(0, obj.start - _USING_REACH), obj.start) is None)


def _personal_honour(action: ActionMention) -> bool:
    """Whether ``action``'s object is an honour named for a person alone (…先进个人), which no body received."""
    obj = action.object
    name = (getattr(obj, "name", "") or obj.text) if obj is not None and obj.type == "Award" else ""
    return _PERSONAL_HONOUR.search(name) is not None and _BODIES_HONOURED.search(name) is None


def _with_bare_government(text: str, agencies: list[AgencyMention], last: AgencyMention,
                          report: ReportContext) -> bool:
    """Whether the report's own party committee ends a clause's head list with its government written bare
    (镇党委、政府; 新区工委(区委)、管委(区政府)): a town's 镇党委 in a town's report, a zone's 工委 in the zone's,
    not another town's in a county's report. A body in brackets restates the one before it (工委(区委))."""
    own = last.refers == "party_committee" or last.kind == "party_committee" and (
        last.jurisdiction in (report.division_name, report.level_char)
        or last.rule == "town" and report.body_type == "town")
    gap = _BARE_GOVERNMENT.match(text, last.end) if own else None
    if gap is None:
        return False
    first = bisect.bisect_left(agencies, last.end, key=lambda a: a.start)
    inside = agencies[first:bisect.bisect_left(agencies, gap.end(), key=lambda a: a.start)]
    return all(text[a.start - 1] == "(" for a in inside)


def _passed_by(text: str, sent: _Sentence, agencies: list[AgencyMention], objects: list[Mention]) -> list[ActionMention]:
    """《某条例》经某市人大常委会第N次会议通过、某省人大常委会第N次会议批准: each body after 经 or 由 right after a
    statute's title, and each after the 、 or comma that ends the one before, passed or approved it (通过, 批准, 表决通过,
    审议通过 before a clause break, a date or 自…施行)."""
    out = []
    starts = {a.start: a for a in agencies}
    for obj in (o for o in objects if o.type != "Event"):
        lead = _PASSED_LEAD.match(text, obj.end)
        if lead is None or lead.end() > sent.end_char:
            continue
        pos = lead.end()
        while (agent := starts.get(pos)) is not None:
            passed = _PASSED_VERB.match(text, agent.end)
            if passed is None or any(agent.end <= a.start < passed.start(1) for a in agencies if a is not agent):
                break
            out.append(ActionMention(passed.group(1), passed.start(1), sent.start_char, agent=agent, object=obj))
            after = _PASSED_NEXT.match(text, passed.end(1))
            if after is None or after.end() == passed.end(1):
                break
            pos = after.end()
    return out


def _awarding_bodies(text: str, agencies: list[AgencyMention], obj: Mention) -> list[AgencyMention]:
    """The bodies written inside an award's passive (被省司法厅、省普法办联合确定为…), first to last."""
    start = getattr(obj, "verb_start", -1)
    passive = text.rfind(_PASSIVE, max(0, start - _MAX_PASSIVE_AGENTS), start)
    if start < 0 or passive < 0:
        return []
    bodies = [a for a in agencies if passive < a.start and a.end <= start]
    rest = text[passive + 1:start]
    for body in bodies:
        rest = rest.replace(body.text, "", 1)
    return bodies if bodies and _PASSIVE_GLUE.fullmatch(rest) else []


def _list_start(text: str, obj: Mention, objects: list[Mention]) -> int:
    """Where the list of objects that ends with ``obj`` starts, its opening marks included (《宪法》《公司法》)."""
    pos = obj.start
    for i in range(bisect.bisect_left(objects, obj.start, key=lambda o: o.start) - 1, -1, -1):
        before = objects[i]  # objects are in order: walk back over the list that ends with obj
        if before.end > pos or not _LIST_MARKS.fullmatch(text, before.end, pos):
            break
        pos = before.start
    while pos and text[pos - 1] in _OPENING:
        pos -= 1
    return pos


def _list_end(text: str, obj: Mention, objects: list[Mention]) -> int:
    """Where the list of objects that starts with ``obj`` ends (“两强化两提升”和“三个管理”)."""
    pos = obj.end
    for i in range(bisect.bisect_right(objects, obj.start, key=lambda o: o.start), len(objects)):
        after = objects[i]
        if after.start < pos or not _LIST_MARKS.fullmatch(text, pos, after.start):
            break
        pos = after.end
    return pos


def _list_clause(text: str, objects: list[Mention], lead: int, end: int, tail: re.Pattern[str] = _LIST_TAIL) -> list[Mention]:
    """The objects of a clause that is nothing but a list of them (…协调会和…会议) and ``tail``, or []."""
    first = next((o for o in objects if lead <= o.start < end), None)
    if first is None or not _LIST_MARKS.fullmatch(text, lead, first.start):
        return []
    last = _list_end(text, first, objects)
    if not tail.fullmatch(text, last, end):
        return []
    return [o for o in objects if first.start <= o.start < last]


def _disposed_by(text: str, obj: Mention, pos: int, end: int) -> re.Match[str] | None:
    """将《宪法》《公司法》等法律作为日常学法的材料: the verb after what 将 or 把 takes (a list of objects at most,
    opening at ``pos``) disposes of it, although it is no action verb elsewhere (作为“一把手”工程 names no object acted on)."""
    if pos == 0 or text[pos - 1] not in _TAKE:
        return None
    return _DISPOSAL.search(text, obj.end, end)


def _framed_by(text: str, obj: Mention, objects: list[Mention], pos: int) -> tuple[str, int] | None:
    """以“两强化两提升”和“…”为抓手: the action written around what 以 takes (a list of objects at most, opening at
    ``pos``), as written with an ellipsis (以…为抓手), and where it starts; None when the object is not so framed."""
    if pos == 0 or text[pos - 1] != _BY:
        return None
    frame = _FRAME.match(text, _list_end(text, obj, objects))
    return (f"{_BY}…{frame.group(1)}", pos - 1) if frame else None


def _studied(text: str, lead: int, pos: int, sent_start: int) -> tuple[str, int] | None:
    """…组织集体学习22次,内容包括《宪法》《民法典》, 学习的主要内容包括…《宪法》: the titles a clause of what was
    studied lists (from ``pos``) were studied (学习, where the clause starts); None when the clause is no such list."""
    contents = _CONTENTS.match(text, lead)
    if contents is None or contents.end() > pos or _CLAUSE_BREAK.search(text, contents.end(), pos):
        return None
    studied = contents.group().startswith(_STUDY) or _STUDY in text[sent_start:lead]
    return (_STUDY, lead) if studied else None


def _right_before(agencies: list[AgencyMention], pos: int) -> AgencyMention | None:
    """The body that ends at ``pos``, or None."""
    i = bisect.bisect_left(agencies, pos, key=lambda a: a.end)  # bodies do not overlap: ends are in order
    return agencies[i] if i < len(agencies) and agencies[i].end == pos else None


def _asked(text: str, agencies: list[AgencyMention], verb: re.Match[str]) -> AgencyMention | None:
    """The body asked to do ``verb``, written right before it after 提请 or 报请 (提请市委召开), or None."""
    body = _right_before(agencies, verb.start())
    if body is None or not _ASKING.search(text, max(0, body.start - 2), body.start):
        return None
    if verb.group() in _REVIEWING and _CONGRESS.search(body.text):  # 提请市人大常委会审议《…》: asked, not yet done
        return None
    return body


def _helped(text: str, agencies: list[AgencyMention], verb: re.Match[str]) -> list[AgencyMention]:
    """The bodies written right before ``verb`` after 推动, 配合 or 协助, back to back or joined (推动省委省政府出台…), else
    none."""
    body = _right_before(agencies, verb.start())
    if body is None:
        return []
    chain = [body]
    for prev in reversed([a for a in agencies if a.end <= body.start]):
        gap = text[prev.end:chain[0].start]
        if gap == "" or (len(gap) == 1 and gap in _LIST_GAP):
            chain.insert(0, prev)
        else:
            break
    return chain if _HELPING.search(text, max(0, chain[0].start - 2), chain[0].start) else []


def _inside(body: AgencyMention, objects: list[Mention]) -> bool:
    """Whether a body is written inside the name of an object (提请召开市委全面依法治市委员会会议)."""
    return any(o.start <= body.start and body.end <= o.end for o in objects)


def _owned_noun(text: str, agencies: list[AgencyMention], verb: re.Match[str]) -> bool:
    """Whether a verb of assessing is written as a noun its body owns (纳入市委年度综合考核、市委巡察): a body right
    before it, words of its kind between at most; it then acts on no body after it (sixty-sixth round)."""
    return verb.group() in _ASSESSING and any(
        a.end <= verb.start() and _ASSESSMENT_KIND.fullmatch(text, a.end, verb.start()) for a in agencies)


def _own_line(text: str, body: AgencyMention) -> bool:
    """全市市场监管系统, 全省系统, 全市各级人力社保部门: 全{L} with the word for a line of offices after it names the writer's
    own line of bureaus (the writer when a department reports; the government when it reports itself), not the
    government that 全{L} alone stands for."""
    return (body.rule == "self" and body.refers == "government" and body.text.startswith(_OWN_LINE)
            and _LINE_AFTER.match(text, body.end) is not None)


def _pushing_on(text: str, verb: re.Match[str]) -> bool:
    """Whether ``verb`` is 协调 written as the first half of 协调推动 / 协调推进 (协调推动党中央国务院…决策部署落实): it then
    acts on no body after it (seventy-eighth round)."""
    return verb.group() == _COORDINATING and bool(_PUSHING_ON.match(text, verb.end()))


def _organised(text: str, agencies: list[AgencyMention], body: AgencyMention) -> bool:
    """Whether the bodies ``body`` is listed with are written right after 组织 (组织某街道、某局主要负责人开展述法): the
    persons they send stand for them."""
    start = _joined_before(text, agencies, body)[0].start - len(_ORGANISING)
    return text.startswith(_ORGANISING, start) and not _organisation_noun(text, start)


def _organisation_noun(text: str, start: int) -> bool:
    """Whether the 组织 at ``start`` is the noun (基层党组织, 坚强的组织领导), not the verb."""
    return start > 0 and text[start - 1] in _ORGANISATION_BEFORE


def _is_person(text: str, body: AgencyMention, agencies: list[AgencyMention] = ()) -> bool:
    """Whether a body is written as part of a person's title (市委书记, 市长, 管委会主要领导) or a group it sends
    (省委宣讲团), also as the first of bodies sharing the title (区委、区政府主要领导; 镇党委、政府主要负责人)."""
    if _PERSON.fullmatch(body.text):
        return True
    end = _joined_after(text, agencies, body).end if agencies else body.end
    bare = _BARE_PARTNER.match(text, end)
    return bool(_PERSON_AFTER.match(text, bare.end() if bare else end))


def _acting_verbs(text: str, verbs: list[re.Match[str]]) -> list[re.Match[str]]:
    """The verbs that may be a clause's action: not those before 的, nor one right before such a verb
    (联合举办的…: 联合 modifies as much as 举办), nor one framing what the writer worked under (关心支持下、),
    nor one naming a year (“八五”普法启动之年)."""
    modifying = set()
    for verb in reversed(verbs):
        if (text.startswith("的", verb.end()) or verb.end() in modifying or _WORKED_UNDER.match(text, verb.end())
                or _NAMES_A_YEAR.match(text, verb.end())):
            modifying.add(verb.start())
    return [v for v in verbs if v.start() not in modifying]


def _names_a_part(text: str, carried: Subjects | None) -> bool:
    """Whether the subject a sentence carries on was named after 其中 (其中,市宋都人民调解委员会入选…): a part of
    the writer singled out for one example, which does not go on acting past a semicolon."""
    subject = carried[0] if carried else None
    if subject is None:
        return False
    return text[max(0, subject.start - len(_SUBPART) - 2):subject.start].rstrip(" ,,").endswith(_SUBPART)


def _answering(text: str, verbs: list[re.Match[str]], objects: list[Mention], end: int) -> list[re.Match[str]]:
    """The verbs of a sentence framing the report, less the words of acting under something (根据, 按照) that cite
    more than one title before 要求: a report acts under the one document it answers, not the list it cites as
    background (根据《纲要》《督察工作规定》要求,现将…)."""
    def cited(verb: re.Match[str]) -> int:
        until = _CITED_UNTIL.search(text, verb.end(), end)
        stop = until.start() if until else end
        return sum(1 for o in objects if verb.end() <= o.start < stop)
    return [v for v in verbs if v.group() not in _ACTING_UNDER or v.group() == _FOLLOWING or cited(v) == 1]


def _told_on_a_topic(text: str, told: set[int], pos: int) -> bool:
    """Whether the 报告 at ``pos`` follows 专题 right after a body named after 向 (向省人大常委会专题报告…)."""
    topic = pos - len(_ON_A_TOPIC)
    return topic in told and text.startswith(_ON_A_TOPIC, topic) and bool(_TOLD_ON_A_TOPIC.search(text, max(0, topic - 32), topic))


def _partner_verb(text: str, agencies: list[AgencyMention], body: AgencyMention,
                  clause_verbs: _ClauseVerbs) -> re.Match[str] | None:
    """The verb a body is a partner of (与区委党校共同开展, 联合区法院、区检察院举办), or None: its list
    follows a partner word and ends right before the verb, 共同 or 联合 between at most."""
    verb = clause_verbs.first_from(body.end)
    first = _joined_before(text, agencies, body)[0]
    if verb is None or not _PARTNER_BEFORE.search(text, max(0, first.start - 2), first.start):
        return None
    rest = text[body.end:verb.start()]
    for later in (a for a in agencies if body.end <= a.start and a.end <= verb.start()):
        rest = rest.replace(later.text, "", 1)  # the bodies after it in its list
    return verb if _JOINTLY.fullmatch(rest.strip(_LIST_GAP)) else None


def _under_way_verb(text: str, obj: Mention, clause_verbs: _ClauseVerbs) -> re.Match[str] | None:
    """The verb right after a programme at a clause's head, an adverb between at most (…改革有序推进)."""
    verb = clause_verbs.first_from(obj.end)
    return verb if verb is not None and _ADVERB.fullmatch(text, obj.end, verb.start()) else None


class _TellingVerb:
    """A verb of `told_verbs.txt` found right after the bodies told, read as a clause verb is (``group``, ``start``)."""

    def __init__(self, match: re.Match[str]) -> None:
        self._match = match

    def group(self) -> str:
        return self._match.group(1)

    def start(self) -> int:
        return self._match.start(1)


def _joined_after(text: str, agencies: list[AgencyMention], first: AgencyMention) -> AgencyMention:
    """The last body of the list that starts with ``first`` (向自治区党委依法治区办、市委全面依法治市委员会呈报)."""
    last = first
    for nxt in agencies[bisect.bisect_right(agencies, first.start, key=lambda a: a.start):]:
        if nxt.start == last.end + 1 and text[last.end] in _LIST_GAP:
            last = nxt
        elif nxt.start > last.end:
            break
    return last


def _spaced_before(text: str, agencies: list[AgencyMention], first: AgencyMention) -> list[AgencyMention]:
    """The bodies before ``first`` that a space alone parts from it, as joint issuers are written (中共中央办公厅
    国务院办公厅印发《…》), first to last."""
    chain: list[AgencyMention] = []
    for i in range(bisect.bisect_left(agencies, first.start, key=lambda a: a.start) - 1, -1, -1):
        prev = agencies[i]
        start = (chain[0] if chain else first).start
        if prev.end < start and not text[prev.end:start].strip() and text[prev.end:start]:
            chain = _joined_before(text, agencies, prev) + chain
        else:
            break
    return chain


def _titles_from(text: str, first: Mention, objects: list[Mention]) -> list[Mention]:
    """``first`` and the titles written back to back after it (某部印发的《A》《B》, 《A》、《B》): each is what the
    verb before ``first`` acted on."""
    out = [first]
    for obj in objects:
        if obj.start >= out[-1].end and obj.type == first.type == "Regulation":
            if _TITLE_GAP.fullmatch(text, out[-1].end, obj.start) and not _PLACE_TITLE.match(obj.text):
                out.append(obj)
            else:
                break
    return out


def _joined_before(text: str, agencies: list[AgencyMention], last: AgencyMention) -> list[AgencyMention]:
    """The list of bodies that ends with ``last`` (党中央、国务院; 舒城县、裕安区), first to last.

    ``agencies`` are in order and do not overlap, so those before ``last`` are found by bisection."""
    chain = [last]
    for i in range(bisect.bisect_left(agencies, last.start, key=lambda a: a.start) - 1, -1, -1):
        prev = agencies[i]
        if prev.end == chain[0].start - 1 and text[prev.end] in _LIST_GAP:
            chain.insert(0, prev)
        elif prev.end <= chain[0].start - 1:
            break
    return chain


@Language.factory("fazhi_actions", default_config={
    "verbs": "action_verbs.txt", "agency_object_verbs": "agency_object_verbs.txt", "award_verbs": "award_verbs.tsv",
    "praise_verbs": "praise_verbs.txt", "group_building_verbs": "group_building_verbs.txt", "told_verbs": "told_verbs.txt",
    "study_session_forms": "study_session_forms.txt"},
    requires=["doc._.mentions"], assigns=["doc._.mentions"])
def make_action_extractor(nlp: Language, name: str, verbs: Words, agency_object_verbs: Words,
                          award_verbs: Rows, praise_verbs: Words, group_building_verbs: Words,
                          told_verbs: Words, study_session_forms: Words) -> ActionExtractor:
    """``agency_object_verbs``: verbs whose object may be an agency (会同, 指导); they are action verbs too.
    ``praise_verbs``: what a body does, after 受到 or 被 and the body, to the clause's subject (受到司法部肯定).
    ``group_building_verbs``: verbs whose object may be a working group (建立…领导小组), beside those.
    ``told_verbs``: verbs of telling a superior, acting only on the bodies told right before them after 向 (向省政府上报).
    ``study_session_forms``: the party's routine study sessions (第一议题), named bare no object of any verb."""
    return ActionExtractor(verbs, agency_object_verbs, award_verbs, praise_verbs, group_building_verbs, told_verbs,
                           study_session_forms)
