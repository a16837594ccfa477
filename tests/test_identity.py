"""A report is named by what it is (division, year, writer), so no two inputs ever replace each other."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import api
from kg.cli import main
from kg.graph.nquads import graph_name, rename_graph
from tests.conftest import FIXTURES, SMALL_REPORT

ID = "https://w3id.org/fazhi-kg/id/report/"
TONGLU = "330122-2023-人民政府"
REVISED = SMALL_REPORT.replace("办理案件120余件", "办理案件130余件")


def _write(root: Path, files: dict[str, str]) -> list[Path]:
    paths = []
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


@pytest.mark.parametrize(("files", "graphs", "duplicates"), [
    # the same name in two folders, two different reports
    ({"2023/report.txt": SMALL_REPORT, "2024/report.txt": SMALL_REPORT.replace("2023", "2024")},
     [TONGLU, "330122-2024-人民政府"], []),
    # the same text twice: built once, with a note on the second
    ({"a/report.txt": SMALL_REPORT, "b/copy.txt": SMALL_REPORT}, [TONGLU], ["b/copy.txt"]),
    # two texts of one division, year and writer: the later one gets a short hash of its text
    ({"a/report.txt": SMALL_REPORT, "b/report.txt": REVISED}, [TONGLU, f"{TONGLU}-{_hash(REVISED)}"], []),
])
def test_no_input_replaces_another(tmp_path: Path, files: dict[str, str], graphs: list[str],
                                   duplicates: list[str]) -> None:
    result = api.build(_write(tmp_path, files))
    assert list(map(str, result.graphs)) == [ID + g for g in graphs] and not result.failures
    assert [str(d.path.relative_to(tmp_path)) for d in result.duplicates] == duplicates
    assert len(set(result.dataset.graphs())) > len(graphs)  # each report kept its own graph, and its facts


def test_two_reports_of_one_name_are_two_reports_in_the_file(tmp_path: Path) -> None:
    paths = _write(tmp_path, {"2023/report.txt": SMALL_REPORT, "2024/report.txt": SMALL_REPORT.replace("2023", "2024"),
                              "copy/report.txt": SMALL_REPORT})
    out = tmp_path / "out" / "graph.trig"
    result = CliRunner().invoke(main, ["build", *map(str, paths), "-o", str(out), "--no-html", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert "from 2 reports" in result.output
    assert f"note: {paths[2]}: [E120] is the same text as {paths[0]}; built once" in result.output
    years = api.query(api.load(out), "SELECT ?g ?y WHERE { GRAPH ?g { ?g fz:year ?y } } ORDER BY ?g")
    assert [(r["g"], r["y"]) for r in years] == [(ID + TONGLU, "2023"), (ID + "330122-2024-人民政府", "2024")]


def test_a_department_report_is_named_by_its_writer() -> None:
    assert list(map(str, api.build([FIXTURES / "reports" / "chengdu-sfj-2024.txt"]).graphs)) == [ID + "510100-2024-司法局"]


def test_renaming_a_graph_moves_the_report_and_its_parts_only() -> None:
    nquads = (f'<{ID}r> <p> "<{ID}r> in a literal" <{ID}r> .\n'
              f'<{ID}r/sentence/1> <p> <{ID}r-other> <{ID}r> .\n').encode()
    renamed = rename_graph(nquads, graph_name(nquads), f"{ID}r-1234abcd")
    assert renamed.decode() == (f'<{ID}r-1234abcd> <p> "<{ID}r> in a literal" <{ID}r-1234abcd> .\n'
                                f'<{ID}r-1234abcd/sentence/1> <p> <{ID}r-other> <{ID}r-1234abcd> .\n')
