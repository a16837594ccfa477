"""Reports written by bodies other than a district government: a street office, a town, a
functional zone, a department whose title starts with the year. Invented texts, one per shape."""
from pathlib import Path

import pytest
from rdflib import Dataset

from kg.coverage import coverage
from kg.divisions import UNPLACED as UNPLACED_CODE
from kg.divisions import gazetteer
from kg.errors import InputError
from kg.extract import extract
from kg.graph.build import report_nquads
from kg.locate import division_named, town_named
from kg.query import named_queries, rows, run
from kg.resolve import Resolver
from kg.validate import validate

WRITERS = [
    # (title line, first sentence, division code, reporting body)
    ("留下街道2022年度法治政府建设工作报告", "2022年,留下街道在区委、区政府的正确领导下推进依法行政。",
     "330106", "留下街道办事处"),
    ("塘栖镇法治政府建设年度报告(2024年度)", "2024年,塘栖镇在镇委、镇政府的正确领导下推进依法行政。",
     "330113", "塘栖镇人民政府"),
    ("2021年天津经济技术开发区法治政府建设情况报告", "2021年,经开区全力推进依法行政。",
     "120116-teda", "天津经济技术开发区管理委员会"),
    ("苏州工业园区2023年法治政府建设工作情况报告", "2023年,园区全力推进依法行政。",
     "320571", "苏州工业园区管理委员会"),
    ("2024年六安市司法局法治政府建设情况报告", "2024年,市司法局全力推进依法行政。",
     "341500", "六安市司法局"),
    ("珠海高新区综合治理局2021年法治政府建设工作报告", "2021年,珠海高新区综合治理局坚持依法行政,推进法治政府建设。",
     "440400-zhuhai-hitech", "珠海高新区综合治理局"),  # a zone's unit keeps the zone's name as written
    ("江宁开发区2022年法治政府建设工作报告", "2022年,江宁开发区全力推进依法行政。",
     "320115-jiangning", "江宁经济技术开发区管理委员会"),
    ("2023年西海岸新区司法局法治政府建设情况报告", "2023年,西海岸新区司法局全力推进依法行政。",
     "370211-xihaian", "西海岸新区司法局"),
    # A listed zone its report writes without the province heading its name is known by the name written.
    ("西咸新区2022年度法治政府建设工作报告", "2022年,西咸新区坚持依法行政,在党工委、管委会的领导下推进法治建设。",
     "610100-xixian", "西咸新区管理委员会"),
    # A prefecture (地区) and a league (盟) are governed by an administrative office, not a people's government.
    ("喀什地区2024年法治政府建设情况报告", "2024年,喀什地区坚持依法行政。", "653100", "喀什地区行政公署"),
    ("阿拉善盟2023年法治政府建设情况报告", "2023年,阿拉善盟坚持依法行政。", "152900", "阿拉善盟行政公署"),
    # A division renamed later is named as it was in the report's year (横县 became 横州市 in 2021).
    ("横县2020年度法治政府建设情况报告", "2020年,横县坚持依法行政。", "450127", "横县人民政府"),
    ("海门市2019年法治政府建设年度报告", "2019年,海门市坚持依法行政。", "320684", "海门市人民政府"),
    # A page with no title opens with the bodies that lead the writer; a central one writes no local report.
    ("# 2020年,在党中央、国务院及省委的正确领导下,全省各级政府坚持依法行政\n# 来源: https://henan.gov.cn/2021/1.html\n",
     "2020年,在党中央、国务院及省委的正确领导下,全省各级政府坚持依法行政。", "410000", "河南省人民政府"),
    # The title names no place, the first line is page chrome, and 全市 outnumbers 全区: the district named
    # in the text still places it.
    ("关于2023年度法治政府建设工作情况的报告",
     "时间:2024-02-18 来源: 作者:\n2023年,在市委、市政府的精心指导下,城阳区委、区政府推进依法行政,"
     "全市考核中位列前茅,全市推广,全区推进,全市表彰。", "370214", "城阳区人民政府"),
    # A title that names neither a body nor a place leaves the writer to the subject of the dated sentence that
    # opens the text, past the page's menu.
    ("# 2022年法治政府工作总结和2023年工作计划\n# 来源: http://jyj.ningbo.gov.cn/1.html\n",
     "首页\n2022年法治政府工作总结和2023年工作计划\n\n2022年,市教育局坚持依法行政,服务宁波市法治建设,全市教育系统推进依法治校。",
     "330200", "宁波市教育局"),
    # A government's office for one field (外事办公室, 金融工作办公室) is a department of it, as its general office is.
    ("厦门市人民政府外事办公室关于2025年法治政府建设工作情况的报告", "2025年,市外办坚持依法行政。",
     "350200", "厦门市人民政府外事办公室"),
    ("上海市人民政府办公厅2023年法治政府建设情况报告", "2023年,市政府办公厅坚持依法行政。",
     "310000", "上海市人民政府办公厅"),
]


