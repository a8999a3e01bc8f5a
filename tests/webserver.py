"""A quiet static file server on 127.0.0.1 (a free port) for the browser tests."""

from __future__ import annotations

import contextlib
import functools
import http.server
import threading
from pathlib import Path

MIME = {".mjs": "text/javascript", ".js": "text/javascript", ".wasm": "application/wasm",
        ".json": "application/json", ".whl": "application/zip", ".zip": "application/zip"}


class StilleHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **MIME}

    def log_message(self, format, *args):  # noqa: A002 - keep test output readable
        pass


GECOMPRIMEERD = (".html", ".css", ".js", ".mjs", ".json", ".wasm", ".svg", ".xml", ".map", ".txt")


class GzipHandler(StilleHandler):
    """Like a real web server: gzip for text and WebAssembly (for `make bench`)."""

    _cache: dict[tuple[str, float], bytes] = {}

    def send_head(self):
        pad = Path(self.translate_path(self.path))
        if pad.is_dir():
            pad = pad / "index.html"
        if (
            "gzip" not in self.headers.get("Accept-Encoding", "")
            or pad.suffix not in GECOMPRIMEERD
            or not pad.is_file()
        ):
            return super().send_head()
        import gzip
        import io

        sleutel = (str(pad), pad.stat().st_mtime)
        if sleutel not in self._cache:
            self._cache[sleutel] = gzip.compress(pad.read_bytes(), compresslevel=6, mtime=0)
        inhoud = self._cache[sleutel]
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(pad)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(inhoud)))
        self.send_header("Cache-Control", "max-age=3600")
        self.end_headers()
        return io.BytesIO(inhoud)


@contextlib.contextmanager
def serve(directory: Path, host: str = "127.0.0.1", port: int = 0, handler=StilleHandler):
    httpd = http.server.ThreadingHTTPServer((host, port), functools.partial(handler, directory=str(directory)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()
