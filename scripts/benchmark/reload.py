"""Live reload: seconds from saving a changed practice title until `mkdocs serve`
serves it, on a copy of the real site."""

from __future__ import annotations

import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from .budgets import NotMeasured
from .sites import BUILD_ENV


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", "replace")
    except (urllib.error.URLError, OSError):
        return None


def _wait_for(url: str, token: str | None, timeout: float, server, log: Path) -> float:
    """Seconds until `url` answers (and shows `token`, if given)."""
    started = time.perf_counter()
    while True:
        body = _get(url)
        elapsed = time.perf_counter() - started
        if body is not None and (token is None or token in body):
            return elapsed
        if server.poll() is not None:
            raise NotMeasured("mkdocs serve stopte: " + log.read_text(errors="replace")[-200:])
        if elapsed > timeout:
            raise NotMeasured(f"na {timeout:.0f} s nog niet zichtbaar op {url}")
        time.sleep(0.05)


def live_reload(project: Path, edits: int = 3, timeout: float = 30) -> tuple[float, dict]:
    """The median of a few edits, since the watcher polls every 0.5 s and the edit lands
    anywhere in that interval."""
    files = sorted((project / "data" / "praktijken").glob("*.yml"))
    if not files:
        raise NotMeasured("geen praktijken in data/praktijken/")
    target = files[0]
    port = _free_port()
    url = f"http://127.0.0.1:{port}/praktijken/"
    log = project / "serve.log"
    with open(log, "w") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}",
             "--watch", "data", "--watch", "macros", "--watch", "schemas"],
            cwd=project, env=BUILD_ENV, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True)
    times = []
    try:
        first = _wait_for(url, None, 180, server, log)
        for edit in range(edits):
            time.sleep(1)  # let the watcher settle after the previous build
            token = f"Benchmarktitel {edit} {int(time.time())}"
            text = target.read_text(encoding="utf-8")
            changed, count = re.subn(r"(?m)^titel:.*$", f"titel: {token}", text, count=1)
            if not count:
                raise NotMeasured(f"geen titel: in {target.name}")
            target.write_text(changed, encoding="utf-8")
            times.append(_wait_for(url, token, timeout, server, log))
    finally:
        os.killpg(server.pid, signal.SIGTERM)  # its own session: only this server
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
    return statistics.median(times), {
        "s": [round(t, 2) for t in times], "mediaan_van": edits, "bestand": target.name,
        "eerste_build_s": round(first, 2)}
