"""Resolution: canonical names and jurisdictions. 区司法局 in a 黄岛区 report is 黄岛区司法局 (370211).

Abbreviations are expanded against the report's own division, its city and
its province, following the official naming of each kind of body (中共杭州市
西湖区委员会, 政协杭州市西湖区委员会, 西湖区人民代表大会常务委员会). A jurisdiction is
the GB/T 2260 code of the division an entity belongs to, or ``cn`` for national
laws and honours: it keys the IRI, so that shared things merge across reports.

One :class:`Resolver` per report owns all of it: the division, the reporting body,
the short forms the text declares (以下简称…) and the gazetteer. A zone's management committee that its
title writes in full (陕西省西咸新区开发建设管理委员会) is its government, by that name, throughout. A body a
first-sentence title writes before 的 or before the guidance it gives (和县政法委有力指导下) guided the writer.

    >>> from kg.divisions import gazetteer
    >>> from kg.recognise.mentions import AgencyMention
    >>> resolver = Resolver(gazetteer().by_code["370214"])
    >>> resolver.agency(AgencyMention(0, 4, "区司法局", rule="table", kind="department", core="司法局", jurisdiction="区"))
    ('城阳区司法局', '370214')
    >>> resolver.regulation("行政处罚法")
    ('中华人民共和国行政处罚法', 'cn')
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from urllib.parse import urlsplit

from kg.divisions import Division, division_name_at, division_names, gazetteer, initials
from kg.locate import host_labels
from kg.names import BodyNames, award_level
from kg.national_programs import national
from kg.recognise.mentions import AgencyMention, ReportContext
from kg.resources import rows, word_list

NATIONAL = "cn"
# A province's court is its high court (省法院: 山东省高级人民法院); a people's court named by the province alone is
# no body of the genre.
_COURT = "人民法院"
_COURT_LEVELS = {"province": "高级"}
_PRC = "中华人民共和国"
_NATIONAL_ISSUERS = (_PRC, "中国共产党", "中共中央", "国务院")
# 《条例》, 《意见》 written bare after a title of that kind, with no short form declared for it (在街道印发学习《条例》 after
# 《广州市支持民营经济发展条例》): the document just named, not one of its own. With no title of its kind before it (区人大
# 《决定》) it still names a document of its own, as the twentieth round found. Ninety-sixth round, over the 1,915
# development reports: 7 false regulations gone (0 | 7, newest 36 | other), none lost, 2 judged fact rows right. The
# kinds are `bare_title_kinds.txt`.
_BARE_KINDS = word_list("bare_title_kinds.txt")
# 纲要(2021-2025) and 纲要(2021-2025年) in one report: a span of years written without its 年 is the same title
# (ninety-sixth round: 2 false regulations gone over the 1,915, 0 | 2).
_SPAN_NO_YEAR = re.compile(r"(\(\d{4}—\d{4})\)")
_LOST_DASH = re.compile(r"\((\d{4})(\d{4})年\)")
# 纲要(2021-2025年) and 纲要(2021—2025年) in one report: the dash of a span of years is how it was typed, not the title.
_YEAR_SPAN_DASH = re.compile(r"(?<=\d{4})[-—–－~](?=\d{4})")
_PREFIXED_WHEN_BARE = {"department", "court", "procuratorate", "congress", "party", "cppcc"}
# Bodies of the state, not of the party: 中共 before one with no 委 written heads its party body (中共渠县教育局委员会,
# 中共青岛市交通运输局党组), so the body stays the state's (渠县教育局), not the committee's (渠县委教育局).
_STATE_KINDS = {"department", "government", "court", "procuratorate", "congress"}
# Short forms of national laws (保密法 for 保守国家秘密法): the law's title without 中华人民共和国, by its short form.
_LAW_SHORT_FORMS = {row["short"]: row["full"] for row in rows("law_short_forms.tsv")}
_NOT_LAW_ENDINGS = ("办法", "方法", "做法", "立法", "执法", "司法", "普法", "守法", "用法")
# Commissions that are always a party committee's, written with or without its 委 (依法治市办 is 市委's).
_COMMITTEE_COMMISSIONS = ("全面依法治", "全面推进依法治")
_COMMISSION_END = "委员会"
_PARTY = "中共"
# A zone's management committee as its own text shortens it (经开区管委, 园区管委会).
_MANAGEMENT = ("管委", "管委会", "管理委员会")
_TOWN_SUFFIXES = ("街道", "镇", "乡", "苏木")
_COMMITTEE_WORD, _COMMITTEE_NAME = "委", "委员会"  # a commission calls itself 委 before its own group (委法治领导小组)
_BUREAU_WORDS = ("局", "厅")  # what a bureau's own report calls itself before its own group (局法治建设工作领导小组)
_TOWN_BODIES = ("街道办事处", "镇人民政府", "乡人民政府", "苏木人民政府")  # a town's body, named by the town alone
# A party committee's school and its working departments, officially named with 中共 and the committee
# (中共阳城县委党校, 中共杭州市委组织部): required golds write the departments so 7 times, never bare.
_PARTY_OFFICIAL = ("党校", "组织部", "宣传部", "统一战线工作部", "社会工作部")
# ...and its general office and the commissions it holds (省委办公厅: 中共河南省委办公厅; 市委政法委: 中共长治市委政法委员会;
# 市委编办, 市委审计委员会): over the 839 development golds named 9 times with 中共 (7 required), never bare after 委
# (kg/resources/README.md, thirtieth round). An autonomous region's (…自治区党委办公厅) is left as written.
_PARTY_ORGANS = ("办公厅", "办公室", "政法委员会", "机构编制委员会办公室", "审计委员会", "网络安全和信息化委员会办公室")
_SELF_GOVERNED_ZONE = "新区"  # a new area has its own 区委 and 区政府 (工委(区委)、管委(区政府)); a park has not
_DISTRICT_KINDS = {"party_committee", "congress", "cppcc", "court", "procuratorate"}  # no park's own, nor a 区政府
# A party commission for law-based governance (市委全面依法治市委员会, 区委依法治区办) names no committee of its own: over
# the 1,705 development reports, where a committee is written only inside one its gold mostly leaves the committee out
# (38 false names gone, 4 required lost: eighty-third round, kg/resources/README.md).
_LAW_COMMISSION = "依法治"
_PARTY_WORK = ("工作委员会", "党工委")  # a zone's or a street's dispatched party committee
_OFFICE = ("办公室", "办公厅")  # a government's general office, a department of it
_JOINED = "、和及与"  # between the bodies of a list (区人大、区政协)
# The guidance a body gives, written right after it without 的 (和县政法委有力指导下, 在区司法局指导下)
_GUIDANCE = re.compile(r"(?:有力|大力|精心|正确|坚强|悉心|具体)?(?:领导|指导|监督|支持)")
# A zone's management committee its title writes in full, after its party committee if any: its formal name
# (陕西省西咸新区开发建设管理委员会, 重庆市武隆区工业园区管理委员会), which no derivation from the zone's name gives.
_TITLE_COMMITTEE = re.compile(r"(?:^|\s)(?P<name>[^\s]{4,30}?管理委员会)")
# A department of that committee writing its own report, named right after it as a county's department is after
# its county (湖南湘江新区管理委员会应急管理局, …管理委员会保税区管理局): the department is the writer.
_COMMITTEE_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{2,12}(?:局|办公室)(?=关于|\s|$)")
# A zone run by a statutory bureau rather than a management committee titles its report by it (前海管理局2023年…,
# 海口江东新区管理局关于…): the words before 管理局 head the zone's name.
_ZONE_BUREAU = re.compile(r"(?P<zone>[\u4e00-\u9fff]{2,20}?)管理局")
# A department's own name after its division's in a title: fields, then the kind of department (…管理局, 司法厅)
_TITLED_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{2,14}(?:局|厅)")
# A department's party committee or branch written right after its name (市应急管理局党委高度重视…, a title's 某局党委): the
# agency recogniser reads it as the department's unit; as a report's writer it names the department (eighty-fourth round).
_PARTY_UNIT = re.compile(r"(?:机关)?(?:党委|党总支)")
# A regiment of the production and construction corps titles its own report by its number (106团2022年…, 2021年五团法治…,
# 第三师四十五团…); the golds name it as written. 共青团, 集团 and a 团 that opens a word (团结, 团体) are no regiment.
_REGIMENT = re.compile(r"(?:第[一二三四五六七八九十]{1,3}师)?(?:\d{1,3}|[一二三四五六七八九十〇]{1,4})团(?=$|法治|依法|关于|党委|\d)")
# 市优化营商环境工作领导小组办公室(以下简称市营商环境办): the short form then names the same body.
_SHORT_FORM = re.compile(r"\((?:以下)?简称:?“?([^”)]{2,16})”?\)")
# 《法治政府建设实施纲要(2021—2025年)》(以下简称《纲要》): a title's declared short form names that title wherever
# it is written after (《纲要》), however many titles of its kind the report cites.
_SHORT_TITLE = re.compile(r"》\s*\((?:以下)?简称:?[《“]([^》”)]{1,16})[》”]\)")
_TERRITORY = re.compile(r"[我全本][省市区县州旗盟]")  # a department's 我市, 全省: where it works
_BUREAU_SELF = re.compile(r"[我本]局|局党组")  # how a bureau's own report calls itself, or its party group
_LEVEL_INITIALS = "qsxz"  # 区, 市, 县, 州 before a department's initials in its folder (qsfj: 区司法局)
_SHORTEST_INITIALS = 3  # two letters (js, sf) are anyone's

Resolved = tuple[str, str]
"""A canonical label and its jurisdiction (a GB/T 2260 code, or ``cn``)."""


def formal_prefix(division: Division) -> str:
    """Party committees and CPPCC of a city district carry the city's (or municipality's) name too."""
    parent = gazetteer().parent(division)
    if division.level == "county" and division.name.endswith("区") and parent is not None:
        return parent.name + division.known_as  # 中共杭州市西湖区委员会, 中共北京市朝阳区委员会
    return division.known_as  # 横县, not 横州市, in a report of the year before its renaming


def town_body(name: str) -> str:
    """The body a town-level name stands for when it acts: 北山街道 -> 北山街道办事处, 龙凤镇 -> 龙凤镇人民政府."""
    return name + (_STREET_OFFICE if name.endswith("街道") else _TOWN_GOVERNMENT)


def body_name(body: str) -> str:
    """The name a body adds its office's or government's word to (北山街道办事处 -> 北山街道, 龙凤镇人民政府 -> 龙凤镇):
    the inverse of ``town_body``; a body without either word as it is."""
    return body.removesuffix(_STREET_OFFICE).removesuffix(_TOWN_GOVERNMENT)


_STREET_OFFICE, _TOWN_GOVERNMENT = "办事处", "人民政府"


def committee_short(division: Division) -> str:
    """How a division's party committee is written before its bodies: 城阳区委 (组织部); a one-character
    name repeats its level (赵县县委), a zone's is its working committee (苏州工业园区党工委), and an autonomous
    region's is its 党委 (广西壮族自治区党委全面依法治区委员会办公室), as 自治区委 is never written."""
    if division.level == "zone":
        return division.known_as + "党工委"
    if division.name.endswith("自治区"):
        return division.name + "党委"
    if len(division.known_as) == 2 and division.known_as.endswith(division.level_char):
        return division.known_as + division.level_char + "委"
    return division.known_as + "委"


