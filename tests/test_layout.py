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
"""


def test_header_chrome_title_and_year() -> None:
    layout = read_layout(normalise(TEXT))
    assert layout.title == "某县2023年法治政府建设年度报告"
    assert layout.header["来源"] == "https://example.org/report"
    assert layout.year == 2023
    assert "发布时间" not in layout.body and "分享到" not in layout.body
    assert "浏览器" not in layout.body  # a notice to the reader about the browser is the site's


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
