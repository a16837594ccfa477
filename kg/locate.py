"""Locate: which division a report is about, from its title and opening, or as the user says.

A report names its place in the title (城阳区2024年…) or its first sentence (2023年,某县坚持…);
one that only says 我市 or 全县 there is placed by the division its text names most often, or, naming
none outside its documents' titles, by the one those titles name (《华宁县…工作要点》). A town that
several counties have is placed by the county its text, or else its page's address, names. A body that
repeats its title opens with the sentence after it; a listed zone its text never names in full is known by
the short name it writes (信阳高新区), an unlisted one its title names short by the fuller name its text writes
(中国(上海)自由贸易试验区临港新片区). A report that names no place at all (区司法局…, 全区…) is placed by the
province, county or city its page's host spells (rongchang.gov.cn, sft.shandong.gov.cn) before it is refused. A city may name itself in its
opening by its short name alone (株洲深入贯彻…), and an autonomous prefecture or league by its first character
(巴州, 锡盟: ``kg.divisions``). A department that names neither itself nor its place in its opening, only the
区委、区政府 it works under (区市场监管局…), is of that level, and placed by the district its own documents'
titles name. A zone its opening writes by its kind alone (高新区坚持…) is the listed zone of that kind in the city
its text names by its short name or its page's host spells; an unlisted zone whose name holds no place lies in
the city so named. A town's report addressed to its county (中共将乐县委员会,将乐县人民政府:) is the town's. A
report whose text names no place is placed by the publisher its page's metadata names (发布机构: 上城区市场监督管理局),
then by its page's host; one that names no place up front is placed by its page's host over a division its text
only mentions outside the host's (赴永川区学习… on rongchang.gov.cn).
"""
from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache
from urllib.parse import urlsplit

from kg.divisions import (Division, Gazetteer, division_name_at, division_names, division_spans, gazetteer, in_full,
                          initials, romanised, town_counties, towns, unplaced_zone, zone_in)
from kg.errors import Errors, KgError
from kg.layout import Layout
from kg.resources import alternation, table, word_list

_SHORT_NAME = 2  # two-character names (城区, 范县) are as often pieces of ordinary words
_TOWN_END = re.compile(r"街道|镇|乡")
_LONGEST_TOWN = 8
_SHORT_ZONE = 3  # a zone's kind alone (高新区, 经开区) names none
_LONGEST_ZONE_PLACE = 6  # characters of place name before a zone's kind (珠海高新区, 苏州工业园区)
_LONGEST_REGION_ALIAS = 3  # 贵州, 内蒙古
_SHORTEST_SPELLING = 4  # a host spelling a place: shorter ones (xi, an) are pieces of anything
_SHORTEST_INITIALS = 3  # a host spelling a place's initials (tsqs, hlj): two letters are anyone's
_NOT_IN_PLACE = "年度关于的在和与及是为共由"  # ...which stops at these (2021年高新区, 中共高新区工委)
# ...and after the genre's formula before its report (现将郑东新区2025年度法治政府建设情况报告如下)
_BEFORE_PLACE = re.compile(r"现将")
_TITLE = re.compile(r"《[^》]*》")  # a document's title, whose place names are not the report's
# A free trade zone's official name, headed by its province in brackets (中国(上海)自由贸易试验区): its 自由 holds the 由
# that ends a place name elsewhere, and the brackets place it
_FREE_TRADE_HEAD = re.compile(r"中国[((][\u4e00-\u9fff]{2,4}[))]自由贸易$")
# The bodies a report is addressed to, heading it (中共将乐县委员会,将乐县人民政府:): its superiors, not its writer
_SALUTATION = re.compile(r"^\s*(?:中共)?[^\s。,,::]{0,20}?委(?:员会)?[,,、\s]*[^\s。,,::]{0,20}?政府[::]")
# A street, town or township heading a title: 望江楼街道2023年…, 2023年度某某镇法治政府建设…, 关于某某街道…, 某某乡2020年度…
# (after its district's 人民政府, whose office it is: 西城区人民政府广安门内街道办事处…)
_TOWN_IN_TITLE = re.compile(r"\s*(?:\d{4}年度?)?(?:关于)?(?:人民政府)?(?P<name>[\u4e00-\u9fff]{2,8}?(?:街道|镇|乡))"
                            r"(?=\d|年|关于|法治|人民政府|办事处|党|[((\s])")
# A street of Guangdong written 街 for 街道 (洛浦街2021年度…): the street, when the gazetteer lists it
_STREET_AS_JIE = "街"


def division_named(value: str) -> Division:
    """A division the user names: its GB/T 2260 code or its full name.

    >>> division_named("370214").name
    '城阳区'
    """
    gaz = gazetteer()
    if value in gaz.by_code:
        return gaz.by_code[value]
    found = gaz.named(value)
    if not found:
        raise KgError(Errors.E002, value=value)
    return _as_written(found[0], value)


def _as_written(division: Division, opening: str) -> Division:
    """The division as a report written before its renaming knows it: 市政府 in a 2019 海门市 report is its own.

    >>> _as_written(division_named("320684"), "海门市2019年法治政府建设年度报告").level_char
    '市'
    """
    written = next((name for name in division.former if name in opening), None)
    if written is None or division.name in opening:
        return division
    return dataclasses.replace(division, written=written)


def report_division(layout: Layout) -> Division | None:
    """The division a report is about, each zone known by the name its report writes; a report that names none
    is placed by its page's address, as a reader would (rongchang.gov.cn is 荣昌区's site)."""
    site = layout.header.get("来源", "")
    found = _report_division(layout)
    found = _site_over_mention(found, layout, site) if found else _published_by(layout)
    if found is None:
        # ...or by the initials a municipality's district's site is registered under (tjhp.gov.cn: 天津市和平区, for a
        # bureau's title that writes only 区生态环境局), or, those failing, by the divisions its text mentions
        return (spelled_by_site(site, layout.body, composed=True) or _municipal_district_initialled(site)
                or locate(layout.body)
                or _initialled_by_site(site, layout.body) or _portal_city(site, layout.body)
                or _county_of_two_initials(site, layout.body))
    found = _namesake_by_site(found, layout.body, site)
    zone = _zone_in_named_city(_zone_in_full(found, layout.body), layout.body, site)
    return in_full(_zone_as_written(zone, f"{layout.title or ''}\n{layout.body}"))


def _namesake_by_site(found: Division, text: str, site: str) -> Division:
    """Of the county-level divisions that share ``found``'s name (市中区 of 济南, 枣庄, 乐山, 内江), the one the page's
    host spells or is the initials of (zzszq: 枣庄 市中区), if only one, and the text supports it as much as ``found``:
    a page on one namesake's site is that namesake's.

    >>> _namesake_by_site(division_named("370103"), "区人社局坚持依法行政。", "http://www.zzszq.gov.cn/zw/1.html").code
    '370402'
    """
    if not site or found.level != "county":
        return found
    gaz = gazetteer()
    namesakes = [d for d in gaz.named(found.name) if d.level == "county"]
    spelled = [d for d in namesakes if _site_spells(site, d)]
    if len(namesakes) < 2 or len(spelled) != 1 or spelled[0].code == found.code:
        return found
    host = spelled[0]
    if _support(gaz, host, text) < _support(gaz, found, text):
        return found
    return dataclasses.replace(host, written=found.written)


