// Web Worker that runs our Python (keuzehulp, sjablonen) under Pyodide, served
// from this site (assets/pyodide/<version>/), never from a CDN. The page never
// freezes: all Python work happens here. The messages it exchanges with the page
// (igs-python.js), the snapshot's cache name and the functions a page may call:
// lib/python-protocol.js, imported by both sides.
//
// What is verified in the browser: every file Pyodide or this worker fetches
// (pyodide.asm.wasm, python_stdlib.zip, pyodide-lock.json and our wheel) is
// checked against the SHA-256 the build wrote into manifest.json (fetch's
// `integrity`); a different file is refused ("controlegetal klopt niet").
// Not hash-checked: the JavaScript modules themselves (this worker,
// lib/python-protocol.js, pyodide.mjs, pyodide.asm.mjs), which a worker can
// only load by URL; they come from this site (Pyodide's under a versioned
// folder), and the site's
// Content-Security-Policy (script-src 'self') allows no other origin.
import { FOUTCODE, GEHEUGEN_CACHE, SOORT, toegestaan } from "./lib/python-protocol.js";

const BASIS = new URL("../pyodide/", import.meta.url);

let pyodide = null;

function meld(bericht) {
  self.postMessage(bericht);
}

// A runtime that fails half-way (a .wasm that does not arrive, a refused file,
// WebAssembly blocked) does not always reject loadPyodide: Pyodide only logs a
// failed instantiation and waits. Report those failures ourselves, once.
let gemeld = false;
let herstellen = false; // a failing restore from a snapshot is not fatal: Python then starts normally
function bootFout(fout) {
  if (gemeld || pyodide) return;
  gemeld = true;
  meld({ soort: SOORT.fout, tekst: String((fout && (fout.message || fout.reason)) || fout), code: fout && fout.code });
}
self.addEventListener("unhandledrejection", (event) => herstellen || bootFout(event.reason));
self.addEventListener("error", (event) => herstellen || bootFout(event.error || event.message));

class LaadFout extends Error {
  constructor(tekst, code) {
    super(tekst);
    this.code = code;
  }
}

async function haalManifest() {
  const antwoord = await fetch(new URL("manifest.json", BASIS), { cache: "no-cache" });
  if (!antwoord.ok) throw new LaadFout(`manifest.json: HTTP ${antwoord.status}`, FOUTCODE.netwerk);
  return antwoord.json();
}

