from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import normalise, read_source

TEXT = "2023年,城阳区司法局荣获全省“八五”普法中期表现突出单位。"


@pytest.mark.parametrize("encoding,data", [
    ("utf-8", TEXT.encode("utf-8")),
    ("utf-8-sig", b"\xef\xbb\xbf" + TEXT.encode("utf-8")),
    ("gb18030", (TEXT * 3).encode("gb18030")),
])
def test_encodings_are_detected(tmp_path: Path, encoding: str, data: bytes) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes(data)
    source = read_source(path)
    assert source.text.startswith(TEXT)
    assert source.encoding == encoding


@pytest.mark.parametrize("content,problem", [
    (b"", "is empty"),
    (b"   \n\n", "is empty"),
    (b"\x00\x01\x02binary\x00", "binary"),
])
def test_unusable_files_raise_one_clear_error(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=problem) as err:
        read_source(path)
    assert str(path) in str(err.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_source(tmp_path / "absent.txt")


def test_normalise_folds_punctuation_and_keeps_offsets() -> None:
    original = "（一）依法行政，推行“一网通办”：ＡＢＣ１２３。"
    norm = normalise(original)
    assert norm.text == "(一)依法行政,推行“一网通办”:ABC123。"
    start = norm.text.index("一网通办")
    a, b = norm.original_span(start, start + 4)
    assert original[a:b] == "一网通办"


@pytest.mark.parametrize("title", ["关于2023年法治政府建设情况的报告", "關於2023年法治政府建設情況的報告"])
def test_a_title_line_is_no_soft_wrap_in_either_script(title: str) -> None:
    """A Traditional page's title ends its line as a Simplified one does: the date line after it stays apart."""
    norm = normalise(f"{title}\n日期:2024-03-01\n2023年,红土乡坚持依法行政。")
    assert norm.text.startswith("关于2023年法治政府建设情况的报告\n日期:2024-03-01\n")


def test_soft_wrapped_lines_are_joined_but_headings_kept() -> None:
    original = "将习近平法治思想纳入中青年干部领导干部\n培训班的学习内容。\n二、存在的不足\n虽然取得成效。"
    norm = normalise(original)
    assert "干部培训班" in norm.text
    assert "\n二、存在的不足\n" in norm.text
    start = norm.text.index("部培")
    a, b = norm.original_span(start, start + 2)
    assert original[a:b] == "部\n培"
