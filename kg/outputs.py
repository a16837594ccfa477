"""Output paths checked before any work, so that a long build does not fail at its last step.

A path fails when it names a folder, when a folder on its way is a file, or when the nearest
folder that exists cannot be written; the folders still missing are made when the file is.
"""
from __future__ import annotations

import os
from pathlib import Path

from kg.errors import KgError


def writable(path: Path, option: str = "-o") -> Path:
    """``path`` itself, once it is known that a file can be written there; else a ``KgError``."""
    if path.is_dir():
        raise KgError(f"{option} {path}: is a folder; give a file name inside it")
    folder = path.parent
    while not folder.exists() and not folder.is_symlink() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise KgError(f"{option} {path}: {folder} is not a folder; choose another output path")
    if not os.access(folder, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise KgError(f"{option} {path}: cannot write in {folder} (permission denied); choose another output path")
    return path
