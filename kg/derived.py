"""Tables derived from installed data, kept between runs in the user's cache folder.

Every ``kg`` process needs the gazetteer, and deriving it from jionlp's tables means
importing jionlp and parsing its files: about a second of CPU, before the first report,
in every command and every worker. The derived tables depend only on what is installed
(jionlp's version) and on the code and data that derive them, so they are pickled once,
under a key made of those, and read back in milliseconds; a change of any of them is a new
key, so a stale table is never read. The folder is the platform's cache folder
(``platformdirs``; ``XDG_CACHE_HOME`` on Linux). Where it cannot be written the table is
simply derived each time.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path
from typing import TypeVar

import platformdirs

T = TypeVar("T")
_KEPT = 3  # tables kept per name: a few installations (virtual environments, checkouts) share the folder


def folder() -> Path:
    """Where derived tables are kept."""
    return Path(platformdirs.user_cache_dir("fazhi-kg")) / "derived"


def key(name: str, packages: Iterable[str], sources: Iterable[str]) -> str:
    """A file name that changes with the installed ``packages``' versions and the ``sources``' texts."""
    digest = hashlib.blake2b(digest_size=10)
    for package in packages:
        digest.update(f"{package}={metadata.version(package)}\n".encode())
    for text in sources:
        digest.update(hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest())
    return f"{name}-{digest.hexdigest()}.pickle"


def load_or_build(file_name: str, build: Callable[[], T]) -> T:
    """The table pickled as ``file_name``, or ``build()``'s, then kept under that name for the next run."""
    path = folder() / file_name
    try:
        with path.open("rb") as f:
            return pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass  # not kept yet, or unreadable: derive it
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False, suffix=".part") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(f.name, path)  # whole or not at all: another process may read it at any time
        _prune(path)
    except OSError:
        pass  # a read-only home: derive it again next time
    return value


def _prune(path: Path) -> None:
    """Forget all but the newest few tables of ``path``'s name: each change of the code or of jionlp made one."""
    name = path.name.rsplit("-", 1)[0]
    tables = sorted(path.parent.glob(f"{name}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in tables[_KEPT:]:
        old.unlink(missing_ok=True)
