"""Run a query under a time limit while Ctrl-C still works.

Neither engine can be stopped from outside: rdflib evaluates in Python with no cancel hook,
and Oxigraph evaluates in Rust, where a pending Ctrl-C is not seen until the query ends.
So the work runs in a daemon thread (Oxigraph releases the interpreter lock while it
evaluates) and the calling thread only waits: it wakes for Ctrl-C and gives up at the
limit. The thread left running is dropped when the command exits, which is right after.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from kg.errors import Errors, KgError

T = TypeVar("T")


def within(seconds: float | None, work: Callable[[], T], what: str = "query") -> T:
    """``work()``'s result, or a ``KgError`` once it has run ``seconds`` (``None``: no limit).

    Its exceptions are raised here, in the caller's thread.
    """
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting thread as it is
            outcome["error"] = exc

    thread = threading.Thread(target=target, name=f"kg {what}", daemon=True)
    thread.start()
    thread.join(seconds)  # a lock wait: Ctrl-C interrupts it at once
    if thread.is_alive():
        raise KgError(Errors.E070, what=what, seconds=seconds)
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
