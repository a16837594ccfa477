"""Building a collection: parallel, streamed, and incremental through the extraction cache."""
from __future__ import annotations

import hashlib
import pickle
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg.extract
from kg import api
from kg.cache import ExtractionCache, key
from kg.cli import main
from kg.errors import InputError
from kg.extract import extract
from kg.store import MemoryStore, OxigraphStore, SpilledStore
from tests.conftest import FIXTURES, SMALL_REPORT

TONGLU, LUOYANG, CHENGDU = (FIXTURES / "reports" / f"{name}.txt" for name in ("tonglu-2023", "luoyang-2021", "chengdu-sfj-2024"))


@pytest.fixture()
def collection(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for path in (TONGLU, LUOYANG):
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture()
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the reports extracted (in this process: builds with one job)."""
    calls: list[str] = []

    def counting(path: Path, **kwargs: object) -> object:
        calls.append(Path(path).name)
        return extract(path, **kwargs)

    monkeypatch.setattr(kg.extract, "extract", counting)
    return calls


def _quads(store: MemoryStore) -> set:
    return set(store.dataset().quads())


@pytest.mark.slow
def test_rebuild_extracts_only_added_and_changed_reports(tmp_path: Path, collection: Path, counted: list[str]) -> None:
    cache = ExtractionCache(tmp_path / ".cache")
    first = api.build_into(MemoryStore(), api.report_paths([collection]), cache=cache)
    assert sorted(counted) == ["luoyang-2021.txt", "tonglu-2023.txt"] and first.extracted == 2

    shutil.copy(CHENGDU, collection / CHENGDU.name)  # one report added
    changed = collection / TONGLU.name  # one report changed: a sentence added
    changed.write_text(changed.read_text(encoding="utf-8") + "\n县司法局荣获全国法治宣传教育先进单位。\n", encoding="utf-8")
    counted.clear()
    incremental = MemoryStore()
    second = api.build_into(incremental, api.report_paths([collection]), cache=cache)
    assert sorted(counted) == ["chengdu-sfj-2024.txt", "tonglu-2023.txt"] and second.extracted == 2

    full = MemoryStore()
    api.build_into(full, api.report_paths([collection]))  # no cache: everything extracted again
    assert _quads(incremental) == _quads(full)
    assert "全国法治宣传教育先进单位" in {str(o) for _, _, o, _ in _quads(incremental)}
    counted.clear()
    api.build_into(MemoryStore(), api.report_paths([collection]), cache=cache)
    assert counted == []


def test_cache_key_follows_content_name_overrides_and_pipeline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = hashlib.sha256(SMALL_REPORT.encode()).hexdigest(), hashlib.sha256(b"other").hexdigest()
    base = key(a, "a.txt", None, None)
    assert key(a, "a.txt", None, None) == base
    assert len({base, key(b, "a.txt", None, None), key(a, "b.txt", None, None), key(a, "a.txt", "330122", None),
                key(a, "a.txt", None, 2022)}) == 5
    import kg.cache

    kg.cache.pipeline_version.cache_clear()
    monkeypatch.setattr(kg.cache, "version", lambda name: "9.9.9")
    try:
        assert key(a, "a.txt", None, None) != base
    finally:
        kg.cache.pipeline_version.cache_clear()


def test_cache_key_covers_the_extraction_stages_only() -> None:
    """Editing the view, a query or the CLI keeps every cached report; editing a recogniser does not."""
    from kg.cache import EXTRACTION

    assert {"recognise", "resources", "resolve.py", "assemble.py", "graph"} <= set(EXTRACTION)
    assert not {"viz.py", "cli.py", "query.py", "queries", "serve.py", "analytics.py"} & set(EXTRACTION)


@pytest.mark.slow
def test_parallel_build_equals_sequential(tmp_path: Path, collection: Path) -> None:
    paths = api.report_paths([collection]) + [tmp_path / "missing.txt"]
    sequential, parallel = MemoryStore(), MemoryStore()
    one = api.build_into(sequential, paths, jobs=1)
    two = api.build_into(parallel, paths, jobs=2)
    assert _quads(sequential) == _quads(parallel) and one.graphs == two.graphs
    assert [str(e) for e in one.failures] == [str(e) for e in two.failures] and "no such file" in str(two.failures[0])


@pytest.mark.slow
def test_cli_rebuild_into_persistent_store_matches_full_build(tmp_path: Path, collection: Path) -> None:
    out = tmp_path / "out" / "graph.nq"
    args = ["build", str(collection), "-o", str(out), "--no-html", "--jobs", "1", "--store", f"oxigraph:{tmp_path / 'store'}"]
    assert CliRunner().invoke(main, args).exit_code == 0
    assert len(list((out.parent / ".cache").rglob("*.nq.zst"))) == 2
    shutil.copy(CHENGDU, collection / CHENGDU.name)
    assert CliRunner().invoke(main, args).exit_code == 0
    full = MemoryStore()
    api.build_into(full, api.report_paths([collection]))
    assert set(api.load(out).quads()) == _quads(full)
    store = OxigraphStore(tmp_path / "store", read_only=True)
    assert len(store.graph_names()) == 3 and len(store) == len(full)
    del store

    (collection / LUOYANG.name).unlink()  # a report removed from the inputs leaves the store too
    assert CliRunner().invoke(main, args).exit_code == 0
    full = MemoryStore()
    api.build_into(full, api.report_paths([collection]))
    store = OxigraphStore(tmp_path / "store", read_only=True)
    assert len(store.graph_names()) == 2 and len(store) == len(full)
    assert set(api.load(out).quads()) == _quads(full)


def test_records_and_errors_pickle(small_report: Path) -> None:
    record = extract(small_report)
    assert pickle.loads(pickle.dumps(record)) == record
    error = pickle.loads(pickle.dumps(InputError(small_report, "is empty")))
    assert isinstance(error, InputError) and error.path == small_report and str(error).endswith("is empty")


def test_a_rebuild_with_nothing_changed_writes_nothing(tmp_path: Path, small_report: Path, counted: list[str]) -> None:
    out = tmp_path / "out" / "graph.ttl"
    first = api.build([small_report], out, jobs=1)
    written = {path: path.stat().st_mtime_ns for path in (out, first.page)}
    again = api.build([small_report], out, jobs=1)
    assert counted == ["tonglu-2023.txt"] and again.extracted == 0
    assert {path: path.stat().st_mtime_ns for path in written} == written and again.triples == first.triples
    out.write_text("edited by hand", encoding="utf-8")  # a file changed since is written again
    api.build([small_report], out, jobs=1)
    assert "edited by hand" not in out.read_text(encoding="utf-8")


def test_an_unchanged_rebuild_says_what_the_build_said_and_loads_the_graph_only_when_asked(
        tmp_path: Path, collection: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy(TONGLU, collection / "again.txt")  # the same text twice: a note each time
    out = tmp_path / "out" / "graph.ttl"
    first = api.build([collection], out, jobs=1)
    monkeypatch.setattr(api, "build_into", _refuse)
    again = api.build([collection], out, jobs=1)
    assert again.store is None and again.extracted == 0 and again.page == first.page
    assert (again.graphs, again.triples, again.coverage, again.content_key) == \
           (first.graphs, first.triples, first.coverage, first.content_key)
    assert [str(d) for d in again.duplicates] == [str(d) for d in first.duplicates] != []
    monkeypatch.undo()
    assert set(again.dataset.quads()) == set(first.dataset.quads())


@pytest.mark.parametrize("in_memory_reports", [500, 0], ids=["in memory", "on disk"])
def test_a_triples_file_and_its_page_are_the_same_from_the_union_alone(
        tmp_path: Path, small_report: Path, monkeypatch: pytest.MonkeyPatch, in_memory_reports: int) -> None:
    monkeypatch.setattr(api, "IN_MEMORY_REPORTS", in_memory_reports)
    reports = [small_report, FIXTURES / "reports" / "xiangzhou-2020.txt"]
    union = api.build(reports, tmp_path / "union" / "graph.ttl", jobs=1)
    full = api.build(reports, tmp_path / "full" / "graph.ttl", jobs=1, store=OxigraphStore())
    assert union.triples == full.triples > 0
    assert set(api.load(tmp_path / "union" / "graph.ttl")) == set(api.load(tmp_path / "full" / "graph.ttl"))
    assert (tmp_path / "union" / "graph.html").read_bytes() == (tmp_path / "full" / "graph.html").read_bytes()
    assert set(union.dataset.quads()) == set(full.dataset.quads())


def _refuse(*args: object, **kwargs: object) -> None:
    raise AssertionError("an unchanged rebuild loads no report")


def test_a_large_collection_is_held_on_disk_beside_the_cache_until_closed(
        tmp_path: Path, small_report: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out" / "graph.ttl"
    in_memory = api.build([small_report], out, jobs=1)
    monkeypatch.setattr(api, "IN_MEMORY_REPORTS", 0)
    spilled = api.build([small_report], tmp_path / "spilled" / "graph.ttl", jobs=1)
    assert spilled.store is None and not list((tmp_path / "spilled" / ".cache").glob("store-*"))  # held the union only
    assert set(spilled.dataset.quads()) == set(in_memory.dataset.quads())  # the report graphs, from the cache
    assert isinstance(spilled.store, SpilledStore) and spilled.store.path.parent == tmp_path / "spilled" / ".cache"
    assert set(api.load(tmp_path / "spilled" / "graph.ttl")) == set(api.load(out))  # in another order
    spilled.store.close()
    assert not spilled.store.path.exists()


@pytest.mark.parametrize(("left_to_exit", "kept"), [(None, False), ([], True)])
def test_a_union_store_let_go_is_kept_only_for_the_exit(monkeypatch: pytest.MonkeyPatch, left_to_exit: list | None,
                                                        kept: bool) -> None:
    """A library caller's build frees its union store; a process that exits next keeps it for the exit."""

    monkeypatch.setattr(api, "_LEFT_TO_EXIT", left_to_exit)
    store = OxigraphStore(union_only=True)
    result = api._let_go(api.BuildReport(store=store), union_only=True)
    assert result.store is None
    assert (left_to_exit is not None and store in left_to_exit) == kept


@pytest.mark.parametrize(("jobs", "calls"), [(1, 0), (2, 1)])
def test_started_is_called_once_the_workers_run(tmp_path: Path, jobs: int, calls: int) -> None:
    """``build`` imports the page's modules on a thread from then on: never before the workers fork, once."""
    for n in range(3):
        (tmp_path / f"r{n}.txt").write_text(SMALL_REPORT + f"\n县司法局开展普法活动{n + 1}次。\n", encoding="utf-8")
    seen: list[int] = []
    built = api.build_into(OxigraphStore(), api.report_paths([tmp_path]), jobs=jobs, started=lambda: seen.append(1))
    assert len(seen) == calls and len(built.graphs) + len(built.duplicates) == 3 and not built.failures