def _commission_head(division: Division, mention: AgencyMention) -> str:
    """What a party commission's name starts with: its committee (城阳区委全面依法治区委员会), except a zone's
    written bare or straight after the zone, with no 党工委 between (召开全面依法治区委员会会议, 新区全面依法治区委员会):
    that keeps the zone's name. A one-character county's commission is written without its level repeated
    (渠县委全面依法治县委员会, 滑县委全面依法治县委员会), as the golds write 4 of its 5 commissions, though its
    committee's other bodies keep it (中共房县县委党校, 赵县县委理论学习中心组)."""
    if division.level == "zone" and not mention.party:
        return division.known_as
    if len(division.known_as) == 2 and division.known_as.endswith(division.level_char) and division.level_char == "县":
        return division.known_as + "委"
    return committee_short(division)


def with_party_as_written(label: str, text: str) -> str:
    """A party commission (or its office) the report writes in full with 中共 somewhere (成立中共西安市委全面依法治市
    委员会, 《中共绥滨县委全面依法治县委员会2024年工作要点》) is named so throughout, as the golds name it where the text
    does: over the 617 development golds, 15 required commissions so written carry 中共 (2 of the 28 fresh19 | 13 of the
    other 589) and 3 do not (0 | 3); where the text never writes 中共 the golds split (69 with, 111 without) and the
    name is left bare."""
    commission = label.removesuffix(_OFFICE[0])
    if label.startswith(_PARTY) or not commission.endswith(_COMMISSION_END) \
            or not any(c in commission for c in _COMMITTEE_COMMISSIONS) or _PARTY + commission not in text:
        return label
    return _PARTY + label


