"""China's administrative divisions (GB/T 2260) from jionlp's maintained gazetteer.

Everything about places is looked up here, never listed by hand: the codes key
the IRIs, so that the same province, city or district is one node in every
report that names it.

Divisions are renamed and re-coded (a 县级市 turned 区: 海门市 became 海门区 in 2020). jionlp ships
those changes by name and keeps one code per place (海门区 is 320684 there, the former 海门市's code);
a former name stays a name of the division it became, unless a division still bears it, so a 2019
report of 海门市 and a 2024 one of 海门区 are one place over time.

Functional zones (开发区, 新区, 工业园区 …) write reports too, but are not divisions: each
lies in one or several. A zone the statistics bureau codes (xx71–xx79 in jionlp's table)
keeps that code; a national-level zone it does not list comes from ``zones.tsv`` with the
id ``<containing code>-<slug>``. Either way the id is deterministic and keys the IRIs.
"""
from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import io
import pickle
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import ahocorasick_rs

from kg import derived
from kg.resources import alternation, table, word_list

LEVELS = ("province", "city", "county", "zone")
_ZONE_CODE = re.compile(r"^\d{4}7\d$")  # the statistics bureau's codes for functional zones
_PSEUDO_CITY = "省直辖"
_SHORT_NAME = 2
_TRANSLITERATED = 4  # 博尔塔拉, 锡林郭勒盟: names this long are known by their first character (博州, 锡盟)
_DISPATCHED_GOVERNMENTS = ("盟", "地区")  # a league and a prefecture are governed by a province's administrative office
# How reports shorten the kind of a zone the statistics bureau codes (济南高新区, 合肥经开区).
_ZONE_SHORT_KINDS = (("高新技术产业开发区", "高新区"), ("经济技术开发区", "经开区"), ("综合保税区", "综保区"))
# Town-level entries that name a body (街道, 镇, 乡); jionlp also lists zones such as 开发区.
_TOWN = re.compile(r".{2,}(?:街道|镇|乡|苏木)$")  # jionlp groups county-level cities under a province in such a pseudo-city


@dataclass(frozen=True)
class Division:
    """One administrative division and its parents."""

    code: str
    name: str
    alias: str
    level: str
    province: str
    city: str | None
    parts: tuple[str, ...] = ()  # a zone: the codes of the divisions it lies in
    former: tuple[str, ...] = ()  # names it had before a change jionlp records (海门市 for 海门区)
    written: str = ""  # the name a report knows it by: a former one (海门市), a zone's short one (信阳高新区)

    @property
    def known_as(self) -> str:
        return self.written or self.name

    @property
    def level_char(self) -> str:
        """The character reports use for it in short forms (区 in 区司法局, 县 in 县委; 市 in a 海门市 report)."""
        return self.known_as[-1]

    @property
    def government(self) -> str:
        """Its governing body: a zone is run by a management committee, a league or a prefecture by its administrative
        office (盟行政公署, 喀什地区行政公署), a division by a people's government, named as its report knows it (横县人民政府
        in a 2020 report: it became 横州市 in 2021)."""
        if self.level == "zone":
            return (self.written if self._province_left_out() else self.name) + "管理委员会"
        dispatched = self.level == "city" and self.name.endswith(_DISPATCHED_GOVERNMENTS)
        return self.known_as + ("行政公署" if dispatched else "人民政府")

    def _province_left_out(self) -> bool:
        """Whether its report writes a zone's listed name without the province's short name heading it (西咸新区 of
        陕西西咸新区): its committee is then known by the name its report writes, as the gold names it.

        >>> Division("xixian", "陕西西咸新区", "", "zone", "610000", "610100", written="西咸新区")._province_left_out()
        True
        """
        province = gazetteer().by_code.get(self.province)
        return bool(self.written and province and province.alias
                    and self.name == province.alias + self.written)


def _alias(node: dict) -> str:
    alias = node.get("_alias") or ""
    return alias[0] if isinstance(alias, list) else alias


def _quiet_jionlp():
    # jionlp prints a banner on import; command output (JSON, CSV) must stay clean.
    with contextlib.redirect_stdout(io.StringIO()):
        import jionlp

    return jionlp


