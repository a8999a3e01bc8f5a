"""Fixtures for the offline products: the whole-guide PDF and the offline zip.

They are built through the Python entry points (not the Makefile) when they
are missing or older than the built site, so a bare `pytest` works too.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from bouwhulp import bouw as _bouw  # shared with tests/conftest.py
from bouwhulp import verouderd as _verouderd

ROOT = Path(__file__).resolve().parents[2]
ZIP = "downloads/igs-cultuur-offline.zip"


@pytest.fixture(scope="session")
def pdf_teksten(pdf_pad) -> list[str]:
    """Text per page (pdftotext, as readers' tools see it)."""
    if shutil.which("pdftotext"):
        uit = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf_pad), "-"], capture_output=True, check=True)
        return uit.stdout.decode("utf-8").split("\f")[:-1]
    from pypdf import PdfReader

    return [p.extract_text() for p in PdfReader(pdf_pad).pages]


def normaal(tekst: str) -> str:
    return re.sub(r"\s+", " ", tekst).strip()


class _Navigatie(HTMLParser):
    """Titles of the primary navigation of a built page, in order (an
    independent reading of the nav: the builder uses Chromium for this)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.titels: list[tuple[str, str]] = []
        self._nav_diepte = 0  # depth inside nav.md-nav--primary
        self._secundair = 0
        self._link: str | None = None
        self._tekst: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        klassen = (a.get("class") or "").split()
        if tag == "nav":
            if self._nav_diepte or "md-nav--primary" in klassen:
                self._nav_diepte += 1
                if "md-nav--secondary" in klassen:
                    self._secundair = self._nav_diepte
        elif tag == "a" and self._nav_diepte and not self._secundair and "md-nav__link" in klassen:
            href = a.get("href") or ""
            if not href.startswith("#"):
                self._link, self._tekst = href, []

    def handle_endtag(self, tag):
        if tag == "nav" and self._nav_diepte:
            if self._secundair == self._nav_diepte:
                self._secundair = 0
            self._nav_diepte -= 1
        elif tag == "a" and self._link is not None:
            if not re.search(r"(^|/)(keuzehulp/pad|embed)/", self._link):
                self.titels.append((self._link, normaal("".join(self._tekst))))
            self._link = None

    def handle_data(self, data):
        if self._link is not None:
            self._tekst.append(data)


@pytest.fixture(scope="session")
def nav_titels(site_dir) -> list[str]:
    parser = _Navigatie()
    parser.feed((site_dir / "index.html").read_text(encoding="utf-8"))
    gezien, titels = set(), []
    for href, titel in parser.titels:
        if href not in gezien:
            gezien.add(href)
            titels.append(titel)
    assert titels, "geen navigatie gevonden in site/index.html"
    return titels


@pytest.fixture(scope="session")
def offline_map(site_dir, tmp_path_factory) -> Path:
    """The offline zip, unpacked."""
    pad = site_dir / ZIP
    if _verouderd(pad, site_dir):
        _bouw("tools.offline.offlinesite", site_dir)
    doel = tmp_path_factory.mktemp("offline")
    with zipfile.ZipFile(pad) as z:
        z.extractall(doel)
    return doel / "igs-cultuur"
