"""Awards: what follows 荣获 / 获评 / 入选 / 被评为 … to the end of the clause.

The awarding level (全国, 全省, 全市 …) is kept so that the same honour given at
the same level is one node across reports. Two more shapes: the awarding bodies
inside the passive (被省司法厅、省普法办确定为…), and a ranking in a named
assessment (在全省…考评中排名第一, 考核位列全市第二), named as the assessment
and the rank (全省…考评第一). 获得感 is no 获得, and what a body applies for
(申报…示范市) it has not received. Honours listed after one verb are one each
(荣获A、B和C; 被评为A、被省委表彰为B: a listed honour's own verb is not its name); a level before
quoted honours written back to back is each one's (全省“十大法治人物”“十大法治事件”), and one or two
characters listed after an honour share the words before them (…示范市、县). A count after an honour
(创成…示范点11个) and a count compared (最佳应用数均居全省第二) name none; neither does the praise of a
result (团体第一名的优异成绩). 获 names a ranking only before a numbered place (考核获全省第3名), what is
entered into a plan (列入…培训计划) is not honoured, and an honour written once with its batch or year and
once without (“第二批全省…示范县”, 全省…示范县) is one honour named in full. A remark in brackets on how rare
an honour is ((全省唯一), (全省仅14个)) is not its name, 并 ends an honour, whatever verb follows it (获评A并蝉联B, …典型并受到…会见),
and 获 names a grade only right after the assessment it was won in (…检查考核获“优秀”等级). A selection
published under a title is named by the title, not its publisher (入选…依法治区办《…优秀案例》). Kinds counted
before an honour (入选A、B等10个“全国百强县(市)”) are not honours, the honour after the count is; an honour listed on
after a comma with no verb of its own (入选…试点县,…试点县(市);) is the verb's before it; 做出…贡献 after an honour is a
predicate, and so is 贡献 (…示范创建城市贡献了…力量; not 贡献奖); an honour whose results are kept (巩固“…示范市”创建成果) is
named, received by whoever keeps them; an adverb alone between 被 and its verb (被正式命名为) makes a passive; and an
列入 after 将 / 把 in its clause (将…列入…学习内容) puts a work into a plan or a list: nobody is honoured. A remark on
how rare an honour is written before its quotation (全省唯一“…示范县”) is not its name, one with no quotation after it (为本次
入选地区唯一地级市) names none, and neither does a level or a batch alone (被命名为全国第一批、…). Quoted honours
joined by 和 / 及 / 与 after one verb (获评“A”和“B”称号) are one each, what is written before the first quotation no
part of them, unless the quotations qualify what follows (入选“A”和“B”的单位).
"""
from __future__ import annotations

import re
from dataclasses import replace
from itertools import chain

from spacy.language import Language
from spacy.tokens import Doc

from kg.names import award_level
from kg.recognise.mentions import AwardMention, mentions
from kg.recognise.numerals import chinese_numeral
from kg.recognise.text import CJK, clause_end, clause_start, enclosed, inside, protected_ranges, split_top_level
from kg.resources import Rows, Words, alternation, rows, words

