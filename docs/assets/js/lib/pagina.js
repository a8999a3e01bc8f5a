// One lifecycle for every script that enhances elements of a page:
//
//     window.igsPagina.opElkePagina(selector, activeer)
//
// calls activeer(element) once for every element that matches `selector`, on the page as
// loaded and again on every page that mkdocs-material's instant navigation shows (document$).
// Each element is activated once per registration, and gets data-actief="ja" (for the CSS
// and for tests to wait on; the guard itself is per registration, so two scripts may enhance
// the same element). An element that another script marked data-actief with another value is
// left alone (insluiten-kind.js marks the keuzehulp "zandbak" in a sandboxed frame). activeer
// may return a clean-up function (or a promise of one): it runs when the element has left the
// page, at the next page change, so listeners on long-lived things
// (the Python runtime's opStatus, window) do not pile up. igsPagina.aantalActief() says how
// many clean-ups are waiting (tests check it stays put when you navigate back and forth).
//
// A classic script, not an ES module, on purpose: the classic scripts (checklist.js, tabel.js,
// insluiten-bouwer.js, geldig-tot.js) also run from file:// in the offline copy, where module
// scripts do not load (mkdocs-offline.yml). The widget modules (keuzehulp.js, sjablonen.js) use
// the same window.igsPagina: overrides/main.html loads this file deferred in <head>, so it runs
// before every other deferred or module script of the page (they run in document order), without
// adding a request to a widget's module graph.
//
// Timing, as the scripts had it: at once when the document is parsed (the widget modules run
// before mkdocs-material's deferred bundle, see material_bundel.py), and from DOMContentLoaded on
// (or at once, when it already exists) for every page document$ shows. Embed pages have no
// bundle and no document$: there only the first.
(function () {
  "use strict";
  if (window.igsPagina) return;

  var wachtend = []; // [{element, opruimen}] for activated elements with a clean-up

  function ruimOp() {
    wachtend = wachtend.filter(function (item) {
      if (item.element.isConnected) return true;
      try {
        item.opruimen();
      } catch (fout) {
        console.error(fout);
      }
      return false;
    });
  }

  function bewaar(element, opruimen) {
    if (typeof opruimen === "function") wachtend.push({ element: element, opruimen: opruimen });
  }

  function opElkePagina(selector, activeer) {
    var gedaan = new WeakSet();

    function ronde() {
      ruimOp();
      document.querySelectorAll(selector).forEach(function (element) {
        if (gedaan.has(element)) return;
        var merk = element.getAttribute("data-actief");
        if (merk !== null && merk !== "ja") return;
        gedaan.add(element);
        element.setAttribute("data-actief", "ja");
        var uitkomst = activeer(element);
        if (uitkomst && typeof uitkomst.then === "function") {
          uitkomst.then(function (opruimen) { bewaar(element, opruimen); }, function (fout) { console.error(fout); });
        } else {
          bewaar(element, uitkomst);
        }
      });
    }

    function volgPaginas() {
      if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(ronde);
    }

    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ronde);
    else ronde();
    if (window.document$) volgPaginas();
    else document.addEventListener("DOMContentLoaded", volgPaginas, { once: true });
  }

  window.igsPagina = {
    opElkePagina: opElkePagina,
    aantalActief: function () { return wachtend.length; },
  };
})();