@dataclass(frozen=True, eq=False)
class Gazetteer:
    by_code: dict[str, Division]
    by_name: dict[str, tuple[Division, ...]]

    def named(self, name: str) -> tuple[Division, ...]:
        return self.by_name.get(name, ())

    def parent(self, division: Division) -> Division | None:
        if division.level == "zone":
            return self.by_code.get(division.parts[0]) if division.parts else None
        if division.level == "county":
            return self.by_code.get(division.city or "") or self.by_code.get(division.province)
        if division.level == "city" and division.code != division.province:
            return self.by_code[division.province]
        return None

    def chain(self, division: Division) -> list[Division]:
        """The division and its parents, most specific first."""
        out = [division]
        while (up := self.parent(out[-1])) is not None and up.code != out[-1].code:
            out.append(up)
        return out


def _derivation_key(name: str) -> str:
    """What the tables below are derived from: jionlp's version, this module, the zones table, the towns set
    up since jionlp's table and the county-level changes it lacks."""
    data = [resources.files("kg.resources").joinpath(name).read_text(encoding="utf-8")
            for name in ("zones.tsv", "towns_added.tsv", "divisions_changed.tsv")]
    return derived.key(name, ["jionlp"], [Path(__file__).read_text(encoding="utf-8"), *data])


@cache
def gazetteer() -> Gazetteer:
    """All provinces, cities and county-level divisions, loaded once (derived once per installation)."""
    return derived.load_or_build(_derivation_key("gazetteer"), _derive_gazetteer)


def _derive_gazetteer() -> Gazetteer:
    tree = _quiet_jionlp().china_location_loader()
    by_code: dict[str, Division] = {}
    for prov_name, prov in tree.items():
        pcode = prov["_admin_code"]
        by_code[pcode] = Division(pcode, prov_name, _alias(prov), "province", pcode, None)
        for city_name, city in prov.items():
            if city_name.startswith("_"):
                continue
            ccode = city["_admin_code"]
            real_city = not city_name.startswith(_PSEUDO_CITY)
            if real_city and ccode != pcode:
                by_code[ccode] = Division(ccode, city_name, _alias(city), "city", pcode, None)
            for county_name, county in city.items():
                if county_name.startswith("_") or county is None:
                    continue
                code = county["_admin_code"]
                if code == ccode:
                    # 东莞市, 中山市, 嘉峪关市, 儋州市 have no county: jionlp lists a 市直辖行政区划 under the city's
                    # own code, which would put a placeholder in the city's place
                    continue
                parent_city = ccode if real_city and ccode != pcode else None
                if _ZONE_CODE.match(code):
                    by_code[code] = Division(code, county_name, _alias(county), "zone", pcode, parent_city,
                                             (parent_city or pcode,))
                else:
                    by_code[code] = Division(code, county_name, _alias(county), "county", pcode, parent_city)
    by_name: dict[str, list[Division]] = {}
    for division in by_code.values():
        by_name.setdefault(division.name, []).append(division)
    shorts = [(short, division) for division in list(by_code.values())  # 金平苗族瑶族傣族自治县 is written 金平县
              for short in _autonomous_short_names(division)
              or filter(None, [_zone_short_name(division), _banner_short_name(division)])]
    # A two-character short name that ends another name (西州 in 海西州) would be read inside that one.
    tails = {name[-_SHORT_NAME:] for name in [*by_name, *(short for short, _ in shorts)] if len(name) > _SHORT_NAME}
    for short, division in shorts:
        if short not in by_name and not (len(short) == _SHORT_NAME and short in tails and short != division.alias):
            by_name[short] = [division]
    by_code.update(_renamed(by_code, by_name))
    for division in _changed(by_code, by_name):
        by_code[division.code] = division
        by_name[division.name] = [division]
        for name in division.former:  # its names before the change are added back below, as this division's
            by_name[name] = [d for d in by_name.get(name, ()) if d.code != division.code]
    for division in by_code.values():
        for name in division.former:
            by_name.setdefault(name, []).append(division)
    for zone, names in _listed_zones(by_code):
        by_code[zone.code] = zone
        for name in names:
            by_name.setdefault(name, []).append(zone)
    return Gazetteer(by_code, {k: tuple(v) for k, v in by_name.items()})


