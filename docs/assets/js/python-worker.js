// Web Worker that runs our Python (keuzehulp, sjablonen) under Pyodide, served
// from this site (assets/pyodide/), never from a CDN. The page never freezes:
// all Python work happens here. Protocol (postMessage):
//   worker -> page: {soort: "voortgang", tekst} | {soort: "klaar", ms} | {soort: "fout", tekst}
//   page -> worker: {id, module, functie, args}   worker -> page: {id, resultaat} | {id, fout}
const RUNTIME = new URL("../pyodide/", import.meta.url);
let pyodide = null;

function meld(bericht) {
  self.postMessage(bericht);
}

async function haalManifest() {
  const antwoord = await fetch(new URL("manifest.json", RUNTIME), { cache: "no-cache" });
  if (!antwoord.ok) throw new Error(`manifest.json: HTTP ${antwoord.status}`);
  return antwoord.json();
}

async function laadWheel(py, wheel) {
  // fetch() checks the bytes against the SHA-256 recorded at build time; a
  // different file is refused. The verified bytes are unpacked, then imported.
  const url = new URL(wheel.bestand, RUNTIME);
  const antwoord = await fetch(url, { integrity: wheel.integrity });
  if (!antwoord.ok) throw new Error(`${url.pathname}: HTTP ${antwoord.status}`);
  py.unpackArchive(await antwoord.arrayBuffer(), "wheel");
}

async function boot() {
  const start = performance.now();
  const fasen = {};
  const fase = (naam) => (fasen[naam] = Math.round(performance.now() - start));
  meld({ soort: "voortgang", tekst: "Python-omgeving ophalen…" });
  const [manifest, { loadPyodide }] = await Promise.all([
    haalManifest(),
    import(new URL("pyodide.mjs", RUNTIME).href),
  ]);
  fase("script");
  meld({ soort: "voortgang", tekst: "Python starten…" });
  const py = await loadPyodide({ indexURL: RUNTIME.href, stdout: () => {}, stderr: () => {} });
  fase("pyodide");
  meld({ soort: "voortgang", tekst: "Keuzehulp laden…" });
  for (const wheel of manifest.wheels) await laadWheel(py, wheel);
  fase("wheel");
  // loadPackage/unpack do not prove the code works: import it.
  py.runPython("import keuzehulp.browser");
  fase("import");
  pyodide = py;
  meld({ soort: "klaar", ms: Math.round(performance.now() - start), fasen, pyodide: manifest.pyodide });
}

// A runtime that fails half-way (a .wasm that does not arrive, WebAssembly
// blocked by a Content-Security-Policy) does not always reject loadPyodide:
// Emscripten aborts in a promise of its own. Report those failures too.
let gemeld = false;
function bootFout(fout) {
  if (gemeld || pyodide) return;
  gemeld = true;
  meld({ soort: "fout", tekst: String((fout && (fout.message || fout.reason)) || fout) });
}
self.addEventListener("unhandledrejection", (event) => bootFout(event.reason));
self.addEventListener("error", (event) => bootFout(event.error || event.message));

const gereed = boot().catch((fout) => {
  bootFout(fout);
  throw fout;
});

function naarJs(waarde) {
  if (pyodide && waarde instanceof pyodide.ffi.PyProxy) {
    const js = waarde.toJs({ dict_converter: Object.fromEntries });
    waarde.destroy();
    return js;
  }
  return waarde;
}

self.onmessage = async (event) => {
  const { id, module, functie, args } = event.data || {};
  try {
    await gereed;
    const resultaat = naarJs(pyodide.pyimport(module)[functie](...(args || [])));
    const transfer = resultaat instanceof Uint8Array ? [resultaat.buffer] : [];
    self.postMessage({ id, resultaat }, transfer);
  } catch (fout) {
    self.postMessage({ id, fout: String((fout && fout.message) || fout) });
  }
};