@pytest.mark.parametrize("title, first, code, body", WRITERS, ids=[w[3] for w in WRITERS])
def test_writer_is_located_and_named(tmp_path: Path, title: str, first: str, code: str, body: str) -> None:
    path = tmp_path / "report.txt"
    path.write_text(f"{title}\n{first}\n", encoding="utf-8")
    record = extract(path)
    assert record.division.code == code
    assert record.reporting_body[1:] == (code, body)


ZONES = [
    # (name the user gives, zone id, divisions it lies in)
    ("天津经济技术开发区", "120116-teda", ("120116",)),
    ("雄安新区", "130638-xiongan", ("130638", "130629", "130632")),
    ("苏州工业园区", "320571", ("320500",)),
    ("珠海国家高新区", "440400-zhuhai-hitech", ("440400",)),  # 高新技术产业开发区
    ("上海化工区", "310116-huacao", ("310116", "310120")),  # 经济技术开发区
    ("杨凌示范区", "610403-yangling", ("610403",)),  # 农业高新技术产业示范区
]


@pytest.mark.parametrize("name, code, parts", ZONES, ids=[z[0] for z in ZONES])
def test_zone_is_named_and_lies_in_its_divisions(name: str, code: str, parts: tuple[str, ...]) -> None:
    zone = division_named(name)
    assert (zone.code, zone.level, zone.parts) == (code, "zone", parts)
    assert all(part in gazetteer().by_code for part in parts)


def test_zones_file_names_real_divisions() -> None:
    zones = [d for d in gazetteer().by_code.values() if d.level == "zone"]
    assert len(zones) > 100
    assert all(gazetteer().by_code[p].level != "zone" for z in zones for p in z.parts)


def test_zone_report_is_filed_under_its_division(tmp_path: Path) -> None:
    path = tmp_path / "teda.txt"
    path.write_text("2021年天津经济技术开发区法治政府建设情况报告\n2021年,经开区管委会印发《经开区行政执法工作规范》。\n",
                    encoding="utf-8")
    lines = report_nquads(extract(path)).decode()
    zone, district = "<https://w3id.org/fazhi-kg/id/division/120116-teda>", "<https://w3id.org/fazhi-kg/id/division/120116>"
    assert f"<https://w3id.org/fazhi-kg/ontology#district> {district}" in lines
    assert f"<https://w3id.org/fazhi-kg/ontology#zone> {zone}" in lines
    assert f"{zone} <https://w3id.org/fazhi-kg/ontology#liesIn> {district}" in lines


