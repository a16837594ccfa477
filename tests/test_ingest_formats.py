"""Reports as web pages, Word files, PDFs and text in the encodings that sites use."""
from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from opencc import OpenCC

from kg import api
from kg.extract import extract
from kg.ingest import normalise, read_source
from kg.ingest.normalise import to_simplified
from sample_reports import PARAGRAPHS, REPORT, TITLE, pdf_bytes, write_docx

PAGE_CLUTTER = ("首页", "当前位置", "浏览次数", "分享到", "打印正文", "关闭窗口", "鲁ICP备", "document.write", "var share")

HTML_PAGE = f"""<!DOCTYPE html>
<html><head><meta charset="{{charset}}"><title>{TITLE}_桐庐县人民政府门户网站</title>
<script>var share = '分享到';</script></head>
<body>
<div class="nav"><a href="/">首页</a> <a href="/zwgk">政务公开</a> <a href="/bsfw">办事服务</a></div>
<div class="breadcrumb">当前位置:首页 &gt; 政务公开 &gt; 法治政府建设</div>
<div class="article"><h1>{TITLE}</h1>
<div class="info">发布时间:2024-01-20 来源:县司法局 浏览次数:123</div>
<div class="content">{"".join(f"<h3>{p}</h3>" if p[1] == "、" else f"<p>{p}</p>" for p in PARAGRAPHS)}</div>
<div class="share">分享到: 微信 微博</div>
<div class="tools"><a href="javascript:print()">打印正文</a> <a href="javascript:close()">关闭窗口</a></div>
</div>
<div class="footer">主办:桐庐县人民政府办公室 鲁ICP备12345678号</div>
<script>document.write('打印正文');</script>
</body></html>"""


@pytest.mark.parametrize("encoding, expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gb18030", "gb18030"), ("gbk", "gb18030"), ("utf-16", "utf16")])
def test_text_encodings_are_detected(tmp_path: Path, encoding: str, expected: str) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(REPORT.encode(encoding))
    source = read_source(path)
    assert source.text == REPORT
    assert source.encoding == expected


def test_big5_traditional_text_is_detected(tmp_path: Path) -> None:
    traditional = OpenCC("s2tw").convert(REPORT)
    path = tmp_path / "report.txt"
    path.write_bytes(traditional.encode("big5"))
    source = read_source(path)
    assert source.encoding == "big5"
    assert source.text == traditional


