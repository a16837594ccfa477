"""Placing a report from the shapes its page may take (``bench/placing_variants.py`` counts them over dev): a year
spaced from its 年, a county's two-character name inside ordinary words, a host spelling its division's initials with
its level's, place-name readings of characters the pinyin table reads otherwise."""
from __future__ import annotations

import pytest

from kg.divisions import romanised
from kg.ingest import normalise
from kg.layout import read_layout
from kg.locate import _in_word, _initialled_by_site, report_division


def _placed(text: str) -> str | None:
    division = report_division(read_layout(normalise(text)))
    return division.name if division else None


@pytest.mark.parametrize("text,year", [
    ("# 城阳区 2023 年法治政府建设情况报告\n\n2023年,城阳区坚持依法行政。", 2023),
    ("# 城阳区2023　年度法治政府建设情况报告\n\n全区坚持依法行政。", 2023),
    ("2022 年,城阳区坚持依法行政,推进法治政府建设。", 2022),
    ("# 城阳区法治政府建设情况报告\n\n2021\u00a0年,全区坚持依法行政。", 2021),
])
def test_a_year_spaced_from_its_character_is_the_year(text: str, year: int) -> None:
    assert read_layout(normalise(text)).year == year


def test_a_spaced_year_keeps_its_offsets() -> None:
    doc = normalise("关于 2024 年法治政府建设")
    assert doc.text == "关于 2024年法治政府建设"
    assert doc.original[slice(*doc.original_span(3, 8))] == "2024 年"


@pytest.mark.parametrize("text,name,in_word", [
    ("获评全省法治政府建设示范县", "范县", True),
    ("切实提高县交通运输依法行政水平", "高县", True),
    ("在县委、县政府和县委依法治县办指导下", "和县", True),
    ("省、市和县三级联动", "和县", True),
    ("2023年,范县坚持依法行政", "范县", False),
    ("濮阳市范县2023年法治政府建设情况报告", "范县", False),
    ("关于范县2023年法治政府建设情况的报告", "范县", False),
    ("中共范县县委", "范县", False),
    ("濮阳范县坚持依法行政", "范县", False),
    ("马鞍山市和县坚持依法行政", "和县", False),
])
def test_a_two_character_division_inside_words_names_none(text: str, name: str, in_word: bool) -> None:
    start = text.index(name)
    assert _in_word(text, start, start + len(name)) is in_word


@pytest.mark.parametrize("text,placed", [
    # a county writing its name short (开阳 for 开阳县) is not the 范县 of its 示范县 nor the 和县 of 政府和县
    ("# 开阳2023年法治政府建设工作报告\n# 来源: http://www.kaiyang.gov.cn/zwgk/1.html\n\n2023年,在县委、县政府的正确领导下,"
     "我县坚持依法行政,并获得“全省法治政府建设示范县”命名。", "开阳县"),
    ("# 孝昌2021年法治政府建设情况报告\n# 来源: http://www.xiaochang.gov.cn/c/1.jhtml\n\n2021年,在市委、市政府和县委的"
     "坚强领导下,县政府深入贯彻依法治国方略。", "孝昌县"),
])
def test_a_short_written_county_is_not_a_word_piece(text: str, placed: str) -> None:
    assert _placed(text) == placed


@pytest.mark.parametrize("name,spelled", [
    ("盐都", "yandu"), ("都匀", "duyun"), ("成都", "chengdu"), ("昌都", "changdu"), ("璧山", "bishan"),
    ("凤凰", "fenghuang"), ("巫溪", "wuxi"), ("尧都", "yaodu"), ("朝阳", "chaoyang"),
])
def test_place_readings(name: str, spelled: str) -> None:
    assert romanised(name) == spelled


@pytest.mark.parametrize("site,text,placed", [
    ("http://www.ybq.gov.cn/jz/lljd/1.html", "在区委、区政府领导下,我街道落实重庆市部署", "渝北区"),
    ("http://www.csx.gov.cn/zwgk/1.html", "全县坚持依法行政,服务长沙高质量发展", "长沙县"),
    ("http://www.jdzcjq.gov.cn/qsfj/1.html", "2022年,我区坚持依法行政", "昌江区"),
    ("http://czq.gov.cn/xxgk/1.html", "2023年,我区坚持依法行政", None),  # every 城中区: no guess
    ("https://www.example.com/1.html", "2023年,我区坚持依法行政", None),
])
def test_a_host_spelling_initials_with_the_level(site: str, text: str, placed: str | None) -> None:
    found = _initialled_by_site(site, text)
    assert (found.name if found else None) == placed


