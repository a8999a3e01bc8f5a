"""The browser wheel under the pinned Pyodide in Node: a cheap check without a browser."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NODE = shutil.which("node")
PYODIDE = ROOT / "node_modules" / "pyodide"
GOLDEN = ROOT / "tests" / "keuzehulp" / "golden.md"


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


def wheelbestanden(pakket: str) -> list[str]:
    """De bestanden van ``pakket`` zoals de wheel ze bevat: de modules en de package-data uit pyproject.toml."""
    tools = ROOT / "src"
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patronen = ["*.py", *pyproject["tool"]["setuptools"]["package-data"].get(pakket, [])]
    return sorted({p.relative_to(tools).as_posix() for patroon in patronen for p in (tools / pakket).glob(patroon)})


@pytest.mark.skipif(NODE is None or not (PYODIDE / "pyodide.mjs").exists(),
                    reason="Node.js of node_modules/pyodide ontbreekt (npm ci)")
def test_golden_onder_pyodide_in_node(tmp_path):
    """Het goldenbestand, volledig (alle paden) berekend door ``keuzehulp.golden.golden()`` onder de
    vastgepinde Pyodide in Node, is gelijk aan tests/keuzehulp/golden.md.

    Het pakket komt uit de broncode (de bestanden die de wheel bevat), niet uit de wheel van een gebouwde
    site: die kan ouder zijn dan de regels en golden.md (de wheel zelf test
    test_wheel_werkt_onder_pyodide_in_node). Broncode en golden.md worden op hetzelfde moment naar een
    tijdelijke map gekopieerd, zodat een wijziging tijdens de test de vergelijking niet scheef trekt. Alle
    paden onder Pyodide kost ~10-25 s (opstarten ~5 s), dus geen steekproef.
    """
    bron = tmp_path / "bron"
    bestanden = wheelbestanden("keuzehulp")
    for naam in bestanden:
        (bron / naam).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / "src" / naam, bron / naam)
    verwacht = GOLDEN.read_text(encoding="utf-8")
    uit = tmp_path / "golden-pyodide.md"
    resultaat = subprocess.run(
        [NODE, str(ROOT / "tests" / "node" / "golden.mjs"), str(bron), json.dumps(bestanden), str(uit)],
        capture_output=True, text=True, timeout=300,
    )
    assert resultaat.returncode == 0, resultaat.stderr[-2000:]
    meting = json.loads(resultaat.stdout.strip().splitlines()[-1])
    assert meting["python"].startswith("3.14")
    print(f"\nPyodide: opstarten {meting['boot_ms']} ms, golden() {meting['golden_ms']} ms")
    onder_pyodide = uit.read_text(encoding="utf-8")
    if onder_pyodide != verwacht:
        # Wie verschilt: Pyodide van CPython (een fout), of golden.md van de regels (opnieuw genereren)?
        cpython = subprocess.run(
            [sys.executable, "-c", "import sys; "
             "from keuzehulp.golden import golden; sys.stdout.buffer.write(golden().encode())"],
            capture_output=True, check=True, env={**os.environ, "PYTHONPATH": str(bron)},
        ).stdout.decode("utf-8")
        a, b = onder_pyodide.splitlines(), verwacht.splitlines()
        eerste = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))) + 1
        waarom = ("Pyodide geeft iets anders dan CPython" if cpython != onder_pyodide else
                  "CPython geeft hetzelfde als Pyodide: golden.md is verouderd, "
                  "voer `python tools/genereer_golden.py` uit")
        assert onder_pyodide == verwacht, f"{waarom}; eerste verschil op regel {eerste}"


@pytest.mark.skipif(NODE is None, reason="Node.js ontbreekt")
def test_ingekorte_standaardbibliotheek_volstaat(site_dir):
    """The browser gets a trimmed standard library (pyodide_runtime.STDLIB_HOUDEN): every path of
    the engine, the nota and every template work under Pyodide with only that, and every module
    our code imports anywhere (also inside a function, on a path the run may miss) is in it."""
    import ast

    from igs_site.keuzehulp.pyodide_runtime import STDLIB_HOUDEN

    manifest = json.loads((site_dir / "assets/pyodide/manifest.json").read_text())
    stdlib = site_dir / "assets/pyodide" / manifest["stdlib"]
    volledig = PYODIDE / "python_stdlib.zip"
    assert stdlib.stat().st_size < 0.6 * volledig.stat().st_size
    resultaat = subprocess.run([NODE, str(ROOT / "tests/node/modules.mjs"), str(site_dir), str(stdlib)],
                               capture_output=True, text=True, timeout=300)
    assert resultaat.returncode == 0, resultaat.stderr[-2000:]
    uitkomst = json.loads(resultaat.stdout.strip().splitlines()[-1])
    assert uitkomst["fout"] is None, uitkomst["fout"]
    geladen = {m.partition(".")[0] for m in uitkomst["modules"]}
    import zipfile

    with zipfile.ZipFile(volledig) as z:  # compiled into Pyodide: loaded, but not a file of the library
        bestanden = {naam.split("/")[0].removesuffix(".py") for naam in z.namelist()}
    ingebouwd = geladen - bestanden
    geimporteerd = set()
    for pad in [*(ROOT / "src/keuzehulp").rglob("*.py"), *(ROOT / "src/sjablonen").rglob("*.py")]:
        for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
            if isinstance(knoop, ast.Import):
                geimporteerd |= {alias.name.partition(".")[0] for alias in knoop.names}
            elif isinstance(knoop, ast.ImportFrom) and knoop.level == 0 and knoop.module:
                geimporteerd.add(knoop.module.partition(".")[0])
    ontbreekt = geimporteerd - STDLIB_HOUDEN - ingebouwd - {"keuzehulp", "sjablonen"}
    assert not ontbreekt, f"voeg toe aan STDLIB_HOUDEN (src/igs_site/keuzehulp/pyodide_runtime.py): {sorted(ontbreekt)}"
