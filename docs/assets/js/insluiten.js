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
 * only from that iframe's window, from its origin (the src's origin, or
 * data-igs-oorsprong="https://..."), and only a finite number in range.
 * Everything else is ignored; nothing received is ever evaluated.
 */
(function () {
  "use strict";
  var MIN = 100;
  var MAX = 30000;

  function oorsprong(iframe) {
    try {
      return new URL(iframe.getAttribute("data-igs-oorsprong") || iframe.src, location.href).origin;
    } catch (fout) {
      return null;
    }
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== "igs-hoogte") return;
    var hoogte = data.hoogte;
    if (typeof hoogte !== "number" || !isFinite(hoogte) || hoogte < MIN || hoogte > MAX) return;
    var frames = document.querySelectorAll("iframe[data-igs-insluiten]");
    for (var i = 0; i < frames.length; i++) {
      var iframe = frames[i];
      if (!event.source || iframe.contentWindow !== event.source) continue;
      if (event.origin !== oorsprong(iframe)) return;
      iframe.style.height = Math.ceil(hoogte) + "px";
      iframe.setAttribute("height", String(Math.ceil(hoogte)));
      return;
    }
  });
})();