_TOWN_COMMITTEE_WRITTEN = re.compile(
    rf"中共(?P<core>[\u4e00-\u9fff]{{2,20}}?(?:{'|'.join(_TOWN_SUFFIXES)}))(?P<end>(?:工作)?委员会|党工委|党委)")
_COMMITTEE_ENDS = {"党委": "委员会", "党工委": "工作委员会"}  # 中共夏铎铺镇党委: 中共夏铎铺镇委员会


def town_committee_as_written(label: str, text: str) -> str:
    """A town's or street's party committee that the text writes in full, with 中共 (the joint title 中共黎侯镇委员会
    黎侯镇人民政府, a heading 中共渠县土溪镇委员会 or 中共夏铎铺镇党委), is named with as much or as little of its county
    before the town as written there, in its formal words (委员会, a street's 工作委员会): the golds name it so (over the 1,879
    development texts that write one, 17 golds require the written form, 2 another; ninety-fifth round). Where the text
    writes the committee only short (镇党委, 街道党工委) the built name with its county stands. The written form must end in
    the same town and kind of committee as the label; a name holding 委 before the town (中共南安市委柳城街道…) is no such
    writing."""
    if not label.startswith(_PARTY) or not label.endswith(_COMMISSION_END):
        return label
    for m in _TOWN_COMMITTEE_WRITTEN.finditer(text):
        core, end = m.group("core"), _COMMITTEE_ENDS.get(m.group("end"), m.group("end"))
        written = _PARTY + core + end
        if "委" in core or written == label:
            continue
        if label.endswith(core + end) or (written.endswith(label[len(_PARTY):]) and
                                          label[len(_PARTY):-len(end)].endswith(_TOWN_SUFFIXES)):
            return written
    return label


