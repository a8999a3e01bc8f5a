"""Site build (plugin igs): puts the Python runtime for the browser into the built site.

- Pyodide's runtime files come from the npm package (pinned in package.json)
  and are copied to assets/pyodide/<version>/; nothing is loaded from a CDN.
- Our own Python (keuzehulp, sjablonen) is packed as a pure-Python wheel with
  `python -m build` (from a copy of the project with only those two packages: the site
  build igs_site never goes to the browser) and copied to assets/wheels/ under a name that carries
  its hash (as the wheel's build tag, so the name stays a valid wheel name).
- assets/pyodide/manifest.json records the version, the runtime folder, a
  SHA-256 (SRI form) and the size of every file, so the worker can refuse a file that
  differs from the build and show how far the download is.

Caching: every file under assets/pyodide/<version>/ and assets/wheels/ has an
address that changes when its content does, so hosts may cache them for a
year (immutable); only the manifest must be revalidated on every visit.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

from mkdocs.exceptions import PluginError

log = logging.getLogger("mkdocs.hooks.pyodide_runtime")

RUNTIME_BESTANDEN = (
    "pyodide.mjs",
    "pyodide.mjs.map",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "pyodide-lock.json",
)

# The standard library in the browser: only what Pyodide itself loads when it starts and what
# our Python uses (keuzehulp, sjablonen), by top-level name; Pyodide's python_stdlib.zip holds
# the whole library (2.5 MB, deflated: gzip gains nothing). Measured by running every path of
# the engine, the nota and every template under Pyodide in Node (tests/node/modules.mjs), plus
# a small margin for rare paths (difflib, pprint, numbers, calendar). tests/test_pyodide_node.py
# fails when our code or Pyodide needs a module that is not here.
STDLIB_HOUDEN = frozenset({
    "__future__", "_collections_abc", "_colorize", "_compat_pickle", "_markupbase", "_opcode_metadata",
    "_py_warnings", "_pyodide", "_sitebuiltins", "_strptime", "_sysconfigdata__emscripten_wasm32-emscripten",
    "_weakrefset", "abc", "annotationlib", "ast", "asyncio", "base64", "bisect", "bz2", "calendar", "codecs",
    "codeop", "collections", "compression", "concurrent", "contextlib", "contextvars", "copy", "copyreg", "csv",
    "dataclasses", "datetime", "difflib", "dis", "email", "encodings", "enum", "fnmatch", "functools",
    "genericpath", "glob", "gzip", "hashlib", "heapq", "html", "http", "importlib", "inspect", "io", "ipaddress",
    "json", "keyword", "linecache", "locale", "logging", "lzma", "ntpath", "numbers", "opcode", "operator", "os",
    "pathlib", "posixpath", "pprint", "pyodide", "quopri", "random", "re", "reprlib", "selectors", "shutil",
    "signal", "site", "socket", "ssl", "stat", "string", "struct", "subprocess", "tempfile", "textwrap",
    "threading", "token", "tokenize", "tomllib", "traceback", "types", "typing", "urllib", "warnings", "weakref",
    "xml", "zipfile", "zipimport",
})
# Of the codecs (encodings/, 300 KB), the Unicode ones and the few single-byte ones Python or
# zipfile use.
ENCODINGS_HOUDEN = frozenset({
    "__init__", "aliases", "ascii", "charmap", "cp1252", "cp437", "latin_1", "raw_unicode_escape",
    "unicode_escape", "utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le", "utf_8", "utf_8_sig",
})


def _houden(naam: str) -> bool:
    """Whether an entry of python_stdlib.zip goes to the browser."""
    delen = naam.split("/")
    if len(delen) == 1:
        return naam.rsplit(".", 1)[0] in STDLIB_HOUDEN
    if delen[0] == "encodings" and len(delen) == 2 and delen[1]:
        return delen[1].rsplit(".", 1)[0] in ENCODINGS_HOUDEN
    return delen[0] in STDLIB_HOUDEN


def stdlib_zip(bron: Path, doel_map: Path) -> Path:
    """The trimmed standard library, written as python_stdlib.<hash>.zip in ``doel_map``: a new
    name when its content changes, so a browser never keeps an old one (the folder is cached a
    year). Same bytes for the same input (entries keep their names, dates and order)."""
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(bron) as zin, zipfile.ZipFile(buffer, "w") as zuit:
        for item in zin.infolist():
            if _houden(item.filename):
                zuit.writestr(item, zin.read(item), compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    inhoud = buffer.getvalue()
    doel = doel_map / f"python_stdlib.{hashlib.sha256(inhoud).hexdigest()[:12]}.zip"
    doel.write_bytes(inhoud)
    return doel
PYTHON_BRONNEN = ("src/keuzehulp", "src/sjablonen", "pyproject.toml")
BROWSER_PAKKETTEN = ("keuzehulp", "sjablonen")  # standard library only


def integriteit(pad: Path) -> str:
    digest = hashlib.sha256(pad.read_bytes()).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def wheel_met_hash(wheel: Path) -> str:
    """keuzehulp-0.1.0-py3-none-any.whl -> keuzehulp-0.1.0-0h<sha256 prefix>-py3-none-any.whl.

    The hash goes into the optional build tag (PEP 427: it must start with a
    digit), so a rebuilt wheel gets a new address while the name still parses
    as a wheel of the same distribution and version.
    """
    naam, versie, *_, python, abi, platform = wheel.stem.split("-")
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()[:16]
    return f"{naam}-{versie}-0h{digest}-{python}-{abi}-{platform}.whl"


def _nieuwste_bron(root: Path) -> float:
    tijden = [0.0]
    for bron in PYTHON_BRONNEN:
        pad = root / bron
        if pad.is_file():
            tijden.append(pad.stat().st_mtime)
        elif pad.is_dir():
            tijden += [p.stat().st_mtime for p in pad.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    return max(tijden)


def _toml(waarde) -> str:
    """A TOML value (strings, booleans, lists, inline tables): enough for pyproject.toml."""
    if isinstance(waarde, bool):
        return "true" if waarde else "false"
    if isinstance(waarde, str):
        return json.dumps(waarde)
    if isinstance(waarde, list):
        return "[" + ", ".join(_toml(w) for w in waarde) + "]"
    if isinstance(waarde, dict):
        return "{" + ", ".join(f"{json.dumps(k)} = {_toml(w)}" for k, w in waarde.items()) + "}"
    raise TypeError(f"pyproject.toml: waarde {waarde!r} niet ondersteund")


def browser_project(root: Path, doel: Path) -> Path:
    """A copy of the project in ``doel`` with only BROWSER_PAKKETTEN: the same name, version,
    metadata and package data, without the site build (igs_site and its MkDocs entry point)."""
    pyproject = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    setuptools = pyproject["tool"]["setuptools"]
    tabellen = {
        "build-system": pyproject["build-system"],
        "project": {k: w for k, w in pyproject["project"].items() if k != "entry-points"},
        "tool.setuptools": {"packages": list(BROWSER_PAKKETTEN)},
        "tool.setuptools.dynamic": setuptools["dynamic"],
        "tool.setuptools.package-data": {
            p: w for p, w in setuptools.get("package-data", {}).items() if p in BROWSER_PAKKETTEN
        },
    }
    shutil.rmtree(doel, ignore_errors=True)
    doel.mkdir(parents=True)
    tekst = "".join(
        f"[{tabel}]\n" + "".join(f"{json.dumps(k)} = {_toml(w)}\n" for k, w in inhoud.items()) + "\n"
        for tabel, inhoud in tabellen.items()
    )
    (doel / "pyproject.toml").write_text(tekst, encoding="utf-8")
    if readme := pyproject["project"].get("readme"):
        shutil.copy2(root / readme, doel / readme)
    for pakket in BROWSER_PAKKETTEN:
        map_ = setuptools["package-dir"].get(pakket) or f"{setuptools['package-dir']['']}/{pakket}"
        shutil.copytree(root / map_, doel / pakket,
                        ignore=shutil.ignore_patterns("__pycache__"))
    return doel


def bouw_wheel(root: Path) -> Path:
    """Build (or reuse, when no source changed) the pure-Python wheel.

    Each build works in its own temporary folder and moves the finished wheel in place, so
    two builds at once (two site copies, IGS_SITE in the tests) never delete each other's files.
    """
    uit = root / "build" / "wheel"
    bestaande = sorted(uit.glob("*.whl"))
    if bestaande and bestaande[-1].stat().st_mtime >= _nieuwste_bron(root):
        return bestaande[-1]
    (root / "build").mkdir(exist_ok=True)
    werk = Path(tempfile.mkdtemp(prefix="wheel-", dir=root / "build"))
    try:
        project = browser_project(root, werk / "browser-project")
        resultaat = subprocess.run(
            [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(werk / "uit"), str(project)],
            capture_output=True, text=True,
        )
        wheels = sorted((werk / "uit").glob("*.whl"))
        if resultaat.returncode != 0 or not wheels:
            raise PluginError("Het Python-pakket voor de browser kon niet gebouwd worden:\n" + resultaat.stderr[-3000:])
        uit.mkdir(exist_ok=True)
        for oud in uit.glob("*.whl"):
            if oud.name != wheels[-1].name:
                oud.unlink(missing_ok=True)
        doel = uit / wheels[-1].name
        os.replace(wheels[-1], doel)
        return doel
    finally:
        shutil.rmtree(werk, ignore_errors=True)


# The answers of the proof a restored snapshot must pass (python-worker.js, herstel): the engine's
# advice for them, computed here by the build, hashed into the manifest.
PROEF_ANTWOORDEN = {
    "doel": "regiowerking", "subsidie": "ja", "ronde_2027": "aangevraagd", "bestond_bij_indiening": "ja",
    "inwoners": "120000", "gemeenten": "8", "referentieregio": "een", "erkend": "nee", "personeel": "eigen",
    "partners": "gemeenten", "looptijd": "structureel", "bestaande_dv": "nee",
}


def proef() -> dict[str, str]:
    """What the engine answers to PROEF_ANTWOORDEN on the day of the build: the answers, the day
    and the SHA-256 (hex) of keuzehulp.browser.verwerk's output. A snapshot restored in the
    browser must give exactly these bytes for the same answers and day (decision record 4 in
    ONTWIKKELEN.md: what this proves and what not)."""
    from keuzehulp import klok
    from keuzehulp.browser import verwerk

    invoer = json.dumps(PROEF_ANTWOORDEN, ensure_ascii=True)
    dag = klok.vandaag()
    with klok.op(dag):
        uit = verwerk(invoer)
    return {"invoer": invoer, "datum": dag.isoformat(), "sha256": hashlib.sha256(uit.encode("utf-8")).hexdigest()}


def overdracht(pad: Path) -> int:
    """About the bytes a host sends for this file: gzip (as `make site` and nginx do) where it
    saves something, else the file itself. Brotli would send a little less."""
    import gzip

    inhoud = pad.read_bytes()
    return min(len(inhoud), len(gzip.compress(inhoud, compresslevel=6, mtime=0)))


def pyodide_versie(root: Path) -> str:
    return json.loads((root / "node_modules/pyodide/package.json").read_text())["version"]


def on_post_build(config):
    root = Path(config.config_file_path).parent
    bron = root / "node_modules" / "pyodide"
    if not (bron / "pyodide.asm.wasm").exists():
        raise PluginError("Pyodide ontbreekt in node_modules/. Draai eerst 'make deps' (npm ci).")
    versie = pyodide_versie(root)
    assets = Path(config.site_dir) / "assets" / "pyodide"
    shutil.rmtree(assets, ignore_errors=True)
    doel = assets / versie
    doel.mkdir(parents=True)
    bestanden = {}
    groottes = {}
    for naam in RUNTIME_BESTANDEN:
        shutil.copy2(bron / naam, doel / naam)
    stdlib = stdlib_zip(bron / "python_stdlib.zip", doel)
    for pad in sorted(doel.iterdir()):
        bestanden[f"{versie}/{pad.name}"] = integriteit(pad)
        groottes[f"{versie}/{pad.name}"] = [pad.stat().st_size, overdracht(pad)]

    wheel = bouw_wheel(root)
    wheels_doel = Path(config.site_dir) / "assets" / "wheels"
    shutil.rmtree(wheels_doel, ignore_errors=True)
    wheels_doel.mkdir(parents=True)
    gepubliceerd = wheels_doel / wheel_met_hash(wheel)
    shutil.copy2(wheel, gepubliceerd)

    manifest = {
        "pyodide": versie,
        "map": f"{versie}/",
        # The trimmed standard library (loadPyodide's stdLibURL), relative to the manifest.
        "stdlib": f"{versie}/{stdlib.name}",
        "bestanden": bestanden,
        # Per file [bytes, bytes over the wire with gzip]: the worker shows how far the download
        # is, in the bytes the reader's connection carries (geladen of totaal).
        "groottes": groottes,
        "wheels": [{"bestand": f"../wheels/{gepubliceerd.name}", "integrity": integriteit(gepubliceerd),
                    "grootte": [gepubliceerd.stat().st_size, overdracht(gepubliceerd)]}],
        "proef": proef(),
    }
    (assets / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