def _site_over_mention(found: Division, layout: Layout, site: str) -> Division:
    """For a report whose title and first sentence name no place, the division its page's host spells over one its
    text names outside it (赴永川区学习… in 荣昌区's bureau's report on rongchang.gov.cn): a place visited, learnt
    from or worked with is not the writer's, and the host says whose site the page is on. A division named inside
    the host's (a district on its city's site) stays the report's."""
    opening = _opening(layout)
    if found.level == "zone" or _names_outside_titles(opening) or _first_town(opening):
        return found  # a zone is named by its own name and kind (湄洲岛国家旅游度假区), no division's
    host = spelled_by_site(site, layout.body) or _initialled_by_site(site, layout.body)
    if host is None or host in gazetteer().chain(found):
        return found
    return host


def _published_by(layout: Layout) -> Division | None:
    r"""The division of the publisher a government page's metadata names (发布机构: 上城区市场监督管理局), for a
    report whose text names no place of its own: the town's county, or the division its name begins with.

    >>> from kg.layout import read_layout
    >>> from kg.ingest import normalise
    >>> _published_by(read_layout(normalise("发布机构: 上城区市场监督管理局\n2023年,区市场监管局坚持依法行政。"))).name
    '上城区'
    """
    publisher = layout.header.get("发布机构", "")
    if not (division_spans(publisher) or _first_town(publisher)):
        return _zone_published_by(publisher, layout.body)
    return town_named(publisher, layout.body, layout.header.get("来源", "")) or locate(layout.body, publisher)


def _zone_published_by(publisher: str, text: str) -> Division | None:
    """The zone a publisher's name holds, headed by a place that places it (内蒙古阿拉善高新技术产业开发区管理委员会:
    in 阿拉善盟), known by the shortest form of that name the text writes that still places it (《阿拉善高新技术产业开发区
    …细则》): a zone's own page names its writer in full where its text says only 高新区.

    >>> _zone_published_by("内蒙古阿拉善高新技术产业开发区管理委员会", "制定《阿拉善高新技术产业开发区细则》").name
    '阿拉善高新技术产业开发区'
    >>> _zone_published_by("高新区管委会", "高新区坚持依法行政。") is None
    True
    """
    kind = _zone_kinds().search(publisher)
    if kind is None:
        return None
    zone = unplaced_zone(_zone_name(publisher, kind))
    if not zone.parts:
        return None
    shorter = (unplaced_zone(zone.name[start:]) for start in range(len(zone.name) - len(kind.group()), 0, -1)
               if zone.name[start:] in text)
    return next((short for short in shorter if short.parts and short.parts == zone.parts), zone)


def _zone_in_named_city(zone: Division, text: str, site: str) -> Division:
    """A zone no table lists and whose name holds no place (五象新区) lies in the city its text names most, if only
    by its short name (服务南宁高质量发展), or else the one its page's host spells: its 市委 and 市政府 are that city's.

    >>> zone = _zone_in_named_city(unplaced_zone("五象新区"), "在市委领导下,服务南宁市高质量发展。", "")
    >>> zone.code, zone.city
    ('450100-2c589cba', '450100')
    """
    if zone.level != "zone" or zone.parts:
        return zone
    cities = [city for found in _cities_by_alias().values() for city in found]
    home = (_most_named_city(text, site, cities) or _city_named_in_titles(text, cities)
            or _municipal_district_initialled(site) or _city_portal(site))
    return dataclasses.replace(zone_in(zone.name, home), written=zone.written) if home else zone


def _city_portal(site: str) -> Division | None:
    """The city whose two-letter portal domain the page is registered under (bhwxq.dg.gov.cn, www.sz.gov.cn: 东莞市,
    深圳市; ``city_portals.tsv``), for a zone whose text names no city: a zone a city runs publishes on its city's site.

    >>> _city_portal("http://www.sz.gov.cn/cn/xxgk/dpxq/1.html").name
    '深圳市'
    >>> _city_portal("http://www.szft.gov.cn/1.html") is None
    True
    """
    labels = host_labels(site)
    return _city_portals().get(labels[-1]) if labels else None


def _portal_city(site: str, text: str) -> Division | None:
    """For a report whose text names no place at all (a page that shows no title: 2025年,我局坚持…; 市卫健委坚持…),
    the city whose two-letter portal domain the page is registered under (hrss.sz.gov.cn: 深圳市; ``city_portals.tsv``),
    unless the text calls itself, or works under, another level than a city's (区委、区政府: a district's page).

    >>> _portal_city("https://hrss.sz.gov.cn/xxgk/1.html", "在市委、市政府的正确领导下,市人力资源保障局坚持依法行政。").name
    '深圳市'
    >>> _portal_city("https://hrss.sz.gov.cn/xxgk/1.html", "在区委、区政府的正确领导下,区司法局坚持依法行政。") is None
    True
    """
    city = _city_portal(site)
    if city is None:
        return None
    level = _own_level(text) or _overseers_level(text)
    return city if level in ("", city.level_char) else None


def _county_of_two_initials(site: str, text: str) -> Division | None:
    """For a report nothing else places, the one county whose short name's initials a two-letter label of the page's
    host is (hc.gov.cn: 合川区) among those whose city or province the text names outside its documents' titles
    (全面融入重庆…): two letters are many counties' initials across China, few within the places a text names.

    >>> _county_of_two_initials("https://www.hc.gov.cn/bmjd/1.html", "在区委、区政府领导下,服务重庆高质量发展。").name
    '合川区'
    >>> _county_of_two_initials("https://www.hc.gov.cn/bmjd/1.html", "在区委、区政府领导下,依法行政。") is None
    True
    """
    gaz, outside = gazetteer(), _outside_titles(text)
    found = {}
    for label in host_labels(site):
        if len(label) != 2 or label in _city_portals():
            continue
        for county in _counties_by_two_initials().get(label, ()):
            above = (gaz.by_code.get(county.city or ""), gaz.by_code.get(county.province))
            if any(d is not None and (d.alias or d.name) in outside for d in above):
                found[county.code] = county
    return next(iter(found.values())) if len(found) == 1 else None


@cache
def _counties_by_two_initials() -> dict[str, tuple[Division, ...]]:
    return _indexed(("county",), lambda d: [form] if len(form := initials(d.alias or d.name)) == 2 else [])


def _indexed(levels: tuple[str, ...], forms: Callable[[Division], Iterable[str]]) -> dict[str, tuple[Division, ...]]:
    """The gazetteer's divisions of ``levels`` by each form ``forms`` gives them (a spelling, initials a host may use)."""
    out: dict[str, list[Division]] = {}
    for division in gazetteer().by_code.values():
        if division.level in levels:
            for form in forms(division):
                out.setdefault(form, []).append(division)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _city_portals() -> dict[str, Division]:
    gaz = gazetteer()
    return {row["label"]: city for row in table("city_portals.tsv")
            for city in gaz.by_name.get(row["city"], ()) if city.level == "city"}


def _city_named_in_titles(text: str, cities: Iterable[Division]) -> Division | None:
    """For a text that names no city outside its documents' titles, the one city those titles name most
    (《郑州市…通知》): a body implements its own city's documents. Over the 560 dev reports, of the 27 whose text
    names a city only inside titles, 25 are that city's (the 2 others a street of 北京's 朝阳区, not 朝阳市).

    >>> _city_named_in_titles("制定《郑州市法治政府建设工作要点》。", [division_named("郑州市")]).name
    '郑州市'
    """
    cities = list(cities)
    outside = _outside_titles(text)
    if any(city.alias and city.alias in outside for city in cities):
        return None
    titles = " ".join(_TITLE.findall(text))
    counts = sorted(((titles.count(city.alias), city.code) for city in cities if city.alias), reverse=True)
    if not counts or not counts[0][0] or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None
    return gazetteer().by_code[counts[0][1]]