def town_committee(prefix: str, town: str) -> str:
    """A town's party committee; a street's (and a zone's) is a dispatched working committee (党工委):
    中共杭州市西湖区留下街道工作委员会, 中共天津市武清区大黄堡镇委员会."""
    return f"中共{prefix}{town}{'委员会' if town.endswith(('镇', '乡', '苏木')) else '工作委员会'}"


def body_type(label: str) -> str | None:
    """street, town, zone or bureau when a reporting body is a street office, a town government, a zone's
    management committee or a bureau (their self-references differ)."""
    if label.endswith("街道办事处"):
        return "street"
    if label.endswith("管理委员会"):
        return "zone"
    if label.endswith(("镇人民政府", "乡人民政府")):
        return "town"
    if label.endswith("局"):
        return "bureau"
    return None


@cache
def _departments_by_initials() -> dict[str, tuple[str, ...]]:
    """Departments' full names by the initials of each of their written forms (sfj: 司法局, jyj: 教育局)."""
    out: dict[str, set[str]] = {}
    for written, core in BodyNames.load().items():
        if core.kind == "department" and len(spelled := initials(written)) >= _SHORTEST_INITIALS:
            out.setdefault(spelled, set()).add(core.name)
    return {k: tuple(sorted(v)) for k, v in out.items()}


