"""Programmes: named initiatives, mechanisms, platforms, campaigns, pilots, brands.

Most are quoted, but so are slogans (“关键少数”) and award names. A quotation is
a programme when the words around it say so: a programme verb before it (推行,
打造, 实施 …), a programme noun after it (机制, 平台, 行动 …), a name built like
a programme code (“一网通办”, “1+N+X”); a slogan noun after it (意识, 精神)
says it is not, and so do a figure's shape (“网格化”, “两个维护”, “十二连升”), an
honour's (“全国法治政府建设示范区”) and a set of documents' (“一规划两纲要”).
Quotations may nest (“…“一三三四”…行动”), be ASCII ("…"制度), or stand back to
back and share the noun after the last (“一网通办”“全城通办”“办事不求人”清单); the verb before the first
introduces each of them (统筹推进“一门一窗”“一业一证”“一事联办”).
Unquoted programmes are taken only when a verb that starts or takes on something
(建立, 开展, 承接, 完成 …; not 健全 or 落实, which carry out what every government
has) introduces a phrase that ends in a noun that names programmes more often than
not (建立…机制, 开展…专项整治, 完成…试点), when a verb that improves one mechanism
(完善, 优化, 固化) introduces a …机制 or …制度 named after more than the rule-of-law
machinery itself by three words or more (完善接诉即办工作机制, not 完善法治政府建设推进机制 or
完善配套机制), when 开展 introduces a …考评, the evaluation a body runs (开展法治某地建设考评), or when any
programme verb introduces a national campaign's name (深化法治政府建设示范创建活动); the object's list is split
at 、 并, at 和 与 及 only after such a noun. A clause may also open with a
programme's name and say it is under way (…改革有序推进), and a name with its
version after a programme verb is one (深化综合窗口2.0改革).
Some names need no verb at all: the national demonstration campaign in any of its wordings (积极申报第二批全省
法治政府建设示范创建) and a national programme's name in quotes (“高效办成一件事”全面推进); and after any
programme verb, 落实 included, a …机制 or …制度 with nine or more words of its own is one institution
(落实定期走访服务包企业制度); a quotation of counted parts (“两降一保”) is a programme's code unless its parts are
places or bodies (“一核三带”, “一办十组”), and a …专项整治, …专项行动, …攻坚战 or …保卫战 names its campaign whatever
verb stands before it (围绕普法强基补短板专项行动, 深入打好蓝天保卫战). A series with its motto (“法治讲堂·逢九必讲”) is a brand by itself; a quotation
listing names that each end in a programme noun (“某县花卉种植一件事、某县开办民宿一件事”) holds one per item; a quoted
statement (“…是…的…工程”), a party committee's code with no programme noun after it (省委“1310”具体部署), a
quotation ending in a slogan noun with no programme noun after it (增强“四个意识”) unless it receives an honour
(“…新格局”荣获…: the project honoured), and one right after a verb that confers honours (获评“…示范窗口”) are none;
nor is an unquoted institution every government body keeps by rule (落实…中心组学法制度), the list of its powers or
matters it publishes (公布…行政许可事项清单, 编制…权责清单) or routine study (开展…学习活动),
all of a kind (依法治镇各项制度机制) or a field of them (行政执法体制机制), a quotation that qualifies what follows it
(“党委领导、政府负责…”的工作格局), a manner (“沉浸式”), a count of articles (“12条”), a working body (“…领导小组”) or a document's title written
without 《》 (执行“三重一大”事项集体决策制度规定). A national institution's whole
wording after a programme verb is one with no noun of its own (全面推行证明事项告知承诺制). Quotations before 等 and a kind of
programme are each one of that kind (“审管执信服”等重点改革), and so are principles before 的 and the mechanism they build
(“党委领导、部门负责…”的工作机制); the lever of a year's work (以…工程为抓手) is introduced as by a verb. A platform named after its jurisdiction
(纳入河南省一体化服务平台) is one whatever word stands before it, and the creation campaign of a village's, a
community's or a zone's honour (…民主法治示范社区创建) is one as a 专项行动 is; a quoted result (“零费用”, “全覆盖”)
is a figure. An unquoted …行动 whose head is only words for a kind of work (开展专项整治行动, 开展法治建设专项行动)
names no campaign, and a campaign's name inside its working group's or its meeting's (…专项整治领导小组, 召开…示范创建会)
is theirs. An action verb right after a programme noun of a name starts the next predicate (依托“某某司法”抖音平台发布普法短视频,
依托…考试平台开展线上学法), and a quotation listing three or more ways of handling a matter (“马上办、网上办、就近办”) is one
reform of services wherever it stands, and so does a quoted service brand of three to eight words ending in 办 or 通
(“某快办”, “某服通”, “全程网办”); after 依托 or 基于 an unquoted …系统 or …基地 is the means work runs on (依托网上考试系统),
no programme. The counts behind each are in ``kg/resources/README.md``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from kg.divisions import division_spans, gazetteer
from kg.national_programs import implemented, national
from kg.recognise.mentions import ProgramMention, mentions
from kg.recognise.text import CJK, Spans, clause_end, clause_start, inside, protected_ranges, split_top_level
from kg.resources import Rows, Words, alternation, rows, words

_LEFT_WINDOW = 8
_MAX_EXTENSION = 10
_MAX_QUOTE = 30
_THRESHOLD = 1.5
# An unquoted name needs this many characters before its noun: 普法品牌 or 服务平台 alone name nothing.
_MIN_UNQUOTED_HEAD = 3
# A …机制 or …制度 whose own words (the rule-of-law machinery's aside) run this long names one institution after
# any programme verb (落实定期走访服务包企业制度); shorter ones are kinds every government has (落实重大行政决策公开制度).
_MIN_SPECIFIC_HEAD = 9
# Verbs that push on work already under way (深化, 推进, 全面推进): before most nouns what follows is a kind (深化…改革,
# 推进…机制), but a noun marked pushed=yes in program_nouns.tsv ends a name after them (深化思想铸魂工程, 推进诚信建设
# 工程; thirtieth round, over the 839 development texts 2 required, 0 optional, 0 left out), the verb's whole object
# with no owner, count or 和 in it (推进依法治市的重点任务和主体工程 names nothing)
_PUSHING_VERBS = ("深化", "推进")
# A mechanism set up whose own words, once the rule-of-law machinery (`program_generic_heads.txt`) and the fields of work
# (`program_fields.txt`) are taken out, are at most this many (建立了督促考核机制, 建立完善法治建设领导机制, 全面构建法治规范
# 工作机制, 探索创新应急管理机制): a body's own housekeeping, no mechanism of its own (seventy-ninth round, README.md).
_MAX_HOUSEKEEPING_HEAD = 2
# After a verb that improves one system, the system's own words (machinery words aside) run at least this long:
# two are a kind (完善依法行政制度, 完善配套制度), three or more may name one (完善企业诉求直达制度).
_MIN_IMPROVED_HEAD = 3
# 建立健全 sets up and improves: its system's own words run longer before they name one; four are a kind (建立健全
# 机关规章制度). Thirty-second round, over the 892 development texts: 4 false gone (1 | 3), nothing lost.
_SETTING_UP = "建立健全"
_MIN_SET_UP_HEAD = 6
# An unquoted …机制 right after a verb that improves it (完善, 优化, 固化, 建立健全) is a mechanism already running, no
# programme. Forty-fifth round: over the 452 reports of fifteen blind batches, scored at their arrival, the golds
# required 1 such mechanism and left out 20; over the 1,069 development reports, 18 false gone, 11 required lost.
_MECHANISM = "机制"
# An unquoted …行动 (行动, 专项行动) whose head is only words of `program_generic_campaign_words.txt` names the kind of work
# (开展专项整治行动, 开展法治建设专项行动), no campaign: sixty-fourth round, counted in README.md.
_ACTION = "行动"
# A campaign's name right before a working group's noun (推动成立区级层面专项整治领导小组, 成立…行动推进委员会专项行动
# 工作组) is in that group's name, an agency's, as a demonstration campaign's is (`_NOT_THE_CAMPAIGN`): sixty-fourth
# round. Not before 指挥部: a campaign's headquarters keeps the campaign's name for the facts that set it up (…为成员的
# 西翥街道普法强基补短板专项行动工作指挥部: 1 gold fact lost, counted in README.md).
_BODY_AFTER = re.compile(r"(?:工作)?(?:领导小组|工作组)")
# 健全 improves a mechanism as 完善 does (健全社会矛盾纠纷化解处置机制), though it stays out of
# program_improving_verbs.txt, which would make its …制度 names: the forty-fifth round counted the shape with it at
# arrival but the code left it out. Forty-sixth round: over the 482 reports of sixteen blind batches at their arrival,
# an unquoted …机制 right after 健全 or 健全完善 was left out by the golds 4 times, optional 2, required none; over the
# 1,099 development reports 3 false gone (0 | 3), 1 required lost (0 | 1).
_SOUNDING = "健全"  # 健全完善 too: the verb matched is 健全, 完善 leads its object
# A verb's object is read this far at most: names are short, and a text without punctuation is one endless clause.
_MAX_OBJECT = 240
# 推行 and the whole unquoted object after it, up to the clause's end (全面推行清单之外无审批。): `_rolled_out`
_ROLLED_OUT = re.compile(r"推行")
_ROLLED_OUT_OBJECT = re.compile(rf"[{CJK}0-9A-Za-z]{{4,12}}")
_ROLLED_OUT_END = "，,。；;"
_ROLLED_OUT_STOP = "的和与及等、"
# A campaign's name written without a verb that starts it (…围绕普法强基补短板专项行动) is read this far back at most.
_MAX_CAMPAIGN_HEAD = 24
# A platform named after its jurisdiction (河南省一体化服务平台) holds this many words at most between the two.
_MAX_PLATFORM_HEAD = 14
# A jurisdiction's website: a platform noun ending in 网 needs no words of its own (sixty-third round), and its branch
# for a district or a city follows it (江西政务服务网西湖分厅, 甘肃政务服务网兰州子站).
_SITE = "网"
_SITE_BRANCH = "(?:分厅|子站)"
_MAX_SITE_PLACE = 8  # the longest province's or city's name read before a website (内蒙古自治区)
_NAME_RUN = re.compile(rf"[{CJK}0-9A-Za-z+]*$")
_CODE = re.compile(r"[0-9A-Za-z+]|一[件次网窗码门站号证照业屏图键]|(?:[一二两三四五六七八九十百千].*){2}")
# A name made of two or more counted parts (“两降一保”, “一周一课”, “三重一大”, “一中心四板块”) is a programme's
# code by itself, whatever the words around it, unless its parts are all places or bodies (“一核三带”, “一办十组”:
# a layout, program_layout_parts.txt) or it is a set of documents (“一规划两纲要”). “两个维护” counts principles
# (_FIGURE). Over the 118 development golds, written with no programme noun after: 3 required, 3 optional, 1 left out.
_COUNTED_PARTS = re.compile(r"(?:[一二两三四五六七八九十双][^一二两三四五六七八九十双百千万个0-9“”、,]{1,3}){2,}")
_COUNTED_PART = re.compile(r"[一二两三四五六七八九十双]([^一二两三四五六七八九十双]+)")
# “十四五”, “十五五”: a five-year period, whatever follows it (全面完成“十四五”法治建设规划总结评估)
_PERIOD = re.compile(r"十[一二三四五六七八九]五")
# A count of campaign years (“三个年”, “四个深化年”: a set of …年 campaigns such as 项目建设年, 作风建设年) followed by a
# programme noun names that set of campaigns, though a count of anything else (“两个维护”) names nothing and 活动 needs
# six words of its own after a figure: the noun after it, and no glued head before it, make the name (开展“三个年”活动,
# 以“四个深化年”活动为抓手). Seventy-fourth round, counted in README.md.
_COUNTED_YEARS = re.compile(rf"[两二三四五六七八九十]+个[{CJK}]{{0,4}}年")
# A structure or a body right after a quotation's tail noun (优化“三城一区”管理体制, “两区”…园区管理机构): the tail
# qualifies it, and the quotation names no programme there. Seventy-seventh round, counted in README.md. Only where
# the quotation counts places or bodies (“两区”, “三城一区”: `_counts_places`); a quoted way of organising work
# (实行“局队合一”管理体制) names the reform the structure carries out (eightieth round, counted in README.md).
_STRUCTURE_AFTER = ("体制", "机构")
_COUNTED_PLACES = re.compile(r"(?:[一二两三四五六七八九十双]+[^一二两三四五六七八九十双百千万个0-9“”、,]{1,3})+")
# “一规划两纲要”, “两规则一细则”, “2023年法治上城建设工作要点”: documents
_DOCUMENT = re.compile(r"^关于|(?:建议|意见|报告|通知|决定|批复|提案|规划|纲要|方案|要点|规则|细则)$")
# Short quotations written back to back name one thing with the noun after them (“不罚”“轻罚”清单);
# without one they are slogans (“亲”“清”新型政商关系). Longer ones are a list.
_SERIES = r"(?:“[^“”\n]{1,2}”){2,}"
# A quotation may hold one inside it (‘’ is folded to “” on reading: “法治护航“一三三四”行动”), and
# some reports quote with ASCII marks ("述职必述法"制度).
_QUOTE = re.compile(r'%s|“(?:[^“”\n]|“[^“”\n]{1,%d}”){1,%d}”|"[^"\n]{1,%d}"'
                    % (_SERIES, _MAX_QUOTE, _MAX_QUOTE, _MAX_QUOTE))
_SLOGAN_MODIFIER = 4  # words at most between a quotation and the slogan noun they qualify (`_slogan_modified`)
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_CLAUSE_END = tuple(",，;；。、:：") + ("",)
# Three or more short quotations in a 、 list are slogans (“马上办”、“网上办”、“就近办”), unless a
# programme noun follows the list or a programme verb introduces it.
_SLOGAN_LIST = re.compile(r"“[^“”\n]{1,4}”(?:、“[^“”\n]{1,4}”){2,}")
_QUOTE_MARKS = str.maketrans("", "", '“”"')
# The fewest words a programme's name holds: no golds of the development reports name a programme of one word
# (the shortest are two: 秒批, 双减, 四免); counted in README.md, eighty-first round.
_MIN_NAME = 2
# A programme verb may stand a few words before the quotation, with a noun glued to it between
# (推进习近平法治思想“七进”, 推行高频公证事项“跨省通办”): as strong as a verb right before it. The
# noun is not part of the name: most often it says where or for whom (省级, 跨部门, 北山街道).
_GLUED_HEAD = re.compile(rf"[{CJK}]{{2,10}}")
_NOT_IN_HEAD = "的和与及等在对将把为个"
# An adverb that leads a list's part (…上线运行、率先出台…) starts a predicate of its own.
_ADVERBS = "率先|全面|持续|积极|深入|大力|进一步|不断|扎实|稳步|有序|同步|主动"
_ADVERB = re.compile(f"(?:{_ADVERBS})")
# 全面依法治国, 全面依法治市: 全面 before 依法治 is the name's own word, no adverb leading a predicate (开展全面依法治市考评;
# fifty-sixth round)
_WHOLE_RULE_OF_LAW = re.compile(r"全面依法治")
# 考评 (`program_nouns.tsv`) names the yearly evaluation of rule-of-law work only after 开展 (开展法治某地建设考评): after 完成
# or 纳入 it is a task or a score (fifty-sixth round)
_EVALUATION = "考评"
_EVALUATION_RUN = "开展"
# Inside an unquoted object, an adverb and a programme verb start the next predicate; the name is that verb's
# (组建…指挥部严格落实法治建设定期报告制度). Twenty-seventh round.
_INNER_ADVERB = re.compile(f"(?:{_ADVERBS}|严格|认真|切实)")
# …and, inside a clause that seems to open with a name under way, 全部 and 有力 lead a predicate as well (政务服务事项全部纳入
# 一体化政务服务平台运行, 有力推动权责清单落地): twenty-sixth round, an adverb and a verb in such a name, 2 false names gone over
# the 712 development texts (0 | 2), nothing lost (建设 in 示范建设改革 or 工程建设项目 has no adverb before it).
_PREDICATE_ADVERB = "全部|有力"
# Quotations that are figures, not names, unless a noun that names programmes on its own follows them
# (“一体化”工程): a manner (“网格化”管理, “数字化”赋能), a count of principles (“两个维护”, “三个规划”) and
# a record (“十二连升”); a manner is written …化 or …式 (“清单式”管理, “沉浸式”法治教育, “一门式”窗口: over the 248
# development golds 0 required, 5 optional, 3 left out). “一个…” is how many a name is built (“一个机构管审查”), and so is “N个一” (“六个一”活动:
# one of each of six things), a programme's code (over the 172 development golds: 1 required, 1 optional).
_MANNER = re.compile(r"[^“”]{1,3}[化式]")
# A result reached is a figure too: nothing left (“零费用”, “零延时”, “零办件”, the “零”突破) or everything covered (“全覆盖”,
# “双百”: both rates at a hundred). Over the 500 development texts, such quotations with no programme noun after them are 0
# required, 4 optional and 9 not annotated; with one after they stay names (“零材料”清单, required).
_RESULT = re.compile(r"零[^“”]{0,3}|全覆盖|双百|清零")
_FIGURE = re.compile(rf"{_MANNER.pattern}|{_RESULT.pattern}|[两二三四五六七八九十]+个(?!一$).+|[0-9一二三四五六七八九十两]+连.+")
# A manner alone or with one activity (建立常态化机制, 建立常态化沟通机制, 规范化管理制度) is a way of working, not
# one mechanism: a mechanism of its own says whose or what it is about (企业诉求常态化沟通机制). Over the 172
# development golds, a manner and one activity before the noun, unquoted: 0 required, 2 optional, 1 left out.
_WAY_OF_WORKING = re.compile(rf"{_MANNER.pattern}(?:[{CJK}]{{2}})?")
# A name with its version (综合窗口2.0改革, 营商环境5.0版, 法治西城评估指标体系4.0版; not 0.5天): the words
# after the version are its noun (改革, 措施, 行动), a few at most.
_VERSIONED = re.compile(rf"(?P<head>[{CJK}]{{2,12}})[1-9][0-9]?\.(?:0|[0-9]版)(?![0-9%])版?本?[{CJK}]{{0,4}}")
# A quotation that names nothing alone takes the noun glued before it into its name: a figure, an anniversary
# (“十五周年”), and the count of places a teaching reaches (习近平法治思想“七进”相关活动, 宪法“八进”): over the
# 172 development golds, 3 of the 4 that annotate a “N进” name it with what goes in.
# A quotation that names the kind of a reform's matters (“一件事”) takes the matter glued before it, back to the
# clause's programme verb (推行企业信用修复“一件事”): golds name the matter with it (新生儿出生一件事, 军人退役一件事).
# Forty-first round: "Programme edges" in README.md. Eighty-sixth round: with a tail noun too (纵深推进商业解纷“一件事”改革 ->
# 商业解纷一件事改革, not 一件事改革): the matter names which reform it is (counted in README.md).
_MATTER_NAMED = ("一件事",)
_NAMES_NOTHING = re.compile(rf"{_FIGURE.pattern}|.{{1,4}}周年|[一二三四五六七八九十]+进")
# Levels an honour's name may be written after, outside its quotation (获评省级“平安贵州建设示范县”).
_HONOUR_LEVEL = r"(?:全国|国家级|全省|省级|全市|市级|首批)?"
# A count (“5项改革”) followed by a colon heads the list of what it counts.
_COUNT = re.compile(r"[0-9一二三四五六七八九十两]+[项个大条]")
# A count of articles or items and nothing else (“12条”措施, 疫情防控“十条举措”) names a document's set of measures:
# over the 248 development golds 0 required, 0 optional, 2 left out (one a regulation); a national wording built so
# (“三项制度”) is the national programme, and a name that goes on to its own noun (“八项问题清单”) stays one.
_ARTICLES = re.compile(r"[0-9一二三四五六七八九十两百]+[条项](?:举措|措施)?")
# An honour's name in quotes (成功创建“全国法治政府建设示范区”) is the award's, not a programme; so is a village's or a
# community's (成功创建“全国民主法治示范村”: over the 442 development texts 3 quotations end in 示范村 or 示范社区, all
# awards in their golds).
_HONOUR = re.compile(r"(?:示范(?:区|市|县|地区|单位|乡镇|街道|村|社区)|先进(?:集体|单位|个人)|称号)$")
# …and so is a quotation followed by 称号 (获得“清风某某政务窗口”称号的窗口): twenty-sixth round, 1 false name gone over the
# 712 development texts (0 | 1), the other 6 such quotations being read as awards already.
_TITLE_AFTER = re.compile(r"(?:荣誉)?称号")
_BACK_TO_BACK = re.compile(r"(?:“[^“”\n]{1,30}”)+")
# What a name's tail after its quotation may hold: words, a version (6.0) and Latin letters (APP).
_RUN = re.compile(rf"(?:[{CJK}]|[0-9]\.[0-9]|[A-Za-z]+){{1,{_MAX_EXTENSION}}}")
# A longer tail is read only where the first _MAX_EXTENSION characters end in no programme noun (thirty-third round:
# “谁执法谁普法”责任单位年度履职报告评议制度; read first, the longer run goes past a noun into the next predicate,
# 执法导航信息系统助力基层综合执法改革).
_MAX_LONG_EXTENSION = 14
_LONG_RUN = re.compile(rf"(?:[{CJK}]|[0-9]\.[0-9]|[A-Za-z]+){{1,{_MAX_LONG_EXTENSION}}}")
_GLOSS = re.compile(r"\([^()\n]{1,60}\)")
# 乡镇(街道), 党委(党组), 区镇(街): a word or two glossing the word before it is part of an unquoted name (21 programme
# names of the 560 development golds write one), no title or quotation the quote rule reads.
_SHORT_GLOSS = re.compile(rf"(?<=[{CJK}])\([{CJK}]{{1,3}}\)(?=[{CJK}])")
_DATE = re.compile(r"^[0-9一二三四五六七八九十]+[·.][0-9一二三四五六七八九十]+$")
# A day of observance with its date inside the quotation (“4·23世界读书日”, “6·16安全生产日”, “3·15消费者权益日”) is a
# day on the calendar, as a bare date is (“12·4”国家宪法日): the golds name such days as optional events (28 times over
# the 1,634 development golds) or optional programmes (8), a required programme once (seventy-ninth round, README.md).
_DATED_DAY = re.compile(r"^[0-9]{1,2}[·.•][0-9]{1,2}[^“”·.•]{2,12}日$")
_EXTENSION_STOP = "等和及与的"
# 将 or 把 after a quotation starts the next predicate (依托“法治红船”将法律课堂引进社区党校): the tail stops before it
# (twenty-sixth round: 1 false name gone and its required quotation found over the 712 development texts, nothing lost).
_TAIL_STOP = _EXTENSION_STOP + "将把"
# Quotations followed by 等 and the kind they are examples of (“四个一批”“审管执信服”等重点改革, “深i学”等线上平台,
# 开展“我为群众办实事”等实践活动) are each a programme of that kind, named without it: over the 270 development golds,
# 5 required, 2 optional, 0 left out where the kind is a programme noun of a name. The kind may hold eight words
# (“律企青虹”“法总联盟”“法务惠企”等律企合作交流平台: sixty-eighth round, 3 required found, nothing false).
_EXAMPLES_OF = re.compile(rf"等(?P<kind>[{CJK}]{{0,8}})")
# A quotation followed by the kind of activity that spreads it (“…”主题宣传活动, “…”巡回宣讲活动, “…”集中宣传活动,
# “…”法律政策宣讲活动) is named without that tail, 活动 still counting as its noun: the golds name the quotation alone
# or list it as the name's other wording wherever the shape is written (fifty-first round).
_SPREADING = re.compile(rf"[{CJK}]{{0,6}}?(?:宣传|宣讲|学习|实践|教育)活动(?![月周年季方案计划])")
# A time word closes a name: “八五”普法期间重点普法目录 is a list from the 八五普法 years, no programme of its own.
_TIME_WORD = re.compile(r"期间|以来|之际")
# 在 right after a quotation opens a place or a scope (“三项制度”在全系统落地生根), never a name's tail; 在线 is a word of
# names (“…”在线服务平台). Forty-first round: "Programme edges" in README.md.
_PLACE_AFTER = re.compile(r"在(?!线)")
# An unquoted activity whose name opens with the study of a doctrine (开展学习宣传贯彻习近平法治思想系列活动, 开展学习贯彻…
# 主题活动) is the routine study every body holds, as …学习活动 is (`program_routine_institutions.txt`): twenty-sixth round,
# over the 712 development texts 2 false names (0 | 2), and no gold programme names an activity so.
_DOMAIN_WINDOW = 20  # the words before a quotation searched for a field and the study of it (`domain_head`)
_STUDY_OF = re.compile(r"(?:学习宣传贯彻|学习贯彻|宣传贯彻|学习宣传)")
_ACTIVITY_NOUN = "活动"
# After a verb that improves it (完善, 优化, 固化, 建立健全), an unquoted …制度 of the study of law (完善领导干部学法用法制度,
# 完善行政机关工作人员学法用法制度) is the routine study every body keeps by rule, as …学法制度 is after any verb: forty-second
# round, over the 1,038 development texts 4 false names (1 | 3), 7 optional and no required one so written; after 落实 or
# 贯彻 the golds name it (领导干部学法用法制度: 3 required), and …学法机制 after 完善 stays (2 required, 2 false).
_STUDY_OF_LAW = "学法"
_STUDY_SYSTEM = "制度"
# Study of law held before a body's own meetings (落实政府常务会会前学法制度, 建立乡村干部会前学法制度) is one practice
# a report names, not the routine study of `program_routine_institutions.txt`: it is named after any programme verb,
# whatever its length (forty-seventh round, counted in README.md).
_BEFORE_MEETING = "会前学法制度"
# …and right before a national label of it, a verb that carries it out may stand between (完善落实…制度).
_CARRIED_OUT = "(?:落实|执行)?$"
# 一是, 二是 …: an enumerator opens the next clause even where the text drops the punctuation before it (对规范性文件定期开展
# 清理三是落实法律顾问制度): a verb's object ends there (twenty-sixth round: 1 false name gone and 1 required found over the
# 712 development texts, nothing lost).
_ENUMERATOR = re.compile(r"[一二三四五六七八九十]是")
_QUANTIFIED = re.compile(r"了?(?:一批|一系列|一大批|若干|多个|多项|各类)")
# Inside an unquoted name, a word of plurality says it is a kind with many members (健全依法治镇各项制度机制,
# 落实各类学法制度): over the 200 development golds, 0 required, 0 optional, 16 left out.
_PLURAL = re.compile(r"各项|各类|相关|有关")
# Two kinds of institution named together (完善行政执法体制机制, 健全法治建设体制机制) are a field of them, no one name:
# over the 200 development golds, 0 required, 0 optional, 19 left out, and no gold name ends so. Written with 和, 与
# or 及 and 工作 (法治建设领导体制和工作机制, 党领导法治建设的制度和工作机制) it is the same field: over the 442
# development texts 8 so written, 0 required, 1 optional (as part of the quotation before it).
_FIELD = re.compile(r"(?:体制|制度)(?:[和与及](?:工作)?)?机制$")
# 及 inside an unquoted …制度 or …机制 joins two objects of the verb (落实县政府常务会及宪法宣誓制度, 学习上级部署要求及
# 党内法规制度, 落实…委员会及协调小组机制): no one system is named; 人大及(其)常委会 is one body's pair (seventieth round).
_JOINED_OBJECTS = re.compile(r"及(?!其?常委会|其?常务委员会)")
# A national programme's wording put in force by a programme verb with no programme noun of its own (推行告知承诺制,
# 推行行政执法三项制度) is an institution or a reform; a day or a week (开展宪法日, 开展减证便民) is an event or a task.
# Over the 248 development golds: 5 required, 1 optional, 0 left out; with days and tasks 1 optional and 1 left out
# more, both labelled otherwise than their gold.
_INSTITUTION = re.compile(r"(?:制|制度|改革)$")
# The conjunctions that join two names, two quotations or two verbs (完善和落实…, “…”及“…”, …机制和…制度)
_JOINERS = "和及与"
# 与 after 建设 joins the two halves of one head (组织开展法治政府建设与责任落实专项督察: the national inspection's
# own words, 《法治政府建设与责任落实督察工作规定》); 和 and 及 still split (…示范创建和…创建活动 are two). Ninetieth round.
_ONE_HEAD_JOINER = "与"
_ONE_HEAD_BEFORE = ("建设",)
# 权力清单、责任清单、负面清单制度: kinds of one noun listed before the institution that is all theirs (`_kinds_listed`)
_KIND_INSTITUTION = re.compile(r"(?P<noun>清单)(?:管理)?(?:制度|机制)$")
_KIND_JOINERS = "、和"
# The annual report on the rule of law each government body owes (落实法治政府建设年度报告制度, 严格执行法治政府建设情况报告制度,
# 全面建立法治建设年度报告制度): the national rule's institution under the wording the report gives it, a programme after any
# programme verb although the other routine …报告制度 stay out (thirty-sixth round, counted in README.md)
_RULE_OF_LAW_REPORT = re.compile(r"法治(?:政府)?(?:建设)?(?:情况|工作)?(?:年度|定期)?(?:工作)?报告制度")
# Items counted before a name (政务、市场等4个环境提升工程) are its fields, not a list sharing its noun.
_COUNTED_KIND = re.compile(r"等[0-9一二三四五六七八九十]+(?:[个项]|大(?!类))")
# 市司法局部署的…试点, 等4个…工程, 开展6次集中学法活动: an owner, a count of items or of times stands before the name;
# the 一 of 统一, 同一, 唯一, 单一 or 逐一 counts nothing (全国统一大市场…协调机制: forty-fifth round).
_AFTER_OWNER_OR_COUNT = re.compile(r"的|等?(?<![统同唯单逐])[0-9一二三四五六七八九十]+(?:[个项次场期]|大(?!类))")
# …but a mechanism, a system, a list or an activity right after a 的 is described, not named: the words before 的 say
# what kind it is (建立以信用为基础的新型监管机制, 落实最严格的生态环境保护制度, 形成“…”的协同推进机制, 应知应会的党内法规
# 和…清单, 宣讲党的…精神活动), and where principles are quoted the quotation already names it. Sixtieth round: over the
# 1,352 development texts 6 false names gone (2 | 4) against 1 required lost; at arrival 10 false, none required.
_DESCRIBED_NOUNS = ("机制", "制度", "清单", "活动")
# An activity that takes something into a place (开展送法进校园活动, 开展统计法进党校活动2次): the …进… names one
# practice with four words of its own, and a count of times after it says how often it was held (thirty-first round,
# over the 867 development texts, 3 so written after a programme verb, all 3 required).
_INTO_ACTIVITY = re.compile(rf"(?P<name>(?:(?![{_NOT_IN_HEAD}])[{CJK}]){{2,6}}进[{CJK}]{{2,3}}活动)"
                            r"(?:[0-9一二三四五六七八九十]+余?(?:场次|场|次))?")
_MIN_INTO_HEAD = 4
# A quotation after a 、 in a clause a programme verb opens is an item of that verb's list, as one right after the verb is
# (亲自部署推动…地方立法、“法治为民办实事”、“水上非现场监管”), when it holds three words or more: two-word ones are
# stages or figures (“事前”论证、“事中”跟踪, “八五”普法规划, “两地”目标). Thirty-first round, counted in README.md.
# A quotation glued to 政策, 措施 or 政策措施 and nothing after it names the package of policies it stands for
# (制定“9+N”政策2.0版, 出台“纾困暖企17条”政策措施); with a tail between (…进行政策) or a noun after (“…”政策法规, …政策
# 解读) the word is another phrase's. Fifty-ninth round, counted in README.md.
_POLICY_NOUNS = ("政策", "措施", "政策措施")
_CJK_NEXT = re.compile(f"[{CJK}]")
_QUOTE_CONTENT = re.compile(r"“([^“”\n]{1,30})”")
_MIN_LISTED_QUOTE = 3
# What follows an unquoted name without being part of it: 等工作, and the frame 以开展…活动为抓手.
# A name at the head of a clause whose predicate says it is under way (…改革有序推进, …平台升级至2.0版):
# a programme as the subject of its own progress.
_UNDER_WAY = re.compile(r"(?:有序|稳步|扎实|深入|全面|正式|顺利)?(?:推进|上线|升级|运行|落地)(?!会)")
# …and what opens such a clause without being a name: a list's marker (三是局系统推进责任清单管理), or a clause
# whose own verb is written in it, with 了 or a comparative 更多/更加 (成立了健康龙江行动推进委员会, 吸引更多…论坛活动落地):
# the subject is a predicate there, no programme (sixty-fifth round in ``kg/resources/README.md``).
_NOT_A_SUBJECT = re.compile(r"^[一二三四五六七八九十]是|了|更多|更加")
# The country's system and its system of law as the central documents name them (坚持和完善中国特色社会主义制度, 对“完善
# 中国特色社会主义法治体系”作出重要部署): a doctrine no body runs, never a programme in a gold (sixty-fifth round).
_DOCTRINE = re.compile(r"(?:坚持和)?(?:完善)?中国特色社会主义(?:法治)?(?:制度|体系)")
# The national demonstration campaign as reports write it: a batch, a level, the kind of place it names
# (全国法治政府建设示范市创建; for streets and towns 法治示范街镇创建), not followed by what it produced (…创建项目,
# …创建成果; its application, …创建申报工作, is the campaign: twenty-sixth round), a candidate for its honour
# (…示范创建候选县: an award), a body that runs it (…示范创建领导小组, …创建分指挥部:
# an agency) or its evaluation (…示范创建第三方评估): over the 530 development texts so written 4 times, none a
# programme; 3 had been taken (twentieth round in ``kg/resources/README.md``).
# Striven for (争创全国法治政府建设示范区), the honour's name stands for the campaign; won, it is an award's.
# Created (创建全国法治政府建设示范市), the verb is part of the campaign's name, as every gold that lists that
# wording writes it (3 of 3 over the 226 development reports); striven for (争创…), the honour's name alone (2 of 2).
# A group or a meeting named for it (…示范创建工作领导小组组长, 召开…示范创建会, …示范创建工作推进会) is the agency's or
# the event's name, not the campaign's (sixty-fourth round, counted in README.md).
_NOT_THE_CAMPAIGN = r"(?!项目|单项|综合|成果|候选|(?:工作)?领导小组|办公室|分?指挥部|第三方评估|(?:工作)?(?:推进|部署|动员)?会)"
_DEMONSTRATION = re.compile(r"(?=[第全省市法创])(?:"  # the characters it can start with: the scan skips the rest at once
                            r"(?:第[一二三四五六七八九十]+批)?(?:全国|全省|省级|全市|市级)?法治政府(?:建设)?"
                            r"示范(?:市|区|县|地区)?创建(?:活动)?" + _NOT_THE_CAMPAIGN +
                            r"|法治示范(?:街镇|街道|乡镇)创建" + _NOT_THE_CAMPAIGN +
                            r"|(?:(?<=争创)|创建)(?:全国|全省|省级)?法治政府建设示范(?:市|区|县|地区)(?!创建))")
# A series and its motto joined by a middle dot (“法治讲堂·逢九必讲”) is a brand by itself; a date (“12·4”) is not.
_SERIES_AND_MOTTO = re.compile(rf"[{CJK}]{{2,}}·[{CJK}]{{2,}}")
# A quotation followed by 的 qualifies what follows (“党委领导、政府负责、部门联动”的工作格局, “作示范、勇争先”的昂扬斗志,
# “两个确立”的决定性意义): over the 248 development golds, of the 32 so written 1 is required, and only with the
# noun after 的 (“谁执法谁普法、谁主管谁负责”的普法责任制), 9 optional, 22 left out.
_QUALIFIES = "的"
# A quotation right before 为主题 is the theme of a study session, a lecture or a campaign (以“…”为主题的法治专题讲座,
# 开展“…”为主题的党组理论学习): no programme by itself (sixty-second round: over the 1,387 development golds, of the 10
# quotations so written none is a required programme, 5 are optional, 1 false removed).
_THEME = "为主题"
# A quotation inside a 《》 title is the title's words, unless it or the noun glued after it names a campaign or a reform
# the document carries out (《…“十大提升行动”实施方案》, 《…“百名法学家百场报告会”法治宣讲活动实施方案》): thirty-fifth
# round, counted in `kg/resources/README.md`.
_TITLED_CAMPAIGN = ("行动", "活动", "改革", "工程")
# A quotation of three or more clauses (“主要领导负总责、分管领导具体抓、业务科室抓落实”, “科学决策、民主决策、依法决策”)
# says how work is shared out or what is demanded; followed by (的) a few words and a structure of responsibility
# (责任体系) or by 工作 and a slogan noun (工作要求, 工作格局), then the clause's end, it qualifies that structure or
# demand and names no programme, though 工作 alone is a programme noun (seventieth round, counted in README.md).
_CLAUSES = re.compile(r"[^、，,；;\s]{2,}(?:[、，,；;\s]+[^、，,；;\s]{2,}){2,}")
_ARRANGEMENT_AFTER = r"\s*的?[" + CJK + r"]{{0,4}}?(?:责任体系|工作(?:{slogans}))(?=[,，;；。、:：\s]|$)"
# …unless what follows 的 is a mechanism or a system and ends there: the quotation is then the principles that mechanism
# is built on, and names it (完善“党委领导、部门负责、司法所统筹、社会参与”的工作机制, 按照“谁执法谁普法、谁主管谁负责”的
# 普法责任制): over the 270 development golds, 2 required, 1 optional, 0 left out, each accepting the quotation alone as
# a name. (A 工作格局 after 的 stays a qualification: 0 required.) Thirty-fifth round: a longer mechanism (…”的三级联动
# 学习机制, up to eight words before the noun) and a 模式 or 体系 with up to ten (…”的一站式化解行政争议模式, …”的分层分类
# 学习体系, …”的闭环管理模式) are the same shape: over the 977 development golds the quotation is required 5 times,
# optional 5 (all found before), left out once (“1+8”的模式).
_QUALIFIED_INSTITUTION = re.compile(
    rf"的(?:[{CJK}]{{0,8}}?(?:机制|制度|责任制)|[{CJK}]{{0,10}}?(?:模式|体系))(?![{CJK}])")
# A programme's name followed by 规划 names its plan, a document (紧扣“八五”普法规划收官要求, 纳入“八五”普法规划): over the
# 270 development golds, of the 4 so written 0 are required programmes, 1 is optional, 3 are optional regulations.
# A programme verb right before it carries out the programme itself (深入实施“八五”普法规划: the fixtures' golds, 4 of 5
# required; the one development text so written, 依托“八五”普法规划, optional either way).
_PLAN = "规划"
# …and only 实施 so carries it out: a plan 落实-ed, 贯彻落实-ed, 启动-ed, 完成-d or 依托-ed is the document (贯彻落实“八五”
# 普法规划, 启动某区“八五”普法规划). Fifty-fifth round: the golds of the 35 development texts that write “八五”普法规划
# never require the programme, while the fixtures' 深入实施 stays required; counted in README.md.
_PLAN_CARRIED_OUT = re.compile(r"实施[^,，。;；:\n]{0,4}$")
# A name with its noun, then the rules that carry it out (执行党委“三重一大”事项集体决策制度规定, 制定落实“…”制度的实施
# 办法) is a document's title written without 《》: the document, no programme (forty-sixth round).
_RULES_OF = re.compile(r"的?(?:实施办法|实施细则|规定|办法)")
# A quotation holding a predicate (“建设法治政府是…的重点任务和主体工程”) quotes someone's words: it names nothing.
_STATEMENT = re.compile(r"[是的]")
# A quotation of two Han characters and no number word, with no programme noun after it, is a word the writer sets
# off (全面“体检”, 开展“挂案”清理, 美丽“滨城”): over the 949 development reports 5 such false programmes and no gold one.
_SCARE_QUOTED = re.compile(rf"(?:(?![一二两三四五六七八九十百千万双])[{CJK}]){{2}}")
# A count of two characters (“三定”, “四级”) followed straight by words that are no programme noun qualifies
# them rather than naming a programme (forty-ninth round, counted in README.md); alone (推进“四免”、“免申即享”),
# with its field (习近平法治思想“七进”) or before a noun (“四免”服务, “两区”建设) it still names one.
_COUNT_OF_TWO = re.compile(rf"[一二两三四五六七八九十双][{CJK}]")
# 实现从“能办”到“好办”, 从“善后者”向“防控者”转变: a quotation followed by 到 or 向 and another quotation is the state a
# change starts from, no programme (over the 413 development golds 3 such pairs, none annotated).
_CHANGE_FROM = re.compile(r"[到向]“")
# 推进“接诉即办”向“未诉先办”转变, 推进“双公示”向“十公示”拓展: a programme verb right before the first quotation of such a
# pair (no 从 or 由 between) pushes one programme on to the next, and both are named (fiftieth round: over the 1,180
# development reports 2 texts so write it, 4 required names, none left out; the 6 pairs after 从, 由 or 实现 stay states).
_CHANGE_PAIR = re.compile(r"“[^“”\n]{1,30}”[到向]“[^“”\n]{1,30}”")
_PAIR_VERB_WINDOW = 4

# 开展民法典主题宣传月, 路政宣传月、安全生产月, 以…为主题的信用交通宣传月活动: a month of publicity on one matter is a programme
# wherever it is written unquoted, its head the run of name words before 宣传月 after the last verb or joiner (sixty-ninth
# round, counted in ``kg/resources/README.md``: over the 1,516 development golds every such month named is a programme)
_PUBLICITY_MONTH = re.compile(rf"(?<![”\"·])[{CJK}0-9]{{2,12}}宣传月")
_MONTH_HEAD_STOP = re.compile(r".*(?:[的和与及暨、在等]|以)")
_MIN_MONTH_HEAD = 2
_GENERIC_MONTH_HEADS = ("主题", "集中", "专题", "系列", "各类", "相关", "等")
# A quotation right after a party committee (省委“1310”具体部署, 区委“136”主题攻坚主线) is that committee's slogan,
# unless a programme noun of its name follows (市委“885”工作机制): over the 200 development golds, with such a noun
# 1 required, 0 optional, 0 left out; without, 0 / 7 / 4.
_PARTY_COMMITTEE_BEFORE = re.compile(r"[省市区县州旗盟]委$")
# 以…为抓手 (为重点, 为牵引 …) names the lever of the year's work: an unquoted name ending in a programme noun there is
# one, as after a verb that starts something (以法治政府建设提升工程为抓手, 以提升行政执法质量三年行动为重点). Over the
# 270 development golds, 5 required, 0 optional, 0 left out (3 of them the demonstration campaign, named before).
_LEVER = re.compile(r"(?<![予可所加难足])以(?=[^,，。;；:：\n]{3,40}?为(?:抓手|契机|载体|重点|突破口|切入点|主线|牵引|引领))")
# 出台 issues a document, a version of measures or a package of policies (出台《…》, 出台…4.0版措施, 出台“…十条”), and
# it sets up a system or mechanism all the same: an unquoted …制度 or …机制 right after it is one (出台…清单制度, 率先出台
# …裁量基准制度, 出台了…报告制度). It introduces only those two nouns, and no quotation (sixty-first round in
# ``kg/resources/README.md``: over the 1,387 development texts 3 required names found, none false).
# “马上办、网上办、就近办、一次办”: three or more ways of handling a matter listed in one quotation (sixty-sixth round)
_SERVICE_MODES = re.compile(r"(?:[^“”、,，。\n]{1,5}办、){2,}[^“”、,，。\n]{1,5}办")
# 依托…考试平台开展线上学法: the nouns of a named system, mechanism or platform after which an action verb starts the next
# predicate in an unquoted object (sixty-sixth round; 系统 and 清单 also name a sector and a list: 全市教育系统开展…)
_NEXT_PREDICATE_AFTER = ("平台", "制度", "机制", "试点", "工程")
# 依托网上考试系统组织…, 依托社会组织孵化基地开展…: after 依托 or 基于, the verbs of the means the work runs on, an unquoted
# …系统 or …基地 is that means, a piece of equipment or a site, no programme (seventy-first round, counted in README.md;
# a …平台 so introduced stays read: the golds split on it, sixty-sixth round)
_MEANS_VERBS = ("依托", "基于")
_MEANS_NOUNS = ("系统", "基地")
# “渝快办”, “赣服通”, “小原帮办”, “全程网办”: a quoted name of three to eight words ending in 办 or 通 names a service
# brand, a way the government handles matters, wherever it stands (sixty-eighth round, counted in README.md); two words
# (“能办”到“好办”) are a state, and a body's short name (以下简称“区政府办”) is an agency's
_SERVICE_BRAND = re.compile(r"[^“”、,，。;；:：\n]{2,7}[办通]")
# a quoted name of two to eight words and then a word of `program_service_places.txt` (“为民工作室”, “企业码”)
_SERVICE_PLACE = r"[^“”、,，。;；:：\n]{{2,8}}(?:{places})"
_SHORT_NAME_BEFORE = re.compile(r"简称$")
_ISSUED = re.compile(r"出台")
_ISSUED_NOUNS = ("制度", "机制")
# 以“吉林水事”抖音号为载体, 以“清单制+责任制”方式: a quotation right after 以 that is the lever or the means of the work
# is introduced as by a verb right before it (twenty-sixth round in ``kg/resources/README.md``).
_MEANS = re.compile(r"(?<![予可所加难足])以(?=“[^“”\n]{1,30}”[^,，。;；:：\n“”]{0,8}?(?:为(?:抓手|契机|载体|重点|突破口|切入点|主线|牵引|引领)|方式|模式|形式))")
# 形成“执法一本通”, 形成“15分钟便民服务圈”: a quotation right after 形成 that ends its clause is what the work built, as
# after a programme verb (forty-fifth round: over the 1,069 development texts 2 so written, both required; a quotation
# that goes on, 形成“一盘棋”格局 or 形成“…”的工作格局, is not read so).
_FORMED = re.compile(r"形成(?=“[^“”\n]{1,30}”[,，。;；])")
_NOT_IN_NAME_AFTER = re.compile(r"(?:等?(?:工作|任务|项目)?|为(?:抓手|契机|载体|重点|突破口|切入点|主线|牵引|引领))$")


# 落实“网上办、就近办、一次办”及“某某通办”等要求: a quotation joined to the one before by 和, 及 or 与 is introduced by
# the same verb, as one written back to back is (twenty-seventh round: 2 required found over the 776 development texts,
# 1 | 1, nothing false; 、 between the two moves nothing): see `_run_start`.
# 各村、社区结合邻长制成立…: 结合 relates the work to a campaign or an institution and ends the words before its name, as a
# verb does (围绕 and 聚焦 are action verbs already): twenty-seventh round, 1 required found and 1 false gone over the 776
# development texts (0 | 1), nothing lost.
_CAMPAIGN_CONTEXT = re.compile(r"结合")
# 一是蓝天保卫战。, 2020年是污染防治攻坚战的收官之年, “四战”指蓝天保卫战、碧水保卫战, “N”是相关细化配套制度: a copula
# (是, and 指 or 即 right after what it defines) says what the words before it are; a programme's name starts after it
# and no quotation's tail runs over it (eighty-second round, `_campaigns` and `_extension`).
_COPULA = re.compile(r"是|^(?:指|即)")
_COPULA_AFTER = re.compile(r"是|指(?![导挥标引南数尖针])|即(?![时办])")
# “法治政府建设全面督察”列入市级督察检查考核工作计划, 创新应用场景入选全省重点场景清单: a verb that places a thing into a
# plan, a list or an assessment ends that thing's words; what follows is where it is placed, no part of a programme's
# name (eighty-second round, `_extension` and `_unquoted`).
_PLACED = re.compile(r"列入|纳入|入选")


def _run_start(text: str, start: int) -> int:
    """Where the quotations written back to back up to ``start`` begin (统筹推进“一门一窗”“一业一证”“一事联办”), or
    joined by 和, 及 or 与 (落实“…”及“…”): the verb before the first introduces each of them, as a verb before a 、 list does. Over the 357 development golds
    the later quotations so introduced are 5 required programmes, 10 optional, 0 left out."""
    while start > 0 and (text[start - 1] == "”" or start > 1 and text[start - 1] in _JOINERS and text[start - 2] == "”"):
        if text[start - 1] != "”":
            start -= 1
        opening = text.rfind("“", max(0, start - 2 - _MAX_QUOTE), start - 1)
        if opening < 0:
            break
        start = opening
    return start


@dataclass(frozen=True)
class ProgramNoun:
    unquoted: bool  # ends an unquoted name (…试点, …平台)
    in_name: bool  # written after a quote, it is part of the name (“一网通办”平台)
    improved: bool  # ends an unquoted name after a verb that improves one (完善…制度; a …机制 so improved names none)
    alone: bool  # ends a campaign's name whatever verb, if any, stands before it (围绕…专项行动)
    min_head: int  # words of its own an unquoted name needs before it (开展法治讲师团巡讲活动: 活动 needs six)
    pushed: bool = False  # ends an unquoted name after a verb that pushes on (深化…工程, 推进…工程)

    @property
    def names_alone(self) -> bool:
        """Whether the noun names a programme after any short head, so after a figure too (“一体化”工程)."""
        return self.unquoted and self.min_head <= _MIN_UNQUOTED_HEAD


class ProgramRecognizer:
    """Adds a :class:`ProgramMention` per quotation the words around it make a programme, and unquoted names."""

    def __init__(self, nouns: Rows, verbs: Words, founding_verbs: Words, improving_verbs: Words, generic_heads: Words,
                 slogan_nouns: Words, award_verbs: Rows, action_verbs: Words, layout_parts: Words,
                 routine_institutions: Words, body_endings: Words, platform_nouns: Words,
                 domain_heads: Words, named_anywhere: Words, subsumed: Rows, generic_campaign_words: Words,
                 fields: Words, service_places: Words, national_battles: Words) -> None:
        self.nouns = {r["noun"]: ProgramNoun(r["unquoted"] == "yes", r["in_name"] == "yes", r["improved"] == "yes",
                                             r.get("alone") == "yes", int(r.get("min_head") or _MIN_UNQUOTED_HEAD),
                                             r.get("pushed") == "yes")
                      for r in rows(nouns)}
        # The nouns as tuples for str.endswith, which tells in one call whether any of them ends a phrase:
        # most phrases end in none, and then no noun needs looking at one by one.
        self.noun_endings = tuple(self.nouns)
        self.named_endings = tuple(n for n, v in self.nouns.items() if v.in_name)
        self.unquoted_endings = tuple(n for n, v in self.nouns.items() if v.unquoted)
        # 开发 before 区 is a development zone (经济开发区), not an action; 固化区政府… stays a verb
        self.verbs = re.compile(f"(?:{alternation(words(verbs))})(?!(?<=开发)区)")
        self.founding_verbs = set(words(founding_verbs))
        self.improving_verbs = set(words(improving_verbs))
        self.improved_before = re.compile(alternation(sorted(self.improving_verbs)) + _CARRIED_OUT)
        # 法治政府建设推进机制, 依法行政制度: a head made of these words only names the machinery every government has
        self.generic_head = re.compile(f"(?:{alternation(words(generic_heads))})+")
        # 开展专项整治行动, 开展法治建设专项行动: a head made of these words only names the kind of work, no campaign
        self.generic_campaign = re.compile(f"(?:{alternation(words(generic_campaign_words))})+")
        # 深入打好污染防治攻坚战, 2022年中央污染防治攻坚战: the nation's battle in the centre's words, no campaign of the writer's
        self.national_battle = re.compile(f"(?:\\d{{4}}年)?(?:中央|全国)?(?:{alternation(words(national_battles)) or '(?!)'})")
        self.slogan_nouns = words(slogan_nouns)
        self.arrangement_after = re.compile(_ARRANGEMENT_AFTER.format(slogans=alternation(self.slogan_nouns)))
        self.award_verbs = tuple(r["verb"] for r in rows(award_verbs))
        # 获评“…”, 被评为“…”: right after a verb that only ever confers an honour, a quotation is the honour's name
        # (over the 172 development golds: 13 awards, no programme)
        honour_verbs = [r["verb"] for r in rows(award_verbs) if r["needs_award_noun"] == "no"]
        self.honoured = re.compile(f"(?:{alternation(honour_verbs)}){_HONOUR_LEVEL}$")
        # “府院创新三协同,共建知识产权保护新格局”荣获…, “…”项目被评为…: a quotation that receives an honour (by a
        # verb that only confers honours: 列入 does not) is the project honoured, even when it ends like a slogan
        # (over the 200 development golds: 2 required, 1 optional, 0 left out)
        self.honoured_after = re.compile(f"(?:工作|项目|案例)?(?:{alternation(honour_verbs)})")
        # A quotation's tail ends before a word that stops it (等, 的, 将 …) and where a verb that only confers honours
        # begins, what follows being the honour (“…”模式入选…优秀案例, “…”获评…项目: fifty-second round)
        self.tail = re.compile(rf"(?:(?!{alternation(honour_verbs)})[^{_TAIL_STOP}])+")
        self.layout_parts = set(words(layout_parts))
        # 行政执法“公述民评”活动, 习近平法治思想“一学一报”制度: a field glued before the quotation is in the name
        # (but after 学习 or 贯彻 the doctrine is what is studied: 学习习近平法治思想“十一个坚持”)
        # 习近平法治思想学习宣传贯彻“八进”活动: the study of the doctrine written after it is in the name too (forty-eighth
        # round)
        self.domain_head = re.compile(f"(?<!学习)(?<!贯彻)(?:{alternation(words(domain_heads))})"
                                      f"(?:{_STUDY_OF.pattern})?$")
        self.routine_institutions = tuple(words(routine_institutions))
        # national programmes that are one wherever a report names them (紧扣民法典宣传月、宪法宣传周等节点)
        self.named_anywhere = re.compile(alternation(words(named_anywhere)))
        # 普法责任制 beside “谁执法谁普法”普法责任制: a bare national label and the fuller one it stands for in a report naming both
        self.subsumed = tuple((r["bare"], r["full"]) for r in rows(subsumed))
        # 建立“工业园区普法工作领导小组”: a name ending in a working body's word names the body, an agency
        self.body_endings = tuple(words(body_endings))
        # “为民工作室”, “钱潮工作室”, “企业码”: a quoted name of its own ending in a place or a tool where a service is
        # given is a locality's brand of that service, a programme, wherever it stands; unquoted, or after a quotation
        # (“最优解”特色调解工作室), 工作室 stays a working body's word (ninety-first round, counted in README.md)
        self.service_place = re.compile(_SERVICE_PLACE.format(places=alternation(words(service_places))))
        # where a campaign's name starts: after any verb (围绕, 开展) or a "do well" compound (抓好, 做好, 打好, 打赢)
        self.campaign_nouns = re.compile(alternation([n for n, v in self.nouns.items() if v.alone]) or r"(?!)")
        self.name_bound = re.compile(rf"(?:{alternation(words(verbs) + words(action_verbs))})|[抓做办搞打]好|打赢")
        # “西市司法”抖音平台发布普法短视频: after a programme noun of a name, any action verb starts the next predicate
        self.action = re.compile(alternation(words(action_verbs)))
        # 政务服务事项全部纳入…平台, 有力推动权责清单: an adverb and a verb make a predicate, no name under way
        self.predicate = re.compile(rf"(?:{_ADVERB.pattern}|{_PREDICATE_ADVERB})(?:{self.name_bound.pattern})")
        # a jurisdiction's platform: the shortest run of name words after the division's name that ends in a platform noun
        platform_words = [w for w in words(platform_nouns) if not w.endswith(_SITE)]
        self.platform = re.compile(rf"[{CJK}0-9A-Za-z+]{{2,{_MAX_PLATFORM_HEAD}}}?(?:{alternation(platform_words)})")
        # a jurisdiction's website (…网) is named by the jurisdiction alone, its name or its short name (北京市政务服务网,
        # 江苏政务服务网), with a branch's name after it (江西政务服务网西湖分厅), never by a network (公共文化服务网络)
        site_words = [w for w in words(platform_nouns) if w.endswith(_SITE)]
        self.site = re.compile(rf"(?:{alternation(site_words)})(?!络)(?:[{CJK}]{{2,4}}?{_SITE_BRANCH})?" if site_words
                               else r"(?!)")
        # 依托省一体化政务服务平台: a platform's name may hold a manner (一体化, 智能化), which names no way of working there
        self.platform_endings = tuple(words(platform_nouns))
        # “三农”, 依法行政, “法治建设”: a field of government work or a principle named whole is no programme
        # (seventy-third round)
        self.fields = frozenset(words(fields))
        self.housekeeping_head = re.compile(f"(?:{alternation(sorted(set(words(generic_heads)) | self.fields))})+")

    def _extension(self, text: str, end: int, spreading: bool = True) -> tuple[str, ProgramNoun | None]:
        """The longest run after a closing quote that ends in a programme noun.

        A noun that only says what the quotation is (建设, 项目) must follow it directly:
        in “一把手”自觉将法治建设 the 建设 is another phrase's. A gloss in brackets may stand between
        (“四个百分百”(案中100%调解…)工作法): the tail returned is as written, gloss included."""
        gloss = _GLOSS.match(text, end)
        start = gloss.end() if gloss else end
        # “一网通办”“全城通办”“办事不求人”清单: quotations back to back share the noun after the last one;
        # the last is named without it as the others are (`quote_score`, forty-seventh round)
        shared = _BACK_TO_BACK.match(text, start)
        if shared:
            start = shared.end()
        examples = _EXAMPLES_OF.match(text, start)
        if examples:  # “四个一批”“审管执信服”等重点改革: examples of a kind of programme, named without it
            kind = examples.group("kind")
            noun = next((n for i in range(len(kind)) for n in self.named_endings if kind.startswith(n, i)), None)
            return "", self.nouns[noun] if noun else None
        if _PLACE_AFTER.match(text, start):
            return "", None  # 推动“三项制度”在全系统落地: 在 opens where the programme takes hold, not its name
        if _COPULA_AFTER.match(text, start):
            return "", None  # “N”是相关细化配套制度, “四战”指蓝天保卫战: the words after a copula define the quotation
        run = _RUN.match(text, start)  # “双二百”改革6.0行动, “两山”生态检察APP
        run = self.tail.match(run.group()) if run else None
        if run and _PLACED.search(run.group()):
            run = self.tail.match(_PLACED.split(run.group(), 1)[0])  # …”列入…工作计划: the tail stops at the verb
        if not run:
            # “八张报表”“八项问题清单”: the last of the quotations names its kind, and so the kind of those before
            # it (over the 200 development golds: 3 required, 1 optional, 0 left out)
            last = shared.group().rsplit("“", 1)[-1].rstrip("”") if shared else ""
            noun = next((n for n in self.named_endings if last.endswith(n)), None) if self._ends_in_noun(last) else None
            return "", self.nouns[noun] if noun else None
        if spreading and not shared and _SPREADING.match(run.group()):
            return "", self.nouns[_ACTIVITY_NOUN]  # “…”主题宣传活动: the quotation names it, the tail says what kind
        found = self._tail_noun(run.group())
        if not found:  # “1+9”法治政府建设问题整改清单: a longer tail only where the short one names no noun
            longer = _LONG_RUN.match(text, start)
            if longer and len(longer.group()) > len(run.group()) and not any(ch in longer.group() for ch in _TAIL_STOP) \
                    and not _PLACED.search(longer.group()):
                found = self._tail_noun(longer.group())
        if found:
            head, noun = found
            return ("" if shared else text[end:start] + head), noun
        return "", None

    def _tail_noun(self, run: str) -> tuple[str, ProgramNoun] | None:
        """The longest head of a run after a quotation that ends in a programme noun of a name, and that noun."""
        after = _TIME_WORD.split(self._before_verb(run), 1)[0]
        for cut in range(len(after), 0, -1):
            head = after[:cut]
            if not head.endswith(self.noun_endings):
                continue
            noun = next((n for n in self.nouns if head.endswith(n) and (self.nouns[n].in_name or n == head)), None)
            if noun in _POLICY_NOUNS and (head not in _POLICY_NOUNS or _CJK_NEXT.match(after, cut)):
                continue  # “…”政策法规, “…”的配套政策: a policy names the quotation only glued to it, ending the phrase
            if noun:
                return head, self.nouns[noun]
        return None

    def _titled_campaign(self, text: str, m: re.Match) -> bool:
        """Whether a quotation inside a 《》 title names a campaign or a reform the title's document carries out
        (《…“十大提升行动”实施方案》, 《…“法治政府建设重点突破年”活动实施方案》, 《…“证照分离”改革全覆盖…方案》)."""
        content = m.group().translate(_QUOTE_MARKS)
        extension, noun = self._extension(text, m.end(), spreading=False)
        if noun and noun.in_name and extension:
            # …“双下降”行动方案: the noun starts the document's own name, a plan of action
            return extension.endswith(_TITLED_CAMPAIGN) and not text.startswith("方案", m.end() + len(extension))
        return not extension and content.endswith(_TITLED_CAMPAIGN)

    def _slogan_after(self, text: str, end: int) -> bool:
        """Whether a slogan noun follows the closing quote (“四个意识”, “钉钉子”精神) and is not the start of a longer
        noun of the name (“谁服务谁普法”责任制: 责任 is a slogan noun, 责任制 names the programme)."""
        if not text.startswith(self.slogan_nouns, end):  # one call for the whole tuple: most quotations have none
            return False
        slogan = max((s for s in self.slogan_nouns if text.startswith(s, end)), key=len)
        return not any(len(n) > len(slogan) and text.startswith(n, end) for n in self.noun_endings)

    def _slogan_modified(self, text: str, end: int) -> bool:
        """A slogan noun after a few words that qualify it, ending the clause (“…”重要工作要求, “…”抗疫目标): the
        quotation is the aim or the demand, no programme; words holding a programme noun are the name's (“…”工作机制), 等
        closes a list of programmes (“…”等要求), and a quotation glued to a noun before it is inside a longer name
        (落实法治政府建设“…”部署要求)."""
        for cut in range(1, _SLOGAN_MODIFIER + 1):
            words = text[end:end + cut]
            if not _HAN_RUN.fullmatch(words) or "等" in words or any(n in words for n in self.noun_endings):
                return False
            slogan = next((s for s in self.slogan_nouns if text.startswith(s, end + cut)), None)
            if slogan and text[end + cut + len(slogan):end + cut + len(slogan) + 1] in _CLAUSE_END:
                return True
        return False

    def _before_verb(self, run: str) -> str:
        """A run of words up to a verb that is no part of a programme noun: “线下大会+线上直播”形式开展
        专题述法活动 names no 活动, while 示范创建 and 改革试点 hold their verb. A verb right after the closing
        quote starts the next predicate too (通过“领导干部走流程”完善制度机制13项: no 机制 of that name); one further on right
        before the noun modifies it (“1211”法治政府建设推进机制: twenty-sixth round, 2 texts, 1 required found and 1 false
        gone over the 712 development reports)."""
        covered = set()
        for noun in self.nouns:
            if noun in run:  # most runs hold none of the nouns: a pattern is compiled only for those they hold
                covered.update(i for m in re.finditer(re.escape(noun), run) for i in range(m.start(), m.end()))
        verb = next((m for m in self.verbs.finditer(run) if m.start() not in covered and not (
            m.start() and run.startswith(self.noun_endings, m.end()) and not self._names_itself(run[:m.start()]))), None)
        # “西市司法”抖音平台发布普法短视频: an action verb no list of programme verbs holds, right after a programme noun
        # of a name, starts the next predicate as well (sixty-sixth round)
        acted = next((m for m in self.action.finditer(run) if m.start() and m.start() not in covered
                      and self._names_itself(run[:m.start()])), None)
        if acted and (not verb or acted.start() < verb.start()):
            verb = acted
        return run[:verb.start()] if verb else run

    def _names_itself(self, head: str) -> bool:
        """Whether the words before a verb already end in a programme noun of a name (“六个一”活动深化主题教育: the
        活动 is the quotation's, the verb starts the next predicate; thirty-sixth round)."""
        return any(head.endswith(n) and self.nouns[n].in_name for n in self.nouns)

    def _ends_in_noun(self, content: str) -> bool:
        """A quotation that names its own kind (“建立…新机制”, “…战略行动”) needs no noun after it."""
        return content.endswith(self.named_endings) and any(
            content.endswith(n) and len(content) > len(n) for n in self.named_endings)

    def _listed_names(self, found, start: int, quotation: str, text: str) -> bool:
        """“姚安县花卉种植一件事、姚安县开办民宿一件事”: a quotation listing names that each end in a programme noun
        holds one programme per item, and adds them; a list of phrases (“一窗受理、集成服务”) stays one name, and so does a
        list a programme noun follows (“谁执法谁普法、谁管理谁普法、谁服务谁普法”普法责任制)."""
        items = list(re.finditer(r"[^“”\"、]+", quotation))
        if len(items) < 2 or not all(self._ends_in_noun(item.group()) for item in items):
            return False
        # “谁执法谁普法、谁管理谁普法、谁服务谁普法”(的)普法责任制: a programme noun after the list (的 between or not)
        # makes the mottos one system's, named with its noun (fifty-third round)
        after = start + len(quotation)
        if self._extension(text, after + text.startswith("的", after))[1] is not None:
            return False
        for item in items:
            found.add(ProgramMention(start + item.start(), start + item.end(), item.group(), name=item.group(),
                                     core=item.group(), rule="quoted_list"))
        return True

    def _layout(self, content: str) -> bool:
        """“一核三带”, “三省一区”, “一府一委两院”: counted parts that are all places or bodies lay out a region or an
        organisation, a slogan. No programme verb before it makes it a programme (深化东北“三省一区”政务服务合作,
        构建“一核三带”区域发展格局); only a programme noun of a name after it does (“一办四组”工作机制), not one that
        says what the quotation is (“一区五城”建设: ninety-fifth round). Counted in ``kg/resources/README.md`` (twentieth
        round)."""
        return bool(_COUNTED_PARTS.fullmatch(content)) and all(
            part in self.layout_parts for part in _COUNTED_PART.findall(content))

    def _counts_places(self, content: str) -> bool:
        """“两区”, “三城一区”: a count of places or bodies only (one counted part is enough here), as a structure or a
        body after it manages them; “局队合一” is a way of organising work, no count of places."""
        return bool(_COUNTED_PLACES.fullmatch(content)) and all(
            part in self.layout_parts for part in _COUNTED_PART.findall(content))

    def _code_of_counted_parts(self, content: str) -> bool:
        """“两降一保”, “一周一课”: a code of counted parts, not a layout of places or bodies (“一核三带”, “一办十组”)."""
        return bool(_COUNTED_PARTS.fullmatch(content)) and not self._layout(content)

    def _verb_score(self, text: str, start: int) -> float:
        """How strongly a programme verb introduces what starts at ``start``: 1.5 when it stands right
        before it (a few words or a glued noun between), 1 anywhere earlier in the clause."""
        clause = self._clause_before(text, start)
        near = clause[-_LEFT_WINDOW:]
        # a verb before another quotation is that one's (打造“三最”城市“升级版”), as is one before a 、
        near = near[max(near.rfind(ch) for ch in "、”") + 1:]
        if self.verbs.search(near) or self._glued_head(text, start) or _MEANS.match(text, start - 1) \
                or _FORMED.match(text, start - 2):
            return 1.5
        listed = _QUOTE_CONTENT.match(text, start) if start > 0 and text[start - 1] == "、" else None
        if listed and len(listed.group(1)) >= _MIN_LISTED_QUOTE and self.verbs.search(clause):
            return 1.5  # 部署推动…立法、“法治为民办实事”、“水上非现场监管”: the clause's verb reaches each item of its list
        return 1.0 if self.verbs.search(clause) else 0.0

    @staticmethod
    def _clause_before(text: str, start: int) -> str:
        """The words of ``start``'s clause before it."""
        return text[clause_start(text, start, ",;。:\n"):start]

    def _pushed_change(self, text: str, start: int) -> bool:
        """Whether the quotation at ``start`` is one of a pair “A”向“B” (到 too) that a programme verb written right
        before “A” pushes on (推进“双公示”向“十公示”拓展): the verb's object is both."""
        first = start
        if start >= 2 and text[start - 1] in "到向" and text[start - 2] == "”":
            first = text.rfind("“", 0, start - 2)
        pair = _CHANGE_PAIR.match(text, first) if first > 0 else None
        if not pair or pair.end() <= start:
            return False
        window = text[max(0, first - _PAIR_VERB_WINDOW):first]
        return any(v.end() == len(window) for v in self.verbs.finditer(window))

    def _glued_head(self, text: str, start: int) -> str:
        """The noun glued between the clause's last programme verb and ``start`` (推行高频公证事项“跨省通办”), or ""."""
        clause = self._clause_before(text, start)
        verbs = list(self.verbs.finditer(clause))
        between = clause[verbs[-1].end():] if verbs else ""
        glued = bool(between) and bool(_GLUED_HEAD.fullmatch(between)) and not any(ch in between for ch in _NOT_IN_HEAD)
        return between if glued else ""

    @staticmethod
    def _service_brand(text: str, start: int, content: str) -> bool:
        """Whether a quotation is a service brand's name (“渝快办”, “赣服通”, “县乡联办”): three to eight words ending
        in 办 or 通, not a body's short name (以下简称“区政府办”)."""
        return bool(_SERVICE_BRAND.fullmatch(content)) and not _SHORT_NAME_BEFORE.search(text, max(0, start - 4), start)

    def quote_score(self, text: str, start: int, end: int, content: str, in_title: bool = False) -> tuple[float, str]:
        """How strongly the words around a quotation make it a programme, and its name's tail; ``in_title`` says the
        quotation stands inside a 《》 title (a campaign the titled document carries out)."""
        score = 0.0
        extension, noun = self._extension(text, end, spreading=not in_title)  # a title's campaign keeps its tail
        if extension and start and text[start - 1] == "”":
            # “县乡联办”“乡村随身办”改革试点: the noun after the last of quotations back to back is all theirs, and
            # still says they are programmes (forty-seventh round, counted in README.md)
            extension = ""
        after = text[end:end + 4]
        if (self._slogan_after(text, end) and not (noun and noun.in_name and _HAN_RUN.fullmatch(extension))
                or self._slogan_modified(text, end) and not self._glued_head(text, start)):
            return -1.0, ""  # “…”新定位; but “1211”法治政府建设推进机制 goes on into a programme's noun
        if _CLAUSES.fullmatch(content) and self.arrangement_after.match(text, end):
            return 0.0, ""  # 构建“主要领导负总责、…”的责任体系, 落实“科学决策、…”工作要求: a sharing out of work, a demand
        institution = bool(_QUALIFIED_INSTITUTION.match(text, end))
        if (after.startswith(_QUALIFIES) and not institution) or after.startswith(_THEME):
            return 0.0, ""
        if extension and text.startswith(_STRUCTURE_AFTER, end + len(extension)) and self._counts_places(content):
            return 0.0, ""  # 完善“两区”建设管理体制: the structure the tail qualifies, no programme
        if extension and not in_title and _RULES_OF.match(text, end + len(extension)):
            return 0.0, ""  # 执行“三重一大”事项集体决策制度规定: a document's title written without 《》
        if text.startswith(_PLAN, end + len(extension)) and not (
                self._verb_score(text, start) >= _THRESHOLD and _PLAN_CARRIED_OUT.search(text, max(0, start - 8), start)):
            return 0.0, ""  # 纳入“八五”普法规划: the plan, a document; 深入实施“八五”普法规划 carries out the programme
        counted = self._code_of_counted_parts(content)
        if not (noun and noun.in_name) and (self._layout(content) or self._counts_places(content)):
            # 深化东北“三省一区”合作: places laid out, whatever verb stands before; a noun that only says what the
            # quotation is (服务“两区”建设, 为“一区五城”建设) names no programme of them either (ninety-fifth round)
            return 0.0, ""
        if _PERIOD.fullmatch(content) or _FIGURE.fullmatch(content) and not (
                noun and (noun.names_alone or _COUNTED_YEARS.fullmatch(content)) or counted):
            return 0.0, ""
        if _COUNT.match(content) and text.startswith(":", end):
            return 0.0, ""  # 推进“5项改革”:…: a count that heads its list
        if _ARTICLES.fullmatch(content) and not national(content):
            return 0.0, ""  # “12条”措施, “十条举措”: a document's measures
        if _HONOUR.search(content) or self.honoured.search(text, max(0, start - 8), start) or _TITLE_AFTER.match(text, end):
            return 0.0, ""  # 成功创建“全国法治政府建设示范区”, 获评“全国农业综合行政执法示范窗口”: an honour's name
        pushed_change = self._pushed_change(text, start)
        if _STATEMENT.search(content) or _CHANGE_FROM.match(text, end) and not pushed_change:
            return 0.0, ""  # 实现从“能办”到“好办”: the state a change starts from
        service_place = not extension and bool(self.service_place.fullmatch(content))
        if (content + extension).endswith(self.body_endings) and not service_place:
            return 0.0, ""  # 建立“工业园区普法工作领导小组”, “最优解”特色调解工作室: a working body, an agency
        if _PARTY_COMMITTEE_BEFORE.search(text, max(0, start - 2), start) and not (noun and noun.in_name):
            return 0.0, ""  # 省委“1310”具体部署 is the committee's slogan; 市委“885”工作机制 its mechanism
        honoured = bool(self.honoured_after.match(text, end))
        if not (noun and noun.in_name or honoured) and content.endswith(self.slogan_nouns):
            return 0.0, ""  # 把“习近平法治思想”列入…, 增强“四个意识”: an ideology or a slogan, unless its name goes on
        if (noun or institution or self._ends_in_noun(content) or national(content) or counted
                or _SERIES_AND_MOTTO.fullmatch(content) or self._service_brand(text, start, content) or service_place):
            # …“一网通办”平台, “…新机制”; “高效办成一件事” and “两降一保” are programmes' names by themselves
            score += 2
        elif re.fullmatch(_SERIES, text[start:end]):
            return 0.0, ""
        # A quotation that opens its clause gains nothing by its place: over the 298 development reports, weighing it as
        # one after a programme verb found 1 more required programme against 4 false ones (“小切口”精准立法, “医疗报销”等…).
        score += max(self._verb_score(text, _run_start(text, start)), _THRESHOLD if pushed_change else 0.0)
        if _CODE.search(content) and "个" not in content:
            score += 1
        if honoured or after.startswith(self.award_verbs):
            score += 1.5
        tail = extension if noun and noun.in_name else ""
        return score, tail

    def __call__(self, doc: Doc) -> Doc:
        found = mentions(doc)
        text = found.text
        protected = protected_ranges(text)
        claimed = [(a.start, a.end) for a in found.of("Award")]
        # a quotation inside an event's name (“…专题培训班”, 全国首届“…”建设研讨会) or that ends with it
        # (第五届“法治文化节”系列活动) is that event's, unless a programme noun closes it first
        # (“…”专项法律服务行动启动仪式)
        events = [(e.start, e.end) for e in found.of("Event")]
        event_ends = {end for _, end in events}
        event_spans = Spans(events)
        for m in _SLOGAN_LIST.finditer(text):
            if self._extension(text, m.end())[1] is not None:
                continue  # “不罚”、“轻罚”、“免罚”清单: the noun after the list names one thing
            claimed.append((m.start(), m.end()))
            if self._verb_score(text, m.start()) >= _THRESHOLD and not text.startswith("等", m.end()):
                # 推进政务服务“极简办”、“集成办”、“跨域通办”: a programme verb names each of the list;
                # …“就近办”等方式 lists ways of working
                for q in re.finditer(r"“([^“”\n]+)”", m.group()):
                    found.add(ProgramMention(m.start() + q.start(), m.start() + q.end(), q.group(), name=q.group(1),
                                             core=q.group(1), rule="listed"))
        for m in _QUOTE.finditer(text):
            if inside(m.start(), claimed) or (inside(m.start(), protected) and not self._titled_campaign(text, m)):
                continue
            if m.start() > 0 and text[m.start() - 1:m.start()] in "《":
                continue
            content = m.group().translate(_QUOTE_MARKS)
            if _DATE.match(content) or _DATED_DAY.match(content):
                continue
            if self._listed_names(found, m.start(), m.group(), text):
                continue
            score, tail = self.quote_score(text, m.start(), m.end(), content, in_title=inside(m.start(), protected))
            if not tail and _SCARE_QUOTED.fullmatch(content):
                continue  # 全面“体检”, 进“机关”, 美丽“滨城”: a word set off, not a name; “七进”, “四免” count their parts
            if _DOCUMENT.search(content) and not tail:  # “…的报告” is a document; a “双报告”制度 is not
                continue
            in_event = event_spans.hold(m.start() + 1, m.end() - 1)
            events_own = in_event and not tail and not self._ends_in_noun(content)
            if score >= _THRESHOLD and not events_own and m.end() + len(tail) not in event_ends:
                end = m.end() + len(tail)
                # 构建高新区政务服务体系“一体化”工程, 组织纪念法治浙江建设“十五周年”系列活动: a quotation that
                # names nothing alone takes the glued noun before it into the name
                # 推行企业信用修复“一件事”, 推进商业解纷“一件事”改革: the matter glued before “一件事” names which of the
                # reform's matters it is, with or without a tail noun
                matter = content in _MATTER_NAMED
                head = (self._glued_head(text, m.start())
                        if (tail and _NAMES_NOTHING.fullmatch(content) and not _COUNTED_YEARS.fullmatch(content))
                        or matter else "")
                # 开展行政执法“公述民评”活动, 建立习近平法治思想“一学一报”制度: the field written right before it
                domain = self.domain_head.search(text[max(0, m.start() - _DOMAIN_WINDOW):m.start()])
                if domain and not head:
                    head = domain.group()
                if (not (tail or head) and _COUNT_OF_TWO.fullmatch(content) and _HAN_RUN.match(text, m.end())
                        and self._extension(text, m.end())[1] is None):
                    continue  # 同“三定”有机衔接, 推进述法工作“四级”全覆盖: a count that qualifies the words after it
                start = m.start() - len(head)
                found.add(ProgramMention(start, end, text[start:end], name=head + content + _GLOSS.sub("", tail),
                                         core=content, rule="quote"))
            elif _SERVICE_MODES.fullmatch(content) and not in_event:
                # 满足“马上办、网上办、就近办、一次办、自助办”各项要求, 普及审批服务“…”: three or more ways of handling
                # a matter (…办) listed in one quotation name one reform of services, whatever stands around them
                found.add(ProgramMention(m.start(), m.end(), m.group(), name=content, core=content, rule="quote"))
        self._unquoted(text, found, protected + claimed, event_spans)
        self._under_way(text, found, protected + claimed)
        self._versioned(text, found, protected + claimed)
        self._rolled_out(text, found, protected + claimed)
        self._campaigns(text, found, protected + claimed + events)
        self._named_anywhere(text, found, protected + claimed + events)
        self._publicity_months(text, found, protected + claimed + events)
        self._jurisdiction_platforms(text, found, protected + claimed + events)
        self._jurisdiction_sites(text, found, protected + claimed + events)
        quotes = [(m.start(), m.end()) for m in _QUOTE.finditer(text)]
        self._demonstration(text, found, protected + claimed + events + quotes)
        self._one_of_each(found)
        if any(self._no_programme(m.name) for m in found.of("Program")):
            found.keep("Program", [m for m in found.of("Program") if not self._no_programme(m.name)])
        return doc

    def _no_programme(self, name: str) -> bool:
        """Whether a programme's whole name is a doctrine, or only a field of government work or a principle
        (`program_fields.txt`: 法治方式贯穿“三农”工作全过程, 全面推行依法行政, 统筹“六稳六保”): what every
        government does, no programme; nor a name of a single word (开展“浙”里有“援”法律服务, 一件“事”50个,
        “1”是重大决策程序规定: one word quoted out of a slogan or a code names nothing; eighty-first round)."""
        bare = name.translate(_QUOTE_MARKS)
        return bool(_DOCTRINE.fullmatch(name)) or bare in self.fields or len(bare) < _MIN_NAME

    def _one_of_each(self, found) -> None:
        """全面落实普法责任制 ... 深入落实“谁执法谁普法”普法责任制: a bare national label (`program_subsumed.tsv`) is
        the fuller national programme the report names elsewhere, so it gives no second programme; written alone
        (健全普法责任制) it is one."""
        taken = found.of("Program")
        named = {national(m.name) for m in taken} | {implemented(m.name) for m in taken}
        bare = {b for b, full in self.subsumed if full in named}
        if bare:
            found.keep("Program", [m for m in taken if national(m.name) not in bare])

    def _housekeeping(self, head: str) -> bool:
        """Whether a mechanism's head is only the rule-of-law machinery and a field of work, with at most
        ``_MAX_HOUSEKEEPING_HEAD`` words besides (督促考核, 法治建设领导, 应急管理): how a body runs its own work."""
        return len(self.housekeeping_head.sub("", head)) <= _MAX_HOUSEKEEPING_HEAD

    def _generic_campaign(self, head: str) -> bool:
        """Whether an unquoted …行动's head is made only of words for the kind of work (专项整治, 法治建设, 定期联合执法)."""
        return bool(self.generic_campaign.fullmatch(head))

    @staticmethod
    def _demonstration(text: str, found, protected: list[tuple[int, int]]) -> None:
        """积极申报第二批全省法治政府建设示范创建, 全域联动开展全国法治政府建设示范市创建工作: the national
        demonstration campaign, at any level or batch, is a programme wherever the text names it; what it
        produced (…示范创建项目, …示范县创建成果) and what names it in a title, a quotation or an event is not.
        It is one campaign however often the report names it: the first name taken stands for it."""
        taken = found.of("Program")
        if any(_DEMONSTRATION.fullmatch(m.name) or national(m.name) == national("法治政府建设示范创建") for m in taken):
            return
        for m in _DEMONSTRATION.finditer(text):
            if not inside(m.start(), protected) and not inside(m.end() - 1, protected) \
                    and not any(t.start < m.end() and m.start() < t.end for t in taken):
                found.add(ProgramMention(m.start(), m.end(), m.group(), name=m.group(), core=m.group(), rule="demonstration"))
                return

    def _campaigns(self, text: str, found, protected: list[tuple[int, int]]) -> None:
        """抓好道路交通安全和运输执法领域突出问题专项整治, 围绕普法强基补短板专项行动: a 专项整治 or 专项行动
        names one campaign whatever verb stands before it (over the 118 development golds: 5 required, 2 optional,
        1 left out, inside a meeting's name), and so does a battle fought (打好农业面源污染防治攻坚战, 打赢蓝天保卫战), but
        not the nation's battle in the centre's words (打好污染防治攻坚战: `program_national_battles.txt`, ninety-sixth
        round). Its name runs
        back to the clause's start, a 、, the last verb, a 的 or the 等 that sums up a list before it (…等5大攻坚战: a count,
        no name)."""
        taken = [(m.start, m.end) for m in found.of("Program")]
        for noun in self.campaign_nouns.finditer(text):
            head = _NAME_RUN.search(text, max(0, noun.start() - _MAX_CAMPAIGN_HEAD), noun.start())
            bounds = sorted([*self.name_bound.finditer(head.group()), *_CAMPAIGN_CONTEXT.finditer(head.group()),
                             *_COPULA.finditer(head.group())], key=lambda b: b.end())
            if not bounds and head.start() > 0 and _NAME_RUN.fullmatch(text, head.start() - 1, head.start()):
                continue  # the run goes on further back than a name does: no start is known
            start = head.start() + (bounds[-1].end() if bounds else 0)
            start += text[start:noun.start()].rfind("的") + 1  # …为成员的西翥街道普法强基补短板专项行动: after its owner
            start += text[start:noun.start()].rfind("等") + 1  # 法治满意度等5大攻坚战: after the list it sums up
            if text[start] in "将把":
                start += 1  # 将…学习教育与…相结合: the object marker opens the clause, not the name (twenty-ninth round)
            if noun.start() - start < self.nouns[noun.group()].min_head:
                continue
            if noun.group().endswith(_ACTION) and self._generic_campaign(text[start:noun.start()]):
                continue  # 开展法治建设专项行动: the kind of work, no campaign of its own (sixty-fourth round)
            if self.national_battle.fullmatch(text, start, noun.end()):
                continue  # 深入打好污染防治攻坚战: the battle every writer fights, named by the centre (ninety-sixth round)
            if _BODY_AFTER.match(text, noun.end()):
                continue  # 成立…专项整治领导小组, …专项行动工作组: the working group's name, an agency's
            if inside(start, protected) or any(s < noun.end() and start < e for s, e in taken):
                continue
            found.add(ProgramMention(start, noun.end(), text[start:noun.end()], name=text[start:noun.end()],
                                     core=text[start:noun.end()], rule="campaign"))

    @staticmethod
    def _improved_study_of_law(name: str) -> bool:
        """Whether ``name`` is a system of the study of law (领导干部学法用法制度), which an improving verb before it
        only improves (forty-second round)."""
        return name.endswith(_STUDY_SYSTEM) and _STUDY_OF_LAW in name

    def _named_anywhere(self, text: str, found, protected: list[tuple[int, int]]) -> None:
        """紧扣民法典宣传月、宪法宣传周等节点, 宪法宣传周期间, 研究行政复议体制改革等事项: a national programme of
        ``resources/program_named_anywhere.txt`` is a programme wherever the text names it, in a list or before 期间,
        with no programme verb; inside a title, a quotation, an event or a longer programme name it is not. Counted
        in ``kg/resources/README.md`` (thirty-seventh round)."""
        taken = [(m.start, m.end) for m in found.of("Program")]
        for m in self.named_anywhere.finditer(text):  # one scan; the longest label where two start alike
            if inside(m.start(), protected) or inside(m.end() - 1, protected) \
                    or any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if self._improved_study_of_law(m.group()) \
                    and self.improved_before.search(text[max(0, m.start() - 8):m.start()]):
                continue  # 完善落实领导干部学法用法制度: the routine study of law, improved
            found.add(ProgramMention(m.start(), m.end(), m.group(), name=m.group(), core=m.group(),
                                     rule="named_anywhere"))
            taken.append((m.start(), m.end()))

    def _publicity_months(self, text: str, found, protected: list[tuple[int, int]]) -> None:
        """开展民法典主题宣传月等普法宣传, …宣传活动和路政宣传月、安全生产月, …为主题的信用交通宣传月活动: an unquoted
        month of publicity on one matter (`_PUBLICITY_MONTH`) is a programme wherever it is written; its name starts after
        the last verb, joiner or list mark before 宣传月. Counted in ``kg/resources/README.md`` (sixty-ninth round)."""
        taken = [(m.start, m.end) for m in found.of("Program")]
        for m in _PUBLICITY_MONTH.finditer(text):
            run = m.group()[:-3]
            cut = _MONTH_HEAD_STOP.match(run)
            head = run[cut.end():] if cut else run
            verb = None
            for v in self.name_bound.finditer(head):
                verb = v
            if verb:
                head = head[verb.end():]
            start = m.end() - 3 - len(head)
            if (len(head) < _MIN_MONTH_HEAD or head in _GENERIC_MONTH_HEADS or inside(start, protected)
                    or inside(m.end() - 1, protected) or any(s < m.end() and start < e for s, e in taken)):
                continue
            name = text[start:m.end()]
            found.add(ProgramMention(start, m.end(), name, name=name, core=name, rule="publicity_month"))
            taken.append((start, m.end()))

    def _jurisdiction_platforms(self, text: str, found, protected: list[tuple[int, int]]) -> None:
        """在陕西省权责清单统一发布平台发布, 纳入河南省一体化服务平台, 完成宣城市国家工作人员在线学法考试平台学习任务: a
        platform or system whose name opens with a province's, a city's or a county's name is that jurisdiction's one
        platform, whatever word (a preposition, a verb of use) stands before it and whatever follows it. Counted in
        ``kg/resources/README.md`` (nineteenth round)."""
        taken = [(m.start, m.end) for m in found.of("Program")]
        for start, place_end in division_spans(text):
            m = self.platform.match(text, place_end)
            if not m or any(ch in m.group() for ch in _EXTENSION_STOP) or inside(start, protected):
                continue
            if any(s < m.end() and start < e for s, e in taken):
                continue
            found.add(ProgramMention(start, m.end(), text[start:m.end()], name=text[start:m.end()],
                                     core=text[start:m.end()], rule="platform"))

    def _jurisdiction_sites(self, text: str, found, protected: list[tuple[int, int]]) -> None:
        """利用北京市政务服务网, 纳入海南政务服务网, 优化江西政务服务网西湖分厅: a website named by a province's or a city's
        name or short name alone is that jurisdiction's one site, whatever stands before it. Counted in
        ``kg/resources/README.md`` (sixty-third round)."""
        taken = [(m.start, m.end) for m in found.of("Program")]
        for m in self.site.finditer(text):
            place = next((text[m.start() - n:m.start()] for n in range(_MAX_SITE_PLACE, 1, -1)
                          if m.start() >= n and text[m.start() - n:m.start()] in jurisdiction_names()), None)
            if not place:
                continue
            start = m.start() - len(place)
            if inside(start, protected) or any(s < m.end() and start < e for s, e in taken):
                continue
            if text[start - 1:start] in ("", "\n") and text[m.end():m.end() + 1] in ("", "\n"):
                continue  # 郑州政务服务网 alone on its line: the banner of the page the report was saved from
            found.add(ProgramMention(start, m.end(), text[start:m.end()], name=text[start:m.end()],
                                     core=text[start:m.end()], rule="platform"))

    def _versioned(self, text: str, found, protected: list[tuple[int, int]]) -> None:
        """深化综合窗口2.0改革, 出台优化营商环境4.0版措施: a version number names one thing, whatever its noun."""
        for verb in self.verbs.finditer(text):
            m = _VERSIONED.match(text, verb.end())
            if not m or inside(verb.start(), protected) or any(ch in m.group("head") for ch in _NOT_IN_HEAD):
                continue
            name = _NOT_IN_NAME_AFTER.sub("", m.group())
            found.add(ProgramMention(m.start(), m.start() + len(name), name, name=name, core=name, rule="versioned"))

    def _rolled_out(self, text: str, found, protected: list[tuple[int, int]]) -> None:
        """全面推行清单之外无审批。 大力推行一体化极简审批。: what 推行 rolls out, when its whole object runs to the clause's
        end unquoted, of four to twelve words and no list, is one measure even without a programme noun. Counted in
        ``kg/resources/README.md`` (twenty-eighth round)."""
        taken = [(m.start, m.end) for m in found.of("Program")]
        for m in _ROLLED_OUT.finditer(text):
            end = clause_end(text, m.end(), m.end() + _MAX_OBJECT)
            name = text[m.end():end]
            if inside(m.start(), protected) or not _ROLLED_OUT_OBJECT.fullmatch(name) or end >= len(text) \
                    or text[end] not in _ROLLED_OUT_END or any(ch in name for ch in _ROLLED_OUT_STOP) \
                    or name.endswith(self.noun_endings) or any(s < end and m.end() < e for s, e in taken):
                continue  # a programme noun's name is the unquoted rule's, taken or refused there
            found.add(ProgramMention(m.end(), end, name, name=name, core=name, rule="rolled_out"))

    def _under_way(self, text: str, found, protected: list[tuple[int, int]]) -> None:
        """小蓝经开区全链赋权改革有序推进, 政企通平台升级: a clause that opens with a programme name."""
        for m in _UNDER_WAY.finditer(text):
            start = clause_start(text, m.start())
            name = text[start:m.start()]
            if inside(start, protected) or not name.endswith(self.named_endings) or name.endswith(_POLICY_NOUNS) or not re.fullmatch(rf"[{CJK}0-9A-Za-z+]{{3,20}}", name):
                continue
            if self.verbs.search(name) or self.predicate.search(name) or _NOT_A_SUBJECT.search(name) or len(name) < max(len(n) for n in self.named_endings if name.endswith(n)) + _MIN_UNQUOTED_HEAD:
                continue
            found.add(ProgramMention(start, m.start(), name, name=name, core=name, rule="under_way"))

    def _unquoted(self, text: str, found, protected: list[tuple[int, int]], events: Spans) -> None:
        unquoted = self.unquoted_endings
        taken: list[tuple[int, int]] = []
        introducers = sorted([*self.verbs.finditer(text), *_LEVER.finditer(text), *_ISSUED.finditer(text)],
                             key=lambda m: m.start())
        for m in introducers:
            if inside(m.start(), protected) or inside(m.start(), taken):
                continue
            issued = m.re is _ISSUED
            founding = m.re is _LEVER or issued or m.group() in self.founding_verbs
            improving = m.group() in self.improving_verbs
            pushing = m.group().endswith(_PUSHING_VERBS)
            end = clause_end(text, m.end(), m.end() + _MAX_OBJECT)
            run = _ENUMERATOR.split(text[m.end():end], 1)[0]
            if _QUANTIFIED.match(run):
                continue  # 打造了一批…普法宣传品牌: a kind of which there are many, not one name
            split = _parts(run, self.noun_endings)
            parts = self._kinds_listed(run, split)
            for i, (s, e) in enumerate(parts):
                part = run[s:e]
                listed = (s, e) not in split  # 权力清单、责任清单制度: kinds listed, their 、 inside the name
                if any(ch in _SHORT_GLOSS.sub("", part) for ch in "“《(\""):  # a quotation or a title is the quote rule's
                    continue
                if _PLACED.search(part):
                    continue  # 场景入选全省重点场景清单: a thing placed into a list, no name of one programme
                if i and self._shares_noun(run, parts[i - 1], s, e):
                    continue  # 建立督察计划共商、线索移交、督察成果共享机制: the list shares the noun; its last item names nothing
                part = _NOT_IN_NAME_AFTER.sub("", part)
                if s == 0 and part[:1] in _JOINERS and self.verbs.match(part, 1):
                    # 完善和落实…机制: two verbs joined by 和 share the object; the second verb leads it, the name
                    # follows it (thirty-second round)
                    part = part[1:]
                adverb = _ADVERB.match(part)
                lead = self.verbs.match(part, adverb.end() if adverb else 0)
                if adverb and not lead and not _WHOLE_RULE_OF_LAW.match(part):
                    continue  # …、率先出台…清单: a part led by an adverb is a predicate of its own
                # 完善落实依法决策机制: a verb right after the improving one says what is done to the mechanism
                # (over the 200 development golds: 0 required, 0 optional, 2 left out)
                improves = improving and not (s == 0 and lead and lead.start() == 0
                                              and lead.group() not in self.improving_verbs)
                if lead:
                    part = part[lead.end():]
                part = part.removeprefix("了")  # 建立了…机制: the aspect mark is the verb's
                for adverb in _INNER_ADVERB.finditer(part):
                    verb = self.verbs.match(part, adverb.end())
                    if adverb.start() and verb:  # 组建…指挥部严格落实…制度: an adverb and a verb start the next predicate
                        part = part[verb.end():]
                        break
                if founding and not part.endswith(unquoted) and part[:1] not in _JOINERS:
                    # 依托…考试平台开展线上学法, 首创屋场恳谈会制度探索…: after a verb that sets up or takes on a programme,
                    # an action verb right after a noun of a named system, mechanism or platform starts the next
                    # predicate, as in a quotation's tail (`_before_verb`); the name ends at the noun (sixty-sixth round)
                    # (a verb that is a programme noun too goes on the name: 平台应用培训, as in `_before_verb`)
                    acted = next((a for a in self.action.finditer(part) if a.start() and a.group() not in self.nouns
                                  and part[:a.start()].endswith(_NEXT_PREDICATE_AFTER)), None)
                    if acted:
                        part = part[:acted.start()]
                if self._improved_study_of_law(part) \
                        and (improving or self.improved_before.search(text[max(0, m.start() - 4):m.end()])):
                    continue  # 完善(落实)领导干部学法用法制度: the routine study of law, improved
                if issued and not part.endswith(_ISSUED_NOUNS):
                    continue  # 出台…清单, 出台…改革方案: only a system or a mechanism is set up by issuing it
                if national(part) and _INSTITUTION.search(part):
                    # 全面推行证明事项告知承诺制, 全面推行行政执法三项制度: a national institution's or reform's whole
                    # wording after a programme verb is that programme, its count included
                    self._add_unquoted(found, taken, m, run, s, e, part, events)
                    continue
                # 市司法局部署的…试点, 市场、要素等4个…工程: the name follows the last 的 and any count
                into = _INTO_ACTIVITY.fullmatch(part)
                whole, part = part, into.group("name") if into else _AFTER_OWNER_OR_COUNT.split(part)[-1]
                if not into and whole[:len(whole) - len(part)].endswith("的") and part.endswith(_DESCRIBED_NOUNS):
                    continue  # 建立以信用为基础的新型监管机制: a kind described, no name (sixtieth round)
                noun = _longest_ending(part, unquoted)
                if noun in _MEANS_NOUNS and (lead or m).group() in _MEANS_VERBS:
                    continue  # 依托网上考试系统: the means the work runs on, no programme
                min_head = _MIN_INTO_HEAD if into else self.nouns[noun].min_head if noun else 0
                if not noun or len(part) < len(noun) + min_head \
                        or not re.fullmatch(rf"[{CJK}0-9A-Za-z+{'、' if listed else ''}]+", _SHORT_GLOSS.sub("", part)):
                    continue
                if part[:-len(noun)].endswith(tuple(_JOINERS)):
                    continue  # 开展全面督察和专项督察: a bare kind after 和 names nothing, nor does the whole
                if noun == _EVALUATION and not (lead or m).group().endswith(_EVALUATION_RUN):
                    continue  # 完成…效能考评任务, 纳入…绩效考评: only a body that runs the evaluation names it
                if i and run[s - 1] == "、" and "等" in part[:-len(noun)]:
                    # 实施A行动、B行动、C暖心行动等…专项行动: the list's last item before 等 names itself when it
                    # ends in a programme noun of its own; the kind after 等 is the list's (thirtieth round)
                    head = part[:part.index("等")]
                    last = _longest_ending(head, unquoted)
                    if last and len(head) >= len(last) + self.nouns[last].min_head:
                        part, noun = head, last
                if "等" in part[:-len(noun)] or _PLURAL.search(part) or _FIELD.search(part):
                    # A和B等主题活动, 日常学法和年度考法等学法用法制度, 依法治镇各项制度机制, …体制机制: examples of a
                    # kind, or all of them (over the 413 development texts 7 unquoted …等…制度/机制, none annotated)
                    continue
                if noun.endswith(("制度", "机制")) and _JOINED_OBJECTS.search(part[:-len(noun)]):
                    continue  # 落实县政府常务会及宪法宣誓制度: two objects joined, no one system
                if _RULE_OF_LAW_REPORT.fullmatch(part):
                    self._add_unquoted(found, taken, m, run, s, e, part, events)
                    continue
                before_meeting = part.endswith(_BEFORE_MEETING)
                if part.endswith(self.routine_institutions) and not before_meeting:
                    continue  # 落实党委理论学习中心组学法制度: what every government body keeps by rule
                if noun.endswith(_ACTIVITY_NOUN) and _STUDY_OF.match(part):
                    continue  # 开展学习宣传贯彻习近平法治思想系列活动: the routine study of a doctrine
                if _WAY_OF_WORKING.fullmatch(self.generic_head.sub("", part[:-len(noun)])) \
                        and not part.endswith(self.platform_endings):
                    continue  # 建立常态化(沟通)机制, 构建联动化工作推进机制: a manner of working names no mechanism
                if noun.endswith(_ACTION) and self._generic_campaign(part[:-len(noun)]):
                    continue  # 开展专项整治行动, 开展法治建设专项行动: the kind of work, no campaign of its own
                if (improves or m.group() == _SOUNDING) and noun.endswith(_MECHANISM):
                    continue  # 完善…工作机制: the mechanism an improving verb works on is one already running
                if founding and noun.endswith(_MECHANISM) and self._housekeeping(part[:-len(noun)]):
                    continue  # 建立了督促考核机制, 建立完善法治建设领导机制: a body's own housekeeping, no mechanism
                specific = improves or before_meeting or len(self.generic_head.sub("", part[:-len(noun)])) >= _MIN_SPECIFIC_HEAD
                named = founding or (self.nouns[noun].improved and specific
                                     and not self._generic_or_inner(part, noun, m.group())) \
                    or (pushing and self.nouns[noun].pushed and part == whole and not any(ch in part for ch in _JOINERS))
                if not named and not (national(part) or implemented(part)):
                    continue  # 深化法治政府建设示范创建活动: after any programme verb, a national campaign's name is one
                self._add_unquoted(found, taken, m, run, s, e, part, events)

    def _kinds_listed(self, run: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The parts with a list of kinds of one programme noun joined to the institution after its last item
        (推行权力清单、责任清单、负面清单制度, 推行乡镇权力清单和责任清单制度): the items end in the noun the last one
        ends in before its 制度 or 机制, so the institution is the whole list's, as the golds name it (forty-eighth
        round); the last kind alone names none of them."""
        merged = list(parts)
        for i in range(len(merged) - 1, 0, -1):
            (s0, e0), (s1, e1) = merged[i - 1], merged[i]
            kind = _KIND_INSTITUTION.search(run, s1, e1)
            if kind and run[s0:e0].endswith(kind.group("noun")) and run[e0:s1] in _KIND_JOINERS \
                    and e0 - s0 > len(kind.group("noun")):
                merged[i - 1:i + 1] = [(s0, e1)]
        return merged

    def _shares_noun(self, run: str, previous: tuple[int, int], start: int, end: int) -> bool:
        """Whether the part ``run[start:end]`` ends a 、 list whose item before it is a phrase with no programme noun
        (督察计划共商、线索移交、督察成果共享机制; 主体明确、权责统一、廉洁高效的依法治镇新机制): the noun is the whole
        list's, so the last item alone is no name. A quotation before the 、 names itself (推行“一网通办”、…制度), and
        items counted before the name (政务、市场等4个环境提升工程) are its fields, the name follows the count."""
        item = run[previous[0]:previous[1]]
        return (run[start - 1] == "、" and not item.endswith(self.noun_endings)
                and not any(ch in item for ch in "“”\"《》") and not _COUNTED_KIND.search(run, start, end))

    @staticmethod
    def _add_unquoted(found, taken: list[tuple[int, int]], verb: re.Match, run: str, s: int, e: int, name: str,
                      events: Spans) -> None:
        """Adds the unquoted ``name`` found in the part ``run[s:e]`` of ``verb``'s object, unless the event step
        named it (参加行政案件旁听庭审活动: an activity held on a day is an event)."""
        start = verb.end() + s + run[s:e].index(name)
        if events.hold(start, start + len(name)):
            return
        taken.append((verb.start(), start + len(name)))
        found.add(ProgramMention(start, start + len(name), name, name=name, core=name, rule="unquoted"))


    def _generic_or_inner(self, part: str, noun: str, verb: str = "") -> bool:
        """Whether a verb's object names no one system or mechanism: its head is the rule-of-law machinery and at
        most two words besides (完善依法行政制度, 落实法治政府建设推进机制), or a verb that starts something stands
        inside it and the name is that verb's (落实个人信用信息构建分类管理机制); after 建立健全, five words besides
        are still a kind (建立健全机关规章制度)."""
        inner = any(v.group() in self.founding_verbs for v in self.verbs.finditer(part) if v.start() > 0)
        least = _MIN_SET_UP_HEAD if verb == _SETTING_UP else _MIN_IMPROVED_HEAD
        return inner or len(self.generic_head.sub("", part[:-len(noun)])) < least


@cache
def jurisdiction_names() -> frozenset[str]:
    """The names and short names of the provinces and the cities (江苏省 and 江苏, 郑州市 and 郑州): what names a website of
    theirs alone (`ProgramRecognizer._jurisdiction_sites`)."""
    return frozenset(n for d in gazetteer().by_code.values() if d.level in ("province", "city")
                     for n in (d.name, d.alias) if len(n) > 1)


def _longest_ending(phrase: str, nouns: tuple[str, ...]) -> str | None:
    """The longest of ``nouns`` that ends ``phrase``: …主题活动 is read as 主题活动, not 活动."""
    return max((n for n in nouns if phrase.endswith(n)), key=len) if phrase.endswith(nouns) else None


def _parts(run: str, nouns: tuple[str, ...]) -> list[tuple[int, int]]:
    """The phrases of a verb's object: split at 、 and 并, and at 和 / 与 / 及 only after a programme noun
    (道路交通安全和运输执法领域…专项整治 and 非法营运及网约车违法行为专项整治 are one name each, …机制和…制度 and
    …机制及…制度 two), any noun of a programme's name, also one that ends no unquoted name (法治政府建设示范创建和
    依法行政示范单位创建活动 are two). Twenty-sixth round, over the 712 development texts, all in the 680 before the newest
    batch: 及 as 和, 2 required found, 2 false gone, 1 false added and 1 optional lost (…日调度及挂销账机制); any noun,
    2 required found and 2 false gone."""
    parts = []
    for s, e in split_top_level(run, "、并"):
        start = s
        for j in range(s, e):
            # a noun alone before 与 is the head of the one name (法治督察与纪检监察监督协作配合机制: sixty-third round)
            if run[j] in _JOINERS and run.endswith(nouns, start, j) and run[start:j] not in nouns \
                    and not (run[j] in _ONE_HEAD_JOINER and run.endswith(_ONE_HEAD_BEFORE, start, j)):
                parts.append((start, j))
                start = j + 1
        parts.append((start, e))
    return parts


@Language.factory("fazhi_programs", default_config={
    "nouns": "program_nouns.tsv", "verbs": "program_verbs.txt", "founding_verbs": "program_founding_verbs.txt",
    "improving_verbs": "program_improving_verbs.txt", "generic_heads": "program_generic_heads.txt",
    "slogan_nouns": "slogan_nouns.txt", "award_verbs": "award_verbs.tsv", "action_verbs": "action_verbs.txt",
    "layout_parts": "program_layout_parts.txt", "routine_institutions": "program_routine_institutions.txt",
    "body_endings": "program_body_endings.txt", "platform_nouns": "program_platform_nouns.txt",
    "domain_heads": "program_domain_heads.txt", "named_anywhere": "program_named_anywhere.txt",
    "subsumed": "program_subsumed.tsv", "generic_campaign_words": "program_generic_campaign_words.txt",
    "fields": "program_fields.txt", "service_places": "program_service_places.txt",
    "national_battles": "program_national_battles.txt"},
    requires=["doc._.mentions"], assigns=["doc._.mentions"])
def make_program_recognizer(nlp: Language, name: str, nouns: Rows, verbs: Words, founding_verbs: Words,
                            improving_verbs: Words, generic_heads: Words, slogan_nouns: Words,
                            award_verbs: Rows, action_verbs: Words, layout_parts: Words,
                            routine_institutions: Words, body_endings: Words, platform_nouns: Words,
                            domain_heads: Words, named_anywhere: Words, subsumed: Rows,
                            generic_campaign_words: Words, fields: Words, service_places: Words,
                            national_battles: Words) -> ProgramRecognizer:
    """A quotation right after an award verb's object is an award, and one that opens an event's name is
    the event's, not a programme: awards and events run first."""
    return ProgramRecognizer(nouns, verbs, founding_verbs, improving_verbs, generic_heads, slogan_nouns, award_verbs,
                             action_verbs, layout_parts, routine_institutions, body_endings, platform_nouns,
                             domain_heads, named_anywhere, subsumed, generic_campaign_words, fields, service_places,
                             national_battles)
