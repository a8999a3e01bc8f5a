"""A quiet static file server on 127.0.0.1 (a free port) for the browser tests."""

from __future__ import annotations

import contextlib
import functools
import http.server
import shutil
import socket
import subprocess
import threading
import time
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
        self.end_headers()
        return io.BytesIO(inhoud)


# Caching as the hosting headers set it: versioned runtime files and hashed
# wheels for a year, the manifest revalidated on every visit.
CACHE_REGELS = (
    ("/assets/pyodide/manifest.json", "no-cache"),
    ("/assets/pyodide/*/*", "public, max-age=31536000, immutable"),
    ("/assets/wheels/*", "public, max-age=31536000, immutable"),
)


def met_headers(*regels: tuple[str, dict[str, str]], basis=StilleHandler):
    """A handler that adds headers to the paths matching each (fnmatch pattern, headers) rule,
    and the Cache-Control of CACHE_REGELS."""
    import fnmatch

    alle = [(patroon, {"Cache-Control": waarde}) for patroon, waarde in CACHE_REGELS] + list(regels)

    class Handler(basis):
        def end_headers(self):
            pad = self.path.split("?", 1)[0]
            gezet = set()
            for patroon, headers in alle:
                if fnmatch.fnmatchcase(pad, patroon):
                    for naam, waarde in headers.items():
                        if naam not in gezet and naam != "Content-Type":  # that one: guess_type
                            self.send_header(naam, waarde)
                            gezet.add(naam)
            super().end_headers()

        def guess_type(self, path):
            for patroon, headers in regels:
                if "Content-Type" in headers and fnmatch.fnmatchcase(self.path.split("?", 1)[0], patroon):
                    return headers["Content-Type"]
            return super().guess_type(path)

    return Handler


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


NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
MIME_TYPES = Path("/etc/nginx/mime.types")


def vrije_poort(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def nginx_conf(map_: Path, site: Path, include: Path, poort: int) -> str:
    """A minimal nginx.conf that includes the generated server configuration, as the README
    tells a host to do."""
    return f"""worker_processes 1;
pid {map_}/nginx.pid;
error_log {map_}/error.log warn;
events {{ worker_connections 256; }}
http {{
    access_log off;
    client_body_temp_path {map_}/tmp; proxy_temp_path {map_}/tmp; fastcgi_temp_path {map_}/tmp;
    uwsgi_temp_path {map_}/tmp; scgi_temp_path {map_}/tmp;
    sendfile on;
    server {{
        listen 127.0.0.1:{poort};
        server_name localhost;
        root {site};
        include {include};
    }}
}}
"""


@contextlib.contextmanager
def serve_nginx(site: Path, include: Path, map_: Path):
    """Real nginx (Debian package) on 127.0.0.1 serving `site` with the generated `include`;
    its files in the folder `map_`. Yields the base url."""
    (map_ / "tmp").mkdir(parents=True, exist_ok=True)
    shutil.copy(MIME_TYPES, map_ / "mime.types")  # 'include mime.types' is relative to the conf
    poort = vrije_poort()
    conf = map_ / "nginx.conf"
    conf.write_text(nginx_conf(map_, site.resolve(), include, poort), encoding="utf-8")
    test = subprocess.run([NGINX, "-t", "-q", "-p", str(map_), "-c", str(conf)], capture_output=True, text=True)
    if test.returncode != 0:
        raise RuntimeError(f"nginx-configuratie klopt niet: {test.stderr}")
    proces = subprocess.Popen([NGINX, "-p", str(map_), "-c", str(conf), "-g", "daemon off;"],
                              stderr=subprocess.PIPE, text=True)
    try:
        einde = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", poort), timeout=1).close()
                break
            except OSError:
                if proces.poll() is not None or time.monotonic() > einde:
                    raise RuntimeError(f"nginx startte niet: {proces.stderr.read() if proces.stderr else ''}") from None
                time.sleep(0.1)
        yield f"http://127.0.0.1:{poort}/"
    finally:
        proces.terminate()
        proces.wait(timeout=10)
