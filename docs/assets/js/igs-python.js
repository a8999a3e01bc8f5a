// One Python runtime per page (a module Web Worker), shared by every widget and
// kept across mkdocs-material's instant navigation (this module stays loaded).
//
// The protocol with the worker (message kinds, cache name, allowed calls) is
// lib/python-protocol.js, which python-worker.js imports too. Here it is imported
// dynamically: its request starts as soon as this module runs, but it is not part of
// the widgets' module graph, so the form works without waiting for one more file
// (README, "Scripts per pagina"); only starting Python waits for it.
const protocol = import("./lib/python-protocol.js");
// After this long the start is called slow: it keeps going (a late success is used), and the
// reader is told so and offered the step-by-step route. There is no time limit that ends the
// start: only a real failure does (network error, refused integrity, blocked WebAssembly).
// A test may shorten it (globalThis.igsTraagNaMs).
const TRAAG_NA_MS = globalThis.igsTraagNaMs ?? 20000;
const TRAAG = "Het laden duurt lang, misschien door een trage verbinding. De keuzehulp blijft laden en neemt het over zodra ze klaar is; intussen kun je de stap-voor-stapversie gebruiken.";
let worker = null;
// The status every widget follows (opStatus):
//   toestand  "uit" | "laden" | "klaar" | "fout"
//   tekst     what to tell the reader (Dutch)
//   geladen, totaal  while loading: bytes of the runtime received / expected, as gzip carries them (numbers; totaal 0
//             until the worker has read the manifest); voortgangTekst(status) words them
//   traag     true once the start takes longer than TRAAG_NA_MS (it keeps going)
//   kanOpnieuw  on "fout": true when trying again may help (network, integrity); the widget then
//             offers a button that calls opnieuwStarten()
//   code      on "fout": why (FOUTCODE in lib/python-protocol.js), when the worker said
//   ms, fasen, bron, geheugenFout, geheugen  on "klaar": figures for tests and make bench
//                                            (geheugen "uit": an embed, no snapshot kept)
let status = { toestand: "uit", tekst: "" };
const luisteraars = new Set();
const wachtend = new Map();
let volgnummer = 0;
let gereed = null;

function zet(nieuw) {
  status = { ...status, ...nieuw };
  luisteraars.forEach((fn) => fn(status));
}

export function huidigeStatus() {
  return status;
}

// fn(status) now and on every change; returns the function that stops it (a widget calls
// it when instant navigation removed it: lib/pagina.js).
export function opStatus(fn) {
  luisteraars.add(fn);
  fn(status);
  return () => luisteraars.delete(fn);
}

// How many opStatus listeners there are (a test checks that navigating back and forth
// does not add up).
export function aantalLuisteraars() {
  return luisteraars.size;
}

