"""Random and mutated report text through the whole pipeline: only ``InputError`` may escape,
every graph that is built conforms to the SHACL shapes, and a worker's N-Quads for it are
the lines rdflib writes, whatever the text holds."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from opencc import OpenCC

from kg.errors import InputError
from kg.extract import extract
from kg.graph.build import add_report, new_dataset, report_nquads
from kg.validate import validate
from sample_reports import REPORT

# Characters that drive the layout and the recognisers: heading markers, brackets, quotes, digits, units.
_REPORT_CHARS = "一二三四五六七八九十是年月区县市局办委会《》“”()(),、。;:!?\n 0123456789%余件次万亿元"
_pieces = st.text(alphabet=st.sampled_from(_REPORT_CHARS) | st.characters(codec="utf-8"), max_size=40)


@st.composite
def mutated_reports(draw: st.DrawFn) -> str:
    """The sample report with a few slices deleted, duplicated or replaced by random text."""
    text = REPORT
    for _ in range(draw(st.integers(1, 4))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, min(len(text), start + 30)))
        action = draw(st.sampled_from(["insert", "delete", "duplicate", "replace"]))
        if action == "insert":
            text = text[:start] + draw(_pieces) + text[start:]
        elif action == "delete":
            text = text[:start] + text[end:]
        elif action == "duplicate":
            text = text[:end] + text[start:end] + text[end:]
        else:
            text = text[:start] + draw(_pieces) + text[end:]
    return text


reports = mutated_reports() | _pieces.map(lambda s: "桐庐县2023年" + s) | st.text(max_size=200)


@pytest.fixture(scope="module")
def report_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz") / "report.txt"


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=reports, encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "big5"]), traditional=st.booleans())
def test_any_text_builds_a_valid_graph_or_fails_with_input_error(report_file: Path, text: str, encoding: str,
                                                                 traditional: bool) -> None:
    if traditional:
        text = OpenCC("s2tw").convert(text)
    report_file.write_bytes(text.encode(encoding, errors="replace"))
    try:
        record = extract(report_file)
    except InputError as exc:
        assert str(exc).startswith(str(report_file))
        return
    dataset = new_dataset()
    add_report(dataset, record)
    conforms, report = validate(dataset)
    assert conforms, report
    nquads = dataset.serialize(format="nquads", encoding="utf-8")
    assert sorted(report_nquads(record).splitlines()) == sorted(nquads.splitlines())
