"""Optional: the package under Pyodide (the Python that runs in the browser),
via Node and the Pyodide from node_modules/ (npm ci). Skipped when absent."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from sj_hulp import ROOT, voorbeeldwaarden

import sjablonen

PYODIDE = ROOT / "node_modules" / "pyodide"
NODE = shutil.which("node")

SCRIPT = """
import { loadPyodide } from "%(pyodide)s/pyodide.mjs";
import fs from "node:fs";
import path from "node:path";
const py = await loadPyodide({ indexURL: "%(pyodide)s/" });
const tools = "%(tools)s";
for (const pakket of ["sjablonen", "keuzehulp"]) {
  py.FS.mkdirTree(`/lib/igs/${pakket}/data`);
  for (const sub of ["", "data"]) {
    for (const naam of fs.readdirSync(path.join(tools, pakket, sub))) {
      const pad = path.join(tools, pakket, sub, naam);
      if (fs.statSync(pad).isFile() && /\\.(py|toml|csv)$/.test(naam))
        py.FS.writeFile(`/lib/igs/${pakket}/${sub ? sub + "/" : ""}${naam}`, fs.readFileSync(pad));
    }
  }
}
py.runPython("import sys; sys.path.insert(0, '/lib/igs')");
const sj = py.pyimport("sjablonen");
const velden = fs.readFileSync("%(velden)s", "utf8");
fs.writeFileSync("%(uit)s/f.odt", sj.browser_download("engagementsverklaring", velden, "odt").toJs());
fs.writeFileSync("%(uit)s/f.docx", sj.browser_download("engagementsverklaring", velden, "docx").toJs());
fs.writeFileSync("%(uit)s/f.html", sj.afdrukvoorbeeld_html("engagementsverklaring", velden));
let fout = "";
try { sj.browser_download("engagementsverklaring", velden, "pdf"); } catch (e) { fout = String(e.message); }
fs.writeFileSync("%(uit)s/fout.txt", fout);
fs.writeFileSync("%(uit)s/versie.txt", py.runPython("import sys; sys.version"));
"""


@pytest.mark.skipif(NODE is None or not (PYODIDE / "pyodide.mjs").exists(),
                    reason="Node of node_modules/pyodide ontbreekt (npm ci)")
def test_zelfde_documenten_onder_pyodide(tmp_path):
    velden = voorbeeldwaarden("engagementsverklaring") | {"naam_samenwerking": "Cultuur & <Schelde> 🎭"}
    (tmp_path / "velden.json").write_text(json.dumps(velden), encoding="utf-8")
    script = tmp_path / "run.mjs"
    script.write_text(SCRIPT % {"pyodide": PYODIDE, "tools": ROOT / "src",
                                "velden": tmp_path / "velden.json", "uit": tmp_path}, encoding="utf-8")
    resultaat = subprocess.run([NODE, str(script)], capture_output=True, text=True, timeout=180)
    assert resultaat.returncode == 0, resultaat.stderr[-2000:]
    # byte for byte the same documents as with CPython
    assert (tmp_path / "f.odt").read_bytes() == sjablonen.odt("engagementsverklaring", velden)
    assert (tmp_path / "f.docx").read_bytes() == sjablonen.docx("engagementsverklaring", velden)
    assert (tmp_path / "f.html").read_text(encoding="utf-8") == sjablonen.afdrukvoorbeeld_html(
        "engagementsverklaring", json.dumps(velden))
    assert "Onbekend formaat" in (tmp_path / "fout.txt").read_text(encoding="utf-8")
    assert (tmp_path / "versie.txt").read_text().startswith("3.")