_TRAILING = re.compile(r"(?:等)?(?:荣誉)?(?:称号|荣誉|奖项|殊荣|表彰|名单|命名|行列)$|等$|的(?:优异|好|优秀)?成绩$")
# 创成省级示范点11个: how many were won is not the honour's name (第二批 is)
_COUNT_AFTER = re.compile(r"(?<!第)[0-9一二三四五六七八九十百千两]+余?(?:个|项|家|处|名|批|次|人)$")
# 获评首批“全国禁毒示范城市”(全省唯一), 授予…“三无”县(市、区)(全省仅14个): a remark in brackets after an honour
# on how rare it is names no part of it; a bracket inside the name (示范乡镇(街道), (市、区)) holds no such word
_REMARK = re.compile(r"\([^()]*(?:唯一|仅|首个|首家|[0-9一二三四五六七八九十百]+(?:个|家|名|席))[^()]*\)$")
# 被命名为…全省唯一“全国法治政府建设示范县”, 为本次入选地区唯一地级市: a remark on how rare an honour is, written
# before it, is not its name either; the honour is the quotation after it, and with none the clause remarks on a rank
# among receivers (唯一 right after an award verb over the 385 development texts: 2, one each way, neither part of a
# gold name)
_RARITY = re.compile(r"唯一的?")
# 被命名为全国第一批、…, 被评为第一批全省: a level or a batch alone is no honour's name (over the 385 development
# texts 2 items after an award verb, both false; the honour, if any, is written after them)
_LEVEL_OR_BATCH = re.compile(r"(?:全国|全省|全市|全区|全县|省级|市级|区级|县级|国家级|第[0-9一二三四五六七八九十]+批|首批)+")
# 创成…示范市11月份: the month that follows (a report that lost its comma) is not the honour's name
_MONTH_AFTER = re.compile(r"[0-9一二三四五六七八九十]+月份?$")
# 命名为“全区法治政府建设示范地区”伊金霍洛旗…: an honour quoted first ends at its closing quote when
# what follows names no honour (a place, a receiver)
_QUOTED_FIRST = re.compile(r"“([^“”]+)”")
# 示范地区和示范项目, 先进集体和先进个人: a listed honour that opens with the head word of the one before
# shares the words before that head (全国法治政府建设示范项目)
_SHARED_HEAD = re.compile(r"示范|先进|优秀")
# 入选…最佳应用数均居全省第二: a number of honours compared, not an honour
_COUNTED = re.compile(r"(?:数|数量)$")
# 全省“十大法治人物”“十大法治事件”: a level before quoted honours written back to back is each one's
_SHARED_LEVEL = re.compile(r"(?:全国|全省|全市|全区|全县|省级|市级|区级|县级|国家级)")
# 创成全省…示范市、县: one or two characters listed after an honour replace its last ones
_SHORT_ITEM = re.compile(r"[市县区镇村]|个人|集体|单位")
_HONOUR_TAILS = ("市", "县", "区", "镇", "村", "个人", "集体", "单位")
_MIN_AWARD, _MAX_AWARD = 4, 60
# 荣获中国环境报社“2025年度宣传工作先进单位”称号: a newspaper, a publisher or an association that grants a quoted honour
# is no agency the recogniser knows, and no more the honour's name than 市政府办公厅 is (forty-sixth round); nor is
# a clause naming who granted it, closed by its verb and 的 (荣获交通运输部等4部委表彰的“最美海上搜救人”称号:
# fifty-eighth round: 1 required found, 1 false gone over the 1,296 development reports, 0 | 1)
_GRANTOR = re.compile(r"^(?:[^“”、,]{2,16}?(?:报社|杂志社|出版社|协会|学会|研究会|基金会|联合会|促进会)"
                      r"|[^“”、,。;]{2,24}?(?:表彰|授予|命名|评选|评定|认定|颁发)的)(?=“[^“”]+”$)")
# 蝉联“长安杯”: an honour quoted whole may be one character shorter (the only such quotation after an award
# verb in the 172 development reports is a required award)
_QUOTED_WHOLE = re.compile(r"“[^“”]+”")
# 荣获A、B和C: a 和 / 及 after the end of an honour starts the next one; so does 与 (入选…典型案例与…典型经验:
# seventy-third round, 2 required awards found and 1 false gone over the 1,586 development reports, 0 | 1, nothing lost)
_HONOUR_ENDS = ("称号", "荣誉", "单位", "集体", "个人", "先进县", "先进区", "示范区", "示范市", "示范县", "示范点", "示范村", "地区",
                "基地", "案例", "项目", "试点", "标兵", "奖")
