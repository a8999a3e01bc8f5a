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
 * too. Only a finite number in range is used; nothing received is evaluated.
 * At start-up it asks each frame for its height, in case the frame reported
 * before this script listened.
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

  window.addEventListener("message", function (event) {
    if (event.origin !== toegelaten || !event.source) return;
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== "igs-hoogte") return;
    var hoogte = data.hoogte;
    if (typeof hoogte !== "number" || !isFinite(hoogte) || hoogte < MIN || hoogte > MAX) return;
    onzeFrames().forEach(function (iframe) {
      if (iframe.contentWindow !== event.source) return;
      iframe.style.height = Math.ceil(hoogte) + "px";
      iframe.setAttribute("height", String(Math.ceil(hoogte)));
    });
  });

  function vraagHoogte() {
    onzeFrames().forEach(function (iframe) {
      if (iframe.contentWindow) iframe.contentWindow.postMessage({ type: "igs-hoogte-gevraagd" }, toegelaten);
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", vraagHoogte);
  else vraagHoogte();
})();
