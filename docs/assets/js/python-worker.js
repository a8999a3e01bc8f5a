// Web Worker that runs our Python (keuzehulp, sjablonen) under Pyodide, served
// from this site (assets/pyodide/<version>/), never from a CDN. The page never
// freezes: all Python work happens here. The messages it exchanges with the page
// (igs-python.js), the snapshot's cache name and the functions a page may call:
// lib/python-protocol.js, imported by both sides.
//
// What is verified in the browser: every file of the runtime (pyodide.mjs,
// pyodide.asm.mjs, pyodide.asm.wasm, the standard library, pyodide-lock.json) and our
// wheel is downloaded here, counted (the page shows how far the download is) and
// checked against the SHA-256 the build wrote into manifest.json before it is used;
// a different file is refused ("controlegetal klopt niet"). The two JavaScript
// modules of Pyodide run only after that check, imported from a Blob of the checked
// bytes (the Content-Security-Policy of this worker script allows blob: for that:
// src/igs_site/publiceren/hosting.py). Not hash-checked: this worker and
// lib/python-protocol.js, which come from this site like the page's own scripts
// (script-src 'self'), and manifest.json itself, revalidated on every visit.
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
// A retry after a failure (igs-python.js adds ?opnieuw): ask the server again rather than
// trusting the browser's cache, which may hold the file that failed.
const OPNIEUW = new URL(import.meta.url).searchParams.has("opnieuw");

function bestandsnaam(url) {
  return decodeURIComponent(new URL(url).pathname.split("/").pop());
}

// --- Download progress -----------------------------------------------------------
// Bytes of the runtime received so far, out of the total, in the bytes a connection carries:
// the manifest gives per file its size and its size with gzip (the build's estimate of what a
// host sends), and a file's bytes as they arrive (unpacked) count in that proportion. Reported
// at most ten times a second, and always at the end of a file.
const voortgang = { tekst: "", totaal: 0 };
const ontvangenPerBestand = new Map(); // url -> bytes received (unpacked)
let laatstGemeld = 0;

function geladen() {
  let som = 0;
  for (const [url, bytes] of ontvangenPerBestand) {
    const { grootte, overdracht } = verwacht.get(url);
    som += grootte ? (Math.min(bytes, grootte) * overdracht) / grootte : 0;
  }
  return Math.round(som);
}

function meldVoortgang(tekst) {
  if (gemeld) return; // failed: no progress after the failure
  if (tekst) voortgang.tekst = tekst;
  const nu = performance.now();
  if (!tekst && nu - laatstGemeld < 100) return;
  laatstGemeld = nu;
  meld({ soort: SOORT.voortgang, tekst: voortgang.tekst, geladen: Math.min(geladen(), voortgang.totaal), totaal: voortgang.totaal });
}

// --- Checked downloads -------------------------------------------------------------
// url -> {integrity, grootte} for every file of the manifest, and url -> the promise of its
// checked bytes (each file is downloaded once, even when Pyodide asks twice).
const verwacht = new Map();
const gedownload = new Map();

function leesManifest(manifest) {
  const maten = ([grootte, overdracht] = [0, 0]) => ({ grootte, overdracht });
  for (const [naam, integrity] of Object.entries(manifest.bestanden)) {
    if (naam.endsWith(".map")) continue; // only for developers' tools
    verwacht.set(new URL(naam, BASIS).href, { integrity, ...maten(manifest.groottes[naam]) });
  }
  for (const wheel of manifest.wheels) {
    verwacht.set(new URL(wheel.bestand, BASIS).href, { integrity: wheel.integrity, ...maten(wheel.grootte) });
  }
  voortgang.totaal = [...verwacht.values()].reduce((som, b) => som + b.overdracht, 0);
}

async function download(url, { integrity }) {
  const naam = bestandsnaam(url);
  let antwoord;
  try {
    antwoord = await oorspronkelijkeFetch(url, { credentials: "same-origin", cache: OPNIEUW ? "no-cache" : "default" });
  } catch {
    throw new LaadFout(`${naam} kwam niet aan`, FOUTCODE.netwerk);
  }
  if (!antwoord.ok) throw new LaadFout(`${naam}: HTTP ${antwoord.status}`, FOUTCODE.netwerk);
  const delen = [];
  let ontvangen = 0;
  try {
    const lezer = antwoord.body.getReader();
    for (;;) {
      const { done, value } = await lezer.read();
      if (done) break;
      delen.push(value);
      ontvangen += value.length;
      ontvangenPerBestand.set(url, ontvangen);
      meldVoortgang();
    }
  } catch {
    throw new LaadFout(`${naam} kwam maar voor een deel aan (de verbinding viel weg)`, FOUTCODE.netwerk);
  }
  const bytes = new Uint8Array(ontvangen);
  let plaats = 0;
  for (const deel of delen) {
    bytes.set(deel, plaats);
    plaats += deel.length;
  }
  if ((await sha256(bytes)) !== integrity) {
    throw new LaadFout(`het controlegetal van ${naam} klopt niet`, FOUTCODE.controlegetal);
  }
  meldVoortgang(voortgang.tekst);
  return { bytes, type: antwoord.headers.get("content-type") || "" };
}

// The checked bytes of a file of the manifest. A failure is reported to the page at once:
// Pyodide does not always pass a failed download on.
function gecontroleerd(url) {
  if (!gedownload.has(url)) {
    const belofte = download(url, verwacht.get(url));
    belofte.catch(bootFout);
    gedownload.set(url, belofte);
  }
  return gedownload.get(url);
}

