// Loaded with async in the <head> of the keuzehulp page (tools/site_hooks/vooraf.py adds it).
// With answers in the link, it starts fetching the advice the build computed for them while the
// page is still being parsed; with a memory snapshot from an earlier visit, it starts Python at
// once. The widget (keuzehulp.js) asks the same later and finds both on their way. Otherwise it
// loads nothing: a first visit without a link gets its first paint without extra requests.
// It shows nothing itself.
const antwoorden = Object.fromEntries(new URLSearchParams(location.search));
if (Object.keys(antwoorden).length) {
  import("./keuzehulp-vooraf.js")
    .then(({ voorafAdvies }) => voorafAdvies(antwoorden, new URL("../../", import.meta.url).href))
    .catch(() => {}); // the widget tries again and then says what went wrong
}
// The snapshot's cache (the name of python-worker.js and igs-python.js).
if (typeof caches !== "undefined") {
  caches
    .has("igs-python-geheugen")
    .then((ja) => ja && import("./igs-python.js").then(({ startPython }) => startPython()))
    .catch(() => {});
}
