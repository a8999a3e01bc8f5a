// Smoke test without a browser: the wheel that the site serves, under the pinned
// Pyodide from node_modules, loaded the way the worker loads it (bytes checked
// against the manifest, unpacked, imported). Prints one JSON line.
// Usage: node tests/node/rooktest.mjs <site dir> '<answers JSON>'
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

const [site, antwoorden] = process.argv.slice(2);
const basis = path.join(site, "assets", "pyodide");
const manifest = JSON.parse(readFileSync(path.join(basis, "manifest.json"), "utf8"));
const runtime = path.resolve(basis, manifest.map);
const { loadPyodide } = await import(path.resolve(runtime, "pyodide.mjs"));
const start = performance.now();
const py = await loadPyodide({ indexURL: runtime + "/", stdLibURL: path.resolve(basis, manifest.stdlib) });
const boot = performance.now() - start;
for (const wheel of manifest.wheels) {
  const bytes = readFileSync(path.resolve(basis, wheel.bestand));
  const hash = "sha256-" + createHash("sha256").update(bytes).digest("base64");
  if (hash !== wheel.integrity) throw new Error(`hash klopt niet voor ${wheel.bestand}`);
  py.unpackArchive(new Uint8Array(bytes), "wheel");
}
py.runPython("import keuzehulp.browser, sjablonen");
const uitkomst = JSON.parse(py.pyimport("keuzehulp.browser").verwerk(antwoorden, "/"));
const odt = py.pyimport("sjablonen").browser_download("engagementsverklaring", "{}", "odt").toJs();
console.log(JSON.stringify({
  python: py.runPython("import sys; sys.version.split()[0]"),
  aanbevolen: uitkomst.aanbevolen,
  meldingen: uitkomst.meldingen,
  odt_bytes: odt.length,
  boot_ms: Math.round(boot),
  totaal_ms: Math.round(performance.now() - start),
}));