def test_html_keeps_the_article_and_the_page_title(tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    path.write_text(HTML_PAGE.format(charset="utf-8"), encoding="utf-8")
    text = read_source(path).text
    assert text.splitlines()[0] == TITLE
    for paragraph in PARAGRAPHS:
        assert paragraph in text
    for clutter in PAGE_CLUTTER:
        assert clutter not in text


def test_html_without_h1_takes_the_title_less_the_site_name(tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    path.write_text(HTML_PAGE.format(charset="utf-8").replace(f"<h1>{TITLE}</h1>", ""), encoding="utf-8")
    assert read_source(path).text.splitlines()[0] == TITLE


GOV_META_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="SiteName" content="重庆市荣昌区人民政府"><meta name="SiteDomain" content="www.rongchang.gov.cn">
<meta name="ArticleTitle" content="{title}"><meta name="ContentSource" content="荣昌区司法局">
{url}<title>法治政府建设_重庆市荣昌区人民政府</title></head>
<body><div class="content"><p>2024年,区司法局在区委、区政府的正确领导下,坚持依法行政,推进法治政府建设。</p>
<p>区司法局印发《行政执法监督办法》,全年开展执法检查12次。</p></div></body></html>"""


@pytest.mark.parametrize("title, url", [
    # the article's title, publisher and address from the metadata the national guideline has every site write
    ("2024年度区司法局法治政府建设情况报告", '<meta name="Url" content="http://www.rongchang.gov.cn/bm/qsfj/1.html">'),
    # no address of the article: the site's domain places the report
    ("2024年度区司法局法治政府建设情况报告", ""),
])
def test_a_government_pages_metadata_places_a_report_that_names_no_place(tmp_path: Path, title: str, url: str) -> None:
    path = tmp_path / "report.html"
    path.write_text(GOV_META_PAGE.format(title=title, url=url), encoding="utf-8")
    text = read_source(path).text
    assert text.splitlines()[0].startswith("# 来源: http://www.rongchang.gov.cn/")
    assert title in text.splitlines()
    record = extract(path)
    assert record.division.name == "荣昌区"
    assert record.reporting_body[2] == "荣昌区司法局"


def test_gb18030_web_page(tmp_path: Path) -> None:
    path = tmp_path / "report.htm"
    path.write_bytes(HTML_PAGE.format(charset="gb2312").encode("gb18030"))
    source = read_source(path)
    assert source.encoding == "gb18030"
    assert PARAGRAPHS[2] in source.text


def test_docx_paragraphs_and_tables_in_order(tmp_path: Path) -> None:
    text = read_source(write_docx(tmp_path / "report.docx")).text
    lines = text.splitlines()
    assert lines[0] == TITLE
    assert lines[1:4] == list(PARAGRAPHS[:3])
    assert lines[4] == "执法检查 12次"
    assert lines[5:] == list(PARAGRAPHS[3:])


def test_pdf_text_layer_with_chinese_across_pages(tmp_path: Path) -> None:
    cut = PARAGRAPHS[2].index("印发") + 2
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf_bytes([TITLE, *PARAGRAPHS[:2], PARAGRAPHS[2][:cut]], [PARAGRAPHS[2][cut:], *PARAGRAPHS[3:]]))
    source = read_source(path)
    assert source.encoding == "pdf"
    assert source.text.splitlines() == [TITLE, *PARAGRAPHS[:2], PARAGRAPHS[2][:cut], PARAGRAPHS[2][cut:], *PARAGRAPHS[3:]]
    record = extract(path)
    assert any(s.text == "县司法局印发《桐庐县行政执法监督办法》,开展执法检查12次。" for s in record.sentences)


def test_a_folder_of_mixed_files_builds_one_graph_per_report(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b.html").write_text(HTML_PAGE.format(charset="utf-8"), encoding="utf-8")
    write_docx(tmp_path / "c.docx")
    (tmp_path / "d.pdf").write_bytes(pdf_bytes([TITLE, *PARAGRAPHS[:3]], list(PARAGRAPHS[3:])))
    (tmp_path / "e.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    assert [p.name for p in api.expand_inputs([tmp_path])] == ["a.txt", "b.html", "c.docx", "d.pdf"]
    built = api.build([tmp_path])
    dataset, failures = built.dataset, built.failures
    assert failures == []
    rows = api.query(dataset, "who-did-what")
    reports_with_action = {r["report"] for r in rows if r["agency"] == "桐庐县司法局" and r["object"] == "桐庐县行政执法监督办法"}
    assert len({g.identifier for g in dataset.graphs() if len(g)} - {dataset.default_graph.identifier}) == 4
    assert reports_with_action == {TITLE}


def test_traditional_report_gets_simplified_labels_and_original_evidence(tmp_path: Path) -> None:
    traditional = OpenCC("s2tw").convert(REPORT)
    path = tmp_path / "report.txt"
    path.write_bytes(traditional.encode("big5"))
    record = extract(path)
    labels = {(e.type, e.label) for e in record.entities.values()}
    assert ("Agency", "桐庐县司法局") in labels
    assert ("Regulation", "桐庐县行政执法监督办法") in labels
    for entity in record.entities.values():
        for mention in entity.mentions:
            assert traditional[mention.start:mention.end] == mention.surface
    assert any("縣司法局印發《桐廬縣行政執法監督辦法》" in s.text for s in record.sentences)
    for sentence in record.sentences:
        assert traditional[sentence.start:sentence.end].replace("\n", "") == sentence.text
    # an action's object as written is simplified with the labels, so that who-did-what names what they name
    surfaces = {a.object_surface for a in record.actions if a.object_surface}
    assert surfaces and all(to_simplified(s) == s for s in surfaces)


def test_traditional_is_simplified_one_character_for_one() -> None:
    original = "（一）城陽區司法局印發《行政執法監督辦法》，乾隆年間天氣乾燥。"
    norm = normalise(original)
    assert norm.text == "(一)城阳区司法局印发《行政执法监督办法》,乾隆年间天气干燥。"
    assert norm.original == original
    start = norm.text.index("城阳区司法局")
    a, b = norm.original_span(start, start + 6)
    assert original[a:b] == "城陽區司法局"


class _PhraseChangingConverter:
    """Stands in for an OpenCC phrase that would change a line's length (國家 -> 国)."""

    def convert(self, text: str) -> str:
        return text.replace("國家", "国") if len(text) > 1 else {"國": "国"}.get(text, text)


def test_a_length_changing_phrase_falls_back_to_single_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    # The package exports the function normalise under the module's name, so the module is looked up.
    monkeypatch.setattr(importlib.import_module("kg.ingest.normalise"), "_t2s", _PhraseChangingConverter)
    assert to_simplified("國家機關\n國家") == "国家機關\n国家"