# 获评“2020法治政府建设优秀城市”和“2020社会治理创新典范城市”称号, 荣获…“A优秀单位”和“B优秀单位”两项荣誉: quoted honours
# joined by 和 / 及 / 与 after one verb are one each (ninety-first round)
_QUOTE_JOINS = ("和", "及", "与")
_JOINED_COUNT = re.compile(r"^[0-9一二三四五六七八九十两]+[项个]")
_TITLE_JOIN = re.compile(rf"(?:{'|'.join(_HONOUR_ENDS)})(?P<join>[和及与])")
# 获得感: a noun, neither 获得 nor 获; 获奖单位 and 唯一入选的县: who won, not what; nor is 获评的 / 获得的 (获评的示范地区和
# 项目总数: the honours won, counted; twenty-seventh round: 1 false award gone over the 776 development reports, 0 | 1)
_NOT_A_VERB = "得?感|奖|的|评为?的|得的"
# 把获得示范命名作为…起点: the honour's name ends at its 命名 or 称号, whatever the clause goes on to say
_TITLE_WORD = re.compile(r"(?:命名|称号)(?=.)")
# 获得“清风某某政务窗口”称号: the 称号 the name was cut at is its award noun (twenty-sixth round: 1 required award found
# over the 712 development texts, in the 680)
_TITLED = re.compile(r"”?(?:荣誉)?称号")
# 获此荣誉的单位, 该称号: an honour referred back is the one already named
_REFERS_BACK = re.compile(r"^(?:此|该|这一?|上述)")
# 列入局党组会“第一议题”: the first item of an agenda, not a rank
_AGENDA = re.compile(r"第一议题")
# 列入示范区处级干部、中青年干部培训计划: what is put into a plan or a course is not honoured
# 第二批, 2023年度: what sets one round of an honour apart
_BATCH_OR_YEAR = re.compile(r"第[0-9一二三四五六七八九十]+批|(?:19|20)[0-9]{2}年度?")
_PLAN = re.compile(r"(?:计划|规划|课程|议程)$")
# 为创成…示范市奠定了坚实基础: a predicate after the honour is not part of its name
# …and 为…创建…示范市做出积极贡献: what the honour's winning contributed to (1 / 0 / 0 in the 226 development golds)
# …示范市现将有关情况报告如下: the report's opening formula, run on where the text dropped its 。(1 / 0 / 0 over the 680)
# …改革试点经验在全区复制推广, “获得用水”服务走在全国前列: where a work is spread or stands (在全区, 在全国) is said of
# it after its name; no honour's name written after its verb holds 在全… (eighty-seventh round: over the 1,787
# development golds none, 1 required found and 2 false gone)
_PREDICATE = re.compile(r"奠定|打下|提供了|受到|得到|[做作]出|贡献(?!奖)|现将|在全[国省市区县州]")
# 入选综合实力、工业、…等10个“全国百强县(市)”: kinds counted before an honour are its kinds, the honour is
# what follows the count when it names one (1 / 0 / 0 in the 226 development golds, none of the kinds listed)
# (a 、 list before 等: …“示范地区”伊金霍洛旗等4个项目命名为… counts receivers)
_KINDS_COUNTED = re.compile(r"、[^,。;:\n]*?等[0-9一二三四五六七八九十百]+[个项类]")
# 入选A试点县,B试点县(市);: an honour listed after a comma with no verb of its own is the verb's before it; a
# clause that says anything of its own holds a verb or a copula (…,为全市唯一入选案例; …,并有…获奖).
# 2 / 0 / 0 in the 226 development golds; 5 clauses after an award that end like an honour hold a verb
# …and a verb that cultivates, builds or pushes on (…获评全国…示范项目,培育一批…“最佳实践”项目): thirty-first round, 1 false
# award gone over the 867 development texts (0 | 1), nothing lost
_OWN_VERB = re.compile(r"获|评|选|被|授|命名|表彰|为|是|有|成|并|其中|培育|打造|推进|推动|加强|建立|完善|开展|深化|创建")
_CONTINUED = re.compile(rf"(?:{'|'.join(_HONOUR_ENDS)}|试点[县市区]|百强)(?:\([^()]*\))?$")
# 持续巩固深化“全国法治政府建设示范市”创建成果, “全省…示范县”成果持续巩固: an honour already held whose results
# are kept (1 / 2 / 0 in the 226 development golds; 巩固示范市建设成果, a work, ends in no honour)
_KEPT = re.compile(r"巩固(?:深化|提升|拓展|扩大)?(?P<held>[^,。;、“”]{4,40}?|“[^“”]{4,40}”)(?:创建|创成)?成果"
                   r"|(?P<quoted>“[^“”]{4,40}”)(?:创建|创成)?成果(?:持续)?巩固")
