// Runs in an embed page (embed/keuzehulp/, embed/stappen/<slug>/) shown in an
// iframe on another site. It sends the parent ONE thing: the height of this
// page in pixels, {type: "igs-hoogte", hoogte: <number>}, whenever it changes
// (ResizeObserver). Only a number leaves the page, so targetOrigin "*" is fine.
// WordPress (oEmbed) adds "#?secret=..." to the iframe URL and listens for its
// own height message; we send that too, with the secret WordPress gave us.
(function () {
  "use strict";
  if (window.parent === window) return;

  // In a sandbox without allow-same-origin (WordPress oEmbed) this page has an
  // opaque origin and may not navigate the top window: links open in the frame.
  if (self.origin === "null") {
    var basis = document.querySelector("base[target]");
    if (basis) basis.target = "_self";
  }

  var wpGeheim = (/[#&?]secret=([A-Za-z0-9]{10})\b/.exec(location.hash) || [])[1];
  var laatste = 0;
  var gepland = false;

  function hoogte() {
    return Math.ceil(document.documentElement.getBoundingClientRect().height);
  }

  function meld() {
    gepland = false;
    var h = hoogte();
    if (!h || h === laatste) return;
    laatste = h;
    window.parent.postMessage({ type: "igs-hoogte", hoogte: h }, "*");
    if (wpGeheim) window.parent.postMessage({ message: "height", value: h, secret: wpGeheim }, "*");
  }

  function plan() {
    if (gepland) return;
    gepland = true;
    window.requestAnimationFrame(meld);
  }

  // "Open op de volledige site": same answers (query), without the embed-only thema.
  function werkLinkBij(event) {
    var link = event.currentTarget;
    var query = new URLSearchParams(location.search);
    query.delete("thema");
    var url = new URL(link.getAttribute("href"), location.href);
    url.search = query.toString();
    link.href = url.href;
  }
  document.querySelectorAll("a[data-igs-volledig]").forEach(function (link) {
    ["pointerdown", "focus", "click"].forEach(function (soort) {
      link.addEventListener(soort, werkLinkBij);
    });
  });

  if ("ResizeObserver" in window) {
    var waarnemer = new ResizeObserver(plan);
    waarnemer.observe(document.documentElement);
    waarnemer.observe(document.body);
  } else {
    window.addEventListener("resize", plan);
    setInterval(plan, 500);
  }
  window.addEventListener("load", plan);
  plan();
})();
