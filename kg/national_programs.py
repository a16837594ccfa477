"""National campaigns and reforms (“放管服”改革, “八五”普法, 证明事项告知承诺制): one node across districts.

A programme set from above is the same thing in every report that names it, like a national law:
its jurisdiction is ``cn`` and its label the one of ``resources/national_programs.tsv``, however
the report writes it (“双随机、一公开”, 双随机一公开). A district's own scheme stays its own; when its
name holds a national one's wording (法治体检进万企活动, 局队合一综合执法体制改革) it is a local
variant that implements that national programme.

    >>> national("“放管服”改革"), national("双随机一公开"), national("八五")
    ('放管服改革', '双随机、一公开', '八五普法')
    >>> national("法治体检进万企活动") is None, implemented("法治体检进万企活动")
    (True, '法治体检')
    >>> implemented("局队合一综合执法体制改革"), implemented("放管服改革"), implemented("城事通智办服务平台")
    ('综合行政执法改革', None, None)
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from kg.resources import table

_IGNORED = re.compile(r"[“”‘’\"'「」『』\s、，,·.]")
_MIN_VARIANT_WORDING = 4  # 八五 inside a longer name is too short to say which programme it carries out


def _key(text: str) -> str:
    return _IGNORED.sub("", text).replace("（", "(").replace("）", ")")


@cache
def _wordings() -> dict[str, str]:
    """Each wording's comparison key -> the national programme's label."""
    out: dict[str, str] = {}
    for row in table("national_programs.tsv"):
        for wording in (row["name"], *filter(None, row["wordings"].split("|"))):
            out[_key(wording)] = row["name"]
    return out


@cache
def _variant_wordings() -> tuple[tuple[str, str], ...]:
    """Wordings long enough to mark a local variant, longest first."""
    return tuple(sorted(((k, v) for k, v in _wordings().items() if len(k) >= _MIN_VARIANT_WORDING),
                        key=lambda pair: -len(pair[0])))


def national(name: str) -> str | None:
    """The national programme's label when ``name`` is one of its wordings, else None."""
    return _wordings().get(_key(name))


@lru_cache(maxsize=4096)
def implemented(name: str) -> str | None:
    """The national programme a district's own programme ``name`` carries out, if its name holds a wording.

    Kept per name: every wording is looked for in it, and the same names recur within a report and across a
    collection."""
    key = _key(name)
    if key in _wordings():
        return None
    return next((label for wording, label in _variant_wordings() if wording in key), None)
