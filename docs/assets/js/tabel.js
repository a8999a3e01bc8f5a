// Data tables (e.g. the IGS landscape): a plain HTML table without JavaScript.
// With it, tables marked data-sorteerbaar get header buttons that sort the rows
// (state in aria-sort), and tables marked data-filterbaar get a text filter whose
// result count is announced in an aria-live region. On every page, also after
// mkdocs-material's instant navigation (lib/pagina.js).
(function () {
  "use strict";

  // Made at the first sort: creating a collator costs more than the rest of this script.
  var vergelijker = null;

  function waarde(rij, kolom) {
    var cel = rij.cells[kolom];
    if (!cel) return "";
    return cel.hasAttribute("data-waarde") ? cel.getAttribute("data-waarde") : cel.textContent.trim();
  }

  function vergelijk(a, b, soort) {
    if (soort === "getal") {
      var x = parseFloat(a), y = parseFloat(b);
      return (isNaN(x) ? 0 : x) - (isNaN(y) ? 0 : y);
    }
    if (!vergelijker && window.Intl && Intl.Collator) {
      vergelijker = new Intl.Collator("nl", { numeric: true, sensitivity: "base" });
    }
    return vergelijker ? vergelijker.compare(a, b) : a.localeCompare(b);
  }

  function maakSorteerbaar(tabel) {
    var koppen = tabel.querySelectorAll("thead th");
    var body = tabel.tBodies[0];
    if (!body) return;
    // Remember the original order, so every sort is stable.
    Array.prototype.forEach.call(body.rows, function (rij, index) {
      rij.setAttribute("data-volgorde", String(index));
    });

    Array.prototype.forEach.call(koppen, function (kop, kolom) {
      var knop = document.createElement("button");
      knop.type = "button";
      knop.className = "igs-sorteerknop";
      while (kop.firstChild) knop.appendChild(kop.firstChild);
      var pijl = document.createElement("span");
      pijl.className = "igs-sorteerpijl";
      pijl.setAttribute("aria-hidden", "true");
      knop.appendChild(pijl);
      kop.appendChild(knop);

      knop.addEventListener("click", function () {
        var oplopend = kop.getAttribute("aria-sort") !== "ascending";
        var soort = kop.getAttribute("data-type") || "tekst";
        var rijen = Array.prototype.slice.call(body.rows);
        rijen.sort(function (a, b) {
          var verschil = vergelijk(waarde(a, kolom), waarde(b, kolom), soort);
          if (!oplopend) verschil = -verschil;
          return verschil || (+a.getAttribute("data-volgorde") - +b.getAttribute("data-volgorde"));
        });
        rijen.forEach(function (rij) { body.appendChild(rij); });
        Array.prototype.forEach.call(koppen, function (andere) {
          andere.removeAttribute("aria-sort");
        });
        kop.setAttribute("aria-sort", oplopend ? "ascending" : "descending");
      });
    });
    tabel.classList.add("igs-sorteerbaar");
  }

  function maakFilterbaar(tabel) {
    if (!tabel.id) return;
    var veld = document.querySelector('input[data-filter-voor="' + tabel.id + '"]');
    var body = tabel.tBodies[0];
    if (!veld || !body) return;
    var telling = document.getElementById(tabel.getAttribute("data-telling") || "");
    var eenheid = tabel.getAttribute("data-eenheid") || "rijen";
    var totaal = body.rows.length;

    function filter() {
      var zoek = veld.value.trim().toLowerCase();
      var zichtbaar = 0;
      Array.prototype.forEach.call(body.rows, function (rij) {
        var past = !zoek || rij.textContent.toLowerCase().indexOf(zoek) !== -1;
        rij.hidden = !past;
        if (past) zichtbaar += 1;
      });
      if (telling) {
        telling.textContent = zoek
          ? zichtbaar + " van " + totaal + " " + eenheid + " getoond"
          : totaal + " " + eenheid;
      }
    }

    veld.addEventListener("input", filter);
    veld.hidden = false;
    var houder = veld.closest("[hidden]");
    if (houder) houder.hidden = false;
    filter();
  }

  window.igsPagina.opElkePagina("table[data-sorteerbaar], table[data-filterbaar]", function (tabel) {
    if (tabel.hasAttribute("data-sorteerbaar")) maakSorteerbaar(tabel);
    if (tabel.hasAttribute("data-filterbaar")) maakFilterbaar(tabel);
  });
})();