class Resolver:
    """Canonical names and jurisdictions for one report's mentions."""

    def __init__(self, division: Division, body: str | None = None) -> None:
        self.division = division
        self.body = body  # the reporting body's label when it is not the government
        self._chain = gazetteer().chain(division)
        self._short_forms: dict[str, str] = {}
        self._short_titles: dict[str, Resolved] = {}
        self._titles: dict[Resolved, Resolved] = {}  # a title as first written, by its form with one year-span dash
        self._last_of_kind: dict[str, Resolved] = {}  # the last title of each kind (条例, 意见 …), for a bare 《条例》

    def with_body(self, body: str | None) -> Resolver:
        """The same report's resolver once its reporting body is known."""
        return Resolver(self.division, body)

    @property
    def government(self) -> str:
        """Its division's governing body; a zone's is its management committee, as its title writes it."""
        if self.division.level == "zone" and self.body and self.body.endswith(_MANAGEMENT[-1]):
            return self.body
        return self.division.government

    @property
    def reporting_body(self) -> str:
        return self.body or self.government

    @property
    def writer(self) -> str:
        """The kind of body that wrote the report: its label without the division's name (人民政府, 司法局).

        A report is identified by its division, year and writer, so a district's government and its
        justice bureau writing about the same year are two reports.
        """
        body = self.reporting_body
        for prefix in (formal_prefix(self.division), self.division.name, self.division.known_as):
            if body.startswith(prefix) and len(body) > len(prefix):
                return body[len(prefix):]
        return body

    def chain(self) -> list[Division]:
        """The report's division and those it is part of, most specific first."""
        return self._chain

    def context(self) -> ReportContext:
        """What recognition needs to know of the report: its division and its reporting body's type."""
        kind = body_type(self.reporting_body)
        return ReportContext(
            division_code=self.division.code, division_name=self.division.name, level_char=self.division.level_char,
            chain_names=tuple(d.name for d in self._chain), body_type=kind,
            street_name=self.reporting_body.removesuffix("办事处") if kind == "street" else None,
            level_chars="".join(d.level_char for d in self._chain), in_zone=self.division.level == "zone")

    def by_level_char(self, char: str) -> Division | None:
        return next((d for d in self._chain if d.level_char == char), None)

    # Agencies

    def reporting_body_of(self, title_agencies: Iterable[AgencyMention], title: str = "") -> str | None:
        """A department writing about its own year names itself in the title (成都市司法局2024年…); a zone's
        party working committee writing with its management committee is the party side of a joint report,
        and a government's office (县人民政府办公室) is a department of it. A title that is the report's first sentence names the bodies that lead or guide the writer before 的
        (在县委、县政府的坚强领导下，在区人大、区政协的监督支持下，某办公室坚持…): those did not write it."""
        if written := _TITLE_COMMITTEE.search(title):
            department = _COMMITTEE_DEPARTMENT.match(title, written.end())
            return written.group("name") + (department.group() if department else "")
        mentions = list(title_agencies)
        guiding = _before_of(title, mentions)
        for mention in mentions:
            if mention.refers or mention.kind == "party_committee" or mention.text.endswith(_PARTY_WORK):
                continue
            if mention.kind == "government" and not (mention.core + mention.unit).endswith(_OFFICE):  # 县人民政府办公室, 市人民政府外事办公室: departments
                continue
            if mention.start in guiding:
                continue
            label, jurisdiction = self.agency(self._unit_parent(mention))
            if jurisdiction == NATIONAL:  # 在党中央、国务院及省委的领导下: a central body leads, it writes no local report
                continue
            return label
        return self._department_titled(title) or self._zone_bureau_titled(title) or _regiment_titled(title)

    def _unit_parent(self, mention: AgencyMention) -> AgencyMention:
        """The department whose party committee a writer's mention names with it (应急管理局 for 市应急管理局党委, 司法局 for
        县司法局机关党委): the department writes the report, not its unit."""
        if _PARTY_UNIT.fullmatch(mention.unit) and mention.core.endswith(tuple("局厅委会办")):
            return replace(mention, unit="")
        return mention

    def _department_titled(self, title: str) -> str | None:
        """A department the title names after its division's name or short name, that no table or grammar knows as
        one name: two fields joined by 和 (吉林省政务服务和数字化建设管理局), or a province's short name before it
        (宁夏司法厅). It writes the report, as a department the recogniser knows does."""
        for written in dict.fromkeys(n for n in (self.division.name, self.division.alias) if n):
            rest = title.strip().removeprefix(written)
            if rest != title.strip() and _TITLED_DEPARTMENT.fullmatch(rest):
                return self.division.name + rest
        return None

    def _zone_bureau_titled(self, title: str) -> str | None:
        """The bureau that runs a zone in place of a management committee, as the title writes it (前海管理局 of 前海深港现代
        服务业合作区): a zone's report whose title opens with the head of the zone's name and 管理局."""
        written = _ZONE_BUREAU.match(title.strip())
        names = (self.division.name, self.division.alias, self.division.written)
        if self.division.level != "zone" or not written or not any(n.startswith(written["zone"]) for n in names if n):
            return None
        return written.group()

    def department_at_address(self, site: str, text: str) -> str | None:
        """The department a report that calls itself 我局 or 本局, and names itself nowhere up front, is by its page's
        address: a label of the host or a folder of the path that is the initials of one department's name, perhaps
        after its level's (rongchang.gov.cn/bm/qsfj/: 区司法局). The address alone misleads (a bureau's page may carry
        its government's report, 27 of 83 dev pages so spelled); a text calling itself 我局, or speaking of its
        局党组, is a bureau's.

        >>> Resolver(gazetteer().by_code["500153"]).department_at_address("http://rongchang.gov.cn/bm/qsfj/1.html", "我局坚持")
        '荣昌区司法局'
        """
        if not _BUREAU_SELF.search(text):
            return None
        parts = urlsplit(site)
        labels = [*host_labels(site), *(folder for folder in parts.path.split("/")[:-1] if folder)]
        found = {name for label in labels for spelled in (label, label[1:] if label[:1] in _LEVEL_INITIALS else "")
                 for name in _departments_by_initials().get(spelled.lower(), ())}
        return self.division.name + found.pop() if len(found) == 1 else None

    def names_territory(self, written: str) -> bool:
        """我市, 全省, 本区 in a department's own report: the territory it works in, not its government acting. Over the
        530 dev reports, a government known only by these forms in a department's report is in no gold 7 times,
        optional once and required never."""
        return bool(self.body) and body_type(self.body) in (None, "bureau") and self.body != self.government \
            and _TERRITORY.fullmatch(written) is not None

    def agency(self, mention: AgencyMention, following: str = "") -> Resolved:
        """The body a mention names; ``following`` is the text right after it, which may declare a short form."""
        label, jurisdiction = self._agency(mention)
        label = self._short_forms.get(mention.text, label + mention.unit)
        declared = _SHORT_FORM.match(following)
        if declared:
            self._short_forms[declared.group(1)] = label
        return label, jurisdiction

    def party_committee(self, mention: AgencyMention) -> tuple[str, int] | None:
        """区委常委会, 区委党校 name the report's own party committee too: its label and where 委 ends in the mention;
        so does a town's unit of its committee (镇党委理论学习中心组). A commission for law-based governance
        (区委依法治区办, 市委全面依法治市委员会) names only itself."""
        if _LAW_COMMISSION in mention.core:
            return None  # 市委全面依法治市委员会 names its commission, not the committee as a body of its own
        if mention.party and mention.rule == "own_unit":
            committee = AgencyMention(mention.start, mention.end, "", refers="party_committee", rule="self")
        elif mention.party and mention.jurisdiction and mention.rule != "issuer":  # 《中共某县委…办公室关于…》: the office alone
            committee = AgencyMention(mention.start, mention.end, "", rule="table", kind="party_committee",
                                      core="委员会", jurisdiction=mention.jurisdiction)
        else:
            return None
        label, jurisdiction = self._agency(committee)
        end = mention.text.find("委") + 1  # 区组织部 holds no 委: no committee's span to name
        if not label or jurisdiction != self.division.code or not end:
            return None
        return label, end

    def _government_of(self, division: Division) -> str:
        return self.government if division.code == self.division.code else division.government

    def _titled_committee(self, m: AgencyMention) -> str | None:
        """The management committee the title writes in full, that writes the report or stands above the department
        that does (…管理委员会保税区管理局), when the mention writes the end of its name: that body, wherever the text
        writes it (天府新区眉山管理委员会 of 四川天府新区眉山管理委员会)."""
        head, word, _ = (self.body or "").rpartition(_MANAGEMENT[-1])
        committee = head + word
        if word and m.text.endswith(word) and len(m.text) > len(word) and committee.endswith(m.text):
            return committee
        return None

    def _division_written(self, written: str | None, mention: AgencyMention | None = None) -> Division | None:
        if not written:
            return None
        if written == self.division.name:  # a zone no table lists, by its own name
            return self.division
        if len(written) == 1:
            return self._led_by(written, mention)
        if written.startswith("自治"):  # 自治区党委: the autonomous region of the report's chain
            return next((d for d in self._chain if d.name.endswith(written)), None)
        names = division_names(written)
        candidates = gazetteer().named(names[-1]) if names else ()
        return self._nearest(candidates, unique=False)

    def _led_by(self, char: str, mention: AgencyMention | None) -> Division | None:
        """The division a one-character short form (区委, 区政府) names: in the report of a park lying in a district
        (宁河经济开发区 in 宁河区) the district that leads it, as a park has no 区委, 区政府, congress or court of its
        own, though its management committee, departments, offices and groups are its own (区管委, 经开区社会事业局,
        区法治政府建设领导小组); a new area (青岛西海岸新区) is governed as a district and keeps its own. A dispatched working
        committee (高新区党工委, 区党工委) is the zone's own: a district's committee is never written so."""
        if self.division.level == "zone" and not self.division.name.endswith(_SELF_GOVERNED_ZONE) \
                and mention is not None and mention.core not in _MANAGEMENT and mention.core != _PARTY_WORK[0] \
                and (mention.party or mention.kind in _DISTRICT_KINDS or mention.core.endswith("政府")):
            led = next((d for d in self._chain[1:] if d.level_char == char), None)
            if led is not None:
                return led
        return self.by_level_char(char)

    def _nearest(self, candidates: tuple[Division, ...], unique: bool) -> Division | None:
        """Of divisions sharing a name: the report's own, as the report knows it (重庆高新区 for a zone its text writes
        only in short, so that its units keep that name), else one in its province, else the only one."""
        own = {d.code: d for d in self._chain}
        fallback = (candidates[0] if len(candidates) == 1 else None) if unique else (candidates[0] if candidates else None)
        return next((own[d.code] for d in candidates if d.code in own), None) or next(
            (d for d in candidates if d.province == self.division.province), None) or fallback

    def _expand_field(self, core: str) -> str:
        """A generic name that begins with a known short form gets its full form (政府行政复议委员会)."""
        forms = BodyNames.load()
        for cut in range(len(core) - 1, 1, -1):
            head = forms.get(core[:cut])
            if head is not None and head.kind == "government":
                return head.name + core[cut:]
        return core

    def _agency(self, m: AgencyMention) -> Resolved:
        code = self.division.code
        if m.refers == "government":
            return self.government, code
        committee = self._titled_committee(m)
        if m.refers == "body" or committee is not None and committee == self.body:
            return self.reporting_body, code
        if committee:  # the committee above the department that writes
            return committee, code
        if m.refers == "party_group":  # 局党组 in a bureau's report: 五华县司法局党组, bare as most golds name it
            return f"{self.reporting_body}党组", code
        if m.refers == "superior_body" and (level := self.by_level_char(m.text[0])) is not None:
            if level.code == code:
                return self.reporting_body, code  # 市局 in a city bureau's own report
            if m.text.endswith("厅"):  # 省厅 in 南昌市交通运输局's report: 江西省交通运输厅
                kind = self.writer.removeprefix("行政公署").removeprefix("人民政府")  # a prefecture's 行政公署司法局
                if kind.endswith("局"):
                    return level.name + kind[:-1] + "厅", level.code
            return level.name + self.writer, level.code  # 市局 in 嘉定区市场监督管理局's report: 上海市市场监督管理局
        if m.refers == "body_committee":  # 区局党委 in a bureau's report: 荣昌区公安局党委
            return f"{self.reporting_body}党委", code
        own = body_name(self.reporting_body).removesuffix("管理委员会")
        if m.refers == "party_committee":  # 镇党委, 街道党工委, 园区党工委 in the town's, street's or zone's own report
            prefix = "" if self.division.level == "zone" else formal_prefix(self.division)
            if own.startswith(prefix):  # 重庆市武隆区工业园区 names its district in full: 中共重庆市武隆区工业园区…
                prefix = ""
            elif own.startswith(self.division.name):  # 武隆区工业园区 already names its district: 中共重庆市武隆区工业园区…
                prefix = prefix.removesuffix(self.division.name)
            return town_committee(prefix, own), code
        if m.rule == "own_unit":  # 司法所 in 塘栖镇's own report: 塘栖镇司法所
            # 局党委法治建设领导小组 in a bureau's report: its committee's group (…应急管理局党委…), 局 written once, as in
            # its own group (局法治建设工作领导小组: …市场监督管理局法治建设工作领导小组)
            if m.core.startswith(_COMMITTEE_WORD) and self.reporting_body.endswith(_COMMITTEE_NAME):
                return self.reporting_body + m.core[1:], code  # 委法治建设领导小组 in a commission's own report (ninetieth round)
            return own + (m.core[1:] if m.core.startswith((own[-1:] + "党", *_BUREAU_WORDS)) and own.endswith(m.core[0]) else m.core), code
        if m.refers == "division":
            division = self._division_written(m.jurisdiction) or self.division
            return self._government_of(division), division.code
        core, kind = m.core, m.kind
        if kind == "generic" and core.endswith(_TOWN_SUFFIXES) and not m.unit:
            return town_body(core), code  # 西湖区北山街道 -> 北山街道办事处
        if kind == "generic" and core.endswith(_TOWN_BODIES) and core not in _TOWN_BODIES and not m.unit:
            return core, code  # 天心区坡子街街道办事处 -> 坡子街街道办事处: a town's body is named by the town alone
        if kind == "generic":
            core = self._expand_field(core)
        if m.rule == "town":
            if kind == "party_committee":  # 北山街道党工委
                return town_committee(formal_prefix(self.division), core), code
            if m.unit or core.endswith(("办事处", "人民政府")):
                return core, code  # a unit of the town keeps the town's short name: 北山街道司法所
            return town_body(core), code
        if m.rule == "national":
            return core, NATIONAL
        if m.rule == "community":  # 牛旺社区居委会 by its formal name; 牛旺社区 alone as written, as golds name it
            return (core + "居民委员会" if m.text != core else core), code
        if m.rule == "founding":
            return core, code
        division = self._division_written(m.jurisdiction, m)
        if m.jurisdiction and division is None:
            return m.text, code
        if not m.jurisdiction and not m.prefix and kind not in _PREFIXED_WHEN_BARE:
            return m.text, code
        division = division or self.division
        party = m.party or m.prefix in ("中共", "中国共产党") and kind not in _STATE_KINDS \
            or core.startswith(_COMMITTEE_COMMISSIONS)
        if kind == "party_committee" and (core == "委员会" or core == "工作委员会" and division.level == "zone"):
            if division.level == "zone":  # a zone's party body is a dispatched working committee (党工委, 工委)
                body = "委员会" if m.text.endswith("党委") else "工作委员会"  # ...or a committee (高新区党委)
                return f"中共{division.name}{body}", division.code
            return f"中共{formal_prefix(division)}委员会", division.code
        if kind == "party_committee" and party:
            return committee_short(division) + core, division.code
        if kind == "cppcc" and core == "政协":
            return f"政协{formal_prefix(division)}委员会", division.code
        if party and core in _PARTY_OFFICIAL and formal_prefix(division) != division.known_as:
            # a city district's school or working department is named bare (区委党校 -> 城阳区委党校): over the 1,836
            # development golds required so 18 times, with 中共 and the city 2, with 中共 alone never (ninety-second round)
            return committee_short(division) + core, division.code
        if party and division.level != "zone" and (core in _PARTY_OFFICIAL or core in _PARTY_ORGANS
                                                   and not division.name.endswith("自治区")):  # 县委党校: 中共阳城县委党校, its official name
            # (市委宣传部: 中共白城市委宣传部); a city district's other organs carry the city's name, as its committee does
            # (区委办公室: 中共吐鲁番市高昌区委办公室)
            return f"中共{committee_short(division).replace(division.name, formal_prefix(division), 1)}{core}", division.code
        if party:
            return _commission_head(division, m) + core, division.code
        if division.level == "zone" and kind == "generic" and core.endswith("办") and len(core) > 2:
            core += "公室"  # a zone's departments are offices, written short: 经开区政务服务办
        if division.level == "zone" and (kind == "government" and core.endswith("政府") or core in _MANAGEMENT):
            return self._government_of(division), division.code  # 区政府 in a zone's report: its management committee
        if core == _COURT and division.level in _COURT_LEVELS:
            core = _COURT_LEVELS[division.level] + core  # 省法院: a province's court is its high court, 高级人民法院
        return f"{division.known_as}{core}", division.code  # a zone's short name, a division's as the report knows it

    # Other entities

    def regulation(self, title: str, following: str = "") -> Resolved:
        """National laws get their 中华人民共和国 form and jurisdiction ``cn``; ``following`` is the text right after
        the title, which may declare its short form (》(以下简称《纲要》)), which then names the same title.

        A title headed by place names (浙江省…, 杭州市西湖区…) belongs to the last of
        them. Local regulations always carry their place name, so a bare 《…条例》
        (优化营商环境条例) is a national one and is shared by every report that cites it.
        """
        bare = title.strip()
        resolved = (self._short_titles.get(bare) or (self._last_of_kind.get(bare) if bare in _BARE_KINDS else None)
                    or self._regulation(title))
        # A span of years whose dash was lost in the copy ((20212025年)) is kept as written, as the golds name it
        # (every development gold of a text so written lists that form, 5 only that one), but is one title with the
        # dashed one. Ninety-sixth round, over the 1,915: 6 required found, 7 false gone (0 | 6, 0 | 7), none lost.
        key = _SPAN_NO_YEAR.sub(r"\1年)", _YEAR_SPAN_DASH.sub("—", _LOST_DASH.sub(r"(\1—\2年)", resolved[0])))
        resolved = self._titles.setdefault((key, resolved[1]), resolved)
        kind = next((k for k in _BARE_KINDS if resolved[0].endswith(k) and len(resolved[0]) > len(k)), None)
        if kind:
            self._last_of_kind[kind] = resolved
        declared = _SHORT_TITLE.match(following)
        if declared:
            self._short_titles[declared.group(1)] = resolved
        return resolved

    def _regulation(self, title: str) -> Resolved:
        title = _full_law_title(title.strip())
        gaz = gazetteer()
        own = {d.code for d in self._chain}
        owner, pos = None, 0
        while head := division_name_at(title, pos):
            candidates = [d for d in gaz.named(head) if owner is None or owner in gaz.chain(d)]
            owner = next((d for d in candidates if d.code in own), candidates[0] if candidates else owner)
            pos += len(head)
        if owner is not None:
            return title, owner.code
        if title.startswith(_NATIONAL_ISSUERS):
            return title, NATIONAL
        is_law = (title.endswith("法") and not title.endswith(_NOT_LAW_ENDINGS)) or title in ("民法典", "宪法")
        if is_law and not title.startswith("关于") and len(title) <= 20:
            return _PRC + title, NATIONAL
        if title.endswith("条例") and not title.startswith("关于"):
            return title, NATIONAL
        return title, self.division.code

    def leveled(self, name: str) -> Resolved:
        """An award or an event belongs to the level written at its head (全国, 全省, 全市)."""
        level = award_level(name)
        if level == "national":
            return name, NATIONAL
        if level == "provincial":
            return name, self.division.province
        if level == "municipal":
            city = self.by_level_char("市")
            return name, city.code if city else self.division.code
        return name, self.division.code

    def program(self, name: str) -> Resolved:
        """A national campaign or reform (“放管服”改革) is shared by every report; any other programme is the report's own."""
        shared = national(name)
        return (shared, NATIONAL) if shared else (name, self.division.code)

    def place(self, name: str) -> Division | None:
        """The division a place name means here: the report's own, one in its province, or the only one."""
        return self._nearest(gazetteer().named(name), unique=True)

    def divisions(self, codes: Iterable[str]) -> dict[str, Division]:
        """The divisions of these codes and every division they are part of, for the record's writer."""
        gaz = gazetteer()
        out: dict[str, Division] = {self.division.code: self.division}  # an unplaced zone is in no table
        pending = list(codes)
        while pending:
            code = pending.pop()
            if code in gaz.by_code and code not in out:
                for d in gaz.chain(gaz.by_code[code]):
                    out.setdefault(d.code, d)
                    pending.extend(d.parts)  # a zone lying in several divisions is part of each
        return out

    def parent_code(self, division: Division) -> str | None:
        if division.level == "zone":
            return None  # a zone lies in divisions (its parts); it is no part of their hierarchy
        parent = gazetteer().parent(division)
        return parent.code if parent is not None and parent.code != division.code else None