# 获评“…示范县”并蝉联“长安杯”, 被…表彰为…先进典型并受到…会见: 并 joins a second predicate, whatever its verb, and
# ends the honour (no gold honour of the 298 development reports holds 并; 并列第一 is a tie, not a second predicate,
# and a 并 inside a quotation is the quoted name's own: a ” follows before any “)
_NEXT_PREDICATE = re.compile("并(?!列)(?![^“”]*”)")
# 申报创建…示范市: applied for, not received; 力争获评…, 争取入选…: a target of next year's plan, which whole reports
# close with (no development opening has one before an award verb; a gold never counts a target as received)
_APPLIED = re.compile(r"(?:申报|争创|申请|力争|争取|力求)[^的]*$")
# 将习近平法治思想列入…集体学习, 把法治政府建设列入…重点工作: 列入 after 将 / 把 in its clause puts a work into a plan
# or a list; nobody is honoured (0 / 0 / 32 over the 298 development texts). Other award verbs keep a receiver after
# 将 (省政府将我县命名为…示范县: the honour is 我县's)
_DISPOSAL = re.compile(r"(?<![即必])[将把](?![关来乐])")  # not 把关, 将来, 将乐县
_PLACING = "列入"
# 列入…年度目标责任考核项目, 列入领导干部年终述职及…考核, 入选全省重点场景清单: a work placed in an assessment, a review or
# a list is assessed or listed there, not honoured (ninety-seventh round: over the 1,915 development golds no honour ends
# so after these verbs; 3 false gone, nothing lost). Grades won in an assessment (…考评优秀等次) are the rankings' own.
_PLACED_IN = re.compile(r"(?:考核|考评|述职|清单)(?:项目|内容|指标|体系)?$")
_PLACING_VERBS = ("列入", "被列入", "入选", "成功入选")
_PASSIVE_AGENT = 30  # characters of awarding bodies between 被 and the verb
_RECEIVER = 12  # characters of a receiver written before 被 in a listed honour
_ASSESSMENT_WINDOW = 60  # characters before a rank where its assessment is named
# 被省司法厅、省普法办联合确定为; with no body before it, 被正式命名为 (1 / 0 / 0 in the 248 development golds)
_JOINTLY = re.compile(r"(?:联合|共同|正式)?$")
# the rank after its verb; {gap} holds no other rank verb (获得优秀等次且位列第一: 位列 leads 第一, not 获得)
_RANK = r"(?:[全本][省市区县州国旗]|[省市区县州]级|全国|同类|各)?{gap}{{0,8}}?(?:第[0-9一二三四五六七八九十百]+(?:名|位)?|首位|榜首|{grade})"
_NUMBERED_RANK = r"(?:[全本][省市区县州国旗]|[省市区县州]级|全国)?第[0-9一二三四五六七八九十百]+[名位]"
# what a rank or a grade alone says (全市优秀, 第一名的好成绩): no honour without the assessment it was won in
_BARE_RANK = r"(?:[全本]?[省市区县国])?(?:第[0-9一二三四五六七八九十百]+[名位]|(?:第[0-9一二三四五六七八九十百]+|{grade})$)"
# 考核连续三年位列全市第一: how long the rank has been held stands between the assessment and its verb
_STREAK = "(?:连续[0-9一二三四五六七八九十两]+年)?"
# the verbs of a result that lead a place or a grade won in an assessment framed by 在…中
_FRAMED_VERBS = "荣获|获得|获评|蝉联|夺得|取得|获"
_BARE_MARK = re.compile(r"“?优秀”?")
# 评估第九, 考核全省第七, 综合评价全国第11位: a place below the third in an assessment is a figure the report gives, no
# honour (eighty-seventh round: over the 1,787 development golds 6 such rankings are left out, 1 required)
_PLACE = re.compile(r"第(?P<n>[0-9]+|[一二三四五六七八九十百]+)[名位]?$")
_TOP_PLACES = 3
# 成功创建全省优化营商环境改革先行区, 创成国家农产品质量安全市: what a place is created as, opened by a level and
# closed by a kind of place, is an honour with no award noun in it (fifty-third round)
_CREATING = ("创成", "成功创建", "创建为")
_CREATED_PLACE = re.compile(r"(?:国家|全国|全省|省级)[^“”《》]{2,20}(?:市|县|区)")

# 组织的, 开展的: the organiser of an assessment is not part of its name
_ORGANISER = re.compile(r"^.*(?:组织|开展|举办|实施)的")
# the tail of a quotation opened before the assessment's name (“…党的二十届三中全会精神”2024…大赛): not part of it
_QUOTE_TAIL = re.compile(r"^[^“]*”")


# 入选滨海新区依法治区办《2025年法治政府建设优秀案例》: a selection published under a title is named by the title;
# who publishes it is not part of its name
_PUBLISHED_IN = re.compile(r"^[^《》“”]+《(?P<title>[^《》]+)》$")
# 入选…《市县法治建设案例选编》: a compilation (选编, 汇编) is a book the work is printed in, no honour (twenty-ninth round)
_COMPILATION = re.compile(r"(?:选编|汇编)$")

# 荣获首批40个“全国…示范市”: how many a batch holds, written between the batch and the honour, is not its name (thirtieth round)
_COUNT_IN_BATCH = re.compile(r"(首批|第[0-9一二三四五六七八九十]+批)[0-9一二三四五六七八九十百]+余?(?:个|家|项)")