def _municipal_district_initialled(site: str) -> Division | None:
    """The district of a municipality (北京, 天津, 上海, 重庆) whose initials, after its municipality's, a label of the
    page's host is (tjbh: 天津市滨海新区), if only one: 50 of the 51 dev reports on such hosts are that district's
    (the other's host, cqqj, is the initials of two districts).

    >>> _municipal_district_initialled("https://www.tjbh.gov.cn/dj/1.html").name
    '滨海新区'
    """
    found = {d.code: d for label in host_labels(site) for d in _municipal_districts_by_initials().get(label, ())}
    return next(iter(found.values())) if len(found) == 1 else None


@cache
def _municipal_districts_by_initials() -> dict[str, tuple[Division, ...]]:
    gaz, out = gazetteer(), {}
    for division in gaz.by_code.values():
        province = gaz.by_code.get(division.province)
        if division.level == "county" and province is not None and province.name.endswith("市"):  # a municipality
            out.setdefault(initials(province.alias or province.name) + initials(division.alias or division.name),
                           []).append(division)
    return {k: tuple(v) for k, v in out.items()}


def _outside_titles(text: str) -> str:
    """The text without its documents' titles and the words that only hold a city's short name (长治久安): where
    a city it names is the writer's own."""
    return _not_city_names().sub("", _TITLE.sub("", text))


def _most_named_city(text: str, site: str, cities: Iterable[Division]) -> Division | None:
    """Of ``cities``, the one whose short name the text writes most outside its documents' titles (法治珠海), then the
    one the page's host spells longest (xiangyang spells 襄阳 over 西安); None if none is named, or several tie.
    Words that only hold a short name (长治久安) name no city."""
    text = _outside_titles(text)
    evidence = [((text.count(city.alias), _site_spells(site, city) and len(romanised(city.alias))), city)
                for city in cities if city.alias]
    most = max((found for found, _ in evidence), default=(0, 0))
    best = {city.code: city for found, city in evidence if found == most}
    return next(iter(best.values())) if any(most) and len(best) == 1 else None


def _zone_in_full(zone: Division, text: str) -> Division:
    """A zone its opening names short and places nowhere (临港新片区) is the fuller name its text writes, headed by
    the zone it lies within, if that places it (中国(上海)自由贸易试验区临港新片区).

    >>> zone = _zone_in_full(unplaced_zone("临港新片区"), "中国(上海)自由贸易试验区临港新片区管理委员会")
    >>> zone.name, zone.known_as, zone.province
    ('中国(上海)自由贸易试验区临港新片区', '临港新片区', '310000')
    """
    if zone.level != "zone" or zone.parts:
        return zone
    outer = rf"(?:中国[((][\u4e00-\u9fff]{{2,4}}[))])?[\u4e00-\u9fff]{{2,{_LONGEST_ZONE_PLACE}}}?(?:{_zone_kinds().pattern})"
    fuller = (unplaced_zone(m.group()) for m in re.finditer(outer + re.escape(zone.name), text))
    return next((dataclasses.replace(full, written=zone.name) for full in fuller if full.parts), zone)


def spelled_by_site(site: str, text: str, composed: bool = False) -> Division | None:
    """The county or city whose short name the page's host spells (rongchang.gov.cn): of several so spelled
    (fuzhou: 福州市, 抚州市), the one the text, its city and its province name most, then one of the level the
    text calls its own (全区).

    >>> spelled_by_site("http://rongchang.gov.cn/bm/qsfj/1.html", "全区……重庆").name
    '荣昌区'
    >>> spelled_by_site("", "全区") is None
    True
    """
    labels = host_labels(site)
    candidates = [d for label in labels for d in _divisions_by_spelling().get(label, ())]
    if not candidates and composed:  # for a report nothing else places (``report_division``)
        candidates = [d for label in labels for d in _counties_by_composed_spelling().get(label, ())]
    if not candidates and labels and (portal := _provincial_portals().get(labels[-1])):
        candidates = [portal]
    own_char = _own_level(text)
    gaz = gazetteer()
    return max(candidates, key=lambda d: (text.count(d.alias or d.name) + _support(gaz, d, text),
                                          bool(own_char) and d.level_char == own_char), default=None)


@cache
def _divisions_by_spelling() -> dict[str, tuple[Division, ...]]:
    """Provinces, counties and cities by their short names' pinyin, as their sites' hosts spell them (taojiang,
    rongchang; a provincial department's sft.shandong.gov.cn). 陕西 spells itself shaanxi, apart from 山西."""
    def spelled(division: Division) -> list[str]:
        form = _HOST_SPELLINGS.get(division.name) or romanised(division.alias or division.name)
        return [form] if len(form) >= _SHORTEST_SPELLING else []
    return _indexed(("province", "county", "city"), spelled)


@cache
def _counties_by_composed_spelling() -> dict[str, tuple[Division, ...]]:
    """Counties by the two longer spellings their sites' hosts also use: their short name's pinyin after their
    province's initials (ahshitai: 安徽 石台县; gddongyuan: 广东 东源县) or before their level's syllable (xialuqu:
    下陆区; xinxiangxian: 新乡县). Read only for a host none of whose labels spells a division plainly.

    >>> [d.name for d in _counties_by_composed_spelling()["ahshitai"]]
    ['石台县']
    >>> [d.name for d in _counties_by_composed_spelling()["xialuqu"]]
    ['下陆区']
    """
    gaz = gazetteer()

    def composed(division: Division) -> set[str]:
        spelled = romanised(division.alias or division.name)
        if len(spelled) < _SHORTEST_SPELLING:
            return set()
        province = gaz.by_code.get(division.province)
        forms = {initials(province.alias or province.name) + spelled if province else "",
                 spelled + romanised(division.name[-1]) if division.name[-1] in _SYLLABLE_LEVELS else ""}
        return forms - {""}
    return _indexed(("county",), composed)


_SYLLABLE_LEVELS = "区县市旗"  # the level characters a host spells by their syllable after a county's name (xialuqu)


@cache
def _provincial_portals() -> dict[str, Division]:
    """Provinces by their portal's domain where it is too short to spell their name (gd of wsjkw.gd.gov.cn): the
    domain a page is registered under, never a label inside another's host (gd.foo.gov.cn is foo's)."""
    gaz = gazetteer()
    return {row["label"]: province for row in table("provincial_portals.tsv")
            for province in gaz.by_name.get(row["province"], ()) if province.level == "province"}


_HOST_SPELLINGS = {"陕西省": "shaanxi"}  # the official romanisation, which keeps it apart from 山西 (shanxi)


def _report_division(layout: Layout) -> Division | None:
    """The division a report is about, judged by its title and first sentence first.

    A street office or town that names only itself there (留下街道2022年度…) lies in the
    county-level division that has a town of that name.
    """
    title = layout.title or ""
    opening = _opening(layout)
    site = layout.header.get("来源", "")
    # A title naming only a street or town decides even when the first sentence names the city above it
    # (虹桥街道2021年度… over 成功入选上海市第一批法治示范创建街镇), or the county its report is addressed to.
    for words in (_street_in_full(_SALUTATION.sub("", title)), _streets_in_full(_SALUTATION.sub("", opening))):
        if not _long_names_outside_titles(words) and (town := town_named(words, layout.body, site)):
            return town
    # A title or an opening that names its writer's place only by its short name, before its year or as its subject
    # (郎溪2024年…报告, 福建2021年度…; 2023年,池州坚持…,石台县创成…示范县)
    unnamed = not _names_outside_titles(title)
    if short := ((unnamed and _short_named(title, layout.body)) or _short_named(title, layout.body, subject=True)
                 or (unnamed and _short_named(opening[len(title):], layout.body, subject=True))):
        return short
    # A title that names a division decides before the first sentence, which may be the site's name above the
    # page (福州市 over 福建省2021年度法治政府建设情况).
    found = locate(layout.body, title) if _names_outside_titles(title) else None
    if found is None and (kind := _zone_kinds().search(title)) and (
            _zone_name(title, kind) != kind.group() or not _names_outside_titles(opening)):
        # 五象新区2025年度…, or 经济开发区2024年度… with no division in the first sentence: not the city its text
        # names further on
        return zone_written(opening, layout.body, site)
    found = found or locate(layout.body, opening)
    if found is None:
        return zone_written(opening, layout.body, site)
    return _as_written(found, opening)


