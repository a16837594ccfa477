import pytest

from kg.ingest import normalise
from kg.layout import read_layout

TEXT = """# 某县2023年法治政府建设年度报告
# 来源: https://example.org/report
来源:某县人民政府  发布时间:2024-01-20
2023年,某县坚持依法行政。
一、主要举措和成效
(一)强化组织领导。一是健全制度。二是完善机制。
1. 加强培训。组织培训3次。
二、存在的不足
分享到:
请更换或升级浏览器以获得最佳体验。
信息平台入口 无障碍阅读 微信某县司法局微信二维码 微博 繁体登录注册
  •          学习强国         手机版         电子期刊          登录
"""


def test_header_chrome_title_and_year() -> None:
    layout = read_layout(normalise(TEXT))
    assert layout.title == "某县2023年法治政府建设年度报告"
    assert layout.header["来源"] == "https://example.org/report"
    assert layout.year == 2023
    assert "发布时间" not in layout.body and "分享到" not in layout.body
    assert "浏览器" not in layout.body  # a notice to the reader about the browser is the site's
    assert "司法局" not in layout.body  # so is a toolbar line, whatever body it names
    assert "学习强国" not in layout.body  # and the links to the site's editions and accounts


CHROME_TITLE_CASES = [
    # a raw page copy with no "# title" line: the title repeated under the breadcrumbs says whose report it is
    ("×\n您当前所在位置: 首页 > 专题专栏\n某园区管委会2025年法治政府建设年度报告\n来源: 某园区\n2025年,我委坚持依法行政。\n",
     "某园区管委会2025年法治政府建设年度报告"),
    ("回到\n顶部\n\n某街道2023年法治政府建设年度报告\n发布时间: 2023年12月06日\n2023年,我街道坚持依法行政。\n",
     "某街道2023年法治政府建设年度报告"),
    # a title-like line after the first line of prose is a heading of the report, not its title
    ("2023年,我县坚持依法行政。\n某县2023年法治政府建设工作情况\n", None),
]


@pytest.mark.parametrize(("text", "title"), CHROME_TITLE_CASES)
def test_title_found_among_a_pages_chrome(text: str, title: str | None) -> None:
    assert read_layout(normalise(text)).title == title


TAIL_CASES = [
    # a whole page's related articles and footer are the site's: their bodies are not the report's
    ("相关文章\n某区司法局2024年法治政府建设工作总结\n", "某区司法局"),
    ("【相关阅读】\n某县人民政府关于2024年度法治政府建设情况的报告\n", "某县人民政府"),
    ("主办单位:某市某区人民政府办公室 承办单位:某区大数据中心\n鲁ICP备05001234号\n", "大数据中心"),
    ("版权所有:某区人民政府 网站标识码:3702140001\n", "网站标识码"),
]


@pytest.mark.parametrize(("tail", "gone"), TAIL_CASES)
def test_a_pages_related_articles_and_footer_are_not_report_text(tail: str, gone: str) -> None:
    text = "# 某区2024年法治政府建设年度报告\n\n2024年,某区主办全市法治论坛,坚持依法行政。\n" + tail
    layout = read_layout(normalise(text))
    assert gone not in layout.body
    assert "主办全市法治论坛" in layout.body  # a report's own 主办 is no footer


@pytest.mark.parametrize(("line", "publisher"), [
    ("来源:天津市北辰区人民政府 发布时间:2022-03-23", "天津市北辰区人民政府"),
    ("信息来源:某县司法局", "某县司法局"),
    ("来源:人民网", None),  # a newspaper or a site publishes no report of its own
])
def test_a_source_line_naming_a_body_is_the_pages_publisher(line: str, publisher: str | None) -> None:
    layout = read_layout(normalise(f"# 某街道2021年法治政府建设情况报告\n{line}\n2021年,街道坚持依法行政。\n"))
    assert layout.header.get("发布机构") == publisher


