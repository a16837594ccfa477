"""The writer of a page that shows no title (sixty-seventh round): a department or town that names itself only
on an opening line, in the page's metadata table or as an opening sentence's subject keeps its report."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import _government_self, _publisher_row, _writer_line
from kg.ingest import normalise
from kg.layout import read_layout
from shapes import reporting_body


@pytest.mark.parametrize("text,body", [
    # the writer's name alone on the line before the title's year (a title over two lines)
    ("# 来源: http://www.example.gov.cn/a/1.html\n\n上海市宝山区发展和改革委员会\n2025年法治政府建设情况报告\n"
     "一、主要举措\n坚持将学习贯彻习近平法治思想作为全面依法治国的根本遵循,推进法治政府建设。",
     "宝山区发展和改革委员会"),
    # the publisher of the page's metadata table, named again in the text
    ("# 来源: http://www.example.gov.cn/a/1.html\n\n| 索引号: | 4300/2026-00628 | 分类: | |\n"
     "| 发文机关: | 东安县应急管理局 | 发文日期: | |\n2025年法治政府建设报告\n"
     "东安县应急管理局坚持以习近平法治思想为统揽,在县委县政府的坚强领导下,推进依法行政。", "东安县应急管理局"),
    # a text calling itself 我局 that names its bureau as an opening sentence's subject
    ("# 来源: http://www.example.gov.cn/a/1.html\n\n2024年,在县委、县政府的坚强领导下,我局深入推进法治政府建设。\n"
     "一、主要工作\n霍邱县应急管理局坚持把法治建设摆在重要位置,推进依法行政。", "霍邱县应急管理局"),
    # ...or names anywhere in its opening sentences, when none is their subject
    ("# 来源: http://www.example.gov.cn/a/1.html\n\n2024年在市委、市政府领导下,我局法治建设工作深入推进。\n"
     "一、主要工作\n全面落实鞍山市应急管理局党委关于法治建设的部署,推进依法行政。", "鞍山市应急管理局"),
    # no title, an addressee line first: the subject of the first dated sentence
    ("# 来源: http://www.example.gov.cn/a/1.html\n\n市委(市政府):\n2024年,乳山市应急管理局深入学习贯彻习近平法治思想,"
     "推进法治政府建设。现将工作开展情况报告如下:", "乳山市应急管理局"),
])
def test_an_untitled_page_keeps_its_writer(tmp_path: Path, text: str, body: str) -> None:
    assert reporting_body(tmp_path, text) == body


@pytest.mark.parametrize("text,body", [
    # a bureau's name on the page of its government's report (我县): chrome, the government writes
    ("# 来源: http://www.example.gov.cn/a/1.html\n\n泽州县司法局\n\n泽州县2022年度法治政府建设的情况报告\n\n"
     "2022年,在市委、市政府和县委的正确领导下,我县坚持以习近平新时代中国特色社会主义思想为指导,推进法治政府建设。",
     "泽州县人民政府"),
    # 我局 but no bureau named as a subject: its government, as before
    ("# 来源: http://www.example.gov.cn/a/1.html\n\n2024年,在霍邱县委、县政府的坚强领导下,我局深入推进法治政府建设。\n"
     "一、主要工作\n全县坚持把法治建设摆在重要位置,推进依法行政。", "霍邱县人民政府"),
])
def test_an_untitled_page_is_not_given_a_name_it_only_carries(tmp_path: Path, text: str, body: str) -> None:
    assert reporting_body(tmp_path, text) == body


@pytest.mark.parametrize("text,line", [
    ("上海市宝山区发展和改革委员会\n2025年法治政府建设情况报告\n一、主要举措", "上海市宝山区发展和改革委员会"),
    ("2024年,我局深入推进法治政府建设。\n一、主要工作", ""),
])
def test_writer_line(text: str, line: str) -> None:
    assert _writer_line(read_layout(normalise(text))) == line


@pytest.mark.parametrize("text,row", [
    ("| 发文机关: | 东安县应急管理局 | 发文日期: | |", "东安县应急管理局"),
    ("发布机构:县司法局\n正文", "县司法局"),
    ("  • 发布机构: 皮山县教育局\n  • 成文日期:", "皮山县教育局"),  # a list's bullet before the row
    ("2024年,市司法局发布机构改革方案。", ""),
])
def test_publisher_row(text: str, row: str) -> None:
    assert _publisher_row(text) == row


@pytest.mark.parametrize("text,government", [
    ("2022年,我县坚持以习近平新时代中国特色社会主义思想为指导", True),
    ("2022年,我市坚持依法行政,我局全面推进法治建设", False),
    ("我局坚持依法行政", False),
])
def test_government_self(text: str, government: bool) -> None:
    assert _government_self(text) is government


@pytest.mark.parametrize("text,body", [
    # a town calling itself 我镇 that names itself later in its text
    ("# 来源: http://www.example.gov.cn/a/1.html\n\n2023年以来,我镇在安化县委、县政府的正确领导下,推进法治政府建设。\n"
     "结合长塘镇的实际,长塘镇全面推进依法行政。", "长塘镇人民政府"),
    # 我县 before it: the county's report, whatever town it names
    ("# 来源: http://www.example.gov.cn/a/1.html\n\n2023年以来,我县在安化县委的正确领导下,推进法治政府建设,我镇。\n"
     "长塘镇全面推进依法行政。", "安化县人民政府"),
])
def test_a_town_calling_itself_keeps_its_report(tmp_path: Path, text: str, body: str) -> None:
    assert reporting_body(tmp_path, text) == body
