"""Runs the README's ``$`` examples for cog, so that the README shows what the commands really print.

Regenerate the README after a change that alters an output::

    .venv/bin/cog -r -I docs README.md

``tests/test_readme.py`` runs ``cog --check`` the same way, so CI fails when an example drifts.
Commands run from the repository root, as the README's reader runs them.
"""
from __future__ import annotations

import contextlib
import socket
import subprocess
import time
from collections.abc import Iterator

import cog

ROOT_COMMAND_TIMEOUT = 600


def _shell(command: str) -> str:
    done = subprocess.run(command, shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          timeout=ROOT_COMMAND_TIMEOUT)
    return done.stdout


def prepare(*commands: str) -> None:
    """Commands the example needs done first, not shown (the graph the example queries)."""
    for command in commands:
        _shell(command)


def run(*commands: str, head: int | None = None) -> None:
    """A fenced block of each ``$ command`` and what it printed, cut after ``head`` lines with ``…``."""
    cog.outl("```")
    for command in commands:
        cog.outl(f"$ {command}")
        lines = _shell(command).rstrip("\n").splitlines()
        if head is not None and len(lines) > head:
            lines = lines[:head] + ["…"]
        for line in lines:
            cog.outl(line)
    cog.outl("```")


@contextlib.contextmanager
def serving(command: str, port: int) -> Iterator[None]:
    """``command`` (a ``kg serve``) running in the background until its port answers, then stopped."""
    server = subprocess.Popen(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
                break
            time.sleep(0.2)
        yield
    finally:
        server.terminate()
        server.wait(timeout=30)
