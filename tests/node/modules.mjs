// Which modules of the standard library does our Python use? Runs the wheel of a built site under
// the pinned Pyodide in Node, with the standard library from <stdlib zip> (the full one from
// node_modules, or the trimmed one the build serves), through every path of the engine
// (keuzehulp.golden), the nota in every format and every template in every format, and prints
// one JSON line: the top-level modules loaded, and the first error (null when all worked).
// Usage: node tests/node/modules.mjs <site dir> <stdlib zip>
import { readFileSync } from "node:fs";
import path from "node:path";

const [site, stdlib] = process.argv.slice(2);
const basis = path.join(site, "assets", "pyodide");
const manifest = JSON.parse(readFileSync(path.join(basis, "manifest.json"), "utf8"));
const runtime = path.resolve(basis, manifest.map);
const { loadPyodide } = await import(path.resolve(runtime, "pyodide.mjs"));
const py = await loadPyodide({ indexURL: runtime + "/", stdLibURL: path.resolve(stdlib) });
let fout = null;
try {
  for (const wheel of manifest.wheels) py.unpackArchive(new Uint8Array(readFileSync(path.resolve(basis, wheel.bestand))), "wheel");
  py.runPython(`
import json
import keuzehulp.browser as kb
import sjablonen
from keuzehulp.golden import golden
golden()
antwoorden = json.dumps({"doel": "regiowerking", "subsidie": "ja", "inwoners": "120000", "gemeenten": "8",
                         "referentieregio": "een", "personeel": "eigen", "partners": "gemeenten",
                         "looptijd": "structureel", "bestaande_dv": "nee", "nis": "11002,12009"})
kb.verwerk(antwoorden)
for formaat in ("odt", "docx", "html"):
    try:
        kb.nota(antwoorden, formaat)
    except ValueError:
        pass
from sjablonen.model import ids, laad
for sjabloon in map(laad, ids()):
    velden = json.dumps({veld.id: "Voorbeeld" for veld in sjabloon.velden})
    sjablonen.browser_controleer(sjabloon.id, velden)
    sjablonen.afdrukvoorbeeld_html(sjabloon.id, velden)
    sjablonen.browser_gemeenten("11002,12009", sjabloon.id)
    for formaat in ("odt", "docx"):
        sjablonen.browser_download(sjabloon.id, velden, formaat)
`);
} catch (e) {
  fout = String(e.message || e).split("\n").slice(-3).join(" ");
}
const modules = py.runPython("import sys, json; json.dumps(sorted(sys.modules))");
console.log(JSON.stringify({ fout, modules: JSON.parse(modules) }));
