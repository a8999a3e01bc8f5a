"""The browser wheel under the pinned Pyodide in Node: a cheap check without a browser."""

from __future__ import annotations

import hashlib
import base64
import json
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NODE = shutil.which("node")


def test_manifest_noemt_de_juiste_hashes(site_dir):
    runtime = site_dir / "assets" / "pyodide"
    manifest = json.loads((runtime / "manifest.json").read_text())
    pakket = json.loads((ROOT / "node_modules" / "pyodide" / "package.json").read_text())
    assert manifest["pyodide"] == pakket["version"] == "314.0.7"
    for naam, integriteit in manifest["bestanden"].items():
        digest = base64.b64encode(hashlib.sha256((runtime / naam).read_bytes()).digest()).decode()
        assert integriteit == f"sha256-{digest}", naam
    assert manifest["wheels"] and all(w["bestand"].endswith("-py3-none-any.whl") for w in manifest["wheels"])


@pytest.mark.skipif(NODE is None, reason="Node.js ontbreekt")
def test_wheel_werkt_onder_pyodide_in_node(site_dir):
    antwoorden = {"doel": "regiowerking", "subsidie": "ja", "inwoners": "120000", "gemeenten": "8",
                  "referentieregio": "een", "personeel": "eigen", "partners": "gemeenten",
                  "looptijd": "structureel", "bestaande_dv": "nee", "kleur": "blauw"}
    resultaat = subprocess.run(
        [NODE, str(ROOT / "tests" / "node" / "rooktest.mjs"), str(site_dir), json.dumps(antwoorden)],
        capture_output=True, text=True, timeout=240,
    )
    assert resultaat.returncode == 0, resultaat.stderr[-2000:]
    uitkomst = json.loads(resultaat.stdout.strip().splitlines()[-1])
    assert uitkomst["python"].startswith("3.14")
    assert uitkomst["aanbevolen"] == "projectvereniging"
    assert any("kleur" in m for m in uitkomst["meldingen"])
    assert uitkomst["odt_bytes"] > 1000
