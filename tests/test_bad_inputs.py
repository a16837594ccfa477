"""Bad inputs never crash ``kg build`` and never cost the other files of a batch their graph."""
from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg.extract
from kg import api
from kg.cli import main
from kg.graph import io as graph_io
from kg.ingest import formats
from kg.ingest.read import MAX_FILE_BYTES, MAX_TEXT_CHARS
from sample_reports import REPORT, TITLE, pdf_bytes, write_docx

PREVIOUS = "# the graph of an earlier run\n"


def _sparse(path: Path, size: int) -> None:
    """A file of ``size`` bytes that costs no disk and no time to write."""
    with path.open("wb") as handle:
        handle.truncate(size)


def _zip_without_word_parts() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "not a Word document")
    return buffer.getvalue()


def _write(content: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(content)


_PDF = pdf_bytes([TITLE, "2023年,桐庐县坚持依法行政。"])

# (file name, how to make it, what the one-line message says)
BAD_INPUTS = [
    ("empty.txt", _write(b""), "is empty"),
    ("blank.txt", _write(b" \n\n\t "), "is empty"),
    ("binary.txt", _write(bytes(range(256)) * 8), "binary file"),
    ("binary.html", _write(b"\x00\x01PK\x03\x04" * 100), "binary file"),
    ("truncated.pdf", _write(_PDF[: len(_PDF) // 2]), "not a readable PDF"),
    ("text-named.pdf", _write(REPORT.encode("utf-8")), "not a readable PDF"),
    ("random.docx", _write(b"\x13\x37" * 500), "not a readable .docx file"),
    ("zip-not-word.docx", _write(_zip_without_word_parts()), "not a readable .docx file"),
    ("navigation-only.html", _write("<html><body><div class='nav'><a href='/'>首页</a></div></body></html>".encode()),
     "not a report?"),
    ("script-only.html", _write(b"<html><head><script>var a = 1;</script></head><body></body></html>"),
     "no article text"),
    ("not-a-report.txt", _write("今天天气很好,我们去公园散步。\n明天也许会下雨。\n".encode()), "no district"),
    ("no-year.txt", _write("桐庐县法治政府建设情况报告\n桐庐县坚持依法行政。\n".encode()), "no year"),
    ("huge.txt", lambda path: _sparse(path, 50 * 2**20), f"over the {MAX_FILE_BYTES // 2**20} MiB limit"),
    ("too-long.txt", _write((REPORT * (MAX_TEXT_CHARS // len(REPORT) + 1)).encode()), "characters, over the"),
    ("unsupported.rtf", _write(b"{\\rtf1 report}"), "unsupported file type .rtf"),
]


def _build(*args: str) -> tuple[int, list[str]]:
    result = CliRunner().invoke(main, ["build", "--no-html", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stderr.splitlines()


@pytest.fixture()
def previous_graph(tmp_path: Path) -> Path:
    out = tmp_path / "out" / "graph.ttl"
    out.parent.mkdir()
    out.write_text(PREVIOUS, encoding="utf-8")
    return out


@pytest.mark.parametrize("name, make, problem", BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_is_one_line_naming_the_file(tmp_path: Path, previous_graph: Path, name: str,
                                               make: Callable[[Path], None], problem: str) -> None:
    path = tmp_path / name
    make(path)
    code, lines = _build(str(path), "-o", str(previous_graph))
    assert code == 1
    assert len(lines) == 1 and lines[0].startswith(f"kg: error: {path}: ") and problem in lines[0]
    assert previous_graph.read_text(encoding="utf-8") == PREVIOUS


@pytest.fixture()
def batch(tmp_path: Path) -> Path:
    """A folder with one good report and every bad input that a folder can hold."""
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "good.txt").write_text(REPORT, encoding="utf-8")
    for name, make, _ in BAD_INPUTS:
        if not name.endswith(".rtf"):
            make(folder / name)
    return folder


def test_batch_builds_the_good_file_and_reports_each_bad_one(batch: Path, previous_graph: Path) -> None:
    code, lines = _build(str(batch), "-o", str(previous_graph))
    assert code == 1
    failed = sorted(line.split(": ")[2].rsplit("/", 1)[-1] for line in lines if line.startswith("kg: error:"))
    assert failed == sorted(name for name, _, _ in BAD_INPUTS if not name.endswith(".rtf"))
    assert "from 1 report" in lines[-1]
    dataset = api.load(previous_graph)
    assert {r["agency"] for r in api.query(dataset, "who-did-what")} >= {"桐庐县司法局"}


def test_strict_writes_nothing_when_any_input_fails(batch: Path, previous_graph: Path) -> None:
    code, lines = _build(str(batch), "--strict", "-o", str(previous_graph))
    assert code == 1 and not any(line.startswith("wrote") for line in lines)
    assert previous_graph.read_text(encoding="utf-8") == PREVIOUS


def test_a_glob_takes_only_report_files(batch: Path, tmp_path: Path) -> None:
    (batch / "notes.md").write_text("# notes", encoding="utf-8")
    assert [p.name for p in api.expand_inputs([str(batch / "g*")])] == ["good.txt"]
    code, lines = _build(str(batch / "*.md"), "-o", str(tmp_path / "g.ttl"))
    assert code == 1 and lines == [f"kg: error: {batch / '*.md'}: [E005] no report file (.txt, .html, .htm, .docx, .pdf) matches this pattern"]


def test_a_file_that_vanishes_mid_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(REPORT, encoding="utf-8")
    expand = api.expand_inputs

    def expand_then_delete(inputs):
        paths = expand(inputs)
        (tmp_path / "a.txt").unlink()
        return paths

    monkeypatch.setattr(api, "expand_inputs", expand_then_delete)
    out = tmp_path / "out.ttl"
    code, lines = _build(str(tmp_path), "-o", str(out))
    assert code == 1
    assert lines[0] == f"kg: error: {tmp_path / 'a.txt'}: [E012] no such file"
    assert "from 1 report" in lines[-1] and out.exists()


def test_an_unexpected_bug_fails_one_file_not_the_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("a.txt", "b.txt"):  # two texts: the same one twice would be built once
        (tmp_path / name).write_text(REPORT + name, encoding="utf-8")
    extract = kg.extract.extract

    def extract_failing_on_a(path, **kwargs):
        if path.name == "a.txt":
            raise RuntimeError("boom\nsecond line")
        return extract(path, **kwargs)

    monkeypatch.setattr(kg.extract, "extract", extract_failing_on_a)
    code, lines = _build(str(tmp_path), "-o", str(tmp_path / "out.ttl"))
    assert code == 1
    assert lines[0] == f"kg: error: {tmp_path / 'a.txt'}: [E004] internal error while extracting (RuntimeError: boom); please report this file"
    assert "from 1 report" in lines[-1]


def test_a_pipe_named_like_a_report_is_refused_without_reading(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    code, lines = _build(str(pipe), "-o", str(tmp_path / "g.ttl"))
    assert code == 1 and lines == [f"kg: error: {pipe}: [E009] is not a regular file (a pipe or a device?)"]


def test_a_word_file_that_unpacks_too_large_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(formats, "MAX_UNPACKED_BYTES", 1000)
    code, lines = _build(str(write_docx(tmp_path / "bomb.docx")), "-o", str(tmp_path / "g.ttl"))
    assert code == 1 and len(lines) == 1 and "MiB limit for a Word file" in lines[0]


def test_an_interrupted_write_keeps_the_previous_graph(previous_graph: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(graph_io.os, "replace", fail)
    with pytest.raises(OSError):
        graph_io.write_atomic(previous_graph, b"new graph")
    assert previous_graph.read_text(encoding="utf-8") == PREVIOUS
    assert [p.name for p in previous_graph.parent.iterdir()] == [previous_graph.name]
