"""Headless Chromium driven over the DevTools pipe, for the browser test and the viz benchmark.

As a script it screenshots a page of ``kg viz`` once drawn (how docs/graph.png is made):

    .venv/bin/python tests/chromium.py out/graph.html docs/graph.png

``--remote-debugging-pipe`` makes Chromium read DevTools commands on fd 3 and
write replies on fd 4, NUL-separated JSON: no port, no WebSocket client and no
chromedriver are needed. Only Debian's ``chromium`` package is used.
"""
from __future__ import annotations

import argparse
import base64
import fcntl
import json
import os
import select
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def executable() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


class Chromium:
    """One headless browser with one page; use as a context manager."""

    def __init__(self, width: int = 1400, height: int = 900, timeout: float = 60.0) -> None:
        exe = executable()
        if exe is None:
            raise FileNotFoundError("chromium is not on PATH (Debian: apt-get install -y chromium fonts-wqy-zenhei)")
        self.timeout = timeout
        self._profile = tempfile.TemporaryDirectory(prefix="kg-chromium-", ignore_cleanup_errors=True)
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()

        def pipes_on_3_and_4() -> None:
            # Move both ends above 4 first, so that dup2 cannot clobber one with the other.
            high_r = fcntl.fcntl(to_browser_r, fcntl.F_DUPFD, 10)
            high_w = fcntl.fcntl(from_browser_w, fcntl.F_DUPFD, 10)
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        self._process = subprocess.Popen(
            [exe, *FLAGS, f"--user-data-dir={self._profile.name}", "--remote-debugging-pipe",
             f"--window-size={width},{height}", "--hide-scrollbars", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=pipes_on_3_and_4, pass_fds=(3, 4), close_fds=True, start_new_session=True)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._next_id = 0
        target = self.send("Target.createTarget", url="about:blank")["targetId"]
        self._session = self.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        self.send("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1,
                  mobile=False, session=True)

    def __enter__(self) -> Chromium:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Ask the browser to quit, then end its process group (renderers too) if it lingers."""
        try:
            self.send("Browser.close")
        except (OSError, TimeoutError, ConnectionError, RuntimeError):
            pass
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self._process.pid, signal.SIGKILL)
            self._process.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)
        self._profile.cleanup()

    def send(self, method: str, session: bool = False, **params: object) -> dict:
        """Send one DevTools command and wait for its reply (events in between are dropped)."""
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = self._session
        os.write(self._to_browser, json.dumps(message).encode("utf-8") + b"\0")
        deadline = time.monotonic() + self.timeout
        while True:
            while b"\0" not in self._buffer:
                left = deadline - time.monotonic()
                if left <= 0 or not select.select([self._from_browser], [], [], left)[0]:
                    raise TimeoutError(f"chromium did not answer {method} in {self.timeout} s")
                chunk = os.read(self._from_browser, 1 << 20)
                if not chunk:
                    raise ConnectionError(f"chromium closed the DevTools pipe during {method}")
                self._buffer += chunk
            raw, self._buffer = self._buffer.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply["result"]

    def open(self, path: Path, timeout: float = 60.0, fragment: str = "") -> None:
        """Navigate to a local file (with ``#fragment`` if given) and wait until it has loaded.

        The page may rewrite its own fragment (the view keeps its state there), so only the part
        before ``#`` is compared.
        """
        url = path.resolve().as_uri()
        self.send("Page.navigate", url=url + (f"#{fragment}" if fragment else ""), session=True)
        self.wait_for(f"location.href.split('#')[0] === {json.dumps(url)} && document.readyState === 'complete'",
                      timeout)

    def evaluate(self, expression: str) -> object:
        """The value of a JavaScript expression in the page (promises are awaited)."""
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True,
                           session=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 30.0) -> object:
        """Poll until ``expression`` is truthy; returns its value."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.05)
        raise TimeoutError(f"{expression} still false after {timeout} s")

    def screenshot(self) -> bytes:
        return base64.b64decode(self.send("Page.captureScreenshot", format="png", session=True)["data"])


def main() -> None:
    parser = argparse.ArgumentParser(description="Screenshot a kg viz page once it has drawn.")
    parser.add_argument("page", type=Path)
    parser.add_argument("png", type=Path)
    parser.add_argument("--size", default="1400x900", help="WIDTHxHEIGHT (default 1400x900)")
    args = parser.parse_args()
    width, height = map(int, args.size.split("x"))
    with Chromium(width, height) as browser:
        browser.open(args.page)
        browser.wait_for("document.getElementById('fazhi-status') && document.getElementById('fazhi-status').dataset.drawn")
        args.png.write_bytes(browser.screenshot())


if __name__ == "__main__":
    main()