@pytest.mark.parametrize("text,placed", [
    # a page without a title, on its division's site (盐都: yandu, 都 read du; 昌江区 by its initials with 区)
    ("# 来源: http://www.yandu.gov.cn/art/2025/2/17/art_1.html\n\n2024年,在市委、市政府正确领导下,我区坚持依法行政,"
     "推进法治政府建设。", "盐都区"),
    ("# 来源: http://www.jdzcjq.gov.cn/qsfj/1.shtml\n\n2022年,我区坚持以习近平新时代中国特色社会主义思想为指导,推进法治政府建设。",
     "昌江区"),
])
def test_a_page_without_title_is_placed_by_its_host(text: str, placed: str) -> None:
    assert _placed(text) == placed


@pytest.mark.parametrize("text,placed", [
    # a title naming its place by its short name before its year: a county, a province, a city
    ("# 郎溪2024年法治政府建设工作情况报告\n\n2024年,郎溪坚持以习近平新时代中国特色社会主义思想为指导,为全县发展提供法治保障。",
     "郎溪县"),
    ("# 福建2021年度法治政府建设情况\n\n2021年,全省各级行政机关坚持依法行政。福州市", "福建省"),
    # the opening's subject (池州) over a county the same sentence names (石台县创成示范县)
    ("# 池州2023年法治政府建设情况报告\n\n2023年,池州坚持以习近平新时代中国特色社会主义思想为指导,法治政府建设成效明显:"
     "市本级、石台县分别创成全省法治政府建设示范市、县。", "池州市"),
    ("2023年,池州坚持以习近平新时代中国特色社会主义思想为指导,法治政府建设成效明显:市本级、石台县分别创成全省示范市、县。",
     "池州市"),
    # ...written in full, on a page whose title line is that sentence
    ("# 2023年,池州市坚持以习近平新时代中国特色社会主义思想为指导,市本级、石台县分别创成全省示范市、县\n\n2023年,池州市坚持以"
     "习近平新时代中国特色社会主义思想为指导,市本级、石台县分别创成全省示范市、县。", "池州市"),
])
def test_a_place_written_by_its_short_name(text: str, placed: str) -> None:
    assert _placed(text) == placed


@pytest.mark.parametrize("text,placed", [
    # a title whose writer is named by its level alone: the level is the subject's, the text's short name the place
    ("# 省人民政府关于2020年度推进法治政府建设情况的报告\n\n2020年是湖北历史上极不平凡的一年。全省坚持依法行政,推进法治湖北建设。"
     "荆州市、宜昌市", "湖北省"),
    # a listed street written 街 for 街道 as its opening's subject, on a page with no title
    ("2022年,在区委、区政府的正确领导下,黄石街党工委、办事处高举习近平法治思想旗帜,推进法治建设。", "白云区"),
    ("2024年,鹤龙街坚持以习近平新时代中国特色社会主义思想为指导,推进法治建设。", "白云区"),
])
def test_a_writer_named_by_level_or_street_short(text: str, placed: str) -> None:
    assert _placed(text) == placed


@pytest.mark.parametrize("body,listed", [
    ("凤城街街道办事处", "凤城街道办事处"),  # the page doubled the 街 of a listed 凤城街道
    ("人民街街道办事处", "人民街街道办事处"),  # listed so
    ("城阳区司法局", "城阳区司法局"),
    (None, None),
])
def test_a_street_office_doubled_is_named_as_listed(body: str | None, listed: str | None) -> None:
    from kg.extract import _street_as_listed
    assert _street_as_listed(body) == listed


@pytest.mark.parametrize("text,year", [
    # a page without a title: the year of the text, not the end of a plan's span nor a date above it
    ("根据《法治政府建设实施纲要(2021—2025年)》和市委、市政府相关文件要求,现将市人社局2021年法治政府建设情况报告予以公开。", 2021),
    ("2025年8月1日 星期五 白天:多云\n2023年,市卫生健康局坚持依法行政,推进法治政府建设。", 2023),
    ("根据《全面深化法治领域改革纲要(2023—2027年)》,2023年,清波街道坚持依法行政。", 2023),
    ("2022年,全区坚持依法行政。", 2022),
])
def test_the_year_of_a_page_without_title(text: str, year: int) -> None:
    assert read_layout(normalise(text)).year == year