// An 8-byte empty WebAssembly module: compiling it throws at once when a
// Content-Security-Policy without 'wasm-unsafe-eval' forbids WebAssembly.
function webAssemblyToegelaten() {
  try {
    new WebAssembly.Module(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
    return true;
  } catch {
    return false;
  }
}

const GEEN_WEBASSEMBLY = "De interactieve keuzehulp kan hier niet starten: deze website of je browser laat WebAssembly niet toe (bijvoorbeeld door een beveiligingsinstelling).";

function waaromNiet() {
  if (location.protocol === "file:") return "Deze pagina is geopend als bestand op je computer. De interactieve keuzehulp werkt alleen via de website (http of https).";
  if (typeof WebAssembly !== "object" || !webAssemblyToegelaten()) return GEEN_WEBASSEMBLY;
  if (typeof Worker !== "function") return "Je browser ondersteunt geen Web Workers.";
  return null;
}

// The worker's failure, in words for the reader.
function foutTekst({ tekst, code }, { FOUTCODE }) {
  if (code === FOUTCODE.webassembly) return GEEN_WEBASSEMBLY;
  if (code === FOUTCODE.controlegetal) {
    return "De Python-omgeving werd niet gestart: " + tekst + ". Zo'n bestand voeren we niet uit. Misschien is de website net bijgewerkt: probeer opnieuw of herlaad de pagina.";
  }
  if (code === FOUTCODE.netwerk) {
    return "De Python-omgeving kon niet laden: " + tekst + ". Controleer je verbinding en probeer opnieuw.";
  }
  if (code === FOUTCODE.geblokkeerd) {
    return "De Python-omgeving mag hier niet starten: " + tekst + ".";
  }
  return "De Python-omgeving kon niet laden (" + tekst + ").";
}

// "2,4 van 6,6 MB" for a status with geladen/totaal, else "".
export function voortgangTekst({ geladen, totaal } = status) {
  if (!totaal) return "";
  const mb = (bytes) => (bytes / 1e6).toLocaleString("nl-BE", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return `${mb(Math.min(geladen || 0, totaal))} van ${mb(totaal)} MB`;
}

export function startPython() {
  if (gereed) return gereed;
  gereed = new Promise((resolve, reject) => {
    const faal = (tekst, { kanOpnieuw = true, code } = {}) => {
      zet({ toestand: "fout", tekst, kanOpnieuw, code, traag: false });
      wachtend.forEach(({ reject: r }) => r(new Error(tekst)));
      wachtend.clear();
      reject(new Error(tekst));
    };
    const reden = waaromNiet();
    if (reden) return faal(reden, { kanOpnieuw: false }); // trying again changes nothing
    zet({ toestand: "laden", tekst: "Python-omgeving starten…", geladen: 0, totaal: 0 });
    const timer = setTimeout(() => {
      if (status.toestand === "laden") zet({ traag: true, tekst: TRAAG });
    }, TRAAG_NA_MS);
    protocol.then((p) => startWorker(p, { resolve, faal, timer }), (fout) => {
      clearTimeout(timer);
      faal("De Python-omgeving kon niet laden (" + fout.message + ").");
    });
  });
  gereed.catch(() => {});
  return gereed;
}

// The worker itself, once the protocol module is there.
function startWorker(p, { resolve, faal, timer }) {
  const { SOORT } = p;
  const adres = new URL("python-worker.js", import.meta.url);
  if (pogingen > 0) adres.search = "opnieuw"; // the worker then asks the server again, past the cache
  try {
    worker = new Worker(adres, { type: "module", name: "igs-python" });
  } catch (fout) {
    clearTimeout(timer);
    return faal("De Python-omgeving mag hier niet starten (" + fout.message + ").", { kanOpnieuw: false });
  }
  worker.onerror = (event) => {
    clearTimeout(timer);
    event.preventDefault();
    faal("De Python-omgeving kon niet laden (" + (event.message || "het script python-worker.js kwam niet aan of mocht niet starten") + ").");
  };
  worker.onmessage = ({ data }) => {
    if (data.soort === SOORT.voortgang) {
      if (status.toestand === "fout") return; // a failed start stays failed until opnieuwStarten()
      zet({ toestand: "laden", tekst: status.traag ? TRAAG : data.tekst, geladen: data.geladen, totaal: data.totaal });
    }
    else if (data.soort === SOORT.klaar) {
      clearTimeout(timer);
      zet({ toestand: "klaar", tekst: "", traag: false, ms: data.ms, fasen: data.fasen, bron: data.bron, geheugenFout: data.geheugenFout });
      resolve();
    } else if (data.soort === SOORT.fout) {
      clearTimeout(timer);
      faal(foutTekst(data, p), { kanOpnieuw: data.code !== p.FOUTCODE.webassembly, code: data.code });
    } else if (data.soort === SOORT.geheugen) {
      zet({ geheugen: data.bewaard ? "bewaard" : "niet bewaard: " + data.reden });
    } else if (wachtend.has(data.id)) {
      const { resolve: r, reject: rj } = wachtend.get(data.id);
      wachtend.delete(data.id);
      if ("fout" in data) rj(new Error(data.fout));
      else r(data.resultaat);
    }
  };
}

// After a failure that may pass (network, integrity): a new worker, a new start. Widgets
// follow it through opStatus as before; calls made after it wait for the new start.
let pogingen = 0;
export function opnieuwStarten() {
  if (status.toestand !== "fout" || !status.kanOpnieuw) return gereed || startPython();
  pogingen += 1;
  if (worker) worker.terminate();
  worker = null;
  gereed = null;
  geheugenGevraagd = false;
  status = { toestand: "uit", tekst: "" };
  return startPython();
}

// Call module.functie(...args) in Python; resolves with its (JSON-able or bytes) result.
export function roep(module, functie, ...args) {
  return startPython().then(
    () =>
      new Promise((resolve, reject) => {
        const id = ++volgnummer;
        wachtend.set(id, { resolve, reject });
        worker.postMessage({ id, module, functie, args });
      }).then((resultaat) => {
        bewaarGeheugenLater();
        return resultaat;
      })
  );
}

// An embedded keuzehulp keeps no snapshot (overrides/embed.html sets
// data-python-geheugen="uit"): the browser would keep a 30 MB copy per embedding
// site, which "Over deze site" cannot clear. A copy an earlier version left goes.
const zonderGeheugen = () => document.querySelector('[data-python-geheugen="uit"]') !== null;

// After the first answer has been shown, and only when the page is idle, the
// worker saves Python's memory so that a next visit starts from it.
let geheugenGevraagd = false;
function bewaarGeheugenLater() {
  if (geheugenGevraagd || status.bron !== "start") return;
  geheugenGevraagd = true;
  if (zonderGeheugen()) return zet({ geheugen: "uit" }); // decided (a sign for the tests)
  const bewaar = () => protocol.then(({ SOORT }) => worker.postMessage({ soort: SOORT.bewaarGeheugen }));
  if ("requestIdleCallback" in window) setTimeout(() => requestIdleCallback(bewaar, { timeout: 5000 }), 500);
  else setTimeout(bewaar, 1000);
}

// The worker's memory snapshot: is there one?
function heeftGeheugen() {
  if (typeof caches === "undefined") return Promise.resolve(false);
  if (zonderGeheugen()) {
    return protocol.then(({ GEHEUGEN_CACHE }) => caches.delete(GEHEUGEN_CACHE)).then(() => false, () => false);
  }
  return protocol.then(({ GEHEUGEN_CACHE }) => caches.has(GEHEUGEN_CACHE)).catch(() => false);
}

// Start as soon as the page is idle: the form is usable first, Python follows.
// The short timeout keeps a busy page from postponing the start for long.
// With a snapshot from an earlier visit there is nothing big to download: start at once
// (in the worker, off the page's thread).
export function startWanneerRustig() {
  if (gereed) return; // already started (keuzehulp-vooraf-start.js, with a snapshot)
  const start = () => startPython();
  heeftGeheugen().then((ja) => {
    if (ja) start();
    else if ("requestIdleCallback" in window) requestIdleCallback(start, { timeout: 150 });
    else setTimeout(start, 1);
  });
}