METADATA_CASES = [
    # a page's metadata table copied into lines of its own is chrome, whatever body its cells name (sixty-fifth round)
    ("[ 索引号 ] 11500000MB0000000X/2021-00001 [ 发文字号 ]\n[ 发布机构 ] 某区政府办公室 [ 主题分类 ] 其他\n",
     "某区政府办公室", None),
    ("栏目:某市人民政府办公室-通知公告 发布时间:2021-02-02\n", "某市人民政府办公室", None),
    ("发布部门:市政府办公室\n", "市政府办公室", None),
    ("索 引 号 640000000/2025-00022 发文时间 2025-02-28发布机构 某县司法局 文 号\n", "某县司法局", None),
    # …but not a line with a sentence's comma glued to it, the report's title, an addressee or a table's cells
    ("发布机构 某区人民政府 发文日期 2024-01-20 2023年,某区坚持依法行政。\n", "某区人民政府", "某区人民政府"),
    ("索引号 001/2026-005 发布机构 某市外事办公室 标 题: 某市人民政府外事办公室关于2025年法治政府建设的报告\n",
     "某市人民政府外事办公室", "某市人民政府外事办公室"),
    ("索引号 SY-001 发布时间 2025-01-21 某区法治政府建设工作领导小组办公室:\n", "领导小组办公室", "领导小组办公室"),
    ("| 发文日期: | 2026-01-06 | 发布机构: | 某镇人民政府 |\n", "某镇人民政府", "某镇人民政府"),
    # a source or publisher label after other chrome on a short line is the page's publisher (ninety-sixth round)...
    ("文章字体:【 】 发布日期: 2022-03-07 来源:某市司法局\n", "某市司法局", None),
    ("某县人民政府   2026-02-05 15:38:00   来源:某县司法局\n", "某县司法局", None),
    ("公开目录: 通知公告 公开责任部门: 司法局\n", "公开责任部门", None),
    # ...but a sentence of the report that names a source is kept
    ("案件来源:群众举报、上级交办,共受理投诉120件。\n", "群众举报", "群众举报"),
]


@pytest.mark.parametrize(("lines", "named", "kept"), METADATA_CASES)
def test_a_pages_metadata_table_is_not_report_text(lines: str, named: str, kept: str | None) -> None:
    layout = read_layout(normalise(f"# 某区2024年法治政府建设年度报告\n\n{lines}\n2024年,某区坚持依法行政。\n"))
    assert (named in layout.body) == (kept is not None)
    assert "坚持依法行政" in layout.body


def test_section_tree_and_sentence_sections() -> None:
    layout = read_layout(normalise(TEXT))
    tree = [(s.path, s.marker, s.title) for s in layout.sections]
    assert tree == [
        ("1", "一、", "主要举措和成效"),
        ("1.1", "(一)", "强化组织领导"),
        ("1.1.1", "一是", "健全制度"),
        ("1.1.2", "二是", "完善机制"),
        ("1.1.3", "1.", "加强培训"),
        ("2", "二、", "存在的不足"),
    ]
    by_text = {s.text: s.section for s in layout.sentences}
    assert by_text["组织培训3次。"] == "1.1.3"
    assert by_text["2023年,某县坚持依法行政。"] is None


PLAN_CASES = [
    # Plans close a report: the last part, or its last subpart, about next year is planned.
    ("一、主要举措\n组织培训3次。\n二、2024年工作安排\n继续培训。\n", {"2"}),
    ("一、主要举措\n组织培训3次。\n二、存在的问题\n(一)人员配备\n人手不足。\n(二)下一步打算\n继续培训。\n", {"2.2"}),
    # A plan word in a heading of work done, a part of work done after it, names a document: no plan.
    ("一、统筹推进\n(一)干部培训计划走深走实\n制定学法计划。\n二、深化改革\n整合窗口。\n", set()),
    # A plan word under a heading of work done (its own year, 成效, 推进情况) says how the work was done: no plan.
    ("一、2023年度推进法治政府建设的主要举措和成效\n(一)周密安排部署,保障工作开展\n组织培训3次。\n", set()),
    ("一、紧密围绕市委工作安排推进法治政府建设的举措和成效\n(一)强化政治引领\n组织培训3次。\n", set()),
    ("一、2023年工作推进情况\n(一)定期谋划部署\n组织培训3次。\n(二)统筹安排\n整合窗口。\n", set()),
    # A heading about next year stays planned, whatever words of work done it holds.
    ("一、主要做法\n组织培训3次。\n二、2024年工作思路和主要举措\n继续培训。\n", {"2"}),
]


@pytest.mark.parametrize(("body", "planned"), PLAN_CASES)
def test_planned_sections_close_the_report(body: str, planned: set[str]) -> None:
    layout = read_layout(normalise(f"# 某县2023年法治政府建设年度报告\n2023年,某县坚持依法行政。\n{body}"))
    assert layout.planned_sections(2023) == planned