def _zone_short_name(division: Division) -> str | None:
    """A coded zone's everyday name, its place and its kind in short (济南高新区 for 济南高新技术产业开发区)."""
    for full, short in _ZONE_SHORT_KINDS:
        if division.level == "zone" and division.name.endswith(full) and len(division.name) > len(full):
            return division.name.removesuffix(full) + short
    return None


def in_full(zone: Division) -> Division:
    """A zone no table lists, written with its kind in short (涪陵高新区, 东疆综保区), by its official name, the kind in
    full (涪陵高新技术产业开发区, whose management committee is 涪陵高新技术产业开发区管理委员会: canonical names resolve
    abbreviations); the short name stays the one its report writes.

    >>> in_full(unplaced_zone("东疆综保区")).name, in_full(unplaced_zone("东疆综保区")).known_as
    ('东疆综合保税区', '东疆综保区')
    """
    for full, short in _ZONE_SHORT_KINDS:
        if zone.level == "zone" and not zone.alias and zone.name.endswith(short) and len(zone.name) > len(short):
            return dataclasses.replace(zone, name=zone.name.removesuffix(short) + full, written=zone.written or zone.name)
    return zone


def _banner_short_name(division: Division) -> str | None:
    """A banner's everyday name, as Inner Mongolia's own reports write it in their titles (东乌旗 for
    东乌珠穆沁旗, 科右前旗 for 科尔沁右翼前旗). jionlp gives it as the banner's alias; two-character ones (阿旗,
    扎旗) name more than one banner and read inside ordinary words, so only longer ones count.

    >>> _banner_short_name(gazetteer().by_code["152525"])
    '东乌旗'
    """
    short = division.alias
    if division.level == "county" and division.name.endswith("旗") and short.endswith("旗") and short != division.name:
        return short if len(short) > _SHORT_NAME else None
    return None


def _autonomous_short_names(division: Division) -> tuple[str, ...]:
    """An autonomous county, prefecture or banner's everyday names, or a league's: its short name and its level
    (恩施州, 金平县), its short name and its kind without the nationalities (镇宁自治县, 湘西自治州), and for a
    name transliterated in four or more characters its first character and level (巴州, 博州, 锡盟), as the
    region's own reports write it.

    >>> _autonomous_short_names(gazetteer().by_code["520423"])
    ('镇宁县', '镇宁自治县')
    >>> _autonomous_short_names(gazetteer().by_code["652700"])
    ('博尔塔拉州', '博尔塔拉自治州', '博州')
    >>> _autonomous_short_names(gazetteer().by_code["152500"])
    ('锡盟',)
    """
    if division.level == "city" and division.name.endswith("盟"):  # leagues are no autonomous areas
        return (division.name[0] + "盟",) if len(division.name) >= _TRANSLITERATED else ()
    for full, level in (("自治县", "县"), ("自治州", "州"), ("自治旗", "旗")):
        if not (division.name.endswith(full) and division.alias and len(division.alias) >= 2):
            continue
        if division.alias.endswith(level):  # jionlp already gives the everyday short name (巴州, 克州)
            return (division.alias,)
        names = (division.alias + level, division.alias + full)
        long_name = len(division.alias) >= _TRANSLITERATED and level != "县"  # 县 alone is too common a tail
        return names + (division.alias[0] + level,) if long_name else names
    return ()


def _renamed(by_code: dict[str, Division], by_name: dict[str, list[Division]]) -> dict[str, Division]:
    """The divisions jionlp records a change of, each with the former names no division bears today."""
    former: dict[str, list[str]] = {}
    for change in _quiet_jionlp().china_location_change_loader():
        old, new = change["old_loc"][-1][0], change["new_loc"]
        if old in by_name or old == new[-1]:
            continue  # a name still in use is that division's: 桥东区 of 邢台 is gone, 张家口's is not
        province = next((d for d in by_name.get(new[0], ()) if d.level == "province"), None)
        became = [d for d in by_name.get(new[-1], ()) if province is not None and d.province == province.code
                  and (len(new) < 3 or (d.city is not None and by_code[d.city].name == new[1]))]
        if len(became) == 1 and old not in former.get(became[0].code, []):
            former.setdefault(became[0].code, []).append(old)
    return {code: dataclasses.replace(by_code[code], former=tuple(names)) for code, names in former.items()}


