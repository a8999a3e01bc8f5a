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
// opaque origin: no Web Worker, so no Python. The frame then goes straight to
// the first question of the route prepared at build time (the static question
// path, [data-igs-zandbak] names it): plain links that stay inside the frame.
//
// Links (the policy on the Insluiten page, #links): a page of the route (the
// static path "stap voor stap", the embed pages) stays in the frame; every other link (the advice's own pages, sources, "Open op de
// volledige site") opens in a new window and says so (an icon from embed.css and
// an accessible description), so the host page is never replaced without a word.
// Only attributes change: the links are the engine's. In WordPress's sandbox no
// window may open: a link to our site opens in the top window (WordPress does
// that on request, for the frame's own host only), a source elsewhere opens this
// same page of ours in the top window, where it works.
//
// The advice in view: when an answer changes the advice and the summary is not
// beside the questions (a narrow column), a compact bar under the question just
// answered names the new advice (the engine's own words) with a button that
// brings the advice into view: the host scrolls on {type: "igs-in-beeld"}
// (insluiten.js), and the advice takes the focus.
(function () {
  "use strict";
  var zandbak = self.origin === "null";
  var script = document.currentScript;

  // The embed page's module scripts (keuzehulp.js) come inert from the build
  // (type="text/plain" data-igs-module data-src="…"): loaded here, after the deferred scripts
  // they rely on, only where the page has an origin (a sandbox would log CORS errors).
  function laadModules() {
    document.querySelectorAll("script[data-igs-module]").forEach(function (inert) {
      var script = document.createElement("script");
      script.type = "module";
      script.src = inert.getAttribute("data-src");
      inert.replaceWith(script);
    });
  }
  if (!zandbak) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", laadModules);
    else laadModules();
  }

  if (window.parent === window) return;
  // WordPress's secret comes in the address of the first page ("#?secret="), or
  // in WordPress's "ready" message from the parent (a frame the browser restored
  // at another page, after Back). The links of the route carry it on in their
  // address, so every next page of this site in the frame reports its height to
  // WordPress too. Not in the frame's name: a page of another site, loaded later
  // in the same frame, could read that (beveiliging.md I4).
  var GEHEIM = /^[A-Za-z0-9]{10}$/;
  var wpGeheim = (/[#&?]secret=([A-Za-z0-9]{10})\b/.exec(location.hash) || [])[1] || null;
  if (window.name.indexOf("igs-wp-geheim:") === 0) window.name = ""; // left by an earlier version
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
    if (data.message === "ready" && !wpGeheim && typeof data.secret === "string" && GEHEIM.test(data.secret)) {
      wpGeheim = data.secret;
      if (zandbak) pasLinksToe(document.body);
    }
    if (data.type === "igs-hoogte-gevraagd" || (data.message === "ready" && data.secret === wpGeheim)) meld(true);
  });

  // The route's first page: straight there, no card first (replace: Back leaves the embed).
  function naarZandbakRoute() {
    var route = document.querySelector("[data-igs-zandbak] a[href]");
    document.querySelectorAll("[data-keuzehulp]").forEach(function (widget) {
      // keuzehulp.js skips a widget that is already marked active.
      widget.dataset.actief = "zandbak";
      widget.hidden = true;
    });
    if (!route) return false;
    document.documentElement.dataset.igsZandbak = "naar-route";
    location.replace(route.href);
    return true;
  }

  // The pages that work in the sandbox: the embed pages and the static path.
  function inDeRoute(url) {
    return url.origin === location.origin && /\/(embed|keuzehulp\/pad)\//.test(url.pathname);
  }

  // mkdocs-material (the static path) would fetch sitemap.xml and the search
  // index from here: refused to a page without origin (CORS errors in the
  // console), and useless in the frame. Its configuration is read after this
  // script (the bundle is deferred): no instant navigation, no search.
  function materiaalZonderNetwerk() {
    var config = document.getElementById("__config");
    if (config) {
      try {
        var data = JSON.parse(config.textContent);
        data.features = (data.features || []).filter(function (f) { return f.indexOf("navigation.instant") !== 0; });
        config.textContent = JSON.stringify(data);
      } catch (fout) { /* not Material's configuration: leave it */ }
    }
    document.querySelectorAll('form[name="search"], [data-md-component="search"]').forEach(function (zoek) {
      zoek.remove();
    });
  }

  var NIEUW_VENSTER = "igs-nieuw-venster-uitleg";
  var NAAR_SITE = "igs-naar-site-uitleg";

  function uitleg(id, tekst) {
    if (document.getElementById(id)) return;
    var span = document.createElement("span");
    span.id = id;
    span.hidden = true;
    span.textContent = tekst;
    document.body.append(span);
  }

  // One link, by the policy above: attributes only.
  function pasLinkToe(link) {
    var href = link.getAttribute("href");
    if (!href || href.charAt(0) === "#" || /^(mailto|tel|javascript):/i.test(href)) return;
    var url;
    try {
      url = new URL(link.href, location.href);
    } catch (fout) {
      return;
    }
    link.classList.remove("igs-nieuw-venster", "igs-naar-site");
    if (inDeRoute(url)) {
      link.target = "_self";
      if (zandbak && wpGeheim && !url.hash) {
        url.hash = "?secret=" + wpGeheim;
        link.href = url.href;
      }
      return;
    }
    if (zandbak && wpGeheim) {
      link.removeAttribute("rel");
      link.target = "_self"; // the click goes through WordPress (voorZandbak)
      link.classList.add("igs-naar-site");
      link.setAttribute("aria-describedby", NAAR_SITE);
      return;
    }
    link.target = "_blank";
    link.rel = "noopener";
    link.classList.add("igs-nieuw-venster");
    link.setAttribute("aria-describedby", NIEUW_VENSTER);
  }

  function pasLinksToe(wortel) {
    if (wortel.matches && wortel.matches("a[href]")) pasLinkToe(wortel);
    if (wortel.querySelectorAll) wortel.querySelectorAll("a[href]").forEach(pasLinkToe);
  }

  function linkBeleid() {
    uitleg(NIEUW_VENSTER, "opent in een nieuw venster");
    uitleg(NAAR_SITE, "opent op de volledige site van IGS Cultuur, in plaats van deze pagina");
    pasLinksToe(document.body);
    // The engine renders new advice (with links) on every answer.
    new MutationObserver(function (wijzigingen) {
      wijzigingen.forEach(function (w) {
        w.addedNodes.forEach(function (knoop) { if (knoop.nodeType === 1) pasLinksToe(knoop); });
      });
    }).observe(document.body, { childList: true, subtree: true });
  }

  // Another host's sandbox may forbid new windows (no allow-popups): then the
  // address, to open by hand, next to the link, instead of a click that does nothing.
  function nieuwVensterOfAdres(event, link) {
    if (link.target !== "_blank") return;
    event.preventDefault();
    var venster = window.open(link.href, "_blank");
    if (venster) {
      venster.opener = null;
      return;
    }
    var bestaand = link.nextElementSibling;
    if (bestaand && bestaand.classList.contains("igs-adres")) return;
    var adres = document.createElement("span");
    adres.className = "igs-adres";
    adres.setAttribute("role", "status");
    adres.textContent = " Dit kader mag geen venster openen. Het adres: " + link.href;
    link.after(adres);
  }

  function voorZandbak() {
    materiaalZonderNetwerk();
    // WordPress opens a page of our host in the top window when asked (it allows
    // only the frame's own host); a source elsewhere: this page of ours, where it opens.
    document.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest("a[href]");
      if (!link || event.defaultPrevented) return;
      if (!wpGeheim) return nieuwVensterOfAdres(event, link);
      var url = new URL(link.href, location.href);
      if (inDeRoute(url) || url.protocol === "mailto:") return;
      event.preventDefault();
      var hier = new URL(location.href);
      hier.hash = ""; // not the secret
      var doel = url.origin === location.origin ? url.href : hier.href;
      window.parent.postMessage({ message: "link", value: doel, secret: wpGeheim }, "*");
    });
  }

  // The advice in view (narrow column): a bar under the question just answered.
  function adviesInBeeld(widget) {
    var zijvak = widget.querySelector(".kh-zijvak");
    var resultaat = widget.querySelector(".kh-resultaat");
    var formulier = widget.querySelector("form.kh-vragen");
    if (!zijvak || !formulier) return;
    var balk = document.createElement("div");
    balk.className = "igs-advies-balk";
    balk.hidden = true;
    var tekst = document.createElement("p");
    var knop = document.createElement("button");
    knop.type = "button";
    knop.className = "md-button igs-advies-knop";
    knop.textContent = "Naar het advies";
    balk.append(tekst, knop);
    var vraag = null;
    var vorige = widget.dataset.aanbevolen || "";

    formulier.addEventListener("change", function (event) {
      if (event.target.closest) vraag = event.target.closest(".kh-vraag") || event.target.closest("fieldset");
    });
    knop.addEventListener("click", function () {
      var doel = resultaat && !resultaat.hidden ? resultaat : zijvak;
      balk.hidden = true; // first: the advice moves up by the bar's height
      var boven = Math.max(0, doel.getBoundingClientRect().top + window.scrollY);
      if (window.parent !== window) window.parent.postMessage({ type: "igs-in-beeld", boven: boven }, "*");
      doel.setAttribute("tabindex", "-1");
      doel.focus({ preventScroll: true });
    });
    new MutationObserver(function () {
      var nu = widget.dataset.aanbevolen || "";
      if (nu === vorige) return;
      vorige = nu;
      var aanbeveling = zijvak.querySelector(".kh-aanbeveling");
      // Beside the questions (a wide frame): the reader sees it change already.
      var ernaast = zijvak.getBoundingClientRect().top < formulier.getBoundingClientRect().bottom - 10;
      if (!nu || !vraag || !aanbeveling || ernaast) {
        balk.hidden = true;
        return;
      }
      tekst.textContent = "";
      var kop = document.createElement("strong");
      kop.textContent = "Het advies is bijgewerkt. ";
      tekst.append(kop, document.createTextNode(aanbeveling.textContent.trim()));
      vraag.after(balk);
      balk.hidden = false;
    }).observe(widget, { attributes: true, attributeFilter: ["data-aanbevolen"] });
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
    linkBeleid();
    if (!zandbak) document.querySelectorAll("[data-keuzehulp]").forEach(adviesInBeeld);
    new MutationObserver(plan).observe(document.body, {
      childList: true, subtree: true, attributes: true, characterData: true,
    });
    if ("ResizeObserver" in window) new ResizeObserver(plan).observe(document.body);
    meld();
  }

  // At once: this script stands at the end of the body, before the module
  // scripts and Material's deferred bundle run (keuzehulp.js then leaves the
  // widget alone).
  if (zandbak) {
    if (naarZandbakRoute()) return;
    voorZandbak();
  }
  // The site header of the static path (menu, search) and its banner: not in a
  // frame. The embed pages' stylesheet (link icons, no full-window layout) on the
  // static path too, from next to this script.
  document.querySelectorAll(".md-header, .md-banner").forEach(function (kop) {
    kop.style.display = "none";
  });
  if (script && !document.querySelector('link[href$="css/embed.css"]')) {
    var stijl = document.createElement("link");
    stijl.rel = "stylesheet";
    stijl.href = new URL("../css/embed.css", script.src).href;
    document.head.append(stijl);
  }
  window.addEventListener("resize", plan);
  window.addEventListener("load", function () { meld(); });
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(function () { meld(); });
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
