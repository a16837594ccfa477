"""Output paths checked before any work, so that a long build does not fail at its last step.

A path fails when it names a folder, when a folder on its way is a file, or when the nearest
folder that exists cannot be written; the folders still missing are made when the file is.
"""
from __future__ import annotations

import os
from pathlib import Path

from kg.errors import Errors, KgError


def writable(path: Path) -> Path:
    """``path`` itself, once it is known that a file can be written there; else a ``KgError`` naming the output."""
    if path.is_dir():
        raise KgError(Errors.E059, value=path)
    folder = path.parent
    while not folder.exists() and not folder.is_symlink() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise KgError(Errors.E071, value=path, folder=folder)
    if not os.access(folder, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise KgError(Errors.E072, value=path, folder=folder)
    return path
