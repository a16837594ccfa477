"""A town or street whose name several counties share, and whose text names none of them: the county, city or
province the page's address spells by initials (two letters tell among a town's few candidates) decides."""
import pytest

from kg.locate import _site_hints, division_named, town_named

TOWNS = [
    # (town, page address, the county it lies in)
    ("水口镇", "http://admin.yzcity.gov.cn:8888/jhskz/0400/1.shtml", "江华瑶族自治县"),  # 永州 + 江华
    ("仁和镇", "http://admin.yzcity.gov.cn:8888/nyx/fzzfjs/1.shtml", "宁远县"),  # 永州 + 宁远县
    ("新华乡", "https://www.hhpb.gov.cn/info/8641/1.htm", "屏边苗族自治县"),  # 红河 + 屏边
    ("龙城街道", "http://www.lg.gov.cn/bmzz/lcjdb/1.html", "龙岗区"),  # 龙岗
    ("关坝镇", "http://ws.cq.gov.cn/jz/wsgbz/1.html", "綦江区"),  # 重庆
]


@pytest.mark.parametrize("town, site, county", TOWNS, ids=[t[0] for t in TOWNS])
def test_a_shared_town_name_is_placed_by_the_initials_its_address_spells(town: str, site: str, county: str) -> None:
    assert town_named(f"{town}2024年法治政府建设情况报告", "我镇坚持依法行政。", site).name == county


HINTS = [
    # (page address, division, how many of it, its city and its province the address spells)
    ("http://admin.yzcity.gov.cn:8888/nyx/1.shtml", "宁远县", 2),
    ("http://admin.yzcity.gov.cn:8888/nyx/1.shtml", "永胜县", 0),
    ("http://www.example.cn/admin/1.html", "宁远县", 0),  # common labels and folders spell nothing
    ("", "宁远县", 0),
]


@pytest.mark.parametrize("site, name, hints", HINTS, ids=[f"{h[1]}-{h[2]}" for h in HINTS])
def test_site_hints_count_the_levels_spelled(site: str, name: str, hints: int) -> None:
    assert _site_hints(site, division_named(name)) == hints


def test_text_naming_a_county_still_decides_over_the_address() -> None:
    town = town_named("水口镇2024年法治政府建设情况报告", "在江华瑶族自治县委领导下,我镇坚持依法行政。",
                      "http://www.lg.gov.cn/1.html")
    assert town.name == "江华瑶族自治县"
