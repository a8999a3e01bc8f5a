"""Building the downloadable products (PDF, offline zip) from tests, when needed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def verouderd(product: Path, site: Path) -> bool:
    return not product.exists() or product.stat().st_mtime < (site / "index.html").stat().st_mtime


def bouw(module: str, site: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    resultaat = subprocess.run([sys.executable, "-m", module, "--site", str(site)],
                               cwd=ROOT, env=env, capture_output=True, text=True)
    assert resultaat.returncode == 0, f"{module} mislukte:\n{resultaat.stdout}{resultaat.stderr}"
