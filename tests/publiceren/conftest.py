"""Real nginx (Debian package) serving site/ with the generated configuration.

Started by the tests on 127.0.0.1 on a free port, not as a system service: a
minimal nginx.conf in a temporary folder that includes the generated
configuration (as build/nginx/igs-cultuur.conf) inside its server block, as the
README tells a web team to do.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from igs_site.publiceren import hosting
from webserver import NGINX, serve_nginx


def nginx_include(site: Path, doel: Path) -> Path:
    """The nginx include for `site`, written by the code as it is now (the build writes
    build/nginx/igs-cultuur.conf only for site/ itself: IGS_SITE may point elsewhere)."""
    bron = hosting.lees_bron()
    rules = hosting.regels(site, hosting.versiepatronen(bron))
    doel.write_text(hosting.render_nginx(bron, hosting.script_hashes(site), rules,
                                         hosting.extensies_per_regel(site, rules)), encoding="utf-8")
    return doel


@pytest.fixture(scope="session")
def nginx(site_dir, tmp_path_factory):
    """Base url of nginx serving site/ with the generated include."""
    if not Path(NGINX).exists():
        pytest.fail("nginx ontbreekt: 'make test' installeert het (apt-get install nginx-light)")
    map_ = tmp_path_factory.mktemp("nginx")
    include = nginx_include(site_dir, map_ / "igs-cultuur.conf")
    with serve_nginx(site_dir, include, map_) as base:
        yield base
