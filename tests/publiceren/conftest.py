"""Real nginx (Debian package) serving site/ with the generated configuration.

Started by the tests on 127.0.0.1 on a free port, not as a system service: a
minimal nginx.conf in a temporary folder that includes
build/nginx/igs-cultuur.conf inside its server block, as the README tells a
web team to do.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from igs_site.publiceren import hosting
from webserver import NGINX, serve_nginx

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def nginx(site_dir, tmp_path_factory):
    """Base url of nginx serving site/ with the generated include."""
    if not Path(NGINX).exists():
        pytest.fail("nginx ontbreekt: 'make test' installeert het (apt-get install nginx-light)")
    include = ROOT / hosting.NGINX
    assert include.exists(), f"{include} ontbreekt: de build (hook hosting.py) schrijft hem"
    with serve_nginx(site_dir, include, tmp_path_factory.mktemp("nginx")) as base:
        yield base