def _clean(name: str, nouns: tuple[str, ...]) -> str:
    name = name.strip(" 、")
    published = _PUBLISHED_IN.match(name)
    if published:
        name = published.group("title")
        if _COMPILATION.search(name):
            return ""
    name = _COUNT_IN_BATCH.sub(r"\1", name)
    if name.endswith("”") and "“" not in name:  # 创成全省…示范县”: a quote the report never opened
        name = name[:-1]
    name = _REMARK.sub("", name)
    rare = _RARITY.search(name)
    if rare and name.count("“", 0, rare.start()) == name.count("”", 0, rare.start()):
        name = name[rare.end():] if name.startswith("“", rare.end()) else ""
    end = _TITLE_WORD.search(name) or _PREDICATE.search(name)
    name = name[:end.start()] if end else name
    quoted = _QUOTED_FIRST.match(name)
    if quoted and any(n in quoted.group(1) for n in nouns) and not any(n in name[quoted.end():] for n in nouns):
        name = name[:quoted.end()]
    name = _MONTH_AFTER.sub("", _COUNT_AFTER.sub("", name))
    name = _TRAILING.sub("", name).strip(" 、")
    name = _GRANTOR.sub("", name)
    if list(enclosed(name, "“")) == [(1, len(name) - 1)]:  # one quotation, which may hold another
        name = name[1:-1]
    return name