# A place's short name heading a title before its year (郎溪2024年, 福建2021年度, 关于绵竹2023年), or an opening's subject
# right after its year (2023年,池州坚持…, 2021年,元谋法治政府建设工作以…)
_LEVEL_CHARS = "省市区县旗"  # not 州: 池州, 福州 are short names
_SHORT_HEADING = re.compile(r"^\s*(?:关于)?(?P<name>[\u4e00-\u9fff]{2,4}?)(?:\d{4}年|关于\d{4}年)")
_SUBJECT_LEAD = re.compile(r"^\s*\d{4}年度?(?:以来)?[,,]\s*")
_SUBJECT_VERB = re.compile(r"坚持|深入|认真|全面|始终|紧紧|紧扣|围绕|聚焦|以习|法治政府建设")
_SHORT_SUBJECT = re.compile(_SUBJECT_LEAD.pattern + r"(?P<name>[\u4e00-\u9fff]{2,4}?)(?=" + _SUBJECT_VERB.pattern + ")")


def _short_named(words: str, text: str = "", subject: bool = False) -> Division | None:
    """The province, city or county a title names by its short name alone before its year (郎溪2024年法治政府建设…:
    郎溪县; 福建2021年度…: 福建省), or, ``subject``, an opening's sentence as its subject (2023年,池州坚持…), as people
    write their own place; of several sharing the short name, the one whose level the text calls its own (我市: 楚雄市
    over 楚雄州), then the one whose province and city are named most.

    >>> _short_named("郎溪2024年法治政府建设工作情况报告").name
    '郎溪县'
    >>> _short_named("福建2021年度法治政府建设情况").name
    '福建省'
    >>> _short_named("2023年,池州坚持以习近平新时代中国特色社会主义思想为指导", subject=True).name
    '池州市'
    >>> _short_named("2023年,池州市坚持以习近平…,石台县创成全省示范县", subject=True).name
    '池州市'
    >>> _short_named("全县2023年法治政府建设情况报告") is None, _short_named("高新区2023年法治政府建设情况报告") is None
    (True, True)
    """
    if subject and (lead := _SUBJECT_LEAD.match(words)) and (full := division_name_at(words, lead.end())) \
            and _SUBJECT_VERB.match(words, lead.end() + len(full)):
        candidates = tuple(d for d in gazetteer().named(full) if d.level != "zone")  # 2023年,池州市坚持…
    else:
        found = (_SHORT_SUBJECT if subject else _SHORT_HEADING).match(words)
        if not found or found.group("name")[-1] in _LEVEL_CHARS:
            return None  # a level's or a zone's kind (高新区2023年…) is no short name
        candidates = _divisions_by_short_name().get(found.group("name"), ())
    if not candidates:
        return None
    own, gaz = _own_level(text) or _overseers_level(text), gazetteer()
    return max(candidates, key=lambda d: (d.level_char == own, _support(gaz, d, text), d.level != "county"))


@cache
def _divisions_by_short_name() -> dict[str, tuple[Division, ...]]:
    """Provinces, cities and counties by their short names (福建, 池州, 郎溪), two characters or more."""
    out: dict[str, list[Division]] = {}
    for division in gazetteer().by_code.values():
        if division.level in ("province", "city", "county") and len(division.alias) >= _SHORT_NAME \
                and division.alias != division.name:
            out.setdefault(division.alias, []).append(division)
    return {k: tuple(v) for k, v in out.items()}


def _zone_as_written(zone: Division, text: str) -> Division:
    """A listed zone whose report never writes its full name is known by the short one it writes, headed by its
    city's if the text so writes it (信阳高新区 for 信阳高新技术产业开发区), and its units are named so; one whose
    report writes only its kind (高新区) by its everyday short name (珠海高新区党群工作部).

    >>> _zone_as_written(division_named("珠海高新技术产业开发区"), "高新区党群工作部").known_as
    '珠海高新区'
    """
    if zone.level != "zone" or not zone.alias or zone.name in text:
        return zone
    city = gazetteer().by_code.get(zone.city or "")
    forms = ((city.alias if city else "") + zone.alias, zone.alias)
    kinds = word_list("zone_kinds.txt")

    def names_a_zone(form: str) -> bool:  # more than a kind alone (高新区), and ending in one
        return len(form) > _SHORT_ZONE and form.endswith(kinds)

    written = next((form for form in forms if form in text and names_a_zone(form)),
                   zone.alias if names_a_zone(zone.alias) else None)
    return dataclasses.replace(zone, written=written) if written else zone


def zone_written(opening: str, text: str = "", site: str = "") -> Division | None:
    """A zone the opening names by a name no table lists (高新区综合治理局2021年…), placed in no division.

    Its name runs back from the kind of zone to the first word that cannot be part of a place name; a title
    that writes the kind alone has the name the opening writes in full (经济开发区2024年度… 2024年宁河经济开发区在…),
    or else the listed zone of that kind the text names, if only in its documents' titles (示范区党工委… and
    《杨凌示范区…实施方案》), or else the listed zone of that kind in the city the text names by its short name or
    the page's host spells (高新区… 法治珠海建设 on zhuhai-hitech.gov.cn: 珠海高新技术产业开发区).

    >>> zone_written("2021年度某某高新区综合治理局法治政府建设报告").name
    '某某高新区'
    >>> zone_written("经济开发区2024年度法治政府建设情况报告 2024年宁河经济开发区坚持依法行政。").name
    '宁河经济开发区'
    >>> zone_written("徐圩新区2022年法治政府建设工作报告 2022年,徐圩新区为建设千亿园区提供法治保障。").name
    '徐圩新区'
    >>> zone_written("高新区2023年法治政府建设年度报告 2023年,我区纵深推进高新区建设。", "《襄阳高新区规划》").name
    '襄阳高新技术产业开发区'
    >>> zone_written("关于2021年法治政府建设情况的报告") is None
    True
    >>> zone_written("2024年,示范区党工委坚持依法行政。", "党工委审议通过了《杨凌示范区实施方案》。").name
    '杨凌农业高新技术产业示范区'
    >>> zone_written("2023年,高新区坚持依法行政。", "法治珠海建设考评获优秀。").name
    '珠海高新技术产业开发区'
    """
    opening = _TITLE.sub("", opening)
    kinds = list(_zone_kinds().finditer(opening))
    if not kinds:
        return None
    name = _zone_name(opening, kinds[0])
    if name == kinds[0].group():
        written = (_zone_name(opening, k) for k in kinds[1:] if k.group() == name)
        # ...headed by the place it lies in (宁河经济开发区), not by the verb before it (纵深推进高新区)
        name = next((full for full in written if full != name and unplaced_zone(full).parts), name)
    if name == kinds[0].group() and (listed := _listed_zone_of_kind(text, name) or _zone_of_kind_in_city(text, name, site)):
        return listed
    return unplaced_zone(name)


