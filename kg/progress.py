"""What a build is doing, on stderr, phase by phase: extract, store, write, page.

Extraction and storing interleave, so each has its own line counting reports as each one is
done (a report read from the cache counts as extracted); writing the graph file and its page
are one step each, shown while they run, which on a large collection is most of a minute.
"""
from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from tqdm import tqdm


class Progress:
    """One bar per phase, or nothing when ``enabled`` is false."""

    def __init__(self, reports: int, enabled: bool) -> None:
        self.enabled = enabled
        self._bars = [tqdm(total=reports, desc=phase, unit="report", disable=not enabled, file=sys.stderr,
                           position=n, leave=True) for n, phase in enumerate(("extract", "store"))]
        self.extract, self.store = self._bars

    @contextmanager
    def step(self, phase: str, what: object) -> Iterator[None]:
        """A one-step phase (``write``, ``page``) named with what it makes."""
        with tqdm(total=1, desc=f"{phase} {what}", disable=not self.enabled, file=sys.stderr,
                  bar_format="{desc}: {elapsed}") as bar:
            yield
            bar.update()

    def close(self) -> None:
        """End the extract and store bars (again is harmless)."""
        for bar in self._bars:
            bar.close()