def _full_law_title(title: str) -> str:
    """A national law cited by its short form (《保密法》, 《中华人民共和国招投标法》) under its own title, so that
    it is the one law every report citing it by either name cites."""
    bare = title.removeprefix(_PRC)
    return _PRC + _LAW_SHORT_FORMS[bare] if bare in _LAW_SHORT_FORMS else title


def _before_of(title: str, mentions: list[AgencyMention]) -> set[int]:
    """Where the bodies of a title start that stand in a list ending right before 的 (区人大、区政协的监督支持下)
    or before the guidance they give (在县委、县政府的坚强领导和县政法委有力指导下)."""
    starts: set[int] = set()
    after: AgencyMention | None = None
    for mention in reversed(mentions):
        gap = title[mention.end:mention.end + 1]
        if gap == "的" or _GUIDANCE.match(title, mention.end) or (gap and gap in _JOINED and after is not None and after.start == mention.end + 1
                           and after.start in starts):
            starts.add(mention.start)
        after = mention
    return starts


def _regiment_titled(title: str) -> str | None:
    """A regiment that titles its report by its number (106团, 五团), named as written; its division (第六师) left out, as
    the golds leave it out.

    >>> _regiment_titled("106团"), _regiment_titled("五团法治政府建设工作报告"), _regiment_titled("共青团团委")
    ('106团', '五团', None)
    """
    written = _REGIMENT.match(title.strip())
    if not written:
        return None
    return re.sub(r"^第[一二三四五六七八九十]{1,3}师", "", written.group())
