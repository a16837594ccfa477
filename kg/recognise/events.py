"""Events: named meetings, conferences, trainings, forums and ceremonies.

An event name ends in an event noun (会议, 推进会, 培训班, 论坛, 仪式 …) and
starts after the clause break or the verb that introduces it (召开, 举办, 在 …; 为…作 before a
lecture: 邀请专家为干部作…讲座); a verb right after 召开 / 举办 / 举行 is the name's own
(举办学习贯彻习近平法治思想专题培训) unless the meeting is only cited for its 精神.
Two events joined by 和 / 、 / 等 are split after the first event noun (A暨B is one event), and a name
starts after the last 、 outside brackets that follows an activity or what is studied (区委常委会、
区政府常务会议 are two; 习近平法治思想、中央…工作会议 is the second; …热线、…合作机制试点工作推进会 is one),
and after 等 that ends examples of anything (…讲座等依法行政专题培训; 法官、律师等专题培训班 names none):
what follows such examples is a kind of event (…等专项会议, …等全市性会议). A 和 / 及 stays inside the name
unless what precedes it is studied or done (习近平法治思想和中央…会议; …会议上的重要讲话和省委…会议 is two): between
audiences (全市领导干部和法治机构负责人…培训班), honourees (流动红旗及先进个人风采展示会议) or topics it joins one name.
A 、 between bodies of two levels before one noun (中央…、省委…工作会议) leaves the last meeting named, and a body's
field of rule by law or a session listed before it (中央全面依法治国、市委全面依法治市工作会议) is its own meeting.
A count before or after a name is not part of it (召开4次…推进会, 培训班3期、…), nor how long it lasts (为期两天的…).
A name must tell one event apart: a generic 各 / 相关 or an event noun alone (常务会议, 专题研讨会,
协调会议), also after fields of any work (法律专题培训, 工作推进会), names none, nor does a standing
body's routine meeting without its session or year (区政府常务会议, 局党组会议, 领导班子会议, 党工委专题会议);
a congress without a session (县人民代表大会及其常委会的监督下) is the body, a congress or plenum cited
loosely (党的二十大会议精神) no meeting's name, and sessions listed under one noun (…委员会第一次、第二次会议)
or trainings counted by place (16个市…专题培训) are named in no one piece. What follows an event noun can
make it a course in a plan (…培训班课程, …培训的必学内容), a form (以讲座形式, …座谈会等方式, 以…学习会为载体) or a standing
arrangement (…专题培训长效机制, …学法活动常态化): then it names none. A verb after 的 (党的组织路线…) and the 对 of 对象
lead no name.
A quotation that ends in an event noun is the event's name (“…专题培训班”). A 、 list that ends in an
event noun alone (传达学习、系统解读、专题研讨会) lists forms of study and names no event.
A name that refers back (此次评议会, 该会议) or that ends an event named earlier in the report
(…建设现场会 then 建设现场会上) is that earlier event, not another one; who holds an event
(由…主办的) or speaks at it (为…作, 就…作) comes before it. A party committee's plenum is named with its term
and session (市委十二届七次全会), never as N中全会 or 历次全会; an enlarged sitting (…(扩大)会) is a routine one;
活动 named twice with 暨 is one occasion; 重要会议 is a kind, and a forum a body sets up (设立…论坛) stands.
A comma inside a quotation does not end the clause (举办“强化法治思维,提升依法行政能力”…专题培训班); in 在…会上 a 会 that
ends no body ends a meeting (在…协调小组会上); 各类 / 各种 anywhere, and an event noun alone after a joiner
(主体班次和专题培训班), name a kind of event, none in particular. 以及 joins two meetings as 及 does, a count
(not 第…次) closes an item of a 、 list as an activity does (…10学时、…培训班2期), what is listed before 等平台 is a form,
a name that opens with a bracket ((扩大)学习会议) leaves its head to the item before, and a routine …会 written on as
…会会议 (主任办公会会议) is that routine meeting. A lecture told apart by its topic is an event (《民法典》专题讲座), an
invited speaker (邀请…作了) comes before it, and an activity of study or hearing (宣讲活动, 旁听庭审活动) is one when held
once, not counted (学法活动12次); 与 joins meetings as 和 does, a verb of study before a course is its topic whatever
leads the name (参加学习贯彻…专题学习班), and who held an event before 的 (司法部举办的…) is not part of it.
Levels alone before the noun (在全国或全省会议上作交流发言) name no meeting, and a course made an important part of a
plan (…党校主体培训班重要内容) no event. A 宣讲 campaign named by its slogan alone (“…”微宣讲活动) is a programme, and a
body's name before a course or a lecture with no topic (市委组织部专题培训) names none. An upper committee's meetings
written without a session and cited for their spirit or a speech (学习省委…委员会会议精神, 在中央…委员会会议上的讲话) are
all its sittings, none named. 培训 unquoted ends a name as 考试 does, for one sitting opened by a scope or a year
(组织开展全县…业务培训) or told apart by the ability it raises (…能力提升培训), never before a plan (…教育培训计划).
A training named by the titles studied alone (《某办法》专题培训) is their routine study, and who watches a sitting, with
the verb of watching (收看, 收听, 观看), comes before its name; 依法行政 before a noun tells an event apart (依法行政专题培训班).
An activity led by a verb of a campaign carried on (广泛开展, 积极开展, 持续组织开展) is no one sitting, and two quoted topics
joined before one course noun (“A”以及“B”专题培训班) are two courses, each its topic and the noun.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from operator import itemgetter

from spacy.language import Language
from spacy.tokens import Doc

from kg.recognise.mentions import EventMention, mentions
from kg.recognise.text import CJK, enclosed, inside, last_break, protected_ranges, split_top_level
from kg.resources import Words, alternation, words

# 或 joins as 和 does (党组中心组学习或专题讲座: twenty-seventh round, 1 false event gone over the 776 development
# reports, 0 | 1 in the newest 64 | the other 712, nothing lost)
_JOINING = ("和", "及", "与", "或")
_JOINERS = "和、及与等"  # 等 after an event noun ends its examples (…讲座等依法行政专题培训)
_AS_WELL = "以及"  # …工作会议以及省委…第二次会议: a joiner as 及 is (1 / 0 / 0 in the 226 development golds)
# 邀请专家为领导干部作法治专题讲座, 邀请专家就政府信息公开作专题讲座: who speaks to whom, or on what, comes
# before the name (not the 作 of 工作)
_SPEAKER = re.compile(r"(?:[为就]|邀请)[^,。;:\n、]{1,20}?(?<!工)作(?!为)")
# 由省委宣传部主办的…发布会: who holds an event is not part of its name
_ORGANISER = re.compile(r"由[^,。;:\n]{1,30}?(?:主办|承办|举办|组织|召开)的")
# 《…条例》经…人大常委会第十三次会议通过, 《…条例》于12月3日经…第二十一次会议: the regulation a session passed, and when,
# come before the session's name (twenty-fifth round: 0 | 1 required, 1 | 1 optional, 0 not annotated over 680)
# …and 由 as 经 (《常州市居家养老服务条例》由常州市第十七届人民代表大会常务委员会第二十二次会议…通过; sixty-third round:
# 2 required found and 2 false gone over the 1,414 development reports, 1 | 1 in the newest 27 | the other 1,387, nothing
# else moves; not the 由 of 自由, 理由, 由于 or 由此)
_PASSED_BY = re.compile(r"(?<=》)[^,。;:\n《》]{0,12}?(?:经(?!过)|(?<![自理缘经])由(?![于此]))")
_COUNT = re.compile(r"(?:[0-9一二三四五六七八九十两]+余?(?:场次|次|场|期|轮))?")
_MIN_EVENT, _MAX_EVENT = 4, 60
_REACH = 2 * _MAX_EVENT  # how far before its noun an event name (with the verb that leads it) can start
# what follows an event noun and makes it something else: its minutes, its rules, or a course put into a plan
# (将《行政处罚法》专题培训纳入干部教育重点培训项目)
# (将习近平法治思想列为…主体培训班课程, …作为…专题培训的必学内容, 以讲座形式, …培训全覆盖)
# …and a meeting's standing arrangement (建立每季度联席会议机制) or a prize won in a contest (…竞赛二等奖, an award)
# …and the last of forms listed (电话回访、服务对象座谈会等方式, 依托主题党日、…专题读书班等平台: 0 / 0 / 1 in the
# 226 development golds) or a standing form (以…机关学习会为载体)
# …and, twenty-sixth round, a standing arrangement written after the noun (建立…专题培训长效机制, 推动…学法活动常态化):
# 2 false events over the 712 development texts (0 | 2), nothing annotated lost
# …and, thirty-first round, a course made an important part of a plan (纳入…党校主体培训班重要内容): 2 false events gone
# over the 867 development texts (1 | 1), nothing lost; thirty-seventh round, a meeting's 报告 (写入…党代会报告, a
# document, no event; 报告会 is a noun of its own): 1 false event gone over the 977 (0 | 1), nothing else moved
_NOT_AFTER = re.compile(r"长效机制|长效制度|常态化|纪要|材料|制度|机制|议题|内容|重要内容|课程|重点|必学|形式|全覆盖|专题述法|述法|纳入|列入|报告(?!会)"
                        r"|(?:[一二三]等|优秀|金|银|铜)?奖|等(?:多种|各种|多)?(?:方式|形式|途径|渠道|载体|平台)|为(?:载体|平台|抓手)")
# …and, twenty-eighth round, an item of a 、 list that closes with such forms further on (党委会专题研学、…干部工作会议促学等
# 形式, 运用…讲座、“…学堂”等多种载体): the list tells means of study, no one event
_FORMS_LISTED = re.compile(r"[^,，。;；:：\n]{0,30}?等(?:多种|各种|多)?(?:形式|途径|渠道|载体)")
# After a scope a verb is part of the name (全省学习宣传贯彻…会议); after a party committee only the 组织 of
# its 组织部 is, and 市委召开… / 市委组织召开… lead an event.
_SCOPE_WORD = re.compile(r"(?:全国|全省|全市|全区|全县)$")
# …but only a verb of study: 全区开展习近平法治思想专题研讨班5期 is the district holding one. An adverb may lead the verb
# of study (…琼海市深入学习贯彻…网络培训班: twenty-sixth round, 1 required found and 1 false gone over the 712 development
# texts, nothing lost).
_STUDY_VERB = re.compile(r"(?:深入|认真|全面)?(?:学习|贯彻|宣传|传达)")
_COMMITTEE_WORD = re.compile(r"(?:中央|省委|市委|区委|县委)$")
_BODY_AFTER_COMMITTEE = "组织部"
# 党的组织路线专题研修班: a verb after 的 is a noun (the party's organisation), and 服务对象座谈会 holds no
# preposition 对: neither leads a name
_NOUN_AFTER = "的"
_NOT_A_LEAD = re.compile(r"对[象口接]")
# A暨B names one event twice: a verb after 暨 (暨落实…培训会议) is part of the second name
_SAME_EVENT = "暨"
# 此次评议会, 本次会议, 该培训班, 上述会议: a reference back to an event already named
_REFERS_BACK = re.compile(r"^(?:此次|本次|这次|该次|该|上述|此)")
# A count before a name is not part of it (召开4次…推进会: that meeting, four times); what follows it
# must name one event by itself (5次各类调度会议, 一次专题会 name none).
_COUNT_BEFORE = re.compile(r"[0-9一二三四五六七八九十两多]+余?(?:场次|次|场|期|轮)")
# 举办了为期两天的…专题培训班: how long an event lasts is said of it, not part of its name (twenty-third round: 为期…的
# over the 617 development texts 3 times, 2 before a required event, 1 before an inspection)
_DURATION = re.compile(r"为期[^,。;:\n的]{1,6}的")
# 各协调小组会议, 各类干部培训班, 相关会议, 有关会议: meetings of whichever bodies or kinds, none named
_GENERIC = re.compile(r"各|相关|有关|其他|其它|重要|多[个场期项次]")  # …等重要会议, …等多个培训班
_GENERIC_JOINED = re.compile(r"[和及与、](?:各|相关|有关|其他|其它)")  # 委员会、办公室及各协调小组会议
# 中央、省委和市委相关工作会议, 全区各级党委(党组)会议, 上级…工作会议: whichever meetings of those bodies,
# wherever the 相关 / 各级 / 上级 stands
# …and 历次 (市委六届历次全会: every session of a term), and 重要 before the noun (传达学习法治政府建设重要会议: 1 in
# the 172 development reports, no gold lists it)
# …and 各类 / 各种 wherever they stand (推荐各类培训班, 组织干部参加区级以上各类培训: 0 required, 0 optional, 4 left out
# in the 200 development golds)
# …and 各个, and a meeting called a series, a body's daily round or its important ones (中央全面依法治国工作系列会议,
# 局日常工作会, 市政府重要工作会议, 全镇各个层面的会议): a kind of meeting, no one sitting (fifty-sixth round: 4 false events
# gone over the 1,268 development reports, 0 | 4, nothing lost; no development gold event holds these words)
_GENERIC_INSIDE = re.compile(r"相关|有关|各级|各类|各种|各个|上级|历次|重要(?:工作)?会议$|系列会议$|日常(?:工作)?会议?$")
# 设立“尚城市法”论坛, 开设…讲堂: what a body sets up stands, a programme (the one such forum in the 172 development
# golds is a Program), not one event; not 成立, which ends names (…协会成立大会)
_SET_UP = re.compile(r"(?:设立|开设|搭建|创设|创办)$")
# 调整建立…权力清单联席会议, 推动建立…述法工作会: a meeting a body founds is a standing arrangement, not one sitting; no
# development gold event opens with 建立 (forty-sixth round)
_FOUNDED = re.compile(r"(?:调整|推动|探索|逐步|全面|积极)?建立.*", re.S)
# 以专家讲座、现场教学等形式: 以 opening a name tells the form some work takes, no event (not 以及, 以上, 以下, 以案释法;
# no development gold event opens with 以 outside a quotation)
_BY_WAY_OF = re.compile(r"以(?![及上下案]).*", re.S)
# 将习近平法治思想作为年度…法治培训班, 并将会议精神…传达, 严格文件会议办理流程: 将 (not 将乐, a county) opening a name
# moves an object before a verb, and 严格 / 精简 / 压缩 control how meetings are held; neither names one sitting (no
# development gold event opens with either; forty-ninth round: 4 false events at arrival, none required)
_DISPOSED = re.compile(r"(?:并|还|同时)?将(?!乐).*|(?:严格|精简|压缩).*", re.S)
# A congress is an event only as a session (第三次会议, 十届一次): 人民代表大会 alone is the body. A year
# tells one sitting of a routine meeting apart as well (2025年街道依法治理委员会办公室会议).
_CONGRESS_BODY = re.compile(r"代表大会$")
# A session written before 精神 is the one studied, not the routine meeting's own (党的二十届三中全会精神区政府常务会议;
# fiftieth round: 1 false event gone over the 1,180 development reports, 0 | 1, nothing lost)
_STUDIED = "精神"
_SESSION = re.compile(r"第.+[次届]|[0-9一二三四五六七八九十]+届|(?:19|20)[0-9]{2}年")
# …but a year that opens a clause dates what the clause tells (2023年政府常务会议研究部署…4次), no one sitting
_CLAUSE_YEAR = re.compile(r"(?:19|20)[0-9]{2}年度?")
# 党的二十大会议精神, 四中全会会议精神: a party congress or plenum cited loosely, not a meeting's name
_CONGRESS_CITED = re.compile(r"(?:[一二三四五六七八九十]大|全会)会议$")
# 完成16个市…专题培训: trainings held in several places, none named
_PLACES_COUNTED = re.compile(r"[0-9一二三四五六七八九十百]+个")
# 在…协调小组会上, 在镇党政班子会上: a 会 with 上 after it is a meeting's, when 在 leads the name and no agency
# ends there (委员会, 管委会, 协会, 学会, 商会, 工会, also when the agency recogniser missed them; nor a plenum's 全会)
_AT_MEETING = "(?<![员委协学商工全])会(?=上)"
_AT = "在"
# …思想和党的二十届三中全会精神研讨班: what follows the joiner ends in 精神 just before the noun, so the joiner
# joins two things studied at one course, not a meeting cited after what is studied
_TOPIC_BEFORE_NOUN = re.compile(r"精神(?:专题)?$")
# 习近平法治思想和法治政府建设专题培训班, “习近平法治思想和全面依法治国”网络专题培训, 法治宣传和廉政教育讲座: a course or
# lecture is held, never cited for its spirit, so topics joined before it are both its own (forty-sixth round); a
# study session or a title joined before it (集体学习和专题培训, 《A》和《B》专题讲座) is still a thing of its own
_STUDY_JOINED = re.compile(r"(?:学习|学法|》)$")
# 定期开展…宣讲活动, 常态化举办…: an activity held again and again is no one event (twenty-ninth round)
_RECURRING = re.compile(r"(?:定期|常态化|经常性)(?:组织)?(?:开展|举办|召开|举行)$")
# 广泛开展…宣讲活动, 积极开展…政策宣讲活动, 认真开展述职述廉述法活动: an activity led by a verb of a campaign pursued at
# length (广泛, 持续, 坚持, 积极, 深入, 认真, 集中 before 开展) is a campaign carried on, no one sitting (seventy-seventh round;
# …活动 only: 积极组织开展2024年度执法人员业务培训 and 持续召开…专题学习会 stay named)
_CAMPAIGN = re.compile(r"(?:广泛|持续|坚持|积极|深入|认真|集中)(?:组织)?开展$")
_CAMPAIGN_NOUN = "活动"
# 组织开展“A”以及“B”专题培训班, 讲授“A”和“B”主题讲座: two quoted topics joined before one course noun are two courses,
# each its topic and the noun (A专题培训班, B专题培训班); what leads the first quotation (who speaks) is no part of either
# (seventy-seventh round)
_QUOTES_SHARING = re.compile(r"“(?P<a>[^“”]{4,40})”(?:以及|和|及|与|、)“(?P<b>[^“”]{4,40})”(?P<tail>[^“”、,。;:]{1,8})$")
# “…”常态化宣讲活动: the same words inside a name make it a kind held again and again, no one event (thirtieth round)
_RECURRING_IN_NAME = re.compile(r"定期|常态化|经常性")
# …法律法规制度和会议精神, 依托主体班次和专题培训班: an event noun alone after a joiner names a kind of event, as the
# noun alone does (0 required, 0 optional, 2 left out in the 200 development golds)
_JOINED_NOUN = re.compile(r"[和及与](?:专题)?(?P<noun>.+)$")
# the verbs that hold an event: a verb right after them is the name's own (举办学习贯彻习近平法治思想专题培训)
_HOLDING = re.compile(r"(?:召开|举办|举行)$")
# 参加省林业局组织的“川渝…行政执法与刑事司法培训”和“省林草行政执法监督培训”: a quotation that ends in 培训 right after a
# verb that holds or attends one (or after another such quotation and 和) names one training; 培训 unquoted stays no
# event noun (forty-sixth round)
_QUOTED_TRAINING = re.compile(r"[^“”]{4,40}培训")
_HELD_QUOTE = re.compile(r"(?:组织|举办|主办|承办|参加|召开)的?$")
# 参加全区领导干部学习贯彻…专题学习班, 在学习贯彻习近平法治思想论坛上: a course or a forum is held, never studied, so a
# verb of study before it is its topic, whatever verb leads the name (every required course so written in the 248
# development golds holds it: 11 / 0 / 0)
_COURSE = re.compile(r"(?:班|培训|论坛|讲座)$")
# 活动 ends an event's name only with its edition (第三届…法治文化活动) or as one occasion named twice
# (举办…宣讲团系列巡讲活动暨…“新年首个工作日学法”宣讲活动: 1 required, none left out in the 172 development
# golds); otherwise it is a campaign.
_EDITION = re.compile(r"第[0-9一二三四五六七八九十百]+届|暨")
_EDITION_NOUN = "活动"
# 考试 and 测试 end an event's name only for one sitting: opened by a scope (全省行政执法资格统一考试, 全市…知识测试) or a
# year's 年度 (2024年度全区…学法考试); otherwise a kind sat again and again (执法证考试, 任前法律知识考试, 学法用法考试;
# thirty-seventh round: over the 977 development reports 5 required found (0 | 5 in the newest 28 | the other 949), 8
# optional given (1 | 7), nothing false, where the noun alone gave 7 required against 68 false)
_EXAM_NOUNS = ("考试", "测试")
_ONE_SITTING = re.compile(r"(?:(?:19|20)[0-9]{2}年度|(?:(?:19|20)[0-9]{2}年度?)?全[国省市区县州旗])")
# 培训 unquoted ends an event's name as 考试 does, for one sitting opened by a scope or a year (组织开展1次全县信访工作法治化
# 业务培训, 开展2024年度执法人员业务培训, 承办全国…联合同堂培训) with more than the scope before the noun (全县培训 names
# none); never before what makes it a plan or a kind (纳入全县干部教育培训计划, …培训必修内容, …培训方案,
# …干部教育培训的重要内容, 3家机动车驾驶员培训企业), nor with who attended counted (组织全省近400名…岗位培训) (sixty-fourth
# round: 4 required found over the 1,414 development reports, 0 | 4 in the newest 27 | the other 1,387, nothing false)
_TRAINING = "培训"
# …and a training told apart by the ability it raises (基层应急管理能力提升培训, 综合素质提升集中脱产培训: sixty-fourth round,
# 2 required found over the 1,414, 0 | 2, nothing false; 3 texts write …提升培训 unbracketed)
_PURPOSE = re.compile(r"(?:能力|素质|素养|水平)提升(?:集中脱产|集中|专题)?培训$")
_HEADCOUNT = re.compile(r"[0-9一二三四五六七八九十百千万]+余?(?:名|人|家)")  # 组织全省近400名…岗位培训: who attended, counted
_TRAINING_NOT_AFTER = re.compile(r"计划|规划|方案|要求|项目|必修|选修|体系|工作|基地|教材|课|学时|机构|学校|费|对象|师资|资源|平台"
                                 r"|中心|企业|的")
# 开展6次集中学法活动, 主题学习宣讲活动35场, 旁听庭审活动150人次: an activity held once is an event (宣讲活动, 旁听庭审活动
# are event nouns), one counted is a kind held many times (0 required, 5 optional, 2 left out in the 248 development golds)
# 组织领导干部旁听法院庭审活动: an audience before 旁听 is who hears, not the hearing's name (hearings written right after
# an audience in the 248 development texts: 0 / 1 / 3, and the one gold that lists it names it without the audience)
_HEARING = "旁听"
_COUNTED_AFTER = re.compile(r"[0-9一二三四五六七八九十百两]+余?(?:场次|人次|次|场|期|轮)")
# …委员会第一次、第二次、第三次会议: sessions listed under one noun are several events, none named in one piece
_SESSIONS_LISTED = re.compile(r"第[0-9一二三四五六七八九十百]+[次届](?:会议)?、第")
# …but sessions listed under one head and one noun (省委依法治省委员会第一次、第二次、第三次会议, …委员会第七、第八次会议,
# 第十四、十五次会议) are one event each: the head and the noun are each session's
_ORDINAL = r"第?[0-9一二三四五六七八九十百]+次?"
_LISTED_SESSIONS = re.compile(rf"(?P<items>第[0-9一二三四五六七八九十百]+次?(?:、{_ORDINAL})*、{_ORDINAL}(?<=次))"
                              rf"(?P<noun>(?:全体|扩大)?会议)$")
# 中央全面依法治国、省委全面依法治省工作会议: bodies of two levels listed before one noun are two meetings;
# the last is named (全省、全市法治培训班, bodies alone, hold one together)
_BODY_OPENS = re.compile(r"中央|省委|市委|区委|县委|州委|全国|全省|全市|全区|全县|全州")
# …and joined by 和 / 及 (党中央全面依法治国和省委全面依法治省工作会议, 市委…工作安排和县委十二届七次全会): what a body did
# or held before the joiner is its own, the meeting after it is named (twenty-seventh round: 2 required found, 3 false gone
# and 1 false added over the 776 development reports, 2 | 4 in the newest 64 | the other 712)
_JOINED_BODY_OPENS = re.compile(f"党中央|自治区党委|{_BODY_OPENS.pattern}")
# 传达学习中央、区、市工作会议精神, 依法治国、治省、治市会议: levels written bare and listed before one noun are
# each level's own meeting, none of them written out, so no one event is named (fourteenth round: 2 left out,
# 1 optional, none required over the 357 development golds)
_LEVELS_LISTED = re.compile(r"(?:(?:中央|[省市区县州])[和及])?(?:中央|自治区|(?:依法)?治?[国省市区县州旗])、")  # 中央和省、市…会议 too
# 在全国会议上作交流发言, 在全国或全省会议上: levels alone before the noun say where a report was given, no meeting named
# (thirty-first round: 2 false events gone over the 867 development texts, 1 | 1, no gold event so named)
_LEVELS_ALONE = re.compile(r"(?:全国|全省|全市|全区|全县|全州)(?:[或和及、](?:全国|全省|全市|全区|全县|全州))*(?:会议|会)")
# 中央全面依法治国、市委全面依法治市、县委全面依法治县工作会议, 省委…委员会第五次、市委…委员会第四次会议: a body's field of
# rule by law or a session, listed before the last body's meeting written in full, is its own meeting with the noun shared
# (sixty-third round: 3 required found over the 1,414 development reports, 0 | 3 in the newest 27 | the other 1,387, 3
# optional given, nothing false; an item that ends in a body, a field of other work or a plan, 市委依法治市委、…办会议,
# 省委政法、全省…工作会议, 中央…决策部署、省委…工作会议, is no meeting's name and stays out)
_SHARED_ITEM = re.compile(r"(?:依法治[国省市区县州疆旗]|第[0-9一二三四五六七八九十百]+次)$")
# 一是会议传达学习常态化: an enumerator opens a clause, and what follows it starts there
_ENUMERATOR = re.compile(r"[一二三四五六七八九十]+是")
# Besides event nouns, what ends an activity or a meeting in a 、 list (集体学习、专题讲座; 党组会、常务会;
# “学宪法”、知识竞赛), or what is studied (习近平法治思想、中央全面依法治国工作会议; 重要讲话、…庆祝大会;
# 党的二十大和省委十届三次全会). A study group's sitting ends an item too (理论学习中心组、党校主体培训班; twenty-sixth round:
# 2 false events gone, 1 false and 1 optional named instead, over the 712 development texts, all in the 680), and so does
# a hearing attended (旁听…案件庭审、依法行政专题培训; twenty-seventh round: 1 false gone over the 776, 0 | 1, nothing lost).
# A course, a rotation or a class closes an item too (学习网络法治课程、法治专题讲座; 政治轮训、…培训班; 进修班、…研讨班;
# thirty-third round: 4 false events gone, 1 required found, over the 924, all in the 892; 报告 would fire in one newest text only).
# A document read or carried out closes an item too (市政府工作报告、…推进会议; …会议工作要求、县委…会议; thirty-ninth
# round: 1 required found, 2 false gone, 2 optional named, over the 977, all in the other 949).
_ACTIVITY = r"(?:会|中心组|庭审|学习|学法|释法|活动|培训|宣讲|宣传|讲堂|讲座|考试|述法|调研|评议|思想|精神|讲话|指示|课程|轮训|班|报告|要求|”|》|[一二三四五六七八九十]大)"
_ACTIVITY_END = re.compile(f"{_ACTIVITY}$")
# 学习依法行政内容10学时、市委党校主体班次培训班2期: a count ends an item of a list, as an activity does (not the
# 第…次 of listed sessions); 1 such list before an event noun in the 226 development golds, its event optional
_COUNTED_ITEM = re.compile(r"(?<![第0-9一二三四五六七八九十])[0-9一二三四五六七八九十两]+余?(?:学时|课时|次|期|场|轮)$")
# (扩大)学习会议, listed after 局党组中心组学习会议: a name that opens with a bracket leaves its head to the item before
# (0 / 0 / 1 in the 226 development golds; no gold event name opens with one)
# 单位主要负责人述法专题会议, 法治政府建设暨行政应诉工作专题会议: a 专题会议 after the topic it sits on, not after the body
# that holds it (党工委专题会议, 区政府专题会议, 领导小组专题会议: a body's routine sitting, as the list says), is one meeting.
# 法治建设 or 法治政府建设 alone before it is the field of every report, as a body's sitting on it is (法治建设专题会议:
# optional in 13 golds, required in none). Fifty-second round: over the 1,208 development reports 4 required gained (1 | 3
# in the newest 28 | the other 1,180), 3 gold facts found, nothing false added or lost; of the …专题会议 the graph then gives,
# 8 are required and 7 optional in their golds, none left out.
_ON_A_TOPIC = re.compile(r"(?<![委组府长局厅办部室处科所会])(?<!法治建设)(?<!法治政府建设)专题会议$")
_ELLIPTICAL = "("
# 举办法治讲座(培训、报告会)3530余场: an event noun inside a bracket the name leaves open is one of the forms the
# bracket lists, not the end of a name; a name never holds half a bracket (3 such names over the 442 development
# texts, none a gold's: 2 false, 1 optional)
_BRACKETS = (("(", ")"), ("（", "）"))
# 主任办公会会议开放: a routine meeting ending in 会 written on with 会议 is that routine meeting
_WRITTEN_ON = "会议"
# 资深法官以案释法讲座等依法行政专题培训: 等 ends examples, and the name starts after it; what the examples are
# (activities, audiences, bodies: 法官、律师等专题培训班, 县委常委会、…、书记点评法治工作等会议) does not matter, and
# what is left after 等 is a kind (专题培训班, 会议, 多个培训班, 专项会议, 全市性会议): whatever its words, it names no
# event (an event noun within 25 characters after 等, over the 385 development texts: 0 required, 1 optional, 11 left
# out). No gold event name of the 298 development reports holds 等; 同等, 平等, 高等, 中等, 一等 and 等级, 等次 are
# words of their own (全区高等院校法治工作会议 is one meeting).
_EXAMPLES = re.compile(r"(?<![同平对均相高中初优特一二三])等(?![级次额同])")


class EventRecognizer:
    """Adds an :class:`EventMention` per event name; of names that start at one place, the longest."""

    def __init__(self, nouns: Words, lead_verbs: Words, routine: Words, generic_topics: Words) -> None:
        self.nouns = re.compile(alternation(words(nouns)))
        # …会 written on as …会议 (专题学习会议, 协调会议) ends with the 议
        self.ends = re.compile(f"(?:{alternation(words(nouns) + (_EDITION_NOUN, _TRAINING))})(?:(?<=会)议)?|{_AT_MEETING}")
        self.noun_at_end = re.compile(f"(?:{self.nouns.pattern})$")
        # “中都论坛”: a quotation may name an event in few words; _names_one checks its length
        self.quoted_name = re.compile(rf"[^“”]{{1,{_MAX_EVENT}}}?(?:{self.nouns.pattern})")
        self.leads = re.compile(alternation(words(lead_verbs)))
        self.routine = re.compile(f"(?:{alternation(words(routine))})$")
        self.generic_topic = re.compile(f"^(?:{alternation(words(generic_topics))})+")
        self.generic_word = re.compile(alternation(words(generic_topics)))

    def _start_after_lead(self, text: str, start: int, end: int, protected: list[tuple[int, int]], cited: bool,
                          course: bool = False) -> int:
        """Where a name starts after the verbs that lead it; a verb right after 召开 / 举办 / 举行 is the
        name's own (举办学习贯彻习近平法治思想专题培训), unless the event is only ``cited`` for its spirit,
        and so is a verb of study before a ``course`` whatever leads it (参加学习贯彻…专题培训班)."""
        leads = [m for m in self.leads.finditer(text, start, end)
                 if not inside(m.start(), protected) and text[m.start() - 1:m.start()] not in (_SAME_EVENT, _NOUN_AFTER)
                 and not _NOT_A_LEAD.match(text, m.start())
                 and not ((course and not cited or _SCOPE_WORD.search(text, start, m.start())) and _STUDY_VERB.match(m.group()))
                 and not (text.startswith(_BODY_AFTER_COMMITTEE, m.start()) and _COMMITTEE_WORD.search(text, start, m.start()))]
        leads += [m for pattern in (_SPEAKER, _ORGANISER, _PASSED_BY) for m in pattern.finditer(text, start, end)
                  if not inside(m.start(), protected)]
        if not leads:
            return start
        last = max(leads, key=lambda m: m.end())
        if not cited and _HOLDING.search(text, start, last.start()):
            return last.start()
        # 举办4期省管干部学习贯彻党的二十大精神专题研讨班: who attends and what they study, after the verb that
        # holds the event and before its noun, are the name's own
        holding = [m for m in leads if _HOLDING.search(m.group())]
        held = max(holding, key=lambda m: m.end(), default=None)
        if not cited and held is not None and held.end() < last.start() and not self.nouns.search(text, held.end(), last.start()):
            last = held
        return last.end() + (text.startswith(("了", "的"), last.end()))  # 召开了…会议, 司法部举办的…培训班

    def _after_list(self, span: str) -> int:
        """Where the last of a 、 list of activities starts in ``span`` (A学习、B报告会: B报告会 alone).

        A 、 after words that are no activity lists the topics of one name
        (…监督与…热线、…建立合作机制试点工作推进会) and stays inside it."""
        parts = split_top_level(span, "、")
        for (s, e), (following, _) in zip(reversed(parts[:-1]), reversed(parts[1:])):
            if self.noun_at_end.search(span, s, e) or _ACTIVITY_END.search(span, s, e) or _COUNTED_ITEM.search(span, s, e) \
                    or _bodies_of_two_levels(span, s, e, following):
                return following
        return 0

    def _levels_sharing(self, text: str, listed_from: int, start: int, m: re.Match) -> list[tuple[int, int, str]]:
        """中央全面依法治国、市委全面依法治市、县委全面依法治县工作会议: the bodies listed before the last one that
        names its meeting in full each hold their own, named with the noun they share (…工作会议)."""
        if start <= listed_from:
            return []
        tail = ("工作" if text.endswith("工作", 0, m.start()) and not m.group().startswith("工作") else "") + m.group()
        items = []
        for s, e in reversed(split_top_level(text[listed_from:start - 1], "、")):
            s, e = listed_from + s, listed_from + e
            if not _BODY_OPENS.match(text, s) or _BODY_OPENS.fullmatch(text, s, e) or not _SHARED_ITEM.search(text, s, e):
                break
            items.append((s, e, text[s:e] + tail))
        return items

    def _lists_forms(self, name: str) -> bool:
        """传达学习、系统解读、专题讲座: a 、 list that ends in an event noun alone lists forms of study, no event."""
        parts = split_top_level(name, "、")
        if len(parts) > 1 and name.startswith("专题", parts[-1][0]):  # 理论学习中心组、专题读书班
            parts[-1] = (parts[-1][0] + len("专题"), parts[-1][1])
        return name.startswith("、") or (len(parts) > 1 and bool(self.nouns.fullmatch(name, *parts[-1])))

    def _listed_sessions(self, text: str, start: int, name: str) -> list[EventMention]:
        """One event per session listed under one head and noun (…委员会第七、第八次会议): each written
        where its ordinal is, the first with the head, the last with the noun. Without a head (委员会召开第一次、
        第二次会议) each is a bare 第…次会议, which the record names after the body before it."""
        listed = _LISTED_SESSIONS.search(name)
        if listed is None:
            return []
        head = name[:listed.start()].rsplit("、", 1)[-1]
        items = list(re.finditer(_ORDINAL, name[:listed.end("items")]))
        noun = listed.group("noun")
        events = []
        for i, item in enumerate(items):
            first, last = i == 0, i == len(items) - 1
            s = start + (listed.start() - len(head) if first else item.start())
            e = start + (len(name) if last else item.end())
            events.append(EventMention(s, e, text[s:e], name=head + "第" + item.group().strip("第次") + "次" + noun))
        return events if all(self._names_one(e.name, noun) for e in events) else []

    def _names_one(self, name: str, noun: str, opens_clause: bool = False) -> bool:
        """Whether ``name``, ending in the event noun ``noun``, tells one event apart from others."""
        if not (_MIN_EVENT <= len(name) <= _MAX_EVENT and re.search(rf"[{CJK}]", name)) or name.startswith(_ELLIPTICAL):
            return False
        # 协调会议 is 协调会 written on, 专题研讨会 a 研讨会 on a topic, 法律专题培训 and 专家论证会 a field of
        # any work or who attends and a noun: still a noun alone
        generic = self.generic_topic.sub("", name)
        bare = {name, name.removeprefix("专题"), generic, generic.removeprefix("专题"),
                self.generic_topic.sub("", name.removeprefix("专题"))}  # 专题法治讲座
        rest = name  # 集体学法活动: the words taken off one at a time, so a noun that opens with one (学法活动) is seen alone
        while (word := self.generic_word.match(rest)) and word.end() < len(rest):
            rest = rest[word.end():]
            bare.update((rest, rest.removeprefix("专题")))
        if any(self.nouns.fullmatch(n) or self.nouns.fullmatch(n.removesuffix("议")) for n in bare):
            return False
        joined = _JOINED_NOUN.search(name)
        if joined and self.nouns.fullmatch(joined.group("noun")):
            return False
        if _GENERIC.match(name) or _GENERIC_JOINED.search(name) or _GENERIC_INSIDE.search(name) or _REFERS_BACK.match(name) or _SESSIONS_LISTED.search(name) \
                or _CONGRESS_CITED.search(name) or _PLACES_COUNTED.match(name) or _LEVELS_LISTED.match(name) \
                or _LEVELS_ALONE.fullmatch(name):
            return False
        dated = _CLAUSE_YEAR.match(name) if opens_clause else None
        routine = self.routine.search(name) or (
            name.endswith("会" + _WRITTEN_ON) and self.routine.search(name.removesuffix(_WRITTEN_ON)))
        if routine and _ON_A_TOPIC.search(name):
            routine = None  # 行政应诉工作专题会议: a topic, not a body, before 专题会议
        studied = name.rfind(_STUDIED) + len(_STUDIED) if routine and _STUDIED in name else 0
        if (_CONGRESS_BODY.search(name) or routine) and not _SESSION.search(name, max(dated.end() if dated else 0, studied)):
            return False
        if noun in _EXAM_NOUNS and not _ONE_SITTING.match(name):
            return False
        if noun == _TRAINING:
            sitting = _ONE_SITTING.match(name)
            if not (sitting and name[sitting.end():].removesuffix(_TRAINING) or _PURPOSE.search(name)) \
                    or _HEADCOUNT.search(name) or _AWARDED.fullmatch(name):
                return False
        if any(shape.fullmatch(name) for shape in _NO_ONE_EVENT):
            return False
        return noun != _EDITION_NOUN or bool(_EDITION.search(name))

    def __call__(self, doc: Doc) -> Doc:
        found = mentions(doc)
        text = found.text
        quotes = list(enclosed(text, "“"))
        protected = protected_ranges(text) + [(s - 1, e + 1) for s, e in quotes]
        ends = [m for m in self.ends.finditer(text) if not inside(m.start(), protected)]
        ends = [m for m in ends if not _NOT_AFTER.match(text, m.end()) and not _FORMS_LISTED.match(text, m.end())
                and not (m.group() == _TRAINING and _TRAINING_NOT_AFTER.match(text, m.end()))]
        longest: dict[int, EventMention] = {}
        body_ends = {a.end for a in found.of("Agency")}
        course_before = -1
        for s, e in quotes:
            held = _QUOTED_TRAINING.fullmatch(text, s, e) and (
                _HELD_QUOTE.search(text, max(0, s - 1 - 6), s - 1) or text.startswith("”和", s - 3) and course_before == s - 3)
            if (self.quoted_name.fullmatch(text, s, e) or held) and self._names_one(text[s:e], ""):
                longest[s] = EventMention(s, e, text[s:e])
                course_before = e if held else -1
        clause_start = 0
        for m in ends:
            # A name is at most _MAX_EVENT long, so its start is looked for only this far back: a text
            # without punctuation must not cost a scan to its beginning per event noun.
            window = max(0, m.start() - _REACH)
            break_pos = _clause_break(text, window, m.start(), quotes)
            if m.group() == _EDITION_NOUN and not _EDITION.search(text, max(break_pos + 1, window), m.start()):
                continue  # a campaign (示范创建活动推进大会): neither an event nor the end of one
            # an event noun directly followed by a joiner and another event closes the first one
            start = max(break_pos + 1, window, clause_start if clause_start <= m.start() else 0)
            clause_begins = start
            start = self._start_after_lead(text, start, m.start(), protected, cited=text.startswith("精神", m.end()),
                                           course=bool(_COURSE.search(m.group())))
            if m.group() == "会" and (m.end() in body_ends or not text.startswith(_AT, start - 1)):
                continue  # 会 before 上 ends a meeting only in 在…会上
            start += text.startswith(_JOINING, start)  # 学习宣传贯彻和中央…会议精神: a name opens with no joiner
            start += len(_AS_WELL) if text.startswith(_AS_WELL, start) else 0  # …精神,以及中央…会议精神
            joined = max(text.rfind(j, start, m.start()) for j in _JOINING)
            # 习近平法治思想和中央…会议: after what is studied only what follows the joiner is the meeting;
            # other words joined (新时代法治能力提升和政法领导干部专题培训班) are topics of one name
            before = joined - text.startswith("以及", joined - 1)  # …全会精神以及中央…会议
            if joined >= start and not _TOPIC_BEFORE_NOUN.search(text, joined, m.start()) \
                    and not (_COURSE.search(m.group()) and not _bodies_joined(text, start, joined)
                             and not _STUDY_JOINED.search(text, start, before)) \
                    and (_ACTIVITY_END.search(text, start, before) or _bodies_joined(text, start, joined)):
                start = joined + 1
            listed_from = start
            start += self._after_list(text[start:m.end()])
            shared = self._levels_sharing(text, listed_from, start, m)
            start = max([start] + [e.end() for pattern in (_EXAMPLES, _ENUMERATOR) for e in pattern.finditer(text, start, m.start())])
            if start and _EXAMPLES.match(text, start - 1):
                continue  # …府检联动等专项会议, …部署会等全市性会议: after examples, a kind of event
            duration = _DURATION.match(text, start)
            start = duration.end() if duration else start
            count = _COUNT_BEFORE.match(text, start)
            start = count.end() if count else start
            if m.group().endswith(_EDITION_NOUN) and (count or _COUNTED_AFTER.match(text, m.end())):
                continue
            audience = self.generic_topic.match(text[start:m.start()])  # 旁听 is one of its words
            hearing = text.find(_HEARING, start, start + audience.end()) if audience else -1
            start = max(start, hearing)  # 领导干部旁听法院庭审活动: who hears is the verb's subject
            name = text[start:m.end()].strip()
            if self._lists_forms(name) or _SET_UP.search(text, clause_begins, start) or _leaves_open(name) \
                    or _RECURRING.search(text, clause_begins, start) or _RECURRING_IN_NAME.search(name) \
                    or (name.endswith(_CAMPAIGN_NOUN) and _CAMPAIGN.search(text, clause_begins, start)):
                continue
            both = _QUOTES_SHARING.search(name)
            if both is not None:
                lead = len(text[start:m.end()]) - len(text[start:m.end()].lstrip())  # name is stripped of it
                for key in ("a", "b"):
                    item_name = both.group(key) + both.group("tail")
                    s_item, e_item = start + lead + both.start(key), start + lead + both.end(key)
                    if self._names_one(item_name, m.group()):
                        longest.setdefault(s_item, EventMention(s_item, e_item, text[s_item:e_item], name=item_name))
                continue
            for s_item, e_item, item_name in shared:
                if self._names_one(item_name, m.group()) and not _committee_cited(item_name, text, m.end()):
                    longest.setdefault(s_item, EventMention(s_item, e_item, text[s_item:e_item], name=item_name))
            lead = len(text[start:m.end()]) - len(text[start:m.end()].lstrip())
            sessions = self._listed_sessions(text, start + lead, name)
            for event in sessions:
                longest.setdefault(event.start, event)
            if not sessions and self._names_one(name, m.group(), opens_clause=start + lead == clause_begins) \
                    and not _committee_cited(name, text, m.end()):
                event = EventMention(start + lead, m.end(), text[start + lead:m.end()])
                if event.start not in longest or len(event) > len(longest[event.start]):
                    longest[event.start] = event
            after = m.end() + len(_COUNT.match(text, m.end()).group())  # 会议2次、…: the count is not the name's
            following = text[after:after + 1]
            clause_start = after + 1 if following and following in _JOINERS else 0
            clause_start = after + len(_AS_WELL) if text.startswith(_AS_WELL, after) else clause_start
        found.keep("Event", _without_references_back(list(longest.values())))
        return doc


# “学习新思想、展现新作为、传播二十大”微宣讲活动, “…”法律政策宣讲活动: a 宣讲 campaign named by its slogan alone, with no
# place, year or body before the quotation, is a programme run again and again, not one event (forty-first round: the
# golds leave out all 3 such names the graph gave over the 1,006 development texts, 1 | 2, and list 2 of the texts'
# 5 such slogans as programmes; a dated or placed one, 2023年某区“…”宣讲活动, stays an event)
_SLOGAN_CAMPAIGN = re.compile(r"“[^“”]+”[^“”]{0,8}宣讲活动")


# 市委组织部专题培训, 省市信访部门专题讲座: a body's name before a course or a lecture named by no topic tells who holds
# it, not which one (forty-first round: the golds leave out both such names the graph gave over the 1,006 development
# texts, 0 | 2, and no gold event is a body's name and 专题培训 or 讲座 alone)
_BODY_COURSE = re.compile(r"[^“”《》]{0,12}(?:组织部|宣传部|部门|[局厅委办])(?:专题)?(?:培训|讲座)")


# 《某某条例》专题讲座, 《某某评查标准(试行)》法治专题讲座, 宪法知识专题讲座: a lecture named by a statute's title or a
# body of knowledge alone is the routine study of a law, one of many held on it, not one event (forty-fourth round:
# the golds leave out all 4 such names the graph gave over the 1,038 development texts, 0 | 4, and none requires a
# lecture so named; a lecture with a theme, “…”专题讲座 or 学习贯彻…专题讲座, stays named, and so does one on a code's
# short name, 《宪法》专题讲座 or 《民法典》专题讲座, as an earlier round decided)
_STATUTE_LECTURE = re.compile(r"(?:《[^《》]{2,}(?:法|条例|规定|办法|标准|规则|准则)(?:\([^()]*\))?》|[^“”《》]{0,10}知识)"
                              r"(?:专题|系列)?(?:法治|法律)?(?:专题)?讲座")
# Names of a recognised noun that still name no one event, each as decided above.
# 市局荣获2024年全省…执法比武, 3项经验做法入选全国…创新峰会: a name that holds the verb of an honour tells what was
# won, where, by whom, not one sitting the writer held or attended (fiftieth round: 2 false events gone over the 1,180
# development reports, 1 | 1, nothing lost; no development gold event holds such a verb)
_AWARDED = re.compile(r".*(?:荣获|入选|获评|荣膺|被评为).*", re.S)
# 并抓好会议审议意见, 全年召开包括…议题会议6次, 安排39个培训班, 发放学习资料、观看讲座, 推动…工作会议精神: a name opened by
# a joiner, by 包括, or by a verb that neither holds nor attends a sitting is a clause cut short, no event's name (no
# development gold event opens with any of them; fifty-third round). 经 stays: 经…常委会第32次会议审议 names the session
_CLAUSE_OPENED = re.compile(r"(?:并(?!将)|包括|安排|深刻把握|发放|观看|推动|全年).*", re.S)
# 落实市委、市政府和省厅关于全面推进法治建设、依法行政工作会议精神, 党中央及省委、市委关于…工作会议: 关于 outside a
# title inside a name cites other bodies' meetings on a field, all of them, not one sitting (sixty-first round: 4 false
# events gone over the 1,387 development reports, 1 | 3, nothing lost; the one development gold event holding 关于 has it
# inside a title, 《中共中央关于…的决议》专题讲座, which stays named)
_ON_A_FIELD = re.compile(r"(?:《[^《》]*》|[^《])*?关于.*", re.S)
# 为谱写…提供有力法治保障》的专题讲座, 中国法治道路”的专题辅导报告: a closing title mark or quotation mark before any
# opening one, the name cut inside the title a lecture or a report was given under (作题为“…”的…), not the event's
# name (sixty-second round: 2 false events gone over the 1,387 development reports, 0 | 2, nothing lost)
_CUT_IN_A_TITLE = re.compile(r"[^“《]*[”》].*", re.S)
# 《习近平法治思想学习辅导》专题培训, 《A》《B》专题培训, 《安全生产法》专题培训: a training (not a class, 培训班, or a
# sitting, 培训会) named by the titles studied alone is the routine study of those documents, as a lecture so named is
# (sixty-sixth round: over the 1,467 development reports, rules alone, 3 false events gone, 1 | 2 in the newest 53 | the
# other 1,414, nothing else moves; no development gold requires an event so named, 1 optional)
_TITLES_TRAINING = re.compile(r"(?:《[^《》]+》[、和及与]?)+(?:专题)?培训")
_NO_ONE_EVENT = (_TITLES_TRAINING, _SLOGAN_CAMPAIGN, _BODY_COURSE, _STATUTE_LECTURE, _FOUNDED, _BY_WAY_OF, _DISPOSED, _AWARDED,
                 _CLAUSE_OPENED, _ON_A_FIELD, _CUT_IN_A_TITLE)


# 学习中央依法治国委员会会议精神, 在中央审计委员会会议上的重要讲话: a committee's meetings written without a session and
# cited for their spirit or a speech are all its sittings, not one (sixtieth round)
_COMMITTEE_MEETING = re.compile(r"委员会(?:全体)?会议$")
_CITED_AFTER = re.compile(r"精神|上")
_COMMITTEE_SCOPE = re.compile(r".*?(?:中央|省委|自治区党委)")


def _committee_cited(name: str, text: str, end: int) -> bool:
    """Whether ``name``, ending at ``end``, is a committee's meetings cited without a session."""
    return bool(_COMMITTEE_MEETING.search(name) and _COMMITTEE_SCOPE.match(name) and not _SESSION.search(name)
                and _CITED_AFTER.match(text, end))


