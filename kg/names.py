"""How Chinese official names are built, shared by recognition and resolution.

Recognisers find names and resolution expands them; both need to know the standard
body names with their short forms (``agencies.tsv``) and the level words that head an
award or a meeting (全国, 全省 …). That knowledge lives here, below both stages, so
neither reaches into the other.

    >>> BodyNames.load()["司法局"]
    Core(name='司法局', kind='department')
    >>> award_level("2023年度全省法治政府建设示范单位")
    'provincial'
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.resources import Rows, rows

ALL_LEVEL_CHARS = "区县市省州旗盟"
"""The characters that end a division's name and stand for it in short forms (区司法局, 县委)."""

LEVELS = (("全国", "national"), ("国家级", "national"), ("国家", "national"), ("全省", "provincial"),
          ("省级", "provincial"), ("全市", "municipal"), ("市级", "municipal"), ("全区", "district"),
          ("全县", "county"), ("区级", "district"), ("县级", "county"))


@dataclass(frozen=True)
class Core:
    """A standard body name after its prefix, with its kind (department, court, party …)."""

    name: str
    kind: str


class BodyNames(dict[str, Core]):
    """Every written form of a core name (full or short, ``{L}`` expanded) to its full form."""

    @classmethod
    def from_rows(cls, table: Rows) -> BodyNames:
        forms = cls()
        for row in rows(table):
            written = [row["name"], *(a for a in row["aliases"].split("|") if a)]
            levels = ALL_LEVEL_CHARS if "{L}" in row["name"] else "_"
            for level in levels:
                full = Core(row["name"].replace("{L}", level), row["kind"])
                for form in written:
                    forms.setdefault(form.replace("{L}", level), full)
        return forms

    @staticmethod
    @cache
    def load(table: str = "agencies.tsv") -> BodyNames:
        """The shipped table's forms, read once per process."""
        return BodyNames.from_rows(table)


def award_level(name: str) -> str | None:
    """The awarding level written at the head of an award or meeting name."""
    head = re.sub(r"^\d{4}年度?", "", name.strip("“”"))
    return next((level for prefix, level in LEVELS if head.startswith(prefix)), None)
