import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main


@pytest.fixture()
def built(tmp_path: Path, small_report: Path) -> Path:
    out = tmp_path / "out" / "graph.ttl"
    result = CliRunner().invoke(main, ["build", str(small_report), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_build_writes_graph_and_offline_html(built: Path) -> None:
    page = built.with_suffix(".html").read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?https?://""", page)
    assert "桐庐县司法局" in page and 'id="fazhi-controls"' in page


def test_query_json_is_sparql_results(built: Path) -> None:
    result = CliRunner().invoke(main, ["query", str(built), "who-did-what", "--format", "json"])
    data = json.loads(result.output)
    assert {"agency", "action", "object", "evidence"} <= set(data["head"]["vars"])
    agencies = {b["agency"]["value"] for b in data["results"]["bindings"]}
    assert "桐庐县司法局" in agencies


def test_query_csv_and_table(built: Path) -> None:
    csv = CliRunner().invoke(main, ["query", str(built), "entities", "--format", "csv"]).output
    assert csv.splitlines()[0] == "type,label,entity"
    table = CliRunner().invoke(main, ["query", str(built), "awards"]).output
    assert "全省“八五”普法中期表现突出单位" in table and "provincial" in table


def test_param_is_bound_not_formatted(built: Path) -> None:
    args = ["query", str(built), "agency-actions", "--param", "agency=桐庐县司法局", "--format", "csv"]
    assert "荣获" in CliRunner().invoke(main, args).output
    args[4] = 'agency=x" } ; DROP ALL ; #'
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0 and result.stdout.strip() == "action,object,type,evidence"


@pytest.mark.parametrize("content,problem", [(None, "no such file"), ("", "is empty")])
def test_bad_input_is_one_line_exit_1_no_output(tmp_path: Path, content: str | None, problem: str) -> None:
    path = tmp_path / "r.txt"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    out = tmp_path / "out" / "g.ttl"
    result = CliRunner(mix_stderr=False).invoke(main, ["build", str(path), "-o", str(out)]) if "mix_stderr" in CliRunner.__init__.__code__.co_varnames else CliRunner().invoke(main, ["build", str(path), "-o", str(out)])
    assert result.exit_code == 1
    assert problem in result.stderr and str(path) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not out.exists() and not out.with_suffix(".html").exists()


def test_unknown_query_name_is_a_user_error(built: Path) -> None:
    result = CliRunner().invoke(main, ["query", str(built), "no-such-query"])
    assert result.exit_code == 1 and "unknown named query" in result.stderr


def test_stats_and_validate(built: Path) -> None:
    assert "Agency" in CliRunner().invoke(main, ["stats", str(built)]).output
    result = CliRunner().invoke(main, ["validate", str(built)])
    assert result.exit_code == 0 and "conforms" in result.output


def test_every_command_has_help() -> None:
    for name, command in main.commands.items():
        assert command.help and "Example:" in command.help, name


@pytest.mark.parametrize(("args", "code", "stdout", "lines", "stderr"), [
    (["--version"], 0, ", version ", 1, ""),
    (["build", "no-such-report.txt", "-o", "{tmp}/graph.ttl"], 1, "", 0, "[E012]"),
    (["query", "{built}", "entities", "--format", "csv"], 0, "type,label,entity\n", 10, ""),
    (["no-such-command"], 2, "", 0, "No such command"),
])
def test_command_line_exits_with_main_code_and_flushed_output(built: Path, tmp_path: Path, args: list[str], code: int,
                                                             stdout: str, lines: int, stderr: str) -> None:
    """The ``kg`` entry point ends the process with ``os._exit``: its code and its buffered output must survive."""
    import subprocess
    import sys

    argv = [a.format(tmp=tmp_path, built=built) for a in args]
    done = subprocess.run([sys.executable, "-c", "from kg.cli import command_line; command_line()", *argv],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == code
    assert stdout in done.stdout and stderr in done.stderr
    assert len(done.stdout.splitlines()) >= lines and done.stdout.endswith("\n") == (lines > 0)  # whole lines, the last too
