"""Canonical names and scopes: 区司法局 in a 黄岛区 report is 黄岛区司法局 (370211).

Abbreviations are expanded against the report's own division, its city and
its province, following the official naming of each kind of body (中共杭州市
西湖区委员会, 政协杭州市西湖区委员会, 西湖区人民代表大会常务委员会). A scope is
the GB/T 2260 code of the division an entity belongs to, or ``cn`` for national
laws and honours: it keys the IRI, so that shared things merge across reports.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.divisions import Division, gazetteer, names_pattern
from kg.nlp.awards import award_level

NATIONAL = "cn"
_PRC = "中华人民共和国"
_NATIONAL_ISSUERS = (_PRC, "中国共产党", "中共中央", "国务院")
_LOST_DASH = re.compile(r"\((\d{4})(\d{4})年\)")
_PREFIXED_WHEN_BARE = {"department", "court", "procuratorate", "congress", "party", "cppcc"}
_NOT_LAW_ENDINGS = ("办法", "方法", "做法", "立法", "执法", "司法", "普法", "守法", "用法")


@dataclass(frozen=True)
class Context:
    """What a report's text refers to by 区, 市, 省 and by 我区 / 我局."""

    division: Division
    body: str | None = None  # the reporting body's label when it is not the government

    def chain(self) -> list[Division]:
        return gazetteer().chain(self.division)

    def by_level_char(self, char: str) -> Division | None:
        return next((d for d in self.chain() if d.level_char == char), None)

    @property
    def government(self) -> str:
        return f"{self.division.name}人民政府"

    @property
    def reporting_body(self) -> str:
        return self.body or self.government


def formal_prefix(division: Division) -> str:
    """Party committees and CPPCC of a city district carry the city's (or municipality's) name too."""
    gaz = gazetteer()
    parent = gaz.parent(division)
    if division.level == "county" and division.name.endswith("区") and parent is not None:
        return parent.name + division.name  # 中共杭州市西湖区委员会, 中共北京市朝阳区委员会
    return division.name


def _juris(written: str | None, ctx: Context) -> Division | None:
    if not written:
        return None
    if len(written) == 1:
        return ctx.by_level_char(written)
    gaz = gazetteer()
    names = [m.group() for m in names_pattern().finditer(written)]
    candidates = gaz.named(names[-1]) if names else ()
    own = {d.code for d in ctx.chain()}
    return next((d for d in candidates if d.code in own), None) or next(
        (d for d in candidates if d.province == ctx.division.province), None) or (candidates[0] if candidates else None)


def agency(data: dict, surface: str, ctx: Context) -> tuple[str, str]:
    """(canonical label, scope code) of an agency mention."""
    label, scope = _agency(data, surface, ctx)
    return label + data.get("sub", ""), scope


_TOWN_SUFFIXES = ("街道", "镇", "乡", "苏木")


def _town_body(name: str) -> str:
    """The body a town-level name stands for when it acts: 北山街道 -> 北山街道办事处, 龙凤镇 -> 龙凤镇人民政府."""
    return name + ("办事处" if name.endswith("街道") else "人民政府")


def body_type(label: str) -> str | None:
    """street or town when a reporting body is a street office or a town government (its self-references differ)."""
    if label.endswith("街道办事处"):
        return "street"
    if label.endswith(("镇人民政府", "乡人民政府")):
        return "town"
    return None


def _expand_field(core: str) -> str:
    """A generic name that begins with a known short form gets its full form (政府行政复议委员会)."""
    from kg.nlp.agencies import core_names

    forms = core_names()
    for cut in range(len(core) - 1, 1, -1):
        head = forms.get(core[:cut])
        if head is not None and head.kind == "government":
            return head.name + core[cut:]
    return core


def _agency(data: dict, surface: str, ctx: Context) -> tuple[str, str]:
    if data.get("self") == "government":
        return ctx.government, ctx.division.code
    if data.get("self") == "body":
        return ctx.reporting_body, ctx.division.code
    if data.get("self") == "division":
        division = _juris(data["juris"], ctx) or ctx.division
        return f"{division.name}人民政府", division.code
    core, kind = data["core"], data["kind"]
    if kind == "generic" and core.endswith(_TOWN_SUFFIXES) and not data.get("sub"):
        return _town_body(core), ctx.division.code  # 西湖区北山街道 -> 北山街道办事处
    if kind == "generic":
        core = _expand_field(core)
    if data["rule"] == "town":
        if data.get("sub") or core.endswith(("办事处", "人民政府")):
            return core, ctx.division.code  # a unit of the town keeps the town's short name: 北山街道司法所
        return _town_body(core), ctx.division.code
    if data["rule"] == "national":
        return core, NATIONAL
    if data["rule"] == "community":
        return core + "居民委员会", ctx.division.code
    if data["rule"] == "founding":
        return core, ctx.division.code
    division = _juris(data.get("juris"), ctx)
    if data.get("juris") and division is None:
        return surface, ctx.division.code
    if not data.get("juris") and not data.get("pre") and kind not in _PREFIXED_WHEN_BARE:
        return surface, ctx.division.code
    division = division or ctx.division
    party = data.get("party") or data.get("pre") in ("中共", "中国共产党")
    if kind == "party_committee" and core == "委员会":
        return f"中共{formal_prefix(division)}委员会", division.code
    if kind == "party_committee" and party:
        return f"{division.name}委{core}", division.code
    if kind == "cppcc" and core == "政协":
        return f"政协{formal_prefix(division)}委员会", division.code
    if party:
        return f"{division.name}委{core}", division.code
    return f"{division.name}{core}", division.code


def regulation(title: str, ctx: Context) -> tuple[str, str]:
    """(canonical title, scope): national laws get their 中华人民共和国 form and scope ``cn``.

    A title headed by place names (浙江省…, 杭州市西湖区…) belongs to the last of
    them. Local regulations always carry their place name, so a bare 《…条例》
    (优化营商环境条例) is a national one and is shared by every report that cites it.
    """
    title = _LOST_DASH.sub(r"(\1—\2年)", title.strip())
    gaz = gazetteer()
    own = {d.code for d in ctx.chain()}
    owner, pos = None, 0
    while head := names_pattern().match(title, pos):
        candidates = [d for d in gaz.named(head.group()) if owner is None or owner in gaz.chain(d)]
        owner = next((d for d in candidates if d.code in own), candidates[0] if candidates else owner)
        pos = head.end()
    if owner is not None:
        return title, owner.code
    if title.startswith(_NATIONAL_ISSUERS):
        return title, NATIONAL
    is_law = (title.endswith("法") and not title.endswith(_NOT_LAW_ENDINGS)) or title in ("民法典", "宪法")
    if is_law and not title.startswith("关于") and len(title) <= 20:
        return _PRC + title, NATIONAL
    if title.endswith("条例") and not title.startswith("关于"):
        return title, NATIONAL
    return title, ctx.division.code


def leveled_scope(name: str, ctx: Context) -> str:
    """Scope of an award or an event from the level written at its head (全国, 全省, 全市)."""
    level = award_level(name)
    if level == "national":
        return NATIONAL
    if level == "provincial":
        return ctx.division.province
    if level == "municipal":
        city = ctx.by_level_char("市")
        return city.code if city else ctx.division.code
    return ctx.division.code
