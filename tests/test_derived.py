"""Tables derived once and kept between runs: read back as built, rebuilt under a new key, pruned."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg import derived


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path


def test_a_table_is_built_once_and_read_back(cache_home: Path) -> None:
    calls = []

    def build() -> dict[str, int]:
        calls.append(1)
        return {"城阳区": 370214}

    name = derived.key("table", ["rdflib"], ["source"])
    assert derived.load_or_build(name, build) == {"城阳区": 370214}
    assert derived.load_or_build(name, build) == {"城阳区": 370214}
    assert len(calls) == 1
    assert (derived.folder() / name).is_file() and str(derived.folder()).startswith(str(cache_home))


@pytest.mark.parametrize("sources_a, sources_b, same", [
    (["a"], ["a"], True),
    (["a"], ["b"], False),
    (["a", "b"], ["ab"], False),
])
def test_the_key_follows_the_sources(sources_a: list[str], sources_b: list[str], same: bool) -> None:
    assert (derived.key("t", ["rdflib"], sources_a) == derived.key("t", ["rdflib"], sources_b)) is same


def test_old_tables_of_a_name_are_pruned(cache_home: Path) -> None:
    for n in range(5):
        name = derived.key("table", [], [str(n)])
        derived.load_or_build(name, lambda: n)
        os.utime(derived.folder() / name, (n, n))  # later keys are newer
    kept = sorted(p.name for p in derived.folder().glob("table-*.pickle"))
    assert len(kept) == 3
    assert derived.key("table", [], ["4"]) in kept


def test_an_unwritable_folder_still_gives_the_table(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(derived, "folder", lambda: cache_home / "file" / "derived")
    (cache_home / "file").write_text("not a folder")
    assert derived.load_or_build("t-1.pickle", lambda: [1, 2]) == [1, 2]
