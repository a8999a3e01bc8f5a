"""Real nginx (Debian package) serving site/ with the generated configuration.

Started by the tests on 127.0.0.1 on a free port, not as a system service: a
minimal nginx.conf in a temporary folder that includes
build/nginx/igs-cultuur.conf inside its server block, as the README tells a
web team to do.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.publiceren import hosting  # noqa: E402

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
MIME_TYPES = Path("/etc/nginx/mime.types")


def vrije_poort(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def nginx_conf(map_: Path, site: Path, include: Path, poort: int) -> str:
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


@pytest.fixture(scope="session")
def nginx(site_dir, tmp_path_factory):
    """Base url of nginx serving site/ with the generated include."""
    if not Path(NGINX).exists():
        pytest.fail("nginx ontbreekt: 'make test' installeert het (apt-get install nginx-light)")
    include = ROOT / hosting.NGINX
    assert include.exists(), f"{include} ontbreekt: de build (hook hosting.py) schrijft hem"
    map_ = tmp_path_factory.mktemp("nginx")
    (map_ / "tmp").mkdir()
    shutil.copy(MIME_TYPES, map_ / "mime.types")  # 'include mime.types' is relative to the conf
    poort = vrije_poort()
    conf = map_ / "nginx.conf"
    conf.write_text(nginx_conf(map_, site_dir.resolve(), include, poort), encoding="utf-8")
    test = subprocess.run([NGINX, "-t", "-q", "-p", str(map_), "-c", str(conf)], capture_output=True, text=True)
    assert test.returncode == 0, test.stderr
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
                    raise RuntimeError(f"nginx startte niet: {proces.stderr.read() if proces.stderr else ''}")
                time.sleep(0.1)
        yield f"http://127.0.0.1:{poort}/"
    finally:
        proces.terminate()
        proces.wait(timeout=10)
