"""A page that shows no title and whose text names no place at all (2025年,我局坚持…; 市卫健委坚持…): its page's
address places it, read two ways nothing else reads it: a city's two-letter portal domain (hrss.sz.gov.cn: 深圳市;
``city_portals.tsv``, ``_portal_city``) and a county's spelling after its province's initials or before its level's
syllable (ahshitai: 石台县; xialuqu: 下陆区; ``_counties_by_composed_spelling``). Round eighty-nine."""
import pytest

from kg.locate import _counties_by_composed_spelling, read_layout_of, report_division

PAGES = [
    # (page address, text with no title and no place, the division it is placed in)
    ("https://hrss.sz.gov.cn/xxgk/ghjh/1.html", "2025年,在市委、市政府的正确领导下,市人力资源保障局坚持依法行政。", "深圳市"),
    ("http://wjw.sm.gov.cn/xxgk/tzgg/1.htm", "市委、市政府:\n2025年,市卫健委坚持以习近平新时代中国特色社会主义思想为指导。", "三明市"),
    ("https://glj.xm.gov.cn/xwdt/1.htm", "2025年,我局坚持以习近平新时代中国特色社会主义思想为指导,依法行政。", "厦门市"),
    ("http://www.ahshitai.gov.cn/1.html", "2020年,在县委、县政府的正确领导下,我县坚持依法行政。", "石台县"),
    ("http://www.xialuqu.gov.cn/1.html", "2025年,在区委、区政府的坚强领导下,我街道坚持依法行政。", "下陆区"),
    # a district's page on a city's portal domain: the text's 区委、区政府 is no city's
    ("https://hrss.sz.gov.cn/xxgk/1.html", "2025年,在区委、区政府的正确领导下,区司法局坚持依法行政。", None),
    # a two-letter label that is no listed city's portal places nothing
    ("http://www.hc.gov.cn/1.html", "2021年,我委坚持依法行政。", None),
]


@pytest.mark.parametrize("site, text, placed", PAGES, ids=[f"{p[0].split('/')[2]}-{p[2]}" for p in PAGES])
def test_a_page_without_a_place_is_placed_by_its_address(site: str, text: str, placed: str | None) -> None:
    found = report_division(read_layout_of(f"# 来源: {site}\n\n{text}\n一、主要举措和成效\n法治政府建设稳步推进。"))
    assert (found.name if found else None) == placed


SPELLINGS = [
    ("ahshitai", ["石台县"]),
    ("gddongyuan", ["东源县"]),
    ("xialuqu", ["下陆区"]),
    ("xinxiangxian", ["新乡县"]),
    ("taojiang", []),  # a plain spelling is read by the plain table, not this one
]


@pytest.mark.parametrize("label, names", SPELLINGS, ids=[s[0] for s in SPELLINGS])
def test_composed_spellings(label: str, names: list[str]) -> None:
    assert [d.name for d in _counties_by_composed_spelling().get(label, ())] == names
