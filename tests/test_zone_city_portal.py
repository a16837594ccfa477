"""A zone no table lists, whose text names no city: the city whose two-letter portal domain its page is registered
under (sz.gov.cn: 深圳市, bhwxq.dg.gov.cn: 东莞市; ``city_portals.tsv``) is its host."""
import pytest

from kg.divisions import gazetteer, unplaced_zone
from kg.locate import _city_portal, _zone_in_named_city

ZONES = [
    # (zone, page address, text, the city it is placed in)
    ("大鹏新区", "http://www.sz.gov.cn/cn/xxgk/fzzfjsndbg/dpxq/content/post_1.html", "在市委、市政府的领导下", "深圳市"),
    ("滨海湾新区", "http://bhwxq.dg.gov.cn/gkmlpt/content/4/1.html", "在市委、市政府的坚强领导下", "东莞市"),
    ("某某新区", "https://www.xm.gov.cn/zwgk/1.html", "新区坚持依法行政", "厦门市"),
    # the city the text names still decides over the address
    ("某某新区", "http://www.sz.gov.cn/1.html", "服务南宁市高质量发展,建设法治南宁", "南宁市"),
]


@pytest.mark.parametrize("zone, site, text, city", ZONES, ids=[f"{z[0]}-{z[3]}" for z in ZONES])
def test_an_unlisted_zone_lies_in_the_city_whose_portal_it_is_published_on(zone: str, site: str, text: str,
                                                                           city: str) -> None:
    placed = _zone_in_named_city(unplaced_zone(zone), text, site)
    assert placed.level == "zone" and placed.name == zone
    assert gazetteer().by_code[placed.city].name == city


PORTALS = [
    ("http://hrss.sz.gov.cn/1.html", "深圳市"),
    ("http://www.dg.gov.cn/1.html", "东莞市"),
    ("http://www.szft.gov.cn/1.html", None),  # another label: not the city's portal
    ("http://sz.example.com/1.html", None),  # not a government domain's registered label
    ("http://www.gd.gov.cn/1.html", None),  # a province's portal, not a city's
    ("", None),
]


@pytest.mark.parametrize("site, city", PORTALS, ids=[p[0] or "none" for p in PORTALS])
def test_city_portal_reads_only_the_registered_label(site: str, city: str | None) -> None:
    found = _city_portal(site)
    assert (found.name if found else None) == city
