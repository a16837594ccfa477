"""A page that shows no title and whose text names no place at all (2025年,我局坚持…; 市卫健委坚持…): its page's
address places it, read two ways nothing else reads it: a city's two-letter portal domain (hrss.sz.gov.cn: 深圳市;
``city_portals.tsv``, ``_portal_city``) and a county's spelling after its province's initials or before its level's
syllable (ahshitai: 石台县; xialuqu: 下陆区; ``_counties_by_composed_spelling``), and a two-letter label that is the
initials of one county only among those in the city or province the text names (hc.gov.cn and 重庆: 合川区;
``_county_of_two_initials``). Round eighty-nine."""
import pytest

from kg.locate import _counties_by_composed_spelling, _county_of_two_initials, read_layout_of, report_division

PAGES = [
    # (page address, text with no title and no place, the division it is placed in)
    ("https://hrss.sz.gov.cn/xxgk/ghjh/1.html", "2025年,在市委、市政府的正确领导下,市人力资源保障局坚持依法行政。", "深圳市"),
    ("http://wjw.sm.gov.cn/xxgk/tzgg/1.htm", "市委、市政府:\n2025年,市卫健委坚持以习近平新时代中国特色社会主义思想为指导。", "三明市"),
    ("https://glj.xm.gov.cn/xwdt/1.htm", "2025年,我局坚持以习近平新时代中国特色社会主义思想为指导,依法行政。", "厦门市"),
    ("http://www.ahshitai.gov.cn/1.html", "2020年,在县委、县政府的正确领导下,我县坚持依法行政。", "石台县"),
    ("http://www.xialuqu.gov.cn/1.html", "2025年,在区委、区政府的坚强领导下,我街道坚持依法行政。", "下陆区"),
    # a district's page on a city's portal domain: the text's 区委、区政府 is no city's
    ("https://hrss.sz.gov.cn/xxgk/1.html", "2025年,在区委、区政府的正确领导下,区司法局坚持依法行政。", None),
    # a two-letter label: the one county of those initials in the city or province the text names
    ("https://www.hc.gov.cn/bmjd/1.html", "现将我委2021年度法治政府建设工作开展情况总结如下:全面融入重庆发展大局。", "合川区"),
    ("http://www.yy.gov.cn/1.html", "2024年,我镇坚持依法行政,争当浙江共同富裕示范。", "余姚市"),
    ("http://fl.gov.cn/1.html", "2022年,我镇坚持依法行政,服务重庆高质量发展。", "涪陵区"),
    # ...and nothing where the text names no place above it
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


TWO_LETTERS = [
    ("https://www.hc.gov.cn/1.html", "服务重庆高质量发展", "合川区"),
    ("https://www.hc.gov.cn/1.html", "依法行政", None),  # sixteen counties' initials: no place named, no guess
    ("https://www.sz.gov.cn/1.html", "服务广东高质量发展", None),  # a city's portal, not a county's initials
    ("https://www.hcq.gov.cn/1.html", "服务重庆高质量发展", None),  # three letters are read elsewhere
]


@pytest.mark.parametrize("site, text, county", TWO_LETTERS, ids=[f"{t[0].split('/')[2]}-{t[2]}" for t in TWO_LETTERS])
def test_two_initials_need_a_place_above(site: str, text: str, county: str | None) -> None:
    found = _county_of_two_initials(site, text)
    assert (found.name if found else None) == county