// An 8-byte empty module: compiling it fails at once when the page's
// Content-Security-Policy does not allow WebAssembly ('wasm-unsafe-eval').
async function controleerWebAssembly() {
  try {
    await WebAssembly.compile(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  } catch (fout) {
    throw new LaadFout("deze website laat WebAssembly niet toe (" + fout.message + ")", FOUTCODE.webassembly);
  }
}

const oorspronkelijkeFetch = self.fetch.bind(self);

// Why a checked fetch failed: the file arrived but differs from the build, or it did not arrive.
async function waaromGeweigerd(url, integriteit) {
  let bytes;
  try {
    const antwoord = await oorspronkelijkeFetch(url, { cache: "no-store" });
    if (!antwoord.ok) return new LaadFout(`${bestandsnaam(url)}: HTTP ${antwoord.status}`, FOUTCODE.netwerk);
    bytes = await antwoord.arrayBuffer();
  } catch {
    return new LaadFout(`${bestandsnaam(url)} kwam niet aan`, FOUTCODE.netwerk);
  }
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  const gekregen = "sha256-" + btoa(String.fromCharCode(...new Uint8Array(digest)));
  if (gekregen === integriteit) return new LaadFout(`${bestandsnaam(url)} kwam niet aan`, FOUTCODE.netwerk);
  return new LaadFout(`het controlegetal van ${bestandsnaam(url)} klopt niet`, FOUTCODE.controlegetal);
}

function bestandsnaam(url) {
  return decodeURIComponent(new URL(url).pathname.split("/").pop());
}

// Every fetch of a file named in the manifest carries its hash. Pyodide calls
// the global fetch, so its own downloads are checked too.
async function gecontroleerdeFetch(url, integriteit) {
  let antwoord;
  try {
    antwoord = await oorspronkelijkeFetch(url, { integrity: integriteit, credentials: "same-origin" });
  } catch {
    const fout = await waaromGeweigerd(url, integriteit);
    bootFout(fout);
    throw fout;
  }
  if (!antwoord.ok) {
    const fout = new LaadFout(`${bestandsnaam(url)}: HTTP ${antwoord.status}`, FOUTCODE.netwerk);
    bootFout(fout);
    throw fout;
  }
  if (url.endsWith(".wasm") && !/^application\/wasm\b/.test(antwoord.headers.get("content-type") || "")) {
    // The bytes are the build's (checked above); only the server's label is
    // wrong, which would stop WebAssembly's streaming compile. Relabel them.
    console.warn(`${bestandsnaam(url)} komt met Content-Type "${antwoord.headers.get("content-type")}" in plaats van application/wasm; de webserver moet dat rechtzetten.`);
    return new Response(antwoord.body, { status: 200, headers: { "content-type": "application/wasm" } });
  }
  return antwoord;
}

function bewaakDownloads(manifest) {
  const verwacht = new Map(
    Object.entries(manifest.bestanden).map(([naam, integriteit]) => [new URL(naam, BASIS).href, integriteit])
  );
  manifest.wheels.forEach((wheel) => verwacht.set(new URL(wheel.bestand, BASIS).href, wheel.integrity));
  self.fetch = (invoer, opties) => {
    const url = new URL(invoer instanceof Request ? invoer.url : String(invoer), self.location.href).href;
    return verwacht.has(url) ? gecontroleerdeFetch(url, verwacht.get(url)) : oorspronkelijkeFetch(invoer, opties);
  };
}

async function laadWheels(py, manifest) {
  for (const wheel of manifest.wheels) {
    const antwoord = await fetch(new URL(wheel.bestand, BASIS));
    py.unpackArchive(await antwoord.arrayBuffer(), "wheel");
  }
}

// --- Memory snapshot (a second visit starts from it) ---------------------------
// After the first visit, the worker saves Python's memory (interpreter started,
// our package imported) in Cache Storage, keyed by the Pyodide version and the
// wheel's hashed name; a later visit restores it instead of starting Python
// again. loadPyodide's _makeSnapshot/_loadSnapshot are private options of the
// exact Pyodide version pinned in package.json (a test guards them). Anything
// odd (missing Cache Storage, wrong checksum, failed restore) deletes the
// snapshot and Python starts normally.
let geheugenSleutel = null;
let geheugenFout = null; // why a stored snapshot was not used (reported with "klaar")
let mochtBewaren = false;

function sleutelVoor(manifest) {
  const wheels = manifest.wheels.map((w) => w.bestand.split("/").pop().replace(/\.whl$/, "")).join("+");
  return new URL(`geheugen/${manifest.pyodide}/${wheels}.bin`, BASIS).href;
}

async function sha256(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  let tekst = "";
  for (const b of digest) tekst += String.fromCharCode(b);
  return "sha256-" + btoa(tekst);
}

async function vergeetGeheugen() {
  try {
    await caches.delete(GEHEUGEN_CACHE);
  } catch {
    // no Cache Storage here: nothing was stored
  }
}

// The stored snapshot (there is at most one) with its key. Read before the manifest has said
// which key is current, so both happen at the same time. `klopt` resolves when its SHA-256 is
// checked against the one stored with it: that runs (off this thread) while Python is restored,
// and a restored Python is only used when it is true.
async function leesGeheugen() {
  if (typeof caches === "undefined") return null;
  try {
    const cache = await caches.open(GEHEUGEN_CACHE);
    const [sleutel] = await cache.keys();
    if (!sleutel) return null;
    const antwoord = await cache.match(sleutel);
    if (!antwoord) return null;
    const bytes = new Uint8Array(await antwoord.arrayBuffer());
    const verwacht = antwoord.headers.get("x-igs-sha256");
    const klopt = sha256(bytes).then((controle) => controle === verwacht, () => false); // digest copies the bytes now
    return { sleutel: sleutel.url, bytes, klopt };
  } catch (fout) {
    geheugenFout = String(fout);
    await vergeetGeheugen();
    return null;
  }
}

async function bewaarGeheugen() {
  if (!pyodide || !mochtBewaren || typeof caches === "undefined") return { bewaard: false };
  mochtBewaren = false;
  try {
    const bytes = pyodide.makeMemorySnapshot();
    const controle = await sha256(bytes);
    const cache = await caches.open(GEHEUGEN_CACHE);
    // One snapshot only: older ones belong to another build.
    for (const oud of await cache.keys()) if (oud.url !== geheugenSleutel) await cache.delete(oud);
    await cache.put(
      geheugenSleutel,
      new Response(bytes, { headers: { "content-type": "application/octet-stream", "x-igs-sha256": controle } })
    );
    return { bewaard: true, bytes: bytes.length };
  } catch (fout) {
    console.warn("Python-geheugen niet bewaard:", fout);
    await vergeetGeheugen();
    return { bewaard: false, reden: String(fout) };
  }
}

function binnen(ms, belofte) {
  return Promise.race([
    belofte,
    new Promise((_, weiger) => setTimeout(() => weiger(new Error(`niet klaar binnen ${ms} ms`)), ms)),
  ]);
}

async function herstel(opties, manifest, { bytes, klopt }, fase) {
  herstellen = true;
  try {
    const py = await binnen(60000, loadPyodide(opties.runtime, { ...opties.pyodide, _loadSnapshot: bytes }));
    fase("hersteld");
    if (!(await klopt)) throw new Error("controlegetal van de momentopname klopt niet");
    // Files live outside the snapshot (it holds memory only): unpack the
    // package again for the data files it reads lazily. Then prove it works.
    await laadWheels(py, manifest);
    fase("wheel");
    const proef = JSON.parse(py.pyimport("keuzehulp.browser").verwerk("{}"));
    if (!Array.isArray(proef.van_toepassing)) throw new Error("onverwacht antwoord na herstel");
    return py;
  } finally {
    herstellen = false;
  }
}

async function loadPyodide(runtime, opties) {
  const module = await import(new URL("pyodide.mjs", runtime).href);
  return module.loadPyodide(opties);
}

async function boot() {
  const start = performance.now();
  const fasen = {};
  const fase = (naam) => (fasen[naam] = Math.round(performance.now() - start));
  meld({ soort: SOORT.voortgang, tekst: "Python-omgeving ophalen…" });
  const [manifest, opgeslagen] = await Promise.all([haalManifest(), leesGeheugen(), controleerWebAssembly()]);
  bewaakDownloads(manifest);
  const runtime = new URL(manifest.map, BASIS);
  const opties = { runtime, pyodide: { indexURL: runtime.href, stdout: () => {}, stderr: () => {} } };
  geheugenSleutel = sleutelVoor(manifest);
  // A snapshot of another build (other Pyodide or wheel) is of no use: gone.
  const bewaard = opgeslagen && opgeslagen.sleutel === geheugenSleutel ? opgeslagen : null;
  if (opgeslagen && !bewaard) await vergeetGeheugen();
  fase("script");
  let py = null;
  let bron = "start";
  if (bewaard) {
    meld({ soort: SOORT.voortgang, tekst: "Python hervatten…" });
    try {
      py = await herstel(opties, manifest, bewaard, fase);
      bron = "geheugen";
    } catch (fout) {
      geheugenFout = String(fout);
      await vergeetGeheugen();
    }
  }
  if (!py) {
    meld({ soort: SOORT.voortgang, tekst: "Python starten…" });
    py = await loadPyodide(runtime, { ...opties.pyodide, _makeSnapshot: typeof caches !== "undefined" });
    fase("pyodide");
    meld({ soort: SOORT.voortgang, tekst: "Keuzehulp laden…" });
    await laadWheels(py, manifest);
    fase("wheel");
    // Unpacking does not prove the code works: import it.
    py.runPython("import keuzehulp.browser");
    mochtBewaren = typeof caches !== "undefined";
  }
  fase("import");
  pyodide = py;
  meld({ soort: SOORT.klaar, ms: Math.round(performance.now() - start), fasen, pyodide: manifest.pyodide, bron, geheugenFout });
}

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
  const { id, module, functie, args, soort } = event.data || {};
  if (soort === SOORT.bewaarGeheugen) {
    await gereed.catch(() => {});
    meld({ soort: SOORT.geheugen, ...(await bewaarGeheugen()) });
    return;
  }
  try {
    if (!toegestaan(module, functie)) throw new Error(`${module}.${functie} mag hier niet aangeroepen worden`);
    await gereed;
    const resultaat = naarJs(pyodide.pyimport(module)[functie](...(args || [])));
    const transfer = resultaat instanceof Uint8Array ? [resultaat.buffer] : [];
    self.postMessage({ id, resultaat }, transfer);
  } catch (fout) {
    self.postMessage({ id, fout: String((fout && fout.message) || fout) });
  }
};