class AwardRecognizer:
    """Adds an :class:`AwardMention` per honour after an award verb (some verbs need an award noun in
    it), after a passive with its awarding bodies, and per ranking in a named assessment."""

    def __init__(self, verbs: Rows, nouns: Words, rankings: Rows) -> None:
        self.needs_noun = {row["verb"]: row["needs_award_noun"] == "yes" for row in rows(verbs)}
        self.verbs = re.compile(f"(?:{alternation(tuple(self.needs_noun))})(?!{_NOT_A_VERB})")
        self.nouns = words(nouns)
        passive = {v[1:]: v for v in self.needs_noun if v.startswith("被")}  # 确定为 -> 被确定为
        self.passive = re.compile(rf"被([^,。;:\n被]{{2,{_PASSIVE_AGENT}}}?)({alternation(tuple(passive))})")
        self.passive_verbs = passive
        by_role = {role: tuple(r["word"] for r in rows(rankings) if r["role"] == role)
                   for role in ("verb", "numbered_verb", "assessment", "grade", "prize")}
        assessment, rank_verb, grade = (alternation(by_role[role]) for role in ("assessment", "verb", "grade"))
        rank = _RANK.format(gap=rf"(?:(?!{rank_verb})[^,。;:\n])", grade=grade)
        self.bare_rank = re.compile(_BARE_RANK.format(grade=grade))
        self.rank = re.compile(rf"(?P<verb>{rank_verb})(?P<rank>{rank})")
        # 考核获全省第3名: a verb of any result names a ranking only before a numbered place
        numbered_verb = alternation(by_role["numbered_verb"])
        self.numbered_rank = re.compile(rf"(?P<verb>{numbered_verb})(?P<rank>{_NUMBERED_RANK})")
        # …检查考核获“优秀”等级: before a grade only right after the assessment it names (在…考核中获“优秀”等次 is
        # optional in the one development gold that holds it, …考核获“优秀”等级 required in the other)
        self.graded = re.compile(rf"(?P<verb>{numbered_verb})(?P<rank>{grade})")
        # 在…竞赛活动中荣获一等奖, …大赛获三等奖: a contest's prize after a verb of any result, its contest named in
        # 在…中 or right before it (fifty-sixth round)
        self.prized = re.compile(rf"(?P<verb>{numbered_verb}|{rank_verb})(?P<rank>{alternation(by_role['prize'])})")
        # 在2019年度法治广东建设考评中蝉联全省第一, 在…考核中获优秀等次, 在…应用展评中荣获全市第一: an assessment framed by
        # 在…中 names what a place or a grade right after it was won in, whatever verb of a result leads it (seventieth round)
        self.framed = re.compile(rf"在(?P<held>[^,。;:\n在]{{2,40}}?)中,?{_STREAK}(?P<verb>{_FRAMED_VERBS})"
                                 rf"(?P<rank>(?:[全本][省市区县州国旗]|全国)?(?:第[0-9一二三四五六七八九十百]+[名位]?|首位|榜首)"
                                 rf"|{grade})")
        # 被评为A、被省委表彰为B、入选C: a listed honour that opens with its own verb, also after the one who
        # receives it (命名为“A”、1家党组织被省委组织部命名为“B”: the receiver is no part of an honour)
        self.listed_verb = re.compile(
            rf"(?:[^、被“”]{{1,{_RECEIVER}}}?)?被[^、]{{0,{_PASSIVE_AGENT}}}?({alternation(tuple(passive))})"
            rf"|({alternation(tuple(self.needs_noun))})")
        # what comes just before the rank: 在<assessment>中,<subject> or <subject><assessment>
        self.assessment = re.compile(
            rf"(?:在(?P<held>[^,。;:\n在]{{2,40}}?(?:{assessment}))中,?[^,。;:\n]{{0,16}}"
            rf"|(?P<named>(?:(?![在的])[0-9{CJK}“”]){{2,30}}?(?:{assessment}))中?){_STREAK}$")

    def _add(self, found, text: str, verb: str, verb_start: int, start: int, end: int) -> None:
        """An award for each 、-separated honour in ``text[start:end]``, and for each of quoted honours
        written back to back (获评“…先进集体”“…突出单位”), each with the level written before them
        (入选全省“十大法治人物”“十大法治事件”). A listed honour of one or two characters shares the
        words before them with the honour before it (创成全省…示范市、县: …示范县)."""
        following = _NEXT_PREDICATE.search(text, start, end)
        kinds = _KINDS_COUNTED.search(text, start, following.start() if following else end)
        if kinds and len(_clean(text[kinds.end():following.start() if following else end], self.nouns)) >= _MIN_AWARD:
            start = kinds.end()  # …等2项荣誉称号 counts the honours listed, and they stay
        rest = text[start:following.start() if following else end]
        if _PLAN.search(rest):
            return
        previous = ""
        bodies = {a.start: a.end for a in found.of("Agency")}
        for s, e, level in _honours(rest):
            own = self.listed_verb.match(rest, s, e)
            if own is not None:  # the honour is its own verb's: named after it, received by it
                verb, verb_start = self.passive_verbs.get(own.group(1)) or own.group(2), start + own.start(own.lastindex)
                s = own.end()
            raw = rest[s:e]
            name = _clean(raw, self.nouns)
            shared = _SHORT_ITEM.fullmatch(name) and previous.endswith(_HONOUR_TAILS) and len(previous) > len(name)
            head = _SHARED_HEAD.match(name)
            written = previous[:-len(name)] + name if shared else level + name
            if head and not shared and previous.rfind(head.group()) > 0:
                written = previous[:previous.rfind(head.group())] + name
            # a rank inside (…应用数均居全省第二) makes a ranking, which _rankings names
            shortest = _MIN_AWARD - bool(_QUOTED_WHOLE.fullmatch(raw.strip(" 、")))
            if not (shortest <= len(written) <= _MAX_AWARD) or self.rank.search(written) or _COUNTED.search(written) \
                    or self.bare_rank.match(written) or _REFERS_BACK.match(written) or _LEVEL_OR_BATCH.fullmatch(written) \
                    or (verb in _PLACING_VERBS and _PLACED_IN.search(written)):
                continue
            if self.needs_noun[verb] and not any(n in _AGENDA.sub("", written) for n in self.nouns) \
                    and not (name in raw and _TITLED.match(raw, raw.find(name) + len(name))) \
                    and not (verb in _CREATING and _CREATED_PLACE.fullmatch(written)):
                continue
            previous = written
            at = raw.find(name)  # after a remark (全省唯一“…”) the name is not where its first character first is
            offset = start + s + (at if at >= 0 else raw.index(name[0]) if name[0] in raw else 0)
            granted = bodies.get(offset)
            if granted is not None and written == name and name.endswith("”") \
                    and list(enclosed(text[granted:offset + len(name)], "“")) == [(1, offset + len(name) - granted - 1)]:
                # 荣获市政府办公厅“…突出单位”称号: the body that grants an honour, written whole before its quotation,
                # is not the honour's name (thirty-fourth round)
                name = written = text[granted + 1:offset + len(name) - 1]
                offset = granted + 1
            found.add(AwardMention(offset, offset + len(name), text[offset:offset + len(name)], verb=verb,
                                   verb_start=verb_start, level=award_level(written),
                                   name=written if written != name or at < 0 else ""))

    def __call__(self, doc: Doc) -> Doc:
        found = mentions(doc)
        text = found.text
        protected = protected_ranges(text)
        for m in self.verbs.finditer(text):
            clause = clause_start(text, m.start())
            if inside(m.start(), protected) or _APPLIED.search(text, clause, m.start()) \
                    or (m.group() == _PLACING and _DISPOSAL.search(text, clause, m.start())):
                continue
            end = clause_end(text, m.end())
            self._add(found, text, m.group(), m.start(), m.end(), end)
            for start, end in self._continued(text, end):
                self._add(found, text, m.group(), m.start(), start, end)
        self._passives(found, text, protected)
        self._kept(found, text, protected)
        self._framed(found, text, protected)
        self._rankings(found, text, protected)
        found.keep("Award", _named_in_full(found.of("Award")))
        return doc

    @staticmethod
    def _continued(text: str, end: int) -> list[tuple[int, int]]:
        """The clauses after an award's clause ``end`` that are honours listed on with no verb of their own
        (入选A试点县,B试点县(市)), each as its span."""
        spans = []
        while text.startswith(",", end):
            start, end = end + 1, clause_end(text, end + 1)
            if not (_MIN_AWARD <= end - start <= _MAX_AWARD and _CONTINUED.search(text, start, end)) \
                    or _OWN_VERB.search(text, start, end):
                break
            spans.append((start, end))
        return spans

    @staticmethod
    def _kept(found, text: str, protected: list[tuple[int, int]]) -> None:
        """巩固…示范市创建成果: the honour whose results are kept, received by whoever keeps them."""
        for m in _KEPT.finditer(text):
            key = "held" if m.group("held") else "quoted"
            start, end = m.span(key)
            if text[start] == "“":
                start, end = start + 1, end - 1
            if inside(m.start(), protected) or not text.endswith(_HONOUR_ENDS, start, end):
                continue
            verb_start = m.start() if key == "held" else text.rfind("巩固", m.start(), m.end())
            found.add(AwardMention(start, end, text[start:end], verb="巩固", verb_start=verb_start,
                                   level=award_level(text[start:end])))

    def _passives(self, found, text: str, protected: list[tuple[int, int]]) -> None:
        """被省司法厅、省普法办确定为…: the words between 被 and the verb are awarding bodies and nothing else."""
        agencies = [(a.start, a.end) for a in found.of("Agency")]
        for m in self.passive.finditer(text):
            agent_start, agent_end = m.span(1)
            adverb_only = _JOINTLY.fullmatch(m.group(1))  # 被正式命名为: no awarding body written
            if inside(m.start(), protected) or not (adverb_only or any(s == agent_start for s, _ in agencies)):
                continue
            bodies_end = agent_end - len(_JOINTLY.search(text, agent_start, agent_end).group())
            if any(not inside(i, agencies) and text[i] not in "、和及与" for i in range(agent_start, bodies_end)):
                continue
            verb = self.passive_verbs[m.group(2)]
            self._add(found, text, verb, m.start(2), m.end(), clause_end(text, m.end()))

    def _framed(self, found, text: str, protected: list[tuple[int, int]]) -> None:
        """在…考评中蝉联全省第一: named as the assessment framed by 在…中 and the place or grade won in it."""
        for m in self.framed.finditer(text):
            if inside(m.start(), protected):
                continue
            start, assessment = m.start("held"), m.group("held")
            cut = _ORGANISER.match(assessment) or _QUOTE_TAIL.match(assessment)
            if cut:
                start, assessment = start + cut.end(), assessment[cut.end():]
            rank = m.group("rank")
            # 在考核中取得优秀等次的地方和单位: a rank before 的 describes whoever won it; 获评优秀 alone is a mark,
            # no grade of an assessment; an assessment named by its kind alone (考核) is none in particular
            if text.startswith("的", m.end()) or _BARE_MARK.fullmatch(rank) or len(assessment) < 4 or _low_place(rank):
                continue
            name = assessment.replace("的", "") + rank
            # a quotation inside the assessment (“智慧好办”应用展评) stays the programme it names: the mention starts after it
            span_start = max(start, text.rfind("”", start, m.start("verb")) + 1)
            if _MIN_AWARD <= len(name) <= _MAX_AWARD:
                found.add(AwardMention(span_start, m.end(), text[span_start:m.end()], verb=m.group("verb"),
                                       verb_start=m.start("verb"), level=award_level(name), name=name))

    def _rankings(self, found, text: str, protected: list[tuple[int, int]]) -> None:
        """在…考评中排名第一 / …考核位列全市第二: named as the assessment (without its organiser or the
        subject that ranked) and the rank, so that two reports' same ranking is one honour."""
        agencies = found.of("Agency")
        for m in chain(self.rank.finditer(text), self.numbered_rank.finditer(text), self.graded.finditer(text),
                       self.prized.finditer(text)):
            if inside(m.start(), protected) or _low_place(m.group("rank")):
                continue
            window = max(0, m.start() - _ASSESSMENT_WINDOW)
            before = self.assessment.search(text, window, m.start())
            if before is None or (m.re is self.graded and not before.group("named")):
                continue
            key = "held" if before.group("held") else "named"
            start = before.start(key)
            owner = [a.end for a in agencies if start <= a.start < before.end(key) and a.end <= before.end(key)]
            # 我市2023年度考核位列…: the subject is not the assessment; a contest's name holds its organiser
            # (厦门市社科知识大赛获三等奖)
            if key == "named" and owner and m.re is not self.prized:
                start = max(owner)
            assessment = text[start:before.end(key)]
            cut = _ORGANISER.match(assessment) or _QUOTE_TAIL.match(assessment)
            if cut:
                start, assessment = start + cut.end(), assessment[cut.end():]
            name = assessment.replace("的", "") + m.group("rank")
            if _MIN_AWARD <= len(name) <= _MAX_AWARD:
                found.add(AwardMention(start, m.end(), text[start:m.end()], verb=m.group("verb"),
                                       verb_start=m.start("verb"), level=award_level(name), name=name))


