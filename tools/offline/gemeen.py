"""Shared plumbing for the PDF and offline builders: paths, site build, browser."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "site"
BUILD = ROOT / "build"
# Fixed public addresses (linked from every page).
PDF_PAD = "downloads/igs-cultuur.pdf"
ZIP_PAD = "downloads/igs-cultuur-offline.zip"

CHROMIUM = os.environ.get("IGS_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]


class OfflineFout(RuntimeError):
    """A build step of the PDF or the offline site failed; the message says why."""


def mkdocs_build(root: Path = ROOT, config: str = "mkdocs.yml", site_dir: Path | None = None) -> None:
    """`mkdocs build --strict` with the interpreter of this venv."""
    # No --quiet: with it, MkDocs 1.6.1 does not count warnings and --strict never fails.
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", config]
    if site_dir is not None:
        cmd += ["-d", str(site_dir)]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    resultaat = subprocess.run(cmd, cwd=root, env=env, capture_output=True, text=True)
    if resultaat.returncode != 0:
        raise OfflineFout(f"mkdocs build ({config}) mislukte:\n{resultaat.stdout}{resultaat.stderr}")


def zorg_voor_site(site: Path = SITE, root: Path = ROOT) -> Path:
    """The built site; build it when it is missing."""
    if not (site / "index.html").exists():
        mkdocs_build(root, site_dir=site)
    return site


@contextlib.contextmanager
def browser():
    """Headless Debian Chromium through Playwright (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield chromium
        finally:
            chromium.close()


def bouwdatum() -> dt.date:
    """SOURCE_DATE_EPOCH for a reproducible build, else the site's one clock
    (keuzehulp.klok.vandaag: today, or IGS_DATUM)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date()
    from keuzehulp import klok  # the package is installed in .venv (pyproject.toml)

    return klok.vandaag()


def versie(root: Path = ROOT) -> str:
    """The version readers see, the same as the site and the keuzehulp: VERSIE in
    src/keuzehulp/versie.py (the one place; pyproject.toml reads it too)."""
    tekst = (root / "src" / "keuzehulp" / "versie.py").read_text(encoding="utf-8")
    match = re.search(r'^VERSIE\s*=\s*"([^"]+)"', tekst, re.MULTILINE)
    if not match:
        raise OfflineFout(f"{root / 'src/keuzehulp/versie.py'}: geen VERSIE = \"…\" gevonden")
    return match.group(1)


def commit(root: Path = ROOT) -> str:
    """The git commit of the build (for an HTML comment, not for readers), or ''."""
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True, text=True, timeout=5
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""