def _listed_zone_of_kind(text: str, kind: str) -> Division | None:
    """The zone of a table that ``text`` names most often among those whose names end with ``kind``."""
    gaz = gazetteer()
    counts = Counter(name for name in division_names(text) if name.endswith(kind))
    zones = [(counts[name], d) for name in counts for d in gaz.named(name) if d.level == "zone"]
    return max(zones, key=lambda pair: pair[0])[1] if zones else None


def _zone_of_kind_in_city(text: str, kind: str, site: str) -> Division | None:
    """The listed zone of ``kind`` in the city the text or the page's host names (``_most_named_city``); None if no
    city is so named, or that city has several zones of the kind."""
    gaz = gazetteer()
    zones = _listed_zones_of_kind(kind)
    city = _most_named_city(text, site, (gaz.by_code[zone.city] for zone in zones if zone.city in gaz.by_code))
    in_city = [zone for zone in zones if city is not None and zone.city == city.code]
    return in_city[0] if len(in_city) == 1 else None


@cache
def _listed_zones_of_kind(kind: str) -> tuple[Division, ...]:
    """The zones a table lists that go by a name ending with ``kind`` (珠海高新区 of 高新区)."""
    gaz = gazetteer()
    return tuple(dict.fromkeys(d for name, found in gaz.by_name.items() if name.endswith(kind)
                               for d in found if d.level == "zone" and d.parts))


def _zone_name(opening: str, kind: re.Match[str]) -> str:
    """The place words before a zone's kind, at most ``_LONGEST_ZONE_PLACE`` of them, but never half a province's
    or a city's short name, nor without the one just before them: 贵州双龙航空港经济区, not 州双龙航空港经济区;
    济南新旧动能转换起步区, not 新旧动能转换起步区.

    >>> _zone_name("贵州双龙航空港经济区2023年", _zone_kinds().search("贵州双龙航空港经济区2023年"))
    '贵州双龙航空港经济区'
    >>> _zone_name("济南新旧动能转换起步区管委会", _zone_kinds().search("济南新旧动能转换起步区管委会"))
    '济南新旧动能转换起步区'
    >>> _zone_name("现将郑东新区2025年度情况报告如下", _zone_kinds().search("现将郑东新区2025年度情况报告如下"))
    '郑东新区'
    >>> _zone_name("中国(上海)自由贸易试验区管理委员会", _zone_kinds().search("中国(上海)自由贸易试验区管理委员会"))
    '中国(上海)自由贸易试验区'
    """
    if free_trade := _FREE_TRADE_HEAD.search(opening, 0, kind.start()):
        return opening[free_trade.start():kind.end()]
    start = kind.start()
    while start > max(0, kind.start() - _LONGEST_ZONE_PLACE) and "\u4e00" <= opening[start - 1] <= "\u9fff" \
            and opening[start - 1] not in _NOT_IN_PLACE:
        start -= 1
    if start == kind.start() - _LONGEST_ZONE_PLACE:
        aliases = _region_aliases()
        start = next((head for head in range(start - 1, max(-1, start - _LONGEST_REGION_ALIAS - 1), -1)
                      if any(opening[head:end] in aliases for end in range(start, head + _LONGEST_REGION_ALIAS + 1))),
                     start)
    formula = _BEFORE_PLACE.match(opening, start)
    return opening[formula.end() if formula else start:kind.end()]


@cache
def _region_aliases() -> frozenset[str]:
    """Provinces' and cities' short names (贵州, 南宁), which may head a zone's name."""
    return frozenset(d.alias for d in gazetteer().by_code.values() if d.level in ("province", "city") and d.alias)


@cache
def _zone_kinds() -> re.Pattern[str]:
    return re.compile(alternation(word_list("zone_kinds.txt")))


def town_written(layout: Layout) -> str | None:
    """The street or town whose own report this is: one the title names after the divisions that place it, even
    one no gazetteer lists (a new or renamed street), or a known one that the title or first sentence names
    when neither names a division (2023年,塘栖镇党委、政府…), the county it is addressed to aside (中共将乐县委员会,
    将乐县人民政府:2024年,古镛镇…). Its report is its office's or government's."""
    return _town_in(_SALUTATION.sub("", layout.title or ""), _streets_in_full(_SALUTATION.sub("", _opening(layout))))


def _town_in(title: str, opening: str) -> str | None:
    """
    >>> _town_in("杭州市西湖区望江楼街道2023年法治政府建设工作报告", "")
    '望江楼街道'
    >>> _town_in("洛浦街2021年度法治政府建设工作情况报告", "")
    '洛浦街道'
    >>> _town_in("海东市乐都区蒲台乡2020年度法治政府建设工作报告", "")
    '蒲台乡'
    >>> _town_in("北京市西城区人民政府广安门内街道办事处2023年法治政府建设年度报告", "")
    '广安门内街道'
    >>> _town_in("2023年法治政府建设工作报告", "2023年法治政府建设工作报告 2023年,塘栖镇党委、政府坚持依法行政。")
    '塘栖镇'
    >>> _town_in("景德镇市2023年法治政府建设年度报告", "景德镇市2023年法治政府建设年度报告 2023年,全市坚持依法行政。")
    >>> _SALUTATION.sub("", "中共将乐县委员会,将乐县人民政府:2024年,古镛镇坚持依法行政")
    '2024年,古镛镇坚持依法行政'
    """
    placed = [end for _, end in division_spans(title)]
    rest = title[placed[-1]:] if placed else title
    if found := _TOWN_IN_TITLE.match(rest):
        return found.group("name")
    if (street := _TOWN_IN_TITLE.match(_street_in_full(rest))) and street.group("name") in town_counties():
        return street.group("name")
    town = None if _long_names_outside_titles(opening) else _first_town(opening)
    return town[0] if town else None


def _street_in_full(title: str) -> str:
    """A title that opens with a listed street written 街 for 街道 (茶淀街2023年度…, 洛浦街2021年度…), with its
    name in full, so that the street places the report as one written in full would; any other title as it is.

    >>> _street_in_full("茶淀街2023年度法治政府建设情况报告")
    '茶淀街道2023年度法治政府建设情况报告'
    >>> _street_in_full("步行街2023年度法治政府建设情况报告")
    '步行街2023年度法治政府建设情况报告'
    """
    full = title.replace(_STREET_AS_JIE, "街道", 1)
    street = _TOWN_IN_TITLE.match(full)
    return full if street is not None and street.group("name") in town_counties() else title


# A listed street written 街 for 街道 as its opening's subject (2022年,在区委…领导下,黄石街党工委、办事处…; 龙归街始终坚持…)
_STREET_SUBJECT = re.compile(r"(?<=[,,\s])(?P<name>[\u4e00-\u9fff]{1,6}?街)"
                             r"(?=党工委|办事处|坚持|始终|认真|深入|全面|紧紧|围绕|聚焦|以习)")


def _streets_in_full(opening: str) -> str:
    """An opening whose subject is a listed street written 街 for 街道 (黄石街党工委、办事处…), with the street's name in
    full, so that it places the report as one written in full would; any other opening as it is.

    >>> _streets_in_full("2022年,在区委、区政府的正确领导下,黄石街党工委、办事处高举旗帜")
    '2022年,在区委、区政府的正确领导下,黄石街道党工委、办事处高举旗帜'
    >>> _streets_in_full("2022年,步行街坚持")
    '2022年,步行街坚持'
    """
    def full(found: re.Match[str]) -> str:
        street = found.group("name") + "道"
        return street if street in town_counties() else found.group()
    return _STREET_SUBJECT.sub(full, opening, count=1)


