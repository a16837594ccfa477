"""Python's cycle collector paused around work that makes many long-lived objects and little garbage.

Each of the collector's full passes walks every object of the process. Importing spaCy and the
recognisers and building the pipeline make a few hundred thousand objects, nearly none of them
garbage, and the passes they set off walked all of them again and again: a tenth of a second of
the serial start of a build, before any worker can start (``bench/README.md``).
"""
from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """The collector off for the block, and on again after it if it was on; objects are freed by reference
    counting as usual meanwhile."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
