"""How the reading commands grow with the graph: ``kg audit``, ``kg commitments``, ``kg diff`` and ``kg viz``.

Each command reads every report of a merged graph back as text (sentences, mentions, actions), so one query
that grows with the square of the reports makes it unusable long before the build is: ``kg audit`` of the 617
development reports ran for over five minutes until the ``sentence-mentions`` query was rewritten. The graphs
are built from the real reports of ``corpus/dev`` (the first N in name order); each command runs as a whole
``kg`` process, once per size, and the figure to read is the growth ratio: time at the larger size over time at
the smaller, against the ratio of their sizes (linear growth gives about the same number).

Usage (from the repository root)::

    .venv/bin/python bench/reading_commands.py --sizes 150 600
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KG = [sys.executable, "-m", "kg.cli"]
COMMANDS = {
    "audit": lambda graph, other: ["audit", str(graph)],
    "commitments": lambda graph, other: ["commitments", str(graph)],
    "diff": lambda graph, other: ["diff", str(other), str(graph)],
    "viz": lambda graph, other: ["viz", str(graph), "-o", str(graph.with_suffix(".html"))],
}


def _timed(args: list[str], limit: float) -> float | None:
    """Seconds the whole process took, or None when it ran past ``limit``."""
    started = time.perf_counter()
    try:
        subprocess.run(KG + args, cwd=ROOT, check=True, capture_output=True, timeout=limit)
    except subprocess.TimeoutExpired:
        return None
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[150, 600], metavar=("SMALL", "LARGE"))
    parser.add_argument("--limit", type=float, default=600.0, help="seconds after which a command counts as stuck")
    args = parser.parse_args()
    reports = sorted((ROOT / "corpus" / "dev" / "reports").glob("*.txt"))
    with tempfile.TemporaryDirectory() as folder:
        graphs = {}
        for size in args.sizes:
            graphs[size] = Path(folder) / f"dev{size}.trig"
            subprocess.run(KG + ["build", *map(str, reports[:size]), "-o", str(graphs[size]), "--no-html"],
                           cwd=ROOT, check=True, capture_output=True)
        small, large = args.sizes
        print(f"| command | {small} reports | {large} reports | growth (size ratio {large / small:.1f}) |")
        print("| --- | --- | --- | --- |")
        for name, command in COMMANDS.items():
            times = [_timed(command(graphs[size], graphs[small]), args.limit) for size in args.sizes]
            shown = [f"{t:.1f} s" if t is not None else f"> {args.limit:.0f} s" for t in times]
            growth = f"{times[1] / times[0]:.1f}" if None not in times else "-"
            print(f"| `kg {name}` | {shown[0]} | {shown[1]} | {growth} |")


if __name__ == "__main__":
    main()