def _place(rank: str) -> int | None:
    """The number of a numbered place (第3名 -> 3, 第十一 -> 11), None for a grade or 首位."""
    m = _PLACE.search(rank)
    if m is None:
        return None
    n = m.group("n")
    if n.isdigit():
        return int(n)
    try:
        return chinese_numeral(n)
    except ValueError:  # no numeral (百 alone, 十二十): no place of a list
        return None


def _low_place(rank: str) -> bool:
    place = _place(rank)
    return place is not None and place > _TOP_PLACES


def _honours(rest: str) -> list[tuple[int, int, str]]:
    """The parts of ``rest`` split at 、 and at 和 / 及 after a closing 称号 or 荣誉 (…示范区称号和…先进县称号),
    each with the level written before it when several share it; a part made only of quotations is one
    honour per quotation, and a level before them (全省“十大法治人物”“十大法治事件”) is each one's."""
    parts = []
    for s, e in _split_after_titles(rest):
        quotes = [(qs - 1 + s, qe + 1 + s) for qs, qe in enclosed(rest[s:e], "“")]
        # ...the last perhaps followed by what names their kind (获评“…城市”“…示范单位”等称号: forty-seventh round)
        tail = rest[quotes[-1][1]:e] if quotes else ""
        closed = not tail or bool((kind := _TRAILING.search(tail)) and kind.start() == 0)
        back_to_back = len(quotes) > 1 and closed and all(a[1] == b[0] for a, b in zip(quotes, quotes[1:]))
        level = rest[s:quotes[0][0]] if quotes else ""
        if back_to_back and (not level or _SHARED_LEVEL.fullmatch(level)):
            parts += [(qs, qe, level) for qs, qe in quotes]
        elif _joined_quotes(rest, quotes, tail):
            # 获评“A”和“B”称号: quoted honours joined by 和 / 及 / 与 are one each, their field before them no part
            parts += [(qs, qe, level if _SHARED_LEVEL.fullmatch(level) else "") for qs, qe in quotes]
        else:
            parts.append((s, e, ""))
    return parts


