"""The README's ``$`` examples are what the commands print today (cog regenerates them from real runs)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_readme_examples_are_current() -> None:
    """Fails when an output drifts; regenerate with ``.venv/bin/cog -r -I docs README.md``."""
    done = subprocess.run([sys.executable, "-m", "cogapp", "--check", "-I", "docs", "README.md"], cwd=ROOT,
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout + done.stderr
