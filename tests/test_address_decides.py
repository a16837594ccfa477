"""Where the text leaves the choice open, the page's address decides: among namesake counties (市中区) the one its
host spells by initials; a town the gazetteer lists under one county only, on another county's site of the same
city (a town moved when counties were redrawn); a report whose title and opening name no place, on a host that is a
division's initials, over a division the text only mentions."""
import pytest

from kg.ingest import normalise
from kg.layout import read_layout
from kg.locate import _moved_town, _namesake_by_site, division_named, report_division

NAMESAKES = [
    # (division found, page address, text, the division placed)
    ("370103", "http://www.zzszq.gov.cn/zw/gkml/1.html", "区人社局坚持依法行政。", "370402"),  # 枣庄 市中区
    ("370402", "http://www.zzszq.gov.cn/zw/gkml/1.html", "区人社局坚持依法行政。", "370402"),  # already it
    ("370103", "http://www.shizhong.gov.cn/1.html", "区人社局坚持依法行政。", "370103"),  # spells every namesake
    ("370103", "http://www.zzszq.gov.cn/1.html", "在济南市委、济南市政府领导下", "370103"),  # the text supports 济南's
    ("370103", "", "区人社局坚持依法行政。", "370103"),
]


@pytest.mark.parametrize("found, site, text, placed", NAMESAKES, ids=[f"{n[0]}-{n[3]}-{i}" for i, n in enumerate(NAMESAKES)])
def test_a_namesake_county_is_the_one_whose_site_the_page_is_on(found: str, site: str, text: str, placed: str) -> None:
    assert _namesake_by_site(division_named(found), text, site).code == placed


MOVED = [
    # (county listing the town, page address, text, the county placed)
    ("安阳县", "http://www.yindu.gov.cn/2026/02-06/1.html", "在区委、区政府的坚强引领下", "殷都区"),
    ("安阳县", "http://www.anyangxian.gov.cn/1.html", "在县委、县政府的坚强引领下", "安阳县"),  # its own site
    ("安阳县", "http://www.yindu.gov.cn/1.html", "在安阳县委、县政府的领导下", "安阳县"),  # the text names it
    ("安阳县", "http://www.rongchang.gov.cn/1.html", "在区委、区政府的领导下", "安阳县"),  # another city's county
]


@pytest.mark.parametrize("listed, site, text, county", MOVED, ids=[f"{m[3]}-{i}" for i, m in enumerate(MOVED)])
def test_a_town_on_another_county_of_its_city_site_is_that_county_s(listed: str, site: str, text: str,
                                                                     county: str) -> None:
    assert _moved_town(division_named(listed), text, site).name == county


def test_a_host_of_initials_decides_over_a_division_the_text_only_mentions() -> None:
    text = ("# 区市场监管局关于2023年法治政府建设情况的报告\n# 来源: http://cqjlp.gov.cn/zwgk/1.html\n\n"
            "区市场监管局关于2023年法治政府建设情况的报告\n2023年,区市场监管局坚持依法行政。赴新都区学习先进经验。")
    assert report_division(read_layout(normalise(text))).name == "九龙坡区"
