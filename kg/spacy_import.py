"""spaCy imported without its command-line tools, which a pipeline never uses.

``import spacy`` imports ``spacy.cli`` for one name (``spacy.info``), and with it every command of
spaCy's own command line and their libraries (typer, rich, weasel, httpx, about 130 modules): 0.13 to
0.18 s of the 0.45 s the import takes, in the serial start of every build, before any worker can
start (``bench/README.md``). While spaCy is imported, two empty modules stand in for ``spacy.cli`` and
``spacy.cli.info``; they are taken away once it is, so that a later ``import spacy.cli`` imports the
real package, and ``spacy.info`` imports it when it is called.
"""
from __future__ import annotations

import sys
import types
from typing import Any


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``, the real one imported on its first call."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_spacy() -> None:
    """Import spaCy, if it is not yet, without ``spacy.cli``."""
    if "spacy" in sys.modules:
        return
    package, module = types.ModuleType("spacy.cli"), types.ModuleType("spacy.cli.info")
    package.__path__ = []
    module.info = _info  # type: ignore[attr-defined]
    package.info = module  # type: ignore[attr-defined]
    stand_ins = {"spacy.cli": package, "spacy.cli.info": module}
    sys.modules.update(stand_ins)
    try:
        import spacy
    finally:
        for name, stand_in in stand_ins.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
    if getattr(spacy, "cli", None) is package:
        del spacy.cli
