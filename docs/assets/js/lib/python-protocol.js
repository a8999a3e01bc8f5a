// The protocol between the page (igs-python.js) and the Python worker (python-worker.js):
// one module, imported by both sides, so the two cannot drift apart.
//
// Messages (postMessage), by kind:
//   worker -> page  {soort: "voortgang", tekst, geladen, totaal}   while starting; geladen/totaal: bytes of
//                   the runtime received so far / to receive, as a connection with gzip carries them
//                   (from the sizes in manifest.json)
//                   {soort: "klaar", ms, fasen: {naam: ms}, pyodide: versie, bron: "start"|"geheugen", geheugenFout: tekst|null}
//                   {soort: "fout", tekst, code: FOUTCODE…|undefined}
//                   {soort: "geheugen", bewaard: boolean, bytes?: aantal, reden?: tekst}
//   page -> worker  {soort: "bewaarGeheugen"}                  (after the first answer, when idle)
//   page -> worker  {id, module, functie, args: [...]}          a call, only as listed in TOEGESTAAN
//   worker -> page  {id, resultaat} | {id, fout: tekst}         its answer (resultaat: JSON-able or Uint8Array)

export const SOORT = Object.freeze({
  voortgang: "voortgang",
  klaar: "klaar",
  fout: "fout",
  geheugen: "geheugen",
  bewaarGeheugen: "bewaarGeheugen",
});

// Why the worker failed ("fout".code); igs-python.js words each for the reader.
export const FOUTCODE = Object.freeze({
  webassembly: "webassembly", // the site or the browser does not allow WebAssembly
  controlegetal: "controlegetal", // a file differs from the build's SHA-256 (manifest.json)
  netwerk: "netwerk", // a file did not arrive
  geblokkeerd: "geblokkeerd", // a checked module may not run here (the worker's Content-Security-Policy)
});

// Cache Storage name of the memory snapshot (the worker writes it; the page looks whether it is
// there to start Python at once). Over deze site tells readers what it keeps.
export const GEHEUGEN_CACHE = "igs-python-geheugen";

// The only Python functions a page may call in the worker: module -> functions.
export const TOEGESTAAN = Object.freeze({
  "keuzehulp.browser": Object.freeze(["verwerk", "nota"]),
  sjablonen: Object.freeze(["browser_controleer", "browser_gemeenten", "browser_download", "afdrukvoorbeeld_html", "browser_vooraf", "browser_bestandsnaam"]),
});

export function toegestaan(module, functie) {
  return Object.hasOwn(TOEGESTAAN, module) && TOEGESTAAN[module].includes(functie);
}
