"""The Nu HTML Checker (vnu-jar from npm, needs Java) finds no errors on any page type.

A sample: every section's overview and first page, the home page, the embed
pages, the static keuzehulp path, a template, the 404 page. One Java run (the
JVM start dominates: all 800 pages take minutes on a slow machine).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def steekproef(site: Path) -> list[Path]:
    paginas = {site / "index.html", site / "404.html"}
    for map_ in sorted(p for p in site.iterdir() if p.is_dir()):
        if (map_ / "index.html").exists():
            paginas.add(map_ / "index.html")
        kinderen = sorted(k / "index.html" for k in map_.iterdir() if (k / "index.html").exists())
        paginas.update(kinderen[:2])
    paginas.update(sorted((site / "keuzehulp" / "pad").rglob("index.html"))[:3])
    paginas.update((site / "embed").rglob("index.html"))
    return sorted(p for p in paginas if p.exists())


def test_geen_html_fouten(site_dir):
    if not VNU.exists():
        pytest.fail("vnu-jar ontbreekt: draai 'make deps' (npm ci)")
    java = shutil.which("java")
    if java is None:
        pytest.fail("Java ontbreekt: 'make test' installeert het (apt-get install default-jre-headless)")
    paginas = steekproef(site_dir)
    assert len(paginas) >= 15
    resultaat = subprocess.run([java, "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, paginas)],
                               capture_output=True, text=True, timeout=600)
    meldingen = json.loads(resultaat.stderr)["messages"]
    leesbaar = [f"{m.get('url', '?').removeprefix('file:').removeprefix(str(site_dir.resolve()))}:"
                f"{m.get('lastLine')}: {m['message']}" for m in meldingen]
    assert leesbaar == [], "\n".join(leesbaar[:30])
