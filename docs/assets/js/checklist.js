// Checklists of the guide steps: a plain list without JavaScript; with it, each
// item gets a tick box whose state is kept in this browser (localStorage) only.
(function () {
  "use strict";
  var PREFIX = "igs-checklist:";

  function lees(sleutel) {
    try {
      var waarde = JSON.parse(window.localStorage.getItem(PREFIX + sleutel) || "[]");
      return Array.isArray(waarde) ? waarde : [];
    } catch (fout) {
      return [];
    }
  }

  function bewaar(sleutel, items) {
    try {
      window.localStorage.setItem(PREFIX + sleutel, JSON.stringify(items));
    } catch (fout) {
      /* storage blocked (private mode, sandboxed iframe): ticks last for this page only */
    }
  }

  function activeer(lijst) {
    var sleutel = lijst.getAttribute("data-checklist");
    var aangevinkt = lees(sleutel);
    var items = lijst.querySelectorAll("li[data-item]");
    var voortgang = document.createElement("p");
    voortgang.className = "igs-checklist-voortgang";
    voortgang.setAttribute("aria-live", "polite");

    function telling() {
      var klaar = lijst.querySelectorAll("input:checked").length;
      voortgang.textContent = klaar + " van " + items.length + " afgevinkt";
    }

    items.forEach(function (item, index) {
      var id = item.getAttribute("data-item");
      var label = document.createElement("label");
      var vakje = document.createElement("input");
      var tekst = document.createElement("span");
      vakje.type = "checkbox";
      vakje.id = "igs-" + sleutel + "-" + index;
      vakje.checked = aangevinkt.indexOf(id) !== -1;
      tekst.textContent = item.textContent;
      label.appendChild(vakje);
      label.appendChild(tekst);
      item.textContent = "";
      item.appendChild(label);
      vakje.addEventListener("change", function () {
        // Several lists can share a key (a step page and the overview): sync them.
        var huidige = lees(sleutel).filter(function (x) { return x !== id; });
        if (vakje.checked) huidige.push(id);
        bewaar(sleutel, huidige);
        telling();
      });
    });
    lijst.classList.add("igs-actief");
    lijst.parentNode.insertBefore(voortgang, lijst.nextSibling);
    telling();
  }

  // On every page, also after instant navigation (lib/pagina.js). The class igs-actief is for the CSS.
  window.igsPagina.opElkePagina("ul.igs-checklist[data-checklist]", activeer);
})();
