// Embed pages: a style in the address (?thema=donker) switches mkdocs-material's
// colour scheme. Which parameter and which schemes: #igs-weergave, written at
// build time (src/igs_site/keuzehulp/insluiten.py). Loaded synchronously at the top of
// <body> (overrides/embed.html), before the page paints.
(function () {
  "use strict";
  var data = document.getElementById("igs-weergave");
  if (!data) return;
  var thema = JSON.parse(data.textContent).thema;
  var waarde = new URLSearchParams(location.search).get(thema.naam);
  if (waarde && Object.prototype.hasOwnProperty.call(thema.kleurschema, waarde)) {
    document.body.setAttribute("data-md-color-scheme", thema.kleurschema[waarde]);
  }
})();