def _joined_quotes(rest: str, quotes: list[tuple[int, int]], tail: str) -> bool:
    """Quotations joined by 和 / 及 / 与 (“A”和“B”), followed by nothing but a count or what names their kind
    (两项荣誉, 称号), not by what they qualify (入选…“十大案例”和“提名案例”的单位)."""
    tail = _JOINED_COUNT.sub("", tail)
    closed = not tail or bool((kind := _TRAILING.search(tail)) and kind.start() == 0)
    gaps = [rest[a[1]:b[0]] for a, b in zip(quotes, quotes[1:])]
    return len(quotes) > 1 and closed and any(gaps) and all(g in ("", *_QUOTE_JOINS) for g in gaps)


def _split_after_titles(rest: str) -> list[tuple[int, int]]:
    pieces, start = [], 0
    for m in _TITLE_JOIN.finditer(rest):
        pieces.append((start, m.start("join")))
        start = m.end()
    pieces.append((start, len(rest)))
    return [(s + ps, s + pe) for s, e in pieces for ps, pe in split_top_level(rest[s:e], "、")]


def _named_in_full(awards: list[AwardMention]) -> list[AwardMention]:
    """成功创建“第二批全省…示范县”, then 创成全省…示范县: an honour written once with its batch or year
    and once without is one honour, and each mention is named in full."""
    names = {a.name or a.text for a in awards}
    named = []
    for award in awards:
        name = award.name or award.text
        fuller = {n for n in names if n.endswith(name) and _BATCH_OR_YEAR.fullmatch(n[:-len(name)])}
        named.append(replace(award, name=fuller.pop()) if len(fuller) == 1 else award)
    return named


@Language.factory("fazhi_awards", default_config={
    "verbs": "award_verbs.tsv", "nouns": "award_nouns.txt", "rankings": "award_rankings.tsv"},
    requires=["doc._.mentions"], assigns=["doc._.mentions"])
def make_award_recognizer(nlp: Language, name: str, verbs: Rows, nouns: Words, rankings: Rows) -> AwardRecognizer:
    """Agencies run first: the awarding bodies of a passive and a ranking's subject are agencies."""
    return AwardRecognizer(verbs, nouns, rankings)
