"""A built site on 127.0.0.1, for the browser tests and the benchmark alike.

With gzip=True, text files go out compressed, as GitHub Pages serves them: a benchmark
that measures transfer over an uncompressed local server would measure a host the site
does not use."""

from __future__ import annotations

import contextlib
import functools
import gzip as gzip_module
import http.server
import threading
import time
from pathlib import Path

COMPRESSIBLE = (".html", ".css", ".js", ".json", ".xml", ".svg")


class ByteCount:
    """Bytes the server sent (headers and bodies, compressed where they were): what a
    browser downloaded, counted where nothing is missed, its workers' requests included."""

    def __init__(self):
        self.sent = 0
        self._sent_at: list[tuple[float, int]] = []  # (when its request came in, bytes)
        self._lock = threading.Lock()

    def add(self, count: int, requested: float | None = None) -> None:
        with self._lock:
            self.sent += count
            self._sent_at.append((time.time() if requested is None else requested, count))

    def reset(self) -> None:
        with self._lock:
            self.sent = 0
            self._sent_at.clear()

    def asked_before(self, moment: float) -> int:
        """Bytes sent for the requests that came in before `moment` (seconds since the
        epoch): what a page had asked for by then, bodies that were still arriving
        included, and nothing it asked for later."""
        with self._lock:
            return sum(count for requested, count in self._sent_at if requested < moment)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args, counter: ByteCount | None = None, **kwargs):
        self.counter = counter
        super().__init__(*args, **kwargs)

    def log_message(self, *args):
        pass

    def parse_request(self):
        self.requested = time.time()
        return super().parse_request()

    def count(self, sent: int) -> None:
        if self.counter is not None:
            self.counter.add(sent, self.requested)

    def end_headers(self):
        self.count(sum(len(line) for line in getattr(self, "_headers_buffer", [])) + 2)
        super().end_headers()

    def copyfile(self, source, outputfile):
        start = source.tell()
        super().copyfile(source, outputfile)
        self.count(source.tell() - start)


class GzipHandler(QuietHandler):
    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if (path.suffix not in COMPRESSIBLE or not path.is_file()
                or "gzip" not in self.headers.get("Accept-Encoding", "")
                or not self.path.split("?")[0].endswith(("/", path.name))):
            return super().send_head()
        body = gzip_module.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self.count(len(body))
        return None


@contextlib.contextmanager
def serve(directory: Path, gzip: bool = False, counter: ByteCount | None = None):
    """Serve `directory` on a free port; yields the base URL, ending in '/'. With a
    counter, every byte sent is added to it."""
    handler = functools.partial(GzipHandler if gzip else QuietHandler, directory=str(directory),
                                counter=counter)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
