"""Many clients at once on ``kg serve``: errors and latency of concurrent queries on loopback.

The reference report (``data/reports/chengyang-2024.txt``) is built and served by ``kg serve``
in its own process, as a user runs it. CLIENTS threads then each send QUERIES queries one
after the other, all at once. Each query is different text (a named query with its own
``LIMIT``), so no answer can be reused; every answer must be HTTP 200 with the rows the same
query gives alone, and anything else counts as an error. Meanwhile one more client sends
half a request and goes silent, which must hold nothing up.

Usage (from the repository root)::

    .venv/bin/python bench/serve_load.py --clients 50 --queries 20 [--store memory|oxigraph|folder]

The figures are of one machine and shift with its load: the error count, and p99 against
the time of one query alone (``alone_s``), are what compare.
"""
from __future__ import annotations

import argparse
import json
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
KG = [sys.executable, "-m", "kg.cli"]
REPORT = ROOT / "data" / "reports" / "chengyang-2024.txt"
QUERIES = ["who-did-what", "entities", "awards", "measures"]


def fetch(port: int, text: str) -> tuple[int, bytes]:
    url = f"http://127.0.0.1:{port}/sparql?query={quote(text)}"
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()
    except OSError as error:
        return 0, str(error).encode()


def texts(clients: int, per_client: int) -> list[list[str]]:
    """Each client's queries: the named queries in turn, each with a LIMIT no other query has."""
    named = [(ROOT / "kg" / "queries" / f"{name}.rq").read_text(encoding="utf-8") for name in QUERIES]
    return [[f"{named[(n + i) % len(named)]}\nLIMIT {1000 + n * per_client + i}" for i in range(per_client)]
            for n in range(clients)]


def load(port: int, plan: list[list[str]], expected: dict[str, object]) -> dict:
    """Every client's queries at once: the latency of each and the answers that were wrong."""
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(len(plan))

    def client(queries: list[str]) -> None:
        start.wait()
        for text in queries:
            began = time.perf_counter()
            status, body = fetch(port, text)
            took = time.perf_counter() - began
            with lock:
                latencies.append(took)
                base = text.rsplit("\nLIMIT", 1)[0]
                if status != 200 or json.loads(body)["results"] != expected[base]:
                    errors.append(f"{status}: {body[:120]!r}")

    began = time.perf_counter()
    with ThreadPoolExecutor(len(plan)) as pool:
        list(pool.map(client, plan))
    wall = time.perf_counter() - began
    ordered = sorted(latencies)
    return {"requests": len(latencies), "errors": len(errors), "first_errors": errors[:3], "wall_s": round(wall, 2),
            "p50_s": round(statistics.median(ordered), 3), "p99_s": round(ordered[int(0.99 * (len(ordered) - 1))], 3),
            "max_s": round(ordered[-1], 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--queries", type=int, default=20, help="queries per client")
    parser.add_argument("--store", choices=["memory", "oxigraph", "folder"], default="memory",
                        help="a graph file served from rdflib or Oxigraph in memory, or a store folder")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        graph = Path(tmp) / "graph.trig"
        store = ["--store", f"oxigraph:{tmp}/store"] if args.store == "folder" else []
        subprocess.run([*KG, "build", str(REPORT), "-o", str(graph), "--no-html", *store], check=True, cwd=ROOT,
                       stderr=subprocess.DEVNULL)
        served = [f"{tmp}/store"] if args.store == "folder" else [str(graph), "--store", args.store]
        server = subprocess.Popen([*KG, "serve", *served, "--port", "0"], cwd=ROOT, stderr=subprocess.PIPE, text=True)
        try:
            port = int(re.search(r":(\d+)/sparql", server.stderr.readline()).group(1))
            plan = texts(args.clients, args.queries)
            expected = {}
            began = time.perf_counter()
            for text in plan[0][:len(QUERIES)]:
                expected[text.rsplit("\nLIMIT", 1)[0]] = json.loads(fetch(port, text)[1])["results"]
            alone = (time.perf_counter() - began) / len(QUERIES)
            silent = socket.create_connection(("127.0.0.1", port))
            silent.sendall(b"GET /sparql?query=ASK HTTP/1.1\r\nHost: x\r\n")  # half a request, then nothing
            result = load(port, plan, expected)
            silent.close()
        finally:
            server.terminate()
            server.wait()
    print(json.dumps({"clients": args.clients, "queries_per_client": args.queries, "store": args.store,
                      "alone_s": round(alone, 3), **result}, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