def _changed(by_code: dict[str, Division], by_name: dict[str, list[Division]]) -> list[Division]:
    """The divisions of ``divisions_changed.tsv``, each by its new name, keeping the code jionlp lists it under and
    every name it had before (凤翔区, formerly jionlp's 凤翔市 and the 凤翔县 it was until 2021). A former name another
    division bears today stays that division's alone.

    >>> [(d.name, d.former) for d in gazetteer().named("凤翔县")]
    [('凤翔区', ('凤翔市', '凤翔县'))]
    """
    out = []
    for row in table("divisions_changed.tsv"):
        division = by_code[row["replaces"]]
        if division.name == row["name"]:
            continue  # jionlp has caught up
        names = [division.name, *division.former, *filter(None, row["former"].split("|"))]
        former = [n for n in dict.fromkeys(names) if n != row["name"]
                  and all(d.code == division.code for d in by_name.get(n, ()))]
        out.append(dataclasses.replace(division, name=row["name"], former=tuple(former)))
    return out


def _listed_zones(by_code: dict[str, Division]) -> list[tuple[Division, tuple[str, ...]]]:
    """The zones of ``zones.tsv``, each with every name it goes by."""
    out = []
    for row in table("zones.tsv"):
        parts = tuple(row["codes"].split(","))
        home = by_code[parts[0]]
        city = home.code if home.level == "city" else home.city
        short = tuple(n for n in row["names"].split("|") if n)
        zone = Division(f"{parts[0]}-{row['slug']}", row["name"], short[0] if short else "", "zone", home.province,
                        city, parts)
        out.append((zone, (row["name"], *short)))
    return out


UNPLACED = "000000"
"""The code prefix of a zone no table lists and whose report names no division it lies in."""


def unplaced_zone(name: str) -> Division:
    """A zone known only by the name its report gives it (高新区): its id is that name's digest, so the
    same name is the same node. A name headed by the places it lies in (十堰经济技术开发区, 河源东源产业园区)
    lies in the most specific of them; any other lies in no division until the user says which (``district=``).

    >>> unplaced_zone("高新区").code
    '000000-929d5ee1'
    >>> [d.name for d in gazetteer().chain(unplaced_zone("河源东源产业园区"))]
    ['河源东源产业园区', '东源县', '河源市', '广东省']
    """
    return zone_in(name, _home_of_zone(name))


def zone_in(name: str, home: Division | None) -> Division:
    """A zone no table lists, known by ``name``, lying in ``home`` (None: in no division), its id ``name``'s digest
    after ``home``'s code.

    >>> zone_in("五象新区", gazetteer().by_code["450100"]).code
    '450100-2c589cba'
    """
    digest = hashlib.blake2b(name.encode("utf-8"), digest_size=4).hexdigest()
    if home is None:
        return Division(f"{UNPLACED}-{digest}", name, "", "zone", "", None)
    city = home.code if home.level == "city" else home.city
    return Division(f"{home.code}-{digest}", name, "", "zone", home.province, city, (home.code,))


def _home_of_zone(name: str) -> Division | None:
    """The division whose name heads a zone's name, each place within the one before it (河源 then 东源), a
    city before a county of the same short name (西安高新区 is 西安市's, not 牡丹江's 西安区's):
    None when the first place is not one division (several counties are 滨海's), or no place heads it, or the
    name is a place's alone (高新区 is a district of 成都 and any zone's everyday name)."""
    gaz, by_place = gazetteer(), _divisions_by_place()
    name = _NATIONAL_HEAD.sub(r"\1", name)  # 中国(上海)自由贸易试验区…: the place in brackets heads it
    home, start = None, 0
    while place := next((name[start:end] for end in range(len(name) - 1, start + 1, -1) if name[start:end] in by_place),
                        None):
        within = [d for d in by_place[place] if home is None or home in gaz.chain(d)[1:]]
        highest = [d for d in within if _LEVEL_RANK[d.level] == max((_LEVEL_RANK[w.level] for w in within), default=0)]
        if len(highest) != 1:
            break
        within = highest
        home, start = within[0], start + len(place)
    return home