def town_named(opening: str, text: str, site: str = "") -> Division | None:
    """The county-level division of the first town or street named in ``opening``.

    Town names repeat across China (many a 东湖街道); the candidate whose county the text names most wins,
    then the one whose name the page's address spells (牛田镇 of jw.taojiang.gov.cn is 桃江县's, not 乐安县's),
    then the one whose city and province the text names most.

    >>> town_named("牛田镇2024年法治政府建设情况报告", "我镇坚持依法行政。", "http://jw.taojiang.gov.cn/1.html").name
    '桃江县'
    """
    gaz = gazetteer()
    town = _first_town(opening)
    if town is None:
        return None
    candidates = [gaz.by_code[c] for c in town[1]]
    if len(candidates) == 1:
        return _moved_town(candidates[0], text, site)
    # ...and, where none of these tells, the one whose county, city or province the page's address spells by initials
    return max(candidates, key=lambda d: (text.count(d.name), _site_spells(site, d), _support(gaz, d, text),
                                          _site_hints(site, d)))


def _moved_town(listed: Division, text: str, site: str) -> Division:
    """A town the gazetteer lists under one county only, on a page whose host spells another county of the same
    city and nothing of the listed one, in a text that never names the listed one: the host's county, where towns
    moved when counties were redrawn (都里镇 of 安阳县, on yindu.gov.cn: 殷都区).

    >>> _moved_town(division_named("410522"), "在区委、区政府领导下", "http://www.yindu.gov.cn/1.html").name
    '殷都区'
    """
    if not site or _site_spells(site, listed) or listed.name in text:
        return listed
    host = spelled_by_site(site, text)
    if host is None or host.level != "county" or host.code == listed.code or host.city != listed.city:
        return listed
    return host


_COMMON_LABELS = frozenset({"www", "wap", "m", "admin", "app", "mp", "web", "en", "gov", "zwgk", "xxgk", "html"})


def _site_hints(site: str, division: Division) -> int:
    """For a town whose name several counties share and whose text names none of them: how many of the county,
    its city and its province the page's host labels or its path's first folder begin with the initials or the
    spelling of (admin.yzcity.gov.cn/nyx/: 永州市, 宁远县; ws.cq.gov.cn: 重庆; hhpb: 红河, 屏边). Among a town's few
    candidates two letters tell (they are anyone's among all divisions, not among a handful).

    >>> _site_hints("http://admin.yzcity.gov.cn:8888/nyx/1.shtml", division_named("宁远县"))
    2
    >>> _site_hints("http://admin.yzcity.gov.cn:8888/nyx/1.shtml", division_named("永胜县"))
    0
    """
    if not site:
        return 0
    tokens = [label for label in host_labels(site) if label not in _COMMON_LABELS]
    folder = re.match(r"/([a-z]+)", urlsplit(site).path or "")
    if folder and folder.group(1) not in _COMMON_LABELS:
        tokens.append(folder.group(1))
    score = 0
    for level in gazetteer().chain(division):
        short = level.alias or level.name
        forms = {initials(short), romanised(short) if len(romanised(short)) >= _SHORTEST_SPELLING else ""}
        if any(form and len(form) >= 2 and token.startswith(form) for form in forms for token in tokens):
            score += 1
    return score


def host_labels(site: str) -> list[str]:
    """The labels of a page address's host before the domain's kind and country (jw.taojiang of jw.taojiang.gov.cn),
    or before the country alone where the host has no kind (wap.zhushan.cn: a county's news site).

    >>> host_labels("http://jw.taojiang.gov.cn/1.html"), host_labels("http://wap.zhushan.cn/p/1.html")
    (['jw', 'taojiang'], ['wap', 'zhushan'])
    """
    labels = (urlsplit(site).hostname or "").split(".")
    kind = 2 if len(labels) > 2 and labels[-2] in _DOMAIN_KINDS else 1
    return labels[:-kind]


_DOMAIN_KINDS = frozenset({"gov", "com", "org", "net", "edu", "ac"})  # the second level of a country's domain


def _site_spells(site: str, division: Division) -> bool:
    """Whether a label of the page's host spells the division's short name (luqu.gov.cn, gddongyuan.gov.cn), or is
    the initials of its name, or of its city's and its own (tsqs.gov.cn: 天水市清水县): 35 of the 500 dev reports'
    hosts are such initials of their division or a division above it.

    >>> _site_spells("http://www.tsqs.gov.cn/info/1.htm", division_named("620521"))
    True
    >>> _site_spells("http://www.tsqs.gov.cn/info/1.htm", division_named("510823"))
    False
    >>> _site_spells("https://www.dongjiang.gov.cn/1.html", division_named("吉安市"))
    False
    """
    labels = host_labels(site)
    spelled = romanised(division.alias or division.name)
    # ...at either end of a label (gddongyuan, zhuhai-hitech), not inside a word: dongjiang holds jian (吉安)
    if len(spelled) >= _SHORTEST_SPELLING and any(label.startswith(spelled) or label.endswith(spelled) for label in labels):
        return True
    return any(label in _initialled(division) for label in labels)


def _initialled(division: Division) -> set[str]:
    """The initials a site of the division may spell its host with: of its short name, and of its city's and its own
    (hzsc: 杭州市上城区); shorter than three letters they are anyone's."""
    own = initials(division.alias or division.name)
    city = gazetteer().by_code.get(division.city or "") if division.level == "county" else None
    province = gazetteer().by_code.get(division.province) if division.level == "county" else None
    forms = {own, initials(city.alias or city.name) + own if city else "",
             initials(province.alias or province.name) + own if province else ""}  # fjyx: 福建尤溪
    if division.level in ("county", "city") and division.name[-1] in _SPELLED_LEVELS:
        # ...and with its level's initial after it (ybq: 渝北区, csx: 长沙县, jdzcjq: 景德镇市昌江区), as 38 of the
        # 1,467 dev reports' hosts spell their division
        level = initials(division.name[-1])
        forms |= {own + level, initials(city.alias or city.name) + own + level if city else ""}
    if _bare_zone_kind(division):
        # ...but a short name that is a zone's kind alone (成都高新技术产业开发区's 高新区) spells any zone of the kind:
        # gxq.als.gov.cn is 阿拉善's high-tech zone; only its city's or province's initials before it name it (cdgxq)
        forms -= {own, own + initials(division.name[-1])}
    return {form for form in forms if len(form) >= _SHORTEST_INITIALS}


def _bare_zone_kind(division: Division) -> bool:
    """Whether the division's short name is a functional zone's kind alone (高新区), which names no one place."""
    return bool(division.alias) and _zone_kinds().fullmatch(division.alias) is not None


_SPELLED_LEVELS = "区县市旗州"  # the level characters a host spells by their initial (q, x, s, q, z)


@cache
def _divisions_by_initials() -> dict[str, tuple[Division, ...]]:
    """Counties and cities by the initials their sites' hosts may spell (``_initialled``)."""
    return _indexed(("county", "city"), _initialled)


def _initialled_by_site(site: str, text: str) -> Division | None:
    """The one division whose initials a label of the page's host is (ybq.gov.cn: 渝北区), of several so spelled
    the one the text, its city and its province name most; None when that leaves a tie (czq: every 城中区), so that
    a report is not placed by a guess.

    >>> _initialled_by_site("http://www.ybq.gov.cn/jz/lljd/1.html", "在区委、区政府领导下,我街道落实重庆市部署").name
    '渝北区'
    """
    candidates = {d.code: d for label in host_labels(site) for d in _divisions_by_initials().get(label, ())}
    if not candidates:
        return None
    gaz = gazetteer()
    scored = sorted(((text.count(d.alias or d.name) + _support(gaz, d, text), d.code) for d in candidates.values()),
                    reverse=True)
    if len(scored) > 1 and scored[0][0] == scored[1][0]:
        return None
    return candidates[scored[0][1]]