// Pyodide calls the global fetch: every file of the manifest it asks for comes from the
// checked download, as a fresh Response (each one can be read once).
function bewaakDownloads() {
  self.fetch = (invoer, opties) => {
    const url = new URL(invoer instanceof Request ? invoer.url : String(invoer), self.location.href).href;
    if (!verwacht.has(url)) return oorspronkelijkeFetch(invoer, opties);
    return gecontroleerd(url).then(({ bytes, type }) => {
      let soort = type;
      if (url.endsWith(".wasm") && !/^application\/wasm\b/.test(type)) {
        // The bytes are the build's (checked); only the server's label is wrong, which
        // would stop WebAssembly's streaming compile. Relabel them.
        console.warn(`${bestandsnaam(url)} komt met Content-Type "${type}" in plaats van application/wasm; de webserver moet dat rechtzetten.`);
        soort = "application/wasm";
      }
      return new Response(bytes, { status: 200, headers: { "content-type": soort } });
    });
  };
}

// A JavaScript module of the runtime, run only once its bytes match the manifest: imported
// from a Blob of exactly those bytes, never again from its URL.
async function importeerGecontroleerd(url) {
  const { bytes } = await gecontroleerd(url);
  const adres = URL.createObjectURL(new Blob([bytes], { type: "text/javascript" }));
  try {
    return await import(adres);
  } catch (fout) {
    throw new LaadFout(`${bestandsnaam(url)} mocht hier niet starten (${fout.message})`, FOUTCODE.geblokkeerd);
  } finally {
    URL.revokeObjectURL(adres);
  }
}

async function laadWheels(py, manifest) {
  for (const wheel of manifest.wheels) {
    const { bytes } = await gecontroleerd(new URL(wheel.bestand, BASIS).href);
    py.unpackArchive(bytes.slice().buffer, "wheel");
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

async function sha256hex(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
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
    // Files live outside the snapshot (it holds memory only): unpack the checked wheel again.
    await laadWheels(py, manifest);
    fase("wheel");
    // Its SHA-256 only proves the snapshot is the one stored, not that this site made it: one
    // same-origin script could store another one with a matching hash (L3). So the engine never
    // comes from the snapshot: its modules are dropped and imported again from the checked wheel
    // (its code and data are the build's). Then the restored Python must give the build's advice,
    // byte for byte, for the manifest's answers and day (the hash is computed here, in JavaScript,
    // not by the restored Python). What this does not prove: ONTWIKKELEN.md, decision record 4.
    py.runPython(`
import importlib, sys
for naam in [n for n in sys.modules if n.partition(".")[0] in ("keuzehulp", "sjablonen")]:
    del sys.modules[naam]
importlib.invalidate_caches()
import keuzehulp.browser
`);
    fase("import");
    const { invoer, datum, sha256: verwacht } = manifest.proef;
    const uit = py.runPython(`
import datetime
from keuzehulp import browser, klok
with klok.op(datetime.date.fromisoformat(${JSON.stringify(datum)})):
    uitvoer = browser.verwerk(${JSON.stringify(invoer)})
uitvoer
`);
    if ((await sha256hex(new TextEncoder().encode(uit))) !== verwacht) {
      throw new Error("de herstelde Python geeft een ander advies dan de build");
    }
    fase("proef");
    return py;
  } finally {
    herstellen = false;
  }
}

// Pyodide's two modules, each checked before it runs (importeerGecontroleerd); the second
// is handed to the first, so Pyodide never imports it by URL itself.
let modules = null;
async function loadPyodide(runtime, opties) {
  modules ??= Promise.all([
    importeerGecontroleerd(new URL("pyodide.mjs", runtime).href),
    importeerGecontroleerd(new URL("pyodide.asm.mjs", runtime).href),
  ]);
  const [pyodideModule, asm] = await modules;
  return pyodideModule.loadPyodide({ ...opties, createPyodideModule: asm.default });
}

async function boot() {
  const start = performance.now();
  const fasen = {};
  const fase = (naam) => (fasen[naam] = Math.round(performance.now() - start));
  meldVoortgang("Python-omgeving ophalen…");
  const [manifest, opgeslagen] = await Promise.all([haalManifest(), leesGeheugen(), controleerWebAssembly()]);
  leesManifest(manifest);
  bewaakDownloads();
  // Every file is needed on both routes (a start and a restore): all are asked for at once,
  // so a slow connection does not wait a round trip between them.
  await Promise.all([...verwacht.keys()].map(gecontroleerd));
  fase("download");
  meldVoortgang();
  const runtime = new URL(manifest.map, BASIS);
  const opties = {
    runtime,
    pyodide: { indexURL: runtime.href, stdLibURL: new URL(manifest.stdlib, BASIS).href, stdout: () => {}, stderr: () => {} },
  };
  geheugenSleutel = sleutelVoor(manifest);
  // A snapshot of another build (other Pyodide or wheel) is of no use: gone.
  const bewaard = opgeslagen && opgeslagen.sleutel === geheugenSleutel ? opgeslagen : null;
  if (opgeslagen && !bewaard) await vergeetGeheugen();
  fase("script");
  let py = null;
  let bron = "start";
  if (bewaard) {
    meldVoortgang("Python hervatten…");
    try {
      py = await herstel(opties, manifest, bewaard, fase);
      bron = "geheugen";
    } catch (fout) {
      geheugenFout = String(fout);
      await vergeetGeheugen();
    }
  }
  if (!py) {
    meldVoortgang("Python starten…");
    py = await loadPyodide(runtime, { ...opties.pyodide, _makeSnapshot: typeof caches !== "undefined" });
    fase("pyodide");
    meldVoortgang("Keuzehulp laden…");
    await laadWheels(py, manifest);
    fase("wheel");
    // Unpacking does not prove the code works: import it.
    py.runPython("import keuzehulp.browser");
    fase("import");
    mochtBewaren = typeof caches !== "undefined";
  }
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
