// The golden text (keuzehulp.golden.golden(), all paths) computed under the pinned
// Pyodide from node_modules, with the package loaded from a directory of sources:
// the files the wheel contains, written into Pyodide's file system.
// Usage: node tests/node/golden.mjs <dir> '<files JSON, relative to dir>' <output file>
// Writes the golden text to <output file> and prints one JSON line with timings.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const [bron, bestanden, uit] = process.argv.slice(2);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const runtime = path.join(root, "node_modules", "pyodide");
const { loadPyodide } = await import(path.join(runtime, "pyodide.mjs"));
const start = performance.now();
// keuzehulp.klok reads IGS_DATUM; Pyodide has its own environment, so pass it on (as CPython sees it)
const env = { HOME: "/home/pyodide", ...(process.env.IGS_DATUM ? { IGS_DATUM: process.env.IGS_DATUM } : {}) };
const py = await loadPyodide({ indexURL: runtime + "/", env });
const boot = performance.now() - start;
for (const bestand of JSON.parse(bestanden)) {
  const doel = `/lib/igs/${bestand}`;
  py.FS.mkdirTree(path.posix.dirname(doel));
  py.FS.writeFile(doel, readFileSync(path.join(bron, bestand)));
}
py.runPython("import sys; sys.path.insert(0, '/lib/igs')");
const rekenStart = performance.now();
writeFileSync(uit, py.runPython("from keuzehulp.golden import golden; golden()"));
console.log(JSON.stringify({
  python: py.runPython("import sys; sys.version.split()[0]"),
  boot_ms: Math.round(boot),
  golden_ms: Math.round(performance.now() - rekenStart),
}));
