// Loaded with async in the <head> of the keuzehulp page (src/igs_site/keuzehulp/vooraf.py adds it).
// With answers in the link (or kept in this tab), it starts fetching the advice the build computed for them while the
// page is still being parsed; with a memory snapshot from an earlier visit, it starts Python at
// once. The widget (keuzehulp.js) asks the same later and finds both on their way. Otherwise it
// loads only lib/python-protocol.js (small, and needed by the widget's Python anyway): a first
// visit without a link gets its first paint without extra requests. It shows nothing itself.
// Without answers in the link, the answers this tab kept (keuzehulp.js puts them back, and in
// the URL; same key): their advice is fetched just as early.
function bewaard() {
  try {
    return sessionStorage.getItem("igs-keuzehulp:" + location.pathname) || "";
  } catch {
    return ""; // no storage here
  }
}
const inLink = Object.fromEntries(new URLSearchParams(location.search));
const antwoorden = Object.keys(inLink).length ? inLink : Object.fromEntries(new URLSearchParams(bewaard()));
if (Object.keys(antwoorden).length) {
  import("./keuzehulp-vooraf.js")
    .then(({ voorafAdvies }) => voorafAdvies(antwoorden, new URL("../../", import.meta.url).href))
    .catch(() => {}); // the widget tries again and then says what went wrong
}
// The snapshot's cache: its name comes from the worker's protocol module. igs-python.js needs
// that module before it starts the worker anyway (and this page's widget imports igs-python.js),
// so fetching it here adds no request to the page and no step before Python starts: the module
// is then already loaded when igs-python.js asks for it.
if (typeof caches !== "undefined") {
  import("./lib/python-protocol.js")
    .then(({ GEHEUGEN_CACHE }) => caches.has(GEHEUGEN_CACHE))
    .then((ja) => ja && import("./igs-python.js").then(({ startPython }) => startPython()))
    .catch(() => {});
}