def _first_town(opening: str) -> tuple[str, tuple[str, ...]] | None:
    """The first town or street ``opening`` names that the gazetteer lists, with the codes of its counties. A street
    named after its 街 may write both (北城街街道 for the listed 北城街道), as 茶淀街 writes the 街 alone.

    >>> _first_town("北城街街道办事处2025年法治政府建设年度报告")[0]
    '北城街道'
    """
    index = town_counties()
    for end in _TOWN_END.finditer(opening):
        for start in range(max(0, end.end() - _LONGEST_TOWN), end.start() - 1):
            name = opening[start:end.end()]
            for form in (name, name.removesuffix("街街道") + "街道" if name.endswith("街街道") else ""):
                if codes := index.get(form):
                    return form, codes
    return None


def _opening(layout: Layout) -> str:
    """The title and the first sentence, where a report names its place; a body that opens by repeating its
    title (经济开发区2024年度…报告 again above 2024年宁河经济开发区在…) opens with the sentence after it."""
    title = (layout.title or "").strip()
    first = next((s.text for s in layout.opening_sentences() if not (title and s.text.strip() and s.text.strip() in title)
                  and not _addressed_only(s.text)), "")
    return title + " " + first


def _addressed_only(sentence: str) -> bool:
    """A sentence that only names the bodies the report is addressed to (中共长沙市委、长沙市人民政府:): its
    superiors, which place the writer no more than a repeated title does; the sentence after it opens the report."""
    addressed = _SALUTATION.match(sentence)
    return addressed is not None and not sentence[addressed.end():].strip()


def locate(text: str, prefer: str = "") -> Division | None:
    """The division a report is about.

    ``prefer`` (the title, or the first sentence) decides, then the opening of the
    text; a report that names itself only as 我市 or 我县 there is placed by the
    division its text names most often. Names inside 《》 are a document's, not the
    report's (《湖北省…条例》). Places that share a name (there are several 鼓楼区)
    are told apart by how often each candidate's city and province are named. An opening
    whose subject says its level (省政府坚持…) is placed only by a division of that level: None if its text names
    none, for its page's host to place (henan.gov.cn) before the divisions it only mentions do.
    """
    if subject := _subject_level(prefer):
        return _located(text, prefer, subject, firm=True)
    # 我市 / 全县 say what level of division the report is about when it does not name itself; a department's or a
    # town's report that writes neither says it by the 区委、区政府 it works under.
    return _located(text, prefer, _own_level(text) or _overseers_level(prefer + text), firm=False)


def _located(text: str, prefer: str, own_char: str, firm: bool) -> Division | None:
    """``locate`` for a report of the level ``own_char`` says; unless that is ``firm`` (the opening's subject
    says it), a county-level division the text names stands in when none of that level is named."""
    gaz = gazetteer()
    rank = {"zone": -1, "county": 0, "city": 1, "province": 2}
    for n, window in enumerate((prefer, text[:400], text)):
        names = [name for name in _names_outside_titles(window) if n == 0 or len(name) > _SHORT_NAME]
        candidates = [d for name in names for d in gaz.named(name)]
        if n == 0 and not candidates and own_char in ("", "市", "州", "盟"):
            candidates = _cities_by_short_name(window)
        if n > 0 and own_char:
            # 全市 in a district's report is the city around it as often as not: a county-level division the
            # text names still places it when no division of the level it calls its own is named.
            own = [d for d in candidates if d.name.endswith(own_char)]
            candidates = own if firm else own or [d for d in candidates if d.level in ("county", "zone")]
        if not candidates:
            continue
        if n == 2:
            counts = Counter(names)
            return max(candidates, key=lambda d: (counts[d.name], -rank[d.level], _support(gaz, d, text)))
        best_level = min(rank[d.level] for d in candidates)
        candidates = [d for d in candidates if rank[d.level] == best_level]
        return max(candidates, key=lambda d: _support(gaz, d, text))
    in_titles = _named_in_own_titles(gaz, text, own_char)
    return in_titles or (_province_by_short_name(text) if own_char == "省" else None)


def _own_level(text: str) -> str:
    """The level character a report calls itself by most (我市, 全县, 本区), or "" if it never does.

    >>> _own_level("全区坚持依法行政,我区…,服务全市大局。")
    '区'
    """
    own = Counter(_OWN_LEVEL.findall(text)).most_common(1)
    return own[0][0] if own else ""


_OWN_LEVEL = re.compile(r"[我本全]([区县市州旗])")
# The subject of an opening that names no place, written by its level alone, after the year, the bodies leading it
# or the genre's formula: 2022年,省政府坚持…; 在…领导下,全省各级政府坚持…; 现将省政府2024年度…; 2023年,区市场监管局在…
_SUBJECT_LEVEL = re.compile(r"(?:\d年度?(?:以来)?|下|现将)[,,]?\s*[我本全]?(?P<level>[省市区县州旗])(?:各级)?"
                            r"[\u4e00-\u9fff]{0,10}?(?=坚持|深入|认真|全面|始终|紧紧|紧扣|围绕|聚焦|在|以|\d{4}年)")


def _subject_level(opening: str) -> str:
    """The level character of an opening's subject when it names no place (2022年,省政府坚持…: 省), or "".
    A province's report says 全省 less often than a city's report says 全省第一, so only its subject tells
    them apart: over the 530 dev reports, the 19 openings with such a subject and no place are all of its level
    (5 provinces, 5 cities, 9 counties and zones).

    >>> _subject_level("2020年,在党中央、国务院及省委的正确领导下,全省各级政府坚持依法行政")
    '省'
    >>> _subject_level("2024年,区司法局在区委、区政府的正确领导下,坚持依法行政")
    '区'
    >>> _subject_level("2024年,在省委、省人民政府的坚强领导下,株洲深入贯彻")
    ''
    >>> _subject_level("省人民政府关于2020年度推进法治政府建设情况的报告 2020年是湖北历史上极不平凡的一年。")
    '省'
    """
    if _names_outside_titles(opening):
        return ""
    found = _SUBJECT_LEVEL.search(opening) or _TITLE_LEVEL.match(opening)
    return found.group("level") if found else ""


# A title whose writer is named by its level alone (省人民政府关于2020年度…, 省营商局关于…, 区卫生健康委关于…): the level is
# the subject's, as 2022年,省政府坚持… says it
_TITLE_LEVEL = re.compile(r"\s*(?:关于)?(?P<level>[省市区县州旗])(?:人民政府|政府|[\u4e00-\u9fff]{1,12}?(?:局|厅|委员会|委|办))"
                          r"(?:关于)?\d{4}年")
# The party committee and government a report works under, of one level (在区委、区政府正确领导下, 县委县政府)
_OVERSEERS = re.compile(r"([区县市州旗])委[、,和及]?\1(?:人民)?政府")


def _overseers_level(text: str) -> str:
    """The level of the division a report lies in when it never calls itself 我区 or 全县: that of the party
    committee and government it works under, as a department's or a town's report names them (在区委、区政府
    正确领导下,区市场监管局…), or "" if it names none. A district's bureau so placed is not its city, however
    often it names the city (服务杭州市…).

    >>> _overseers_level("在区委、区政府正确领导下,区市场监管局坚持依法行政。")
    '区'
    >>> _overseers_level("我局坚持依法行政。")
    ''
    """
    found = Counter(_OVERSEERS.findall(text)).most_common(1)
    return found[0][0] if found else ""