def _clause_break(text: str, start: int, end: int, quotes: list[tuple[int, int]]) -> int:
    """The last clause break in ``text[start:end]`` outside quotations (-1 if none): a slogan quoted as a
    training's title keeps its comma (举办“强化法治思维,提升依法行政能力”…专题培训班)."""
    while True:
        found = last_break(text, start, end)
        i = bisect_right(quotes, found, key=itemgetter(0)) - 1  # the last quotation opened before it
        if i < 0 or found >= quotes[i][1]:
            return found
        end = quotes[i][0]


def _leaves_open(name: str) -> bool:
    """Whether ``name`` opens a bracket it does not close: the noun it ends in is one of a bracketed list."""
    return any(name.count(opening) > name.count(closing) for opening, closing in _BRACKETS)


def _bodies_of_two_levels(span: str, s: int, e: int, following: int) -> bool:
    """中央全面依法治国、省委…工作会议: the 、 part ``span[s:e]`` is one body's meeting and the part at
    ``following`` another's; bodies alone (全省、全市…培训班) hold one together."""
    return bool(_BODY_OPENS.match(span, s) and not _BODY_OPENS.fullmatch(span, s, e) and _BODY_OPENS.match(span, following))


def _bodies_joined(text: str, start: int, joined: int) -> bool:
    """党中央全面依法治国和省委全面依法治省工作会议: two bodies' names joined by 和 / 及 before one noun, each
    its own meeting; the last is named (全省和全市…培训班, levels alone, hold one together)."""
    return bool(_JOINED_BODY_OPENS.match(text, start) and not _JOINED_BODY_OPENS.fullmatch(text, start, joined)
                and _JOINED_BODY_OPENS.match(text, joined + 1))


def _without_references_back(events: list[EventMention]) -> list[EventMention]:
    """Drops an event whose name ends a longer one named before it (…“民主法治示范村”建设现场会, then
    建设现场会上…): the short form refers back to that event."""
    named = [(e, e.name or e.text) for e in events]
    return [e for e, name in named if not any(o.start < e.start and len(other) > len(name) and other.endswith(name)
                                              for o, other in named)]


@Language.factory("fazhi_events", default_config={
    "nouns": "event_nouns.txt", "lead_verbs": "event_lead_verbs.txt", "routine": "routine_meetings.txt",
    "generic_topics": "event_generic_topics.txt"},
    assigns=["doc._.mentions"])
def make_event_recognizer(nlp: Language, name: str, nouns: Words, lead_verbs: Words, routine: Words,
                          generic_topics: Words) -> EventRecognizer:
    return EventRecognizer(nouns, lead_verbs, routine, generic_topics)