_LEVEL_RANK = {"county": 0, "city": 1, "province": 2}
_NATIONAL_HEAD = re.compile(r"^中国[((]([^))]+)[))]")  # how national zones are named: 中国(湖北)自由贸易试验区


@cache
def _divisions_by_place() -> dict[str, tuple[Division, ...]]:
    """Provinces, cities and counties by their full and short names (河源市, 河源), as a zone's name begins."""
    out: dict[str, list[Division]] = {}
    for division in gazetteer().by_code.values():
        if division.level != "zone":
            for place in {division.name, division.alias} - {""}:
                if len(place) >= 2:
                    out.setdefault(place, []).append(division)
    return {k: tuple(v) for k, v in out.items()}


def division_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a division, left to right, none overlapping, the longest name at each place.

    One pass of an Aho-Corasick automaton (ahocorasick-rs): a regex alternation of the 4,000 names (a trie)
    found the same matches fifty times slower on a report, and took a tenth of a second to compile in
    every process."""
    return [(start, end) for _, start, end in _names_automaton().find_matches_as_indexes(text)]


def division_name_at(text: str, pos: int) -> str | None:
    """The longest division name written at ``pos``, or None: the leftmost match after ``pos`` starts there."""
    first = next(iter(_names_automaton().find_matches_as_indexes(text[pos:])), None)
    return text[pos:pos + first[2]] if first is not None and first[1] == 0 else None


def division_names(text: str) -> list[str]:
    """The division names ``text`` writes, left to right (see ``division_spans``)."""
    return [text[start:end] for start, end in division_spans(text)]


@cache
def _names_automaton() -> ahocorasick_rs.AhoCorasick:
    return ahocorasick_rs.AhoCorasick(sorted(gazetteer().by_name), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)


@cache
def towns(code: str) -> tuple[str, ...]:
    """Names of the towns, townships and sub-districts (街道) of a county-level division."""
    return tuple(k for k in _county_towns(code) if _TOWN.search(k))


@cache
def ethnic_town_short_names(code: str) -> dict[str, str]:
    """The ethnic townships of a county-level division by their everyday names, the nationalities left out
    (乌木龙乡 -> 乌木龙彝族乡), which reports write as often as the full name.

    >>> ethnic_town_short_names("530923")["乌木龙乡"]
    '乌木龙彝族乡'
    """
    found = (_ethnic_town().fullmatch(town) for town in towns(code))
    return {m.group("stem") + m.group("kind"): m.group() for m in found if m}


@cache
def _ethnic_town() -> re.Pattern[str]:
    return re.compile(rf"(?P<stem>.{{2,}}?)(?:{alternation(word_list('nationalities.txt'))})+(?P<kind>镇|乡|苏木)")


@cache
def romanised(name: str) -> str:
    """A place's name in toneless pinyin, as government sites spell their hosts (桃江: jw.taojiang.gov.cn; 朝阳 as
    its sites read it, chaoyang).

    >>> romanised("桃江"), romanised("朝阳")
    ('taojiang', 'chaoyang')
    """
    return "".join(_syllables(name))


def initials(name: str) -> str:
    """A place's name by the first letters of its syllables, as many sites spell their hosts (天水清水: tsqs.gov.cn).

    >>> initials("清水")
    'qs'
    """
    return "".join(syllable[0] for syllable in _syllables(name) if syllable)


def _syllables(name: str) -> list[str]:
    """The toneless syllables of a name, one per character, with the readings places give their own names
    (``place_readings.tsv``: 黄陂 huangpi, where common words read 陂 po) over the common ones."""
    syllables = [s.rstrip("012345") for s in _quiet_jionlp().pinyin(name, formater="simple")]
    if len(syllables) != len(name):
        return syllables  # a character jionlp reads as more than one item: no position to override
    for written, reading in _place_readings().items():
        for m in re.finditer(re.escape(written), name):
            syllables[m.start():m.end()] = reading
    return syllables


@cache
def _place_readings() -> dict[str, list[str]]:
    return {row["written"]: row["reading"].split() for row in table("place_readings.tsv")}


@cache
def town_counties() -> dict[str, tuple[str, ...]]:
    """Each town, township and sub-district name, with the codes of the county-level divisions that have one (or of a city that has none).

    Derived once per installation, as the town table it reads: listing the towns of all 2,900 counties took
    0.045 s in the first process that placed a report by a town, as much as extracting five reports."""
    return derived.load_or_build(_derivation_key("town_counties"), _derive_town_counties)


def _derive_town_counties() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for code, division in gazetteer().by_code.items():
        if division.level in ("county", "zone", "city"):
            for town in towns(code):
                out.setdefault(town, []).append(code)
    return {name: tuple(codes) for name, codes in out.items()}


@cache
def town_parts(code: str) -> dict[str, tuple[str, ...]]:
    """The villages and communities of each town and street of a county-level division, by the town's name."""
    return {town: sub for town, sub in _county_towns(code).items() if sub is not None}