def _cities_by_short_name(opening: str) -> list[Division]:
    """Cities an opening that names no division calls by their short names (2024年,在省委…领导下,株洲深入贯彻…),
    as a city's own report may: a county's would name itself, or call itself 我县.

    >>> [d.name for d in _cities_by_short_name("2024年,在省委、省人民政府的坚强领导下,株洲深入贯彻。")]
    ['株洲市']
    >>> _cities_by_short_name("2024年,全市坚持依法行政,维护社会长治久安。")
    []
    """
    opening = _outside_titles(opening)
    return [city for alias, cities in _cities_by_alias().items() if alias in opening for city in cities]


def _province_by_short_name(text: str) -> Division | None:
    """The province a report whose subject is 全省 names only by its short name (考察青海重要讲话精神, 法治青海建设): the
    one its text, outside titles, writes most often, at least twice, as a province's own report names itself in
    the central guidance it follows and the construction it reports on.

    >>> _province_by_short_name("全省坚持…贯彻总书记考察青海重要讲话精神,推进法治青海建设。").name
    '青海省'
    >>> _province_by_short_name("全省坚持…落实《青海省条例》,服务青海建设。") is None
    True
    """
    text = _outside_titles(text)
    counts = Counter({province: text.count(province.alias) for province in _provinces()})
    found = counts.most_common(1)
    return found[0][0] if found and found[0][1] >= 2 else None


@cache
def _provinces() -> tuple[Division, ...]:
    return tuple(d for d in gazetteer().by_code.values() if d.level == "province" and len(d.alias) >= _SHORT_NAME)


@cache
def _not_city_names() -> re.Pattern[str]:
    """Words that hold a city's short name but name no city (长治久安, 医保定点: ``city_name_words.txt``)."""
    return re.compile(alternation(word_list("city_name_words.txt")))


@cache
def _cities_by_alias() -> dict[str, tuple[Division, ...]]:
    out: dict[str, list[Division]] = {}
    for division in gazetteer().by_code.values():
        if division.level == "city" and len(division.alias) >= _SHORT_NAME:
            out.setdefault(division.alias, []).append(division)
    return {k: tuple(v) for k, v in out.items()}


def _named_in_own_titles(gaz: Gazetteer, text: str, own_char: str) -> Division | None:
    """A report that calls itself only 我县, or a department that names only the 区委、区政府 it works under, may
    name its place only in the titles of its own documents (制定印发《华宁县2025年法治政府建设工作要点》,
    《上城区社区集体聚餐食品安全风险防控指导意见》): the division of that level those titles name most.

    >>> _named_in_own_titles(gazetteer(), "我县制定《华宁县2025年法治政府建设工作要点》,落实《云南省条例》。", "县").name
    '华宁县'
    """
    if not own_char:
        return None
    titles = " ".join(_TITLE.findall(text))
    counts = Counter(name for name in division_names(titles) if name.endswith(own_char))
    candidates = [d for name in counts for d in gaz.named(name) if d.name.endswith(own_char)]
    return max(candidates, key=lambda d: (counts[d.name], _support(gaz, d, text)), default=None)


def _names_outside_titles(text: str) -> list[str]:
    titles = [(m.start(), m.end()) for m in _TITLE.finditer(text)]
    return [text[start:end] for start, end in division_spans(text)
            if not any(s <= start < e for s, e in titles) and not _in_word(text, start, end)]


# What may stand right before a two-character division's name (范县, 和县, 高县) when it names one: a level character
# closing a longer name (濮阳市范县), or the genre's words before a place (关于, 中共, 现将, 2023年度)
_BEFORE_SHORT_NAME = "省市州盟区县旗于共将年度"


def _in_word(text: str, start: int, end: int) -> bool:
    """Whether a two-character division's name is a piece of ordinary words: 示范县 (范县), 提高县级 (高县), 县政府和县
    司法局 (和县), 主城区 (城区). Written as a place it follows no character, a level character closing a longer name
    (濮阳市范县; a bare one, 省、市和县, closes none), the words before a place (关于, 中共, 现将, 2023年), or a
    province's or city's short name (濮阳范县).

    >>> [_in_word(t, t.index("范县"), t.index("范县") + 2) for t in ("获评全省法治政府建设示范县", "2023年,范县坚持",
    ...                                                           "濮阳市范县", "关于范县", "濮阳范县")]
    [True, False, False, False, False]
    >>> _in_word("在县委、县政府和县委依法治县办指导下", 7, 9)
    True
    """
    if end - start > _SHORT_NAME or start == 0 or not _is_han(text[start - 1]):
        return False
    before = text[start - 1]
    if before in _BEFORE_SHORT_NAME:
        return before in "省市州盟区县旗" and (start < 2 or not _is_han(text[start - 2]))
    head = text[max(0, start - _LONGEST_REGION_ALIAS):start]
    return not any(head.endswith(alias) for alias in _short_names_above())


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


@cache
def _short_names_above() -> frozenset[str]:
    """The short names of provinces and cities (河南, 濮阳), which may head a county's name (濮阳范县)."""
    return frozenset(d.alias for d in gazetteer().by_code.values()
                     if d.level in ("province", "city") and len(d.alias) >= _SHORT_NAME)


def _long_names_outside_titles(text: str) -> list[str]:
    """Division names that place a report beside a town it names: a two-character one (和县, 城区) is as often a
    piece of ordinary words (县委、县政府的坚强领导和县司法局), and the town's own county is found from the text."""
    return [name for name in _names_outside_titles(text) if len(name) > _SHORT_NAME]


def _support(gaz: Gazetteer, division: Division, text: str) -> int:
    score = 0
    for up in gaz.chain(division)[1:]:
        score += text.count(up.name) * 3 + (text.count(up.alias) if up.alias else 0)
    return score


_TOWN_SELF = re.compile(r"[我本](镇|乡|街道)(?![办])")
_OTHER_SELF = re.compile(r"[我本](?:局|厅|委(?![员])|县|区(?![域])|市(?![场]))")
_TOWN_SELF_REACH = 1500  # characters of the body where a town calls itself 我镇


def town_calling_itself(layout: Layout, division: Division) -> str | None:
    """The town, township or street a text calls 我镇 / 我乡 / 我街道 (and never 我县 / 我局 before it) and names
    by its own name more often than any other of its county's of that kind (我镇在县委、县政府的正确领导下… 结合长塘镇的实际):
    its report, on a page that shows no title, is its own, not its county's.

    >>> from kg.divisions import gazetteer
    >>> anhua = next(d for d in gazetteer().by_code.values() if d.name == "安化县")
    >>> town_calling_itself(read_layout_of("2023年,我镇坚持依法行政。结合长塘镇的实际,长塘镇推进法治建设。"), anhua)
    '长塘镇'
    """
    opening = layout.body[:_TOWN_SELF_REACH]
    kind = _TOWN_SELF.search(opening)
    if kind is None or division.level != "county" or _OTHER_SELF.search(opening[:kind.start()]):
        return None
    counts = Counter({town: layout.body.count(town) for town in towns(division.code)
                      if town.endswith(kind.group(1)) and town in layout.body})
    best = counts.most_common(2)
    return best[0][0] if best and (len(best) == 1 or best[0][1] > best[1][1]) else None


def read_layout_of(text: str) -> Layout:
    """A text's layout (for examples)."""
    from kg.ingest import normalise
    from kg.layout import read_layout
    return read_layout(normalise(text))