UNPLACED = [
    # (title line, first sentence, zone as written, reporting body)
    ("高新区综合治理局2021年法治政府建设年度报告", "2021年,高新区综合治理局坚持依法行政。", "高新区", "高新区综合治理局"),
    ("关于2022年度法治政府建设工作情况的报告", "2022年,某某经济开发区管委会全面推进依法行政。", "某某经济开发区",
     "某某经济开发区管理委员会"),
    ("某某航空港经济区2023年法治政府建设工作报告", "2023年,某某航空港经济区管委会坚持依法行政。", "某某航空港经济区",
     "某某航空港经济区管理委员会"),
    ("关于2024年法治政府建设情况的报告", "2024年,某某经济合作区管委会推进依法行政。", "某某经济合作区",
     "某某经济合作区管理委员会"),
    ("关于2025年法治政府建设情况的报告", "2025年,我区扎实推进法治政府建设,现将某某新区2025年度法治政府建设情况报告如下:",
     "某某新区", "某某新区管理委员会"),
]


@pytest.mark.parametrize("title, first, zone, body", UNPLACED, ids=[u[2] for u in UNPLACED])
def test_zone_no_table_lists_builds_in_no_division(tmp_path: Path, title: str, first: str, zone: str, body: str) -> None:
    path = tmp_path / "report.txt"
    path.write_text(f"{title}\n{first}\n", encoding="utf-8")
    record = extract(path)
    assert (record.division.name, record.division.level, record.division.parts) == (zone, "zone", ())
    assert record.reporting_body[2] == body
    lines = report_nquads(record).decode()
    assert "<https://w3id.org/fazhi-kg/ontology#district>" not in lines
    assert coverage(report_nquads(record)).unplaced


HEADED = [
    # (title line, zone as written, the division it lies in): an unlisted zone headed by the places it lies in
    ("十堰某某产业园区2023年法治政府建设情况报告", "十堰某某产业园区", "420300"),
    ("河源东源某某园区管委会2025年法治政府建设年度报告", "河源东源某某园区", "441625"),
    ("贵州某某航空港经济区2023年法治政府建设工作报告", "贵州某某航空港经济区", "520000"),
]


@pytest.mark.parametrize("title, zone, home", HEADED, ids=[h[1] for h in HEADED])
def test_zone_no_table_lists_lies_in_the_places_heading_its_name(tmp_path: Path, title: str, zone: str,
                                                                  home: str) -> None:
    path = tmp_path / "report.txt"
    path.write_text(f"{title}\n2023年,园区管委会坚持依法行政。\n", encoding="utf-8")
    record = extract(path)
    assert (record.division.name, record.division.level, record.division.parts) == (zone, "zone", (home,))
    lines = report_nquads(record).decode()
    assert f"<https://w3id.org/fazhi-kg/id/division/{home}>" in lines
    assert not coverage(report_nquads(record)).unplaced