@cache
def communities(code: str) -> tuple[str, ...]:
    """Names of the residential communities (…社区) of a county-level division's towns and streets."""
    return tuple(sorted({c for sub in town_parts(code).values() for c in sub if c.endswith("社区")}))


CountyTowns = dict[str, tuple[str, ...] | None]
"""A county-level division's towns and streets, each with the names below it (None: jionlp lists none)."""
Towns = dict[str, bytes]
"""Per county-level code, its ``CountyTowns`` pickled apart: a report reads its own county's, and the whole table
made into Python objects (10 MB) took a tenth of a second of every process before its first report."""


@cache
def _town_table() -> Towns:
    """jionlp's town-level table for every county-level division: parsing it takes most of a second, and
    every county report needs it, so it is derived once per installation."""
    return derived.load_or_build(_derivation_key("towns"), _derive_towns)


@cache
def _county_towns(code: str) -> CountyTowns:
    table = _town_table().get(code)
    return pickle.loads(table) if table is not None else {}


def _with_short_names(towns: CountyTowns, county_names: tuple[str, ...]) -> CountyTowns:
    """``towns`` and, for a town jionlp's table writes after its county's name, the name as a report writes it.

    In 36 counties the table prefixes every town or some of them (红寺堡区红寺堡镇, 曹县仵楼镇), and a town's own report
    names itself without the county (红寺堡镇2024年…): without the short name nothing places that report.
    """
    short = {}
    for town, villages in towns.items():
        for county in county_names:
            rest = town.removeprefix(county)
            if rest != town and _TOWN.fullmatch(rest) and rest not in towns:
                short[rest] = villages
    return {**towns, **short}


def _direct_towns(detail: dict, gaz: Gazetteer, city: Division) -> CountyTowns | None:
    """The towns of a city that has no county-level divisions (东莞市, 中山市, 儋州市, 嘉峪关市), which jionlp lists
    under one pseudo-county with the city's own code: a town's report there (大涌镇2020年…) names no county, so
    only its town places it."""
    node = detail.get(gaz.by_code[city.province].name, {}).get(city.name)
    parts = [v for k, v in node.items() if not k.startswith("_")] if isinstance(node, dict) else []
    if len(parts) != 1 or not isinstance(parts[0], dict) or parts[0].get("_admin_code") != city.code:
        return None
    return {town: tuple(sub) if isinstance(sub, dict) else None for town, sub in parts[0].items()
            if not town.startswith("_")}


def _derive_towns() -> Towns:
    detail = _quiet_jionlp().china_location_loader(detail=True)
    gaz = gazetteer()
    counties: dict[str, CountyTowns] = {}
    for code, division in gaz.by_code.items():
        if division.level == "city" and (direct := _direct_towns(detail, gaz, division)) is not None:
            counties[code] = direct
        if division.level not in ("county", "zone"):
            continue
        for city in detail.get(gaz.by_code[division.province].name, {}).values():
            nodes = (city.get(name) for name in (division.name, *division.former)) if isinstance(city, dict) else ()
            node = next((n for n in nodes if isinstance(n, dict) and n.get("_admin_code") == code), None)
            if node is not None:
                towns = {town: tuple(sub) if isinstance(sub, dict) else None
                         for town, sub in node.items() if not town.startswith("_")}
                counties[code] = _with_short_names(towns, (division.name, *division.former))
                break
    for row in table("towns_added.tsv"):
        counties.setdefault(row["county"], {}).setdefault(row["name"], None)
    return {code: pickle.dumps(towns, protocol=pickle.HIGHEST_PROTOCOL) for code, towns in counties.items()}
