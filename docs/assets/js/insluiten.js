/*!
 * insluiten.js: optional height script for pages of IGS Cultuur embedded
 * with <iframe data-igs-insluiten>.
 *
 * MIT License
 *
 * Copyright (c) IGS Cultuur
 *
 * Permission is hereby granted, free of charge, to any person obtaining a copy
 * of this software and associated documentation files (the "Software"), to deal
 * in the Software without restriction, including without limitation the rights
 * to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
 * copies of the Software, and to permit persons to whom the Software is
 * furnished to do so, subject to the following conditions:
 *
 * The above copyright notice and this permission notice shall be included in
 * all copies or substantial portions of the Software.
 *
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 * IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
 * FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
 * AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
 * LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
 * OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
 * SOFTWARE.
 *
 * Finds <iframe data-igs-insluiten> and sets its height from the message
 * {type: "igs-hoogte", hoogte: <px>} that the embedded page sends. Accepts it
 * only from the window of such an iframe, only from ONE origin: the origin this
 * script was loaded from (IGS Cultuur), or the one the embedder names on the
 * script tag, <script src="/js/insluiten.js" data-igs-oorsprong="https://...">,
 * when it serves a copy itself. The iframe's own address must be on that origin
 * too; an iframe the host put in a sandbox without allow-same-origin speaks
 * with origin "null", which counts only for that iframe's own window. Only a
 * finite number in range is used; nothing received is evaluated.
 *
 * Layout without any inline style in the markup (a host CSP may forbid them):
 * the iframe becomes a block, as wide as its column (frameborder="0" in the
 * snippet takes the border away), through
 * the CSSOM, which no CSP blocks. Themes that cap embeds (Twenty Twenty-One's
 * responsive-embeds.js sets max-width and max-height from the width and height
 * attributes, on load and on every resize) are undone: the width attribute
 * goes (the CSS width takes over) and a cap set later is lifted again.
 *
 * {type: "igs-in-beeld", boven: <px>} scrolls the host page so that this point
 * of the frame is in view (the reader asked for the advice: a button in the
 * frame). It is asked at start-up for frames that reported before this script
 * listened, and only once the frame has its own document (no message to an
 * about:blank frame, which the browser would log as an error).
 */
(function () {
  "use strict";
  var MIN = 100;
  var MAX = 30000;
  var script = document.currentScript;

  function oorsprongVan(url) {
    try {
      return new URL(url, location.href).origin;
    } catch (fout) {
      return null;
    }
  }

  var toegelaten = script && (script.getAttribute("data-igs-oorsprong") || script.src)
    ? oorsprongVan(script.getAttribute("data-igs-oorsprong") || script.src)
    : null;
  if (!toegelaten || toegelaten === "null") return;

  function onzeFrames() {
    return Array.prototype.filter.call(document.querySelectorAll("iframe[data-igs-insluiten]"), function (iframe) {
      return oorsprongVan(iframe.src) === toegelaten;
    });
  }

  // A sandbox without allow-same-origin gives the frame an opaque origin ("null"),
  // also when it is this page that is sandboxed (the frame inherits the sandbox).
  function zonderHerkomst(iframe) {
    if (self.origin === "null") return true;
    var zandbak = iframe.getAttribute("sandbox");
    return zandbak !== null && !/(^|\s)allow-same-origin(\s|$)/.test(zandbak);
  }

  function geldig(getal) {
    return typeof getal === "number" && isFinite(getal) && getal >= 0 && getal <= MAX;
  }

  // max-height: theme scripts cap embeds; undo it whenever they set it again.
  function zetVorm(iframe) {
    var stijl = iframe.style;
    if (stijl.display !== "block") stijl.display = "block";
    if (stijl.width !== "100%") stijl.width = "100%";
    if (stijl.maxWidth !== "100%") stijl.maxWidth = "100%";
    if (stijl.maxHeight !== "none") stijl.maxHeight = "none";
  }

  function neem(iframe) {
    if (iframe.__igsInsluiten) return;
    iframe.__igsInsluiten = true;
    iframe.removeAttribute("width");
    zetVorm(iframe);
    new MutationObserver(function () { zetVorm(iframe); }).observe(iframe, { attributes: true, attributeFilter: ["style"] });
    iframe.addEventListener("load", function () { vraag(iframe); });
    // Already loaded with our page (cross-origin: no access to its document)?
    var leeg = true;
    try {
      leeg = !!iframe.contentDocument;
    } catch (fout) {
      leeg = false;
    }
    if (!leeg) vraag(iframe);
  }

  function vraag(iframe) {
    if (!iframe.contentWindow) return;
    // A sandboxed frame has no origin to name; the question carries nothing.
    iframe.contentWindow.postMessage({ type: "igs-hoogte-gevraagd" }, zonderHerkomst(iframe) ? "*" : toegelaten);
  }

  window.addEventListener("message", function (event) {
    if (!event.source || (event.origin !== toegelaten && event.origin !== "null")) return;
    var data = event.data;
    if (!data || typeof data !== "object") return;
    onzeFrames().forEach(function (iframe) {
      if (iframe.contentWindow !== event.source) return;
      if (event.origin === "null" && !zonderHerkomst(iframe)) return;
      neem(iframe); // also a frame added after start-up (the builder's preview)
      if (data.type === "igs-hoogte" && geldig(data.hoogte) && data.hoogte >= MIN) {
        var hoogte = String(Math.ceil(data.hoogte));
        iframe.style.height = hoogte + "px";
        iframe.setAttribute("height", hoogte);
      } else if (data.type === "igs-in-beeld" && geldig(data.boven)) {
        var rand = iframe.getBoundingClientRect();
        window.scrollTo({ top: window.scrollY + rand.top + data.boven - 16, behavior: "smooth" });
      }
    });
  });

  function start() {
    onzeFrames().forEach(neem);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