def test_text_naming_no_place_nor_zone_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("关于2021年法治政府建设情况的报告\n2021年,我们坚持依法行政。\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"\[E001\]"):
        extract(path)


TOWNS_BY_HOST = [
    # (town named alone, page address, county it lies in): a town name several counties have is placed by the host
    # its page is on, spelled in full or by initials (of the county, or of its city and the county)
    ("王河镇", "http://www.tsqs.gov.cn/info/4836/929800.htm", "清水县"),
    ("王河镇", "http://www.jiange.gov.cn/info/1.htm", "剑阁县"),
    ("牛田镇", "http://jw.taojiang.gov.cn/1.html", "桃江县"),
]


@pytest.mark.parametrize("town, site, county", TOWNS_BY_HOST, ids=[t[1] for t in TOWNS_BY_HOST])
def test_a_town_many_counties_have_is_placed_by_its_host(town: str, site: str, county: str) -> None:
    assert town_named(f"{town}2025年法治政府建设情况报告", "我镇坚持依法行政。", site).name == county


FILED = [
    # (title line, first sentence, the division the report is filed under, or None: under its zone alone)
    ("2021年天津经济技术开发区法治政府建设情况报告", "2021年,经开区管委会全年新增市场主体1200户。", "120116"),
    ("十堰某某产业园区2023年法治政府建设情况报告", "2023年,园区管委会全年新增市场主体1200户。", "420300"),
    ("关于2025年法治政府建设情况的报告", "2025年,某某新区管委会全年新增市场主体1200户。", None),
    ("高新区综合治理局2021年法治政府建设年度报告", "2021年,高新区综合治理局全年新增市场主体1200户。", None),
]


@pytest.mark.parametrize("title, first, district", FILED, ids=[f[0][:10] for f in FILED])
def test_zone_report_conforms_and_is_listed_placed_or_not(tmp_path: Path, title: str, first: str,
                                                          district: str | None) -> None:
    """A zone nothing places is still a valid report, filed under the zone itself (code 000000-…), which the reports
    query lists; a placed zone's report stays filed under its division."""
    path = tmp_path / "report.txt"
    path.write_text(f"{title}\n{first}\n", encoding="utf-8")
    record = extract(path)
    dataset = Dataset(default_union=True)
    dataset.parse(data=report_nquads(record), format="nquads")
    conforms, text = validate(dataset)
    assert conforms, text
    listed = rows(run(dataset, named_queries()["reports"]))
    assert [row["code"] for row in listed] == [district or record.division.code]
    assert (district is None) == record.division.code.startswith(f"{UNPLACED_CODE}-")


PLACED_BY = [
    # (evidence, page address, first sentence, code of the division the unlisted zone lies in, or None: none)
    ("city named in the text", "", "2023年,某某新区服务郑州高质量发展。", "410100"),
    ("city named only in a document's title", "", "2023年,某某新区印发《郑州市法治政府建设工作要点》。", "410100"),
    ("two cities named only in titles, as often", "", "2023年,某某新区学习《郑州市条例》《洛阳市条例》。", None),
    ("host: a municipality's district's initials", "https://www.tjbh.gov.cn/1.html", "2023年,某某新区坚持依法行政。",
     "120116"),
    ("host: initials of two districts", "https://cqqj.gov.cn/1.html", "2023年,某某新区坚持依法行政。", None),
    ("nothing", "https://www.mouzone.gov.cn/1.html", "2023年,某某新区坚持依法行政。", None),
]


@pytest.mark.parametrize("evidence, site, first, home", PLACED_BY, ids=[p[0] for p in PLACED_BY])
def test_zone_no_table_lists_is_placed_by_general_evidence(tmp_path: Path, evidence: str, site: str, first: str,
                                                            home: str | None) -> None:
    path = tmp_path / "report.txt"
    header = f"# 来源: {site}\n\n" if site else ""
    path.write_text(f"# 某某新区2023年法治政府建设情况报告\n{header}{first}\n", encoding="utf-8")
    record = extract(path)
    assert (record.division.name, record.division.parts) == ("某某新区", (home,) if home else ())


BY_ADDRESS = [
    # (page address, text, the department it writes for 荣昌区)
    ("http://rongchang.gov.cn/bm/qsfj/1.html", "2022年,我局坚持依法行政。", "荣昌区司法局"),
    ("http://sfj.rongchang.gov.cn/1.html", "本局推进依法行政。", "荣昌区司法局"),
    ("http://rongchang.gov.cn/bm/qsfj/1.html", "2022年,全区坚持依法行政。", None),  # a government's report on a bureau's page
    ("http://rongchang.gov.cn/bm/jtj/1.html", "我局坚持依法行政。", None),  # 交通局 or 教体局: the initials decide nothing
    ("http://rongchang.gov.cn/1.html", "我局坚持依法行政。", None),
    ("http://sfj.rongchang.gov.cn/1.html", "局党组坚持依法行政。", "荣昌区司法局"),  # its party group: a bureau's text
    ("http://sfj.rongchang.gov.cn/1.html", "区政府常务会议坚持依法行政。", None),
]


@pytest.mark.parametrize("site, text, body", BY_ADDRESS)
def test_bureau_is_named_by_its_pages_address(site: str, text: str, body: str | None) -> None:
    assert Resolver(gazetteer().by_code["500153"]).department_at_address(site, text) == body
