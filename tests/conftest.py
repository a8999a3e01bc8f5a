"""Shared fixtures: the built site, a loopback web server and headless Chromium."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# IGS_SITE: build and test another copy of the site (e.g. /tmp/mijn-site), so that two
# people working in one tree do not overwrite each other's site/.
SITE = Path(os.environ.get("IGS_SITE") or ROOT / "site")


# Tiers (markers registered in pyproject.toml). A test gets its tier from the fixtures
# it uses, so a new test lands in the right one without a decorator: `make test-snel`
# runs what is left (`-m "not site and not browser and not wordpress and not traag"`).
SITE_FIXTURES = {"site_dir"}  # and everything built on it: server, nginx, pdf_pad, ...
BROWSER_FIXTURES = {"browser", "page", "pagina"}
WORDPRESS_FIXTURES = {"wp"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if fixtures & WORDPRESS_FIXTURES or item.path.name == "test_wordpress.py":
            item.add_marker(pytest.mark.wordpress)
        if fixtures & BROWSER_FIXTURES:
            item.add_marker(pytest.mark.browser)
        if fixtures & SITE_FIXTURES:
            item.add_marker(pytest.mark.site)


def build_site() -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(SITE)], cwd=ROOT, env=env, check=True
    )


@pytest.fixture(scope="session")
def site_dir() -> Path:
    """The built site. `make test` builds it first; a bare `pytest` builds it if missing."""
    if not (SITE / "index.html").exists():
        build_site()
    return SITE


@pytest.fixture(scope="session")
def pdf_pad(site_dir) -> Path:
    """site/downloads/igs-cultuur.pdf, built when missing or older than the site."""
    from bouwhulp import bouw, verouderd

    pad = site_dir / "downloads" / "igs-cultuur.pdf"
    if verouderd(pad, site_dir):
        bouw("tools.offline.pdf", site_dir)
    return pad


@pytest.fixture(scope="session")
def server(site_dir):
    from webserver import serve

    with serve(site_dir) as base_url:
        yield base_url


@pytest.fixture(scope="session")
def browser():
    from browserhulp import start_browser

    with start_browser() as browser:
        yield browser


@pytest.fixture
def page(browser):
    from browserhulp import PaginaWacht

    context = browser.new_context(locale="nl-BE")
    pagina = context.new_page()
    wacht = PaginaWacht(pagina)
    pagina.wacht = wacht
    yield pagina
    context.close()
