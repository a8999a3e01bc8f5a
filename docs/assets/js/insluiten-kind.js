// Runs in a page of this site shown in an iframe on another site (the embed
// pages, and the static question path when a reader reaches it from one).
// It sends the parent ONE thing: the height of this page in pixels, as
// {type: "igs-hoogte", hoogte: <number>} (our insluiten.js) and, when WordPress
// gave a secret in "#?secret=...", as WordPress's own {message: "height"}.
// Only a number leaves the page, so targetOrigin "*" is fine.
//
// The height is measured and sent directly (no animation frames: Chromium runs
// none in a clipped cross-origin frame, which is how WordPress shows an oEmbed
// frame until it reports): at once, on DOMContentLoaded and load, on resize,
// after every change of the page's content (each advice), and whenever the
// parent asks.
//
// In a sandbox without allow-same-origin (WordPress oEmbed) this page has an
// opaque origin: no Web Worker, so no Python. The interactive keuzehulp then
// gives way to the route prepared at build time ([data-igs-zandbak]): the
// static question path, plain links that stay inside the frame.
(function () {
  "use strict";
  if (window.parent === window) return;

  var zandbak = self.origin === "null";
  // WordPress's secret comes in the address of the first page. The frame keeps
  // it in its name, so every next page of this site in the same frame (the
  // static question path) reports its height to WordPress too.
  var NAAM = "igs-wp-geheim:";
  var GEHEIM = /^[A-Za-z0-9]{10}$/;
  var wpGeheim = (/[#&?]secret=([A-Za-z0-9]{10})\b/.exec(location.hash) || [])[1] ||
    (window.name.indexOf(NAAM) === 0 && GEHEIM.test(window.name.slice(NAAM.length)) ? window.name.slice(NAAM.length) : null);
  if (wpGeheim) window.name = NAAM + wpGeheim;
  var laatste = 0;
  var uitstel = null;

  function hoogte() {
    return Math.ceil(document.documentElement.getBoundingClientRect().height);
  }

  function meld(altijd) {
    clearTimeout(uitstel);
    var h = hoogte();
    if (!h || (h === laatste && altijd !== true)) return;
    laatste = h;
    window.parent.postMessage({ type: "igs-hoogte", hoogte: h }, "*");
    if (wpGeheim) window.parent.postMessage({ message: "height", value: h, secret: wpGeheim }, "*");
  }

  function plan() {
    clearTimeout(uitstel);
    uitstel = setTimeout(meld, 50);
  }

  // The parent asks again once its listener runs (insluiten.js at start-up,
  // WordPress's wp-embed.js with {message: "ready"}): answer even if unchanged.
  window.addEventListener("message", function (event) {
    if (event.source !== window.parent) return;
    var data = event.data;
    if (!data || typeof data !== "object") return;
    if (data.type === "igs-hoogte-gevraagd" || (data.message === "ready" && data.secret === wpGeheim)) meld(true);
  });

  function zetZandbakRoute() {
    var route = document.querySelector("[data-igs-zandbak]");
    document.querySelectorAll("[data-keuzehulp]").forEach(function (widget) {
      // keuzehulp.js skips a widget that is already marked active.
      widget.dataset.actief = "zandbak";
      widget.hidden = true;
    });
    if (route) route.hidden = false;
  }

  // The pages that work in the sandbox: the embed pages and the static path.
  function inDeRoute(url) {
    return /\/(embed|keuzehulp\/pad)\//.test(url.pathname);
  }

  function voorZandbak() {
    var basis = document.querySelector("base[target]");
    if (basis) basis.target = "_self"; // the top window may not be navigated from here
    zetZandbakRoute();
    // The site header of the static path (menu, search) cannot work in here.
    document.querySelectorAll(".md-header").forEach(function (kop) {
      kop.style.display = "none";
    });
    if (!wpGeheim) return;
    // A link to another page of this site (the full keuzehulp, "Open op de
    // volledige site") would not work in here: WordPress opens it in the top
    // window when asked (it allows only the frame's own host).
    document.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest("a[href]");
      if (!link || event.defaultPrevented) return;
      var url = new URL(link.href, location.href);
      if (url.origin !== location.origin || inDeRoute(url)) return;
      event.preventDefault();
      window.parent.postMessage({ message: "link", value: url.href, secret: wpGeheim }, "*");
    });
  }

  // "Open op de volledige site": same answers (query), without the display
  // parameters (#igs-weergave, from the build).
  function werkLinkBij(event) {
    var link = event.currentTarget;
    var query = new URLSearchParams(location.search);
    var weergave = document.getElementById("igs-weergave");
    (weergave ? JSON.parse(weergave.textContent).parameters : []).forEach(function (naam) {
      query.delete(naam);
    });
    var url = new URL(link.getAttribute("href"), location.href);
    url.search = query.toString();
    link.href = url.href;
  }

  function start() {
    // Not a full window in a frame: the document is as high as its content.
    document.documentElement.style.height = "auto";
    document.body.style.minHeight = "0";
    document.querySelectorAll("a[data-igs-volledig]").forEach(function (link) {
      ["pointerdown", "focus", "click"].forEach(function (soort) {
        link.addEventListener(soort, werkLinkBij);
      });
    });
    new MutationObserver(plan).observe(document.body, {
      childList: true, subtree: true, attributes: true, characterData: true,
    });
    if ("ResizeObserver" in window) new ResizeObserver(plan).observe(document.body);
    meld();
  }

  // At once: this script stands at the end of the body, before the module
  // scripts run (keuzehulp.js then leaves the widget alone).
  if (zandbak) voorZandbak();
  window.addEventListener("resize", plan);
  window.addEventListener("load", function () { meld(); });
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(function () { meld(); });
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
